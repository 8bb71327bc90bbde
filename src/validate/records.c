#include "records.h"
#include "../core/diag.h"
#include "../core/xalloc.h"
#include "../dict/dictfile.h"
#include "../post/dates.h"
#include <assert.h>
#include <ctype.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* ---- libxml2 messages: "dyad: FILE:LINE: warning: XML: ..." and at most a screenful ---- */

typedef struct {
    const char *name;
    size_t errors;
} xml_errors;

enum { MAX_XML_MESSAGES = 20 };

static void on_xml_error(void *ctx, xmlErrorPtr err)
{
    xml_errors *e = ctx;
    if (++e->errors > MAX_XML_MESSAGES) return;
    char msg[256];
    snprintf(msg, sizeof msg, "%s", err->message ? err->message : "malformed XML");
    msg[strcspn(msg, "\n")] = '\0';
    dyad_warn_line(e->name, (size_t)(err->line > 0 ? err->line : 0), "XML: %s", msg);
}

/* ---- small helpers over the tree ---- */

static int is_element(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* Text of nodes and their descendants, appended to *buf. References to entities the file declares
   itself are never expanded (a few hundred bytes of declarations can stand for gigabytes of text);
   the parser already turned character references and &amp; and its kind into text. */
static void collect_text(const xmlNode *n, char **buf, size_t *len, size_t *cap)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            size_t k = n->content ? strlen((const char *)n->content) : 0;
            dyad_grow((void **)buf, cap, *len + k + 1, 1);
            memcpy(*buf + *len, n->content, k);
            *len += k;
        } else if (n->type == XML_ELEMENT_NODE) {
            collect_text(n->children, buf, len, cap);
        }
    }
}

static const char *file_of(const xmlNode *n) { return n->doc && n->doc->URL ? (const char *)n->doc->URL : "<records>"; }

/* The text of an element's or attribute's children, without entity references (caller frees). */
static char *children_text(const xmlNode *children)
{
    size_t len = 0, cap = 0;
    char *buf = NULL;
    collect_text(children, &buf, &len, &cap);
    dyad_grow((void **)&buf, &cap, len + 1, 1);
    assert(buf);
    buf[len] = '\0';
    return buf;
}

/* The attribute's value with surrounding spaces removed (caller frees), or NULL. */
static char *attribute(const xmlNode *n, const char *name)
{
    xmlAttr *a = xmlHasProp(n, (const xmlChar *)name);
    if (!a || a->type != XML_ATTRIBUTE_NODE) return NULL;
    char *v = children_text(a->children);
    dyad_span t = dyad_span_trim((dyad_span){v, strlen(v)});
    memmove(v, t.s, t.n);
    v[t.n] = '\0';
    return v;
}

/* An element's text with every run of white space made one space, trimmed (caller frees). */
static char *text_of(const xmlNode *n)
{
    char *s = children_text(n->children);
    size_t len = strlen(s), o = 0;
    for (size_t i = 0; i < len; i++) {
        if (isspace((unsigned char)s[i])) {
            if (o && s[o - 1] != ' ') s[o++] = ' ';
        } else {
            s[o++] = s[i];
        }
    }
    while (o && s[o - 1] == ' ') o--;
    s[o] = '\0';
    return s;
}

static void push_string(char ***list, size_t *n, char *s)
{
    *list = dyad_xrealloc(*list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] = s;
}

/* "a.txt, b.txt" or "a.txt b.txt" into the list. */
static void push_words(char ***list, size_t *n, const char *text, const char *separators)
{
    const char *p = text;
    while (*p) {
        p += strspn(p, separators);
        size_t k = strcspn(p, separators);
        if (k) {
            char *w = dyad_xmalloc(k + 1);
            memcpy(w, p, k);
            w[k] = '\0';
            push_string(list, n, w);
        }
        p += k;
    }
}

/* ---- the elements ---- */

