package render

import (
	"strconv"
	"testing"

	"frise/timeline"
)

// TestSeriesForLanes: the chart made with one lane's series by marks,
// then written for every lane, is the chart go-echarts writes with every
// lane's series, in both themes, for one lane to more than the palette's
// colours.
func TestSeriesForLanes(t *testing.T) {
	for _, n := range []int{1, 2, 3, 9, 17} {
		for _, theme := range []string{"white", "dark"} {
			c := chronology("x")
			base := c.Events[0]
			c.Events = nil
			for k := range n {
				e := base
				e.Sources = []timeline.Provenance{base.Sources[0]}
				e.Sources[0].Source = "S" + strconv.Itoa(k)
				c.Events = append(c.Events, e)
			}
			opt := Options{Theme: theme}
			ch, _, err := Chart(c, opt)
			if err != nil {
				t.Fatal(err)
			}
			_, want, err := snippet(ch)
			if err != nil {
				t.Fatal(err)
			}
			l := lay(c, opt.Lanes)
			if lanes(l) != n {
				t.Fatalf("%d lanes, want %d", lanes(l), n)
			}
			marked, _ := newChart(c, opt.withDefaults(c, l), l, true)
			_, script, err := snippet(marked)
			if err != nil {
				t.Fatal(err)
			}
			series, err := seriesForLanes(script, lanes(l), theme)
			if err != nil {
				t.Fatal(err)
			}
			if h, err := series.bodyHash(); err != nil || h != hashOf(scriptBody(want)) {
				t.Errorf("%d lanes, %s: the script's hash %s, want %s (%v)", n, theme, h, hashOf(scriptBody(want)), err)
			}
			if got := series.String(); got != want {
				t.Errorf("%d lanes, %s: the series written for each lane differ from go-echarts':\n%s\nwant\n%s", n, theme, got, want)
			}
		}
	}
}
