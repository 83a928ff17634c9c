package timeline

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"frise/timeline/internal/swar"
)

// Article is one dated news text.
type Article struct {
	// ID names the article: file:line, or the id a JSONL input gave.
	ID string
	// File is the input it came from ("-" for standard input).
	File string
	// Source is the agency credited at the end of the text ("Belga"), or
	// the one a JSONL input names, or "".
	Source string
	// URL is where the article was published, and Title its headline,
	// when the input says.
	URL, Title string
	// Lang is a BCP 47 tag ("fr", "en"), or "" when unknown.
	Lang string
	// Date is the dateline, as the whole period it names: "2022-01" is all of
	// January, never the 1st.
	Date Value
	// Text is the body, normalised to NFC, without the agency credit. Spans
	// index into it.
	Text string
	// Location is the article's time zone: the date's offset, else the
	// configured zone, else UTC.
	Location *time.Location

	start Position // where Text starts in File
	// title is the bytes of Text before the text as given (a JSONL title
	// and its line break), titleOrig the same before normalisation.
	title, titleOrig int
	lines            []int // offsets in Text just after each '\n'
	segs             []seg // NFC segments, when normalising changed the text
}

type seg struct{ norm, orig int }

// NewArticle builds an article from a text and its date, as a JSONL input
// gives them. The text is checked and normalised as Articles does.
func NewArticle(id, date, text string, loc *time.Location) (*Article, error) {
	if loc == nil {
		loc = time.UTC
	}
	a := &Article{ID: id, File: id, start: Position{File: id, Line: 1, Col: 1}}
	if strings.TrimSpace(date) == "" {
		return nil, &ParseError{a.start, ErrNoDate}
	}
	v, err := ParseDate(strings.TrimSpace(date), loc)
	if err != nil {
		return nil, &ParseError{a.start, err}
	}
	a.Date, a.Location = v, v.From.Location()
	if err := a.setText(text, false); err != nil {
		return nil, &ParseError{a.start, err}
	}
	return a, nil
}

// Position returns where byte off of Text lies in the input file.
func (a *Article) Position(off int) Position {
	i := sort.SearchInts(a.lines, off+1)
	p := Position{File: a.File, Line: a.start.Line + i}
	lineStart := 0
	if i > 0 {
		lineStart = a.lines[i-1]
	}
	col := utf8.RuneCountInString(a.Text[lineStart:min(off, len(a.Text))]) + 1
	if i == 0 {
		col += a.start.Col - 1
	}
	p.Col = col
	return p
}

// Positions returns Position as a function for offsets asked in
// ascending order: it counts the runes from the last offset asked instead
// of from the line's start, so that the positions of all a long line's
// phrases cost one pass over the line, not one each. An offset before
// the last one is counted from its line's start.
func (a *Article) Positions() func(off int) Position {
	line, from, runes := -1, 0, 0 // runes: from the line's start to from
	return func(off int) Position {
		i := sort.SearchInts(a.lines, off+1)
		end := min(off, len(a.Text))
		if i != line || end < from {
			line, from, runes = i, 0, 0
			if i > 0 {
				from = a.lines[i-1]
			}
		}
		// Counted on to the start of the rune at end, so that an offset
		// inside a rune counts as Position counts it.
		b := end
		for b > from && b < len(a.Text) && !utf8.RuneStart(a.Text[b]) {
			b--
		}
		runes += utf8.RuneCountInString(a.Text[from:b])
		from = b
		p := Position{File: a.File, Line: a.start.Line + i, Col: runes + utf8.RuneCountInString(a.Text[b:end]) + 1}
		if i == 0 {
			p.Col += a.start.Col - 1
		}
		return p
	}
}

// OrigOffset maps an offset in Text back to the text as it was given, before
// NFC normalisation: the eval contract reports spans in the input's bytes.
func (a *Article) OrigOffset(off int) int {
	if a.segs == nil {
		return off
	}
	i := sort.Search(len(a.segs), func(i int) bool { return a.segs[i].norm > off }) - 1
	if i < 0 {
		return off
	}
	return a.segs[i].orig + min(off-a.segs[i].norm, a.segsLen(i))
}

// Given maps the span s of Text to the text as it was given: its bytes
// before NFC normalisation, a JSONL title not counted; inTitle reports a
// span in the title, given then as offsets into the title.
func (a *Article) Given(s Span) (g Span, inTitle bool) {
	if s.Start < a.title {
		return Span{a.OrigOffset(s.Start), a.OrigOffset(min(s.End, a.title))}, true
	}
	return Span{a.OrigOffset(s.Start) - a.titleOrig, a.OrigOffset(s.End) - a.titleOrig}, false
}

