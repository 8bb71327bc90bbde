#!/bin/sh
# cmake --install into a temporary prefix: the binary, its dictionaries and the manual page land
# under the prefix, and the installed dyad reads its data from there (not from the source tree)
# and codes the sample article as the build does:
#   sh tests/install.sh BUILD_DIR SOURCE_DIR
set -u
build=$(cd "$1" && pwd)
root=$(cd "$2" && pwd)
. "$(dirname "$0")/harness.sh"
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" > "$tmp/log" 2>&1
check "cmake --install exits 0" "[ \$? -eq 0 ] || { cat '$tmp/log'; false; }"
check "binary, dictionaries and manual page under the prefix" \
  "[ -x '$prefix/bin/dyad' ] && [ -f '$prefix/share/dyad/dict/cameo-codes.txt' ] && [ -f '$prefix/share/man/man1/dyad.1' ]"
check "the manual page has every command's options" \
  "grep -q '^.TH DYAD 1' '$prefix/share/man/man1/dyad.1' && grep -q -- '--table T' '$prefix/share/man/man1/dyad.1' && grep -q -- '--dict-dir' '$prefix/share/man/man1/dyad.1'"
# run from elsewhere, without DYAD_DICT_DIR: the data must be the prefix's
cd "$tmp" || exit 1
unset DYAD_DICT_DIR
"$prefix/bin/dyad" --version > "$tmp/version"
check "--version: version, build, the prefix's data with its hash, the gazetteer" \
  "grep -q '^dyad [0-9]' '$tmp/version' && grep -q '^build: .' '$tmp/version' && grep -q '^data: $prefix/bin/../share/dyad/dict (dictionary set [0-9a-f]\{16\})\$' '$tmp/version' && grep -q '^gazetteer: GeoNames' '$tmp/version'"
check "the installed data hashes as the source tree's" \
  "[ \"\$(sed -n 's/^data: .*(//p' '$tmp/version')\" = \"\$(DYAD_DICT_DIR='$root/data/dict' '$build/dyad' --version | sed -n 's/^data: .*(//p')\" ]"
# the installed dyad codes the sample article with the installed dictionaries: each event names
# the dictionary set that --version reports
"$prefix/bin/dyad" code "$root/data/sample/article.txt" > "$tmp/installed.jsonl" 2> "$tmp/err"
code_rc=$?
set_version=$(sed -n 's/^data: .*(dictionary set \(.*\))$/\1/p' "$tmp/version")
check "the installed dyad codes the sample article" \
  "[ $code_rc -eq 0 ] && [ -n '$set_version' ] && grep -q '\"dict_version\":\"$set_version\"' '$tmp/installed.jsonl'"
DYAD_DICT_DIR="$root/data/dict" "$build/dyad" code "$root/data/sample/article.txt" > "$tmp/build.jsonl" 2> /dev/null
check "... with the same events as the build" \
  "[ \"\$(sed 's#\"[^\"]*/\([a-z.]*\.txt:[0-9]*\)\"#\"\1\"#g' '$tmp/installed.jsonl')\" = \"\$(sed 's#\"[^\"]*/\([a-z.]*\.txt:[0-9]*\)\"#\"\1\"#g' '$tmp/build.jsonl')\" ]"
exit $fail
