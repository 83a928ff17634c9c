package timeline_test

import (
	"frise/timeline"
	"frise/timeline/lang"
	"frise/timeline/languages"
)

// languagesOf hands the tests the chronology's cues of each language
// frise reads, as cmd/frise does.
func languagesOf(tag string) *lang.Language {
	l, ok := languages.Of(tag)
	if !ok {
		return nil
	}
	return &l
}

// mergeOptions is DefaultMerge with the stop words of every language frise
// reads, as the pipeline merges.
func mergeOptions() timeline.MergeOptions {
	opt := timeline.DefaultMerge()
	opt.StopWords = languages.StopWords()
	return opt
}

// tenseLang holds the registered languages' tense cues and no other cue.
var tenseLang = lang.Language{Tenses: languages.Tenses()}

// tensesOnly gives every article tenseLang: Resolve reads the tense of
// its language's clauses (of every language, for a tag none has) and
// nothing else of any language, the mode the tests of the core's
// resolution are written for.
func tensesOnly(string) *lang.Language { return &tenseLang }
