/* PETRARCH validation records (XML): an <Environment> naming the dictionaries, <Config> options
 * that apply to the records after them, and <Sentence date= id= category=> records, each with
 * its <Text> and the codings a coder should produce:
 *   <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>  an expected event
 *   <EventCoding noevents="True"/>                                    no event at all
 *   <EventCoding error="dateline"/>                                   input a coder should reject */
#ifndef DYAD_RECORDS_H
#define DYAD_RECORDS_H
#include "../core/readings.h"
#include <stddef.h>
#include <stdint.h>

typedef struct {
    char *source, *target, *code; /* as written; quoted phrases ("THE MINISTRY") stay quoted */
} dyad_expected_event;

enum dyad_record_expectation { DYAD_EXPECT_EVENTS, DYAD_EXPECT_NONE, DYAD_EXPECT_ERROR };

/* Coder options that <Config> elements set for the records after them. */
typedef struct {
    int require_dyad;      /* events need both a source and a target (default 1) */
    int new_actor_length;  /* > 0: unknown noun phrases of up to this many words become actors */
    dyad_comma_rule comma; /* comma_min, comma_max, comma_bmin, ...: PETRARCH's defaults 2, 8, 0, 0, 2, 8 */
} dyad_record_config;

typedef struct {
    char *id, *category, *text;
    int32_t date; /* yyyymmdd, 0 when missing or malformed */
    long line;    /* line of <Sentence> in the file */
    enum dyad_record_expectation expect;
    char *error_kind; /* DYAD_EXPECT_ERROR: what error */
    dyad_expected_event *events;
    size_t n_events;
    dyad_record_config config;
    /* when the words of its <Parse> differ from its <Text> (its expectations may follow the
     * parse): "'government' in the text, 'Congresses' in the parse"; else NULL */
    char *parse_differs;
} dyad_record;

typedef struct {
    char *verbfile, *agentfile, *discardfile;
    char **actorfiles;
    size_t n_actorfiles;
    char **include;
    size_t n_include; /* categories to run; none listed = all */
    dyad_record *records;
    size_t n_records, cap_records;
    char **unsupported;
    size_t n_unsupported; /* Config options dyad does not honour, once each */
} dyad_record_set;

/* Parses a records file held in memory; name is used in messages. Malformed XML is reported
 * with its line and parsing goes on where libxml2 can recover. Returns 0, or -1 when nothing
 * usable was found. */
int dyad_records_parse(dyad_record_set *set, const char *name, const char *xml, size_t len);
int dyad_records_load(dyad_record_set *set, const char *path);
void dyad_records_free(dyad_record_set *set);
/* Largest dictionary file a records file's <Environment> may name. */
#define DYAD_ENVIRONMENT_FILE_MAX (64ull << 20)
/* Path of a dictionary file the <Environment> names, in dir: 0 when the name is a plain file name
 * (no '/', not "." or "..") of a regular file of at most DYAD_ENVIRONMENT_FILE_MAX bytes there;
 * -1 when there is no such file; -2 when it may not be read (warned). */
int dyad_records_environment_path(const char *dir, const char *name, char *path, size_t size);
/* Should a record of this category run (the <Include> list)? */
int dyad_records_included(const dyad_record_set *set, const char *category);
#endif
