package render

import (
	"fmt"
	"time"

	"frise/timeline"
)

// reasonSaid is why v is not exact, in the page's language: its Why
// worded here when Reason is that Why's English wording, else Reason as
// the chronology gives it (reasons joined, or read back from JSON).
func reasonSaid(v timeline.Value, lg string) string {
	if v.Why.Kind == timeline.WhyNone || v.Why.String() != v.Reason {
		return v.Reason
	}
	rw := pageFor(lg).Reasons
	if rw.Dated == "" { // the language says the chronology's reason as it is
		return v.Reason
	}
	w := v.Why
	date, coarse := timexSaid(w.ArticleDate, lg)
	dated := fmt.Sprintf(rw.Dated, date)
	if coarse {
		dated = fmt.Sprintf(rw.DatedCoarse, date)
	}
	switch w.Kind {
	case timeline.WhyPinned:
		day, _ := timexSaid(w.Day, lg)
		src, _ := timexSaid(w.SourceDate, lg)
		return fmt.Sprintf(rw.Pinned, dated, day, w.Source, src)
	case timeline.WhyDayNamed:
		return fmt.Sprintf(rw.DayNamed, dated)
	case timeline.WhyDayUnknown:
		return fmt.Sprintf(rw.DayUnknown, dated)
	case timeline.WhyNoTime:
		return fmt.Sprintf(rw.NoTime, dated)
	case timeline.WhyPastNoCue:
		return rw.PastNoCue
	case timeline.WhyToCome:
		return rw.ToCome
	case timeline.WhyFar:
		return rw.Far
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
