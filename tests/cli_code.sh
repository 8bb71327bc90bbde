#!/bin/sh
# dyad code on the bundled sample with the default dictionaries: the output contract and errors.
set -u
dyad=$1
root=$2
. "$(dirname "$0")/harness.sh"

"$dyad" code --date 2025-11-28 "$root/data/sample/article.txt" > "$tmp/out" 2> "$tmp/err"
check "exit 0 on the sample" "[ \$? -eq 0 ]"
check "the default dictionaries load without a warning" "! grep -q 'warning' '$tmp/err'"
check "at least one event coded" "[ \$(wc -l < '$tmp/out') -ge 1 ]"
check "every line is a JSON object with the contract's fields" "perl -MJSON::PP -ne '
  my \$e = decode_json(\$_);
  for my \$k (qw(doc_id sentence_index sentence date source target code root quad_class goldstein negated reported_by explain)) {
    exists \$e->{\$k} or die \"missing \$k\";
  }
  \$e->{source}{code} =~ /^[A-Z-]{3}/ or die \"bad source\";
  \$e->{code} =~ /^\\d{2,4}\$/ or die \"bad code\";
  substr(\$e->{code}, 0, 2) eq \$e->{root} or die \"root\";
  \$e->{explain}{verb_pattern} =~ /verbs\\.txt:\\d+\$/ or die \"explain\";
' '$tmp/out'"

"$dyad" code --format tsv --date 2025-11-28 "$root/data/sample/article.txt" > "$tmp/tsv"
check "TSV has a header and 32 columns (the claim columns, the place's 12, dict_version last)" "head -1 '$tmp/tsv' | grep -q '^doc_id.*casualties	place_name.*place_end	dict_version\$' && awk -F'\t' 'NF!=32{bad=1} NR>1 && (length(\$32) != 16 || \$32 !~ /^[0-9a-f]+\$/){bad=1} END{exit bad}' '$tmp/tsv'"

"$dyad" code --explain --date 2025-11-28 "$root/data/sample/article.txt" > /dev/null 2> "$tmp/explain"
check "--explain traces clauses" "grep -q 'clause 1 (MAIN): verb' '$tmp/explain'"

printf 'China criticised Japan \377\376 over its budget.' | "$dyad" code --date 2025-06-15 - > "$tmp/bad" 2> "$tmp/err"
check "invalid UTF-8: the event is still written, with a warning" "grep -q '\"source\":{\"code\":\"CHNGOV\"' '$tmp/bad' && grep -q 'invalid UTF-8' '$tmp/err'"

printf '{"id":"q\\"1\\u0001","text":"China criticised Japan \\"again\\" \\\\ over\\tits caf\\u00e9 budget."}\n' > "$tmp/escapes.jsonl"
"$dyad" code "$tmp/escapes.jsonl" > "$tmp/esc" 2> "$tmp/err"
cat > "$tmp/escapes.pl" <<'PERL'
use JSON::PP;
my $e = JSON::PP->new->utf8->decode(scalar <>);
$e->{doc_id} eq "q\"1\x{1}" or die "doc_id";
$e->{sentence} eq "China criticised Japan \"again\" \\ over\tits caf\x{e9} budget." or die "sentence";
$e->{goldstein} == -2 or die "goldstein";
PERL
check "quotes, backslashes, tabs, control characters and accents survive the JSON writer" \
  "perl '$tmp/escapes.pl' '$tmp/esc' && [ \$(wc -l < '$tmp/esc') -eq 1 ]"

"$dyad" code --dict-dir "$tmp/none" "$root/data/sample/article.txt" > /dev/null 2> "$tmp/err"
check "missing dictionary directory: exit 1 with message" "[ \$? -eq 1 ] && grep -q 'cannot open dictionary directory' '$tmp/err'"

"$dyad" code --date 28/11/2025 "$root/data/sample/article.txt" > /dev/null 2> "$tmp/err"
check "bad --date: exit 2 with message" "[ \$? -eq 2 ] && grep -q 'YYYY-MM-DD' '$tmp/err'"
exit $fail
