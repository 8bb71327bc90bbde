#include "segment.h"
#include "utf8.h"
#include "../core/diag.h"
#include "../core/strmap.h"
#include "../core/xalloc.h"
#include "../lexicon/lexicon.h"
#include <string.h>
#include <strings.h>

/* ---- scanning the original bytes ---- */

typedef struct {
    const unsigned char *s;
    size_t n;
} text_view;

/* Classes of the ASCII bytes (other bytes have none): most of the text is ASCII, and the scanner
 * and add_token read them from this table rather than decode them. */
enum { ASCII_LETTER = 1, ASCII_UPPER = 2, ASCII_DIGIT = 4, ASCII_JOINER = 8 };
/* ASCII_JOINER: the bytes inside a word that may join it to the next as a dictionary key reads
 * it (see DYAD_TOK_NO_JOINER) */
static const uint8_t ascii_class[256] = {['0' ... '9'] = ASCII_DIGIT,  ['A' ... 'Z'] = ASCII_LETTER | ASCII_UPPER,
                                         ['a' ... 'z'] = ASCII_LETTER, [' '] = ASCII_JOINER,
                                         ['-'] = ASCII_JOINER,         ['_'] = ASCII_JOINER,
                                         ['\''] = ASCII_JOINER};

static uint32_t peek(text_view t, size_t i, int *len)
{
    int bad;
    if (i >= t.n) {
        *len = 0;
        return 0;
    }
    return dyad_utf8_decode(t.s + i, t.n - i, len, &bad);
}

static int is_word_char(uint32_t cp) { return dyad_is_letter(cp) || dyad_is_digit(cp); }

static int is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

/* Does the word take a period that does not end the sentence by itself ("Corp.", "Gen.", "Jan.",
 * "Tue.")? The lexicon lists such abbreviations with their period. */
static int is_abbreviation(const char *w, size_t n)
{
    char dotted[64];
    if (n + 1 > sizeof dotted) return 0;
    memcpy(dotted, w, n);
    dotted[n] = '.';
    return (dyad_word_classes_n(dotted, n + 1)
            & (DYAD_WC_MASK(DYAD_WC_ABBREVIATION) | DYAD_WC_MASK(DYAD_WC_TITLE) | DYAD_WC_MASK(DYAD_WC_MONTH)
               | DYAD_WC_MASK(DYAD_WC_WEEKDAY)))
           != 0;
}

/* "U.S", "a.m", "J" (initial): letters separated by periods, each run one or two letters long. */
static int is_dotted_initials(const unsigned char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            if (run == 0) return 0;
            run = 0;
            continue;
        }
        if (!((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) return 0;
        if (++run > 2) return 0;
    }
    return run >= 1 && (n == 1 || memchr(s, '.', n) != NULL);
}

/* ---- building tokens ---- */

typedef struct {
    dyad_document *doc;
    text_view t;
    uint16_t pending_flags; /* whitespace seen before the next token */
    int open_double;        /* an ASCII double quote is open */
} tokenizer;

static int is_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return 0;
    return 1;
}

/* Sets the flags a token's letters and digits tell (capitalised, all capitals, has a digit). */
static void set_letter_flags(dyad_token *tok, int letters, int uppers, int first_letter_upper, int digits)
{
    if (first_letter_upper) tok->flags |= DYAD_TOK_CAPITALIZED;
    if (digits) tok->flags |= DYAD_TOK_HAS_DIGIT;
    if (letters >= 2 && uppers == letters) tok->flags |= DYAD_TOK_ALL_CAPS;
}

/* The flags add_ascii_text sets: they follow from the text alone. */
#define TEXT_FLAGS (DYAD_TOK_CAPITALIZED | DYAD_TOK_HAS_DIGIT | DYAD_TOK_ALL_CAPS | DYAD_TOK_NO_JOINER)

/* A token whose text an earlier token has: it shares that token's copies, folds, hashes, classes
 * and letter flags, which follow from the text alone, rather than making them again. */
