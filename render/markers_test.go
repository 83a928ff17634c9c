package render

import (
	"regexp"
	"strings"
	"testing"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// goEchartsMarkers is go-echarts' own (render/engine.go): the reference.
var goEchartsMarkers = regexp.MustCompile(`(__f__")|("__f__)|(__f__)`)

// TestStripMarkers: stripMarkers removes what go-echarts' regexp
// removes, byte for byte, on markers after, before and between quotes,
// touching, overlapping, and at the ends.
func TestStripMarkers(t *testing.T) {
	cases := []string{"", "x", "__f__", `"__f__"`, `"__f__function(){}__f__"`, `__f__"__f__`, `"__f__"__f__"`,
		`__f____f__`, `___f___`, `__f__f__`, `""__f__""`, `a"__f__`, `__f__"a`, `"_"__f_"__f__`, `{"formatter":"__f__function(p){return '"'}__f__"}`}
	// Every string of up to six of these pieces.
	pieces := []string{`"`, `_`, `f`, `__f__`, `a`}
	var grow func(s string, n int)
	grow = func(s string, n int) {
		cases = append(cases, s)
		if n == 0 {
			return
		}
		for _, p := range pieces {
			grow(s+p, n-1)
		}
	}
	grow("", 6)
	for _, c := range cases {
		if got, want := stripMarkers([]byte(c)), string(goEchartsMarkers.ReplaceAll([]byte(c), nil)); got != want {
			t.Errorf("%q: %q, go-echarts %q", c, got, want)
		}
	}
}

// TestFuncOpts: funcOpts is go-echarts' opts.FuncOpts.
func TestFuncOpts(t *testing.T) {
	for _, fn := range []string{"", "function (p) {\n\treturn p.name;\n}", renderItemJS, strings.Repeat("\t\n x", 40)} {
		if got, want := funcOpts(fn), opts.FuncOpts(fn); got != want {
			t.Errorf("%q: %q, go-echarts %q", fn, got, want)
		}
	}
}
