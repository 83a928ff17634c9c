package export

import (
	"bytes"
	"testing"
)

func TestCSVGolden(t *testing.T) { checkGolden(t, "csv") }

// TestCSVNoFormula: a cell a spreadsheet would run as a formula is written
// as text.
func TestCSVNoFormula(t *testing.T) {
	c := chronology("x")
	c.Events[0].Clause = `=HYPERLINK("http://evil","click")`
	var b bytes.Buffer
	if err := CSV(&b, c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"'=HYPERLINK(""http://evil"",""click"")"`)) {
		t.Errorf("the formula is not neutralised:\n%s", b.String())
	}
}
