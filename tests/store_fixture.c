/* The event store tests' shared fixture (store_fixture.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libpq-fe.h>
#include "store_fixture.h"

char db[256];
const char *pg_url;

void store_fixture_init(void)
{
    pg_url = getenv("DYAD_TEST_PG_URL");
    if (pg_url && !*pg_url) pg_url = NULL;
    printf("# backend: %s\n", pg_url ? "PostgreSQL" : "SQLite");
}

/* Raw SQL on the store, for what the public interface deliberately cannot do (break things). */
void exec(dyad_store *s, const char *sql)
{
    assert_int_equal(s->ops->run(s, sql, 0, NULL, NULL, NULL), 0);
    assert_int_equal(s->ops->flush(s), 0);
}

dyad_store *open_store(void)
{
    char err[1024] = "";
    dyad_store *s = dyad_store_open(db, 1, err, sizeof err);
    if (!s) fail_msg("cannot open %s: %s", db, err);
    return s;
}

/* Each test starts from an empty database: a new SQLite file, or a PostgreSQL database emptied. */
int fresh(void **state)
{
    (void)state;
    if (!pg_url) {
        snprintf(db, sizeof db, "/tmp/dyad-test-store-%d.db", (int)getpid());
        const char *suffix[] = {"", "-wal", "-shm"};
        for (int i = 0; i < 3; i++) {
            char path[300];
            snprintf(path, sizeof path, "%s%s", db, suffix[i]);
            unlink(path);
        }
        return 0;
    }
    snprintf(db, sizeof db, "%s", pg_url);
    /* Directly through libpq: the previous test may have left a database dyad refuses to open. */
    PGconn *pg = PQconnectdb(pg_url);
    PGresult *r = PQexec(pg, "SET client_min_messages = warning; DROP TABLE IF EXISTS casualties, quotes, mentions, "
                             "sentences, events, articles, dyad_meta, other");
    int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok) fprintf(stderr, "cannot empty %s: %s", pg_url, PQerrorMessage(pg));
    PQclear(r);
    PQfinish(pg);
    return ok ? 0 : -1;
}

int cleanup(void **state)
{
    (void)state;
    if (!pg_url) fresh(state);
    return 0;
}

dyad_event_record record(uint32_t sentence_index, const char *sentence, int32_t date, const char *source,
                         const char *target, const char *code, const dyad_cameo_code *cameo)
{
    dyad_event_record r;
    memset(&r, 0, sizeof r);
    r.doc_id = "test";
    r.sentence_index = sentence_index;
    r.sentence = sentence;
    r.sentence_len = strlen(sentence);
    r.date = date;
    r.source.code = source;
    r.source.text = source;
    r.source.text_len = strlen(source);
    r.source.actor_entry.file = "test.actors.txt";
    r.source.actor_entry.line = 7;
    r.target.code = target;
    r.code = code;
    memcpy(r.root, code, 2);
    r.cameo = cameo;
    r.reported_by = "";
    r.verb = "ATTACK";
    r.verb_pattern.file = "test.verbs.txt";
    r.verb_pattern.line = 12;
    return r;
}

const dyad_cameo_code attack = {"190", 4, -10, "attack"}, meet = {"040", 1, 1, "consult"};

const char *query_with(dyad_store *s, const dyad_store_filter *f, dyad_event_fn describe)
{
    static char out[4096];
    out[0] = '\0';
    assert_int_equal(dyad_store_query(s, f, describe, out), 0);
    return out;
}
