package pipeline

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"frise/timeline"
	"frise/timeline/expr"
	"frise/timeline/internal/flatjson"
)

// TagInput is one article of the tagging contract (`frise tag --jsonl`,
// POST /v1/tag): its text and date, and optionally its language and the
// direction of phrases whose tense says nothing ("past", "future").
type TagInput struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	Lang   string `json:"lang"`
	Prefer string `json:"prefer"`
}

// Tags is what the tagging contract gives for one article: its time
// phrases, inner ones first ("18 h" and "23 h" before "de 18 h à 23 h"),
// each in text order. Error is set when the article could not be read;
// Note when it had no date, and only phrases that name their own year
// were resolved.
type Tags struct {
	ID       string       `json:"id"`
	Mentions []TagMention `json:"mentions"`
	Error    string       `json:"error,omitempty"`
	Note     string       `json:"note,omitempty"`
}

// TagMention is one time phrase: its span in bytes of the text as given,
// its TIMEX3 type and value, the interval it resolves to (RFC 3339), its
// granularity and certainty, the rule that read it, and the index of the
// mention it counts from ("la veille"), if any.
type TagMention struct {
	Span      [2]int `json:"span"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Value     string `json:"value"`
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Grain     string `json:"grain"`
	Certainty string `json:"certainty"`
	Reason    string `json:"reason,omitempty"`
	RelDay    *int   `json:"rel_day,omitempty"`
	Rule      string `json:"rule"`
	Anchor    *int   `json:"anchor,omitempty"`
	// Range is set on an end of a range ("18 h" in "de 18 h à 23 h"): the
	// range's TIMEX3 value, whose stretch From and To then give; Value
	// stays the end's own. The range itself is no mention of its own.
	Range string `json:"range,omitempty"`
	// Start is where the phrase starts in the article's Text (NFC), for
	// a caller that tells its line and column (frise tag).
	Start int `json:"-"`
}

// otherEnd is the end of range r that was not read as a phrase of its
// own, beside its one end m (written tm): the digits of the range on the
// other side of m ("2" in "du 2 au 5 février", "22" in "22-23 Feb"), with
// the range's value on that side. There is none when no digit is there.
func otherEnd(a *timeline.Article, r, m *timeline.Mention, tm TagMention) (TagMention, bool) {
	first, last, ok := strings.Cut(r.Value.Timex, "/")
	if !ok {
		return TagMention{}, false
	}
	start, end, value := r.Span.Start, m.Span.Start, first
	if m.Span.Start == r.Span.Start || m.Span.End < r.Span.End && !hasDigit(a.Text[r.Span.Start:m.Span.Start]) {
		start, end, value = m.Span.End, r.Span.End, last
	}
	gap := a.Text[start:end]
	i := strings.IndexFunc(gap, isDigit)
	if i < 0 {
		return TagMention{}, false
	}
	j := strings.LastIndexFunc(gap, isDigit) + 1
	e := tm
	e.Span, e.Start = [2]int{a.OrigOffset(start + i), a.OrigOffset(start + j)}, start+i
	e.Text, e.Value, e.Rule = gap[i:j], value, r.Rule
	e.Grain, e.Certainty, e.Reason, e.RelDay, e.Anchor = r.Value.Grain.String(), r.Value.Certainty.String(), r.Value.Reason, nil, nil
	return e, true
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func hasDigit(s string) bool { return strings.ContainsFunc(s, isDigit) }

// rangeEnds maps each mention to the range phrase it is an end of, read
// on its own (Part), or -1; a range with such ends maps to itself, and
// is written as its ends. ms is in text order, a range before its ends.
func rangeEnds(ms []timeline.Mention, of []int) []int {
	of = slices.Grow(of[:0], len(ms))[:len(ms)]
	r := -1 // the last range with a value
	for i := range ms {
		of[i] = -1
		m := &ms[i]
		switch {
		case (m.Expr.Range != nil || m.Joined) && !m.Part:
			r = -1
			if m.Value.Timex != "" && m.Value.Bounded() {
				r = i
			}
		case m.Part && r >= 0 && m.Span.End <= ms[r].Span.End && m.Value.Timex != "":
			of[i], of[r] = r, r
		}
	}
	return of
}

// noDateNote is the Note of an article given without a date.
const noDateNote = "no date given: only phrases that name their own year are resolved"

// TagJSON is Tag for one JSON object, the line of a JSONL input: a line
// that is no JSON article is an error that says so.
func (p *Pipeline) TagJSON(ctx context.Context, line []byte) (Tags, error) {
	t, _, err := p.TagJSONAppend(ctx, line, nil, nil)
	return t, err
}

// TagJSONAppend is TagJSON, the article's phrases written over buf, which
// it returns for the next article, and its TIMEX3s appended to tms[:0]
// (the Tags' Mentions): a caller tagging article after article (frise
// tag --jsonl's workers) reuses the memory (see timeline.ProcessAppend)
// once it is done with the Tags.
func (p *Pipeline) TagJSONAppend(ctx context.Context, line []byte, buf []timeline.Mention, tms []TagMention) (Tags, []timeline.Mention, error) {
	var in TagInput
	if !flatjson.Decode(line, tagInputKeys, []*string{&in.ID, &in.Text, &in.Date, &in.Lang, &in.Prefer}) {
		// Not a plain object of strings: encoding/json reads it, and says
		// what is wrong with it.
		in = TagInput{}
		if err := json.Unmarshal(line, &in); err != nil {
			return Tags{Mentions: []TagMention{}}, buf, fmt.Errorf("not a JSON article: %w", err)
		}
	}
	return p.tagAppend(ctx, in, buf, tms)
}

// tagInputKeys are TagInput's JSON keys, in the order of its fields.
var tagInputKeys = []string{"id", "text", "date", "lang", "prefer"}

// Tag finds and resolves the time phrases of one article. A bad article
// (a malformed date, no text, invalid UTF-8…) is an error, with the ID
// and an empty list of mentions in the Tags returned.
func (p *Pipeline) Tag(ctx context.Context, in TagInput) (Tags, error) {
	t, _, err := p.tagAppend(ctx, in, nil, nil)
	return t, err
}

func (p *Pipeline) tagAppend(ctx context.Context, in TagInput, buf []timeline.Mention, tms []TagMention) (Tags, []timeline.Mention, error) {
	if tms == nil {
		tms = []TagMention{} // an empty list, not null
	}
	res := Tags{ID: in.ID, Mentions: tms[:0]}
	undated := strings.TrimSpace(in.Date) == ""
	date := in.Date
	if undated {
		// A text with no date still has its absolute dates; the rest stays
		// unresolved, and the result says why.
		date = "2000"
		res.Note = noDateNote
	}
	a, err := timeline.NewArticle(in.ID, date, in.Text, p.read.Location)
	if err != nil {
		return res, buf, err
	}
	a.Lang = in.Lang
	opt := p.opt
	switch in.Prefer {
	case "":
	case "past":
		opt.Resolve.Prefer = expr.DirPast
	case "future":
		opt.Resolve.Prefer = expr.DirFuture
	default:
		return res, buf, fmt.Errorf("prefer %q: want past or future", in.Prefer)
	}
	r, err := p.processWith(ctx, a, opt, buf, false)
	if err != nil {
		return res, buf, err
	}
	if undated {
		for i := range r.Mentions {
			if r.Mentions[i].Expr.Type.IsPoint() {
				r.Mentions[i].Value = timeline.Value{Type: r.Mentions[i].Expr.Type}
			}
		}
		timeline.ResolveUndated(r.Mentions, p.read.Location)
	}
	if cap(res.Mentions) < len(r.Mentions) {
		res.Mentions = make([]TagMention, 0, len(r.Mentions))
	}
	res.Mentions = p.Timexes(a, r, res.Mentions)
	return res, r.Mentions[:0], nil
}

// Timexes appends to dst the phrases of r, the result of TagResolve for
// a, as the tagging contract writes them (frise tag, with or without
// --jsonl, and POST /v1/tag): TIMEX3s as TimeML annotates them, inner
// ones first, each in text order.
func (p *Pipeline) Timexes(a *timeline.Article, r timeline.Result, dst []TagMention) []TagMention {
	base := len(dst)
	// TIMEX3 annotates a range ("de 18 h à 23 h", "du 3 au 6 avril") as
	// its two ends, the range being a relation between them, not a third
	// phrase: a range whose ends were read is written as its ends, each
	// with its own value, the range's value in Range and the stretch it
	// covers in From and To (what the event is dated by, as a stretch
	// dates the DURATION "the past six weeks").
	var ofs [32]int // most articles have fewer phrases: kept off the heap
	of := rangeEnds(r.Mentions, ofs[:0])
	stamps := p.stamps.Get().(*rfc3339)
	defer p.stamps.Put(stamps)
	l, ok := p.taggers[strings.ToLower(baseLang(a.Lang))]
	if !ok {
		l = p.taggers[p.first]
	}
	signal := l.lang.Signal
	for i := range r.Mentions {
		m, v := &r.Mentions[i], &r.Mentions[i].Value // not copies: a mention is some 400 bytes
		if of[i] == i {
			continue // a range written as its ends
		}
		if v.Timex == "" {
			// Words that looked like a date and are none ("29 février 2014"),
			// or a relative phrase of an undated text: no value to give.
			continue
		}
		tm := TagMention{
			Span:      [2]int{a.OrigOffset(m.Span.Start), a.OrigOffset(m.Span.End)},
			Text:      m.Text,
			Type:      string(v.Type),
			Value:     v.Timex,
			Grain:     v.Grain.String(),
			Certainty: v.Certainty.String(),
			Reason:    v.Reason,
			RelDay:    v.RelDay,
			Rule:      m.Rule,
			Start:     m.Span.Start,
		}
		if signal != nil {
			if k := signal(m.Text); k > 0 {
				// "à 20 h": TimeML's TIMEX3 is "20 h", its preposition a SIGNAL.
				tm.Text, tm.Span[0], tm.Start = m.Text[k:], a.OrigOffset(m.Span.Start+k), m.Span.Start+k
			}
		}
		if v.Bounded() {
			tm.From, tm.To = stamps.format(v.From), stamps.format(v.To)
		}
		if m.Expr.Zone != "" && !l.lang.Zoned {
			tm.Value = unzoned(tm.Value)
		}
		if g := m.Expr.Says; g > v.Grain && v.Placed() {
			// "ten years ago": TimeML writes the year (1979), From and To
			// keep the day it is read as.
			switch {
			case g == expr.GrainYear && len(v.Timex) >= 4:
				tm.Value = v.Timex[:4]
			case g == expr.GrainMonth && len(v.Timex) >= 7:
				tm.Value = v.Timex[:7]
			}
		}
		if m.Expr.Lasts != "" && v.Placed() {
			// A count anchored to a time ("in three years"): TimeML's
			// DURATION, the day it names in From and To.
			tm.Type, tm.Value = string(expr.Duration), m.Expr.Lasts
		}
		if k := of[i]; k >= 0 && !r.Mentions[k].Joined {
			rv := r.Mentions[k].Value
			tm.Range, tm.From, tm.To = rv.Timex, stamps.format(rv.From), stamps.format(rv.To)
		}
		if m.AnchorIndex >= 0 {
			k := m.AnchorIndex
			tm.Anchor = &k
		}
		dst = append(dst, tm)
		if k := of[i]; k >= 0 && !r.Mentions[k].Joined && (i == k+1 || of[i-1] != k) && (i+1 == len(of) || of[i+1] != k) {
			// The range's only end read ("au 5 février" in "du 2 au 5
			// février"): its other end is the number left beside it, its
			// value the range's on that side.
			if e, ok := otherEnd(a, &r.Mentions[k], m, tm); ok {
				dst = append(dst, e)
			}
		}
	}
	// Inner phrases first: the ends of a range ("18 h", "à 23 h") come
	// before the range they make ("de 18 h à 23 h"), each in text order.
	// They mostly are already: sorting compared copies of them.
	inner := func(a, b *TagMention) int {
		return cmp.Or(cmp.Compare(a.Span[1], b.Span[1]), cmp.Compare(a.Span[1]-a.Span[0], b.Span[1]-b.Span[0]))
	}
	for i := base + 1; i < len(dst); i++ {
		if inner(&dst[i-1], &dst[i]) > 0 {
			slices.SortStableFunc(dst[base:], func(a, b TagMention) int { return inner(&a, &b) })
			break
		}
	}
	return dst
}

// rfc3339 writes times as RFC 3339, remembering the ones it wrote: the
// phrases of an article share their bounds (the story's day, its week),
// and so do the articles of a feed written the same day ("hier",
// "mercredi", "la semaine dernière" are the same days for all), while
// writing each anew was a twelfth of frise tag --jsonl's CPU. Remembered
// for one article at a time, five in six were written again on the
// benchmark JSONL; a Pipeline lends one to each article tagged at a time
// (stampsPool), whose entries stay from article to article.
type rfc3339 struct {
	ts [stampsSize]time.Time
	ss [stampsSize]string
}

const stampsSize = 256

func (c *rfc3339) format(t time.Time) string {
	// The same instant in the same zone (== compares the zone's pointer):
	// the same text. Equal times that differ otherwise are only written
	// again. An entry is in the slot of its second, or not kept.
	k := uint64(t.Unix()) * 0x9E3779B97F4A7C15 >> 56 // stampsSize = 1 << (64-56)
	if c.ts[k] == t && c.ss[k] != "" {
		return c.ss[k]
	}
	s := t.Format(time.RFC3339)
	c.ts[k], c.ss[k] = t, s
	return s
}

// unzoned is a clock's TIMEX3 value without the offset of its zone
// ("2013-03-21T16:00-5": "2013-03-21T16:00"), for a language whose
// TimeBank writes the clock alone (lang.Language.Zoned).
func unzoned(timex string) string {
	t := strings.IndexByte(timex, 'T')
	if t < 0 {
		return timex
	}
	if k := strings.LastIndexAny(timex[t:], "+-"); k > 0 {
		return timex[:t+k]
	}
	return timex
}
