package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Vague reads words that look like a time and say none, to block the
// rules that would read them: "seconde" as an ordinal ("une seconde fois",
// "une seconde chance", "la seconde vague"), and "un jour" meaning some
// day ("un jour ou l'autre", "un beau jour", "un jour peut-être", "Un
// jour, …", "qu'un jour", "un jour viendra"). "Un jour" that counts
// ("pendant un jour", "un jour de grève", "suspendu un jour.") is
// Duration's.
func Vague() *rule.Rule {
	return rule.New("fr.vague",
		`(?:une|la|sa|leur|cette)`+sp+`seconde`+sp+`(?:fois|chance|vague|place|manche|mi-temps|étape|etape|partie|phase|édition|edition|tentative|victoire|défaite|defaite|session|lecture|audience|opération|operation|guerre|moitié|moitie|main|série|serie|division|génération|generation)`+
			`|un`+sp+`(?:beau`+sp+`)?jour`+sp+`(?:ou`+sp+`l`+apos+`autre|peut-être|peut-etre|prochain|viendra)|un`+sp+`beau`+sp+`jour`+
			`|qu`+apos+`un`+sp+`jour|un`+sp+`jour,`,
		func([]string) (expr.Expr, bool) { return expr.Expr{}, false }).
		On("seconde", "jour")
}
