#include "reader.h"
#include "jsonl_fast.h"
#include "../core/diag.h"
#include "../core/xalloc.h"
#include "../post/dates.h"
#include <assert.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dyad_reader {
    const char *name;
    FILE *file; /* NULL for memory input */
    int owns_file;
    const char *mem;
    size_t mem_size, mem_pos;
    enum dyad_input_format format;

    char *buf;
    size_t buf_pos, buf_len, buf_cap; /* buf[buf_pos..buf_len) is read but not handed out */
    size_t consumed;                  /* input offset of buf[buf_pos] */
    int eof;
    size_t line;      /* JSON Lines: number of the last line read */
    size_t line_used; /* JSON Lines: bytes of that line already read, when it holds more records */
    size_t skipped;
    json_t *record;       /* JSON Lines: the record whose text the current document points into */
    size_t part_at, part; /* JSON Lines: where the record's next part starts, parts handed out */
};

static size_t pending(const dyad_reader *r) { return r->buf_len - r->buf_pos; }
static char *unread(const dyad_reader *r) { return r->buf + r->buf_pos; }

static size_t source_read(dyad_reader *r, char *dst, size_t n)
{
    if (!r->file) {
        size_t k = r->mem_size - r->mem_pos < n ? r->mem_size - r->mem_pos : n;
        memcpy(dst, r->mem + r->mem_pos, k);
        r->mem_pos += k;
        return k;
    }
    size_t k = fread(dst, 1, n, r->file);
    if (k < n && ferror(r->file)) {
        dyad_warn_byte(r->name, r->consumed + pending(r) + k, "read error: %s; the rest of this input is lost",
                       strerror(errno));
        clearerr(r->file);
        r->eof = 1;
    }
    return k;
}

/* Reads until at least want unread bytes are buffered or the input ends. */
static void fill(dyad_reader *r, size_t want)
{
    if (r->buf_pos && pending(r) < want) {
        memmove(r->buf, unread(r), pending(r));
        r->buf_len -= r->buf_pos;
        r->buf_pos = 0;
    }
    while (!r->eof && r->buf_len < want) {
        size_t chunk = 1u << 16;
        dyad_grow((void **)&r->buf, &r->buf_cap, r->buf_len + chunk + 1, 1);
        size_t k = source_read(r, r->buf + r->buf_len, chunk);
        if (k == 0) r->eof = 1;
        r->buf_len += k;
    }
}

static void drop(dyad_reader *r, size_t n)
{
    r->buf_pos += n;
    r->consumed += n;
}

static enum dyad_input_format detect_format(dyad_reader *r)
{
    size_t n = strlen(r->name);
    if ((n > 6 && strcmp(r->name + n - 6, ".jsonl") == 0) || (n > 7 && strcmp(r->name + n - 7, ".ndjson") == 0))
        return DYAD_INPUT_JSONL;
    fill(r, 4096);
    for (size_t i = 0; i < pending(r); i++) {
        char c = unread(r)[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        return c == '{' ? DYAD_INPUT_JSONL : DYAD_INPUT_TEXT;
    }
    return DYAD_INPUT_TEXT;
}

static dyad_reader *reader_new(const char *name, enum dyad_input_format format)
{
    dyad_reader *r = dyad_xcalloc(1, sizeof *r);
    r->name = dyad_xstrdup(name);
    r->format = format;
    return r;
}

/* A UTF-8 byte order mark at the start is no part of the text, and would hide a JSON Lines input's
   first '{' (read as prose, or the first record lost as invalid JSON). Byte offsets still count it. */
static void skip_bom(dyad_reader *r)
{
    fill(r, 3);
    if (pending(r) >= 3 && memcmp(unread(r), "\xEF\xBB\xBF", 3) == 0) drop(r, 3);
}

dyad_reader *dyad_reader_open(const char *path, enum dyad_input_format format)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot open: %s\n", path, strerror(errno));
        return NULL;
    }
    dyad_reader *r = reader_new(is_stdin ? "<stdin>" : path, format);
    r->file = f;
    r->owns_file = !is_stdin;
    skip_bom(r);
    if (r->format == DYAD_INPUT_AUTO) r->format = detect_format(r);
    return r;
}

dyad_reader *dyad_reader_open_memory(const char *name, const char *data, size_t size, enum dyad_input_format format)
{
    dyad_reader *r = reader_new(name, format);
    r->mem = data;
    r->mem_size = size;
    skip_bom(r);
    if (r->format == DYAD_INPUT_AUTO) r->format = detect_format(r);
    return r;
}

void dyad_reader_close(dyad_reader *r)
{
    if (!r) return;
    if (r->owns_file) fclose(r->file);
    if (r->record) json_decref(r->record);
    free((char *)r->name);
    free(r->buf);
    free(r);
}

size_t dyad_reader_skipped(const dyad_reader *r) { return r->skipped; }

/* ---- plain text ---- */

