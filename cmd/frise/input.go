package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"frise/samples"
	"frise/timeline"
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
			if !d.IsDir() && strings.HasSuffix(strings.ToLower(d.Name()), ".txt") {
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
		seen := 0
		for a, err := range timeline.Articles(in.name, rc, opt) {
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
		rc.Close()
		if seen == 0 {
			bad.Add(timeline.Position{File: in.name}, errors.New("no article in the input: the file is empty, or has no line starting with \"date\""))
		}
	}
	return as, bad
}
