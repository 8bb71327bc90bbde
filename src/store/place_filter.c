/* The place filters of queries (--country, --near). The store keeps only each event's place key
 * ("geonames:703448", "UA.05", "UA"): a country's regions and the country itself are found by
 * the key's prefix, and its cities, or the cities near a point, by listing their GeoNames ids
 * from the gazetteer compiled into dyad, so that the store needs no coordinates of its own.
 * Regions and countries have no single point: --near matches cities only. */
#include "backend.h"
#include "../core/xalloc.h"
#include "../post/gazetteer.h"
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dyad_store_country(const char *code, char iso2[3])
{
    const dyad_gazetteer *g = dyad_gazetteer_builtin();
    size_t n = strlen(code);
    char up[4];
    if (!g || (n != 2 && n != 3)) return -1;
    for (size_t i = 0; i < n; i++) up[i] = (char)toupper((unsigned char)code[i]);
    for (uint32_t c = 0; c < g->n_countries; c++) {
        dyad_gaz_place p;
        dyad_gazetteer_place(g, dyad_gazetteer_country_place(g, c), &p);
        if (memcmp(up, n == 2 ? p.iso2 : p.iso3, n) == 0) {
            memcpy(iso2, p.iso2, 2);
            iso2[2] = '\0';
            return 0;
        }
    }
    return -1;
}

/* Great-circle distance in km (haversine, mean Earth radius). */
static double distance_km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = M_PI / 180;
    double dlat = (lat2 - lat1) * r, dlon = (lon2 - lon1) * r;
    double a = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * 6371.0 * asin(sqrt(a < 1 ? a : 1));
}

typedef struct {
    char *s;
    size_t len, cap;
} id_list;

static void list_add(id_list *l, uint32_t id)
{
    dyad_grow((void **)&l->s, &l->cap, l->len + 16, 1);
    l->len += (size_t)snprintf(l->s + l->len, l->cap - l->len, "%s%u", l->len ? "," : "", id);
}

/* The GeoNames ids of the gazetteer's places in country iso2 (when not NULL) and near the
 * filter's point (when it has one), comma-separated (free() it). */
static char *city_ids(const dyad_store_filter *f, const char *iso2)
{
    const dyad_gazetteer *g = dyad_gazetteer_builtin();
    id_list l = {dyad_xmalloc(16), 0, 16};
    l.s[0] = '\0';
    for (uint32_t i = 0; g && i < g->n_places; i++) {
        dyad_gaz_place p;
        dyad_gazetteer_place(g, i, &p);
        if (!p.geonames_id || (iso2 && (p.country == DYAD_GAZ_NO_COUNTRY || memcmp(p.iso2, iso2, 2) != 0))) continue;
        if (f->near && distance_km(f->near_lat, f->near_lon, p.lat, p.lon) > f->near_km) continue;
        list_add(&l, p.geonames_id);
    }
    return l.s;
}

static void where_country(dyad_where *w, const dyad_store *s, const char *iso2, const char *ids)
{
    char fmt[512];
    char *lo = dyad_xmalloc(4), *hi = dyad_xmalloc(4);
    snprintf(lo, 4, "%.2s.", iso2);
    snprintf(hi, 4, "%.2s/", iso2); /* '/' follows '.': the keys "UA.*" are in [lo, hi) */
    dyad_where_add(w, " AND (e.place = $%d", dyad_v_text(iso2));
    dyad_where_add(w, " OR (e.place >= $%d", dyad_v_text(dyad_where_own(w, lo)));
    dyad_where_add(w, " AND e.place < $%d)", dyad_v_text(dyad_where_own(w, hi)));
    snprintf(fmt, sizeof fmt, " OR %s)", s->dialect->place_ids);
    dyad_where_add(w, fmt, dyad_v_text(ids));
}

/* With --near only cities can match, so --country then only narrows the list of cities. */
void dyad_where_place(dyad_where *w, const dyad_store *s, const dyad_store_filter *f)
{
    if (!f->country && !f->near) return;
    const char *ids = dyad_where_own(w, city_ids(f, f->country));
    if (!f->near) {
        where_country(w, s, f->country, ids);
        return;
    }
    char fmt[512];
    snprintf(fmt, sizeof fmt, " AND %s", s->dialect->place_ids);
    dyad_where_add(w, fmt, dyad_v_text(ids));
}
