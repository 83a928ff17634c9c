// Package rule builds olebedev/when rules that also say what their phrase
// means to frise: a rule is a rules.F (a regexp and an applier, usable with
// when.New(nil).Add once Placed) plus a name and a function from the
// phrase's captures to a expr.Expr, which timeline/tag reads through a
// small interface. It places nothing itself: the calendar is timeline's.
package rule

import (
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/olebedev/when/rules"

	"frise/timeline"
	"frise/timeline/expr"
)

// Meaning turns the captures of a match (the pattern's own groups, in order,
// "" for a group that did not take part) into what the phrase says. It
// returns false when the words matched but mean no time ("mardi gras").
type Meaning func(c []string) (expr.Expr, bool)

// Skip is what a meaning returns when its pattern matched words that are
// not its phrase but may be another rule's ("2007 and 2009" for a span of
// years: two years). Unlike false (the words mean no time, "mardi gras"),
// it blocks nothing.
func Skip() (expr.Expr, bool) { return expr.Expr{}, true }

// Skipped reports whether e is Skip's.
func Skipped(e expr.Expr) bool { return e.Type == "" }

// Rule is a when rule with a name and a meaning.
//
// Its regexps are compiled when first used, not when the rule is made:
// compiling a language's rules took 60 ms at every start of frise, and the
// tagger reads its programs from tables built at go generate time (see
// timeline/tag), so a one-article run never needs them.
type Rule struct {
	rules.F
	name     string
	meaning  Meaning
	triggers []string
	// pattern and follow are New's; the expressions the regexps are
	// compiled from, once, by compile.
	pattern, follow string
	once            sync.Once
	anchored        *regexp.Regexp
	tailed          bool   // followed by a word boundary only, no follow pattern
	place           Placer // for when's own parser; nil: the rule sets nothing there
}

// Placer places what a phrase means on the calendar against a reference
// time: the first instant it names, false if it names none. The language
// packages give their rules timeline.Place, so that this package, which
// only says what phrases mean, holds no calendar of its own.
type Placer func(e expr.Expr, ref time.Time) (time.Time, bool)

// Placed gives place to the rules of rs this package built, for when's own
// parser, and returns rs: "when.New(nil).Add(fr.All()...)" parses French.
func Placed(place Placer, rs ...rules.Rule) []rules.Rule {
	for _, r := range rs {
		if r, ok := r.(*Rule); ok {
			r.place = place
		}
	}
	return rs
}

// Triggers that stand for kinds of numbers rather than words.
const (
	Digits  = "#digit"   // any run of digits
	Year    = "#year"    // a run of four digits ("2022")
	Numeric = "#numeric" // digits joined to digits by '/', '.', '-' or ':' ("05/01", "14:30")
)

// On names the words one of which every phrase of the rule holds (lower
// case, as whole words: "hier", "janvier"), or Digits, Year, Numeric. A
// tagger tries the rule only near them, instead of running its regexp over
// the whole text; a rule with no trigger always runs. The rarer the
// triggers, the faster the tagger: "janvier" rather than Digits for "le 5
// janvier".
func (r *Rule) On(words ...string) *Rule {
	r.triggers = append(r.triggers, words...)
	return r
}

// Anchored returns the rule's regexp anchored at the start of its input,
// with the boundary after the phrase and not the one before (a tagger
// checks it): the same groups as the when rule's, to try the rule at one
// place instead of scanning a text.
func (r *Rule) Anchored() *regexp.Regexp {
	r.once.Do(r.compile)
	return r.anchored
}

// AnchoredExpr returns the expression Anchored compiles, without
// compiling it.
func (r *Rule) AnchoredExpr() string {
	return `(?i)^(` + r.pattern + `)()` + r.tail()
}

// Find is when's Find, once the rule's regexp is compiled.
func (r *Rule) Find(text string) *rules.Match {
	r.once.Do(r.compile)
	return r.F.Find(text)
}

// OneRuneTail reports whether the anchored regexp's match is the phrase and
// one rune after it, a non-word one, unless the text ends there: the
// boundary New adds, when no follow pattern replaces it.
func (r *Rule) OneRuneTail() bool { return r.tailed }

// Triggers returns the words given to On.
func (r *Rule) Triggers() []string { return r.triggers }

// Boundaries: Go's \b and \W are ASCII-only, so "é" would count as a word
// boundary. A phrase must neither start nor end inside a word or a number.
const (
	before = `(?:^|[^\p{L}\p{N}_])`
	after  = `(?:$|[^\p{L}\p{N}_])`
)

