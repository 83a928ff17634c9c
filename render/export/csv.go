package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"frise/render"
	"frise/timeline"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"from", "to", "timex", "grain", "certainty", "said", "clause", "phrase",
	"sources", "source", "article", "article_date", "sentence", "conflict", "reason", "dated_by"}

// CSV writes one event a row, for spreadsheets. A cell that a spreadsheet
// would read as a formula (=, +, -, @) is written with a leading quote.
func CSV(w io.Writer, c timeline.Chronology) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range c.Events {
		p := e.Sources[0]
		v := e.Value
		var from, to string
		if v.Placed() {
			from, to = v.From.Format(time.RFC3339), v.To.Format(time.RFC3339)
		}
		row := []string{from, to, v.Timex, v.Grain.String(), v.Certainty.String(), render.Say(v, p.Lang), e.Clause, p.Phrase,
			strconv.Itoa(len(e.Sources)), p.Source, p.Article, p.Date.Timex, p.Sentence, e.Conflict, v.Reason, string(e.DatedBy)}
		for i, cell := range row {
			row[i] = noFormula(cell)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func noFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
