#!/usr/bin/perl
# The peer for the tagging benchmark: Lingua::EN::Tagger (Perl), the implementation whose trained
# model dyad compiles in. Two modes:
#   perl_peer.pl speed CORPUS.jsonl N      tags the text of the first N articles; prints sentences/s
#   perl_peer.pl agree DYAD_TAG_OUTPUT     re-tags dyad's own tokens sentence by sentence and prints
#                                          the share of tokens where both give the same Penn tag
use strict;
use warnings;
use JSON::PP;
use Lingua::EN::Tagger;
use Time::HiRes qw(time);

my %penn = (det => 'DT', lrb => '-LRB-', rrb => '-RRB-', pp => '.', ppc => ',', ppd => '$',
            ppl => '``', ppr => "''", pps => ':', prps => 'PRP$', wps => 'WP$');
sub penn { my $t = shift; return $penn{$t} // uc $t; }

my $tagger = Lingua::EN::Tagger->new(stem => 0, weight_noun_phrases => 0);
my $mode = shift @ARGV // '';

if ($mode eq 'speed') {
    my ($file, $n) = @ARGV;
    open my $fh, '<:raw', $file or die "$file: $!";
    my (@texts, $sentences);
    while (my $line = <$fh>) {
        last if @texts >= $n;
        push @texts, decode_json($line)->{text};
    }
    my $start = time;
    for my $text (@texts) {
        my $tagged = $tagger->add_tags($text);
        $sentences += () = $tagged =~ m{<pp>[.!?]</pp>}g;
    }
    my $secs = time - $start;
    printf "perl_articles %d perl_sentences %d perl_seconds %.3f perl_sentences_per_s %.0f\n",
        scalar @texts, $sentences, $secs, $sentences / $secs;
} elsif ($mode eq 'agree') {
    my ($file) = @ARGV;
    open my $fh, '<:raw', $file or die "$file: $!";
    my (@words, @tags);
    my ($same, $total, $skipped) = (0, 0, 0);
    my $flush = sub {
        return unless @words;
        my $tagged = $tagger->add_tags(join ' ', @words);
        my @theirs = map { penn($_) } $tagged =~ m{<(\w+)>[^<]*</\1>}g;
        if (@theirs == @tags) {
            for my $i (0 .. $#tags) { $total++; $same++ if $theirs[$i] eq $tags[$i]; }
        } else {
            $skipped++;
        }
        @words = (); @tags = ();
    };
    while (my $line = <$fh>) {
        chomp $line;
        if ($line eq '') { $flush->(); next; }
        next if $line =~ /^#/;
        my @f = split /\t/, $line;
        push @words, $f[1];
        push @tags, $f[3];
    }
    $flush->();
    printf "agreement_tokens %d agreement_same %d agreement %.4f sentences_not_aligned %d\n",
        $total, $same, $total ? $same / $total : 0, $skipped;
} else {
    die "usage: perl_peer.pl speed CORPUS.jsonl N | agree DYAD_TAG_OUTPUT\n";
}
