package lang

import (
	"strings"
	"unicode/utf8"

	"frise/timeline/expr"
)

// TenseCues are the words and endings of a language by which the core
// reads the tense of the clause around a time phrase (timeline.TenseOf):
// the verb nearest the phrase says whether it is past or to come. Every
// word is lower case.
type TenseCues struct {
	// Past and Future are the words that read past ("a", "était", "was",
	// "said") and future ("sera", "va", "will", "due").
	Past, Future map[string]bool
	// Aux are the Past words that read past only before a participle
	// (Participle: "est arrivé", not "est visible"), and future before a
	// Future or Schedule word ("est prévue jeudi").
	Aux        map[string]bool
	Participle func(w string) bool
	// Copulas before an English past form make it a participle that says
	// nothing of the tense ("remain closed", "is expected"), unless it
	// follows a Perfect ("has been held").
	Copulas, Perfect map[string]bool
	// NotFuture end like a future and are no verb ("caméra", "opéra").
	NotFuture map[string]bool
	// PresentLocutions, after a Past word, make a present ("a lieu",
	// "ont besoin").
	PresentLocutions map[string]bool
	// Schedule words move or fix a date ("reportée au", "postponed to"):
	// before the date they move to, the verb's tense is the
	// announcement's. They apply whatever the article's language.
	Schedule map[string]bool
	// For stand right before a date a call or a plan is for ("appelé à la
	// grève pour le 20 janvier"): a past verb says when the call was, not
	// the date it was for.
	For map[string]bool
	// ClauseJoins join two clauses ("opened on July 23 and close on
	// Aug. 8"): the verb before one is the other clause's. Read only in an
	// article tagged with the language.
	ClauseJoins map[string]bool
	// AuxParticiples are the Past participles of an auxiliary ("été",
	// "eu"): after a future one ("aura été"), the clause is future.
	AuxParticiples map[string]bool
	// Appointments are the nouns after which Aux reads ahead, whatever
	// follows it ("rendez-vous est pris jeudi", "rendez-vous est donné
	// samedi devant la mairie").
	Appointments map[string]bool
	// Determiners are the words after which an AuxParticiple is a noun,
	// no verb ("d'été", "l'été", "cet été": the season).
	Determiners map[string]bool
	// Endings reads the tense of a word of four letters or more, on no
	// list, from its ending ("-ait", "-ra", "-ed"); DirAuto: none.
	Endings func(lw string) expr.Direction
	// Ahead tells that lw, the n-th word left of a phrase (1: the
	// nearest), starting at start in text, next being the word after it
	// as written, says the phrase is a time still to come whatever the
	// verb ("d'ici vendredi", "d'ici à la fin du mois"). Read in an
	// article tagged with the language, or with no language's tag. nil:
	// never.
	Ahead func(text string, start, n int, lw, next string) bool

	// The words below are read whatever the article's language, as the
	// tense reader reads words: letters and hyphens, an elided word its
	// letters alone ("jusqu", "d").

	// MovedFirst, as a phrase's first word ("reportée au 3 février",
	// "postponed to Feb. 3"), and MovedBefore, just before it ("prolongé
	// jusqu'au", "décrété à partir de samedi": one word, or several with
	// single spaces), make the phrase what a Schedule word moves or fixes
	// a date to: only then is that word a cue of its own.
	MovedFirst  map[string]bool
	MovedBefore []string
	// Leads may stand before a phrase that opens its clause ("Au", "Dès
	// le", "And on", "Earlier Tuesday"): such a phrase reads the verb
	// past the comma after it.
	Leads map[string]bool
	// InfinitiveEndings end an infinitive ("-er", "-ir", "-re") of four
	// letters or more, which one of InfinitiveMarks introduces ("de",
	// "pour", "sans"), one of InfinitivePronouns between or not ("de
	// s'étendre", "pour le faire"): the phrase after it is that clause's,
	// of which the main verb says nothing.
	InfinitiveEndings                   []string
	InfinitiveMarks, InfinitivePronouns map[string]bool
}

// tenseKind says which of the lists a word is on: Past and Future of
// the i-th language at bits 2i and 2i+1, the shared lists above them.
type tenseKind uint32

const (
	notFutureKind tenseKind = 1 << (30 + iota)
	scheduleKind
)

// maxTenseLangs is how many languages' Past and Future bits fit below
// the shared ones.
const maxTenseLangs = 15

// Tenses is the union of the TenseCues of languages, in their order, with
// one index of every word and a quick pre-filter over it: every word of
// the windows around every phrase is looked up, and few are on a list.
type Tenses struct {
	tags  []string
	cues  []TenseCues
	words map[string]tenseKind
	sieve sieve
	// Every language's MovedFirst, Leads and infinitives' words; their
	// MovedBefore by last word, each with the words before it, nearest
	// last.
	movedFirst, leads, infMarks, infPronouns map[string]bool
	movedBefore                              map[string][][]string
	infEndings                               []string
}

