package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Now reads the present of the article: "maintenant", "actuellement",
// "désormais", "dorénavant", "à présent", "en ce moment"; its past,
// "auparavant", "jusqu'alors", "récemment", "autrefois", "à l'époque", "par
// le passé"; and its future, "bientôt", "prochainement", "à une date
// ultérieure" ("à l'avenir" is as often the noun: "penser à l'avenir").
// "Pour l'instant", "pour le moment", "pour l'heure" are its present:
// what holds for now ("pour 3 h" is no such phrase).
// TIMEX3 writes them PRESENT_REF, PAST_REF and FUTURE_REF; only the present
// has a place (the article's time). The adjective "actuel" ("l'actuel
// directeur", "les accords actuels") is left: the French TimeBank marks it
// as often as not, and it names no time of the clause.
func Now() *rule.Rule {
	return rule.New("fr.now",
		`(maintenant|actuellement|désormais|desormais|à`+sp+`présent|a`+sp+`present|en`+sp+`ce`+sp+`moment|auparavant|jusqu`+apos+`alors|jusqu`+apos+`ici|`+
			`récemment|recemment|dernièrement|dernierement|naguère|autrefois|jadis|(?:à|a)`+sp+`l`+apos+`époque|(?:à|a)`+sp+`cette`+sp+`époque(?:-là)?|`+
			`ces`+sp+`derniers`+sp+`temps|il`+sp+`y`+sp+`a`+sp+`peu`+sp+`de`+sp+`temps|à`+sp+`l`+apos+`heure`+sp+`actuelle|de`+sp+`nos`+sp+`jours|bientôt|bientot|prochainement|sous`+sp+`peu|dans`+sp+`un`+sp+`(?:proche`+sp+`avenir|avenir`+sp+`proche)|`+
			`dorénavant|dorenavant|présentement|presentement|ultérieurement|ulterieurement|dans`+sp+`le`+sp+`passé|par`+sp+`le`+sp+`passé|`+
			`pour`+sp+`l`+apos+`instant|pour`+sp+`le`+sp+`moment|pour`+sp+`l`+apos+`heure|(?:à|a)`+sp+`une`+sp+`date`+sp+`(?:ultérieure|ulterieure|future|prochaine)|à`+sp+`une`+sp+`échéance`+sp+`(?:ultérieure|ulterieure))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Timex, e.Anchor = "PRESENT_REF", expr.AnchorDoc
			if strings.HasPrefix(c[0], "a") && !strings.HasPrefix(c[0], "actuel") && !strings.HasPrefix(c[0], "auparavant") && !strings.HasPrefix(c[0], "a present") {
				return expr.Expr{}, false // "il a l'époque…": the verb; a capital A is the preposition unaccented
			}
			w := strings.Join(strings.Fields(rule.Fold(c[0])), " ")
			if rest, ok := strings.CutPrefix(w, "a "); ok && rest != "present" {
				w = "à " + rest // "A l'époque", "A une date ultérieure"
			}
			switch {
			case w == "bientôt", w == "bientot", w == "prochainement", strings.HasPrefix(w, "sous"), strings.HasPrefix(w, "dans un"),
				strings.HasPrefix(w, "ult"), strings.HasPrefix(w, "à une"):
				e.Timex = "FUTURE_REF"
			case w == "auparavant", w == "jusqu'alors", strings.HasPrefix(w, "r"), strings.HasPrefix(w, "dern"),
				w == "naguère", w == "autrefois", w == "jadis", strings.Contains(w, "époque"), strings.HasPrefix(w, "ces"),
				strings.HasPrefix(w, "il"), strings.HasSuffix(w, "passé"):
				e.Timex = "PAST_REF"
			}
			return e, true
		}).On("maintenant", "actuellement", "désormais", "desormais", "présent", "present", "moment", "auparavant", "alors", "ici",
		"récemment", "recemment", "dernièrement", "dernierement", "naguère", "autrefois", "jadis", "époque", "bientôt", "bientot", "prochainement",
		"temps", "peu", "actuelle", "jours", "avenir", "dorénavant", "dorenavant", "présentement", "presentement",
		"ultérieurement", "ulterieurement", "passé", "instant", "heure", "date", "échéance")
}
