package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"frise/timeline"
)

// exitCode is what the process returns: 0 all good, 1 some inputs failed
// and the rest was written, 2 a usage or configuration error.
type exitCode int

const (
	exitOK      exitCode = 0
	exitPartial exitCode = 1
	exitUsage   exitCode = 2
)

// streams are the process's standard streams, swapped for buffers in tests.
type streams struct {
	In       io.Reader
	Out, Err io.Writer
	// Getenv reads the environment (FRISE_* configuration).
	Getenv func(string) (string, bool)
	// Dir is where frise.yaml is looked for.
	Dir string
}

func systemStreams() streams {
	dir, _ := os.Getwd()
	return streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Getenv: os.LookupEnv, Dir: dir}
}

// partialError reports inputs that could not be read while the rest was
// processed and written: exit code 1.
type partialError struct{ errs timeline.ErrorList }

func (e *partialError) Error() string {
	// An error at a line is an article's; one without, a whole file's.
	articles, files := 0, 0
	for _, pe := range e.errs {
		if pe.Pos.Line > 0 {
			articles++
		} else {
			files++
		}
	}
	switch {
	case files == 0:
		return fmt.Sprintf("%d article(s) could not be read", articles)
	case articles == 0:
		return fmt.Sprintf("%d file(s) could not be read", files)
	}
	return fmt.Sprintf("%d file(s) and %d article(s) could not be read", files, articles)
}

// usageError is a bad command line or configuration: exit code 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// Main runs frise with args and returns the exit code.
func Main(args []string, s streams) exitCode {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	root := newCmdRoot(s)
	root.SetArgs(args)
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var pe *partialError
	if errors.As(err, &pe) {
		for _, e := range pe.errs {
			fmt.Fprintln(s.Err, "frise:", e)
		}
		fmt.Fprintf(s.Err, "frise: %v; the others were processed\n", err)
		return exitPartial
	}
	fmt.Fprintln(s.Err, "frise:", err)
	var ue *usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitPartial
}

func newCmdRoot(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:           "frise",
		Short:         "Turn news articles into an event timeline",
		Long:          "frise finds the time phrases of news articles (French first, English too), resolves them against each article's date as a careful reader of the press would, and lays the dated events out on a timeline chart.",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.PersistentFlags().String("config", "", "configuration file (default: frise.yaml in the working directory, if any)")
	root.AddCommand(newCmdBuild(s, nil), newCmdTag(s, nil), newCmdExtract(s), newCmdServe(s, nil))
	return root
}

func asParseError(err error, pe **timeline.ParseError) bool { return errors.As(err, pe) }
