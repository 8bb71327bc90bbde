#!/bin/sh
# scripts/install-deps must name every Debian package the build and the tests use, since a fresh
# machine has nothing else (CI's machine may hide a gap). Checks that each pkg-config module that
# CMakeLists.txt requires and each model file the build compiles in comes from a package in
# `install-deps --list`, and that the programs the tests run are named.
set -u
root=$1
listed=" $(sh "$root/scripts/install-deps" --list) "
fail=0
needs() { # what package
  case "$listed" in
    *" $2 "*) ;;
    *) echo "FAIL: $1 comes from Debian package '$2', which scripts/install-deps does not name"; fail=1 ;;
  esac
}
owner() { dpkg -S "$1" 2>/dev/null | head -1 | cut -d: -f1; }
for mod in $(sed -n 's/.*pkg_check_modules([A-Z0-9_]* REQUIRED IMPORTED_TARGET \([a-z0-9_.+-]*\)).*/\1/p' "$root/CMakeLists.txt"); do
  pc=$(pkg-config --variable=pcfiledir "$mod" 2>/dev/null)/$mod.pc
  pkg=$(owner "$pc")
  [ -n "$pkg" ] || { echo "FAIL: pkg-config module $mod is not installed from a Debian package"; fail=1; continue; }
  needs "pkg-config module $mod" "$pkg"
done
for f in /usr/share/perl5/Lingua/EN/Tagger/words.yml /usr/share/wordnet/index.verb; do
  needs "$f" "$(owner "$f")"
done
# Programs the build and the tests run, by the package that brings them in (perl is essential on
# Debian; clang brings clang-14, pkg-config brings pkgconf; npm runs at build time, chromium in
# dyad serve's browser test, python3 in the store and output tests' CSV and schema checks).
needs "npm (gazetteer, dashboard)" "$(owner "$(command -v npm)")"
for pkg in cmake clang cppcheck pkg-config perl python3 postgresql libcmocka-dev nodejs chromium; do
  needs "the build or the tests" "$pkg"
done
[ $fail -eq 0 ] && echo "install-deps names every package the build and the tests use: $listed"
exit $fail
