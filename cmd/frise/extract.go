package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"frise/config"
	"frise/render/export"
	"frise/timeline"
	fpipe "frise/timeline/pipeline"
)

// extractOptions are the dependencies and flags of frise extract.
type extractOptions struct {
	streams
	Config config.Config
	Out    string
	Args   []string
}

func newCmdExtract(s streams) *cobra.Command {
	opts := &extractOptions{streams: s}
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|-]...",
		Short: "Stream the events of articles as JSONL, as they are read",
		Long: `Read articles and write their events as JSONL, one event a line, article after
article in input order, as soon as they are read: memory stays flat however
large the input. No merging across articles (that needs them all: use build).
Lines are written whole, so an interrupted run (Ctrl-C, even a kill) leaves
valid JSONL; they go out in writes of up to 256 KB, at most 0.1 s after an
article's events are ready. With -o FILE, the file is replaced only once the
run is over (an interrupted run leaves it as it was); a symbolic link is
followed; a device, FIFO or socket is written through, as standard output.

` + noInputHelp + `

` + exitCodesHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd, s)
			if err != nil {
				return err
			}
			opts.Config, opts.Args = cfg, args
			return extractRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Out, "output", "o", "-", "file to write; - for standard output")
	config.AddFlags(cmd.Flags(), config.ReadingKeys()...)
	return cmd
}

// flushEvery is how long extract's output waits, at most, once an
// article's events are ready, before it is written out.
const flushEvery = 100 * time.Millisecond

type extractJob struct {
	seq  int
	read func() (*timeline.Article, error) // the article, decoded by a worker
	// bad is an input or article that could not be read (a
	// *timeline.ParseError), kept in the input's order like the output.
	bad  error
	last bool // the end of an input: its IDs are forgotten
	// What the worker made of the article: its ID and place (for the
	// writer's check that IDs are unique), its events as JSONL.
	id      string
	pos     timeline.Position
	auto    bool // the ID is the article's place, unique by construction
	lines   []byte
	events  int
	phrases int // the article's time phrases
	err     error
}

// maxKeptLines bounds the bytes of events an extract worker keeps for
// the next article's.
const maxKeptLines = 1 << 20

// maxKeptMentions bounds the mentions an extract worker keeps for the
// next article (400 bytes each).
const maxKeptMentions = 1 << 12