func (a *Article) segsLen(i int) int {
	if i+1 < len(a.segs) {
		return a.segs[i+1].orig - a.segs[i].orig
	}
	return 1 << 30
}

// credit is a trailing agency credit such as "(Belga)" or "(ATS/AFP)",
// after the last sentence's punctuation; creditReach bounds how far from
// the end (trailing blanks aside) it can start.
var credit = regexp.MustCompile(`([.!?…»"”)])\s*\(\s*(\p{Lu}[\p{L}\p{N}./&\- ]{0,30}?)\s*\)\s*$`)

const creditReach = 256

func (a *Article) setText(text string, lines bool) error {
	valid, nfc := plainText(text)
	if !valid && !utf8.ValidString(text) {
		return ErrEncoding
	}
	if strings.IndexByte(text, 0) >= 0 {
		return ErrBinary
	}
	if looksHTML(text) {
		return ErrHTML
	}
	if !nfc && !norm.NFC.IsNormalString(text) {
		text = a.normalise(text)
	}
	// The credit ends the text, with a ")": the regexp runs only then, and
	// on the last bytes, not from the start of a long article.
	if trimmed := strings.TrimRight(text, " \t\r\n\f"); strings.HasSuffix(trimmed, ")") {
		tail := max(0, len(trimmed)-creditReach)
		for tail > 0 && !utf8.RuneStart(text[tail]) {
			tail--
		}
		if m := credit.FindStringSubmatchIndex(text[tail:]); m != nil {
			a.Source = text[tail+m[4] : tail+m[5]]
			text = text[:tail+m[3]]
		}
	}
	text = strings.TrimRight(text, " \t\r\n")
	if strings.TrimSpace(text) == "" {
		return ErrEmpty
	}
	a.Text = text
	if lines {
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' {
				a.lines = append(a.lines, i+1)
			}
		}
	}
	return nil
}

