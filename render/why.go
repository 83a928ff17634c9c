package render

import (
	"fmt"
	"strings"
	"time"

	"frise/timeline"
)

// reasonSaid is why v is not exact, in the page's language: its Why
// worded here when Reason is that Why's English wording, else Reason as
// the chronology gives it (reasons joined, or read back from JSON).
func reasonSaid(v timeline.Value, lg string) string {
	if v.Why.Kind == timeline.WhyNone || v.Why.String() != v.Reason || strings.HasPrefix(lg, "en") {
		return v.Reason
	}
	w := v.Why
	date, coarse := timexSaid(w.ArticleDate, lg)
	dated := "article daté du " + date
	if coarse {
		dated = "article daté de " + date
	}
	switch w.Kind {
	case timeline.WhyPinned:
		day, _ := timexSaid(w.Day, lg)
		src, _ := timexSaid(w.SourceDate, lg)
		return fmt.Sprintf("%s ; son jour est le %s, que donne %s (article du %s) en rapportant le même événement", dated, day, w.Source, src)
	case timeline.WhyDayNamed:
		return dated + " : le jour que nomme le texte est pris pour celui de l'article"
	case timeline.WhyDayUnknown:
		return dated + " : le jour exact est inconnu"
	case timeline.WhyNoTime:
		return dated + ", sans heure : compté depuis n'importe quelle heure de ce jour"
	case timeline.WhyPastNoCue:
		return "aucun indice de temps dans la proposition : lue au passé, comme la presse rapporte ce qui a eu lieu"
	case timeline.WhyToCome:
		return "dite au présent, avec un modal, en titre ou dans un programme : lue comme à venir"
	case timeline.WhyFar:
		return "aucun indice de temps dans la proposition : la date la plus proche, à quelques mois, est retenue ; celle qui tombe un an plus tôt ou plus tard est presque aussi proche"
	}
	return v.Reason
}

// timexSaid says a TIMEX3 date ("2022-01-05", "2022-01", "2022") as a
// reader would, and whether it is coarser than a day; any other value as
// it is.
func timexSaid(timex, lg string) (string, bool) {
	w := wordsFor(lg)
	if t, err := time.Parse("2006-01-02", timex); err == nil {
		return w.day(t), false
	}
	if t, err := time.Parse("2006-01", timex); err == nil {
		return fmt.Sprintf("%s %d", w.Months[t.Month()-1], t.Year()), true
	}
	if t, err := time.Parse("2006", timex); err == nil {
		return fmt.Sprint(t.Year()), true
	}
	return timex, false
}
