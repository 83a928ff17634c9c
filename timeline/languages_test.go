package timeline_test

import (
	"context"
	"testing"

	"frise/timeline"
	"frise/timeline/lang"
	"frise/timeline/languages"
	"frise/timeline/tag"
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

// phraseIn tags text as an article in lang dated date, resolves it with
// langs and returns the mentions whose text is phrase; none is an error
// of the test's.
func phraseIn(t *testing.T, tg *tag.Tagger, lang, date, text, phrase string, langs timeline.Languages) []timeline.Mention {
	t.Helper()
	a, err := timeline.NewArticle("p", date, text, nil)
	if err != nil {
		t.Fatal(err)
	}
	a.Lang = lang
	ms, err := tg.Tag(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: langs})
	var out []timeline.Mention
	for _, m := range ms {
		if m.Text == phrase {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q not read in %q", phrase, text)
	}
	return out
}