/* A dictionary the <Environment> names must be a plain file name, found next to the records file:
   a records file is data, and must not make dyad read "../../etc/passwd" or "/dev/zero". */
static int plain_file_name(const char *name)
{
    return *name && !strchr(name, '/') && !strchr(name, '\\') && strcmp(name, ".") != 0 && strcmp(name, "..") != 0;
}

static int environment_name(const xmlNode *n, const char *name)
{
    if (plain_file_name(name)) return 1;
    dyad_warn_line(file_of(n), (size_t)xmlGetLineNo(n),
                   "<%s> '%s' is not a plain file name in the records file's folder (no '/', no '..'); ignored",
                   (const char *)n->name, name);
    return 0;
}

static void set_file(char **slot, const xmlNode *n)
{
    char *name = text_of(n);
    if (!environment_name(n, name)) {
        free(name);
        return;
    }
    free(*slot);
    *slot = name;
}

static void read_actor_files(dyad_record_set *set, const xmlNode *n)
{
    char *t = text_of(n);
    size_t i = set->n_actorfiles;
    push_words(&set->actorfiles, &set->n_actorfiles, t, ", \t");
    free(t);
    while (i < set->n_actorfiles) {
        if (environment_name(n, set->actorfiles[i])) {
            i++;
            continue;
        }
        free(set->actorfiles[i]);
        memmove(set->actorfiles + i, set->actorfiles + i + 1, (set->n_actorfiles - i - 1) * sizeof *set->actorfiles);
        set->n_actorfiles--;
    }
}

static void read_environment(dyad_record_set *set, const xmlNode *env)
{
    for (const xmlNode *n = env->children; n; n = n->next) {
        if (is_element(n, "Verbfile"))
            set_file(&set->verbfile, n);
        else if (is_element(n, "Agentfile"))
            set_file(&set->agentfile, n);
        else if (is_element(n, "Discardfile"))
            set_file(&set->discardfile, n);
        else if (is_element(n, "Actorfile"))
            read_actor_files(set, n);
        else if (is_element(n, "Include")) {
            char *t = text_of(n);
            push_words(&set->include, &set->n_include, t, " \t");
            free(t);
        }
    }
}

int dyad_records_environment_path(const char *dir, const char *name, char *path, size_t size)
{
    int k = snprintf(path, size, "%s/%s", dir, name);
    struct stat st;
    if (!plain_file_name(name) || k < 0 || (size_t)k >= size) return -2;
    if (stat(path, &st) != 0) return -1;
    if (!S_ISREG(st.st_mode)) {
        dyad_warn_line(path, 0, "not a regular file; a records file may name only dictionary files");
        return -2;
    }
    if ((unsigned long long)st.st_size > DYAD_ENVIRONMENT_FILE_MAX) {
        dyad_warn_line(path, 0, "%llu bytes; a dictionary named by a records file may have at most %llu",
                       (unsigned long long)st.st_size, (unsigned long long)DYAD_ENVIRONMENT_FILE_MAX);
        return -2;
    }
    return 0;
}

static int truthy(const char *v) { return v && (strcasecmp(v, "true") == 0 || strcmp(v, "1") == 0); }

static void note_unsupported(dyad_record_set *set, const char *option)
{
    for (size_t i = 0; i < set->n_unsupported; i++)
        if (strcmp(set->unsupported[i], option) == 0) return;
    push_string(&set->unsupported, &set->n_unsupported, dyad_xstrdup(option));
}

/* The field of a comma_* option, or NULL. */
static int *comma_setting(dyad_comma_rule *r, const char *option)
{
    if (strcmp(option, "comma_min") == 0) return &r->min;
    if (strcmp(option, "comma_max") == 0) return &r->max;
    if (strcmp(option, "comma_bmin") == 0) return &r->bmin;
    if (strcmp(option, "comma_bmax") == 0) return &r->bmax;
    if (strcmp(option, "comma_emin") == 0) return &r->emin;
    if (strcmp(option, "comma_emax") == 0) return &r->emax;
    return NULL;
}