static void repeat_word(dyad_document *doc, dyad_token *tok, uint32_t word)
{
    const dyad_token *first = &doc->tokens[doc->words.words[word].first_token];
    tok->flags |= first->flags & TEXT_FLAGS;
    tok->text = first->text;
    tok->upper = first->upper;
    tok->lower = first->lower;
    tok->upper_len = first->upper_len;
    tok->lower_len = first->lower_len;
    tok->text_hash = first->text_hash;
    tok->upper_hash = first->upper_hash;
    tok->lower_hash = first->lower_hash;
    tok->text_classes = first->text_classes;
    tok->word = word;
}

/* Does ASCII text hold a joiner? Asked only of text with a byte other than a letter or digit. */
static int has_joiner(const char *text, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ascii_class[(unsigned char)text[i]] & ASCII_JOINER) return 1;
    return 0;
}

/* Text all in ASCII and no longer than DYAD_UPPER_COPY_MAX bytes (nearly every token): a word the
 * document has had shares its first token's; a new one is copied, classified by a table and
 * folded both ways in one pass, with no decoding, in one allocation, its word classes looked up
 * already in lower case, and added to the document's words. Sets what add_text and add_folds set. */
static void add_ascii_text(dyad_document *doc, dyad_token *tok, const char *text, size_t n)
{
    uint32_t hash = dyad_strmap_hash(text, n);
    uint32_t word = dyad_words_find(&doc->words, text, n, hash);
    if (word) {
        repeat_word(doc, tok, word);
        return;
    }
    char *out = dyad_arena_alloc_bytes(&doc->arena, 3 * (n + 1)), *upper = out + n + 1, *lower = upper + n + 1;
    int letters = 0, uppers = 0, first_letter_upper = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        uint8_t cls = ascii_class[(unsigned char)c];
        if (cls & ASCII_UPPER) {
            first_letter_upper |= !letters;
            uppers++;
        }
        letters += cls & ASCII_LETTER;
        digits += (cls & ASCII_DIGIT) != 0;
        out[i] = c;
        upper[i] = (cls & (ASCII_LETTER | ASCII_UPPER)) == ASCII_LETTER ? (char)(c - 32) : c;
        lower[i] = cls & ASCII_UPPER ? (char)(c + 32) : c;
    }
    out[n] = upper[n] = lower[n] = '\0';
    set_letter_flags(tok, letters, uppers, first_letter_upper, digits);
    if ((size_t)(letters + digits) == n || !has_joiner(text, n)) tok->flags |= DYAD_TOK_NO_JOINER;
    tok->text = out;
    tok->upper = upper;
    tok->lower = lower;
    tok->upper_len = tok->lower_len = (uint32_t)n;
    tok->text_hash = hash;
    /* text with no upper-case letter is its own lower case, and with no lower-case one its own upper */
    tok->lower_hash = uppers ? dyad_strmap_hash(lower, n) : hash;
    tok->upper_hash = uppers == letters ? hash : dyad_strmap_hash(upper, n);
    tok->text_classes = dyad_word_classes_lower(lower, n, tok->lower_hash);
    tok->word = dyad_words_add(&doc->words, out, n, hash, (uint32_t)(tok - doc->tokens));
}

/* Any other text: decoded, with typographic apostrophes folded and invalid bytes replaced. Text
 * that comes out all in ASCII is then folded as add_ascii_text folds it; other text goes
 * through dyad_word_classes and dyad_utf8_upper_copy. */
