package match

import (
	"os"
	"regexp"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSubmatcher: a submatcher finds the captures Go's regexp finds, at
// the start of every word of real French and English text, for the
// pattern of every French and English rule, the large ones (which Go runs with its NFA) included,
// though it leaves the branches that cannot go on untried, tests ASCII
// runes by its tables and takes long alternations at one step.
func TestSubmatcher(t *testing.T) {
	texts := []string{
		"Le 5 janv. 2022 à 14h30, puis du 2 au 5 février, 05/01/2022, en 2021, mardi 4, il y a trois jours, " +
			"il y a à peu près un mois, pendant deux semaines, la nuit de mardi à mercredi, à la Toussaint, " +
			"depuis vingt-cinq ans, les trois derniers mois, chaque lundi, vers 3 heures du matin, dans une demi-heure.",
		"On Jan. 5, 2022 at 3pm, three days ago, from 9 to 11 am, last week, 2022-01-05T14:30:00+01:00, " +
			"overnight Tuesday into Wednesday, from March 3 to April 5, 2021, twenty-one years ago, May 2021, 3 Aug 96.",
		// Broken bytes, which read as U+FFFD, where a phrase ends or goes on.
		"le 5\xff janvier, hier\xc3, à 14 h\x80, Mardi\xe2\x80 soir, 3 days\xf5 ago",
		// Phrases that end the text, where only the end of the window follows.
		"il y a trois jours", "mardi 4 janvier 2022", "three days ago", "at 5pm",
	}
	if raw, err := os.ReadFile("../../../shared/bench/bench_fr.txt"); err == nil {
		texts = append(texts, string(raw[:20_000]))
	}
	if raw, err := os.ReadFile("../../../shared/eval/ftib_dev.jsonl"); err == nil {
		texts = append(texts, string(raw[:40_000])) // real news, capitals and accents, JSON escapes between
	}
	calls, large, chains := 0, 0, 0
	for name, res := range rulePatterns() {
		for i, re := range res {
			pr := Compile(re)
			if pr == nil || !pr.begin {
				continue
			}
			if len(pr.p.Inst) > 500 {
				large++ // past Go's backtracker: its NFA answers
			}
			chains += pr.chains()
			sub := pr.Submatcher()
			for _, text := range texts {
				for start := 0; start < len(text); {
					_, size := utf8.DecodeRuneInString(text[start:])
					prev, _ := utf8.DecodeLastRuneInString(text[:start])
					if start == 0 || !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
						win := text[start:min(len(text), start+window)]
						want := re.FindStringSubmatchIndex(win)
						got := sub.Submatch(win, pr.ncap)
						calls++
						if !slices.Equal(got, want) {
							t.Fatalf("%s pattern %d at %q: submatcher %v, regexp %v", name, i, win, got, want)
						}
					}
					start += size
				}
			}
		}
	}
	if calls < 10_000 || large == 0 || chains == 0 {
		t.Errorf("%d windows compared, %d rules past Go's backtracker, %d long alternations", calls, large, chains)
	}
}

// TestSubmatcherAlternations: in a long alternation whose branches can
// start with the same byte, the branches are tried in their order, as
// Go's regexp tries them, captures included.
func TestSubmatcherAlternations(t *testing.T) {
	for _, tc := range []struct{ re, text string }{
		{`^(?:([a-c])x|(a)b|([a-z])y|(q)|(r)|(s)|(a)(b)?|(ab)c)`, "abc"},
		{`^(?:([a-c])x|(a)b|([a-z])y|(q)|(r)|(s)|(a)(b)?|(ab)c)`, "ay"},
		{`^(?:([a-c])x|(a)b|([a-z])y|(q)|(r)|(s)|(a)(b)?|(ab)c)`, "bx"},
		{`^(?i)(?:(mar)s|(mardi)|(m)ai|[a-m](ars)|(j)uin|(j)uillet|(m.)rdi)\b`, "Mardi 4"},
		{`^(?:(\d)|(\d\d)|([0-9]+)h|(x)|(y)|(z)|(\d)+)(\d)?`, "123h"},
		{`^(?:(a)|(b)|(c)|(d)|(e)|(f)|())$`, ""},
		{`^(?:(a)|(b)|(c)|(d)|(e)|(f)|(a?))(a)?$`, "a"},
	} {
		re := regexp.MustCompile(tc.re)
		pr := Compile(re)
		if pr.chains() == 0 {
			t.Fatalf("%s: no long alternation found", tc.re)
		}
		sub := pr.Submatcher()
		if got, want := sub.Submatch(tc.text, pr.ncap), re.FindStringSubmatchIndex(tc.text); !slices.Equal(got, want) {
			t.Errorf("%s on %q: submatcher %v, regexp %v", tc.re, tc.text, got, want)
		}
	}
}

// chains is how many long alternations pr's submatcher takes in one step.
func (pr *Prog) chains() int {
	n := 0
	for _, in := range pr.insts() {
		if in.chain != nil {
			n++
		}
	}
	return n
}
