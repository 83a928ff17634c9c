package main

import (
	"os"
	"runtime"
	"runtime/debug"
)

// streamGC sets the garbage collector and the cores for the streaming
// commands (tag --jsonl, extract) with workers workers, unless GOGC,
// GOMEMLIMIT or GOMAXPROCS say otherwise, and returns what puts them
// back. Their live heap is small and
// flat (the articles in flight, the taggers' memories: a few MB), so at
// Go's default target (100: collect once the heap has doubled) they
// collected every few MB they allocated, and the collector and its
// write barriers were a tenth of their CPU. At 400 the heap may grow to
// five times what is live, up to a soft limit of 32 MB and 8 MB a
// worker, over which the collector runs as often as it must: on the
// benchmark JSONL 7-10% less CPU, for a peak of about 49 MB instead of
// 37 (two workers).
func streamGC(workers int) (restore func()) {
	var undo []func()
	if os.Getenv("GOMAXPROCS") == "" && workers < runtime.GOMAXPROCS(0) {
		// Fewer workers than cores: as many cores as workers. On a core
		// no worker used, the collector ran its idle workers, and the
		// reader and the writer were woken across cores: extract with one
		// worker took a quarter more CPU on two cores than on one, for
		// the same work.
		old := runtime.GOMAXPROCS(max(workers, 1))
		undo = append(undo, func() { runtime.GOMAXPROCS(old) })
	}
	if os.Getenv("GOGC") == "" {
		old := debug.SetGCPercent(streamGCPercent)
		undo = append(undo, func() { debug.SetGCPercent(old) })
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		old := debug.SetMemoryLimit(int64(32+8*max(workers, 1)) << 20)
		undo = append(undo, func() { debug.SetMemoryLimit(old) })
	}
	return func() {
		for _, f := range undo {
			f()
		}
	}
}

// streamGCPercent is streamGC's target.
const streamGCPercent = 400