static void add_text(dyad_document *doc, dyad_token *tok, const char *text, size_t text_len)
{
    char *out = dyad_arena_alloc(&doc->arena, text_len * 3 + 1);
    size_t o = 0;
    int letters = 0, uppers = 0, first_letter_upper = 0, digits = 0, ascii = 1;
    for (size_t i = 0; i < text_len;) {
        int len, bad;
        uint32_t cp = dyad_utf8_decode((const unsigned char *)text + i, text_len - i, &len, &bad);
        if (bad) {
            doc->invalid_utf8++;
            tok->flags |= DYAD_TOK_REPLACED;
        }
        if (cp == 0x2019 || cp == 0x02BC) cp = '\'';
        if (dyad_is_letter(cp)) {
            if (dyad_is_upper(cp)) {
                first_letter_upper |= !letters;
                uppers++;
            }
            letters++;
        } else if (dyad_is_digit(cp)) {
            digits = 1;
        }
        if (cp < 0x80) {
            out[o++] = (char)cp;
        } else {
            o += (size_t)dyad_utf8_encode(cp, out + o);
            ascii = 0;
        }
        i += (size_t)len;
    }
    out[o] = '\0';
    if (ascii && o <= DYAD_UPPER_COPY_MAX) {
        add_ascii_text(doc, tok, out, o);
        return;
    }
    set_letter_flags(tok, letters, uppers, first_letter_upper, digits);
    tok->text = out;
    tok->text_classes = dyad_word_classes(out);
    tok->upper = dyad_utf8_upper_copy(&doc->arena, out, &tok->upper_len);
    if (tok->upper) tok->upper_hash = dyad_strmap_hash(tok->upper, tok->upper_len);
}

static void add_token(tokenizer *tk, size_t start, size_t end, const char *text, size_t text_len)
{
    dyad_document *doc = tk->doc;
    dyad_grow((void **)&doc->tokens, &doc->cap_tokens, doc->n_tokens + 1, sizeof *doc->tokens);
    dyad_token *tok = &doc->tokens[doc->n_tokens++];
    memset(tok, 0, sizeof *tok);
    tok->start = (uint32_t)start;
    tok->end = (uint32_t)end;
    tok->chunk_index = UINT32_MAX;
    tok->flags = tk->pending_flags;
    tk->pending_flags = 0;
    if (text_len <= DYAD_UPPER_COPY_MAX && is_ascii(text, text_len))
        add_ascii_text(doc, tok, text, text_len);
    else
        add_text(doc, tok, text, text_len);
}

static void add_literal(tokenizer *tk, size_t start, size_t end, const char *text)
{
    add_token(tk, start, end, text, strlen(text));
}

static void add_span(tokenizer *tk, size_t start, size_t end)
{
    add_token(tk, start, end, (const char *)tk->t.s + start, end - start);
}

/* Length of a clitic ('s 're 've 'll 'd 'm) starting with the apostrophe at i, or 0. */
static size_t clitic_length(text_view t, size_t i)
{
    int alen;
    peek(t, i, &alen);
    size_t j = i + (size_t)alen;
    size_t k = j;
    while (k < t.n && ((t.s[k] | 0x20) >= 'a' && (t.s[k] | 0x20) <= 'z') && k - j < 3) k++;
    int next_len;
    uint32_t next = peek(t, k, &next_len);
    if (next_len && is_word_char(next)) return 0;
    size_t n = k - j;
    const char *c = (const char *)t.s + j;
    if ((n == 1 && strchr("sSdDmM", c[0]))
        || (n == 2 && (strncasecmp(c, "re", 2) == 0 || strncasecmp(c, "ve", 2) == 0 || strncasecmp(c, "ll", 2) == 0)))
        return k - i;
    return 0;
}

/* Scans a word from i: letters and digits with internal periods, hyphens, slashes, apostrophes,
 * and number separators. Returns its end. */
static size_t scan_word(text_view t, size_t i)
{
    size_t end = i;
    for (;;) {
        const unsigned char *s = t.s;
        /* ASCII letters and digits: most of a word */
        while (end < t.n && ascii_class[s[end]] & (ASCII_LETTER | ASCII_DIGIT)) end++;
        int len;
        uint32_t cp = peek(t, end, &len);
        if (!len) break;
        if (is_word_char(cp) || cp == DYAD_REPLACEMENT_CHAR) {
            end += (size_t)len;
            continue;
        }
        int nlen;
        uint32_t next = peek(t, end + (size_t)len, &nlen);
        int prev_digit = end > i && t.s[end - 1] >= '0' && t.s[end - 1] <= '9';
        if ((cp == '.' || cp == '-' || cp == '/' || cp == '&' || cp == '_') && nlen && is_word_char(next) && end > i
            && !(cp == '.' && dyad_is_upper(next) && !prev_digit && !is_dotted_initials(t.s + i, end - i))) {
            end += (size_t)len;
            continue;
        }
        if ((cp == ',' || cp == ':') && prev_digit && nlen && dyad_is_digit(next)) {
            /* 1,000 and 10:30 but not "in 2024,2025" style lists of four digits */
            size_t k = end + 1, digits = 0;
            while (k < t.n && t.s[k] >= '0' && t.s[k] <= '9') {
                k++;
                digits++;
            }
            if (cp == ':' || digits == 3) {
                end += 1;
                continue;
            }
            break;
        }
        if (is_apostrophe(cp) && nlen && dyad_is_letter(next) && !clitic_length(t, end)) {
            /* O'Brien, but not a clitic; n't is split by the caller */
            size_t k = end + (size_t)len;
            if (!((t.s[k] | 0x20) == 't' && end > i && (t.s[end - 1] | 0x20) == 'n'
                  && !(k + 1 < t.n && is_word_char(t.s[k + 1])))) {
                end += (size_t)len;
                continue;
            }
        }
        break;
    }
    return end;
}

