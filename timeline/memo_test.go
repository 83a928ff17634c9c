package timeline_test

import (
	"context"
	"reflect"
	"testing"

	"frise/samples"
	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	registry "frise/timeline/languages"
	"frise/timeline/tag"
)

// memoTexts count from the phrase before, name weekdays the tense places,
// ranges and times: what a remembered value could get wrong if its key
// missed something resolveOne reads.
var memoTexts = []string{
	"Le 3 janvier, il a parlé. La veille, il avait hésité. Le lendemain, il a démissionné.",
	"Le 20 décembre, la grève a commencé. Deux jours plus tard, elle s'est étendue. La veille, rien.",
	"Mardi, la police a chargé. Mardi, la police chargera. Mardi prochain, on verra. Mardi dernier, rien.",
	"La réunion a été reportée à mardi. Le match a été reporté dimanche. Il reviendra en juillet.",
	"Du 2 au 5 janvier, les écoles ont fermé. Entre lundi et mercredi, trois morts. De 18 h à 23 h, couvre-feu.",
	"L'an dernier à la même époque, les prix baissaient. Le premier lundi de mars, il partira.",
	"Il y a trois heures, un séisme. Dans deux semaines, le chantier s'achève. Vers 15 h 30, hier, un incendie.",
	"On Tuesday, police fired tear gas. Two days later, the curfew was lifted. The day before, nothing.",
	"The vote was postponed to Feb. 3. Schools are closed until Monday. From 3 to 5 p.m. Tuesday, a rally.",
}

// TestResolverAgreesWithResolve: what a Resolver remembers changes
// nothing. Every mention, its value, anchor and tense, is the same as
// Resolve gives each article alone, for articles dated by the day, the
// minute, the month or the year (resolved once for each day it allows),
// with a memo large enough to remember all and one that fills and forgets.
func TestResolverAgreesWithResolve(t *testing.T) {
	type doc struct{ lang, text string }
	var docs []doc
	for _, name := range samples.Names() {
		f, err := samples.FS().Open(name)
		if err != nil {
			t.Fatal(err)
		}
		for a, err := range timeline.Articles(name, f, timeline.ReadOptions{}) {
			if err != nil {
				t.Fatal(err)
			}
			lang := a.Lang
			if lang == "" {
				lang = registry.Detect(a.Text)
			}
			docs = append(docs, doc{lang, a.Text})
		}
		f.Close()
	}
	for _, s := range memoTexts {
		lang := "fr"
		if registry.Detect(s) == "en" {
			lang = "en"
		}
		docs = append(docs, doc{lang, s})
	}
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	for _, rs := range []*timeline.Resolver{timeline.NewResolver(), timeline.NewResolverLimit(16)} {
		n := 0
		for _, date := range []string{"2022-01-05", "2022-01-05T10:00", "2022-01", "2021-12-31", "2022"} {
			for i, d := range docs {
				a, err := timeline.NewArticle("m", date, d.text, nil)
				if err != nil {
					t.Fatal(err)
				}
				a.Lang = d.lang
				tg := taggers[d.lang]
				want, _ := tg.Tag(context.Background(), a)
				wantRef := timeline.Resolve(a, want, timeline.ResolveOptions{Languages: tensesOnly})
				got, _ := tg.Tag(context.Background(), a)
				gotRef := rs.Resolve(a, got, timeline.ResolveOptions{Languages: tensesOnly})
				if !reflect.DeepEqual(gotRef, wantRef) {
					t.Errorf("doc %d dated %s: reference %+v, want %+v", i, date, gotRef, wantRef)
				}
				for k := range want {
					if !reflect.DeepEqual(got[k], want[k]) {
						t.Errorf("doc %d dated %s: %q resolved to\n%+v\nwant\n%+v", i, date, want[k].Text, got[k], want[k])
					}
				}
				n += len(want)
			}
		}
		if n < 250 {
			t.Fatalf("only %d phrases compared", n)
		}
	}
}

// TestProcessAppendWritesOver: an article's phrases written over the last
// one's (frise extract's way) are what Process gives it alone, and the
// events the same, whatever the buffer held before.
func TestProcessAppendWritesOver(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	opt := timeline.Options{Resolver: timeline.NewResolver(), Resolve: timeline.ResolveOptions{Languages: tensesOnly}}
	var buf []timeline.Mention
	// Twice over, longest text first then shortest: a buffer longer than
	// the next article's phrases, and one too short.
	texts := append(append([]string{}, memoTexts...), memoTexts...)
	for i, text := range texts {
		a, err := timeline.NewArticle("m", "2022-01-05", text, nil)
		if err != nil {
			t.Fatal(err)
		}
		tg := taggers[registry.Detect(text)]
		want, err := timeline.Process(context.Background(), a, tg, timeline.Options{Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
		if err != nil {
			t.Fatal(err)
		}
		got, err := timeline.ProcessAppend(context.Background(), a, tg, opt, buf[:0])
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("text %d: written over the last article's phrases:\n%+v\nwant\n%+v", i, got.Mentions, want.Mentions)
		}
		if len(got.Mentions) > 0 && cap(buf) >= len(got.Mentions) && &got.Mentions[0] != &buf[:1][0] {
			t.Errorf("text %d: a new slice, though the buffer had room", i)
		}
		buf = got.Mentions
	}
}
