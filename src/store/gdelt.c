/* The GDELT 2.0 event and mentions tables, in the column order of the GDELT 2.0 codebooks, so
 * that tools written for GDELT read dyad's events unchanged. Columns dyad has no value for (tone,
 * the actors' own places, ADM2 codes) are empty; the rest is derived from the stored event: the
 * actor attribute columns from the parts of its CAMEO actor code, ActionGeo from its place. */
#include "store.h"
#include "../post/dates.h"
#include <stdlib.h>
#include <string.h>

static const char *const event_columns[] = {"GLOBALEVENTID",
                                            "SQLDATE",
                                            "MonthYear",
                                            "Year",
                                            "FractionDate",
                                            "Actor1Code",
                                            "Actor1Name",
                                            "Actor1CountryCode",
                                            "Actor1KnownGroupCode",
                                            "Actor1EthnicCode",
                                            "Actor1Religion1Code",
                                            "Actor1Religion2Code",
                                            "Actor1Type1Code",
                                            "Actor1Type2Code",
                                            "Actor1Type3Code",
                                            "Actor2Code",
                                            "Actor2Name",
                                            "Actor2CountryCode",
                                            "Actor2KnownGroupCode",
                                            "Actor2EthnicCode",
                                            "Actor2Religion1Code",
                                            "Actor2Religion2Code",
                                            "Actor2Type1Code",
                                            "Actor2Type2Code",
                                            "Actor2Type3Code",
                                            "IsRootEvent",
                                            "EventCode",
                                            "EventBaseCode",
                                            "EventRootCode",
                                            "QuadClass",
                                            "GoldsteinScale",
                                            "NumMentions",
                                            "NumSources",
                                            "NumArticles",
                                            "AvgTone",
                                            "Actor1Geo_Type",
                                            "Actor1Geo_FullName",
                                            "Actor1Geo_CountryCode",
                                            "Actor1Geo_ADM1Code",
                                            "Actor1Geo_ADM2Code",
                                            "Actor1Geo_Lat",
                                            "Actor1Geo_Long",
                                            "Actor1Geo_FeatureID",
                                            "Actor2Geo_Type",
                                            "Actor2Geo_FullName",
                                            "Actor2Geo_CountryCode",
                                            "Actor2Geo_ADM1Code",
                                            "Actor2Geo_ADM2Code",
                                            "Actor2Geo_Lat",
                                            "Actor2Geo_Long",
                                            "Actor2Geo_FeatureID",
                                            "ActionGeo_Type",
                                            "ActionGeo_FullName",
                                            "ActionGeo_CountryCode",
                                            "ActionGeo_ADM1Code",
                                            "ActionGeo_ADM2Code",
                                            "ActionGeo_Lat",
                                            "ActionGeo_Long",
                                            "ActionGeo_FeatureID",
                                            "DATEADDED",
                                            "SOURCEURL",
                                            NULL};

static const char *const mention_columns[] = {"GlobalEventID",
                                              "EventTimeDate",
                                              "MentionTimeDate",
                                              "MentionType",
                                              "MentionSourceName",
                                              "MentionIdentifier",
                                              "SentenceID",
                                              "Actor1CharOffset",
                                              "Actor2CharOffset",
                                              "ActionCharOffset",
                                              "InRawText",
                                              "Confidence",
                                              "MentionDocLen",
                                              "MentionDocTone",
                                              "MentionDocTranslationInfo",
                                              "Extras",
                                              NULL};

static void write_columns(FILE *out, const char *const *names)
{
    for (int i = 0; names[i]; i++) fprintf(out, "%s%s", i ? "\t" : "", names[i]);
    fputc('\n', out);
}

void dyad_gdelt_write_header(FILE *out, int mentions)
{
    write_columns(out, mentions ? mention_columns : event_columns);
}

