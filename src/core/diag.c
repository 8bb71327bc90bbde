#include "diag.h"
#include <stdarg.h>
#include <stdio.h>

static size_t warnings;
static int quiet;

void dyad_warnings_quiet(int q) { quiet = q; }
size_t dyad_warning_count(void) { return warnings; }

static void vprint(const char *prefix_fmt, const char *input, size_t pos, const char *fmt, va_list ap)
{
    if (quiet) return;
    fprintf(stderr, prefix_fmt, input, pos);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

static void vwarn(const char *prefix_fmt, const char *input, size_t pos, const char *fmt, va_list ap)
{
    warnings++;
    vprint(prefix_fmt, input, pos, fmt, ap);
}

void dyad_warn_line(const char *input, size_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vwarn(line ? "dyad: %s:%zu: warning: " : "dyad: %s%.0zu: warning: ", input, line, fmt, ap);
    va_end(ap);
}

void dyad_warn_byte(const char *input, size_t offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vwarn("dyad: %s: byte %zu: warning: ", input, offset, fmt, ap);
    va_end(ap);
}

void dyad_note(const char *input, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprint("dyad: %s%.0zu: ", input, 0, fmt, ap);
    va_end(ap);
}
