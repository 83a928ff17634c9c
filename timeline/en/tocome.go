package en

// toCome is English's lang.Language.ToCome: a verb of a schedule in the
// present ("the offer opens Thursday").
func toCome(words []string) bool {
	for _, w := range words {
		if presentEN[w] {
			return true
		}
	}
	return false
}

var (
	// presentEN: verbs of schedules in the present ("opens Thursday").
	presentEN = map[string]bool{"opens": true, "closes": true, "begins": true, "starts": true, "ends": true, "meets": true,
		"resumes": true, "expires": true, "arrives": true, "departs": true, "leaves": true, "returns": true, "visits": true,
		"plays": true, "hosts": true, "faces": true, "holds": true, "votes": true, "launches": true, "kicks": true, "heads": true,
		"travels": true, "testifies": true, "open": true, "meet": true, "begin": true, "start": true, "vote": true, "play": true,
		"face": true, "resume": true, "reconvene": true, "reconvenes": true, "plans": true, "plan": true, "scheduled": true,
		"slated": true, "runs": true, "run": true, "goes": true, "comes": true, "moves": true, "airs": true, "premieres": true,
		"debuts": true, "convenes": true, "gathers": true, "competes": true, "concludes": true, "wraps": true, "lands": true}
)
