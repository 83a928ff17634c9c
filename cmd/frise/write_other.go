//go:build !linux

package main

import (
	"errors"
	"os"
)

// openUnnamed is Linux's O_TMPFILE: elsewhere, frise writes a named
// temporary file (see output).
func openUnnamed(dir, target string) (*os.File, error) { return nil, errors.ErrUnsupported }

func linkUnnamed(f *os.File, name string) error { return errors.ErrUnsupported }

// isTerminal reports whether f is a character device: a terminal, most
// often, where no terminal ioctl is at hand.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// writableDescriptor: /dev/fd/N other than 1 and 2 is written on Linux
// alone.
func writableDescriptor(fd int) bool { return false }
