#!/bin/sh
# Toponym accuracy: codes tests/places/toponyms.tsv and compares every event's place with the
# expected one. Country accuracy and place accuracy are over events whose text names a place;
# "no place" accuracy over events that must have none (capitals that act, places in a reporting
# clause). Fails when any falls below its floor; the floors only ever rise.
set -u
dyad=$1
root=$2
COUNTRY_FLOOR=${COUNTRY_FLOOR:-0.98}
PLACE_FLOOR=${PLACE_FLOOR:-0.97}
NONE_FLOOR=${NONE_FLOOR:-0.95}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
perl -Ci -MJSON::PP -ne 'next if /^#/ || !/\S/; chomp; my ($d, $s) = split /\t/; $s =~ s/\\n/\n/g;
  print encode_json({id => "$.", date => $d, text => $s}), "\n"' "$root/tests/places/toponyms.tsv" > "$tmp/in.jsonl"
"$dyad" code "$tmp/in.jsonl" > "$tmp/out.jsonl" 2> "$tmp/err" || { cat "$tmp/err"; exit 1; }
perl -MJSON::PP -MUnicode::Normalize -e '
  my ($golden, $out, $cf, $pf, $nf) = @ARGV;
  sub fold { my $s = NFD(shift // ""); $s =~ s/\p{Mn}//g; $s = lc $s; $s =~ s/[^a-z0-9]+//g; $s }
  my (%want, %text, %got);
  open my $g, "<:encoding(UTF-8)", $golden or die; while (<$g>) { next if /^#/ || !/\S/; chomp; my ($d, $s, $e) = split /\t/; $want{$.} = $e; $text{$.} = $s; }
  open my $o, "<", $out or die; while (<$o>) { my $e = decode_json($_); push @{$got{$e->{doc_id}}}, $e->{place}; }
  my ($n, $country, $place, $none_n, $none, $uncoded) = (0) x 6;
  for my $id (sort { $a <=> $b } keys %want) {
    my @p = @{$got{$id} // []};
    if (!@p) { $uncoded++; printf "UNCODED - %s\n", $text{$id}; next; }
    my ($wc, $wn) = $want{$id} eq "-" ? ("", "") : split /:/, $want{$id}, 2;
    for my $p (@p) {
      my $gc = $p ? $p->{country}{alpha2} : ""; my $gn = $p ? $p->{name} : "";
      my $desc = $p ? "$gc:$gn ($p->{source}, \"$p->{text}\")" : "-";
      if ($want{$id} eq "-") { $none_n++; my $ok = !$p; $none += $ok;
        printf "%s - %s | expected - | got %s\n", $ok ? "ok" : "MISS", $text{$id}, $desc; next; }
      $n++; my $cok = $gc eq $wc; my $pok = $cok && fold($gn) eq fold($wn);
      $country += $cok; $place += $pok;
      printf "%s - %s | expected %s | got %s\n", $pok ? "ok" : $cok ? "NAME" : "MISS", $text{$id}, $want{$id}, $desc;
    }
  }
  my ($ca, $pa, $na) = ($n ? $country / $n : 1, $n ? $place / $n : 1, $none_n ? $none / $none_n : 1);
  printf "places: country %.3f, place %.3f (%d events naming a place), no place %.3f (%d events), %d texts uncoded\n",
    $ca, $pa, $n, $na, $none_n, $uncoded;
  exit(($ca >= $cf && $pa >= $pf && $na >= $nf) ? 0 : 1);
' "$root/tests/places/toponyms.tsv" "$tmp/out.jsonl" "$COUNTRY_FLOOR" "$PLACE_FLOOR" "$NONE_FLOOR"