static void read_config(dyad_record_set *set, const xmlNode *n, dyad_record_config *config)
{
    char *option = attribute(n, "option"), *value = attribute(n, "value");
    int *comma = option ? comma_setting(&config->comma, option) : NULL;
    if (comma)
        *comma = value ? atoi(value) : 0;
    else if (option && strcmp(option, "require_dyad") == 0)
        config->require_dyad = truthy(value);
    else if (option && strcmp(option, "new_actor_length") == 0)
        config->new_actor_length = value ? atoi(value) : 0;
    else if (option && strcmp(option, "stop_on_error") != 0)
        note_unsupported(set, option); /* dyad never stops */
    free(option);
    free(value);
}

/* date="yyyymmdd"; 0 when missing, and when it is no day of the calendar (warned: an impossible
   date would be resolved against and written out). */
static int32_t parse_date(const xmlNode *n, const char *s)
{
    if (!s) return 0;
    int digits = strlen(s) == 8;
    for (int i = 0; digits && i < 8; i++) digits = isdigit((unsigned char)s[i]) != 0;
    int32_t date = digits ? (int32_t)atol(s) : 0;
    if (dyad_date_is_valid(date)) return date;
    dyad_warn_line(file_of(n), (size_t)xmlGetLineNo(n),
                   "<Sentence date=\"%s\"> is not a day of the calendar as yyyymmdd; "
                   "the record is coded without a date",
                   s);
    return 0;
}

static void read_coding(dyad_record *r, const xmlNode *n)
{
    char *error = attribute(n, "error"), *none = attribute(n, "noevents");
    if (error) {
        r->expect = DYAD_EXPECT_ERROR;
        free(r->error_kind);
        r->error_kind = error;
    } else if (none) {
        if (r->expect == DYAD_EXPECT_EVENTS && !r->n_events) r->expect = DYAD_EXPECT_NONE;
    } else {
        dyad_expected_event e = {attribute(n, "sourcecode"), attribute(n, "targetcode"), attribute(n, "eventcode")};
        if (!e.source) e.source = dyad_xstrdup("");
        if (!e.target) e.target = dyad_xstrdup("");
        if (!e.code) e.code = dyad_xstrdup("");
        r->events = dyad_xrealloc(r->events, (r->n_events + 1) * sizeof *r->events);
        r->events[r->n_events++] = e;
        r->expect = DYAD_EXPECT_EVENTS;
    }
    free(none);
}

/* Letters and digits of a text, lower-cased, each with where its word starts and ends in the
 * source; what the comparison of <Text> and <Parse> runs on, so tokenization (n't, quotes,
 * brackets as -LRB-) does not count as a difference. */
typedef struct {
    char *chars;
    size_t *word_start, *word_end;
    size_t n;
} letter_stream;

static void stream_add_word(letter_stream *st, const char *src, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)src[i];
        if (!isalnum(c) && c < 0x80) continue;
        st->chars[st->n] = (char)tolower(c);
        st->word_start[st->n] = from;
        st->word_end[st->n] = to;
        st->n++;
    }
}

static void stream_init(letter_stream *st, size_t cap)
{
    st->chars = dyad_xmalloc(cap + 1);
    st->word_start = dyad_xmalloc((cap + 1) * sizeof *st->word_start);
    st->word_end = dyad_xmalloc((cap + 1) * sizeof *st->word_end);
    st->n = 0;
}

static void stream_free(letter_stream *st)
{
    free(st->chars);
    free(st->word_start);
    free(st->word_end);
}

/* The words of a text, split at white space. */
static void text_stream(const char *text, letter_stream *st)
{
    size_t len = strlen(text);
    stream_init(st, len);
    for (size_t i = 0; i < len;) {
        while (i < len && isspace((unsigned char)text[i])) i++;
        size_t from = i;
        while (i < len && !isspace((unsigned char)text[i])) i++;
        stream_add_word(st, text, from, i);
    }
}

