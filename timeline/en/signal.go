package en

import "strings"

// signals are the prepositions that open a phrase as the rules read it
// and that TimeML, and the English TimeBank, leave outside the TIMEX3, as
// a SIGNAL: "at [4 p.m.]", "on [Friday]", "in [June]", "since [2009]",
// "until [2015]", "by [year-end]", "for [three days]", "over [the
// weekend]", "in [the past]", "for [now]". Each with the blank that ends
// it. "Ago", "about", "nearly", "early" stay inside: TimeML writes
// modifiers in the TIMEX3.
var signals = []string{
	"at ", "on ", "in ", "from ", "since ", "until ", "till ", "through ", "throughout ", "by ", "for ",
	"during ", "over ", "within ", "before ", "after ", "to ", "starting ",
}

// setPhrases are a preposition and what it opens that stay whole: the
// word after it names no time on its own ("at present", "at the moment").
var setPhrases = []string{"at present", "at the moment", "at the present time", "for the time being"}

// signal is the length of the signal that opens phrase, with its blanks
// (lang.Language.Signal).
func signal(phrase string) int {
	if len(phrase) < 3 {
		return 0
	}
	switch phrase[0] | 0x20 {
	case 'a', 'o', 'i', 'f', 's', 'u', 't', 'b', 'd', 'w':
	default:
		return 0
	}
	lp := strings.ToLower(phrase[:min(len(phrase), 20)])
	for _, s := range setPhrases {
		if strings.HasPrefix(lp, s) {
			return 0
		}
	}
	for _, s := range signals {
		if !strings.HasPrefix(lp, s) {
			continue
		}
		rest := strings.TrimLeft(phrase[len(s):], " ")
		if rest == "" {
			return 0
		}
		return len(phrase) - len(rest)
	}
	return 0
}
