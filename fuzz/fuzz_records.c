/* libFuzzer target: arbitrary bytes as a PETRARCH validation records file. */
#include "core/diag.h"
#include "validate/records.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_warnings_quiet(1);
    dyad_record_set set;
    dyad_records_parse(&set, "fuzz.xml", (const char *)data, size);
    for (size_t i = 0; i < set.n_records; i++) {
        const dyad_record *r = &set.records[i];
        if (!r->id || !r->category || !r->text) abort();
        for (size_t e = 0; e < r->n_events; e++)
            if (!r->events[e].source || !r->events[e].target || !r->events[e].code) abort();
        (void)dyad_records_included(&set, r->category);
    }
    dyad_records_free(&set);
    return 0;
}
