package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
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
