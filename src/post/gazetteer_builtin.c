/* The gazetteer compiled into dyad (gazetteer.S), opened and checked once on first use. Kept
 * apart from gazetteer.c so that the index builder, which runs before the index exists, can use
 * the reader's key folding. */
#include "gazetteer.h"
#include <pthread.h>
#include <stdio.h>

extern const unsigned char dyad_gazetteer_start[];
extern const uint64_t dyad_gazetteer_size; /* bytes, written by the assembler */

static dyad_gazetteer builtin;
static int builtin_ok;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void open_builtin(void)
{
    char err[160];
    builtin_ok = dyad_gazetteer_open(&builtin, dyad_gazetteer_start, (size_t)dyad_gazetteer_size, err, sizeof err) == 0;
    if (!builtin_ok) fprintf(stderr, "dyad: the built-in %s; places are not coded\n", err);
}

const dyad_gazetteer *dyad_gazetteer_builtin(void)
{
    pthread_once(&builtin_once, open_builtin);
    return builtin_ok ? &builtin : NULL;
}
