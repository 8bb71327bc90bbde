/* dyad serve's HTTP side (libmicrohttpd): listening, limits, headers, routing and the request
 * parameters. One thread answers every request in turn, so the store, its statement cache and
 * the statistics cache are never shared between threads; a slow client cannot hold it, since
 * the thread polls connections and each has a time-out. */
#include "serve.h"
#include "api.h"
#include "stats.h"
#include "../post/dates.h"
#include <arpa/inet.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_PARAM 200 /* bytes in one query parameter */

extern const char dyad_web_index_start[], dyad_web_index_end[], dyad_web_style_start[], dyad_web_style_end[],
    dyad_web_app_start[], dyad_web_app_end[];

typedef struct {
    dyad_store *store;
    dyad_tagger *tagger;
    dyad_stats_cache *stats;
    int loopback;
} server;

/* No inline script anywhere: scripts come only from this server. Plot writes style attributes
 * on its SVG elements, hence 'unsafe-inline' for styles (which cannot run code). */
static const char csp[] =
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

static enum MHD_Result respond(struct MHD_Connection *c, unsigned status, const char *type, const char *body,
                               size_t len, enum MHD_ResponseMemoryMode mode)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(len, (void *)body, mode);
    if (!r) return MHD_NO;
    MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "Content-Security-Policy", csp);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED) MHD_add_response_header(r, "Allow", "GET, HEAD");
    enum MHD_Result rc = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return rc;
}

/* Takes the reference to j. */
static enum MHD_Result send_json(struct MHD_Connection *c, unsigned status, json_t *j)
{
    char *text = json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(12));
    json_decref(j);
    if (!text) return MHD_NO;
    return respond(c, status, "application/json; charset=utf-8", text, strlen(text), MHD_RESPMEM_MUST_FREE);
}

static enum MHD_Result send_error(struct MHD_Connection *c, unsigned status, const char *message)
{
    return send_json(c, status, json_pack("{ss}", "error", message));
}

static enum MHD_Result send_asset(struct MHD_Connection *c, const char *type, const char *start, const char *end)
{
    return respond(c, MHD_HTTP_OK, type, start, (size_t)(end - start), MHD_RESPMEM_PERSISTENT);
}

/* ---- request parameters ---- */

typedef struct {
    const char *const *allowed;
    char error[160];
} params_check;

static enum MHD_Result check_param(void *ctx, enum MHD_ValueKind kind, const char *key, const char *value)
{
    (void)kind;
    params_check *p = ctx;
    int known = 0;
    for (const char *const *a = p->allowed; *a; a++) known |= strcmp(*a, key) == 0;
    if (!known)
        snprintf(p->error, sizeof p->error, "unknown parameter '%.40s'", key);
    else if (value && strlen(value) > MAX_PARAM)
        snprintf(p->error, sizeof p->error, "parameter '%s' is longer than %d bytes", key, MAX_PARAM);
    return p->error[0] ? MHD_NO : MHD_YES;
}

static int digits(const char *s, size_t min, size_t max)
{
    size_t n = strlen(s);
    if (n < min || n > max) return 0;
    return strspn(s, "0123456789") == n;
}

/* Actor codes: upper-case letters and digits. */
static int actor_code(const char *s)
{
    size_t n = strlen(s);
    return n >= 1 && n <= 32 && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == n;
}

static const char *arg(struct MHD_Connection *c, const char *key)
{
    const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, key);
    return v && *v ? v : NULL;
}

/* Fills f from the filter parameters (the same as dyad query's options); NULL, or what is wrong.
 * Background events are left out of the statistics unless asked for, as by dyad stats: they are
 * not the news of their dates; the event list shows them, as dyad query does. */
static const char *parse_filter(struct MHD_Connection *c, dyad_store_filter *f, int stats)
{
    const char *v;
    memset(f, 0, sizeof *f);
    f->background = stats ? DYAD_BACKGROUND_EXCLUDE : DYAD_BACKGROUND_INCLUDE;
    if ((v = arg(c, "background"))) {
        int b = dyad_store_background_parse(v);
        if (b < 0) return "background must be exclude, include or only";
        f->background = (enum dyad_background_filter)b;
    }
    if ((v = arg(c, "from")) && !(f->from = dyad_parse_iso_date(v))) return "from must be YYYY-MM-DD";
    if ((v = arg(c, "to")) && !(f->to = dyad_parse_iso_date(v))) return "to must be YYYY-MM-DD";
    if ((f->source = arg(c, "source")) && !actor_code(f->source)) return "source must be an actor code (A-Z, 0-9)";
    if ((f->target = arg(c, "target")) && !actor_code(f->target)) return "target must be an actor code (A-Z, 0-9)";
    if ((f->code = arg(c, "code")) && !digits(f->code, 2, 4)) return "code must be a CAMEO code of 2-4 digits";
    if ((f->root = arg(c, "root")) && !digits(f->root, 2, 2)) return "root must be two digits";
    if ((v = arg(c, "quad")) && (!digits(v, 1, 1) || (f->quad = v[0] - '0') < 1 || f->quad > 4))
        return "quad must be 1, 2, 3 or 4";
    if ((f->text = arg(c, "text")) && !f->text[strspn(f->text, " \t")]) f->text = NULL;
    return NULL;
}

