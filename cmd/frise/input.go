package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"os"
	"path/filepath"
	"strings"

	"frise/samples"
	"frise/timeline"
	fpipe "frise/timeline/pipeline"
)

// input is one named stream of articles.
type input struct {
	name string
	open func() (io.ReadCloser, error)
}

// noInputHelp is what --help says of a command given no input.
const noInputHelp = `With no input named, frise reads standard input when it is not a terminal
(a pipe, a file), and the articles embedded in it (the samples) when it is
a terminal or gives nothing at all (/dev/null, an empty pipe).`

// inputs expands the command line: files, directories (every .txt file
// under them, sorted), "-" for stdin. With no argument, stdin when it is
// not a terminal, else the embedded samples (embedded is then true). An
// input that does not exist is one that cannot be opened: it is skipped
// with a message, the others are read.
//
// Standard input that ends before its first byte reads as no input: the
// README's "go run ./cmd/frise build" must build the samples when a script,
// a CI job or an editor runs it with stdin on /dev/null, as they do.
func inputs(args []string, s streams) ([]input, bool, error) {
	stdin := s.In
	if len(args) == 0 && !s.InTerminal {
		br := bufio.NewReader(stdin)
		if _, err := br.Peek(1); err != io.EOF {
			stdin = br
			args = []string{"-"}
		}
	}
	if len(args) == 0 {
		var ins []input
		for _, name := range samples.Names() {
			ins = append(ins, input{name: "samples/" + name, open: func() (io.ReadCloser, error) { return samples.FS().Open(name) }})
		}
		return ins, true, nil
	}
	var ins []input
	for _, arg := range args {
		if arg == "-" {
			ins = append(ins, input{name: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil && strings.ContainsAny(arg, "*?[") {
			// A glob the shell did not expand (quoted, or on Windows).
			matches, gerr := filepath.Glob(arg)
			if gerr != nil || len(matches) == 0 {
				ins = append(ins, input{name: arg, open: func() (io.ReadCloser, error) { return nil, errors.New("no file matches") }})
				continue
			}
			for _, m := range matches {
				ins = append(ins, fileInput(m))
			}
			continue
		}
		if err != nil || !st.IsDir() {
			ins = append(ins, fileInput(arg))
			continue
		}
		found, err := fpipe.ArticleFiles(arg)
		if err != nil {
			return nil, false, fmt.Errorf("input %w", err)
		}
		for _, p := range found {
			ins = append(ins, fileInput(p))
		}
	}
	return ins, false, nil
}

// articlesOf reads an input as JSONL when its name says so or its first
// byte opens a JSON object, else as text articles; gzip is undone first
// (see pipeline.Read).
func articlesOf(name string, r io.Reader, opt timeline.ReadOptions) (iter.Seq2[*timeline.Article, error], func() error, error) {
	return fpipe.Read(name, r, opt), func() error { return nil }, nil
}

func fileInput(path string) input {
	return input{name: path, open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// readArticles reads every input; bad articles are collected, not fatal.
// It stops at once when ctx is done.
func readArticles(ctx context.Context, ins []input, opt timeline.ReadOptions) ([]*timeline.Article, timeline.ErrorList, error) {
	var as []*timeline.Article
	var bad timeline.ErrorList
	for _, in := range ins {
		rc, err := in.open()
		if err != nil {
			bad.Add(timeline.Position{File: in.name}, err)
			continue
		}
		var ids idSet
		arts, closeZ, err := articlesOf(in.name, ctxReader{ctx, rc}, opt)
		if err != nil {
			bad.Add(timeline.Position{File: in.name}, err)
			rc.Close()
			continue
		}
		seen := 0
		for a, err := range arts {
			if err := context.Cause(ctx); err != nil {
				closeZ()
				rc.Close()
				return nil, nil, err
			}
			seen++
			if err == nil {
				err = ids.check(a)
			}
			var pe *timeline.ParseError
			switch {
			case err == nil:
				as = append(as, a)
			case asParseError(err, &pe):
				bad = append(bad, pe)
			default:
				bad.Add(timeline.Position{File: in.name}, err)
			}
		}
		closeZ()
		rc.Close()
		if err := context.Cause(ctx); err != nil {
			return nil, nil, err
		}
		if seen == 0 {
			bad.Add(timeline.Position{File: in.name}, errors.New("no article in the input: the file is empty, or has no line starting with \"date\""))
		}
	}
	return as, bad, nil
}

// ctxReader stops a read once ctx is done: a stream that never ends
// (/dev/zero, a pipe that keeps coming) is not read on after a signal.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (r ctxReader) Read(p []byte) (int, error) {
	if err := context.Cause(r.ctx); err != nil {
		return 0, err
	}
	return r.r.Read(p)
}

// idSet holds the ids given in one input: a second article with an id
// already used is an error naming both lines, since an id names one
// article (TimeML documents, the sources of events). Ids frise makes
// (file:line) are unique by construction and not kept.
type idSet struct{ lines idLines }

func (s *idSet) check(a *timeline.Article) error { return s.checkID(idOf(a)) }

// idOf is what check reads of an article: its ID, its place, and whether
// the ID is its place (given by the reader: unique by construction).
func idOf(a *timeline.Article) (id string, pos timeline.Position, auto bool) {
	pos = a.Position(0)
	return a.ID, pos, a.ID == fmt.Sprintf("%s:%d", a.File, pos.Line)
}

// checkID is check, for an article decoded elsewhere (extract's workers).
func (s *idSet) checkID(id string, pos timeline.Position, auto bool) error {
	if auto {
		return nil
	}
	if first, dup := s.lines.add(id, pos.Line); dup {
		return &timeline.ParseError{Pos: pos, Err: fmt.Errorf("id %q is already the id of the article at line %d: ids name one article each", id, first)}
	}
	return nil
}

// idLines remembers the ids of an input and the line of each, in flat
// memory: 12 bytes an id in a table at most three-quarters full, an
// 8-byte hash of the id and its line, never the id itself. A map of the
// ids held every id and its place (146 MB for the 440,000 articles of
// 202 MB of JSONL, where the rest of frise extract needs 30 MB). The
// limit that buys: two different ids whose 64-bit hashes agree are taken
// for one (for a million ids, about one chance in 36 million of it
// happening once in the input), and a line past 4,294,967,295 is
// reported as that.
type idLines struct {
	hashes []uint64 // 0: an empty slot (a hash of 0 is stored as 1)
	lines  []uint32
	n      int
}

// add records id at line and returns false, or, when the input gave id
// before, the line it was first given at and true.
func (s *idLines) add(id string, line int) (first int, dup bool) {
	if 4*(s.n+1) > 3*len(s.hashes) {
		s.grow()
	}
	h := idHash(id)
	mask := uint64(len(s.hashes) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.hashes[i] {
		case h:
			return int(s.lines[i]), true
		case 0:
			s.hashes[i], s.lines[i] = h, uint32(min(max(line, 0), math.MaxUint32))
			s.n++
			return 0, false
		}
	}
}

// grow doubles the table (64 slots at first).
func (s *idLines) grow() {
	old, oldLines := s.hashes, s.lines
	n := max(64, 2*len(old))
	s.hashes, s.lines = make([]uint64, n), make([]uint32, n)
	mask := uint64(n - 1)
	for j, h := range old {
		if h == 0 {
			continue
		}
		i := h & mask
		for s.hashes[i] != 0 {
			i = (i + 1) & mask
		}
		s.hashes[i], s.lines[i] = h, oldLines[j]
	}
}

// reset forgets every id, keeping the table (the next input's).
func (s *idLines) reset() {
	clear(s.hashes)
	s.n = 0
}

// idHash is a 64-bit hash of id, the same in every run (FNV-1a, its bits
// spread by splitmix64's finalizer so that the low bits index the
// table), never 0.
func idHash(id string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	h = (h ^ h>>30) * 0xbf58476d1ce4e5b9
	h = (h ^ h>>27) * 0x94d049bb133111eb
	h ^= h >> 31
	return max(h, 1)
}
