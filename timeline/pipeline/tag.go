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
}

// noDateNote is the Note of an article given without a date.
const noDateNote = "no date given: only phrases that name their own year are resolved"

// TagJSON is Tag for one JSON object, the line of a JSONL input: a line
// that is no JSON article is an error that says so.
func (p *Pipeline) TagJSON(ctx context.Context, line []byte) (Tags, error) {
	t, _, err := p.TagJSONAppend(ctx, line, nil)
	return t, err
}

// TagJSONAppend is TagJSON, the article's phrases written over buf, which
// it returns for the next article: a caller tagging article after article
// (frise tag --jsonl's workers) reuses the memory (see
// timeline.ProcessAppend).
func (p *Pipeline) TagJSONAppend(ctx context.Context, line []byte, buf []timeline.Mention) (Tags, []timeline.Mention, error) {
	var in TagInput
	if err := json.Unmarshal(line, &in); err != nil {
		return Tags{Mentions: []TagMention{}}, buf, fmt.Errorf("not a JSON article: %w", err)
	}
	return p.tagAppend(ctx, in, buf)
}

// Tag finds and resolves the time phrases of one article. A bad article
// (a malformed date, no text, invalid UTF-8…) is an error, with the ID
// and an empty list of mentions in the Tags returned.
func (p *Pipeline) Tag(ctx context.Context, in TagInput) (Tags, error) {
	t, _, err := p.tagAppend(ctx, in, nil)
	return t, err
}

func (p *Pipeline) tagAppend(ctx context.Context, in TagInput, buf []timeline.Mention) (Tags, []timeline.Mention, error) {
	res := Tags{ID: in.ID, Mentions: []TagMention{}}
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
		opt.Resolve.Prefer = timeline.DirPast
	case "future":
		opt.Resolve.Prefer = timeline.DirFuture
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
	for _, m := range r.Mentions {
		v := m.Value
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
		}
		if v.Bounded() {
			tm.From, tm.To = v.From.Format(time.RFC3339), v.To.Format(time.RFC3339)
		}
		if m.AnchorIndex >= 0 {
			k := m.AnchorIndex
			tm.Anchor = &k
		}
		res.Mentions = append(res.Mentions, tm)
	}
	// Inner phrases first: the ends of a range ("18 h", "à 23 h") come
	// before the range they make ("de 18 h à 23 h"), each in text order.
	slices.SortStableFunc(res.Mentions, func(a, b TagMention) int {
		return cmp.Or(cmp.Compare(a.Span[1], b.Span[1]), cmp.Compare(a.Span[1]-a.Span[0], b.Span[1]-b.Span[0]))
	})
	return res, r.Mentions[:0], nil
}