// New compiles pattern (case-insensitive, Unicode word boundaries added on
// both sides) into a rule named name. The whole phrase is the match, whatever
// groups the pattern has; meaning receives those groups.
//
// when's rules.F spans a match from its first to its last non-empty group;
// New wraps the pattern in one group and closes it with an empty one, so the
// match is always the whole phrase.
func New(name, pattern string, meaning Meaning) *Rule {
	return NewFollowed(name, pattern, "", meaning)
}

// NewFollowed is New for a phrase that is one only when the text goes on a
// certain way: follow (a pattern without capturing groups) must match right
// after the phrase, and is not part of it. "le 23" is a date before a comma
// or "à 18 h", not in "le 23 000e visiteur".
//
// The patterns are compiled when the rule is first used (a malformed one
// panics then: the rule's table test finds it).
func NewFollowed(name, pattern, follow string, meaning Meaning) *Rule {
	r := &Rule{name: name, meaning: meaning, pattern: pattern, follow: follow, tailed: follow == ""}
	r.F = rules.F{Applier: r.apply}
	return r
}

// tail is what the expressions end with: the follow pattern, or a word
// boundary.
func (r *Rule) tail() string {
	if r.follow == "" {
		return after
	}
	return `(?:` + r.follow + `)`
}

// compile compiles the rule's regexps; once.
func (r *Rule) compile() {
	if r.follow != "" && regexp.MustCompile(r.follow).NumSubexp() > 0 {
		panic("rule " + r.name + ": follow pattern with a capturing group")
	}
	r.F.RegExp = regexp.MustCompile(`(?i)` + before + `(` + r.pattern + `)()` + r.tail())
	r.anchored = regexp.MustCompile(r.AnchoredExpr())
}

// Name returns the rule's name, as reported with each mention.
func (r *Rule) Name() string { return r.name }

// Expr returns what the phrase of m means, or false if m means no time.
func (r *Rule) Expr(m *rules.Match) (expr.Expr, bool) {
	if len(m.Captures) < 2 {
		return expr.Expr{}, false
	}
	return r.meaning(m.Captures[1 : len(m.Captures)-1])
}

// apply lets the rule work in when's own parser: it places the phrase
// against ref with its Placer (frise's resolver, given by the language)
// and sets the absolute fields of the context, so when's month-then-day
// and 24-hour-day arithmetic never runs.
//
// when applies every rule of a cluster in turn, in rule order (frise's
// rules come longest first); a rule sets only the fields its phrase names,
// and only those no rule before it set: "le 10 janvier à midi" takes its day
// from the date rule and its hour from the clock rule, and "mardi" inside
// "la nuit de mardi à mercredi" changes nothing.
func (r *Rule) apply(m *rules.Match, c *rules.Context, _ *rules.Options, ref time.Time) (bool, error) {
	e, ok := r.Expr(m)
	if !ok || Skipped(e) || r.place == nil {
		return false, nil
	}
	t, ok := r.place(e, ref)
	if !ok {
		return false, nil
	}
	names := e.Hour.IsSet() || e.Part != expr.NoPart
	clockOnly := names && e.Day == 0 && !e.Weekday.IsSet() && e.Month == 0 && e.Year == 0 &&
		(e.Shift.Unit == expr.NoUnit || e.Shift.N == 0) && e.Range == nil
	set := false
	if !clockOnly && c.Day == nil {
		y, mo, d := t.Year(), int(t.Month()), t.Day()
		c.Year, c.Month, c.Day = &y, &mo, &d
		set = true
	}
	if names && c.Hour == nil {
		h, mi := t.Hour(), t.Minute()
		c.Hour, c.Minute = &h, &mi
		set = true
	}
	if set {
		c.Duration = 0
	}
	return set, nil
}

// Fold lower-cases s and replaces typographic apostrophes and dashes with
// ASCII ones, so meaning functions can look words up in plain tables.
func Fold(s string) string {
	s = timeline.Lower(s)
	for i := 0; i < len(s); i++ {
		// The runes replaced start with 0xC2 (no-break space), 0xCA
		// (modifier apostrophe) or 0xE2 (general punctuation).
		if c := s[i]; c == 0xC2 || c == 0xCA || c == 0xE2 {
			return folder.Replace(s)
		}
	}
	return s // nothing to replace, nothing to copy
}

var folder = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'", "\u2011", "-", "\u2010", "-", "\u00a0", " ", "\u202f", " ")
