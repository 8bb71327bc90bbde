/* Warnings about input: always name the input and the position, never stop the run. */
#ifndef DYAD_DIAG_H
#define DYAD_DIAG_H
#include <stddef.h>

#if defined(__GNUC__)
#define DYAD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define DYAD_PRINTF(a, b)
#endif

/* "dyad: NAME:LINE: warning: ..." (line 0 = whole input). */
void dyad_warn_line(const char *input, size_t line, const char *fmt, ...) DYAD_PRINTF(3, 4);
/* "dyad: NAME: byte OFFSET: warning: ..." */
void dyad_warn_byte(const char *input, size_t offset, const char *fmt, ...) DYAD_PRINTF(3, 4);
/* "dyad: NAME: ..." for how an input was read, not a problem: not counted as a warning. */
void dyad_note(const char *input, const char *fmt, ...) DYAD_PRINTF(2, 3);
/* Number of warnings printed so far; used for the end-of-run summary and by tests. */
size_t dyad_warning_count(void);
/* Silences warnings (tests and fuzzers); they are still counted. */
void dyad_warnings_quiet(int quiet);
#endif
