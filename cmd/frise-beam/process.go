package main

import (
	"fmt"
	"time"

	"frise/timeline/expr"
	"frise/timeline/languages"
	fpipe "frise/timeline/pipeline"
)

// Settings are the reading and merging settings of frise, as the
// pipeline's steps carry them to the workers (exported fields: Beam
// serialises a DoFn by them). They mean what frise's keys of the same
// name mean.
type Settings struct {
	Timezone        string
	Anchor          string
	Lang            string
	Prefer          string
	MaxArticleBytes int
	Merge           bool
	MergeSimilarity float64
}

// defaultSettings are frise's defaults (config.Default).
func defaultSettings() Settings {
	return Settings{MaxArticleBytes: 8 << 20, Merge: true, MergeSimilarity: 0.5}
}

// proc is the library's pipeline (frise/timeline/pipeline), configured
// from the settings as cmd/frise configures it (pipelineOptions there):
// the same readers, taggers, resolver and merge.
type proc struct {
	*fpipe.Pipeline
	err error // of the last readAgain
}

func newProc(s Settings) (*proc, error) {
	loc := time.UTC
	if s.Timezone != "" {
		l, err := time.LoadLocation(s.Timezone)
		if err != nil {
			return nil, fmt.Errorf("timezone %q: %w", s.Timezone, err)
		}
		loc = l
	}
	o := fpipe.Options{Location: loc, MaxBytes: s.MaxArticleBytes, Lang: s.Lang, NoMerge: !s.Merge, Similarity: s.MergeSimilarity}
	switch s.Prefer {
	case "":
	case "past":
		o.Prefer = expr.DirPast
	case "future":
		o.Prefer = expr.DirFuture
	default:
		return nil, fmt.Errorf("prefer %q: want past or future", s.Prefer)
	}
	if _, ok := languages.Of(s.Lang); !ok && s.Lang != "" {
		return nil, fmt.Errorf("lang %q: want %s", s.Lang, languages.Want())
	}
	if s.Anchor != "" {
		t, err := time.ParseInLocation("2006-01-02", s.Anchor, loc)
		if err != nil {
			return nil, fmt.Errorf("anchor %q: want YYYY-MM-DD", s.Anchor)
		}
		o.Anchor = t
	}
	return &proc{Pipeline: fpipe.New(o)}, nil
}
