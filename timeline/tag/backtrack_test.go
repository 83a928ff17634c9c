package tag

import (
	"os"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"frise/timeline/en"
	"frise/timeline/fr"
)

// TestSubmatcher: a submatcher finds the captures Go's regexp finds, at
// the start of every word of real French and English text, for every
// anchored rule, the large ones (which Go runs with its NFA) included,
// though it leaves the branches that cannot go on untried.
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
	calls, large := 0, 0
	for name, tg := range map[string]*Tagger{"fr": New(fr.All()...), "en": New(en.All()...)} {
		for i, pr := range tg.progs {
			if pr == nil || !pr.begin {
				continue
			}
			if len(pr.p.Inst) > 500 {
				large++ // past Go's backtracker: its NFA answers
			}
			sub := &submatcher{p: pr.p, first: pr.first}
			re := tg.anchored[i]
			for _, text := range texts {
				for start := 0; start < len(text); {
					_, size := utf8.DecodeRuneInString(text[start:])
					prev, _ := utf8.DecodeLastRuneInString(text[:start])
					if start == 0 || !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
						win := text[start:min(len(text), start+maxPhrase)]
						want := re.FindStringSubmatchIndex(win)
						got := sub.submatch(win, pr.ncap)
						calls++
						if !slices.Equal(got, want) {
							t.Fatalf("%s %s at %q: submatcher %v, regexp %v", name, tg.names[i], win, got, want)
						}
					}
					start += size
				}
			}
		}
	}
	if calls < 10_000 || large == 0 {
		t.Errorf("%d windows compared, %d rules past Go's backtracker", calls, large)
	}
}
