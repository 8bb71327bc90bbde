/* dyad --version: what a result depends on, for a methods section or a bug report: dyad's
 * version, the build (git describe, or the date of the build outside a git checkout), the
 * dictionary set it reads by default (its folder and a hash of its files' names and bytes) and
 * the gazetteer compiled in. */
#include "commands.h"
#include "../post/gazetteer.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* FNV-1a, 64 bits: enough to tell two dictionary sets apart, not a security measure. */
static uint64_t fnv(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    return h;
}

/* Hashes a file's name (without its folder) and its bytes; -1 when it cannot be read. */
static int hash_file(uint64_t *h, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    *h = fnv(*h, base, strlen(base) + 1);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) *h = fnv(*h, buf, n);
    int bad = ferror(f);
    fclose(f);
    return bad ? -1 : 0;
}

/* The hash of the default dictionary set, in the order the set lists its files. */
static int dict_hash(const char *dir, uint64_t *h)
{
    dyad_dict_files files = {0};
    dyad_dict_options none;
    int rc = dyad_dict_files_from_dir(&files, dir);
    dyad_dict_options_init(&none);
    dyad_dict_options_apply(&none, &files);
    const dyad_path_list *kinds[] = {&files.actors, &files.agents, &files.verbs, &files.discards, &files.cameo};
    *h = 0xcbf29ce484222325ULL;
    for (size_t k = 0; k < 5 && rc == 0; k++)
        for (size_t i = 0; i < kinds[k]->n && rc == 0; i++) rc = hash_file(h, kinds[k]->paths[i]);
    dyad_dict_options_free(&none);
    dyad_dict_files_free(&files);
    return rc;
}

void dyad_print_version(FILE *out)
{
    const dyad_gazetteer *g = dyad_gazetteer_builtin();
    const char *dir = dyad_default_dict_dir();
    uint64_t h;
    fprintf(out, "dyad %s\nbuild: %s\n", DYAD_VERSION, DYAD_BUILD);
    if (dict_hash(dir, &h) == 0)
        fprintf(out, "data: %s (dictionary set %016llx)\n", dir, (unsigned long long)h);
    else
        fprintf(out, "data: %s (cannot be read)\n", dir);
    fprintf(out, "gazetteer: %s\n", g ? g->meta : "damaged, places are not coded");
}
