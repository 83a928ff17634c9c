package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
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

// inputs expands the command line: files, directories (every .txt file
// under them, sorted), "-" for stdin; with no argument, the embedded samples.
func inputs(args []string, stdin io.Reader) ([]input, bool, error) {
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
				return nil, false, fmt.Errorf("input %s: no file matches", arg)
			}
			for _, m := range matches {
				ins = append(ins, fileInput(m))
			}
			continue
		}
		if err != nil {
			return nil, false, fmt.Errorf("input %w", err)
		}
		if !st.IsDir() {
			ins = append(ins, fileInput(arg))
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && isArticleFile(d.Name()) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, false, fmt.Errorf("input %w", err)
		}
		slices.Sort(found)
		for _, p := range found {
			ins = append(ins, fileInput(p))
		}
	}
	return ins, false, nil
}

// isArticleFile reports whether a file in a directory holds articles: text
// (.txt) or JSONL (.jsonl, .ndjson), possibly gzipped.
func isArticleFile(name string) bool {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	return strings.HasSuffix(n, ".txt") || strings.HasSuffix(n, ".jsonl") || strings.HasSuffix(n, ".ndjson")
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
func readArticles(ins []input, opt timeline.ReadOptions) ([]*timeline.Article, timeline.ErrorList) {
	var as []*timeline.Article
	var bad timeline.ErrorList
	for _, in := range ins {
		rc, err := in.open()
		if err != nil {
			bad.Add(timeline.Position{File: in.name}, err)
			continue
		}
		arts, closeZ, err := articlesOf(in.name, rc, opt)
		if err != nil {
			bad.Add(timeline.Position{File: in.name}, err)
			rc.Close()
			continue
		}
		seen := 0
		for a, err := range arts {
			seen++
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
		if seen == 0 {
			bad.Add(timeline.Position{File: in.name}, errors.New("no article in the input: the file is empty, or has no line starting with \"date\""))
		}
	}
	return as, bad
}
