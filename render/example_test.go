package render_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"frise/render"
	"frise/timeline"
	"frise/timeline/pipeline"
)

// Draw a chronology as a page, as frise build does: the page holds ECharts
// (no network needed), and article text is only ever text in it.
func ExampleHTML() {
	p := pipeline.New(pipeline.Options{})
	a, err := timeline.NewArticle("afp-1", "2022-01-05",
		"Dimanche, les prix du gaz ont doublé. Mardi, des manifestants ont écrit <script>alert(1)</script> sur les murs.", nil)
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
	html := page.String()
	fmt.Println(strings.SplitN(html, "\n", 2)[0])
	fmt.Println("chart:", strings.Contains(html, "echarts.init"))
	fmt.Println("article script as markup:", strings.Contains(html, "<script>alert(1)"))
	// Output:
	// <!DOCTYPE html>
	// chart: true
	// article script as markup: false
}
