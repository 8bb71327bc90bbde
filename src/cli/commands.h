#ifndef DYAD_COMMANDS_H
#define DYAD_COMMANDS_H
#include "../input/reader.h"

int dyad_cmd_tag(int argc, char **argv);
int dyad_cmd_code(int argc, char **argv);

/* Shared by subcommands that read articles: parses "auto", "text" or "jsonl"; -1 if none. */
int dyad_parse_input_format(const char *s);
#endif
