package render

import (
	"fmt"
	"html"
	"slices"
	"strings"
	"time"

	"frise/timeline"
	"frise/timeline/expr"
)

// item is one event as the chart draws it.
type item struct {
	x0, x1    float64
	lane      int
	certainty timeline.Certainty
	inherited bool
	open      int // +1: goes on after x1; -1: began before x0 (see timeline.Value.Open)
	sources   int
	label     string // short summary, plain text; none for an event dated by the sentence before
}

// mark is where the item's point and label are drawn: the middle of its
// extent, or its end when it goes on after it (the point is then an
// arrowhead pointing on).
func (it *item) mark() float64 {
	if it.open > 0 {
		return it.x1
	}
	return (it.x0 + it.x1) / 2
}

// labelAt is where the item's label starts: after its bar, so that no
// label lies on its own mark (the page moves it there with labelLayout).
func (it *item) labelAt() float64 {
	return max(it.mark(), it.x1)
}

// layout is what the chart shows: lanes, items, and the x axis mode.
type layout struct {
	// relative: the x axis counts days from the article's reference day
	// (J0), because the article date does not say which calendar day it is.
	relative bool
	// zoom is the initial view, in percent of [min, max], or 0, 100.
	zoom0, zoom1 float64
	lanes        []string
	items        []item
	min, max     float64
}

const day = float64(24 * time.Hour / time.Millisecond)

// wall returns the article's wall-clock time of t as milliseconds of a UTC
// clock, so the chart shows the article's own hours whatever the reader's
// zone.
func wall(t time.Time) float64 {
	_, off := t.Zone()
	return float64(t.UnixMilli() + int64(off)*1000)
}

func lay(c timeline.Chronology, lanes string) layout {
	var l layout
	l.relative = len(c.Events) > 0
	for _, e := range c.Events {
		if e.Value.RelDay == nil {
			l.relative = false
		}
	}
	if l.relative {
		refs := map[[2]string]bool{} // an ID is unique in its file only
		for _, a := range c.Articles {
			refs[[2]string{a.File, a.ID}] = true
		}
		l.relative = len(refs) == 1
	}
	if lanes == "" {
		lanes = "none"
		sources := map[string]bool{}
		for _, e := range c.Events {
			sources[laneName(e.Sources[0], "source")] = true
		}
		if len(sources) > 1 {
			lanes = "source"
		}
	}
	// Each event's lane is looked up once (lane), the items made in a
	// slice of the right size, the events read in place.
	laneOf := map[string]int{}
	lane := make([]int32, len(c.Events))
	for i := range c.Events {
		name := laneName(c.Events[i].Sources[0], lanes)
		n, ok := laneOf[name]
		if !ok {
			n = len(l.lanes)
			laneOf[name] = n
			l.lanes = append(l.lanes, name)
		}
		lane[i] = int32(n)
	}
	if len(c.Events) > 0 {
		l.items = make([]item, 0, len(c.Events))
	}
	for i := range c.Events {
		e := &c.Events[i]
		v := &e.Value
		it := item{lane: int(lane[i]), certainty: v.Certainty, inherited: e.Sources[0].Inherited,
			sources: len(e.Sources)}
		switch v.Open {
		case 1, 2, 3:
			it.open = 1
		case -1, -2, -3:
			it.open = -1
		}
		if l.relative {
			start := v.From
			h := start.Sub(time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, start.Location()))
			length := oneSpan(*v)
			it.x0 = float64(*v.RelDay) + h.Hours()/24
			it.x1 = it.x0 + length.Hours()/24
		} else {
			it.x0, it.x1 = wall(v.From), wall(v.To)
		}
		switch v.Open {
		case 3: // "après le 5 janvier": the event is after its days, not in them
			it.x0 = it.x1
		case -3: // "avant 2018": before them
			it.x1 = it.x0
		}
		if !it.inherited {
			it.label = Summary(e.Clause, 48)
		}
		l.items = append(l.items, it)
	}
	for i, it := range l.items {
		if i == 0 || it.x0 < l.min {
			l.min = it.x0
		}
		if i == 0 || it.x1 > l.max {
			l.max = it.x1
		}
	}
	pad := (l.max - l.min) * 0.06
	if l.relative {
		l.min, l.max = float64(int(l.min-1)), float64(int(l.max+1))
	} else {
		if pad < day/2 {
			pad = day / 2
		}
		l.min, l.max = l.min-pad, l.max+pad
	}
	l.zoom0, l.zoom1 = 0, 100
	if len(l.items) > 0 && l.max > l.min {
		if v0, v1, narrowed := l.view(); narrowed {
			l.zoom0 = max(0, 100*(v0-l.min)/(l.max-l.min))
			l.zoom1 = min(100, 100*(v1-l.min)/(l.max-l.min))
		}
	}
	return l
}

// oneSpan is the length of one possible value of v: a relative value's
// [From, To) covers every possible day.
func oneSpan(v timeline.Value) time.Duration {
	switch v.Grain {
	case expr.GrainPartOfDay:
		h0, h1 := partOf(v.Timex).Hours()
		return time.Duration(h1-h0) * time.Hour
	case expr.GrainSecond, expr.GrainMinute, expr.GrainHour:
		return time.Minute
	}
	return 24 * time.Hour
}

// laneName is the row an event goes in: its source (agency), its
// article, or one row for all.
func laneName(p timeline.Provenance, lanes string) string {
	switch lanes {
	case "none":
		return ""
	case "article":
		if p.Source != "" {
			return p.Article + " (" + p.Source + ")"
		}
		return p.Article
	}
	if p.Source != "" {
		return p.Source
	}
	return p.Article
}

