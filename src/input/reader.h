/* Stage 0: reading articles from plain text files, stdin and JSON Lines.
 * A plain text input is one document, handed out in parts of at most a few megabytes cut at
 * paragraph breaks, so memory stays bounded on huge inputs. A JSON Lines input is one document
 * per record: {"id","date","source","url","title","text"}, only "text" required. Lines end at LF,
 * CR or CR LF; a line may hold several records; a leading UTF-8 byte order mark is skipped. A
 * record whose text is longer than DYAD_TEXT_PART_MAX is handed out in parts cut the same way,
 * named ID, ID#2, ID#3, ... (warned). An empty "id" or an impossible "date" is warned about and
 * not used. */
#ifndef DYAD_READER_H
#define DYAD_READER_H
#include "../core/document.h"

enum dyad_input_format { DYAD_INPUT_AUTO, DYAD_INPUT_TEXT, DYAD_INPUT_JSONL };

typedef struct dyad_reader dyad_reader;

/* path "-" reads stdin. Returns NULL after printing why when the input cannot be opened. */
dyad_reader *dyad_reader_open(const char *path, enum dyad_input_format format);
/* Reader over a memory buffer (tests, fuzzing); name is used in warnings. */
dyad_reader *dyad_reader_open_memory(const char *name, const char *data, size_t size, enum dyad_input_format format);
/* Loads the next document into doc (text and metadata); returns 0 at the end of the input.
 * Bad records are reported on stderr with input name and line, and skipped. */
int dyad_reader_next(dyad_reader *r, dyad_document *doc);
/* Records skipped because they were malformed. */
size_t dyad_reader_skipped(const dyad_reader *r);
void dyad_reader_close(dyad_reader *r);

/* Largest part of a plain text input handed out as one document, and largest JSON line accepted. */
#define DYAD_TEXT_PART_MAX (4u << 20)
#define DYAD_JSON_LINE_MAX (256u << 20)
#endif