static void emit_word(tokenizer *tk, size_t start, size_t end)
{
    text_view t = tk->t;
    size_t n = end - start;
    const char *w = (const char *)t.s + start;
    /* n't: "don't" -> do n't, "can't" -> ca n't; the apostrophe follows the word. */
    int alen;
    uint32_t after = peek(t, end, &alen);
    if (alen && is_apostrophe(after) && end + (size_t)alen < t.n && (t.s[end + alen] | 0x20) == 't' && n >= 2
        && (w[n - 1] | 0x20) == 'n' && !(end + (size_t)alen + 1 < t.n && is_word_char(t.s[end + alen + 1]))) {
        add_span(tk, start, end - 1);
        add_token(tk, end - 1, end + (size_t)alen + 1, "n't", 3);
        return;
    }
    if (n == 6 && strncasecmp(w, "cannot", 6) == 0) {
        add_span(tk, start, start + 3);
        add_span(tk, start + 3, end);
        return;
    }
    /* "US" in capitals is the United States, written as news writes it with periods; the
     * pronoun "us" upper-cased would otherwise be read for it and it for the pronoun */
    if (n == 2 && memcmp(w, "US", 2) == 0) {
        add_literal(tk, start, end, "U.S.");
        return;
    }
    add_span(tk, start, end);
}

/* A word from i, with the period of an abbreviation or initial, a hyphenated compound after
 * an abbreviation ("U.S.-backed") and its clitics ("'s", "n't", the plural possessive "'");
 * returns where the next token starts. */
static size_t tokenize_word(tokenizer *tk, size_t i)
{
    text_view t = tk->t;
    size_t end = scan_word(t, i);
    int plen;
    uint32_t next = peek(t, end, &plen);
    size_t word_end = end;
    /* A period belongs to an abbreviation or an initial. */
    if (next == '.' && !(end + 1 < t.n && t.s[end + 1] == '.')) {
        const char *w = (const char *)t.s + i;
        size_t n = end - i;
        int nlen2;
        uint32_t after = peek(t, end + 1, &nlen2);
        int number_follows = nlen2 == 1 && after == ' ' && end + 2 < t.n && dyad_is_digit(t.s[end + 2]);
        int is_no = n == 2 && strncasecmp(w, "no", 2) == 0;
        if (is_dotted_initials(t.s + i, n) || (!is_no && is_abbreviation(w, n)) || (is_no && number_follows))
            word_end = end + 1;
    }
    /* "U.S.-backed": a hyphenated compound continues after the abbreviation's period */
    if (word_end == end + 1 && word_end + 1 < t.n && t.s[word_end] == '-' && is_word_char(t.s[word_end + 1]))
        word_end = end = scan_word(t, word_end + 1);
    if (word_end > i && t.s[word_end - 1] == '.')
        add_span(tk, i, word_end);
    else
        emit_word(tk, i, end);
    /* Clitics after the word */
    int alen;
    uint32_t ap = peek(t, word_end, &alen);
    if (alen && is_apostrophe(ap)) {
        size_t cl = clitic_length(t, word_end);
        if (cl) {
            add_span(tk, word_end, word_end + cl);
            return word_end + cl;
        }
        /* possessive plural: "workers' " */
        int nl;
        uint32_t nx = peek(t, word_end + (size_t)alen, &nl);
        if (word_end > i && (t.s[word_end - 1] | 0x20) == 's' && (!nl || !is_word_char(nx))) {
            add_literal(tk, word_end, word_end + (size_t)alen, "'");
            return word_end + (size_t)alen;
        }
    }
    /* emit_word may have consumed the n't after the word */
    if (tk->doc->n_tokens && tk->doc->tokens[tk->doc->n_tokens - 1].end > word_end)
        return tk->doc->tokens[tk->doc->n_tokens - 1].end;
    return word_end;
}