// TensesOf is the union of the TenseCues of ls, in their order.
func TensesOf(ls ...Language) *Tenses {
	t := &Tenses{words: map[string]tenseKind{}, movedFirst: map[string]bool{}, leads: map[string]bool{},
		infMarks: map[string]bool{}, infPronouns: map[string]bool{}, movedBefore: map[string][][]string{}}
	if len(ls) > maxTenseLangs {
		ls = ls[:maxTenseLangs]
	}
	for i, l := range ls {
		t.tags = append(t.tags, l.Tag)
		t.cues = append(t.cues, l.TenseCues)
		for kind, list := range map[tenseKind]map[string]bool{1 << (2 * i): l.TenseCues.Past, 1 << (2*i + 1): l.TenseCues.Future,
			notFutureKind: l.TenseCues.NotFuture, scheduleKind: l.TenseCues.Schedule} {
			for w, ok := range list {
				if ok {
					t.words[w] |= kind
				}
			}
		}
		union(t.movedFirst, l.TenseCues.MovedFirst)
		union(t.leads, l.TenseCues.Leads)
		union(t.infMarks, l.TenseCues.InfinitiveMarks)
		union(t.infPronouns, l.TenseCues.InfinitivePronouns)
		t.infEndings = append(t.infEndings, l.TenseCues.InfinitiveEndings...)
		for _, m := range l.TenseCues.MovedBefore {
			if ws := strings.Fields(m); len(ws) > 0 {
				last := ws[len(ws)-1]
				t.movedBefore[last] = append(t.movedBefore[last], ws[:len(ws)-1])
			}
		}
	}
	for w := range t.words {
		t.sieve.add(w)
	}
	return t
}

func union(to, from map[string]bool) {
	for w, ok := range from {
		if ok {
			to[w] = true
		}
	}
}

func (t *Tenses) kind(lw string) tenseKind {
	if t == nil || !t.sieve.has(lw) {
		return 0
	}
	return t.words[lw]
}

// Reads returns which languages (bit i: the i-th) a tag reads the cues
// of: its own, or, for "" or a tag no language has, all of them.
func (t *Tenses) Reads(tag string) uint32 {
	if t == nil {
		return 0
	}
	for i, tg := range t.tags {
		if tg == tag {
			return 1 << i
		}
	}
	return 1<<len(t.tags) - 1
}

// Own reports whether tag is one language's own: its cues alone are
// read.
func (t *Tenses) Own(tag string) bool {
	if t == nil {
		return false
	}
	for _, tg := range t.tags {
		if tg == tag {
			return true
		}
	}
	return false
}

// Len is the number of languages in t.
func (t *Tenses) Len() int {
	if t == nil {
		return 0
	}
	return len(t.cues)
}

// Cues is the i-th language's TenseCues.
func (t *Tenses) Cues(i int) *TenseCues { return &t.cues[i] }

// Past reports whether lw is on the i-th language's Past list.
func (t *Tenses) Past(i int, lw string) bool { return t.kind(lw)&(1<<(2*i)) != 0 }

// Future reports whether lw is on the i-th language's Future list.
func (t *Tenses) Future(i int, lw string) bool { return t.kind(lw)&(1<<(2*i+1)) != 0 }

// Schedule reports whether lw is a scheduling word of any language.
func (t *Tenses) Schedule(lw string) bool { return t.kind(lw)&scheduleKind != 0 }

// NotFuture reports whether lw ends like a future and is no verb, in any
// language.
func (t *Tenses) NotFuture(lw string) bool { return t.kind(lw)&notFutureKind != 0 }

// FutureOrSchedule reports whether lw is on the i-th language's Future
// list, or is a scheduling word of any ("est prévue").
func (t *Tenses) FutureOrSchedule(i int, lw string) bool {
	return t.kind(lw)&(1<<(2*i+1)|scheduleKind) != 0
}

// MovedFirst reports whether lw, a phrase's first word, is on any
// language's MovedFirst.
func (t *Tenses) MovedFirst(lw string) bool { return t != nil && t.movedFirst[lw] }

// MovedBefore returns, for each cue of any language's MovedBefore whose
// last word is lw, the words before lw it needs, nearest last (none: lw
// alone is the cue). The result is read-only.
func (t *Tenses) MovedBefore(lw string) [][]string {
	if t == nil {
		return nil
	}
	return t.movedBefore[lw]
}

// Lead reports whether lw may stand before a phrase that opens its
// clause, in any language.
func (t *Tenses) Lead(lw string) bool { return t != nil && t.leads[lw] }

// InfinitiveEnd reports whether lw, of four letters or more, ends as an
// infinitive of any language.
func (t *Tenses) InfinitiveEnd(lw string) bool {
	return t != nil && HasSuffix(lw, t.infEndings...) && utf8.RuneCountInString(lw) >= 4
}

// InfinitiveMark reports whether lw introduces an infinitive, and
// InfinitivePronoun whether it may stand between the two, in any
// language.
func (t *Tenses) InfinitiveMark(lw string) bool    { return t != nil && t.infMarks[lw] }
func (t *Tenses) InfinitivePronoun(lw string) bool { return t != nil && t.infPronouns[lw] }

// sieve is a set of words' lengths and first and last bytes, in bits: a
// word not in it is in none of the lists.
type sieve [1 << 13 / 64]uint64

func sieveKey(w string) uint32 {
	if w == "" {
		return 0
	}
	return (uint32(len(w))*0x9E3779B1 ^ uint32(w[0])<<8 ^ uint32(w[len(w)-1])) % (1 << 13)
}

func (s *sieve) add(w string)      { k := sieveKey(w); s[k/64] |= 1 << (k % 64) }
func (s *sieve) has(w string) bool { k := sieveKey(w); return s[k/64]&(1<<(k%64)) != 0 }

// HasSuffix reports whether w ends with any of ends.
func HasSuffix(w string, ends ...string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
