package timeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"frise/timeline/internal/flatjson"
)

// jsonArticle is one line of a JSONL corpus. Fields frise does not know
// are ignored.
type jsonArticle struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	Title  string `json:"title"`
	Source string `json:"source"`
	URL    string `json:"url"`
	Lang   string `json:"lang"`
}

// jsonArticleKeys are jsonArticle's JSON keys, in the order of its fields.
var jsonArticleKeys = []string{"id", "date", "text", "title", "source", "url", "lang"}

// JSONLArticles reads a JSONL corpus, one article a line ({"id", "date",
// "text"}, and optional "title", "source", "url", "lang"), in order. A bad
// line is an error naming it; the others are read. A title is read as the
// article's first line.
func JSONLArticles(name string, r io.Reader, opt ReadOptions) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		for l, err := range JSONLLines(name, r, opt) {
			var a *Article
			if err == nil {
				a, err = l.Article()
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

// JSONLine is one line of a JSONL corpus, read but not decoded: decoding
// costs more than reading, and a caller with workers (frise extract)
// decodes in them, in any order.
type JSONLine struct {
	name string
	line []byte
	pos  Position
	opt  ReadOptions
}

// Article decodes the line, as JSONLArticles does.
func (l JSONLine) Article() (*Article, error) { return jsonArticleOf(l.name, l.line, l.pos, l.opt) }

// JSONLLines is JSONLArticles, each line left for the caller to decode: a
// line too long, or an input that cannot be read, is an error; blank
// lines are skipped.
func JSONLLines(name string, r io.Reader, opt ReadOptions) iter.Seq2[JSONLine, error] {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	return func(yield func(JSONLine, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for lineNo := 1; ; lineNo++ {
			line, long, err := readLine(br, opt.MaxBytes+4096)
			if err == io.EOF && line == nil {
				return
			}
			if errors.Is(err, ErrNoLines) {
				yield(JSONLine{}, &ParseError{Position{File: name, Line: lineNo}, err})
				return
			}
			if err != nil && err != io.EOF {
				yield(JSONLine{}, fmt.Errorf("read %s: %w", name, err))
				return
			}
			pos := Position{File: name, Line: lineNo, Col: 1}
			if long {
				if !yield(JSONLine{}, &ParseError{pos, ErrTooLarge}) {
					return
				}
				continue
			}
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			if !yield(JSONLine{name: name, line: line, pos: pos, opt: opt}, nil) {
				return
			}
		}
	}
}

func jsonArticleOf(name string, line []byte, pos Position, opt ReadOptions) (*Article, error) {
	var j jsonArticle
	if !flatjson.Decode(line, jsonArticleKeys, []*string{&j.ID, &j.Date, &j.Text, &j.Title, &j.Source, &j.URL, &j.Lang}) {
		// Not a plain object of strings: encoding/json reads it, and says
		// what is wrong with it.
		j = jsonArticle{}
		if err := json.Unmarshal(line, &j); err != nil {
			return nil, &ParseError{pos, fmt.Errorf("not a JSON article: %w", err)}
		}
	}
	if strings.TrimSpace(j.Date) == "" {
		return nil, &ParseError{pos, ErrNoDate}
	}
	text, title := j.Text, 0
	if t := strings.TrimSpace(j.Title); t != "" {
		text, title = t+"\n"+text, len(t)+1
	}
	if len(text) > opt.MaxBytes {
		return nil, &ParseError{pos, ErrTooLarge}
	}
	v, err := ParseDate(j.Date, opt.Location)
	if err != nil {
		return nil, &ParseError{pos, err}
	}
	a := &Article{ID: j.ID, File: name, Date: v, Location: v.From.Location(), Lang: j.Lang, start: pos}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s:%d", name, pos.Line)
	}
	if err := a.setText(text, true); err != nil {
		return nil, &ParseError{pos, err}
	}
	if title > 0 {
		// The title's bytes in Text: where the given text starts, once
		// normalised (the title's line break is its first '\n').
		a.title, a.titleOrig = strings.IndexByte(a.Text, '\n')+1, title
	}
	if j.Source != "" {
		a.Source = j.Source
	}
	a.URL = strings.TrimSpace(j.URL)
	a.Title = strings.TrimSpace(j.Title)
	return a, nil
}