/* Quotes, dashes, ellipses and bullets in Penn Treebank spelling; returns where the next token
 * starts, or 0 when the character is none of them. */
static size_t tokenize_quote_or_dash(tokenizer *tk, size_t i, uint32_t cp, int len)
{
    text_view t = tk->t;
    switch (dyad_char_class(cp)) {
    case DYAD_CH_OPEN_DOUBLE:
        add_literal(tk, i, i + len, "``");
        tk->open_double = 1;
        return i + len;
    case DYAD_CH_CLOSE_DOUBLE:
        add_literal(tk, i, i + len, "''");
        tk->open_double = 0;
        return i + len;
    case DYAD_CH_DOUBLE_QUOTE: {
        /* Opening if it starts a word, closing if it ends one; otherwise alternate. */
        int nl;
        uint32_t nx = peek(t, i + len, &nl);
        int before_space = i == 0 || dyad_is_space(t.s[i - 1]) || strchr("([{-", t.s[i - 1]);
        int opening = before_space && nl && !dyad_is_space(nx) ? 1 : (!before_space ? 0 : !tk->open_double);
        add_literal(tk, i, i + len, opening ? "``" : "''");
        tk->open_double = opening;
        return i + len;
    }
    case DYAD_CH_OPEN_SINGLE: add_literal(tk, i, i + len, "`"); return i + len;
    case DYAD_CH_SINGLE_QUOTE:
    case DYAD_CH_CLOSE_SINGLE: {
        int before_space = i == 0 || dyad_is_space(t.s[i - 1]);
        add_literal(tk, i, i + len, before_space ? "`" : "'");
        return i + len;
    }
    case DYAD_CH_DASH: {
        size_t end = i + len;
        while (end < t.n && dyad_char_class(peek(t, end, &len)) == DYAD_CH_DASH) end += len;
        add_literal(tk, i, end, "--");
        return end;
    }
    case DYAD_CH_ELLIPSIS: add_literal(tk, i, i + len, "..."); return i + len;
    case DYAD_CH_BULLET: add_literal(tk, i, i + len, "*"); return i + len;
    default: return 0;
    }
}

static size_t tokenize_at(tokenizer *tk, size_t i)
{
    text_view t = tk->t;
    int len;
    uint32_t cp = peek(t, i, &len);
    if (is_word_char(cp) || cp == DYAD_REPLACEMENT_CHAR) return tokenize_word(tk, i);
    size_t next = tokenize_quote_or_dash(tk, i, cp, len);
    if (next) return next;
    if (cp == '-') {
        size_t end = i + 1;
        while (end < t.n && t.s[end] == '-') end++;
        /* A spaced hyphen or a run of hyphens is a dash. */
        int spaced = (i == 0 || dyad_is_space(t.s[i - 1])) && (end >= t.n || dyad_is_space(t.s[end]));
        add_literal(tk, i, end, (end - i >= 2 || spaced) ? "--" : "-");
        return end;
    }
    if (cp == '.') {
        size_t end = i;
        while (end < t.n && t.s[end] == '.') end++;
        if (end - i >= 2) {
            add_literal(tk, i, end, "...");
            return end;
        }
        add_literal(tk, i, i + 1, ".");
        return i + 1;
    }
    add_span(tk, i, i + len);
    return i + len;
}

