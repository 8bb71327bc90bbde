/* Front-end throughput: segments, tags and chunks a corpus file (JSON Lines or text) in memory,
 * several times, and prints sentences/s and tokens/s for each run. Output is not written, so
 * this measures the library, not the terminal. Usage: dyad-bench-frontend FILE [RUNS] */
#include "input/reader.h"
#include "pipeline.h"
#include "core/diag.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE [RUNS]\n", argv[0]);
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)size + 1);
    if (!data || fread(data, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    fclose(f);

    double t0 = now();
    dyad_tagger *tagger = dyad_tagger_new();
    printf("model_load_ms %.1f\n", (now() - t0) * 1000);
    dyad_document doc;
    dyad_document_init(&doc);
    for (int run = 0; run < runs; run++) {
        size_t sentences = 0, tokens = 0;
        double start = now();
        dyad_reader *r = dyad_reader_open_memory(argv[1], data, (size_t)size, DYAD_INPUT_AUTO);
        while (dyad_reader_next(r, &doc)) {
            dyad_analyze(tagger, &doc);
            sentences += doc.n_sentences;
            tokens += doc.n_tokens;
        }
        dyad_reader_close(r);
        double secs = now() - start;
        printf("run %d sentences %zu tokens %zu seconds %.3f sentences_per_s %.0f tokens_per_s %.0f\n", run + 1,
               sentences, tokens, secs, sentences / secs, tokens / secs);
    }
    dyad_document_free(&doc);
    dyad_tagger_free(tagger);
    free(data);
    return 0;
}
