#!/bin/sh
# dyad tag on the bundled sample and on stdin: structure and offsets of the output.
set -u
dyad=$1
root=$2
. "$(dirname "$0")/harness.sh"
out=$("$dyad" tag "$root/data/sample/article.txt")
check "header line" "echo \"\$out\" | head -1 | grep -q '^# columns = ID FORM LEMMA POS CHUNK CLAUSE START END'"
check "every token line has 8 tab-separated columns" "echo \"\$out\" | grep -v '^#' | grep -v '^\$' | awk -F'\t' 'NF!=8{bad=1} END{exit bad}'"
check "headline is its own sentence" "echo \"\$out\" | grep -q '^# text = Russia Rejects Ceasefire Plan as Talks Stall\$'"
# offsets: the bytes at START..END of the input are the token (for tokens that are not normalised)
check "offsets select the token in the input" "echo \"\$out\" | grep -P '^\\d+\tZelenskiy\t' | awk -F'\t' '{print \$7, \$8}' | while read s e; do dd if='$root/data/sample/article.txt' bs=1 skip=\$s count=\$((e-s)) 2>/dev/null; done | grep -qx Zelenskiy"
stdin_out=$(printf 'Police detained 12 protesters in Minsk.' | "$dyad" tag -)
check "reads stdin" "echo \"\$stdin_out\" | grep -qP '^2\tdetained\tdetain\tVBD\tB-VP\t1\t7\t15\$'"
exit $fail
