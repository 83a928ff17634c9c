package pipeline

import (
	"context"
	"testing"

	"frise/timeline"
)

// TestTaggersCompiledOnDemand: a pipeline compiles the tagger of a
// language only when an article in it comes (a tenth of a second each).
func TestTaggersCompiledOnDemand(t *testing.T) {
	p := New(Options{})
	if p.taggers["fr"].t != nil || p.taggers["en"].t != nil {
		t.Fatal("taggers compiled before any article")
	}
	a, err := timeline.NewArticle("a", "2022-01-12", "Mardi soir, la police a chargé les manifestants.", nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Process(context.Background(), a)
	if err != nil || len(r.Mentions) == 0 {
		t.Fatalf("%v, %d phrases", err, len(r.Mentions))
	}
	if p.taggers["fr"].t == nil || p.taggers["en"].t != nil {
		t.Errorf("after a French article: French compiled %v, English %v", p.taggers["fr"].t != nil, p.taggers["en"].t != nil)
	}
}
