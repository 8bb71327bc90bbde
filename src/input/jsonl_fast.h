/* A quick reader for the usual shape of a JSON Lines record: one flat object whose values are
 * strings, integers, true, false or null. jansson's parser copies a string a byte at a time and
 * took a tenth of `dyad code`'s instructions; this one copies runs of plain bytes and builds the
 * same jansson object. Anything it is not sure to read exactly as json_loadb would (nested values,
 * reals, odd escapes, invalid UTF-8, more on the line after the object, any error) it leaves to
 * json_loadb, so records and warnings stay the same. */
#ifndef DYAD_JSONL_FAST_H
#define DYAD_JSONL_FAST_H
#include <jansson.h>
#include <stddef.h>

/* The object on s[0, n) (which starts at its '{' and holds nothing after its '}' but spaces and
 * tabs), or NULL when the caller should parse it with json_loadb. */
json_t *dyad_jsonl_fast_object(const char *s, size_t n);
#endif
