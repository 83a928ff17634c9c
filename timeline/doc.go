// Package timeline turns dated news articles into a chronology of events.
//
// Data flows one way, read → tag → resolve → extract → pin → merge →
// render, each arrow an exported function over plain values, written in
// one file of this package (after the semicolon, the files of its
// helpers) or in one package:
//
//	io.Reader
//	  ─read: Articles, JSONLArticles (article.go, jsonl.go; date.go)→ []*Article
//	  ─tag: Tagger.Tag (package timeline/tag, with a language of
//	    timeline/languages)→ []Mention, what each phrase means an expr.Expr
//	  ─resolve: Resolve (resolve.go; calendar.go, memo.go, present.go,
//	    tense.go, yearbefore.go, civil.go, holiday.go)→ []Mention each
//	    with a Value, and the story's day
//	  ─extract: Extract (extract.go; sentence.go, undated.go)→ []Event:
//	    with the mentions, one Result per article
//	  ─pin: Pin (pin.go)→ []Result: the articles dated by their month
//	    whose story day another source fixes, resolved and extracted
//	    again from that day (the one step that goes back over the
//	    arrows before it)
//	  ─merge: MergeWith (merge.go; mergekeys.go, mergewords.go,
//	    take.go)→ Chronology
//	  ─render: frise/render (the page), frise/render/export (the
//	    data)→ io.Writer
//
// MergeWith runs pin and merge in turn, and says so: Pin groups the
// reports of one event to find the days other sources fix; when it read
// any article again, MergeWith groups the reports a second time (the
// second pass, in its code and its doc), else the first grouping stands.
// Merge (merge.go) gathers the events in one order without joining any.
//
// The package's Example runs these steps one by one; a program that wants
// them as the frise commands run them (each article's language detected,
// its grammar compiled once) imports frise/timeline/pipeline.
//
// A language is one package (timeline/fr, timeline/en) that gathers what
// frise knows of it in a lang.Language: its grammar (github.com/olebedev/when
// rules, one per file, that say what a phrase means as an expr.Expr of
// timeline/expr), the words that join two phrases, and the chronology's
// cues (reporting verbs, tense, abbreviations and clause connectives,
// stop words), registered in timeline/languages, and the tense reader's
// words and endings (lang.TenseCues: every registered language's, in one
// index, lang.Tenses), how it says a date (lang.Calendar) and the words
// of the pages frise draws in it (lang.Page: render's chronology, frise
// serve's form). The core, render and serve name no word of any
// language.
// timeline/tag runs a language's rules over a whole article with a
// matching engine that knows nothing of time (timeline/tag/internal/match).
// Everything that turns a meaning into calendar time lives here, in
// Resolve, shared by every language: one time.Date call per date, whole days
// as calendar days, weekdays read in the direction the clause's tense gives.
//
// # Article dates that are only partly known
//
// An article dated "2022-01" has no known day. Resolve never picks one: it
// resolves the article once for every day the date allows (restricted, when
// the text names weekdays, to the days that keep those weekdays inside one
// week ending on the latest of them), and each mention's
// Value then spans every candidate, marked [Ambiguous], with its offset in days
// from the article's reference day when that offset is the same for every
// candidate ("dimanche" is J-3 when the story's latest day is a Wednesday).
//
// # Direction
//
// A bare weekday or "cette nuit" says nothing of past or future: the clause's
// tense does. Cues are cheap and local (see [TenseOf]): an auxiliary followed
// by a participle, the imperfect, "vient de", read past; a future or
// conditional ending, "va"/"vont" plus an infinitive, read future. A word
// that moves or fixes a date ("reportée au 3 février") reads the nearest
// such date, whatever the announcement's tense. With no cue, press copy
// reports what happened: past; but an end the text gives ("jusqu'à lundi",
// "until Monday") is ahead.
//
// # Open ranges
//
// A phrase after "depuis", "since" names the start of something that goes
// on at the article's time; after "jusqu'à", "until", the end of something
// going on now; after "à partir de", "starting", the start of
// something whose end is not given; after "après", "avant", what the event
// follows or precedes. The phrase keeps its own value (TIMEX3
// annotates "vendredi" in "depuis vendredi"); the event it dates spans from
// it to the article's time, or the other way, when that time closes the
// range (see [Value].Open), and else is marked as a start or an end.
package timeline