static const char *parse_page(struct MHD_Connection *c, dyad_store_filter *f)
{
    const char *v;
    f->limit = 50;
    if ((v = arg(c, "limit")) && (!digits(v, 1, 4) || (f->limit = atoll(v)) < 1 || f->limit > DYAD_API_MAX_LIMIT))
        return "limit must be 1-500";
    if ((v = arg(c, "offset")) && (!digits(v, 1, 7) || (f->offset = atoll(v)) > DYAD_API_MAX_OFFSET))
        return "offset must be 0-1000000";
    return NULL;
}

/* ---- endpoints ---- */

static const char *const filter_params[] = {"from", "to",    "source", "target", "code",       "root", "quad",
                                            "text", "limit", "offset", "by",     "background", NULL};

static enum MHD_Result api_list(server *sv, struct MHD_Connection *c, int stats)
{
    params_check p = {filter_params, ""};
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, check_param, &p);
    if (p.error[0]) return send_error(c, MHD_HTTP_BAD_REQUEST, p.error);
    dyad_store_filter f;
    const char *bad = parse_filter(c, &f, stats);
    if (!bad && !stats) bad = parse_page(c, &f);
    enum dyad_store_period by = DYAD_BY_DAY;
    const char *v = arg(c, "by");
    if (!bad && v) {
        if (strcmp(v, "week") == 0)
            by = DYAD_BY_WEEK;
        else if (strcmp(v, "month") == 0)
            by = DYAD_BY_MONTH;
        else if (strcmp(v, "day") != 0)
            bad = "by must be day, week or month";
    }
    if (bad) return send_error(c, MHD_HTTP_BAD_REQUEST, bad);
    json_t *j = stats ? dyad_stats_json(sv->stats, sv->store, &f, by) : dyad_api_events(sv->stats, sv->store, &f);
    if (!j) {
        fprintf(stderr, "dyad serve: %s\n", dyad_store_error(sv->store));
        return send_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "the database could not be read (see the server's log)");
    }
    return send_json(c, MHD_HTTP_OK, j);
}

static enum MHD_Result api_event(server *sv, struct MHD_Connection *c, const char *id)
{
    params_check p = {(const char *const[]){NULL}, ""};
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, check_param, &p);
    if (p.error[0]) return send_error(c, MHD_HTTP_BAD_REQUEST, p.error);
    if (!digits(id, 1, 18) || atoll(id) < 1)
        return send_error(c, MHD_HTTP_BAD_REQUEST, "an event id is a positive number");
    int found;
    json_t *j = dyad_api_event(sv->store, sv->tagger, atoll(id), &found);
    if (!j) {
        fprintf(stderr, "dyad serve: %s\n", dyad_store_error(sv->store));
        return send_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "the database could not be read (see the server's log)");
    }
    if (!found) {
        json_decref(j);
        return send_error(c, MHD_HTTP_NOT_FOUND, "no such event");
    }
    return send_json(c, MHD_HTTP_OK, j);
}

/* A page on another name that resolves to 127.0.0.1 (DNS rebinding) must not read the API: on
 * loopback only loopback names are accepted as Host. */
static int host_allowed(const server *sv, struct MHD_Connection *c)
{
    if (!sv->loopback) return 1;
    const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
    if (!host) return 0;
    static const char *const names[] = {"127.0.0.1", "localhost", "[::1]"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        size_t n = strlen(names[i]);
        if (strncmp(host, names[i], n) != 0) continue;
        if (!host[n]) return 1;
        const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_DAEMON);
        char port[16];
        snprintf(port, sizeof port, ":%u", (unsigned)MHD_get_daemon_info(ci->daemon, MHD_DAEMON_INFO_BIND_PORT)->port);
        if (strcmp(host + n, port) == 0) return 1;
    }
    return 0;
}

