/* The CAMEO event code table: quad class, Goldstein value and name of every code. */
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H
#include "../core/strmap.h"

typedef struct {
    char code[8];
    int quad_class;
    double goldstein;
    char *name;
} dyad_cameo_code;

typedef struct {
    dyad_strmap index; /* code -> position */
    dyad_cameo_code *codes;
    size_t n_codes, cap_codes;
} dyad_cameo_table;

void dyad_cameo_init(dyad_cameo_table *t);
void dyad_cameo_free(dyad_cameo_table *t);
/* Reads `CODE<TAB>QUAD<TAB>GOLDSTEIN<TAB>Name` lines; returns codes read, -1 if unreadable. */
long dyad_cameo_load(dyad_cameo_table *t, const char *path);
long dyad_cameo_load_text(dyad_cameo_table *t, const char *name, const char *text, size_t len);
const dyad_cameo_code *dyad_cameo_lookup(const dyad_cameo_table *t, const char *code);
#endif
