/* The set of dictionaries dyad codes with: actors, agents, discards, verb patterns and the
 * CAMEO code table, found by file name in a folder or named one by one. */
#ifndef DYAD_DICTSET_H
#define DYAD_DICTSET_H
#include "actors.h"
#include "cameo.h"
#include "verbs.h"

typedef struct {
    dyad_phrase_dict actors, agents, discards;
    dyad_verb_dict verbs;
    dyad_cameo_table cameo;
    /* The set's version (dyad_dict_files_version), so that every output can say which
     * dictionaries coded it and dyad --version can say which set it reads by default. */
    char version[17];
} dyad_dictset;

/* The dictionary files of a set, by kind. */
typedef struct {
    char **paths;
    size_t n;
} dyad_path_list;

typedef struct {
    dyad_path_list actors, agents, verbs, discards, cameo;
} dyad_dict_files;

void dyad_path_list_add(dyad_path_list *l, const char *path);
void dyad_path_list_clear(dyad_path_list *l);
void dyad_dict_files_free(dyad_dict_files *f);
/* The dictionaries of a directory, by file name: *.actors.txt, agents.txt or *.agents.txt,
 * *verbs*.txt, discards.txt or *.discards.txt, cameo-codes.txt. Adds to f; -1 if the directory
 * cannot be read. */
int dyad_dict_files_from_dir(dyad_dict_files *f, const char *dir);
/* The set's version (see dyad_dictset.version) as 16 hex digits and a NUL: a hash of each file's
 * name and bytes, kind by kind. Returns -1 when a file cannot be read. */
int dyad_dict_files_version(const dyad_dict_files *f, char version[17]);

void dyad_dictset_init(dyad_dictset *d);
void dyad_dictset_free(dyad_dictset *d);
/* Loads every file of f. Returns 0, or -1 after printing which kind is missing or which file
 * cannot be read. Actors, agents, verbs and the CAMEO table are required, discards are not. */
int dyad_dictset_load(dyad_dictset *d, const dyad_dict_files *f);
/* dyad_dict_files_from_dir and dyad_dictset_load in one call. */
int dyad_dictset_load_dir(dyad_dictset *d, const char *dir);
#endif
