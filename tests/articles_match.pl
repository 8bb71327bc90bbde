#!/usr/bin/perl
# Matches the events dyad produced on annotated articles against their expected.tsv files, so that
# the article test (tests/articles_events.sh) and the held-out evaluation (bench/eval/score.sh)
# score in exactly one way. Each produced event is mapped to the expected row(s) of its article
# whose sentence fragment occurs in the produced sentence text; within a row, each expected event
# takes the first unused produced event it matches. Actor codes and event codes match by prefix,
# as in golden_events.sh: an expected RUS accepts RUSMIL, "19" any 19x.
# Columns 5 and later of expected.tsv may hold the words "key" (the article's key events) and
# "background" (events long before the article's date).
#
# Usage: articles_match.pl [--lines] [--table] [--failures] [--floors RECALL PRECISION] OUT DIR...
#   OUT      dyad's tsv rows, each prefixed by the tag "DIR/FILE" (tests/articles_code.sh writes it)
#   --lines     one ok/MISS line per expected sentence and EXTRA lines for events of unlisted
#               sentences, then the one-line summary (the article test's report)
#   --failures  only the MISS and EXTRA lines
#   --table     a per-article table and the full figures: key events, root codes, no background
#   --floors    exit 1 when recall or precision (full codes, all rows) falls below the floor
# Exits 1 when expected.tsv has errors (fragment short or not in its article).
use strict;
use warnings;
use Getopt::Long;

my ($lines, $table, $failures, @floors) = (0, 0, 0);
GetOptions('lines' => \$lines, 'table' => \$table, 'failures' => \$failures,
           'floors=s{2}' => \@floors) && @ARGV >= 2
  or die "usage: $0 [--lines] [--table] [--failures] [--floors RECALL PRECISION] OUT DIR...\n";
my ($out, @dirs) = @ARGV;
my $bad = 0;

# display name of an article: the file alone for one folder, else "folder/file"
sub shown {
  my ($dir, $file) = @_;
  return $file if @dirs == 1;
  (my $base = $dir) =~ s{/+$}{};
  $base =~ s{.*/}{};
  return "$base/$file";
}

