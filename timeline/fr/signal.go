package fr

import (
	"strings"
	"unicode/utf8"
)

// signals are the prepositions that open a phrase as the rules read it
// and that TimeML, and the French TimeBank, leave outside the TIMEX3:
// "à [20 h]", "depuis [1999]", "en [juillet]", "dans [la soirée]", "au
// cours de [la nuit]", "du [30 mai]", "de [six mois]", "jusqu'à [17 h]".
// The longer first, each with the blank or apostrophe that ends it. "Il y
// a", "voici" stay inside, as "ago" does; "vers", "environ" too, the
// modifiers TimeML writes in the TIMEX3 (the French TimeBank writes "vers"
// either way); "des" is an article ("des années").
var signals = []string{
	"à partir de ", "à partir du ", "à partir des ", "à partir d'", "à partir d’",
	"a partir de ", "a partir du ", "a partir d'", "a partir d’",
	"au cours de ", "au cours du ", "au cours des ", "au cours d'", "au cours d’",
	"au bout de ", "au bout d'", "au bout d’", "en l'espace de ", "en l’espace de ", "en l'espace d'", "en l’espace d’",
	"tard dans ", "jusqu'à ", "jusqu’à ", "jusqu'au ", "jusqu’au ", "jusqu'en ", "jusqu’en ", "jusqu'", "jusqu’",
	"pendant ", "durant ", "depuis ", "dès ", "dans ", "avant ", "après ", "pour ", "sur ", "par ",
	"en ", "à ", "a ", "au ", "aux ", "du ", "de ",
	"et ", // "entre 10 h et [midi]": the link of a range
}

// setPhrases are a preposition and what it opens that TimeML tags whole,
// the word after it naming no time on its own: "à présent", "depuis peu",
// "pour l'instant", "par la suite".
var setPhrases = []string{
	"à présent", "a present", "à jamais", "depuis peu", "depuis toujours", "pour toujours", "de nos jours",
	"pour l'instant", "pour l’instant", "pour le moment", "pour l'heure", "pour l’heure", "par la suite",
	"à la fois",
}

// signalStarts marks the ASCII bytes a phrase that opens with a signal
// or a set phrase may start with: their first letters, in either case.
// A phrase starting with another ASCII byte has none ("hier", "le 5
// mai", "mardi": most), and lowering each and trying every prefix was a
// sixteenth of frise tag --jsonl's CPU. (A phrase starting past ASCII is
// tried: "À", or a letter that lowers to ASCII, as the Kelvin sign does.)
var signalStarts = func() (t [utf8.RuneSelf]bool) {
	for _, list := range [][]string{signals, setPhrases} {
		for _, s := range list {
			if c := s[0]; c < utf8.RuneSelf {
				t[c] = true
				if 'a' <= c && c <= 'z' {
					t[c-'a'+'A'] = true
				}
			}
		}
	}
	return t
}()

// signalsBy and setPhrasesBy are signals and setPhrases by their first
// byte, each in its list's order: a phrase is tried against those that
// start as it does.
var signalsBy, setPhrasesBy = byFirstByte(signals), byFirstByte(setPhrases)

func byFirstByte(list []string) (t [256][]string) {
	for _, s := range list {
		t[s[0]] = append(t[s[0]], s)
	}
	return t
}

// signal is the length of the signal that opens phrase, with its blanks
// (lang.Language.Signal).
func signal(phrase string) int {
	if phrase == "" || phrase[0] < utf8.RuneSelf && !signalStarts[phrase[0]] {
		return 0
	}
	lp := strings.ToLower(phrase)
	for _, s := range setPhrasesBy[lp[0]] {
		if strings.HasPrefix(lp, s) {
			return 0
		}
	}
	for _, s := range signalsBy[lp[0]] {
		if !strings.HasPrefix(lp, s) {
			continue
		}
		rest := strings.TrimLeft(lp[len(s):], " ")
		if rest == "" {
			return 0
		}
		return len(phrase) - len(rest) // lower case keeps the bytes of these words
	}
	return 0
}