static void tokenize(dyad_document *doc)
{
    tokenizer tk = {.doc = doc, .t = {(const unsigned char *)doc->text, doc->length}};
    int newlines = 0;
    for (size_t i = 0; i < tk.t.n;) {
        int len;
        uint32_t cp = peek(tk.t, i, &len);
        if (dyad_is_space(cp) || cp == 0) {
            tk.pending_flags |= DYAD_TOK_SPACE_BEFORE;
            if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
                newlines++;
                tk.pending_flags |= DYAD_TOK_NEWLINE_BEFORE;
                if (newlines >= 2 || cp == 0x2029) tk.pending_flags |= DYAD_TOK_PARAGRAPH_BEFORE;
            }
            i += (size_t)len;
            continue;
        }
        newlines = 0;
        i = tokenize_at(&tk, i);
    }
}

/* ---- sentences ---- */

/* ".", "!", "?", "...". Asked of every token: the first byte rules out most of them. */
static int is_terminal(const char *s)
{
    if (s[0] != '.' && s[0] != '!' && s[0] != '?') return 0;
    return s[1] == '\0' || strcmp(s, "...") == 0;
}

/* "''", "'", ")", "]". */
static int is_closing(const char *s)
{
    if (s[0] == ')' || s[0] == ']') return s[1] == '\0';
    return s[0] == '\'' && (s[1] == '\0' || (s[1] == '\'' && s[2] == '\0'));
}

/* Sentences of prose start with a capital, a digit or a quotation mark. */
static int starts_like_prose(const dyad_token *t)
{
    unsigned char c = (unsigned char)t->text[0];
    return (t->flags & DYAD_TOK_CAPITALIZED) || (c >= '0' && c <= '9') || strcmp(t->text, "``") == 0
           || strcmp(t->text, "`") == 0;
}

/* Any sentence starts like prose, or with a bracket, a bullet or a dash. */
static int starts_sentence(const dyad_token *t)
{
    unsigned char c = (unsigned char)t->text[0];
    return starts_like_prose(t) || c == '(' || c == '[' || strcmp(t->text, "*") == 0 || strcmp(t->text, "--") == 0;
}

/* Does an abbreviation token (ending in '.') end the sentence, given the next token? */
static int abbreviation_ends_sentence(const dyad_token *abbr, const dyad_token *next)
{
    size_t n = strlen(abbr->text);
    if (abbr->text_classes & DYAD_WC_MASK(DYAD_WC_TITLE)) return 0;
    if (!starts_sentence(next)) return 0;
    if (next->flags & DYAD_TOK_PARAGRAPH_BEFORE) return 1;
    /* An initial ("J. Smith") or a month before a number continues the sentence. */
    if (n == 2) return 0;
    if (next->flags & DYAD_TOK_HAS_DIGIT) return 0;
    /* "U.S. officials" continues; "in the U.S. The next day" ends: function words start sentences. */
    return (next->text_classes & DYAD_WC_MASK(DYAD_WC_SENTENCE_STARTER)) != 0;
}

/* ---- line widths: intended line breaks against hard wrapping ---- */

static size_t line_start(text_view t, size_t at)
{
    while (at > 0 && t.s[at - 1] != '\n') at--;
    return at;
}

static size_t line_end(text_view t, size_t at)
{
    const unsigned char *nl = memchr(t.s + at, '\n', t.n - at);
    return nl ? (size_t)(nl - t.s) : t.n;
}

/* Width in characters (code points) of s[0..n), trailing whitespace left out. */
static size_t text_width(const unsigned char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
    size_t width = 0;
    for (size_t i = 0; i < n; i++) width += (s[i] & 0xC0) != 0x80;
    return width;
}

/* The paragraph (lines between blank lines) last measured, and its longest line. */
typedef struct {
    size_t start, end, longest;
} paragraph_lines;

static void measure_paragraph(text_view t, size_t at, paragraph_lines *p)
{
    if (p->end > p->start && at >= p->start && at <= p->end) return;
    size_t start = line_start(t, at), end = line_end(t, at);
    size_t longest = text_width(t.s + start, end - start);
    while (start > 0) {
        size_t prev = line_start(t, start - 1), width = text_width(t.s + prev, start - 1 - prev);
        if (!width) break;
        if (width > longest) longest = width;
        start = prev;
    }
    while (end < t.n) {
        size_t next = line_end(t, end + 1), width = text_width(t.s + end + 1, next - end - 1);
        if (!width) break;
        if (width > longest) longest = width;
        end = next;
    }
    *p = (paragraph_lines){start, end, longest};
}