sub read_expected {
  my ($dir, $rows, $order) = @_;
  my $expected = "$dir/expected.tsv";
  my %article;
  open my $e, "<", $expected or die "articles: cannot read $expected: $!\n";
  while (<$e>) {
    next if /^#/ || !/\S/; chomp;
    my ($file, $date, $frag, $events, @marks) = split /\t/;
    if (!defined $frag || length($frag) < 20) { print STDERR "articles: $expected:$.: fragment missing or shorter than 20 characters\n"; $bad = 1; next }
    my $tag = "$dir/$file";
    if (!exists $article{$tag}) {
      local $/; my $text = "";
      if (open my $a, "<", $tag) { $text = <$a> // ""; close $a } else { print STDERR "articles: cannot read $tag\n"; $bad = 1 }
      $article{$tag} = $text;
      push @$order, { tag => $tag, name => shown($dir, $file) };
    }
    if (index($article{$tag}, $frag) < 0) { print STDERR "articles: $expected:$.: fragment not in $file: $frag\n"; $bad = 1 }
    my %mark = map { $_ => 1 } map { split ' ' } @marks;
    push @$rows, { tag => $tag, name => shown($dir, $file), frag => $frag,
                   key => $mark{key} ? 1 : 0, background => $mark{background} ? 1 : 0,
                   want => [grep { $_ ne "-" && $_ ne "" } split / /, ($events // "-")], got => [] };
  }
  close $e;
}

# produced events: tag doc_id sentence_index date source target code root quad goldstein reported_by sentence
sub read_produced {
  my ($rows) = @_;
  my @ev;
  open my $o, "<", $out or die "articles: cannot read $out: $!\n";
  while (<$o>) {
    chomp; my @f = split /\t/, $_, -1;
    next if @f < 12;
    my $ev = { tag => $f[0], sent => $f[11], idx => $f[2], code => "$f[4]>$f[5]:$f[6]", rows => [] };
    for my $r (0 .. $#$rows) {
      next if $rows->[$r]{tag} ne $ev->{tag} || index($ev->{sent}, $rows->[$r]{frag}) < 0;
      push @{$ev->{rows}}, $r; push @{$rows->[$r]{got}}, scalar @ev;
    }
    push @ev, $ev;
  }
  close $o;
  return @ev;
}

# does produced event $g satisfy expected $w? $root compares the event codes' first two digits only
sub matches {
  my ($w, $g, $root) = @_;
  my ($ws, $wc) = split /:/, $w, 2; my ($wsrc, $wtgt) = split />/, $ws, 2;
  my ($gs, $gc) = split /:/, $g, 2; my ($gsrc, $gtgt) = split />/, $gs, 2;
  return 0 unless defined $wtgt && defined $gtgt && defined $wc && defined $gc;
  $wc = substr($wc, 0, 2) if $root;
  return index($gsrc, $wsrc) == 0 && index($gtgt, $wtgt) == 0 && index($gc, $wc) == 0;
}

# One scoring pass. Without background rows, their expected events and the produced events that
# map only to background rows leave the count. Returns totals, per-article counts and the produced
# events used; the full pass (codes, all rows) also records per row the expected events it missed.
sub score {
  my ($rows, $ev, $root, $nobg) = @_;
  my %s = (exp => 0, found => 0, produced => 0, keyexp => 0, keyfound => 0, used => {}, art => {});
  for my $r (@$rows) {
    next if $nobg && $r->{background};
    my @missing;
    my $a = $s{art}{$r->{tag}} //= { exp => 0, found => 0, produced => 0, keyexp => 0, keyfound => 0 };
    for my $w (@{$r->{want}}) {
      $s{exp}++; $a->{exp}++;
      $s{keyexp}++, $a->{keyexp}++ if $r->{key};
      my ($hit) = grep { !$s{used}{$_} && matches($w, $ev->[$_]{code}, $root) } @{$r->{got}};
      if (defined $hit) {
        $s{used}{$hit} = 1; $s{found}++; $a->{found}++;
        $s{keyfound}++, $a->{keyfound}++ if $r->{key};
      } else { push @missing, $w }
    }
    $r->{missing} = \@missing unless $root || $nobg;
  }
  for my $i (0 .. $#$ev) {
    my @rs = @{$ev->[$i]{rows}};
    next if $nobg && @rs && !grep { !$rows->[$_]{background} } @rs;
    $s{produced}++;
    ($s{art}{$ev->[$i]{tag}} //= { exp => 0, found => 0, produced => 0, keyexp => 0, keyfound => 0 })->{produced}++;
  }
  $s{right} = scalar keys %{$s{used}};
  return \%s;
}

sub ratio { my ($n, $d) = @_; return $d ? $n / $d : 1 }
sub cell { my ($n, $d) = @_; return $d ? sprintf("%.3f (%d/%d)", $n / $d, $n, $d) : "n/a" }

sub print_lines {
  my ($rows, $ev, $s, $all) = @_;
  for my $r (@$rows) {
    my @got = map { $ev->[$_]{code} } @{$r->{got}};
    my $extra = grep { !$s->{used}{$_} } @{$r->{got}};
    my $ok = !@{$r->{missing}} && !$extra;
    next if $ok && !$all;
    printf "%s %s: %s | expected %s | got %s\n", $ok ? "ok" : "MISS", $r->{name}, $r->{frag},
      (join(" ", @{$r->{want}}) || "-"), (join(" ", @got) || "-");
  }
  my %name = map { $_->{tag} => $_->{name} } @$rows;
  for my $e (@$ev) {
    next if @{$e->{rows}};
    printf "EXTRA %s: sentence %s not listed: %s | got %s\n", $name{$e->{tag}} // $e->{tag}, $e->{idx}, $e->{sent}, $e->{code};
  }
}

sub print_table {
  my ($rows, $order, $full, $variants) = @_;
  my %sent; $sent{$_->{tag}}++ for @$rows;
  my $w = 7; for (@$order) { $w = length $_->{name} if length $_->{name} > $w }
  printf "%-*s %5s %5s %5s %5s %9s %9s %9s\n", $w, "article", "sent", "prod", "exp", "match", "precision", "recall", "key-rec";
  for my $o (@$order) {
    my $a = $full->{art}{$o->{tag}} // { exp => 0, found => 0, produced => 0, keyexp => 0, keyfound => 0 };
    printf "%-*s %5d %5d %5d %5d %9s %9s %9s\n", $w, $o->{name}, $sent{$o->{tag}}, $a->{produced}, $a->{exp}, $a->{found},
      $a->{produced} ? sprintf("%.3f", $a->{found} / $a->{produced}) : "n/a",
      $a->{exp} ? sprintf("%.3f", $a->{found} / $a->{exp}) : "n/a",
      $a->{keyexp} ? sprintf("%.3f", $a->{keyfound} / $a->{keyexp}) : "n/a";
  }
  printf "\n%d articles, %d sentences: events produced %d, expected %d, matched %d\n\n",
    scalar @$order, scalar @$rows, $full->{produced}, $full->{exp}, $full->{found};
  printf "%-26s %-22s %-22s %s\n", "", "PRECISION", "RECALL", "KEY-EVENT RECALL";
  for my $v (@$variants) {
    my ($label, $s) = @$v;
    printf "%-26s %-22s %-22s %s\n", $label, cell($s->{right}, $s->{produced}), cell($s->{found}, $s->{exp}), cell($s->{keyfound}, $s->{keyexp});
  }
}

my (@rows, @order);
read_expected($_, \@rows, \@order) for @dirs;
my @ev = read_produced(\@rows);
my $full = score(\@rows, \@ev, 0, 0);
print_lines(\@rows, \@ev, $full, $lines) if $lines || $failures;
if ($table) {
  print "\n" if $failures;
  print_table(\@rows, \@order, $full, [
    ["source/target/code", $full], ["source/target/root", score(\@rows, \@ev, 1, 0)],
    ["code, no background", score(\@rows, \@ev, 0, 1)], ["root, no background", score(\@rows, \@ev, 1, 1)]]);
} else {
  my $recall = ratio($full->{found}, $full->{exp}); my $precision = ratio($full->{right}, $full->{produced});
  printf "articles: recall %.3f (%d of %d), precision %.3f (%d of %d)\n", $recall, $full->{found}, $full->{exp}, $precision, $full->{right}, $full->{produced};
}
if ($bad) { print STDERR "articles: expected.tsv has errors\n"; exit 1 }
if (@floors) {
  my ($rf, $pf) = @floors;
  my $recall = ratio($full->{found}, $full->{exp}); my $precision = ratio($full->{right}, $full->{produced});
  if ($recall < $rf) { printf STDERR "articles: recall %.3f below floor %s\n", $recall, $rf; exit 1 }
  if ($precision < $pf) { printf STDERR "articles: precision %.3f below floor %s\n", $precision, $pf; exit 1 }
}
exit 0;
