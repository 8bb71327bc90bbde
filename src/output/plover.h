/* PLOVER, the successor of CAMEO: each CAMEO event code's PLOVER event type, mode, context and intensity,
 * and each actor's country (ISO 3166-1 alpha-3) and sector, from the crosswalk in
 * data/plover/cameo-to-plover.tsv (compiled into dyad). Used by --scheme plover. */
#ifndef DYAD_PLOVER_H
#define DYAD_PLOVER_H
#include <stddef.h>

typedef struct {
    char code[5];
    const char *type, *mode, *context; /* mode and context NULL when none */
    double intensity;
} dyad_plover_row;

typedef struct {
    char agent[4];
    const char *sector;
} dyad_plover_sector;

typedef struct {
    char *text; /* the file's text, which the rows point into */
    dyad_plover_row *rows;
    size_t n_rows;
    dyad_plover_sector *sectors;
    size_t n_sectors;
} dyad_plover_table;

/* One event in PLOVER's terms; type NULL when its CAMEO code has no PLOVER type. */
typedef struct {
    const char *type, *mode, *context;
    double intensity;
    char actor_country[4], recipient_country[4]; /* "" when the actor has no country */
    const char *actor_sector, *recipient_sector; /* NULL when unknown */
} dyad_plover_event;

/* Parses the crosswalk's n bytes (see the file's header). 0, or -1 with the line and what was
 * expected in err. */
int dyad_plover_parse(dyad_plover_table *t, const char *text, size_t n, char *err, size_t err_size);
void dyad_plover_free(dyad_plover_table *t);
/* The crosswalk compiled into dyad, parsed once; NULL (after a message on stderr) if damaged. */
const dyad_plover_table *dyad_plover_builtin(void);
/* Maps an event: its CAMEO code (exact, else 3, else 2 digits) and its actors' CAMEO codes. */
void dyad_plover_map(const dyad_plover_table *t, const char *code, const char *source, const char *target,
                     dyad_plover_event *out);
#endif
