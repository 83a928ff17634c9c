// Package export writes a chronology as data, one small encoder a format,
// in one registry: Formats lists them (name, default file, encoder), and
// `frise build --format`, its configuration and its default file names
// read it. A new format is one file here, its line in Formats and its
// golden file in testdata.
package export

import (
	"io"

	"frise/timeline"
)

// Input is what an export reads: the merged chronology, each article's
// result (TimeML writes every article with its phrases, as Timexes, the
// pipeline, writes them), and the title asked for ("" for none).
type Input struct {
	Chronology timeline.Chronology
	Results    []timeline.Result
	Timexes    Timexer
	Title      string
}

// Format is one data format.
type Format struct {
	Name  string // as --format names it
	File  string // the default file name
	Write func(w io.Writer, in Input) error
	// Articles says that Write reads the articles' text and phrases
	// (Input.Results), not the chronology alone: a chronology read back
	// from JSON cannot be written in it.
	Articles bool
}

// Formats returns the data formats, in the order help lists them.
func Formats() []Format {
	return []Format{
		{Name: "json", File: "timeline.json", Write: func(w io.Writer, in Input) error { return JSON(w, in.Chronology) }},
		{Name: "jsonl", File: "timeline.jsonl", Write: func(w io.Writer, in Input) error { return JSONL(w, in.Chronology) }},
		{Name: "csv", File: "timeline.csv", Write: func(w io.Writer, in Input) error { return CSV(w, in.Chronology) }},
		{Name: "timelinejs", File: "timeline.timelinejs.json",
			Write: func(w io.Writer, in Input) error { return TimelineJS(w, in.Chronology, in.Title) }},
		{Name: "timeml", File: "timeline.timeml.xml", Articles: true,
			Write: func(w io.Writer, in Input) error { return TimeML(w, in.Results, in.Chronology, in.Timexes) }},
	}
}

// Lookup returns the format called name, and whether there is one.
func Lookup(name string) (Format, bool) {
	for _, f := range Formats() {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names returns the formats' names, in order.
func Names() []string {
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	return names
}
