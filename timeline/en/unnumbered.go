package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Unnumbered reads a length given by its unit alone, in the plural: "for
// years", "over decades", "the worst in months", "within days", "took
// weeks", "for hours" (TIMEX3 PXY, PXDE, PXM, PXD, PXW, PTXH), as TimeML
// writes a duration whose count the text does not give. Only after a
// word that says how long: "years" alone ("years of war", "the early
// years") names no length as often as one.
func Unnumbered() *rule.Rule {
	return rule.New("en.unnumbered",
		`(?:(?:for|over|in|within|after)`+sp+`(years|months|weeks|days|hours|decades|centuries)`+
			`|(?:took|take|takes|taking|lasted|lasting)`+sp+`(years|months|weeks|days|decades)`+
			`|(years|months|weeks|days|hours|minutes|decades)`+sp+`(?:later|earlier|afterwards?))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Duration}
			_, letter, g, k := unitOf(c[0] + c[1] + c[2])
			e.Grain = g
			e.Timex = vagueLength(letter, k)
			return e, true
		}).On("years", "months", "weeks", "days", "hours", "decades", "centuries")
}

// vagueLength is the TIMEX3 value of a length of units whose count is not
// given: PXY, PTXH; decades and centuries are TimeML's own units (PXDE,
// PXCE), not a count of years nobody wrote.
func vagueLength(letter string, k int) string {
	switch {
	case k == 10 && letter == "Y":
		return "PXDE"
	case k == 100 && letter == "Y":
		return "PXCE"
	case letter[0] == 'T':
		return "PTX" + letter[1:]
	}
	return "PX" + letter
}