/* The leaves of a bracketed parse, "(NN Congresses)"; bracket tokens such as -LRB- are left out. */
static void parse_stream(const char *parse, letter_stream *st)
{
    size_t len = strlen(parse);
    stream_init(st, len);
    for (size_t i = 0; i < len; i++) {
        if (parse[i] != '(') continue;
        size_t j = i + 1;
        while (j < len && !isspace((unsigned char)parse[j]) && parse[j] != '(' && parse[j] != ')') j++; /* the tag */
        while (j < len && isspace((unsigned char)parse[j])) j++;
        size_t from = j;
        while (j < len && !isspace((unsigned char)parse[j]) && parse[j] != '(' && parse[j] != ')') j++;
        if (j < len && parse[j] == ')' && j > from && !(parse[from] == '-' && parse[j - 1] == '-'))
            stream_add_word(st, parse, from, j);
    }
}

static void describe_word(char *out, size_t size, const letter_stream *st, size_t at, const char *src)
{
    if (at >= st->n)
        snprintf(out, size, "nothing");
    else
        snprintf(out, size, "'%.*s'", (int)(st->word_end[at] - st->word_start[at]), src + st->word_start[at]);
}

/* NULL when the parse has the text's words, else where they first differ. */
static char *parse_difference(const char *text, const char *parse)
{
    letter_stream t, p;
    text_stream(text, &t);
    parse_stream(parse, &p);
    size_t i = 0;
    while (i < t.n && i < p.n && t.chars[i] == p.chars[i]) i++;
    char *difference = NULL;
    if (i < t.n || i < p.n) {
        char in_text[80], in_parse[80], buf[200];
        describe_word(in_text, sizeof in_text, &t, i, text);
        describe_word(in_parse, sizeof in_parse, &p, i, parse);
        snprintf(buf, sizeof buf, "%s in the text, %s in the parse", in_text, in_parse);
        difference = dyad_xstrdup(buf);
    }
    stream_free(&t);
    stream_free(&p);
    return difference;
}

static void read_sentence(dyad_record_set *set, const xmlNode *s, const dyad_record_config *config)
{
    dyad_grow((void **)&set->records, &set->cap_records, set->n_records + 1, sizeof *set->records);
    dyad_record *r = &set->records[set->n_records++];
    memset(r, 0, sizeof *r);
    r->id = attribute(s, "id");
    if (!r->id) r->id = dyad_xstrdup("(no id)");
    r->category = attribute(s, "category");
    if (!r->category) r->category = dyad_xstrdup("");
    char *date = attribute(s, "date");
    r->date = parse_date(s, date);
    free(date);
    r->line = xmlGetLineNo(s);
    r->config = *config;
    char *parse = NULL;
    for (const xmlNode *n = s->children; n; n = n->next) {
        if (is_element(n, "EventCoding"))
            read_coding(r, n);
        else if (is_element(n, "Text")) {
            free(r->text);
            r->text = text_of(n);
        } else if (is_element(n, "Parse")) {
            free(parse);
            parse = text_of(n);
        }
    }
    if (!r->text) r->text = dyad_xstrdup("");
    if (parse) r->parse_differs = parse_difference(r->text, parse);
    free(parse);
}

/* Records may sit at any depth (<Validation><Sentences>...); <Config> applies in document order. */
static void walk(dyad_record_set *set, const xmlNode *first, dyad_record_config *config)
{
    for (const xmlNode *n = first; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is_element(n, "Environment"))
            read_environment(set, n);
        else if (is_element(n, "Config"))
            read_config(set, n, config);
        else if (is_element(n, "Sentence"))
            read_sentence(set, n, config);
        else
            walk(set, n->children, config);
    }
}

/* No file, no network: a records file must not make libxml2 read anything else (XXE). */
static xmlParserInputPtr refuse_external(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)id;
    dyad_warn_line(ctxt && ctxt->input && ctxt->input->filename ? ctxt->input->filename : "<records>",
                   ctxt && ctxt->input ? (size_t)ctxt->input->line : 0, "XML: external entity or DTD '%s' not read",
                   url ? url : "");
    return NULL;
}

