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
func streamGC(workers int) (restore func()) { return gcFor(workers, true) }

// tableGC is streamGC for frise tag without --jsonl, which reads all its
// articles before it tags them: its live heap grows with its input, so
// it gets the target but no memory limit (past a limit below what is
// live, the collector would run without end). Most runs tag a few
// articles, and a collection while the tagger's tables were built (at 4
// MB, Go's first target) took 7 of the 18 ms of CPU of tagging one
// article; at 400 the first comes at 16 MB. An input of hundreds of MB
// is tagged with --jsonl, in flat memory.
func tableGC(workers int) (restore func()) { return gcFor(workers, false) }

func gcFor(workers int, limit bool) (restore func()) {
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
	if limit && os.Getenv("GOMEMLIMIT") == "" {
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
