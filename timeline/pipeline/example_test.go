package pipeline_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"frise/render"
	"frise/render/export"
	"frise/timeline"
	"frise/timeline/pipeline"
)

// Tag an article as `frise tag --jsonl` does: each time phrase with its
// TIMEX3 value and the interval it resolves to.
func ExamplePipeline_Tag() {
	p := pipeline.New(pipeline.Options{})
	tags, err := p.Tag(context.Background(), pipeline.TagInput{
		ID:   "afp-1",
		Date: "2022-01-05",
		Text: "Les troubles ont éclaté dimanche, avant de gagner Almaty dans la nuit de mardi à mercredi.",
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range tags.Mentions {
		fmt.Printf("%q %s %s [%s, %s) %s\n", m.Text, m.Type, m.Value, m.From, m.To, m.Certainty)
	}
	// Output:
	// "dimanche" DATE 2022-01-02 [2022-01-02T00:00:00Z, 2022-01-03T00:00:00Z) exact
	// "la nuit de mardi à mercredi" TIME 2022-01-04TNI [2022-01-04T20:00:00Z, 2022-01-05T06:00:00Z) inferred
}

// Read articles in frise's text layout, find their events, and merge them
// into one chronology.
func ExamplePipeline_Process() {
	input := `date 2022-01-06 Mercredi, le président a limogé le gouvernement. (AFP)
date 2022-01-12 The government resigned on Wednesday, January 5, after days of protests. (Reuters)
`
	p := pipeline.New(pipeline.Options{})
	var results []timeline.Result
	for a, err := range p.Articles("wires.txt", strings.NewReader(input)) {
		if err != nil {
			log.Fatal(err)
		}
		res, err := p.Process(context.Background(), a)
		if err != nil {
			log.Fatal(err)
		}
		results = append(results, res)
	}
	chron := p.Merge(results)
	for _, e := range chron.Events {
		fmt.Printf("%s %q, %d source(s)\n", e.Value.Timex, e.Clause, len(e.Sources))
	}
	// Output:
	// 2022-01-05 "Mercredi, le président a limogé le gouvernement.", 1 source(s)
	// 2022-01-05 "The government resigned on Wednesday, January 5, after days of protests.", 1 source(s)
}

// Write the chronology of an article as JSON, as `frise build --format
// json` does (render.HTML writes the chart page).
func ExamplePipeline_Merge() {
	p := pipeline.New(pipeline.Options{Lang: "en"})
	a, err := timeline.NewArticle("ap-1", "2022-01-07", "Troops arrived on Thursday.", nil)
	if err != nil {
		log.Fatal(err)
	}
	res, err := p.Process(context.Background(), a)
	if err != nil {
		log.Fatal(err)
	}
	if err := export.JSONL(os.Stdout, p.Merge([]timeline.Result{res})); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"value":{"type":"DATE","timex":"2022-01-06","from":"2022-01-06T00:00:00Z","to":"2022-01-07T00:00:00Z","grain":"day","certainty":"exact","said":"Thursday 6 January 2022"},"dated_by":"own","clause":"Troops arrived on Thursday.","sources":[{"article":"ap-1","article_date":"2022-01-07","sentence":"Troops arrived on Thursday.","clause":"Troops arrived on Thursday.","phrase":"on Thursday","phrase_span":[15,26],"sentence_span":[0,27],"clause_span":[0,27],"rule":"en.weekday","dated_by":"own"}]}
}

// A bad article is an error that says what is wrong, with no phrases.
func ExamplePipeline_Tag_badDate() {
	p := pipeline.New(pipeline.Options{})
	_, err := p.Tag(context.Background(), pipeline.TagInput{ID: "x", Date: "2022-13-01", Text: "Lundi."})
	fmt.Println(err)
	// Output:
	// x:1:1: malformed article date "2022-13-01": month out of range
}

// Read articles from JSONL (one object a line): a bad line is an error
// naming the input and the line, and the others are still read.
func ExampleRead() {
	corpus := `{"id":"r1","date":"2022-01-06","text":"Hier, l'aéroport d'Almaty a été fermé.","source":"Reuters"}
{"id":"r2","date":"6 janvier","text":"Lundi."}
{"id":"r3","date":"2022-01-07","lang":"en","text":"Flights resumed on Friday morning."}
`
	for a, err := range pipeline.Read("wires.jsonl", strings.NewReader(corpus), timeline.ReadOptions{}) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a.ID, a.Source, a.Date.Timex)
	}
	// Output:
	// r1 Reuters 2022-01-06
	// error: wires.jsonl:2:1: malformed article date "6 janvier": want YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][±hh:mm]
	// r3  2022-01-07
}

// Draw the chart page of a chronology, as `frise build` does: a page that
// holds ECharts and opens with no network.
func ExamplePipeline_html() {
	p := pipeline.New(pipeline.Options{})
	a, err := timeline.NewArticle("afp-1", "2022-01-05", "Dimanche, les prix du gaz ont doublé.", nil)
	if err != nil {
		log.Fatal(err)
	}
	res, err := p.Process(context.Background(), a)
	if err != nil {
		log.Fatal(err)
	}
	var page strings.Builder
	if err := render.HTML(&page, p.Merge([]timeline.Result{res}), render.Options{Title: "Gaz"}); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.SplitN(page.String(), "\n", 2)[0], strings.Contains(page.String(), "echarts.init"))
	// Output:
	// <!DOCTYPE html> true
}
