// Package languages is the list of the languages frise reads, in one
// place: French first (the project's first language, which detection
// picks on a tie), then English. A new language is its own package (see
// timeline/fr) and one line in registry. The registry is built once, the
// first time it is asked for; the languages' tables are read-only.
package languages

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/lang"
)

// registry is the languages of All, with their unions, built once: a
// language's tables are read-only, so every caller may share them.
var registry = sync.OnceValue(func() []lang.Language {
	all := []lang.Language{fr.Language(), en.Language()}
	split, tenses := lang.SplitOf(all...), lang.TensesOf(all...)
	for i := range all {
		all[i].Split, all[i].Tenses = &split, tenses
		all[i].Cues = lang.IndexOf(&all[i])
	}
	return all
})

// tags, want and stopWords are read from the registry once.
var (
	tags = sync.OnceValue(func() []string {
		var tags []string
		for _, l := range registry() {
			tags = append(tags, l.Tag)
		}
		return tags
	})
	want = sync.OnceValue(func() string {
		tags := tags()
		if len(tags) < 2 {
			return strings.Join(tags, "")
		}
		return strings.Join(tags[:len(tags)-1], ", ") + " or " + tags[len(tags)-1]
	})
	stopWords = sync.OnceValue(func() map[string]bool {
		stop := map[string]bool{}
		for _, l := range registry() {
			for w := range l.StopWords {
				stop[w] = true
			}
		}
		return stop
	})
)

// All returns the languages frise reads, the first preferred. Each cuts
// its articles into sentences and clauses with the words of all (Split):
// press copy names and quotes in other languages. The slice is the
// caller's; the tables the languages hold are shared and read-only.
func All() []lang.Language { return slices.Clone(registry()) }

// Split is how the articles of every language of All are cut into
// sentences and clauses: the union of their abbreviations and
// connectives (read-only).
func Split() lang.Split { return *registry()[0].Split }

// Tenses is what the tenses of every language of All are read with: the
// union of their TenseCues, in All's order.
func Tenses() *lang.Tenses { return registry()[0].Tenses }

// Tags returns the tags of All, in its order: "fr", "en".
func Tags() []string { return slices.Clone(tags()) }

// Want says which tags are accepted, as a message of refusal puts it:
// "fr or en".
func Want() string { return want() }

// StopWords returns the stop words of every language of All, in one set:
// merging compares reports of one event told in different languages, so
// it leaves out the words that say nothing in any of them. The set is
// the caller's.
func StopWords() map[string]bool { return maps.Clone(stopWords()) }

// Of returns the language of tag ("fr", "en"), and whether there is one.
func Of(tag string) (lang.Language, bool) {
	for _, l := range registry() {
		if l.Tag == tag {
			return l, true
		}
	}
	return lang.Language{}, false
}

// detector tells All apart; it is read-only.
var detector = lang.NewDetector(registry())

// Detect returns the tag of the language text is written in, among All,
// by counting their very common words in its first 4,096 bytes: cheap,
// deterministic, and right on any paragraph of press copy ("fr" on a
// tie).
func Detect(text string) string {
	return detector.Detect(text)
}

// ForPage returns the language a page in tag speaks (render's chronology,
// frise serve's form): the first of All that has a Page and whose tag tag
// starts with ("en", "en-GB"), else, for a page in a language frise has
// no words for or in none ("de", ""), the first of All that has a Page
// (French).
func ForPage(tag string) lang.Language {
	var first *lang.Language
	for i, l := range registry() {
		if l.Page == nil {
			continue
		}
		if strings.HasPrefix(tag, l.Tag) {
			return l
		}
		if first == nil {
			first = &registry()[i]
		}
	}
	return *first
}
