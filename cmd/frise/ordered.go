package main

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// inOrder runs work on what feed yields with a pool of workers and hands
// the results to emit in feed's order, each as soon as it and all before
// it are done; idle is called whenever no result is left ready, so that
// what emit buffered can be written out (a reader at the other end of a
// pipe gets each line as soon as it can be had). Work is given its
// worker's number, for what a worker keeps from one item to the next.
// The output never depends on the number of workers. An error of emit or
// idle stops feeding and is returned; so does ctx's.
//
// Each worker takes its next item from feed itself (one worker at a
// time), and writes its result itself once those before it are written,
// with those after it that are ready: no goroutine but the workers has
// to run. With a reader and a writer goroutine handing items and results
// over, the two workers of two cores kept them waiting for a core (a
// woken goroutine waits for the one it woke to block), then waited for
// them in turn: a fifth of the wall clock of tag --jsonl with two
// workers went to waiting.
func inOrder[I, O any](ctx context.Context, workers int, feed func(yield func(I) bool), work func(worker int, in I) O, emit func(O) error, idle func() error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next, stop := iter.Pull(iter.Seq[I](feed))
	defer stop()
	var (
		readMu sync.Mutex // over next, fed and seq
		fed    bool       // feed has nothing more
		seq    int        // the next item's number

		writeMu sync.Mutex // over pending, written and err
		pending = map[int]O{}
		written int // the results emitted
		err     error
	)
	// take is the next item and its number, or false when there is none
	// (feed is over, or the run stopped).
	take := func() (I, int, bool) {
		readMu.Lock()
		defer readMu.Unlock()
		var zero I
		if fed || ctx.Err() != nil {
			return zero, 0, false
		}
		in, ok := next()
		if !ok {
			fed = true
			return zero, 0, false
		}
		seq++
		return in, seq - 1, true
	}
	// put emits out, number n, if all before it are emitted, and those
	// after it that wait; else it leaves it waiting.
	put := func(n int, out O) {
		writeMu.Lock()
		defer writeMu.Unlock()
		if n != written {
			pending[n] = out
			return
		}
		for {
			if err == nil {
				if err = emit(out); err != nil {
					cancel()
				}
			}
			written++
			var ok bool
			if out, ok = pending[written]; !ok {
				break
			}
			delete(pending, written)
		}
		if err == nil {
			if err = idle(); err != nil {
				cancel()
			}
		}
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				in, n, ok := take()
				if !ok {
					return
				}
				put(n, work(w, in))
			}
		}()
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return ctx.Err()
}
