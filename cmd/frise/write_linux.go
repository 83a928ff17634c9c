package main

import (
	"errors"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// openUnnamed opens a file with no name in dir (O_TMPFILE): if the process
// dies before linkUnnamed, the file system frees it, and nothing is left.
// The file is named target in errors. A file system without O_TMPFILE is
// errors.ErrUnsupported.
func openUnnamed(dir, target string) (*os.File, error) {
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, 0o600)
	switch {
	case err == unix.EOPNOTSUPP || err == unix.EISDIR || err == unix.EINVAL:
		return nil, errors.ErrUnsupported
	case err != nil:
		return nil, &os.PathError{Op: "open", Path: dir, Err: err}
	}
	return os.NewFile(uintptr(fd), target), nil
}

// linkUnnamed gives the file of openUnnamed a name: through its
// descriptor when the process may (CAP_DAC_READ_SEARCH), else through
// /proc.
func linkUnnamed(f *os.File, name string) error {
	fd := int(f.Fd())
	if err := unix.Linkat(fd, "", unix.AT_FDCWD, name, unix.AT_EMPTY_PATH); err == nil {
		return nil
	}
	return unix.Linkat(unix.AT_FDCWD, "/proc/self/fd/"+strconv.Itoa(fd), unix.AT_FDCWD, name, unix.AT_SYMLINK_FOLLOW)
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

// writableDescriptor reports whether fd is open on a file, a pipe, a
// device or a socket: not one of the runtime's (an epoll or event fd).
func writableDescriptor(fd int) bool {
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil {
		return false
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG, unix.S_IFIFO, unix.S_IFCHR, unix.S_IFBLK, unix.S_IFSOCK:
		return true
	}
	return false
}