/* Text in a cell: tabs and line breaks become spaces. */
static void write_cell(FILE *out, const char *s)
{
    for (; s && *s; s++) fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

/* ---- actor attributes: the CAMEO actor code read part by part (three letters each) ---- */

static int listed(const char *part, const char *list)
{
    for (const char *p = list; *p; p += 4)
        if (strncmp(p, part, 3) == 0) return 1;
    return 0;
}

/* CAMEO actor types (the codebook's role and organisation-type codes) and religions. */
static const char types[] = "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB "
                            "LEG MED REF MOD RAD PTY SET UIS IGO IMG INT MNC NGM NGO PKO ";
static const char religions[] = "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITH JAI JEW JHW LDS MOS MRN "
                                "NRM OTH PGN PRO SHI SHN SIK SUF SUN TAO UDX ZRO ";
/* CAMEO regions: part of a code, but not a country, a type or a group. */
static const char regions[] = "AFR ASA BLK BAL CAF CAS CAU CRB EAF EEU EUR LAM MEA MDT NAF NMR PGS SAF SAM SAS SCN "
                              "SEA WAF WST ";

typedef struct {
    char country[4], group[4], ethnic[4], religion[2][4], type[3][4];
} actor_attributes;

static void set_part(char *slot, const char *part)
{
    memcpy(slot, part, 3);
    slot[3] = '\0';
}

/* RUSMIL -> country RUS, type MIL; IGOUNO -> type IGO, group UNO; IMGMOSALQ -> type IMG, religion
 * MOS, group ALQ. The first part is a country unless it is a type, a region or "---"; a later part
 * that is no type, religion or region is the known group. dyad's dictionaries code no ethnic
 * groups, so ethnic stays empty. */
static void actor_attributes_of(const char *code, actor_attributes *a)
{
    memset(a, 0, sizeof *a);
    size_t n = code ? strlen(code) : 0;
    int n_types = 0, n_religions = 0;
    for (size_t i = 0; i + 3 <= n; i += 3) {
        const char *part = code + i;
        if (strncmp(part, "---", 3) == 0 || listed(part, regions)) continue;
        if (listed(part, types)) {
            if (n_types < 3) set_part(a->type[n_types++], part);
        } else if (listed(part, religions)) {
            if (n_religions < 2) set_part(a->religion[n_religions++], part);
        } else if (i == 0) {
            set_part(a->country, part);
        } else if (!a->group[0]) {
            set_part(a->group, part);
        }
    }
}

static void write_actor(FILE *out, const char *code, const char *name)
{
    actor_attributes a;
    actor_attributes_of(code, &a);
    fprintf(out, "%s\t", code ? code : "");
    write_cell(out, name);
    fprintf(out, "\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t", a.country, a.group, a.ethnic, a.religion[0], a.religion[1],
            a.type[0], a.type[1], a.type[2]);
}

/* ---- dates and places ---- */

/* SQLDATE MonthYear Year FractionDate. FractionDate is the year plus the day of the year over 365
 * (1979-01-01 is 1979.0027), as the codebook defines it, held below the next year (days 365 and
 * 366, 365/365 and 366/365, are written .9999). */
static void write_date(FILE *out, int32_t d)
{
    if (!dyad_store_date_valid(d)) {
        fputs("\t\t\t\t", out);
        return;
    }
    int y = d / 10000;
    long day_of_year = dyad_days_from_date(d) - dyad_days_from_date(y * 10000 + 101) + 1;
    double fraction = day_of_year / 365.0;
    if (fraction > 0.9999) fraction = 0.9999;
    fprintf(out, "%d\t%d\t%d\t%.4f\t", d, d / 100, y, y + fraction);
}

/* ActionGeo_*: Type (1 country, 2 US state, 3 US city, 4 world city, 5 world state, as GDELT),
 * FullName ("name, region"), CountryCode (ISO 3166-1 alpha-2, where GDELT writes FIPS 10-4),
 * ADM1Code (country and GeoNames region code, "UA07"), ADM2Code (empty), Lat, Long, FeatureID
 * (the GeoNames id; for a region its ADM1 code, for a country its country code, as GDELT). */
static void write_action_geo(FILE *out, const dyad_stored_event *e)
{
    if (!e->place_name || !e->place_precision) {
        fputs("\t\t\t\t\t\t\t\t", out);
        return;
    }
    const char *cc = e->place_country ? e->place_country : "";
    int us = strcmp(cc, "US") == 0, type = 1;
    if (strcmp(e->place_precision, "admin1") == 0) type = us ? 2 : 5;
    if (strcmp(e->place_precision, "city") == 0) type = us ? 3 : 4;
    char adm1[32] = "";
    if (type != 1 && e->place_admin1) snprintf(adm1, sizeof adm1, "%s%s", cc, e->place_admin1);
    if (type == 1) snprintf(adm1, sizeof adm1, "%s", cc);
    fprintf(out, "%d\t", type);
    write_cell(out, e->place_name);
    if (type >= 3 && e->place_admin1_name && *e->place_admin1_name) {
        fputs(", ", out);
        write_cell(out, e->place_admin1_name);
    }
    const char *feature = e->place_geonames_id ? e->place_geonames_id : type == 1 ? cc : adm1;
    fprintf(out, "\t%s\t%s\t\t%.4f\t%.4f\t%s\t", cc, adm1, e->place_lat ? strtod(e->place_lat, NULL) : 0.0,
            e->place_lon ? strtod(e->place_lon, NULL) : 0.0, feature);
}

/* The event of an article's lead (its first three sentences) is a root event, as GDELT marks
 * events of an article's lead paragraph. */
static int is_root_event(const dyad_stored_event *e) { return e->sentence_index >= 0 && e->sentence_index <= 2; }

void dyad_gdelt_write_event(FILE *out, const dyad_stored_event *e)
{
    fprintf(out, "%lld\t", e->id);
    write_date(out, e->date);
    write_actor(out, e->source, e->source_text);
    write_actor(out, e->target, e->target_text);
    fprintf(out, "%d\t%s\t%.3s\t%s\t", is_root_event(e), e->code, e->code, e->root);
    if (e->quad_class)
        fprintf(out, "%d\t%g\t", e->quad_class, e->goldstein);
    else
        fputs("\t\t", out);
    fprintf(out, "%lld\t%lld\t%lld\t\t", e->mentions, e->sources, e->articles); /* AvgTone empty */
    fputs("\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t", out);                             /* Actor1Geo, Actor2Geo */
    write_action_geo(out, e);
    fprintf(out, "%s\t", e->added ? e->added : "");
    write_cell(out, e->url);
    fputc('\n', out);
}

/* The mentions table: one row per sentence that reported an event. MentionType 1 (web) when the
 * article has a URL, else 6 (a document without one); SentenceID counts from 1; offsets are
 * bytes in the article, -1 when unknown (dyad does not keep the verb's); Confidence and the tone
 * and translation columns are empty; Extras, which GDELT fills with tagged blocks, holds the
 * dictionary version as <DICT_VERSION>...</DICT_VERSION>. */
void dyad_gdelt_write_mention(FILE *out, const dyad_mention_row *m)
{
    fprintf(out, "%lld\t%s\t%s\t%d\t", m->event_id, m->event_added ? m->event_added : "",
            m->article_added ? m->article_added : "", m->url ? 1 : 6);
    write_cell(out, m->article_source);
    fputc('\t', out);
    write_cell(out, m->url ? m->url : m->doc_id);
    fprintf(out, "\t%d\t%lld\t%lld\t-1\t1\t\t", m->sentence_index + 1, m->source_offset, m->target_offset);
    if (m->doc_length >= 0) fprintf(out, "%lld", m->doc_length);
    fputs("\t\t\t", out);
    if (m->dict_version) fprintf(out, "<DICT_VERSION>%s</DICT_VERSION>", m->dict_version);
    fputc('\n', out);
}
