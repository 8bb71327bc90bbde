/* The dictionary options shared by the commands that code events (code, validate). */
#include "commands.h"
#include "../core/xalloc.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { OPT_DICT_DIR = 1000, OPT_ACTORS, OPT_AGENTS, OPT_VERBS, OPT_DISCARDS, OPT_CAMEO };

static const struct option dict_options[] = {
    {"dict-dir", required_argument, NULL, OPT_DICT_DIR}, {"actors", required_argument, NULL, OPT_ACTORS},
    {"agents", required_argument, NULL, OPT_AGENTS},     {"verbs", required_argument, NULL, OPT_VERBS},
    {"discards", required_argument, NULL, OPT_DISCARDS}, {"cameo", required_argument, NULL, OPT_CAMEO},
};

const char dyad_dict_options_help[] =
    "dictionaries (PETRARCH/TABARI formats):\n"
    "  --dict-dir DIR    a folder of dictionaries, found by file name: *.actors.txt, agents.txt,\n"
    "                    *verbs*.txt, discards.txt, cameo-codes.txt. Without it: $DYAD_DICT_DIR,\n"
    "                    else share/dyad/dict beside the installed binary (BIN/../share/dyad/dict),\n"
    "                    else the source tree's " DYAD_DICT_DIR "\n"
    "  --actors FILE     actor dictionary; repeat for several files\n"
    "  --agents FILE     agent dictionary; repeat for several files\n"
    "  --verbs FILE      verb-pattern dictionary; repeat for several files\n"
    "  --discards FILE   discard list; repeat for several files\n"
    "  --cameo FILE      CAMEO code table (code, quad class, Goldstein value, name)\n"
    "  A file option replaces that kind of file from --dict-dir; kinds not given come from it.\n";

struct option *dyad_with_dict_options(const struct option *own)
{
    size_t n_own = 0, n_dict = sizeof dict_options / sizeof *dict_options;
    while (own[n_own].name) n_own++;
    struct option *all = dyad_xmalloc((n_own + n_dict + 1) * sizeof *all);
    memcpy(all, own, n_own * sizeof *own);
    memcpy(all + n_own, dict_options, n_dict * sizeof *dict_options);
    memset(&all[n_own + n_dict], 0, sizeof *all);
    return all;
}

/* The data of an installed dyad is found beside the binary (PREFIX/bin/dyad and
 * PREFIX/share/dyad/dict), so that an install under any prefix finds its own data; a dyad run
 * from its build tree falls back to the source tree it was built from. */
static const char *installed_dict_dir(void)
{
    static char dir[4096];
    char exe[4000];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return NULL;
    *slash = '\0';
    snprintf(dir, sizeof dir, "%s/../share/dyad/dict", exe);
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? dir : NULL;
}

const char *dyad_default_dict_dir(void)
{
    const char *env = getenv("DYAD_DICT_DIR");
    if (env && *env) return env;
    const char *installed = installed_dict_dir();
    return installed ? installed : DYAD_DICT_DIR;
}

void dyad_dict_options_init(dyad_dict_options *o)
{
    memset(o, 0, sizeof *o);
    o->dir = dyad_default_dict_dir();
}

void dyad_dict_options_free(dyad_dict_options *o) { dyad_dict_files_free(&o->given); }

int dyad_dict_option(dyad_dict_options *o, int opt, const char *arg)
{
    switch (opt) {
    case OPT_DICT_DIR:
        o->dir = arg;
        o->dir_given = 1;
        return 1;
    case OPT_ACTORS: dyad_path_list_add(&o->given.actors, arg); return 1;
    case OPT_AGENTS: dyad_path_list_add(&o->given.agents, arg); return 1;
    case OPT_VERBS: dyad_path_list_add(&o->given.verbs, arg); return 1;
    case OPT_DISCARDS: dyad_path_list_add(&o->given.discards, arg); return 1;
    case OPT_CAMEO: dyad_path_list_add(&o->given.cameo, arg); return 1;
    default: return 0;
    }
}

static void replace_kind(dyad_path_list *base, const dyad_path_list *given)
{
    if (!given->n) return;
    dyad_path_list_clear(base);
    for (size_t i = 0; i < given->n; i++) dyad_path_list_add(base, given->paths[i]);
}

void dyad_dict_options_apply(const dyad_dict_options *o, dyad_dict_files *files)
{
    replace_kind(&files->actors, &o->given.actors);
    replace_kind(&files->agents, &o->given.agents);
    replace_kind(&files->verbs, &o->given.verbs);
    replace_kind(&files->discards, &o->given.discards);
    replace_kind(&files->cameo, &o->given.cameo);
    /* the CAMEO table is reference data, not part of a dictionary set: dyad's own by default */
    if (files->cameo.n) return;
    char path[4200];
    snprintf(path, sizeof path, "%s/cameo-codes.txt", dyad_default_dict_dir());
    dyad_path_list_add(&files->cameo, path);
}

int dyad_dict_options_load(const dyad_dict_options *o, dyad_dictset *coder)
{
    dyad_dict_files files = {0};
    int r = -1;
    if (dyad_dict_files_from_dir(&files, o->dir) == 0) {
        dyad_dict_options_apply(o, &files);
        r = dyad_dictset_load(coder, &files);
    }
    dyad_dict_files_free(&files);
    return r;
}
