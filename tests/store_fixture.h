/* What the event store's tests share (store_fixture.c): the database each test starts empty,
 * a temporary SQLite file or, when DYAD_TEST_PG_URL is set (tests/with-postgres.sh), PostgreSQL;
 * raw SQL for what the interface deliberately cannot do; and made-up event records. */
#ifndef DYAD_TEST_STORE_FIXTURE_H
#define DYAD_TEST_STORE_FIXTURE_H
#include "store/backend.h"
#include "store/store.h"

extern char db[256];
extern const char *pg_url;

/* Reads DYAD_TEST_PG_URL and says which backend the tests run on. */
void store_fixture_init(void);
/* Raw SQL on the store, asserting success. */
void exec(dyad_store *s, const char *sql);
/* The store opened for writing (created or migrated), or the test fails. */
dyad_store *open_store(void);
/* cmocka setup: an empty database; teardown: the SQLite file removed. */
int fresh(void **state);
int cleanup(void **state);
/* The events the filter selects, each written by describe into the returned buffer (static, 4 KB;
 * describe appends one line to the text at ctx). */
const char *query_with(dyad_store *s, const dyad_store_filter *f, dyad_event_fn describe);
/* An event record of sentence sentence_index with the given date, actors and code. */
dyad_event_record record(uint32_t sentence_index, const char *sentence, int32_t date, const char *source,
                         const char *target, const char *code, const dyad_cameo_code *cameo);
extern const dyad_cameo_code attack, meet;
#endif
