/* Build-time tool: turns the TSV written by gazetteer/build-index.js (GeoNames countries, first-
 * level regions and places) and dyad's data/dict/places.actors.txt into the binary index that
 * gazetteer.h describes. It runs on the build machine only; names are folded here with the same
 * function the reader uses, so a name found at build time is found the same way in text.
 * Regions and countries get the median coordinates and the summed population of their places.
 * Usage: dyad-gazetteer-build GAZETTEER.tsv PLACES.actors.txt OUT.bin */
#include "gazetteer.h"
#include "../core/strmap.h"
#include "../core/xalloc.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint32_t id;
    int32_t lat, lon;
    uint32_t pop, name, admin1, admin1_name;
    uint16_t country;
    uint8_t kind, flags;
    char group[16]; /* "UA" or "UA.05": the region or country the place lies in */
} place;
typedef struct {
    uint32_t key, place;
} name;
typedef struct {
    char code[8];
    uint32_t place;
} country;

static struct {
    place *p;
    size_t np, cap_p;
    name *n;
    size_t nn, cap_n;
    country c[300];
    size_t nc;
    char *pool;
    size_t pool_len, cap_pool;
    dyad_strmap strings, groups, iso2;
} B;

static uint32_t intern(const char *s)
{
    const uint32_t *v = dyad_strmap_get(&B.strings, s, strlen(s));
    if (v) return *v;
    size_t n = strlen(s) + 1;
    dyad_grow((void **)&B.pool, &B.cap_pool, B.pool_len + n, 1);
    memcpy(B.pool + B.pool_len, s, n);
    dyad_strmap_put(&B.strings, s, n - 1, (uint32_t)B.pool_len);
    B.pool_len += n;
    return (uint32_t)(B.pool_len - n);
}

static void add_name(uint32_t place_index, const char *text, int alternate)
{
    char key[512];
    if (!dyad_place_key(text, strlen(text), key, sizeof key)) return;
    uint32_t k = intern(key);
    for (size_t i = B.nn; i-- > 0 && (B.n[i].place & ~DYAD_GAZ_ALTERNATE) == place_index;)
        if (B.n[i].key == k) return;
    dyad_grow((void **)&B.n, &B.cap_n, B.nn + 1, sizeof *B.n);
    B.n[B.nn++] = (name){k, place_index | (alternate ? DYAD_GAZ_ALTERNATE : 0)};
}

static void add_names(uint32_t place_index, const char *primary, char *alternates)
{
    add_name(place_index, primary, 0);
    for (char *a = strtok(alternates, "|"); a; a = strtok(NULL, "|")) add_name(place_index, a, 1);
}

static uint32_t new_place(const char *group, const char *iso2)
{
    dyad_grow((void **)&B.p, &B.cap_p, B.np + 1, sizeof *B.p);
    place *p = &B.p[B.np];
    memset(p, 0, sizeof *p);
    snprintf(p->group, sizeof p->group, "%s", group);
    const uint32_t *c = dyad_strmap_get(&B.iso2, iso2, strlen(iso2));
    p->country = c ? (uint16_t)*c : DYAD_GAZ_NO_COUNTRY;
    return (uint32_t)B.np++;
}

/* One line of the TSV; f[] are its fields. Countries come first in the file, then regions. */
static void read_line(char **f, int nf, const char *file, long line)
{
    char group[16];
    if (f[0][0] == 'M' && nf >= 2) {
        intern(f[1]);
        return;
    }
    if (f[0][0] == 'C' && nf >= 6) {
        country *c = &B.c[B.nc];
        memcpy(c->code, f[1], 2), memcpy(c->code + 2, f[2], 3), memcpy(c->code + 5, f[3], 3);
        dyad_strmap_put(&B.iso2, f[1], 2, (uint32_t)B.nc++);
        c->place = new_place(f[1], f[1]);
        B.p[c->place].kind = DYAD_PLACE_COUNTRY, B.p[c->place].name = intern(f[4]);
        add_names(c->place, f[4], f[5]);
    } else if (f[0][0] == 'A' && nf >= 5) {
        snprintf(group, sizeof group, "%s.%s", f[1], f[2]);
        uint32_t i = new_place(group, f[1]);
        place *p = &B.p[i];
        p->kind = DYAD_PLACE_ADMIN1, p->name = intern(f[3]), p->admin1 = intern(f[2]), p->admin1_name = p->name;
        dyad_strmap_put(&B.groups, group, strlen(group), i);
        add_names(i, f[3], f[4]);
    } else if (f[0][0] == 'P' && nf >= 10) {
        snprintf(group, sizeof group, "%s.%s", f[2], f[3]);
        uint32_t i = new_place(group, f[2]);
        const uint32_t *region = dyad_strmap_get(&B.groups, group, strlen(group));
        place *p = &B.p[i];
        p->id = (uint32_t)strtoul(f[1], NULL, 10), p->pop = (uint32_t)strtoul(f[5], NULL, 10);
        p->lat = (int32_t)(strtod(f[6], NULL) * 1e5), p->lon = (int32_t)(strtod(f[7], NULL) * 1e5);
        p->name = intern(f[8]), p->admin1 = intern(f[3]), p->admin1_name = region ? B.p[*region].name : intern("");
        p->flags = strcmp(f[4], "PPLC") == 0 ? DYAD_GAZ_CAPITAL : 0;
        add_names(i, f[8], f[9]);
    } else {
        fprintf(stderr, "%s:%ld: expected a line M, C, A or P with its fields\n", file, line);
        exit(1);
    }
}

