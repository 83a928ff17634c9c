package en

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// cues is what frise's chronology knows of English news copy: the
// cues that tell a report from a narrative, a prediction, or a date that
// is not the clause's event's (see lang.Language).
//
// Known limits: words are read without a parser. A past participle used
// as an adjective ("the recently announced iPhone") reads as a past; a
// verb in "-s" ("claims", "sells") is no cue, as it may be a noun; "had"
// narrates, though a past perfect steps back from the episode.
var cues = lang.Language{
	Reporting: lang.Words(`said says say told tells announced announces announce stated states
		added adds noted notes explained explains reported reports confirmed confirms revealed reveals
		claimed claims argued argues insisted insists acknowledged acknowledges admitted admits warned warns
		commented comments remarked replied replies responded responds wrote writes
		declared declares described describes called calls urged urges praised praises
		saying stating adding noting explaining telling claiming warning`),
	Complementizers: lang.Words("that"),
	Continuers: []string{"then", "later", "afterwards", "afterward", "subsequently", "soon after",
		"shortly after", "after that", "next", "moments later", "minutes later", "hours later"},
	Tense: tense,
	// "compared with June, when sales fell": what the clause tells
	// happened then.
	WhenRelatives: lang.Words("when"),
	Relatives:     lang.Words("who which whose whom where"),
	// "…are under development and Jobs will continue to steer the company".
	Pluperfect:   lang.Words("had"),
	AsideOpeners: []string{"before", "after", "while", "until", "since"},
	// Not "as" nor "though" alone: "as early as", "he did, though,".
	Subordinators:  []string{"even though", "although", "because", "even if"},
	NotSubordinate: []string{"because of"},
	// "a few days ago", "in a few days", "several weeks from now".
	StorySides: []lang.StorySide{{Word: "ago", After: true, Open: -3}, {Word: "in", Open: 3},
		{Word: "from now", After: true, Open: 3}},
	Coordinators: lang.Words("and but"),
	// Not "then": "and then left" goes on with the same episode.
	Afterwards: []string{"later", "soon after", "soon afterwards", "shortly after", "shortly afterwards",
		"afterwards", "afterward", "subsequently", "eventually", "ultimately"},
	PerfectAux: lang.Words("has have 've"),
	// "The world rarely sees someone…", "has twice sued": a habit, a
	// generic truth, an experience: no day.
	Habitual: lang.Words(`usually often always never rarely seldom sometimes generally typically
		frequently routinely traditionally twice repeatedly`),
	// "He used to work at IBM", "She is known for…": a trait, no day.
	HabitualPairs: []string{"used to", "known for", "famous for", "renowned for", "credited with"},
	Participle:    participle,
	// "has chosen to step down", "agreed to sell", "vowed to appeal".
	Intends: lang.Words(`decided decides decide chose chosen chooses choose agreed agrees agree
		plans planned intends intended wants wanted hopes hoped vowed vows pledged pledges
		promised promises threatened threatens refused refuses offered offers`),
	Infinitives: lang.Words("to"),
	// "compared with June", "than in 2005", "by 2014", "no later than
	// Friday", "up from 2009", "down from last year".
	Detachers:   []string{"compared with", "compared to", "than", "than in", "than on", "by", "up from", "down from", "from a year earlier", "versus", "vs."},
	Determiners: lang.Words("the its his her their our a an this that these those"),
	Genitives:   []string{"'s ", "’s "},
	Possessives: []string{"'s", "’s", " 's", " ' s"},
	Abbreviations: lang.Words(`mr mrs ms jr sr dr st gen gov sen rep lt sgt capt
		jan feb mar apr jun jul aug sep sept oct nov dec vs e.g i.e u.s u.n no`),
	Connectives: [][]string{
		{" before ", " after ", " then ", " while ", " whereas ", " but "},
		{" when ", " and ", " where "},
	},
	StopWords: lang.Words(`the a an and or but of to in on at by for with from as is are was were be been
		has have had it its this that these those they he she we you his her their our not no after before
		over under into than then also said says will would`),
}

var futureWords = lang.Words("will would shall 'll wo might could should")

// ahead follow "is", "are" in a present that looks ahead: "is expected
// to", "is set to", "is due". Not "about": "is about one-third" is no
// future, and the tense sees one word ahead only.
var ahead = lang.Words("expected set due going scheduled slated planned likely to")

var pastWords = lang.Words(`was were had did went came made took began broke saw met held left fell got gave
	found won lost sent led rose ran struck spoke wrote brought bought caught fought felt kept paid sold stood died
	became grew knew drew threw flew shot chose drove stole fled sought taught spent built heard told said`)

var notPast = lang.Words("need indeed hundred seed speed breed proceed succeed exceed feed bed red shed")

// present reads a finite verb in the present, the perfect included ("has
// said", "is"): the news of the day, or a state.
var presentWords = lang.Words("is are am has have does do can may says 's")

// tense reads a simple past (a listed irregular form, or a word in "-ed"
// of five letters or more), a present, or a future (see
// lang.Language.Tense).
func tense(lw, next string) expr.Direction {
	switch {
	case futureWords[lw]:
		return expr.DirFuture
	case (lw == "is" || lw == "are") && ahead[next]:
		return expr.DirFuture
	case presentWords[lw]:
		return expr.DirNearest
	case pastWords[lw] || len(lw) >= 5 && strings.HasSuffix(lw, "ed") && !notPast[lw]:
		return expr.DirPast
	}
	return expr.DirAuto
}

var participles = lang.Words("born made built held known taken given seen done sold bought founded led won lost")

// participle tells a past participle that may open a participial clause
// (", born in 1955,", ", arrested in May,").
func participle(lw string) bool {
	return participles[lw] || len(lw) >= 5 && strings.HasSuffix(lw, "ed") && !notPast[lw]
}
