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
	"frise/render"
	"frise/timeline"
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
	config.AddFlags(cmd.Flags(), config.Reading...)
	return cmd
}

// flushEvery is how long extract's output waits, at most, once an
// article's events are ready, before it is written out.
const flushEvery = 100 * time.Millisecond

type extractJob struct {
	seq     int
	a       *timeline.Article
	res     timeline.Result
	phrases int // the article's time phrases (res keeps its events alone)
	err     error
}

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
	// A bounded pipeline: a reader hands articles out in order, workers
	// process them, a writer puts them back in order. At most a few
	// articles per worker are in memory at once.
	jobs := make(chan extractJob, workers)
	done := make(chan extractJob, workers)
	var bad timeline.ErrorList
	var badMu sync.Mutex
	go func() {
		defer close(jobs)
		seq := 0
		for _, in := range ins {
			rc, err := in.open()
			if err != nil {
				badMu.Lock()
				bad.Add(timeline.Position{File: in.name}, err)
				badMu.Unlock()
				continue
			}
			ids := idSet{}
			arts, closeZ, err := articlesOf(in.name, ctxReader{ctx, rc}, p.read)
			if err != nil {
				badMu.Lock()
				bad.Add(timeline.Position{File: in.name}, err)
				badMu.Unlock()
				rc.Close()
				continue
			}
			for a, err := range arts {
				if ctx.Err() != nil {
					break
				}
				if err == nil {
					err = ids.check(a)
				}
				if err != nil {
					badMu.Lock()
					if pe, ok := err.(*timeline.ParseError); ok {
						bad = append(bad, pe)
					} else {
						bad.Add(timeline.Position{File: in.name}, err)
					}
					badMu.Unlock()
					continue
				}
				jobs <- extractJob{seq: seq, a: a}
				seq++
			}
			closeZ()
			rc.Close()
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// The writer reads the events alone: each article's phrases
			// are written over the last one's (see timeline.ProcessAppend),
			// up to a bound, so that one huge article does not keep its
			// memory for the rest of the run.
			var buf []timeline.Mention
			for j := range jobs {
				j.res, j.err = p.processAppend(ctx, j.a, buf[:0])
				j.phrases = len(j.res.Mentions)
				if buf, j.res.Mentions = j.res.Mentions, nil; cap(buf) > maxKeptMentions {
					buf = nil
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
	var lines bytes.Buffer
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
			var pe *timeline.ParseError
			if errors.As(k.err, &pe) {
				badMu.Lock()
				bad = append(bad, pe)
				badMu.Unlock()
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
			events += len(k.res.Events)
			lines.Reset()
			if err := render.JSONL(&lines, timeline.Chronology{Events: k.res.Events}); err != nil && firstErr == nil {
				firstErr = err
			}
			if lines.Len() > bw.Available() && bw.Buffered() > 0 {
				flush()
			}
			if _, err := bw.Write(lines.Bytes()); err != nil {
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
