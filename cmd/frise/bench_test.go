package main

import (
	"context"
	"fmt"
	"io"
	"testing"

	"frise/config"
	"frise/render"
	"frise/timeline"
)

// corpus makes n short wire stories: several agencies, days across a month,
// the same events told in other words and from other days.
func corpus(tb testing.TB, n int) []*timeline.Article {
	tb.Helper()
	srcs := []string{"AFP", "Reuters", "Belga", "AP", "DPA"}
	places := []string{"Almaty", "Astana", "Janaozen", "Aktau", "Chymkent", "Taraz", "Karaganda"}
	texts := []string{
		"Des manifestants ont bloqué mardi soir la route principale de %s. La police est intervenue le lendemain matin.",
		"L'état d'urgence a été décrété mercredi à %s, a annoncé le gouverneur. La veille, des bâtiments avaient été incendiés.",
		"Le couvre-feu sera levé jeudi à %s, selon les autorités. Il avait été instauré dans la nuit de lundi à mardi.",
		"Internet a été coupé dimanche dans la région de %s pendant trois jours. Il y a une semaine, les prix du gaz avaient doublé.",
		"Protesters blocked the main road of %s on Tuesday evening. Police moved in the next morning.",
	}
	var as []*timeline.Article
	for i := range n {
		day := 3 + i%25
		text := fmt.Sprintf(texts[i%len(texts)], places[(i/len(texts))%len(places)]) + " (" + srcs[i%len(srcs)] + ")"
		a, err := timeline.NewArticle(fmt.Sprintf("a%d", i), fmt.Sprintf("2022-01-%02d", day), text, nil)
		if err != nil {
			tb.Fatal(err)
		}
		as = append(as, a)
	}
	return as
}

// BenchmarkBuild10k: 10,000 articles read with every core, merged into one
// chronology and drawn as the HTML page.
func BenchmarkBuild10k(b *testing.B) {
	as := corpus(b, 10_000)
	p, err := newPipeline(config.Default())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		results, _, _, err := p.processAll(context.Background(), as, 0, nil, true)
		if err != nil {
			b.Fatal(err)
		}
		c := timeline.MergeWith(results, p.merge)
		if err := render.HTML(io.Discard, c, render.Options{}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(c.Events)), "events")
	}
}
