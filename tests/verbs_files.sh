#!/bin/sh
# dyad code with several verb files of our own: each is read in its own dialect (said once on
# stderr), each event names the file of its pattern, and a pattern without '*' is refused;
# PETRARCH-2's `~` transformations rewrite the events of reported clauses and infinitives.
set -u
dyad=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/harness.sh"
cd "$tmp" || exit 1

printf -- '--- VISIT [042:043] ---\nVISIT\n- * + [042:043]\n' > a.verbs.txt
printf -- '# grouped like PETRARCH-2\n--- FAULT [111] ---\nFAULT\n- * + (OVER) [111]\n- * + [:111]\n' > b.verbs.txt
printf -- '--- SAY [010] ---\nSAY {SAID}\n- WRONG [013]\n- * THAT [010]\n' > c.verbs.txt
printf 'China visited Japan. China faulted Japan over its budget. China said Japan was wrong.\n' > s.txt

"$dyad" code --date 2025-01-01 --verbs a.verbs.txt --verbs b.verbs.txt --verbs c.verbs.txt s.txt > out 2> err
check "exit 0" "[ \$? -eq 0 ]"
check "the TABARI file is read as such" \
  "grep -qx 'dyad: a.verbs.txt: read as TABARI/PETRARCH-1 (\[A:B\] = paired event): no pattern has a \[:B\] code or a pattern group' err"
check "the PETRARCH-2 file is read as such, with the line that shows it" \
  "grep -qx 'dyad: b.verbs.txt: read as PETRARCH-2 (\[A:B\] = active:passive): line 4 has a \[:B\] code or a pattern group' err"
check "a file without B codes has no dialect line" "! grep -q 'c.verbs.txt: read as' err"
check "the pattern without '*' is refused with its line" \
  "grep -q \"^dyad: c.verbs.txt:3: warning: pattern has no '\\*' (the verb's place); ignored\" err"
events() { perl -MJSON::PP -ne '$e = decode_json($_); print "$e->{source}{code}>$e->{target}{code}:$e->{code}\@$e->{explain}{verb_pattern}\n"' out; }
check "the TABARI file's [A:B] is a paired event" "events | grep -qx 'JPNGOV>CHNGOV:043@a.verbs.txt:3'"
check "an event names its own pattern's file" "events | grep -qx 'CHNGOV>JPNGOV:111@b.verbs.txt:4'"

# transformations: a claims responsibility when it says it attacked b; accuses b when it says b
# attacked; wanting to attack b is a threat; malformed rules and unknown verbs are reported
cat > t.verbs.txt <<'VERBS'
--- SAY [010] ---
SAY {SAID}
--- ATTACK [190] ---
ATTACK
- * + [190]
--- WANT [---] ---
WANT
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (_ b ATTACK) WANT = a b 138
~ a (a b ATTACK SAY = a b 015
~ a (a b STORM) SAY = a b 015
VERBS
printf 'China said its forces attacked Japan. India said Pakistan attacked Nepal. China wants to attack Japan.\n' > t.txt
"$dyad" code --date 2025-01-01 --verbs t.verbs.txt t.txt > out 2> err
check "a says a attacked b: claim of responsibility" "events | grep -q '^CHN>JPN:015@'"
check "a says b attacked: accusation of b" "events | grep -Eq '^IND>PAK(MIL)?:112@'"
check "the accused's own event is replaced" "! events | grep -q '^PAK>NPL:190@'"
check "a wants to attack b: threat" "events | grep -Eq '^CHN(GOV)?>JPN(GOV)?:138@'"
check "a malformed transformation is reported with its line" "grep -q 't.verbs.txt:11: warning: transformation not of the form' err"
check "a transformation naming an unknown verb is reported" "grep -q 't.verbs.txt:12: warning: transformation names a verb the dictionary does not list' err"
exit $fail
