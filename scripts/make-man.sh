#!/bin/sh
# Writes dyad.1, the manual page, from dyad's own help text, so that the two never disagree:
#   sh scripts/make-man.sh DYAD dyad.1
# Plain troff: the help's lines are kept as they are (.nf), each command's help is a section.
set -eu
dyad=$1
out=$2
exec > "$out.tmp"
trap 'rm -f "$out.tmp"' EXIT
esc() { sed -e 's/\\/\\e/g' -e 's/^[.'\'']/\\\&&/'; }
version=$("$dyad" --version | sed -n '1s/^dyad //p')
printf '.TH DYAD 1 "" "dyad %s" "User Commands"\n' "$version"
printf '.SH NAME\ndyad \\- code political events (CAMEO) from news text\n'
printf '.SH SYNOPSIS\n.B dyad\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]\n'
printf '.SH DESCRIPTION\n.nf\n'
"$dyad" --help | esc
printf '.fi\n'
for cmd in $("$dyad" --help | sed -n 's/^  \([a-z]*\)  .*/\1/p' | grep -v '^help$' | grep -v '^version$'); do
  printf '.SH "DYAD %s"\n.nf\n' "$(echo "$cmd" | tr a-z A-Z)"
  "$dyad" "$cmd" --help | esc
  printf '.fi\n'
done
printf '.SH VERSION\n.nf\n'
"$dyad" --version | grep -v '^data:' | esc
printf '.fi\n'
mv "$out.tmp" "$out"
trap - EXIT
