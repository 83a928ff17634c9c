package timeline

import (
	"fmt"
	"time"

	"frise/timeline/expr"
)

// Certainty says how far a value can be trusted.
type Certainty int

const (
	// Exact: the text and the article date fix the value.
	Exact Certainty = iota
	// Inferred: a reading policy chose the value (tense, the story's reference
	// day, a sentence without a date of its own); a careful reader would agree,
	// but the text does not say it outright.
	Inferred
	// Ambiguous: several values are possible; From and To span all of them.
	Ambiguous
)

var certaintyNames = [...]string{"exact", "inferred", "ambiguous"}

// String returns the lower-case name of c.
func (c Certainty) String() string {
	if c < 0 || int(c) >= len(certaintyNames) {
		return fmt.Sprintf("Certainty(%d)", int(c))
	}
	return certaintyNames[c]
}

// MarshalText writes c by name.
func (c Certainty) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Value is what a time phrase resolves to: never one invented instant, but
// the interval [From, To) of what the text and the article date allow.
type Value struct {
	// From and To bound the value, To exclusive, in the article's location.
	// Both are zero for DURATION and SET values, which have no place in time.
	From, To time.Time
	Grain    expr.Granularity
	Type     expr.TimexType
	// Timex is the TIMEX3 value, as the French TimeBank writes it
	// ("2022-01-05", "2022-01-04TNI", "P3D", "XXXX-WXX-1"); unknown digits are X.
	Timex     string
	Certainty Certainty
	// Reason says why a value is not Exact, in plain words (English).
	Reason string
	// Why is the reason as data, for a page to word in its own language,
	// when Reason is its English wording (Why.String()); a Reason made
	// otherwise (two reasons joined) is said by Reason alone.
	Why Why
	// RelDay is the offset in days from the article's reference day, set when
	// the article date is not day-precise but the offset is the same for every
	// day it allows ("dimanche" is -3 in a story whose latest day is a Wednesday).
	RelDay *int
	// Open marks the value of one named end of a range the text leaves
	// open: widened to the article's time, +1 "depuis vendredi" (from
	// Friday to it), -1 "jusqu'à jeudi" (from it to Thursday); the named
	// end alone, +2 "à partir de lundi" (the start of something), -2 "il
	// est resté jusqu'à jeudi" (the end of something); +3 "après le 5
	// janvier" (sometime after it), -3 "avant 2018" (sometime before it).
	Open int
}

// IsZero reports whether v holds nothing.
func (v Value) IsZero() bool { return v.Type == "" && v.Timex == "" }

// Placed reports whether v has a place on the time line.
func (v Value) Placed() bool { return v.Type.IsPoint() && v.Bounded() }

// Bounded reports whether v covers a known interval; a duration the text
// anchors ("les trois derniers mois") does, and still is no point in time.
func (v Value) Bounded() bool { return !v.From.IsZero() && v.From.Before(v.To) }

// Why says why a value is not Exact as data: its Kind, and the dates and
// the source its words name. Reason holds its English wording.
type Why struct {
	Kind WhyKind
	// ArticleDate is the article's date (TIMEX3, "2022-01").
	ArticleDate string
	// Day is the day another source gives the article's story (TIMEX3),
	// Source that source and SourceDate its article's date.
	Day, Source, SourceDate string
}

// WhyKind is what kind of reason a Why is.
type WhyKind int

// The kinds of reason a Why gives.
const (
	WhyNone WhyKind = iota
	// WhyPinned: the article is dated by month; another source reporting
	// the same event gives its day.
	WhyPinned
	// WhyDayNamed: the article is dated by month; the day its text names
	// is taken as its day.
	WhyDayNamed
	// WhyDayUnknown: the article is dated by month; its exact day is unknown.
	WhyDayUnknown
	// WhyNoTime: the article's date has no time; counted from any time of it.
	WhyNoTime
	// WhyPastNoCue: no tense cue; read as past.
	WhyPastNoCue
	// WhyToCome: present, modal, headline or programme; read as to come.
	WhyToCome
	// WhyFar: no tense cue; the nearest candidate, months away, was taken.
	WhyFar
)

// String is the reason in English, as Value.Reason says it.
func (w Why) String() string {
	switch w.Kind {
	case WhyPinned:
		return fmt.Sprintf("article dated %s; its day is %s, from %s (dated %s) reporting the same event", w.ArticleDate, w.Day, w.Source, w.SourceDate)
	case WhyDayNamed:
		return fmt.Sprintf("article dated %s; the day named in the text is taken as the article's day", w.ArticleDate)
	case WhyDayUnknown:
		return fmt.Sprintf("article dated %s: the exact day is unknown", w.ArticleDate)
	case WhyNoTime:
		return fmt.Sprintf("article dated %s, without its time: counted from any time of it", w.ArticleDate)
	case WhyPastNoCue:
		return "no tense cue in the clause: read as past, as press copy reports what happened"
	case WhyToCome:
		return "told in the present, a modal, a headline or a programme: read as still to come"
	case WhyFar:
		return farReason
	}
	return ""
}
