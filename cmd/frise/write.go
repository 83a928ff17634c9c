package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// errOverwriteInput keeps frise from replacing one of the articles it reads.
var errOverwriteInput = errors.New("output is one of the inputs: choose another file with -o")

// output is where a command writes. What the user names is never replaced
// by something of another kind:
//   - a regular file, or a name that does not exist yet, is written to a
//     new file in the same directory that replaces it on Commit, whole
//     (a reader never sees half a file; a failed or interrupted run leaves
//     the previous output as it was);
//   - a symbolic link is followed, and its target treated the same way;
//   - a device, a FIFO, a Unix socket and "-" (standard output) are
//     written through: replacing /dev/null with a file, or a FIFO whose
//     reader waits, is never what was meant.
//
// The new file has no name while it is written, on Linux (O_TMPFILE): a
// run that dies, even killed, leaves nothing behind. Where the file system
// cannot do that, it is named .NAME.frise-PID-N.tmp, and the next write to
// the same directory removes those of processes that are gone.
//
// Every write and close error is kept: Commit returns the first one.
type output struct {
	name   string    // as the user gave it
	w      io.Writer // where bytes go
	err    error     // the first write error
	commit func() error
	abort  func()
	ended  bool // committed or aborted
}

func (o *output) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = o.wrap(err)
		return n, o.err
	}
	return n, nil
}

// wrap names the output in err, unless err names it already.
func (o *output) wrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == o.name {
		return err
	}
	return fmt.Errorf("write %s: %w", o.name, err)
}

// Commit makes what was written the output: the new file replaces the old
// one, or the device, FIFO or socket is closed. ctx is checked last, so an
// interrupted run never replaces a file.
func (o *output) Commit(ctx context.Context) error {
	if o.ended {
		return errors.New("output committed twice")
	}
	o.ended = true
	if o.err != nil {
		o.abort()
		return o.err
	}
	if err := context.Cause(ctx); err != nil {
		o.abort()
		return err
	}
	if err := o.commit(); err != nil {
		return o.wrap(err)
	}
	return nil
}

// Abort drops what was written to a file; a device or stream keeps it.
// After Commit, it does nothing.
func (o *output) Abort() {
	if !o.ended {
		o.ended = true
		o.abort()
	}
}

// openOutput opens path for writing as described on output. inputs are
// the files read: a regular file among them is never an output.
func openOutput(path string, stdout io.Writer, inputs []string) (*output, error) {
	o := &output{name: path}
	if fd, ok := openDescriptor(path); ok {
		// "-", /dev/stdout, /dev/stderr: the descriptor the shell opened,
		// with its flags (a >> stays an append), never replaced.
		o.w, o.commit, o.abort = stdout, func() error { return nil }, func() {}
		switch fd {
		case 1:
		case 2:
			o.w = os.Stderr
		default:
			// One the shell opened (3>file): a file, a pipe, a device.
			// Not one of the runtime's own (an epoll or event fd).
			// Checked before it is an *os.File, which would close it when
			// collected.
			if !writableDescriptor(fd) {
				return nil, fmt.Errorf("write %s: not an open file, pipe or device", path)
			}
			o.w = os.NewFile(uintptr(fd), path)
		}
		return o, nil
	}
	// The kernel follows every link here, /proc's too (/dev/fd/3 -> a
	// pipe): what is not a regular file is opened by the name given.
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// A new name, or a link to one: created where the links lead.
		target, err := followLinks(path)
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", path, err)
		}
		return o, o.replace(target, 0o644)
	case err != nil:
		return nil, fmt.Errorf("write %s: %w", path, err)
	case st.Mode().IsRegular():
		for _, in := range inputs {
			if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
				return nil, fmt.Errorf("write %s: %w", path, errOverwriteInput)
			}
		}
		target, err := followLinks(path)
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", path, err)
		}
		return o, o.replace(target, st.Mode().Perm())
	case st.IsDir():
		return nil, fmt.Errorf("write %s: is a directory: name a file in it", path)
	case st.Mode()&fs.ModeSocket != 0:
		c, err := net.Dial("unix", path)
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", path, err)
		}
		o.w, o.commit, o.abort = c, c.Close, func() { c.Close() }
		return o, nil
	case st.Mode()&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeNamedPipe) != 0:
		// O_TRUNC means nothing to these; a FIFO blocks here until
		// something reads it.
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", path, err)
		}
		o.w, o.commit, o.abort = f, f.Close, func() { f.Close() }
		return o, nil
	}
	return nil, fmt.Errorf("write %s: not a file, a device, a FIFO or a socket (%v)", path, st.Mode().Type())
}