/* Would the first word of the next line have fitted at the end of this one? Then the line was
 * broken on purpose (a headline, a list item). Text hard-wrapped at a fixed width breaks only
 * where the next word does not fit, and no line of it is longer than that width, so it is never
 * taken for a break here. */
static int line_ends_by_choice(text_view t, const dyad_token *last, const dyad_token *next, paragraph_lines *p)
{
    measure_paragraph(t, last->start, p);
    size_t start = line_start(t, last->start);
    size_t word_end = next->start;
    while (word_end < t.n && t.s[word_end] > ' ') word_end++; /* bytes, so ASCII whitespace only */
    size_t line_width = text_width(t.s + start, last->end - start);
    size_t word_width = text_width(t.s + next->start, word_end - next->start);
    return line_width + 1 + word_width <= p->longest;
}

/* A line that ends without final punctuation (a headline, dateline or list item) ends a sentence
 * when the next line starts one. Such a line cannot be told from running text wrapped at a fixed
 * width by its last word ("talks with President\nPutin on Friday" is wrapped, "Ruto Vows Crackdown
 * After Deadly Protests\nPresident William Ruto said" is a headline), so only a line broken on
 * purpose ends the sentence. */
static int line_break_ends_sentence(text_view t, const dyad_token *prev, const dyad_token *next, paragraph_lines *p)
{
    if (next->flags & DYAD_TOK_PARAGRAPH_BEFORE) return 1;
    if (!(next->flags & DYAD_TOK_NEWLINE_BEFORE)) return 0;
    if (strcmp(next->text, "*") == 0 || strcmp(next->text, "--") == 0) return 1;
    int prev_is_continuation = strcmp(prev->text, ",") == 0 || strcmp(prev->text, "--") == 0;
    if (prev_is_continuation) return 0;
    return starts_like_prose(next) && line_ends_by_choice(t, prev, next, p);
}

/* Index of the token after a dateline such as "KYIV, Ukraine (Reuters) -", or 0 if none. */
static size_t dateline_end(const dyad_document *doc, size_t first, size_t last)
{
    if (!(doc->tokens[first].flags & (DYAD_TOK_ALL_CAPS | DYAD_TOK_CAPITALIZED))) return 0;
    for (size_t i = first + 1; i < last && i < first + 14; i++) {
        const char *s = doc->tokens[i].text;
        if (doc->tokens[i].flags & DYAD_TOK_NEWLINE_BEFORE) return 0;
        if (strcmp(s, "--") == 0 || strcmp(s, "-") == 0) {
            int has_agency_or_caps = (doc->tokens[first].flags & DYAD_TOK_ALL_CAPS) != 0;
            for (size_t j = first; j < i; j++)
                if (strcmp(doc->tokens[j].text, "(") == 0) has_agency_or_caps = 1;
            return has_agency_or_caps && i + 1 < last ? i + 1 : 0;
        }
        if (is_terminal(s)) return 0;
    }
    return 0;
}

static void add_sentence(dyad_document *doc, size_t first, size_t end)
{
    if (end <= first) return;
    dyad_grow((void **)&doc->sentences, &doc->cap_sentences, doc->n_sentences + 1, sizeof *doc->sentences);
    dyad_sentence *s = &doc->sentences[doc->n_sentences++];
    memset(s, 0, sizeof *s);
    s->first_token = (uint32_t)first;
    s->n_tokens = (uint32_t)(end - first);
    s->start = doc->tokens[first].start;
    size_t word = first;
    while (word + 1 < end
           && (strcmp(doc->tokens[word].text, "``") == 0 || strcmp(doc->tokens[word].text, "`") == 0
               || strcmp(doc->tokens[word].text, "(") == 0 || strcmp(doc->tokens[word].text, "*") == 0))
        word++;
    doc->tokens[word].flags |= DYAD_TOK_SENTENCE_START;
    s->end = doc->tokens[end - 1].end;
}