static void read_tsv(const char *file)
{
    FILE *in = fopen(file, "r");
    if (!in) {
        perror(file);
        exit(1);
    }
    char *buf = NULL, *f[12];
    size_t cap = 0;
    long line = 0;
    while (getline(&buf, &cap, in) > 0) {
        line++;
        buf[strcspn(buf, "\n")] = '\0';
        int nf = 0;
        for (char *s = buf; nf < 12; s++) {
            f[nf++] = s;
            if (!(s = strchr(s, '\t'))) break;
            *s = '\0';
        }
        read_line(f, nf, file, line);
    }
    free(buf);
    fclose(in);
}

/* Sorting places of a group by one coordinate gives the median. */
typedef struct {
    char group[16];
    int32_t v;
    uint32_t pop;
} coord;
static int by_group_value(const void *a, const void *b)
{
    const coord *x = a, *y = b;
    int c = strcmp(x->group, y->group);
    return c ? c : (x->v > y->v) - (x->v < y->v);
}

/* Gives regions (or countries) the median latitude or longitude and the total population of
 * their cities. */
static void summarise(int by_country, int lon)
{
    coord *c = dyad_xcalloc(B.np + 1, sizeof *c);
    size_t n = 0;
    for (size_t i = 0; i < B.np; i++) {
        if (B.p[i].kind != DYAD_PLACE_CITY) continue;
        snprintf(c[n].group, by_country ? 3 : sizeof c[n].group, "%s", B.p[i].group);
        c[n].v = lon ? B.p[i].lon : B.p[i].lat, c[n].pop = B.p[i].pop;
        n++;
    }
    qsort(c, n, sizeof *c, by_group_value);
    for (size_t s = 0, e; s < n; s = e) {
        uint64_t pop = 0;
        for (e = s; e < n && strcmp(c[e].group, c[s].group) == 0; e++) pop += c[e].pop;
        const dyad_strmap *m = by_country ? &B.iso2 : &B.groups;
        const uint32_t *owner = dyad_strmap_get(m, c[s].group, strlen(c[s].group));
        if (!owner) continue;
        place *p = &B.p[by_country ? B.c[*owner].place : *owner];
        *(lon ? &p->lon : &p->lat) = c[s + (e - s) / 2].v;
        p->pop = pop > UINT32_MAX ? UINT32_MAX : (uint32_t)pop;
    }
    free(c);
}

static int by_key(const void *a, const void *b)
{
    const name *x = a, *y = b;
    int c = strcmp(B.pool + x->key, B.pool + y->key);
    return c ? c : (x->place > y->place) - (x->place < y->place);
}

/* Does a GeoNames name with key k already lie in country c? */
static int known_in(const char *k, uint16_t c, size_t n_sorted)
{
    size_t lo = 0, hi = n_sorted;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(B.pool + B.n[mid].key, k) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < n_sorted && strcmp(B.pool + B.n[lo].key, k) == 0; lo++)
        if (B.p[B.n[lo].place & ~DYAD_GAZ_ALTERNATE].country == c) return 1;
    return 0;
}

/* "DONETSK REGION", "KHARKIV OBLAST": GeoNames has the region by its bare name. */
static int known_region(char *key, uint16_t c, size_t n_sorted)
{
    static const char *const words[] = {" REGION", " OBLAST", " PROVINCE", " GOVERNORATE", " STATE", " DISTRICT", NULL};
    size_t n = strlen(key);
    for (int i = 0; words[i]; i++) {
        size_t w = strlen(words[i]);
        if (n > w && strcmp(key + n - w, words[i]) == 0) {
            char bare[512];
            snprintf(bare, sizeof bare, "%.*s", (int)(n - w), key);
            return known_in(bare, c, n_sorted);
        }
    }
    return 0;
}

