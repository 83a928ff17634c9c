package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"frise/render/export"
	"frise/timeline"
)

// Line is a piece of text output (whole lines) and where it sorts.
type Line struct{ Order, Text string }

// shardLineFn sends each piece of text to its shard, by its order key.
type shardLineFn struct{ Shards int }

func (f *shardLineFn) ProcessElement(order, text string, emit func(int, Line)) {
	if text == "" {
		return
	}
	emit(shardOf(order, f.Shards), Line{order, text})
}

// writeLinesFn writes one shard of text, its pieces in input order: with
// one shard, events come out in the order frise extract writes them.
type writeLinesFn struct {
	Output, Name, Ext string
	Shards            int
}

func (f *writeLinesFn) ProcessElement(ctx context.Context, shard int, lines func(*Line) bool) error {
	var all []Line
	var l Line
	for lines(&l) {
		all = append(all, l)
	}
	slices.SortFunc(all, func(a, b Line) int { return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.Text, b.Text)) })
	return writeFile(ctx, shardName(f.Output, f.Name, shard, f.Shards, f.Ext), func(w io.Writer) error {
		for _, l := range all {
			if _, err := io.WriteString(w, l.Text); err != nil {
				return err
			}
		}
		return nil
	})
}

// shardName names shard i of n under dir, which may be a bucket
// ("gs://b/out"): joined with a slash, never cleaned.
func shardName(dir, name string, i, n int, ext string) string {
	return fmt.Sprintf("%s/%s-%05d-of-%05d%s", strings.TrimSuffix(dir, "/"), name, i, max(1, n), ext)
}

// writeFile writes a file through Beam's file systems (local, gs://, s3://).
func writeFile(ctx context.Context, name string, write func(io.Writer) error) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	wc, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	bw := bufio.NewWriterSize(wc, 256<<10)
	if err := write(bw); err != nil {
		wc.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := bw.Flush(); err != nil {
		wc.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := wc.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

func shardOf(key string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

// shardFn sends each event to its shard of the chronology.
type shardFn struct{ Shards int }

func (f *shardFn) ProcessElement(o Out, emit func(int, Out)) { emit(shardOf(o.Sort, f.Shards), o) }

// shardArtFn sends each article to its shard of the chronology.
type shardArtFn struct{ Shards int }

func (f *shardArtFn) ProcessElement(a Art, emit func(int, Art)) { emit(shardOf(a.Order, f.Shards), a) }

// asOut is a report as an event of its own, in Merge's order (no merge).
func asOut(r Report) Out { return Out{r.Order, r.Event} }

// chronFn writes one shard of the chronology: its articles in input order
// with their undated events, its events in the chronology's order, as
// frise build --format json writes them (export.JSON). With one shard,
// that is the whole chronology, the same bytes.
type chronFn struct {
	Output string
	Shards int
}

func (f *chronFn) ProcessElement(ctx context.Context, shard int, outs func(*Out) bool, arts func(*Art) bool) error {
	var os []Out
	var o Out
	for outs(&o) {
		os = append(os, o)
	}
	slices.SortFunc(os, func(a, b Out) int { return cmp.Compare(a.Sort, b.Sort) })
	var as []Art
	var a Art
	for arts(&a) {
		as = append(as, a)
	}
	slices.SortFunc(as, func(a, b Art) int { return cmp.Compare(a.Order, b.Order) })
	var c timeline.Chronology
	for _, a := range as {
		part, err := export.ReadJSON(bytes.NewReader(a.JSON))
		if err != nil {
			return err
		}
		c.Articles = append(c.Articles, part.Articles...)
		c.Undated = append(c.Undated, part.Undated...)
	}
	for i, o := range os {
		e, _, err := readEvent(o.Event)
		if err != nil {
			return err
		}
		c.Events = append(c.Events, e)
		os[i].Event = nil
	}
	name := shardName(f.Output, "chronology", shard, f.Shards, ".json")
	return writeFile(ctx, name, func(w io.Writer) error { return export.JSON(w, c) })
}
