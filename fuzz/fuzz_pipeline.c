/* libFuzzer target: arbitrary bytes through the whole pipeline as `dyad code` runs it -- reader
 * (text or JSON Lines, detected), segmenter, tagger, chunker, coder, dates, and the JSON Lines or
 * TSV writer -- with dyad's own dictionaries, loaded once. Built a second time as
 * fuzz_pipeline_phoenix with the Phoenix dictionaries (../shared) when they are present, since
 * their far larger phrase and pattern sets reach code dyad's own files do not. */
#include "core/diag.h"
#include "events/coder.h"
#include "input/reader.h"
#include "output/events_out.h"
#include "pipeline.h"
#include "post/dates.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static dyad_dictset coder;
static dyad_tagger *tagger;
static FILE *sink;

#ifdef DYAD_FUZZ_PHOENIX
/* The Phoenix files by kind, with dyad's CAMEO table (Phoenix has none in this format). */
static int load_dictionaries(void)
{
    static const char *const actors[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                         "Phoenix.MilNonState.actors.txt"};
    dyad_dict_files f = {0};
    char path[4096];
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", DYAD_FUZZ_PHOENIX, actors[i]);
        dyad_path_list_add(&f.actors, path);
    }
    snprintf(path, sizeof path, "%s/Phoenix.agents.txt", DYAD_FUZZ_PHOENIX);
    dyad_path_list_add(&f.agents, path);
    snprintf(path, sizeof path, "%s/CAMEO.2.0.txt", DYAD_FUZZ_PHOENIX);
    dyad_path_list_add(&f.verbs, path);
    snprintf(path, sizeof path, "%s/Phoenix.discards.txt", DYAD_FUZZ_PHOENIX);
    dyad_path_list_add(&f.discards, path);
    dyad_path_list_add(&f.cameo, DYAD_DICT_DIR "/cameo-codes.txt");
    int r = dyad_dictset_load(&coder, &f);
    dyad_dict_files_free(&f);
    return r;
}
#else
static int load_dictionaries(void) { return dyad_dictset_load_dir(&coder, DYAD_DICT_DIR); }
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    dyad_dictset_init(&coder);
    if (load_dictionaries() != 0) {
        fprintf(stderr, "fuzz_pipeline: the dictionaries could not be loaded\n");
        exit(1);
    }
    dyad_warnings_quiet(1);
    tagger = dyad_tagger_new();
    sink = fopen("/dev/null", "w");
    if (!sink) abort();
    return 0;
}

/* What the stages promise each other: tokens inside the text, sentences over whole tokens,
   events on real sentences with dates of the calendar. */
static void check_document(const dyad_document *doc, const dyad_event_list *events, int32_t published)
{
    for (size_t i = 0; i < doc->n_tokens; i++)
        if (doc->tokens[i].end > doc->length || doc->tokens[i].start >= doc->tokens[i].end) abort();
    for (size_t s = 0; s < doc->n_sentences; s++)
        if (doc->sentences[s].first_token + doc->sentences[s].n_tokens > doc->n_tokens) abort();
    for (size_t e = 0; e < events->n; e++) {
        if (events->items[e].sentence >= doc->n_sentences) abort();
        dyad_time t = dyad_event_time(doc, events->items[e].sentence, events->items[e].clause, published);
        if (published
            && (!dyad_date_is_valid(t.date) || !dyad_date_precision_name((enum dyad_date_precision)t.precision)))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the input's length picks the output format, whether the trace is written and the
       readings (dyad's or PETRARCH's), so every writer and reading is reached from any corpus */
    enum dyad_event_format format = size & 1 ? DYAD_EVENTS_TSV : DYAD_EVENTS_JSONL;
    FILE *trace = size & 2 ? sink : NULL;
    const dyad_readings readings = size & 4 ? dyad_readings_petrarch() : dyad_readings_default();
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_event_list events = {0};
    dyad_reader *r = dyad_reader_open_memory("fuzz", (const char *)data, size, DYAD_INPUT_AUTO);
    dyad_events_write_header(sink, format);
    while (dyad_reader_next(r, &doc)) {
        dyad_analyze(tagger, &doc);
        int32_t published = dyad_parse_iso_date(doc.date) ? dyad_parse_iso_date(doc.date) : 20250310;
        dyad_code_document(&coder, &readings, &doc, published, &events, trace);
        check_document(&doc, &events, published);
        dyad_events_write(sink, format, &coder, &doc, &events, published);
    }
    dyad_reader_close(r);
    free(events.items);
    dyad_document_free(&doc);
    return 0;
}
