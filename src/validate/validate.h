/* Validation against PETRARCH-style records: each record's text is coded by dyad's own pipeline
 * (its <Parse> is not used) and the events are compared with the expected codings. */
#ifndef DYAD_VALIDATE_H
#define DYAD_VALIDATE_H
#include "../core/document.h"
#include "../events/coder.h"
#include "../tag/tagger.h"
#include "records.h"
#include <stdio.h>

typedef struct {
    size_t records_passed, records_failed, records_skipped;
    size_t records_not_applicable;        /* records about the <Parse>, which dyad does not use */
    size_t expected, expected_found;      /* expected codings, and how many were produced */
    size_t produced, produced_unexpected; /* produced codings, and how many were not expected */
} dyad_validation_totals;

/* Codes record r, prints "PASS id" or "FAIL id ..." with expected and produced codings to out,
 * and adds to totals. Identical codings of one record count once, as in PETRARCH. A record that
 * expects an error passes when nothing is coded. trace (or NULL) gets the coder's --explain. */
int dyad_validate_record(const dyad_dictset *coder, const dyad_tagger *tagger, const dyad_record *r, FILE *out,
                         FILE *trace, dyad_validation_totals *totals);
/* The closing summary: records and codings passed and failed. */
void dyad_validation_summary(const dyad_validation_totals *t, FILE *out);
#endif
