/* Finding and loading a dictionary set (see dictset.h). */
#include "dictset.h"
#include "dictfile.h"
#include "../core/xalloc.h"
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dyad_dictset_init(dyad_dictset *c)
{
    dyad_phrase_dict_init(&c->actors);
    dyad_phrase_dict_init(&c->agents);
    dyad_phrase_dict_init(&c->discards);
    dyad_verb_dict_init(&c->verbs);
    dyad_cameo_init(&c->cameo);
}

void dyad_dictset_free(dyad_dictset *c)
{
    dyad_phrase_dict_free(&c->actors);
    dyad_phrase_dict_free(&c->agents);
    dyad_phrase_dict_free(&c->discards);
    dyad_verb_dict_free(&c->verbs);
    dyad_cameo_free(&c->cameo);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Codes outside the CAMEO table (TABARI's "075A", typing slips) are coded as written but have
 * no Goldstein value or quad class: say so once per verb file, with the first place that uses one. */
static void report_codes_outside_cameo(const dyad_dictset *c)
{
    static const char what[] =
        "event code not in the CAMEO table; coded as written, without Goldstein value or quad class";
    for (uint32_t f = 0; f < c->verbs.n_files; f++) {
        dyad_dict_report rep;
        dyad_report_init(&rep, c->verbs.files[f].name);
        for (size_t i = 0; i < c->verbs.n_patterns; i++) {
            const dyad_verb_pattern *p = &c->verbs.patterns[i];
            if (c->verbs.blocks[p->block].file != f) continue;
            if (p->code[0] && !dyad_cameo_lookup(&c->cameo, p->code)) dyad_report(&rep, p->line, what, "%s", p->code);
            if (p->second_code[0] && !dyad_cameo_lookup(&c->cameo, p->second_code))
                dyad_report(&rep, p->line, what, "%s", p->second_code);
        }
        for (size_t i = 0; i < c->verbs.n_blocks; i++)
            if (c->verbs.blocks[i].file == f && c->verbs.blocks[i].code[0]
                && !dyad_cameo_lookup(&c->cameo, c->verbs.blocks[i].code))
                dyad_report(&rep, c->verbs.blocks[i].line, what, "%s", c->verbs.blocks[i].code);
        dyad_report_finish(&rep);
    }
}

void dyad_path_list_add(dyad_path_list *l, const char *path)
{
    l->paths = dyad_xrealloc(l->paths, (l->n + 1) * sizeof *l->paths);
    l->paths[l->n++] = dyad_xstrdup(path);
}

void dyad_path_list_clear(dyad_path_list *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->paths[i]);
    free(l->paths);
    l->paths = NULL;
    l->n = 0;
}

void dyad_dict_files_free(dyad_dict_files *f)
{
    dyad_path_list_clear(&f->actors);
    dyad_path_list_clear(&f->agents);
    dyad_path_list_clear(&f->verbs);
    dyad_path_list_clear(&f->discards);
    dyad_path_list_clear(&f->cameo);
}

/* The kind of dictionary a file name says it is, or NULL. */
static dyad_path_list *kind_of(dyad_dict_files *f, const char *name)
{
    if (!ends_with(name, ".txt")) return NULL;
    if (ends_with(name, ".actors.txt")) return &f->actors;
    if (strcmp(name, "agents.txt") == 0 || ends_with(name, ".agents.txt")) return &f->agents;
    if (strcmp(name, "discards.txt") == 0 || ends_with(name, ".discards.txt")) return &f->discards;
    if (strcmp(name, "cameo-codes.txt") == 0) return &f->cameo;
    if (strstr(name, "verbs")) return &f->verbs;
    return NULL;
}

int dyad_dict_files_from_dir(dyad_dict_files *f, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "dyad: %s: cannot open dictionary directory: %s\n", dir, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!ends_with(e->d_name, ".txt")) continue;
        names = dyad_xrealloc(names, (n + 1) * sizeof *names);
        names[n++] = dyad_xstrdup(e->d_name);
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, by_name); /* a stable order: the first listing of a name wins */
    for (size_t i = 0; i < n; i++) {
        dyad_path_list *kind = kind_of(f, names[i]);
        if (kind) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            dyad_path_list_add(kind, path);
        }
        free(names[i]);
    }
    free(names);
    return 0;
}

