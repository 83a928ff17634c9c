package fr

// scheduled is French's lang.Language.Scheduled: an event on a schedule
// in the present ("le festival a lieu en juin", "le salon se tient au
// printemps", "les soldes débutent le 10 janvier"). Narrower than toCome:
// a month told in the present is as often a past month's figure ("les
// prix augmentent de 3 % en juin", "en juin, le chômage recule"), so only
// the verbs of an event that takes place, opens or begins read ahead, and
// not when an infinitive follows ("le chômage commence à reculer en
// juin": a figure). A date or month right after "à partir de" in the
// present is where something starts, still to come.
func scheduled(words []string, left int) bool {
	if afterStart(words, left) {
		return true // "les inscriptions sont ouvertes à partir du 15 mars": where something starts, in the present
	}
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case (w == "a" || w == "ont") && next == "lieu":
			return true // "le festival a lieu en juin"
		case (w == "se" || w == "s") && reflexiveSchedule[next]:
			return true // "se tient", "se déroule", "s'ouvre"
		case scheduleVerb[w] && !infinitiveLead[next] && next != "par":
			return true // "le salon ouvre en mars", "les soldes débutent le 10 janvier"
		}
	}
	return false
}

var (
	// reflexiveSchedule: what an event does after "se" in the present.
	reflexiveSchedule = map[string]bool{"tient": true, "tiennent": true, "déroule": true, "déroulent": true, "ouvre": true,
		"ouvrent": true, "achève": true, "achèvent": true, "termine": true, "terminent": true,
		"clôt": true, "clôture": true, "clôturent": true}
	// scheduleVerb: an event opens or begins, in the present.
	scheduleVerb = map[string]bool{"débute": true, "débutent": true, "commence": true, "commencent": true, "démarre": true,
		"démarrent": true, "ouvre": true, "ouvrent": true, "rouvre": true, "rouvrent": true}
)

// afterStart reports whether the phrase whose left words end at left
// comes right after "à partir de" ("à partir de mercredi", "à partir du
// 15 mars"; the phrase may hold the "du").
func afterStart(words []string, left int) bool {
	switch {
	case left >= 1 && words[left-1] == "partir":
		return true
	case left >= 2 && words[left-2] == "partir":
		return words[left-1] == "de" || words[left-1] == "du" || words[left-1] == "d"
	}
	return false
}