/* Where to cut a part of at most max bytes: after a blank line, else a line break, else a space,
 * else at a UTF-8 character boundary. */
static size_t text_cut(const char *s, size_t n, size_t max)
{
    if (n <= max) return n;
    for (size_t i = max; i > max / 2; i--)
        if (s[i - 1] == '\n' && i >= 2 && s[i - 2] == '\n') return i;
    for (size_t i = max; i > max / 2; i--)
        if (s[i - 1] == '\n') return i;
    for (size_t i = max; i > max / 2; i--)
        if (s[i - 1] == ' ') return i;
    size_t i = max;
    while (i > 1 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    return i;
}

static int next_text_part(dyad_reader *r, dyad_document *doc)
{
    fill(r, DYAD_TEXT_PART_MAX + 1);
    if (pending(r) == 0) return 0;
    size_t cut = text_cut(unread(r), pending(r), DYAD_TEXT_PART_MAX);
    dyad_document_reset(doc, NULL, 0);
    char *part = dyad_arena_strndup(&doc->arena, unread(r), cut);
    doc->text = part;
    doc->length = cut;
    doc->base_offset = r->consumed;
    doc->input_name = r->name;
    doc->id = r->name;
    drop(r, cut);
    return 1;
}

/* ---- JSON Lines ---- */

/* Where the line at unread(r) ends from scanned on: at its first CR or LF, or -1. */
static long line_end(const dyad_reader *r, size_t scanned)
{
    const char *from = unread(r) + scanned;
    size_t n = pending(r) - scanned;
    const char *nl = memchr(from, '\n', n), *cr = memchr(from, '\r', nl ? (size_t)(nl - from) : n);
    const char *end = cr ? cr : nl;
    return end ? (long)(end - unread(r)) : -1;
}

/* Finds the next line at unread(r)[0..*len) and its end of line, LF, CR or CR LF (*term bytes).
 * Lines longer than the limit are skipped as they stream past. Returns 0 at the end of the input. */
static int read_line(dyad_reader *r, size_t *len, size_t *term, int *too_long)
{
    *too_long = 0;
    size_t scanned = 0;
    for (;;) {
        long end = pending(r) > scanned ? line_end(r, scanned) : -1;
        /* a CR last in the buffer may be the first half of CR LF */
        if (end >= 0 && (unread(r)[end] == '\n' || (size_t)end + 1 < pending(r) || r->eof)) {
            *len = (size_t)end;
            *term = unread(r)[end] == '\r' && (size_t)end + 1 < pending(r) && unread(r)[end + 1] == '\n' ? 2 : 1;
            return 1;
        }
        scanned = end >= 0 ? (size_t)end : pending(r);
        if (pending(r) > DYAD_JSON_LINE_MAX) {
            *too_long = 1;
            drop(r, scanned);
            scanned = 0;
        }
        if (r->eof) {
            if (pending(r) == 0 && !*too_long) return 0;
            *len = pending(r);
            *term = 0;
            return 1;
        }
        fill(r, pending(r) + (1u << 16));
    }
}

static const char *copy_field(dyad_document *doc, json_t *record, const char *key)
{
    json_t *v = json_object_get(record, key);
    if (json_is_string(v)) return dyad_arena_strndup(&doc->arena, json_string_value(v), json_string_length(v));
    if (json_is_integer(v)) {
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
        return dyad_arena_strndup(&doc->arena, buf, strlen(buf));
    }
    return NULL;
}

/* "id" must name the record: one that is empty or not a string or number would make every such
   record the same article (ingest skips the later ones as duplicates); they are named lineN. */
static const char *record_id(dyad_reader *r, dyad_document *doc, json_t *rec)
{
    const char *id = copy_field(doc, rec, "id");
    if (id && id[strspn(id, " \t\r\n")] == '\0') id = NULL;
    if (!id && json_object_get(rec, "id") && r->part == 1)
        dyad_warn_line(r->name, r->line, "\"id\" is empty or not a string or number; the record is named line%zu",
                       r->line);
    if (id) return id;
    char buf[64];
    snprintf(buf, sizeof buf, "line%zu", r->line);
    return dyad_arena_strndup(&doc->arena, buf, strlen(buf));
}

/* "date" must be a day of the calendar; an impossible one is dropped, so the default date applies. */
static const char *record_date(dyad_reader *r, dyad_document *doc, json_t *rec)
{
    const char *date = copy_field(doc, rec, "date");
    if (!json_object_get(rec, "date") || json_is_null(json_object_get(rec, "date"))
        || (date && dyad_parse_iso_date(date)))
        return date;
    if (r->part > 1) return NULL;
    dyad_warn_line(r->name, r->line,
                   "\"date\" %s%s%s is not a calendar date YYYY-MM-DD; the default date is used instead",
                   date ? "'" : "", date ? date : "(not a string)", date ? "'" : "");
    return NULL;
}

/* The next part of the current record into doc: a text longer than DYAD_TEXT_PART_MAX is coded in
   parts cut as plain text is, so that memory stays bounded (a 100 MB record needed 4.4 GB whole);
   parts after the first are named ID#2, ID#3, ... so that each is an article of its own. */
static int next_record_part(dyad_reader *r, dyad_document *doc)
{
    json_t *rec = r->record, *text = json_object_get(rec, "text");
    const char *all = json_string_value(text);
    size_t len = json_string_length(text), at = r->part_at;
    assert(all && at <= len);
    if (at == len && r->part) return 0;
    size_t cut = text_cut(all + at, len - at, DYAD_TEXT_PART_MAX);
    r->part++;
    if (r->part == 1 && cut < len)
        dyad_warn_line(
            r->name, r->line,
            "record text of %zu bytes is coded in parts of at most %u bytes, cut at "
            "paragraph breaks (sentences are not linked across parts); parts after the first are named ID#2, "
            "ID#3, ...",
            len, DYAD_TEXT_PART_MAX);
    dyad_document_reset(doc, NULL, 0);
    doc->text = dyad_arena_strndup(&doc->arena, all + at, cut);
    doc->length = cut;
    doc->base_offset = at;
    doc->id = record_id(r, doc, rec);
    if (r->part > 1) {
        char *id = dyad_arena_alloc(&doc->arena, strlen(doc->id) + 24);
        sprintf(id, "%s#%zu", doc->id, r->part);
        doc->id = id;
    }
    doc->date = record_date(r, doc, rec);
    doc->source = copy_field(doc, rec, "source");
    doc->url = copy_field(doc, rec, "url");
    doc->title = copy_field(doc, rec, "title");
    doc->input_name = r->name;
    r->part_at = at + cut;
    assert(doc->id && doc->text);
    return 1;
}

/* Takes a parsed record and loads it (its first part) into doc; 0 (warned) when it is not an object
   with a string "text". */
static int take_record(dyad_reader *r, dyad_document *doc, json_t *rec)
{
    if (!json_is_object(rec)) {
        dyad_warn_line(r->name, r->line, "expected a JSON object with a \"text\" field; record skipped");
        return 0;
    }
    if (!json_is_string(json_object_get(rec, "text"))) {
        dyad_warn_line(r->name, r->line, "record has no string field \"text\"; record skipped");
        return 0;
    }
    r->record = rec;
    r->part_at = r->part = 0;
    return next_record_part(r, doc);
}

/* Parses the next JSON value of the current line (from its first non-blank byte); returns the
   record or NULL (warned). Sets *used to the bytes of the line it took, so that a second record on
   the same line is read next rather than lost. */
static json_t *parse_on_line(dyad_reader *r, size_t len, size_t start, size_t *used)
{
    json_t *rec = dyad_jsonl_fast_object(unread(r) + start, len - start);
    if (rec) { /* the whole line, as only spaces and tabs follow the object */
        *used = len;
        return rec;
    }
    json_error_t err;
    rec = json_loadb(unread(r) + start, len - start, JSON_ALLOW_NUL | JSON_DISABLE_EOF_CHECK, &err);
    if (!rec) {
        dyad_warn_line(r->name, r->line, "invalid JSON at column %zu: %s; rest of the line skipped",
                       r->line_used + start + (size_t)(err.column > 0 ? err.column : 1), err.text);
        *used = len;
        return NULL;
    }
    *used = start + (size_t)err.position;
    assert(*used <= len);
    return rec;
}

static int next_json_record(dyad_reader *r, dyad_document *doc)
{
    size_t len, term;
    int too_long;
    if (r->record && next_record_part(r, doc)) return 1;
    if (r->record) {
        json_decref(r->record);
        r->record = NULL;
    }
    while (read_line(r, &len, &term, &too_long)) {
        if (!r->line_used) r->line++;
        if (too_long) {
            dyad_warn_line(r->name, r->line, "line longer than %u bytes; skipped", DYAD_JSON_LINE_MAX);
            r->skipped++;
            drop(r, len + term);
            continue;
        }
        size_t start = 0, used;
        while (start < len && strchr(" \t", unread(r)[start])) start++;
        if (start == len) {
            r->line_used = 0;
            drop(r, len + term);
            continue;
        }
        json_t *rec = parse_on_line(r, len, start, &used);
        /* more on this line: keep it for the next call, on the same line number */
        size_t rest = used;
        while (rest < len && strchr(" \t", unread(r)[rest])) rest++;
        if (rest < len) {
            r->line_used += used;
            drop(r, used);
        } else {
            r->line_used = 0;
            drop(r, len + term);
        }
        if (rec && take_record(r, doc, rec)) return 1;
        if (rec) json_decref(rec);
        r->skipped++;
    }
    return 0;
}

int dyad_reader_next(dyad_reader *r, dyad_document *doc)
{
    return r->format == DYAD_INPUT_JSONL ? next_json_record(r, doc) : next_text_part(r, doc);
}
