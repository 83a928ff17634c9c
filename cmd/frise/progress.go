package main

import (
	"io"
	"os"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress shows how far frise is, with articles per second and the time
// left, on a terminal; elsewhere (a pipe, a file, a test) it shows nothing.
type progress struct {
	p   *mpb.Progress
	bar *mpb.Bar
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	if !ok || total < 50 {
		return &progress{}
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return &progress{}
	}
	p := mpb.New(mpb.WithOutput(w), mpb.WithWidth(40))
	bar := p.AddBar(int64(total),
		mpb.PrependDecorators(decor.Name("articles "), decor.CountersNoUnit("%d / %d")),
		mpb.AppendDecorators(decor.AverageSpeed(0, " %.0f/s"), decor.Name(" · "), decor.AverageETA(decor.ET_STYLE_GO)),
		mpb.BarRemoveOnComplete(),
	)
	return &progress{p: p, bar: bar}
}

// done counts one article; workers call it at once.
func (pr *progress) done() {
	if pr.bar != nil {
		pr.bar.Increment()
	}
}

func (pr *progress) wait() {
	if pr.p != nil {
		pr.bar.Abort(true)
		pr.p.Wait()
	}
}