// openDescriptor reports whether path names a descriptor the process has
// open, and which: "-" and /dev/stdout are 1, /dev/stderr 2, /dev/fd/N and
// /proc/self/fd/N are N. Written through that descriptor, the output keeps
// the flags the shell gave it: a >> stays an append.
func openDescriptor(path string) (int, bool) {
	switch path {
	case "-", "/dev/stdout":
		return 1, true
	case "/dev/stderr":
		return 2, true
	}
	for _, dir := range []string{"/dev/fd/", "/proc/self/fd/"} {
		if rest, ok := strings.CutPrefix(path, dir); ok {
			if n, err := strconv.Atoi(rest); err == nil && n > 0 && strconv.Itoa(n) == rest {
				return n, true
			}
		}
	}
	return 0, false
}

// followLinks resolves path's symbolic links, the last one included, to the
// name that is written: a link to a file that does not exist yet names the
// file to create, as a shell's > does.
func followLinks(path string) (string, error) {
	for range 40 {
		st, err := os.Lstat(path)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", errors.New("too many levels of symbolic links")
}

// tempPrefix names the temporary files of an output: .NAME.frise-.
func tempPrefix(target string) string { return "." + filepath.Base(target) + ".frise-" }

// replace opens a new file in target's directory; commit gives it perm,
// syncs it and renames it over target.
func (o *output) replace(target string, perm fs.FileMode) error {
	dir := filepath.Dir(target)
	removeStaleTemps(dir, tempPrefix(target))
	f, err := openUnnamed(dir, o.name)
	named := ""
	if err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("write %s: %w", o.name, err)
	}
	if err != nil {
		// No O_TMPFILE here (another system, or a file system without
		// it): a named file, which the next write removes if this run
		// dies before it is renamed.
		f, err = os.CreateTemp(dir, tempPrefix(target)+strconv.Itoa(os.Getpid())+"-*.tmp")
		if err != nil {
			return fmt.Errorf("write %s: %w", o.name, err)
		}
		named = f.Name()
	}
	o.w = f
	o.abort = func() {
		f.Close()
		if named != "" {
			os.Remove(named)
		}
	}
	o.commit = func() error {
		err := f.Chmod(perm)
		if err == nil {
			err = f.Sync()
		}
		if err == nil && named == "" {
			// Linked under a temporary name first: link cannot replace
			// a file, rename can, atomically.
			named = filepath.Join(dir, tempPrefix(target)+strconv.Itoa(os.Getpid())+"-link.tmp")
			os.Remove(named)
			if err = linkUnnamed(f, named); err != nil {
				named = ""
			}
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(named, target)
		}
		if err != nil {
			if named != "" {
				os.Remove(named)
			}
			return err
		}
		// The rename is durable once the directory is synced.
		if d, err := os.Open(dir); err == nil {
			d.Sync()
			d.Close()
		}
		return nil
	}
	return nil
}

// removeStaleTemps removes the temporary files of an output that belong
// to processes that are gone (killed while writing it).
func removeStaleTemps(dir, prefix string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !strings.HasSuffix(rest, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() || !processGone(pid) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// processGone reports whether no process pid exists.
func processGone(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return true
	}
	err = p.Signal(syscall.Signal(0))
	return errors.Is(err, os.ErrProcessDone)
}
