package timeline

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Errors for bad input, each wrapped in a *ParseError that says where.
var (
	ErrNoDate   = errors.New("no article date: start the article with \"date YYYY[-MM[-DD]]\"")
	ErrBadDate  = errors.New("malformed article date")
	ErrEncoding = errors.New("text is not valid UTF-8: convert the file to UTF-8")
	ErrBinary   = errors.New("text holds NUL bytes: this looks like a binary file")
	ErrEmpty    = errors.New("article has a date but no text")
	ErrTooLarge = errors.New("article is over the size limit (config max_article_bytes)")
	ErrHTML     = errors.New("text is an HTML page, not an article: extract its text first")
	ErrNoLines  = fmt.Errorf("no end of line in %d times max_article_bytes: binary data or not a text of lines; the rest of the input is not read", noLineFactor)
)

// Position is a place in an input file, 1-based, as go/token prints it.
type Position struct {
	File      string
	Line, Col int
}

// String prints file:line:col, leaving out what is unknown.
func (p Position) String() string {
	s := p.File
	if s == "" {
		s = "-"
	}
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	return s
}

// ParseError is a bad input at a position.
type ParseError struct {
	Pos Position
	Err error
}

func (e *ParseError) Error() string { return e.Pos.String() + ": " + e.Err.Error() }

// Unwrap returns the cause, so errors.Is(err, ErrNoDate) works.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrorList collects the errors of many inputs.
type ErrorList []*ParseError

// Add appends an error at pos.
func (l *ErrorList) Add(pos Position, err error) { *l = append(*l, &ParseError{pos, err}) }

// Sort orders the list by file, line and column.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *ParseError) int {
		if c := strings.Compare(a.Pos.File, b.Pos.File); c != 0 {
			return c
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return a.Pos.Col - b.Pos.Col
	})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the errors of the list, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
