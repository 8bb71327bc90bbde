/* Finding an event's source, target and verb in its sentence, so that the dashboard can mark
 * them. The store keeps the actors' words as they stand in the text but the verb only as its
 * block's name ("ATTACK"), so the verb is found by lemmatising the sentence's words. */
#include "api.h"
#include <ctype.h>
#include <string.h>

static int overlaps(long start, long end, const dyad_span *s)
{
    return s->start >= 0 && start < s->end && s->start < end;
}

/* The first occurrence of needle in hay that overlaps no span of avoid. */
static dyad_span find_text(const char *hay, const char *needle, const dyad_span *avoid, int n_avoid)
{
    dyad_span r = {-1, -1};
    size_t len = needle ? strlen(needle) : 0;
    if (!len) return r;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) {
        long start = p - hay, end = start + (long)len;
        int clash = 0;
        for (int i = 0; i < n_avoid; i++) clash |= overlaps(start, end, &avoid[i]);
        if (!clash) {
            r.start = start;
            r.end = end;
            return r;
        }
    }
    return r;
}

/* The block's first word, lower case: "SEND_AID" -> "send". */
static void verb_word(const char *verb, char *out, size_t size)
{
    size_t n = 0;
    for (; verb[n] && verb[n] != '_' && verb[n] != ' ' && n + 1 < size; n++)
        out[n] = (char)tolower((unsigned char)verb[n]);
    out[n] = '\0';
}

/* Dictionaries spell verbs the American way ("CRITICIZE"); British text says "criticised". */
static int same_verb(const char *lemma, const char *want)
{
    size_t n = strlen(lemma);
    if (strcmp(lemma, want) == 0) return 1;
    return n >= 4 && strlen(want) == n && strncmp(lemma, want, n - 2) == 0 && strcmp(lemma + n - 3, "ise") == 0
           && strcmp(want + n - 3, "ize") == 0;
}

static dyad_span find_verb(const dyad_tagger *t, const char *sentence, const char *verb, const dyad_span avoid[2])
{
    dyad_span r = {-1, -1};
    char want[64], word[64], lemma[64];
    verb_word(verb ? verb : "", want, sizeof want);
    if (!want[0]) return r;
    for (const char *p = sentence; *p;) {
        if (!isalpha((unsigned char)*p)) {
            p++;
            continue;
        }
        const char *q = p;
        while (isalpha((unsigned char)*q)) q++;
        long start = p - sentence, end = q - sentence;
        size_t n = (size_t)(q - p);
        if (n < sizeof word && !overlaps(start, end, &avoid[0]) && !overlaps(start, end, &avoid[1])) {
            for (size_t i = 0; i < n; i++) word[i] = (char)tolower((unsigned char)p[i]);
            word[n] = '\0';
            dyad_lemmatize(t, word, DYAD_POS_VBD, lemma, sizeof lemma);
            if (strcmp(word, want) == 0 || same_verb(lemma, want)) {
                r.start = start;
                r.end = end;
                return r;
            }
        }
        p = q;
    }
    return r;
}

void dyad_find_spans(const dyad_tagger *t, const char *sentence, const char *source_text, const char *target_text,
                     const char *verb, dyad_span out[3])
{
    const char *s = sentence ? sentence : "";
    out[0] = find_text(s, source_text, NULL, 0);
    out[1] = find_text(s, target_text, out, 1);
    out[2] = find_verb(t, s, verb, out);
}
