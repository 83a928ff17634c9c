package en

// scheduled is English's lang.Language.Scheduled: an event on a schedule
// in the present ("the festival takes place in June", "the fair is held
// in March", "the season opens in April"). Narrower than toCome: a month
// told in the present is as often a past month's figure ("sales rise 3%
// in June", "prices begin to ease in May"), so only the verbs of an event
// that takes place, is held, opens or begins read ahead, not before an
// infinitive, and not a noun ("housing starts").
func scheduled(words []string, _ int) bool {
	for i, w := range words {
		next, prev := "", ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if i > 0 {
			prev = words[i-1]
		}
		switch {
		case (w == "takes" || w == "take") && next == "place":
			return true // "the festival takes place in June"
		case (w == "is" || w == "are") && next == "held":
			return true // "the fair is held in March"
		case (w == "kicks" || w == "kick") && next == "off":
			return true // "the season kicks off in April"
		case scheduleVerbEN[w] && next != "to" && !nounStarts[prev]:
			return true // "the exhibition opens in May"
		}
	}
	return false
}

var (
	// scheduleVerbEN: an event opens or begins, in the present.
	scheduleVerbEN = wordSet(`opens reopens begins starts commences convenes reconvenes`)
	// nounStarts: words before "starts" that make it a noun ("housing
	// starts fell in June").
	nounStarts = wordSet(`housing home building`)
)
