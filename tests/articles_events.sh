#!/bin/sh
# Article events: codes the full wire-style articles in tests/articles/ with the default dictionaries
# and compares with tests/articles/expected.tsv. Each produced event is mapped to the expected
# row(s) whose sentence fragment occurs in the produced sentence text. Prints one ok/MISS line per
# expected sentence (and EXTRA lines for events of sentences not listed), then recall (expected
# events produced) and precision (produced events expected; events of sentences marked "-" or not
# listed count as wrong). Fails when either falls below its floor (the floors only ever rise), when
# a fragment does not occur in its article, or when dyad fails.
# Actor codes and event codes match by prefix, as in golden_events.sh: an expected RUS accepts
# RUSMIL, "19" any 19x.
# Usage: articles_events.sh path/to/dyad repo-root
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 path/to/dyad repo-root" >&2
  exit 2
fi
dyad=$1
root=$2
dir=$root/tests/articles
expected=$dir/expected.tsv
ARTICLES_RECALL_FLOOR=${ARTICLES_RECALL_FLOOR:-0.80}
ARTICLES_PRECISION_FLOOR=${ARTICLES_PRECISION_FLOOR:-0.88}
[ -x "$dyad" ] || { echo "articles: $dyad is not executable" >&2; exit 2; }
[ -r "$expected" ] || { echo "articles: cannot read $expected" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM HUP

# one "file<TAB>date" line per article, in the order of expected.tsv
perl -ne 'next if /^#/ || !/\S/; chomp; my ($f, $d) = split /\t/; next if $seen{$f}++; print "$f\t$d\n"' \
  "$expected" > "$tmp/articles" || exit 2
: > "$tmp/out.tsv"
n=0
while IFS='	' read -r file date; do
  n=$((n + 1))
  [ -r "$dir/$file" ] || { echo "articles: missing article $dir/$file" >&2; exit 1; }
  case $date in
    [0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]) ;;
    *) echo "articles: bad date '$date' for $file" >&2; exit 1 ;;
  esac
  # rows are tagged with the article file name, whatever doc_id dyad reports
  if ! "$dyad" code --format tsv --date "$date" "$dir/$file" > "$tmp/raw.$n" 2> "$tmp/err.$n"; then
    echo "articles: dyad code failed on $file:" >&2
    cat "$tmp/err.$n" >&2
    exit 1
  fi
  perl -ne 'BEGIN { $f = shift } next if $. == 1; print "$f\t$_"' "$file" "$tmp/raw.$n" >> "$tmp/out.tsv" || exit 1
done < "$tmp/articles"
[ "$n" -gt 0 ] || { echo "articles: no articles listed in $expected" >&2; exit 1; }

perl -e '
  use strict; use warnings;
  my ($expected, $out, $dir, $rf, $pf) = @ARGV;
  my (@rows, %article);
  my $bad = 0;
  open my $e, "<", $expected or die "$expected: $!\n";
  while (<$e>) {
    next if /^#/ || !/\S/; chomp;
    my ($file, $date, $frag, $events) = split /\t/;
    if (!defined $frag || length($frag) < 20) { print STDERR "articles: $expected:$.: fragment missing or shorter than 20 characters\n"; $bad = 1; next }
    if (!exists $article{$file}) {
      local $/; my $text = "";
      if (open my $a, "<", "$dir/$file") { $text = <$a> // ""; close $a } else { print STDERR "articles: cannot read $dir/$file\n"; $bad = 1 }
      $article{$file} = $text;
    }
    if (index($article{$file}, $frag) < 0) { print STDERR "articles: $expected:$.: fragment not in $file: $frag\n"; $bad = 1 }
    push @rows, { file => $file, frag => $frag, line => $.,
                  want => [grep { $_ ne "-" && $_ ne "" } split / /, ($events // "-")], got => [] };
  }
  close $e;
  # produced events: file doc_id sentence_index date source target code root quad goldstein reported_by sentence
  my @ev;
  open my $o, "<", $out or die "$out: $!\n";
  while (<$o>) {
    chomp; my @f = split /\t/, $_, -1;
    next if @f < 12;
    my $ev = { file => $f[0], sent => $f[11], idx => $f[2], code => "$f[4]>$f[5]:$f[6]", rows => [] };
    for my $r (0 .. $#rows) {
      next if $rows[$r]{file} ne $ev->{file} || index($ev->{sent}, $rows[$r]{frag}) < 0;
      push @{$ev->{rows}}, $r; push @{$rows[$r]{got}}, scalar @ev;
    }
    push @ev, $ev;
  }
  close $o;
  my $match = sub {
    my ($w, $g) = @_;
    my ($ws, $wc) = split /:/, $w, 2; my ($wsrc, $wtgt) = split />/, $ws, 2;
    my ($gs, $gc) = split /:/, $g, 2; my ($gsrc, $gtgt) = split />/, $gs, 2;
    return defined $wtgt && defined $gtgt && defined $wc && defined $gc
      && index($gsrc, $wsrc) == 0 && index($gtgt, $wtgt) == 0 && index($gc, $wc) == 0;
  };
  my ($nexp, $found) = (0, 0);
  my %used;
  for my $r (@rows) {
    my @missing;
    for my $w (@{$r->{want}}) {
      $nexp++;
      my ($hit) = grep { !$used{$_} && $match->($w, $ev[$_]{code}) } @{$r->{got}};
      if (defined $hit) { $used{$hit} = 1; $found++ } else { push @missing, $w }
    }
    $r->{missing} = \@missing;
  }
  my $right = scalar keys %used;
  for my $r (@rows) {
    my @got = map { $ev[$_]{code} } @{$r->{got}};
    my $extra = grep { !$used{$_} } @{$r->{got}};
    my $ok = !@{$r->{missing}} && !$extra;
    printf "%s %s: %s | expected %s | got %s\n", $ok ? "ok" : "MISS", $r->{file}, $r->{frag},
      (join(" ", @{$r->{want}}) || "-"), (join(" ", @got) || "-");
  }
  for my $i (0 .. $#ev) {
    next if @{$ev[$i]{rows}};
    printf "EXTRA %s: sentence %s not listed: %s | got %s\n", $ev[$i]{file}, $ev[$i]{idx}, $ev[$i]{sent}, $ev[$i]{code};
  }
  my $produced = scalar @ev;
  my $recall = $nexp ? $found / $nexp : 1; my $precision = $produced ? $right / $produced : 1;
  printf "articles: recall %.3f (%d of %d), precision %.3f (%d of %d)\n", $recall, $found, $nexp, $precision, $right, $produced;
  if ($bad) { print STDERR "articles: expected.tsv has errors\n"; exit 1 }
  if ($recall < $rf) { printf STDERR "articles: recall %.3f below floor %s\n", $recall, $rf; exit 1 }
  if ($precision < $pf) { printf STDERR "articles: precision %.3f below floor %s\n", $precision, $pf; exit 1 }
  exit 0;
' "$expected" "$tmp/out.tsv" "$dir" "$ARTICLES_RECALL_FLOOR" "$ARTICLES_PRECISION_FLOOR"