// plainText reports, in one pass, that text is valid UTF-8 and in NFC
// when all its characters are ASCII or among nfcStable's (the letters of
// French and English, their punctuation and quotes). false says only
// that the text must be asked (utf8.ValidString, norm.NFC.IsNormalString):
// checking each article with those two was a twelfth of frise tag
// --jsonl's CPU.
func plainText(text string) (valid, nfc bool) {
	var stable *[(nfcStableBelow + 63) / 64]uint64
	for i := 0; i < len(text); {
		if i+8 <= len(text) && swar.ASCII(swar.Load(text[i:])) {
			i += 8 // eight bytes of ASCII at once: most of a text
			continue
		}
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		if stable == nil {
			stable = nfcStable()
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r >= nfcStableBelow || stable[r/64]&(1<<(r%64)) == 0 {
			return false, false
		}
		i += size
	}
	return true, true
}

// nfcStableBelow bounds the characters nfcStable knows.
const nfcStableBelow = 0x20D0

// nfcStable has a bit a character of Latin-1, Latin Extended-A and B,
// General Punctuation and the currency signs: set when it is in NFC
// alone and no character before it can combine with it (a normalisation
// boundary before it). A text of such characters, and ASCII, is in NFC.
// U+FFFD, what invalid UTF-8 decodes as, is none of them. Built the
// first time a text has a character past ASCII (0.2 ms), not at every
// start.
var nfcStable = sync.OnceValue(func() *[(nfcStableBelow + 63) / 64]uint64 {
	var t [(nfcStableBelow + 63) / 64]uint64
	for _, span := range [][2]rune{{utf8.RuneSelf, 0x250}, {0x2000, nfcStableBelow}} {
		for r := span[0]; r < span[1]; r++ {
			s := string(r)
			if norm.NFC.IsNormalString(s) && norm.NFC.PropertiesString(s).BoundaryBefore() {
				t[r/64] |= 1 << (r % 64)
			}
		}
	}
	return &t
})

func (a *Article) normalise(text string) string {
	var it norm.Iter
	it.InitString(norm.NFC, text)
	var b strings.Builder
	for !it.Done() {
		a.segs = append(a.segs, seg{norm: b.Len(), orig: it.Pos()})
		b.Write(it.Next())
	}
	return b.String()
}

func looksHTML(text string) bool {
	head := strings.TrimLeftFunc(text[:min(len(text), 512)], unicode.IsSpace)
	prefix := func(p string) bool { return len(head) >= len(p) && strings.EqualFold(head[:len(p)], p) }
	return prefix("<!doctype html") || prefix("<html")
}

// ReadOptions says how to read articles.
type ReadOptions struct {
	// Location is the zone of dates without an offset; nil means UTC.
	Location *time.Location
	// MaxBytes bounds one article; 0 means DefaultMaxBytes.
	MaxBytes int
}

// DefaultMaxBytes is the default size limit of one article.
const DefaultMaxBytes = 4 << 20

var dateLine = regexp.MustCompile(`^[ \t\x{feff}]*(?i:date):?[ \t]+(\S+)[ \t]*`)

// Articles reads the articles of one input, in order, yielding each article
// or the error that kept one from being read; a bad article never stops the
// others. Two layouts are read: one article a line ("date 2022-01 text…"), or
// a first line "date 2022-01" alone with the body on the lines after it.
// Only an I/O error ends the sequence early.
func Articles(name string, r io.Reader, opt ReadOptions) iter.Seq2[*Article, error] {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	return func(yield func(*Article, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		lineNo := 0
		whole := false
		var body strings.Builder
		var head *Article
		seen := false // a non-blank line was read: the "date alone" layout is only taken from the first
		for {
			line, long, err := readLine(br, opt.MaxBytes)
			if err == io.EOF && line == nil {
				break
			}
			if errors.Is(err, ErrNoLines) {
				yield(nil, &ParseError{Position{File: name, Line: lineNo + 1}, err})
				return
			}
			if err != nil && err != io.EOF {
				yield(nil, fmt.Errorf("read %s: %w", name, err))
				return
			}
			lineNo++
			pos := Position{File: name, Line: lineNo, Col: 1}
			if whole {
				if long || body.Len()+len(line) > opt.MaxBytes {
					yield(nil, &ParseError{head.start, ErrTooLarge})
					return
				}
				body.Write(line)
				continue
			}
			if long {
				if !yield(nil, &ParseError{pos, ErrTooLarge}) {
					return
				}
				continue
			}
			text := strings.TrimRight(string(line), "\r\n")
			if strings.TrimSpace(text) == "" {
				continue
			}
			a, rest, err := readHead(name, lineNo, text, opt.Location)
			first := !seen
			seen = true
			if err != nil {
				if !yield(nil, err) {
					return
				}
				continue
			}
			if strings.TrimSpace(rest) == "" && first {
				// "date 2022-01" alone: the body is the rest of the input.
				whole, head = true, a
				a.start = Position{File: name, Line: lineNo + 1, Col: 1}
				continue
			}
			if err := a.setText(rest, false); err != nil {
				if !yield(nil, &ParseError{a.start, err}) {
					return
				}
				continue
			}
			if !yield(a, nil) {
				return
			}
		}
		if head != nil {
			if err := head.setText(body.String(), true); err != nil {
				yield(nil, &ParseError{head.start, err})
				return
			}
			yield(head, nil)
		}
	}
}

func readHead(name string, lineNo int, text string, loc *time.Location) (*Article, string, error) {
	pos := Position{File: name, Line: lineNo, Col: 1}
	if !utf8.ValidString(text) {
		return nil, "", &ParseError{pos, ErrEncoding}
	}
	m := dateLine.FindStringSubmatchIndex(text)
	if m == nil {
		if strings.IndexByte(text, 0) >= 0 {
			return nil, "", &ParseError{pos, ErrBinary}
		}
		if looksHTML(text) {
			return nil, "", &ParseError{pos, ErrHTML}
		}
		return nil, "", &ParseError{pos, ErrNoDate}
	}
	datePos := pos
	datePos.Col = utf8.RuneCountInString(text[:m[2]]) + 1
	v, err := ParseDate(text[m[2]:m[3]], loc)
	if err != nil {
		return nil, "", &ParseError{datePos, err}
	}
	rest := text[m[1]:]
	a := &Article{
		ID:       fmt.Sprintf("%s:%d", name, lineNo),
		File:     name,
		Date:     v,
		Location: v.From.Location(),
		start:    Position{File: name, Line: lineNo, Col: utf8.RuneCountInString(text[:m[1]]) + 1},
	}
	return a, rest, nil
}

// noLineFactor bounds what is read of a line too long to keep: a line
// over max bytes is read on to its end and dropped, up to noLineFactor
// times max; past that, with no end of line, the input is binary (/dev/zero)
// or no text of lines, and is not read on.
const noLineFactor = 4

// readLine reads one line, keeping at most max bytes of it; long reports a
// line that was longer, whose rest was read and dropped. A line with no end
// in noLineFactor*max bytes is ErrNoLines.
func readLine(br *bufio.Reader, max int) (line []byte, long bool, err error) {
	var buf []byte
	read := 0
	for {
		chunk, err := br.ReadSlice('\n')
		read += len(chunk)
		if len(buf)+len(chunk) > max {
			long = true
			if read > noLineFactor*max && err == bufio.ErrBufferFull {
				return nil, true, ErrNoLines
			}
		} else {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && (len(buf) > 0 || long) && errors.Is(err, io.EOF) {
			return buf, long, nil
		}
		if err != nil {
			return nil, long, err
		}
		return buf, long, nil
	}
}
