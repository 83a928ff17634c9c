package en

import (
	"frise/timeline/expr"
	"frise/timeline/lang"
)

// tenseCues are the English cues of a clause's tense: "was", "had",
// "said", -ed read past; "will", "would", "shall", "going to", "due"
// read future. A past form after a copula ("will remain closed", "is
// expected") is a participle: its auxiliary says the tense.
var tenseCues = lang.TenseCues{
	Past: lang.Words(`was were had did said told took came went made began broke saw met
		held left fell got gave ago
		found won lost sent led rose ran struck spoke wrote brought bought caught
		fought thought felt kept paid sold stood became grew knew drew threw
		flew shot chose drove stole swore arose woke froze forgot hid sat
		fled sought taught meant spent built dealt heard`), // irregular pasts that are no other form (not "set", "hit", "cut", "put")
	Future:  lang.Words(`will would shall going due expected plans`),
	Copulas: lang.Words(`be been being is are am remain remains stay stays become becomes get gets seem seems`),
	Perfect: lang.Words(`been`),
	Schedule: lang.Words(`postponed rescheduled deferred adjourned delayed extended scheduled planned
		announced decided ordered imposed`),
	ClauseJoins: lang.Words(`and but`),
	Endings:     endings,
	// "postponed to Feb. 3", "scheduled for Jan. 5", "extended until
	// March", "starting Monday".
	MovedFirst:  lang.Words(`to for until till`),
	MovedBefore: []string{"to", "for", "until", "till", "starting"},
	// "And on Tuesday", "Earlier Tuesday, the minister resigned".
	Leads: lang.Words(`in on at by since the during from and but then until till starting
		before after earlier later early late`),
}

// endings reads an English regular past (-ed) from its ending.
func endings(lw string) expr.Direction {
	if lw[len(lw)-1] == 'd' && len(lw) > 4 && lw[len(lw)-2] == 'e' && isASCII(lw) {
		return expr.DirPast
	}
	return expr.DirAuto
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