/* Over-long sentences split in one document: the first is warned about with its byte offset, the
   count at the end. */
typedef struct {
    size_t count, first_offset;
} long_sentences;

/* Where to split the run-on sentence [first, i): after the last ',', ';', ':' or dash in its second
   half, else before token i. */
static size_t run_on_cut(const dyad_document *doc, size_t first, size_t i)
{
    for (size_t j = i - 1; j > first + (i - first) / 2; j--) {
        const char *t = doc->tokens[j].text;
        if (strcmp(t, ",") == 0 || strcmp(t, ";") == 0 || strcmp(t, ":") == 0 || strcmp(t, "--") == 0) return j + 1;
    }
    return i;
}

/* Whether token i would make the sentence from first longer than either maximum. */
static int run_on(const dyad_document *doc, size_t first, size_t i)
{
    return i > first
           && (i - first >= DYAD_SENTENCE_MAX_TOKENS
               || doc->tokens[i].end - doc->tokens[first].start > DYAD_SENTENCE_MAX_BYTES);
}

static void note_long_sentence(const dyad_document *doc, size_t first, long_sentences *l)
{
    if (!l->count++) l->first_offset = doc->base_offset + doc->tokens[first].start;
}

static void warn_long_sentences(const dyad_document *doc, const long_sentences *l)
{
    if (!l->count) return;
    dyad_warn_byte(
        doc->input_name ? doc->input_name : "<input>", l->first_offset,
        "%zu sentence(s) longer than %u tokens or %u bytes (run-on text without full stops) split into parts; "
        "this is the first",
        l->count, DYAD_SENTENCE_MAX_TOKENS, DYAD_SENTENCE_MAX_BYTES);
}

static void split_sentences(dyad_document *doc)
{
    size_t n = doc->n_tokens, first = 0;
    text_view text = {(const unsigned char *)doc->text, doc->length};
    paragraph_lines paragraph = {0, 0, 0};
    long_sentences too_long = {0, 0};
    for (size_t i = 0; i < n; i++) {
        const dyad_token *t = &doc->tokens[i];
        if (i == first) {
            size_t d = dateline_end(doc, first, n);
            if (d) {
                add_sentence(doc, first, d);
                first = d;
                i = d - 1;
                continue;
            }
        }
        /* run-on text (tables, lists, junk, a line without full stops) is cut into bounded pieces:
           later stages, and the output, which repeats the sentence with each event, stay bounded */
        if (run_on(doc, first, i)) {
            note_long_sentence(doc, first, &too_long);
            size_t cut = run_on_cut(doc, first, i);
            add_sentence(doc, first, cut);
            first = cut;
            i = cut - 1;
            continue;
        }
        size_t end = i + 1;
        int boundary = 0;
        size_t tl = dyad_token_text_len(t);
        if (is_terminal(t->text)) {
            while (end < n && is_closing(doc->tokens[end].text)) end++;
            boundary =
                end >= n || starts_sentence(&doc->tokens[end]) || (doc->tokens[end].flags & DYAD_TOK_PARAGRAPH_BEFORE);
            /* "..." inside a quotation continues unless a capital follows after a space */
            if (strcmp(t->text, "...") == 0 && end < n && !(doc->tokens[end].flags & DYAD_TOK_SPACE_BEFORE))
                boundary = 0;
        } else if (tl > 1 && t->text[tl - 1] == '.' && end < n) {
            boundary = abbreviation_ends_sentence(t, &doc->tokens[end]);
        }
        if (!boundary && end < n) boundary = line_break_ends_sentence(text, t, &doc->tokens[end], &paragraph);
        if (boundary || end >= n) {
            add_sentence(doc, first, end);
            first = end;
            i = end - 1;
        }
    }
    warn_long_sentences(doc, &too_long);
}

void dyad_segment(dyad_document *doc)
{
    doc->n_tokens = doc->n_sentences = 0;
    dyad_words_clear(&doc->words);
    tokenize(doc);
    split_sentences(doc);
}