// view is the stretch of time the chart opens on, at any count: where
// the events are. It starts from the shortest stretch that holds 60% of
// them and takes in every event near it (within its width, or three days,
// again and again), so that events spread evenly are all kept, and only
// those far from the rest (a date years away) are left out of the first
// view, when keeping them would crush the others into a third of the
// width or less. The slider below reaches them.
func (l *layout) view() (from, to float64, narrowed bool) {
	xs := make([]float64, len(l.items))
	lo, hi := l.items[0].x0, l.items[0].x1
	for i, it := range l.items {
		xs[i] = (it.x0 + it.x1) / 2
		lo, hi = min(lo, it.x0), max(hi, it.x1)
	}
	if len(xs) < 3 {
		return lo, hi, false // two events are where the events are
	}
	slices.Sort(xs)
	k := (len(xs)*6 + 9) / 10
	best := 0
	for i := 0; i+k-1 < len(xs); i++ {
		if xs[i+k-1]-xs[i] < xs[best+k-1]-xs[best] {
			best = i
		}
	}
	i, j := best, best+k-1 // the events kept: xs[i..j]
	unit := day
	if l.relative {
		unit = 1
	}
	for {
		reach := max(xs[j]-xs[i], 3*unit)
		grown := false
		for i > 0 && xs[i-1] >= xs[i]-reach {
			i, grown = i-1, true
		}
		for j+1 < len(xs) && xs[j+1] <= xs[j]+reach {
			j, grown = j+1, true
		}
		if !grown {
			break
		}
	}
	// The kept events' whole extents, padded.
	a, b := xs[i], xs[j]
	for _, it := range l.items {
		if m := (it.x0 + it.x1) / 2; m >= xs[i] && m <= xs[j] {
			a, b = min(a, it.x0), max(b, it.x1)
		}
	}
	pad := max((b-a)*0.06, unit/2)
	a, b = max(lo, a-pad), min(hi, b+pad)
	if b-a > (hi-lo)/3 {
		return lo, hi, false
	}
	return a, b, true
}

func (l *layout) spanOf() float64 {
	if len(l.items) == 0 {
		return 1
	}
	lo, hi := l.items[0].x0, l.items[0].x1
	for _, it := range l.items {
		lo, hi = min(lo, it.x0), max(hi, it.x1)
	}
	if hi <= lo {
		return 1
	}
	return hi - lo
}

// daysUnknown reports whether an article's story day is still unknown.
func daysUnknown(c timeline.Chronology) bool {
	for _, a := range c.Articles {
		if a.Date.Grain > expr.GrainDay && a.Reference.Certainty == timeline.Ambiguous {
			return true
		}
	}
	return false
}

// noteSaid is note in the page's language.
func noteSaid(c timeline.Chronology, relative bool, lg string) string {
	nw := pageFor(lg).Notes
	if nw.Partial == "" {
		return note(c, relative)
	}
	var partial, pinned []string
	for _, a := range c.Articles {
		if a.Date.Grain <= expr.GrainDay {
			continue
		}
		switch {
		case a.Reference.Certainty == timeline.Ambiguous:
			partial = append(partial, a.Date.Timex)
		case a.Reference.Certainty == timeline.Inferred && a.Reference.Placed():
			date, _ := timexSaid(a.Date.Timex, lg)
			day, _ := timexSaid(a.Reference.From.Format("2006-01-02"), lg)
			pinned = append(pinned, fmt.Sprintf(nw.Pinned, date, day))
		}
	}
	if len(partial) == 0 {
		return strings.Join(pinned, nw.Sep)
	}
	slices.Sort(partial)
	partial = slices.Compact(partial)
	for i, d := range partial {
		partial[i], _ = timexSaid(d, lg)
	}
	if relative {
		return fmt.Sprintf(nw.Relative, strings.Join(partial, ", "))
	}
	return fmt.Sprintf(nw.Partial, strings.Join(partial, ", "))
}

// note says plainly what the chart cannot know, or how it came to know it
// (in English: the JSON chronology's note).
func note(c timeline.Chronology, relative bool) string {
	var partial []string
	for _, a := range c.Articles {
		if a.Date.Grain > expr.GrainDay && a.Reference.Certainty == timeline.Ambiguous {
			partial = append(partial, a.Date.Timex)
		}
	}
	if len(partial) == 0 {
		var pinned []string
		for _, a := range c.Articles {
			if a.Date.Grain > expr.GrainDay && a.Reference.Certainty == timeline.Inferred && a.Reference.Placed() {
				pinned = append(pinned, fmt.Sprintf("the article dated %s is read from %s, the day another source gives its story",
					a.Date.Timex, a.Reference.From.Format("2006-01-02")))
			}
		}
		if len(pinned) > 0 {
			return strings.Join(pinned, "; ")
		}
		return ""
	}
	slices.Sort(partial)
	partial = slices.Compact(partial)
	if relative {
		return fmt.Sprintf("Article dated %s: exact days unknown. Days are counted from the day the story is told (J0); J-3 is three days before.", strings.Join(partial, ", "))
	}
	return fmt.Sprintf("Articles dated %s: exact days unknown; faded bands span every possible day.", strings.Join(partial, ", "))
}

// esc makes article text safe for every place it goes: HTML-escaped, and
// with no "_" left, so go-echarts' "__f__" function marker can never be
// formed from data.
func esc(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "_", "&#95;")
}

func dated(lang string) string { return listWordsFor(lang).Dated }
