/* dyad --version: what a result depends on, for a methods section or a bug report: dyad's
 * version, the build (git describe, or the date of the build outside a git checkout), the
 * dictionary set it reads by default (its folder and a hash of its files' names and bytes) and
 * the gazetteer compiled in. */
#include "commands.h"
#include "../post/gazetteer.h"
#include <stdio.h>

/* The version of the default dictionary set, as dyad code records it in dict_version. */
static int dict_version(const char *dir, char version[17])
{
    dyad_dict_files files = {0};
    dyad_dict_options none;
    int rc = dyad_dict_files_from_dir(&files, dir);
    dyad_dict_options_init(&none);
    dyad_dict_options_apply(&none, &files);
    if (rc == 0) rc = dyad_dict_files_version(&files, version);
    dyad_dict_options_free(&none);
    dyad_dict_files_free(&files);
    return rc;
}

void dyad_print_version(FILE *out)
{
    const dyad_gazetteer *g = dyad_gazetteer_builtin();
    const char *dir = dyad_default_dict_dir();
    char version[17];
    fprintf(out, "dyad %s\nbuild: %s\n", DYAD_VERSION, DYAD_BUILD);
    if (dict_version(dir, version) == 0)
        fprintf(out, "data: %s (dictionary set %s)\n", dir, version);
    else
        fprintf(out, "data: %s (cannot be read)\n", dir);
    fprintf(out, "gazetteer: %s\n", g ? g->meta : "damaged, places are not coded");
}
