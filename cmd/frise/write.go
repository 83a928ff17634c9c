package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// errOverwriteInput keeps frise from replacing one of the articles it reads.
var errOverwriteInput = errors.New("output is one of the inputs: choose another file with -o")

// writeAtomic writes path through a temporary file in the same directory,
// synced and renamed over it, so a reader never sees half a file and a run
// that dies leaves the previous output whole. "-" writes to stdout.
func writeAtomic(path string, stdout io.Writer, inputs []string, write func(io.Writer) error) error {
	if path == "-" {
		return write(stdout)
	}
	if st, err := os.Stat(path); err == nil {
		for _, in := range inputs {
			if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
				return fmt.Errorf("write %s: %w", path, errOverwriteInput)
			}
		}
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := write(f); err != nil {
		return fail(err)
	}
	if err := f.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
