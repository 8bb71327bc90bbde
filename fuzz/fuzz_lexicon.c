/* libFuzzer target: arbitrary bytes as a lexicon class file, loaded into two classes that
 * exclude each other and one that implies another, then looked up line by line. */
#include "lexicon/lexicon.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *sink = fopen("/dev/null", "w");
    if (!sink) abort();
    const char *text = (const char *)data;
    dyad_lexicon *lx = dyad_lexicon_new();
    static const enum dyad_word_class classes[] = {DYAD_WC_MONTH, DYAD_WC_WEEKDAY, DYAD_WC_SPEECH_VERB,
                                                   DYAD_WC_REPORTING_VERB};
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
        dyad_lexicon_add(lx, classes[i], "fuzz.txt", text, size, sink);
    for (size_t at = 0; at < size;) {
        const char *nl = memchr(text + at, '\n', size - at);
        size_t end = nl ? (size_t)(nl - text) : size;
        uint32_t c = dyad_lexicon_classes(lx, text + at, end - at);
        if ((c & DYAD_WC_MASK(DYAD_WC_SPEECH_VERB)) && !(c & DYAD_WC_MASK(DYAD_WC_REPORTING_VERB))) abort();
        dyad_lexicon_value(lx, text + at, end - at, DYAD_WC_MONTH);
        at = end + 1;
    }
    dyad_lexicon_free(lx);
    fclose(sink);
    return 0;
}
