/* Reading one event's evidence for a browser of the store (dyad serve): its mentions with their
 * sentences, articles and dictionary entries, and a cheap test of whether the store has changed. */
#include "backend.h"
#include <stdlib.h>

typedef struct {
    dyad_mention_fn fn;
    void *ctx;
} mention_ctx;

static int mention_row(void *ctx, int n, const char *const *c)
{
    mention_ctx *q = ctx;
    if (n < 18) return 1;
    dyad_stored_mention m = {.id = atoll(c[0]),
                             .doc_id = c[1],
                             .url = c[2],
                             .title = c[3],
                             .article_source = c[4],
                             .input = c[5],
                             .published = c[6] ? atoi(c[6]) : 0,
                             .sentence_index = c[7] ? atoi(c[7]) : 0,
                             .sentence = c[8],
                             .source_text = c[9],
                             .target_text = c[10],
                             .reported_by = c[11],
                             .verb = c[12],
                             .source_actor_entry = c[13],
                             .source_agent_entry = c[14],
                             .target_actor_entry = c[15],
                             .target_agent_entry = c[16],
                             .verb_pattern = c[17]};
    return q->fn(q->ctx, &m);
}

int dyad_store_mentions(dyad_store *s, long long event_id, long long limit, dyad_mention_fn fn, void *ctx)
{
    /* "No limit" is spelt differently in SQLite and PostgreSQL; a limit nobody reaches is not. */
    dyad_sql_value p[2] = {{DYAD_SQL_INT, event_id, 0, NULL}, {DYAD_SQL_INT, limit > 0 ? limit : 1LL << 62, 0, NULL}};
    mention_ctx q = {fn, ctx};
    return s->ops->run(
        s,
        "SELECT m.id, a.doc_id, a.url, a.title, a.source, a.input, a.published, s.sentence_index, s.text, "
        "m.source_text, m.target_text, m.reported_by, m.verb, m.source_actor_entry, m.source_agent_entry, "
        "m.target_actor_entry, m.target_agent_entry, m.verb_pattern FROM mentions m "
        "JOIN sentences s ON s.id = m.sentence_id JOIN articles a ON a.id = m.article_id "
        "WHERE m.event_id = $1 ORDER BY m.id LIMIT $2",
        2, p, mention_row, &q);
}

static int first_int(void *ctx, int n, const char *const *cells)
{
    *(long long *)ctx = n > 0 && cells[0] ? atoll(cells[0]) : 0;
    return 1;
}

int dyad_store_generation(dyad_store *s, long long *generation)
{
    *generation = 0;
    return s->ops->run(s, "SELECT max(id) FROM mentions", 0, NULL, first_int, generation);
}
