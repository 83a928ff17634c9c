package main

import (
	"context"
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
func inOrder[I, O any](ctx context.Context, workers int, feed func(yield func(I) bool), work func(worker int, in I) O, emit func(O) error, idle func() error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq int
		in  I
	}
	type done struct {
		seq int
		out O
	}
	// A few items a worker in flight: memory stays bounded whatever the
	// input's size.
	jobs := make(chan job, workers)
	results := make(chan done, 2*workers)
	go func() {
		defer close(jobs)
		seq := 0
		feed(func(in I) bool {
			select {
			case jobs <- job{seq, in}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- done{j.seq, work(w, j.in)}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]O{}
	next := 0
	var err error
	for r := range results {
		if err != nil {
			continue // draining, so the workers can end
		}
		pending[r.seq] = r.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err = emit(out); err != nil {
				cancel()
				break
			}
		}
		if err == nil && len(results) == 0 {
			if err = idle(); err != nil {
				cancel()
			}
		}
	}
	if err != nil {
		return err
	}
	return ctx.Err()
}
