#!/bin/sh
# dyad validate on hostile records files: entity expansion stays bounded (nested and flat), no
# external entity is read, <Environment> names only plain files next to the records file (no
# "../../etc/passwd", no /dev/zero), and impossible dates are refused with a warning.
set -u
dyad=$1
. "$(dirname "$0")/harness.sh"
# run NAME FILE: validate under a time and memory bound; peak RSS (kB) in $tmp/NAME.rss
run() {
  /usr/bin/env time -f '%M' -o "$tmp/$1.rss" timeout 60 "$dyad" validate "$2" > "$tmp/$1.out" 2> "$tmp/$1.err"
  echo $? > "$tmp/$1.status"
}
rss() { tail -1 "$tmp/$1.rss" 2>/dev/null || echo 99999999; }
status() { cat "$tmp/$1.status"; }
record() { # id, text (may hold entity references)
  printf '<Sentence date="20250310" id="%s" category="X"><EventCoding noevents="True"/><Text>%s</Text></Sentence>\n' "$1" "$2"
}

# nested expansion ("billion laughs")
{
  printf '<?xml version="1.0"?>\n<!DOCTYPE Validation [\n<!ENTITY l0 "lol">\n'
  i=1
  while [ $i -le 9 ]; do
    printf '<!ENTITY l%d "' $i; j=0; while [ $j -lt 10 ]; do printf '&l%d;' $((i - 1)); j=$((j + 1)); done; printf '">\n'
    i=$((i + 1))
  done
  printf ']>\n<Validation><Sentences>\n'; record B-1 'Rebels attacked the town. &l9;'; printf '</Sentences></Validation>\n'
} > "$tmp/laughs.xml"
run laughs "$tmp/laughs.xml"
check "billion laughs: finishes" "[ $(status laughs) -le 1 ]"
check "billion laughs: peak RSS under 300 MB (was $(rss laughs) kB)" "[ $(rss laughs) -lt 300000 ]"
check "billion laughs: nothing expanded" "! grep -q lollol '$tmp/laughs.out'"

# flat expansion: one 4 KB entity referenced 20 000 times in a text and in an attribute
big=$(head -c 4000 /dev/zero | tr '\0' 'x')
refs=$(head -c 20000 /dev/zero | tr '\0' '@' | sed 's/@/\&a;/g')
{
  printf '<?xml version="1.0"?>\n<!DOCTYPE Validation [<!ENTITY a "%s">]>\n<Validation><Sentences>\n' "$big"
  record F-1 "Russian forces attacked Ukraine. $refs"
  printf '<Sentence date="20250310" id="F-2%s" category="X"><EventCoding noevents="True"/><Text>Rebels fled.</Text></Sentence>\n' "$refs"
  printf '</Sentences></Validation>\n'
} > "$tmp/flat.xml"
run flat "$tmp/flat.xml"
check "flat expansion: finishes" "[ $(status flat) -le 1 ]"
check "flat expansion: peak RSS under 300 MB (was $(rss flat) kB)" "[ $(rss flat) -lt 300000 ]"
check "flat expansion: the entity is not expanded" "! grep -q xxxxxxxx '$tmp/flat.out'"
check "flat expansion: warned once" "[ \$(grep -c 'declares entities' '$tmp/flat.err') -eq 1 ]"
check "flat expansion: the records around the references are read" "grep -q 'F-1' '$tmp/flat.out' && grep -q 'F-2' '$tmp/flat.out'"

# external entities (XXE): a file, and a parameter entity pulling an external DTD
{
  printf '<?xml version="1.0"?>\n<!DOCTYPE Validation [<!ENTITY x SYSTEM "file:///etc/passwd"> <!ENTITY %% p SYSTEM "file:///etc/hostname"> %%p;]>\n'
  printf '<Validation><Sentences>\n'; record X-1 'Rebels attacked. &x;'; printf '</Sentences></Validation>\n'
} > "$tmp/xxe.xml"
run xxe "$tmp/xxe.xml"
check "XXE: finishes" "[ $(status xxe) -le 1 ]"
check "XXE: /etc/passwd is not read" "! grep -q 'root:' '$tmp/xxe.out' '$tmp/xxe.err'"

# <Environment> names outside the records file's folder, and a device inside it
up=../../../../../../../../../..
mkdir "$tmp/records"
ln -s /dev/zero "$tmp/records/zero.verbs.txt"
{
  printf '<Validation><Environment>\n<Verbfile>%s/etc/passwd</Verbfile>\n<Actorfile>/dev/zero, ok.actors.txt</Actorfile>\n' "$up"
  printf '<Agentfile>..</Agentfile>\n</Environment><Sentences>\n'; record E-1 'Rebels attacked.'; printf '</Sentences></Validation>\n'
} > "$tmp/records/env.xml"
run env "$tmp/records/env.xml"
check "environment: finishes" "[ $(status env) -le 2 ]"
check "environment: ../ path refused with file:line" "grep -q \"env.xml:2: warning: <Verbfile> '$up/etc/passwd' is not a plain file name\" '$tmp/env.err'"
check "environment: absolute path refused" "grep -q \"<Actorfile> '/dev/zero' is not a plain file name\" '$tmp/env.err'"
check "environment: '..' refused" "grep -q \"<Agentfile> '..' is not a plain file name\" '$tmp/env.err'"
check "environment: /etc/passwd is not read" "! grep -q 'root:' '$tmp/env.out' '$tmp/env.err'"
printf '<Validation><Environment><Verbfile>zero.verbs.txt</Verbfile></Environment><Sentences>\n%s\n</Sentences></Validation>\n' \
  "$(record D-1 'Rebels attacked.')" > "$tmp/records/device.xml"
run device "$tmp/records/device.xml"
check "environment: a device is not read (finishes)" "[ $(status device) -le 1 ]"
check "environment: a device is refused with a warning" "grep -q 'zero.verbs.txt: warning: not a regular file' '$tmp/device.err'"

# impossible dates
printf '<Validation><Sentences>\n<Sentence date="20250230" id="D-1" category="X"><EventCoding noevents="True"/><Text>Rebels attacked.</Text></Sentence>\n</Sentences></Validation>\n' > "$tmp/date.xml"
run date "$tmp/date.xml"
check "impossible date: warned with file:line" "grep -q 'date.xml:2: warning: <Sentence date=\"20250230\"> is not a day of the calendar' '$tmp/date.err'"

exit $fail
