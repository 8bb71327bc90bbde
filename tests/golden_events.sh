#!/bin/sh
# Golden events: codes tests/golden/*.tsv with the default dictionaries and compares with the
# expected events. Prints recall (expected events produced) and precision (produced events
# expected), and fails when either falls below the floor given here; the floors only ever rise.
# Actor codes and event codes match by prefix: an expected SDNREB accepts SDNREBRSF, "19" any 19x.
# An actor code ending in "$" matches only itself: "RUS>UKR$:19" refuses UKRGOV.
set -u
dyad=$1
root=$2
RECALL_FLOOR=${RECALL_FLOOR:-0.93}
PRECISION_FLOOR=${PRECISION_FLOOR:-0.93}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$root"/tests/golden/*.tsv > "$tmp/golden.tsv"
perl -Ci -MJSON::PP -ne 'next if /^#/ || !/\S/; chomp; my ($d, $s) = split /\t/; print encode_json({id => "$.", date => $d, text => $s}), "\n"' \
  "$tmp/golden.tsv" > "$tmp/in.jsonl"
"$dyad" code --format tsv "$tmp/in.jsonl" > "$tmp/out.tsv" 2> "$tmp/err" || { cat "$tmp/err"; exit 1; }
perl -e '
  my ($golden, $out, $rf, $pf) = @ARGV;
  sub actor_is { my ($got, $want) = @_; return $want =~ s/\$$// ? $got eq $want : index($got, $want) == 0 }
  my (%want, %got, %text);
  open my $g, "<", $golden or die; while (<$g>) { next if /^#/ || !/\S/; chomp; my ($d, $s, $e) = split /\t/; $text{$.} = $s;
    $want{$.} = [grep { $_ ne "-" } split / /, ($e // "-")]; }
  open my $o, "<", $out or die; <$o>; while (<$o>) { chomp; my @f = split /\t/; push @{$got{$f[0]}}, "$f[3]>$f[4]:$f[5]"; }
  my ($expected, $found, $produced, $right) = (0, 0, 0, 0);
  for my $id (sort { $a <=> $b } keys %want) {
    my @w = @{$want{$id}}; my @g = @{$got{$id} // []};
    my %used;
    my $ok = 1;
    for my $w (@w) { $expected++; my ($ws, $wc) = split /:/, $w;
      my ($hit) = grep { !$used{$_} && do { my ($gs, $gc) = split /:/, $g[$_]; my ($gsrc, $gtgt) = split />/, $gs; my ($wsrc, $wtgt) = split />/, $ws;
        actor_is($gsrc, $wsrc) && actor_is($gtgt, $wtgt) && index($gc, $wc) == 0 } } 0..$#g;
      if (defined $hit) { $found++; $used{$hit} = 1 } else { $ok = 0 } }
    $produced += @g; $right += keys %used;
    $ok = 0 if @g > keys %used;
    printf "%s - %s | expected %s | got %s\n", $ok ? "ok" : "MISS", $text{$id}, (join(" ", @w) || "-"), (join(" ", @g) || "-");
  }
  my $recall = $expected ? $found / $expected : 1; my $precision = $produced ? $right / $produced : 1;
  printf "golden: recall %.3f (%d of %d expected events), precision %.3f (%d of %d produced events)\n", $recall, $found, $expected, $precision, $right, $produced;
  exit(($recall >= $rf && $precision >= $pf) ? 0 : 1);
' "$tmp/golden.tsv" "$tmp/out.tsv" "$RECALL_FLOOR" "$PRECISION_FLOOR"