func extractRun(ctx context.Context, opts *extractOptions) error {
	p, err := newPipeline(opts.Config)
	if err != nil {
		return err
	}
	ins, embedded, err := inputs(opts.Args, opts.streams)
	if err != nil {
		return &usageError{err}
	}
	if embedded {
		fmt.Fprintln(opts.Err, "frise: no input given: reading the embedded samples")
	}
	var names []string
	for _, in := range ins {
		names = append(names, in.name)
	}
	out, err := openOutput(opts.Out, opts.streams.Out, names)
	if err != nil {
		return err
	}
	// On the first error writing, the run stops: the reader and the
	// workers see ctx done, and what they still hand over is dropped.
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	bw := bufio.NewWriterSize(out, 256<<10)

	workers := opts.Config.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	defer streamGC(workers)()
	// A bounded pipeline: a reader hands articles out in order, workers
	// process them, a writer puts them back in order. At most a few
	// articles per worker are in memory at once.
	jobs := make(chan extractJob, workers)
	done := make(chan extractJob, workers)
	var bad timeline.ErrorList
	go func() {
		defer close(jobs)
		seq := 0
		send := func(j extractJob) bool {
			j.seq = seq
			seq++
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, in := range ins {
			rc, err := in.open()
			if err != nil {
				if !send(extractJob{bad: &timeline.ParseError{Pos: timeline.Position{File: in.name}, Err: err}}) {
					return
				}
				continue
			}
			for read, err := range fpipe.ReadLater(in.name, ctxReader{ctx, rc}, p.read) {
				if _, ok := err.(*timeline.ParseError); err != nil && !ok {
					err = &timeline.ParseError{Pos: timeline.Position{File: in.name}, Err: err}
				}
				if !send(extractJob{read: read, bad: err}) {
					break
				}
			}
			rc.Close()
			if !send(extractJob{last: true}) {
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker decodes its article, processes it and writes its
			// events as JSONL: the writer only puts them in order. Each
			// article's phrases are written over the last one's (see
			// timeline.ProcessAppend), up to a bound, so that one huge
			// article does not keep its memory for the rest of the run.
			var buf []timeline.Mention
			var lines []byte
			var w export.Lines // the values it wrote, for the next articles
			for j := range jobs {
				if j.read != nil && j.bad == nil && ctx.Err() == nil {
					j = extractOne(ctx, p, j, &buf, &lines, &w)
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// Every write ends a line: an article's events are rendered apart,
	// then go to the buffer whole, which is written out first if they do
	// not fit; so a stop, even a kill, leaves whole lines. What the buffer
	// holds is written out at the latest flushEvery after it came, even
	// when no other article follows (a feed that pauses): a reader
	// downstream gets events as they come, without a write for each
	// article (a system call each).
	timer := time.NewTimer(flushEvery)
	timer.Stop()
	var due <-chan time.Time // the timer's, while the buffer holds lines not written
	flush := func() {
		if err := bw.Flush(); err != nil {
			stop(err)
		}
		timer.Stop()
		due = nil
	}
	pending := map[int]extractJob{}
	var ids idSet // the current input's
	next, events, articles, phrases := 0, 0, 0, 0
	var firstErr error
	for results := done; results != nil; {
		select {
		case <-due:
			flush()
			continue
		case j, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			pending[j.seq] = j
		}
		for {
			k, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if ctx.Err() != nil {
				continue // stopped: what is left is dropped
			}
			if k.last {
				ids.lines.reset()
				continue
			}
			if k.bad == nil {
				k.bad = ids.checkID(k.id, k.pos, k.auto)
			}
			if k.bad != nil {
				bad = append(bad, k.bad.(*timeline.ParseError))
				continue
			}
			var pe *timeline.ParseError
			if errors.As(k.err, &pe) {
				bad = append(bad, pe)
				continue
			}
			if k.err != nil {
				if firstErr == nil {
					firstErr = k.err
				}
				continue
			}
			articles++
			phrases += k.phrases
			events += k.events
			if len(k.lines) > bw.Available() && bw.Buffered() > 0 {
				flush()
			}
			if _, err := bw.Write(k.lines); err != nil {
				stop(err)
				continue
			}
			if due == nil && bw.Buffered() > 0 {
				timer.Reset(flushEvery)
				due = timer.C
			}
		}
	}
	// Lines are whole in the buffer: an interrupted run writes them out
	// too, to a stream; a file is only replaced by a run that ends well.
	if err := bw.Flush(); err != nil {
		out.Abort()
		return err
	}
	if firstErr != nil {
		out.Abort()
		return firstErr
	}
	if err := out.Commit(ctx); err != nil {
		return err
	}
	fmt.Fprintf(opts.Err, "frise: %d article(s), %d time phrase(s), %d event(s), %d error(s)\n", articles, phrases, events, len(bad))
	if len(bad) > 0 {
		return &partialError{errs: bad}
	}
	return nil
}

// extractOne decodes, processes and renders one article, in a worker.
func extractOne(ctx context.Context, p *pipeline, j extractJob, buf *[]timeline.Mention, lines *[]byte, w *export.Lines) extractJob {
	a, err := j.read()
	if err != nil {
		j.bad = err
		return j
	}
	j.id, j.pos, j.auto = idOf(a)
	res, err := p.processAppend(ctx, a, (*buf)[:0])
	if err != nil {
		j.err = err
		return j
	}
	j.phrases, j.events = len(res.Mentions), len(res.Events)
	if *buf = res.Mentions; cap(*buf) > maxKeptMentions {
		*buf = nil
	}
	*lines = w.Append((*lines)[:0], timeline.Chronology{Events: res.Events})
	j.lines = bytes.Clone(*lines)
	if cap(*lines) > maxKeptLines {
		*lines = nil // one huge article keeps no memory for the rest of the run
	}
	return j
}