/* FNV-1a, 64 bits: enough to tell two dictionary sets apart, not a security measure. */
static uint64_t fnv(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    return h;
}

/* Folds a file's name (without its folder, so that an installed copy hashes as the source
 * tree's) and its bytes into h; -1 when it cannot be read. */
static int hash_file(uint64_t *h, const char *path)
{
    FILE *in = fopen(path, "rb");
    if (!in) return -1;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    *h = fnv(*h, base, strlen(base) + 1);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) *h = fnv(*h, buf, n);
    int bad = ferror(in);
    fclose(in);
    return bad ? -1 : 0;
}

int dyad_dict_files_version(const dyad_dict_files *f, char version[17])
{
    const dyad_path_list *kinds[] = {&f->actors, &f->agents, &f->discards, &f->verbs, &f->cameo};
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        for (size_t i = 0; i < kinds[k]->n; i++)
            if (hash_file(&h, kinds[k]->paths[i]) < 0) return -1;
    snprintf(version, 17, "%016llx", (unsigned long long)h);
    return 0;
}

/* A verbs file with neither verb blocks nor synsets is most likely another kind of file given
 * as --verbs: coding with it would silently find no events. */
static long load_verbs(dyad_verb_dict *d, const char *path)
{
    size_t synsets = d->n_synsets;
    long blocks = dyad_load_verbs(d, path);
    if (blocks == 0 && d->n_synsets == synsets) {
        fprintf(stderr, "dyad: %s: no verb blocks ('--- CODE ---' lines) or synsets: not a verbs file\n", path);
        return -1;
    }
    return blocks;
}

int dyad_dictset_load(dyad_dictset *c, const dyad_dict_files *f)
{
    const struct {
        const dyad_path_list *files;
        const char *what;
    } required[] = {{&f->actors, "actor dictionary (*.actors.txt, --actors)"},
                    {&f->agents, "agent dictionary (agents.txt, --agents)"},
                    {&f->verbs, "verb dictionary (*verbs*.txt, --verbs)"},
                    {&f->cameo, "CAMEO code table (cameo-codes.txt, --cameo)"}};
    int failed = 0;
    for (size_t i = 0; i < sizeof required / sizeof *required; i++)
        if (!required[i].files->n) {
            fprintf(stderr, "dyad: no %s given\n", required[i].what);
            failed = 1;
        }
    if (failed) return -1;
    for (size_t i = 0; i < f->actors.n; i++) failed |= dyad_load_actors(&c->actors, f->actors.paths[i]) < 0;
    for (size_t i = 0; i < f->agents.n; i++) failed |= dyad_load_agents(&c->agents, f->agents.paths[i]) < 0;
    for (size_t i = 0; i < f->discards.n; i++) failed |= dyad_load_discards(&c->discards, f->discards.paths[i]) < 0;
    for (size_t i = 0; i < f->verbs.n; i++) failed |= load_verbs(&c->verbs, f->verbs.paths[i]) < 0;
    for (size_t i = 0; i < f->cameo.n; i++) failed |= dyad_cameo_load(&c->cameo, f->cameo.paths[i]) < 0;
    if (!failed) {
        report_codes_outside_cameo(c);
        dyad_dict_files_version(f, c->version); /* every file was just read */
    }
    return failed ? -1 : 0;
}

int dyad_dictset_load_dir(dyad_dictset *c, const char *dir)
{
    dyad_dict_files f = {0};
    int r = dyad_dict_files_from_dir(&f, dir) == 0 ? dyad_dictset_load(c, &f) : -1;
    dyad_dict_files_free(&f);
    return r;
}
