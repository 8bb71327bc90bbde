#include "commands.h"
#include "../core/diag.h"
#include "../output/conll.h"
#include "../pipeline.h"
#include <getopt.h>
#include <stdio.h>
#include <string.h>

int dyad_parse_input_format(const char *s)
{
    if (strcmp(s, "auto") == 0) return DYAD_INPUT_AUTO;
    if (strcmp(s, "text") == 0) return DYAD_INPUT_TEXT;
    if (strcmp(s, "jsonl") == 0) return DYAD_INPUT_JSONL;
    return -1;
}

static void tag_usage(FILE *out)
{
    fputs("usage: dyad tag [--input-format auto|text|jsonl] [--stats] [FILE...|-]\n\n"
          "Splits articles into sentences and tokens, tags parts of speech, lemmatises, and finds\n"
          "chunks and clauses. Prints one token per line:\n"
          "  ID FORM LEMMA POS CHUNK CLAUSE START END\n"
          "POS is a Penn Treebank tag; CHUNK is B-/I- plus NP, VP, PP, ADJP, ADVP or SBAR (with the\n"
          "relation to an earlier chunk after ':' - coord, appos, pobj, xcomp); CLAUSE numbers the\n"
          "clause in the sentence; START and END are byte offsets into the input. Comment lines give\n"
          "the document id, the sentence text and span, and each clause's kind, subject, verb, object.\n\n"
          "options:\n"
          "  --input-format F  auto (default: .jsonl files and inputs starting with '{' are JSON Lines),\n"
          "                    text, or jsonl\n"
          "  --stats           print document, sentence and token counts to stderr at the end\n"
          "  -h, --help        this help\n"
          "With no FILE, or with '-', reads standard input.\n",
          out);
}

int dyad_cmd_tag(int argc, char **argv)
{
    static const struct option options[] = {{"input-format", required_argument, NULL, 'f'},
                                            {"stats", no_argument, NULL, 's'},
                                            {"help", no_argument, NULL, 'h'},
                                            {NULL, 0, NULL, 0}};
    int format = DYAD_INPUT_AUTO, stats = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case 'f':
            if ((format = dyad_parse_input_format(optarg)) < 0) {
                fprintf(stderr, "dyad tag: --input-format must be auto, text or jsonl, not '%s'\n", optarg);
                return 2;
            }
            break;
        case 's': stats = 1; break;
        case 'h': tag_usage(stdout); return 0;
        default: tag_usage(stderr); return 2;
        }
    }
    static char out_buf[1 << 16];
    setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);

    dyad_tagger *tagger = dyad_tagger_new();
    dyad_document doc;
    dyad_document_init(&doc);
    size_t docs = 0, sentences = 0, tokens = 0;
    int failed_inputs = 0;
    char *stdin_only[] = {"-"};
    char **inputs = optind < argc ? argv + optind : stdin_only;
    int n_inputs = optind < argc ? argc - optind : 1;
    dyad_conll_write_header(stdout);
    for (int i = 0; i < n_inputs; i++) {
        dyad_reader *r = dyad_reader_open(inputs[i], (enum dyad_input_format)format);
        if (!r) {
            failed_inputs++;
            continue;
        }
        while (dyad_reader_next(r, &doc)) {
            dyad_analyze(tagger, &doc);
            dyad_conll_write(stdout, &doc);
            docs++;
            sentences += doc.n_sentences;
            tokens += doc.n_tokens;
        }
        dyad_reader_close(r);
    }
    if (fflush(stdout) != 0) {
        perror("dyad tag: writing output");
        failed_inputs++;
    }
    if (stats)
        fprintf(stderr, "dyad tag: %zu document part(s), %zu sentences, %zu tokens, %zu warning(s)\n", docs, sentences,
                tokens, dyad_warning_count());
    dyad_document_free(&doc);
    dyad_tagger_free(tagger);
    return failed_inputs ? 1 : 0;
}