/* Names of dyad's places.actors.txt ("ENGELS_AIR_BASE [RUS]") that GeoNames lacks become places
 * known by their country alone. */
static void read_dyad_places(const char *file)
{
    FILE *in = fopen(file, "r");
    if (!in) {
        perror(file);
        exit(1);
    }
    size_t n_sorted = B.nn;
    char *buf = NULL, code[4] = "";
    size_t cap = 0;
    while (getline(&buf, &cap, in) > 0) {
        buf[strcspn(buf, "#\n")] = '\0';
        char *open = strchr(buf, '['), *text = buf + (buf[0] == '+');
        if (open && strlen(open) > 3) memcpy(code, open + 1, 3);
        if (open) *open = '\0';
        for (char *u = text; *u; u++)
            if (*u == '_') *u = ' ';
        char key[512];
        if (!code[0] || !dyad_place_key(text, strlen(text), key, sizeof key)) continue;
        uint32_t c = DYAD_GAZ_NO_COUNTRY;
        for (size_t i = 0; i < B.nc; i++)
            if (memcmp(B.c[i].code + 5, code, 3) == 0) c = (uint32_t)i;
        if (c == DYAD_GAZ_NO_COUNTRY || known_in(key, (uint16_t)c, n_sorted)
            || known_region(key, (uint16_t)c, n_sorted))
            continue;
        char iso2[3] = {B.c[c].code[0], B.c[c].code[1], 0};
        uint32_t i = new_place(iso2, iso2);
        const place *owner = &B.p[B.c[c].place];
        B.p[i].kind = DYAD_PLACE_NAMED, B.p[i].lat = owner->lat, B.p[i].lon = owner->lon;
        B.p[i].name = intern(text), B.p[i].admin1 = B.p[i].admin1_name = intern("");
        add_name(i, text, 0);
    }
    free(buf);
    fclose(in);
}

static void put32(FILE *out, uint32_t v) { fwrite(&v, 4, 1, out); }

static void write_index(const char *file, uint32_t meta)
{
    FILE *out = fopen(file, "wb");
    if (!out) {
        perror(file);
        exit(1);
    }
    uint32_t places = DYAD_GAZ_HEADER, names = places + (uint32_t)B.np * DYAD_GAZ_PLACE;
    uint32_t countries = names + (uint32_t)B.nn * DYAD_GAZ_NAME, pool = countries + (uint32_t)B.nc * DYAD_GAZ_COUNTRY;
    fwrite(DYAD_GAZ_MAGIC, 1, 8, out);
    uint32_t head[] = {(uint32_t)B.np, (uint32_t)B.nn, (uint32_t)B.nc,       places, names,
                       countries,      pool,           (uint32_t)B.pool_len, meta,   0};
    for (size_t i = 0; i < sizeof head / sizeof *head; i++) put32(out, head[i]);
    for (size_t i = 0; i < B.np; i++) {
        const place *p = &B.p[i];
        uint32_t f[] = {p->id, (uint32_t)p->lat, (uint32_t)p->lon, p->pop, p->name, p->admin1, p->admin1_name};
        for (int k = 0; k < 7; k++) put32(out, f[k]);
        fwrite(&p->country, 2, 1, out);
        fputc(p->kind, out), fputc(p->flags, out);
    }
    for (size_t i = 0; i < B.nn; i++) put32(out, B.n[i].key), put32(out, B.n[i].place);
    for (size_t i = 0; i < B.nc; i++) fwrite(B.c[i].code, 1, 8, out), put32(out, B.c[i].place);
    fwrite(B.pool, 1, B.pool_len, out);
    if (fclose(out) != 0) {
        perror(file);
        exit(1);
    }
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fputs("usage: dyad-gazetteer-build GAZETTEER.tsv PLACES.actors.txt OUT.bin\n", stderr);
        return 2;
    }
    dyad_strmap_init(&B.strings), dyad_strmap_init(&B.groups), dyad_strmap_init(&B.iso2);
    intern("");
    read_tsv(argv[1]);
    uint32_t meta = 1; /* the M line is the first string after "" */
    for (int by_country = 0; by_country < 2; by_country++)
        for (int lon = 0; lon < 2; lon++) summarise(by_country, lon);
    qsort(B.n, B.nn, sizeof *B.n, by_key);
    read_dyad_places(argv[2]);
    qsort(B.n, B.nn, sizeof *B.n, by_key);
    write_index(argv[3], meta);
    fprintf(stderr, "dyad-gazetteer-build: %zu places, %zu names, %zu countries, %zu bytes of strings\n", B.np, B.nn,
            B.nc, B.pool_len);
    return 0;
}