/* Entities the file declares are never expanded (see collect_text); said once, where declared. */
static void warn_declared_entities(const char *name, const xmlDoc *doc)
{
    const xmlDtd *dtd = doc->intSubset;
    for (const xmlNode *n = dtd ? dtd->children : NULL; n; n = n->next)
        if (n->type == XML_ENTITY_DECL) {
            dyad_warn_line(name, 0,
                           "XML: the file declares entities ('%s', ...); references to them are left out of "
                           "the records",
                           (const char *)n->name);
            return;
        }
}

static xmlDoc *read_xml(const char *name, const char *xml, size_t len)
{
    xml_errors errors = {name, 0};
    xmlSetStructuredErrorFunc(&errors, on_xml_error);
    xmlExternalEntityLoader loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(refuse_external);
    /* no network, no entity substitution (XML_PARSE_NOENT), no external DTD, libxml2's default
       limits (no XML_PARSE_HUGE): a records file is data, not a program */
    int options = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOWARNING;
    xmlDoc *doc = len <= (size_t)INT32_MAX ? xmlReadMemory(xml, (int)len, name, NULL, options) : NULL;
    xmlSetExternalEntityLoader(loader);
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (errors.errors > MAX_XML_MESSAGES)
        dyad_warn_line(name, 0, "XML: %zu problems in all, the first %d shown", errors.errors, MAX_XML_MESSAGES);
    if (doc) warn_declared_entities(name, doc);
    return doc;
}

int dyad_records_parse(dyad_record_set *set, const char *name, const char *xml, size_t len)
{
    memset(set, 0, sizeof *set);
    xmlDoc *doc = read_xml(name, xml, len);
    if (!doc) {
        dyad_warn_line(name, 0, "not a readable XML document; no records");
        return -1;
    }
    /* PETRARCH's defaults, which its validation records assume */
    dyad_record_config config = {.require_dyad = 1, .new_actor_length = 0, .comma = {2, 8, 0, 0, 2, 8}};
    walk(set, xmlDocGetRootElement(doc), &config);
    xmlFreeDoc(doc);
    if (!set->n_records) {
        dyad_warn_line(name, 0, "no <Sentence> records found");
        return -1;
    }
    return 0;
}

static long records_text(void *set, const char *name, const char *xml, size_t len)
{
    return dyad_records_parse(set, name, xml, len);
}

int dyad_records_load(dyad_record_set *set, const char *path)
{
    memset(set, 0, sizeof *set); /* stays empty when the file cannot be read */
    return dyad_load_file(path, records_text, set) == 0 ? 0 : -1;
}

static void free_strings(char **list, size_t n)
{
    for (size_t i = 0; i < n; i++) free(list[i]);
    free(list);
}

void dyad_records_free(dyad_record_set *set)
{
    for (size_t i = 0; i < set->n_records; i++) {
        dyad_record *r = &set->records[i];
        for (size_t e = 0; e < r->n_events; e++) {
            free(r->events[e].source);
            free(r->events[e].target);
            free(r->events[e].code);
        }
        free(r->events);
        free(r->id);
        free(r->category);
        free(r->text);
        free(r->parse_differs);
        free(r->error_kind);
    }
    free(set->records);
    free(set->verbfile);
    free(set->agentfile);
    free(set->discardfile);
    free_strings(set->actorfiles, set->n_actorfiles);
    free_strings(set->include, set->n_include);
    free_strings(set->unsupported, set->n_unsupported);
    memset(set, 0, sizeof *set);
}

int dyad_records_included(const dyad_record_set *set, const char *category)
{
    if (!set->n_include) return 1;
    for (size_t i = 0; i < set->n_include; i++)
        if (strcmp(set->include[i], category) == 0) return 1;
    return 0;
}