static enum MHD_Result route(server *sv, struct MHD_Connection *c, const char *url)
{
    if (!host_allowed(sv, c))
        return send_error(c, MHD_HTTP_FORBIDDEN, "this server answers only to 127.0.0.1 and localhost");
    if (strcmp(url, "/") == 0 || strcmp(url, "/index.html") == 0)
        return send_asset(c, "text/html; charset=utf-8", dyad_web_index_start, dyad_web_index_end);
    if (strcmp(url, "/app.js") == 0)
        return send_asset(c, "text/javascript; charset=utf-8", dyad_web_app_start, dyad_web_app_end);
    if (strcmp(url, "/style.css") == 0)
        return send_asset(c, "text/css; charset=utf-8", dyad_web_style_start, dyad_web_style_end);
    if (strcmp(url, "/api/events") == 0) return api_list(sv, c, 0);
    if (strcmp(url, "/api/stats") == 0) return api_list(sv, c, 1);
    if (strncmp(url, "/api/event/", 11) == 0) return api_event(sv, c, url + 11);
    return send_error(c, MHD_HTTP_NOT_FOUND, "not found");
}

/* Answered at the first call, when the headers are in: a body (which no request here has) is never
 * read; answering then makes the server close such a connection. */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload, size_t *upload_size, void **state)
{
    (void)version;
    (void)upload;
    (void)upload_size;
    (void)state;
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
        return send_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, "this server only reads: GET and HEAD");
    const char *length = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if ((length && strcmp(length, "0") != 0)
        || MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING))
        return send_error(c, MHD_HTTP_CONTENT_TOO_LARGE, "requests have no body");
    return route(cls, c, url);
}

/* ---- the server ---- */

static int parse_address(const char *bind, unsigned port, struct sockaddr_storage *sa, int *loopback)
{
    memset(sa, 0, sizeof *sa);
    struct sockaddr_in *v4 = (struct sockaddr_in *)sa;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)sa;
    if (inet_pton(AF_INET, bind, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)port);
        *loopback = (ntohl(v4->sin_addr.s_addr) >> 24) == 127;
        return 0;
    }
    if (inet_pton(AF_INET6, bind, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)port);
        *loopback = IN6_IS_ADDR_LOOPBACK(&v6->sin6_addr);
        return 0;
    }
    return -1;
}

static struct MHD_Daemon *start(server *sv, const struct sockaddr_storage *sa)
{
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    if (sa->ss_family == AF_INET6) flags |= MHD_USE_IPv6;
    return MHD_start_daemon(flags, 0, NULL, NULL, on_request, sv, MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)sa,
                            MHD_OPTION_CONNECTION_LIMIT, (unsigned)64, MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)32,
                            MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)15, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                            (size_t)32768, /* bounds the request line and headers */
                            MHD_OPTION_END);
}

/* Opens the database and reads every event once, so that a missing, foreign or corrupt file is
 * reported now rather than on the first request. */
static int open_store(server *sv, const char *db)
{
    char err[1024];
    sv->store = dyad_store_open(db, 0, err, sizeof err);
    if (!sv->store) {
        fprintf(stderr, "dyad serve: %s\n", err);
        return -1;
    }
    sv->stats = dyad_stats_cache_new();
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (dyad_stats_cache_refresh(sv->stats, sv->store) != 0) {
        fprintf(stderr, "dyad serve: %s\n", dyad_store_error(sv->store));
        return -1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    fprintf(stderr, "dyad serve: events read in %.2f s\n",
            (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    return 0;
}

static void close_server(server *sv)
{
    dyad_stats_cache_free(sv->stats);
    if (sv->store) dyad_store_close(sv->store);
    if (sv->tagger) dyad_tagger_free(sv->tagger);
}

int dyad_serve(const dyad_serve_options *o)
{
    server sv = {0};
    struct sockaddr_storage sa;
    if (parse_address(o->bind, o->port, &sa, &sv.loopback) != 0) {
        fprintf(stderr, "dyad serve: --bind must be an IPv4 or IPv6 address, not '%s'\n", o->bind);
        return 2;
    }
    if (open_store(&sv, o->db) != 0) {
        close_server(&sv);
        return 1;
    }
    sv.tagger = dyad_tagger_new();
    /* SIGINT and SIGTERM are taken by sigwait below, in every thread. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);
    struct MHD_Daemon *d = start(&sv, &sa);
    if (!d) {
        fprintf(stderr, "dyad serve: cannot listen on %s port %u\n", o->bind, o->port);
        close_server(&sv);
        return 1;
    }
    unsigned port = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT)->port;
    int v6 = sa.ss_family == AF_INET6;
    printf("dyad serve: http://%s%s%s:%u/\n", v6 ? "[" : "", o->bind, v6 ? "]" : "", port);
    fflush(stdout);
    int sig;
    sigwait(&stop, &sig);
    MHD_stop_daemon(d);
    close_server(&sv);
    return 0;
}
