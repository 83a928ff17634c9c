package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"frise/timeline"
)

// exitCode is what the process returns; each has one meaning.
type exitCode int

const (
	// exitOK: every input was read and the output written.
	exitOK exitCode = 0
	// exitPartial: some inputs (files, articles) were skipped, each with a
	// message naming it; all the others were written.
	exitPartial exitCode = 1
	// exitUsage: a usage, configuration or fatal error (an output that
	// cannot be written, a full device, a missing browser): nothing was
	// written, any earlier output is as it was.
	exitUsage exitCode = 2
	// exitInterrupted (SIGINT) and exitTerminated (SIGTERM): stopped by a
	// signal; any earlier output is as it was (extract's streamed output
	// ends on a whole line).
	exitInterrupted exitCode = 130
	exitTerminated  exitCode = 143
)

// exitCodesHelp is what --help says of the exit codes.
const exitCodesHelp = `Exit codes:
  0    all good
  1    some inputs skipped, each with a message; all the others written
  2    usage, configuration or fatal error (such as an output that cannot be
       written): nothing written, any earlier output left as it was
  130  interrupted (SIGINT, Ctrl-C); 143 terminated (SIGTERM): stopped
       within a second, any earlier output left as it was`

// stopGrace is how long a command has to stop by itself once a signal
// came, before frise exits anyway (a read that blocks, a browser drawing
// an image): with what is written so far, within a second of the signal.
const stopGrace = 500 * time.Millisecond

// streams are the process's standard streams, swapped for buffers in tests.
type streams struct {
	In       io.Reader
	Out, Err io.Writer
	// Getenv reads the environment (FRISE_* configuration).
	Getenv func(string) (string, bool)
	// Dir is where frise.yaml is looked for.
	Dir string
	// InTerminal is true when In is a terminal: a command given no input
	// then reads the embedded samples, not In.
	InTerminal bool
}

func systemStreams() streams {
	dir, _ := os.Getwd()
	return streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Getenv: os.LookupEnv, Dir: dir,
		InTerminal: isTerminal(os.Stdin)}
}

// partialError reports inputs that could not be read while the rest was
// processed and written: exit code 1.
type partialError struct {
	errs timeline.ErrorList
	// nothingWritten: no article was left to write, so the output was not
	// touched.
	nothingWritten bool
}

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

// interrupted is the cause of a command's context once a signal came.
type interrupted struct{ sig os.Signal }

func (e *interrupted) Error() string { return "interrupted by " + signalName(e.sig) }

func (e *interrupted) code() exitCode {
	if e.sig == syscall.SIGTERM {
		return exitTerminated
	}
	return exitInterrupted
}

func signalName(sig os.Signal) string {
	if sig == syscall.SIGTERM {
		return "SIGTERM"
	}
	return "SIGINT"
}

// Main runs frise with args and returns the exit code. The command runs
// in its own goroutine: on SIGINT or SIGTERM its context is cancelled, and
// if it has not returned stopGrace later (or at a second signal), Main
// returns without it. A file output is only ever replaced by a command
// that returns, so what the command was writing is dropped.
func Main(args []string, s streams) exitCode {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	root := newCmdRoot(s)
	root.SetArgs(args)
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	var stop *interrupted
	var late <-chan time.Time
	for {
		select {
		case err := <-done:
			if stop != nil && err != nil {
				fmt.Fprintf(s.Err, "frise: %v: stopped\n", stop)
				return stop.code()
			}
			return report(s.Err, err)
		case sig := <-sigs:
			if stop != nil {
				fmt.Fprintf(s.Err, "frise: %v again: stopped at once\n", stop)
				return stop.code()
			}
			stop = &interrupted{sig}
			cancel(stop)
			if !stopsItself(root, args) {
				late = time.After(stopGrace)
			}
		case <-late:
			fmt.Fprintf(s.Err, "frise: %v: stopped\n", stop)
			return stop.code()
		}
	}
}

// stopsItselfKey marks a command (an annotation) that bounds its own stop
// on a signal, such as serve letting the requests in flight finish for
// shutdown_timeout: Main cancels its context and waits, and stops it at
// once only at a second signal.
const stopsItselfKey = "frise.stops-itself"

func stopsItself(root *cobra.Command, args []string) bool {
	c, _, err := root.Find(args)
	return err == nil && c.Annotations[stopsItselfKey] != ""
}

// report writes what err says to w and returns its exit code.
func report(w io.Writer, err error) exitCode {
	if err == nil {
		return exitOK
	}
	var pe *partialError
	if errors.As(err, &pe) {
		// In input order, then by line: a bad article is found while
		// reading or while processing, which overlap.
		order := map[string]int{}
		for _, e := range pe.errs {
			if _, ok := order[e.Pos.File]; !ok {
				order[e.Pos.File] = len(order)
			}
		}
		slices.SortStableFunc(pe.errs, func(a, b *timeline.ParseError) int {
			return cmp.Or(cmp.Compare(order[a.Pos.File], order[b.Pos.File]), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
		})
		for _, e := range pe.errs {
			fmt.Fprintln(w, "frise:", e)
		}
		if pe.nothingWritten {
			fmt.Fprintf(w, "frise: %v, and no other: nothing written\n", err)
		} else {
			fmt.Fprintf(w, "frise: %v; the others were processed\n", err)
		}
		return exitPartial
	}
	fmt.Fprintln(w, "frise:", err)
	return exitUsage
}

func newCmdRoot(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:           "frise",
		Short:         "Turn news articles into an event timeline",
		Long:          "frise finds the time phrases of news articles (French first, English too), resolves them against each article's date as a careful reader of the press would, and lays the dated events out on a timeline chart.\n\n" + exitCodesHelp,
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
