package export_test

import (
	"fmt"
	"os"
	"time"

	"frise/render/export"
	"frise/timeline"
	"frise/timeline/expr"
)

// Lookup finds a format of the registry by the name --format gives it;
// its Write encodes a chronology.
func ExampleLookup() {
	f, ok := export.Lookup("csv")
	if !ok {
		return
	}
	c := timeline.Chronology{Events: []timeline.Event{{
		Value: timeline.Value{Type: expr.Date, Timex: "2022-01-04", Grain: expr.GrainDay,
			From: time.Date(2022, 1, 4, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 1, 5, 0, 0, 0, 0, time.UTC)},
		Clause: "Le gouvernement a démissionné mardi.", DatedBy: timeline.DatedOwn,
		Sources: []timeline.Provenance{{Article: "afp-1", Phrase: "mardi"}},
	}}}
	fmt.Println(f.Name, f.File)
	if err := f.Write(os.Stdout, export.Input{Chronology: c}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// csv timeline.csv
	// from,to,timex,grain,certainty,said,clause,phrase,sources,source,article,article_date,sentence,conflict,reason,dated_by
	// 2022-01-04T00:00:00Z,2022-01-05T00:00:00Z,2022-01-04,day,exact,mardi 4 janvier 2022,Le gouvernement a démissionné mardi.,mardi,1,,afp-1,,,,,own
}
