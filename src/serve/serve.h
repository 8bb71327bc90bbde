/* dyad serve: a local web dashboard over an event store. A small HTTP server (libmicrohttpd)
 * that only reads: the JSON API of api.h and stats.h, and the front end compiled into the binary
 * (web/, bundled at build time). */
#ifndef DYAD_SERVE_H
#define DYAD_SERVE_H

typedef struct {
    const char *db;   /* SQLite file or postgresql:// URL */
    const char *bind; /* address to listen on, IPv4 or IPv6 */
    unsigned port;    /* 0: any free port */
} dyad_serve_options;

/* Serves until SIGINT or SIGTERM. Prints "dyad serve: http://ADDRESS:PORT/" on standard output
 * once it listens. Returns the exit status (1 when the database cannot be read or the address
 * cannot be bound). */
int dyad_serve(const dyad_serve_options *o);
#endif
