#!/usr/bin/perl
# Scores dyad's claims, dispute links, casualty figures and quote speakers on the annotated
# articles of tests/claims/ (expected.tsv says what each row means). For each of the four kinds,
# recall (expected items produced) and precision (produced items expected) are printed with every
# miss and extra; exits 1 when a figure falls below its floor or the annotation has errors.
# Usage: claims_score.pl DYAD DIR FLOOR...   (FLOORs: kind=recall,precision, e.g. quote=0.8,0.9)
use strict;
use warnings;
use JSON::PP;

my ($dyad, $dir, @floors) = @ARGV;
die "usage: $0 DYAD DIR [kind=recall,precision]...\n" unless $dyad && $dir;
my (%want, %texts, %produced, $bad);

# the sentences of an article in order, as dyad splits them
sub sentences {
    my ($file) = @_;
    return $texts{$file} if $texts{$file};
    my @s;
    open my $t, "-|", $dyad, "tag", "$dir/$file" or die "claims: cannot run $dyad tag: $!\n";
    while (<$t>) { push @s, $1 if /^# text = (.*)$/ }
    close $t or die "claims: $dyad tag $dir/$file failed\n";
    return $texts{$file} = \@s;
}

sub sentence_of {
    my ($file, $fragment) = @_;
    my $s = sentences($file);
    for my $i (0 .. $#$s) { return $i if index($s->[$i], $fragment) >= 0 }
    print STDERR "claims: $dir/expected.tsv: fragment not in a sentence of $file: $fragment\n";
    $bad = 1;
    return -1;
}

open my $e, "<", "$dir/expected.tsv" or die "claims: cannot read $dir/expected.tsv: $!\n";
while (<$e>) {
    next if /^#/ || !/\S/;
    chomp;
    my ($kind, $file, @f) = split /\t/;
    if ($kind eq "claim") { push @{$want{claim}}, [$file, sentence_of($file, $f[0]), $f[1], $f[0]] }
    elsif ($kind eq "dispute") { push @{$want{dispute}}, [$file, sentence_of($file, $f[0]), sentence_of($file, $f[1]), "$f[0] <- $f[1]"] }
    elsif ($kind eq "casualty") { push @{$want{casualty}}, [$file, sentence_of($file, $f[0]), "$f[1] $f[2] $f[3]", $f[0]] }
    elsif ($kind eq "quote") { push @{$want{quote}}, [$file, $f[0], $f[1], $f[0]] }
    else { print STDERR "claims: $dir/expected.tsv:$.: unknown kind '$kind'\n"; $bad = 1 }
}
my %files = map { $_->[0] => 1 } map { @$_ } values %want;

sub figures {
    my ($file, $s, $c, $out) = @_;
    for my $k (sort keys %$c) {
        my $max = defined $c->{$k}{max} ? $c->{$k}{max} : "-";
        push @$out, [$file, $s, "$k $c->{$k}{min} $max", "$k $c->{$k}{text}"];
    }
}

for my $file (sort keys %files) {
    open my $o, "-|", $dyad, "code", "--records", "all", "--date", "2025-10-03", "$dir/$file" or die "claims: cannot run $dyad: $!\n";
    while (my $line = <$o>) {
        my $r = decode_json($line);
        my $rec = $r->{record} // "event";
        if ($rec eq "quote") {
            push @{$produced{quote}}, [$file, $r->{text}, $r->{speaker} ? $r->{speaker}{code} // "" : "", $r->{text}];
        } elsif ($rec eq "casualties") {
            figures($file, $r->{sentence_index}, $r->{casualties}, $produced{casualty} //= []);
        } else {
            my $s = $r->{sentence_index};
            push @{$produced{claim}}, [$file, $s, $r->{claimed_by}{code} // "", $r->{sentence}] if $r->{claimed_by};
            push @{$produced{dispute}}, [$file, $s, $r->{disputed_by}{sentence_index}, $r->{sentence}] if $r->{disputed_by};
            figures($file, $s, $r->{casualties}, $produced{casualty} //= []);
        }
    }
    close $o or die "claims: dyad code failed on $dir/$file\n";
}

# does produced item p answer expected item w?
sub matches {
    my ($kind, $w, $p) = @_;
    return 0 unless $w->[0] eq $p->[0];
    return index($p->[1], $w->[1]) == 0 && index($p->[2], $w->[2]) == 0 if $kind eq "quote";
    return $w->[1] == $p->[1] && index($p->[2], $w->[2]) == 0 if $kind eq "claim";
    return $w->[1] == $p->[1] && $w->[2] eq $p->[2];
}

my %floor = map { /^(\w+)=([\d.]+),([\d.]+)$/ ? ($1 => [$2, $3]) : () } @floors;
my $failed = 0;
for my $kind (qw(claim dispute casualty quote)) {
    my @w = @{$want{$kind} // []};
    my @p = @{$produced{$kind} // []};
    # duplicates of one item (several events of one sentence) count once
    my (%seen, @unique);
    for my $p (@p) { push @unique, $p unless $seen{join "\t", @$p[0 .. 2]}++ }
    my (%used, $found);
    for my $w (@w) {
        my ($hit) = grep { !$used{$_} && matches($kind, $w, $unique[$_]) } 0 .. $#unique;
        if (defined $hit) { $used{$hit} = 1; $found++ } else { print "MISS $kind $w->[0]: $w->[3] ($w->[2])\n" }
    }
    for my $i (0 .. $#unique) { print "EXTRA $kind $unique[$i][0]: $unique[$i][3] ($unique[$i][2])\n" unless $used{$i} }
    $found //= 0;
    my $recall = @w ? $found / @w : 1;
    my $precision = @unique ? $found / @unique : 1;
    printf "claims: %-8s recall %.3f (%d of %d), precision %.3f (%d of %d)\n", $kind, $recall, $found, scalar @w, $precision,
        $found, scalar @unique;
    if (my $f = $floor{$kind}) {
        if ($recall < $f->[0] || $precision < $f->[1]) { print "claims: $kind below its floors $f->[0] / $f->[1]\n"; $failed = 1 }
    }
}
exit($bad || $failed ? 1 : 0);
