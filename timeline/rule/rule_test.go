package rule_test

import (
	"testing"
	"time"

	"github.com/olebedev/when"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// TestPlaced: a rule works in when's own parser once Placed, with the
// instant its Placer gives; unplaced, it finds its phrase and sets
// nothing, and when reports no time.
func TestPlaced(t *testing.T) {
	tomorrow := func() *rule.Rule {
		return rule.New("test.demain", `demain`, func([]string) (expr.Expr, bool) {
			e := expr.NewExpr(expr.Date)
			e.Anchor, e.Shift = expr.AnchorDoc, expr.Shift{N: 1, Unit: expr.Day}
			return e, true
		})
	}
	ref := time.Date(2022, 1, 5, 15, 0, 0, 0, time.UTC)
	day := func(e expr.Expr, ref time.Time) (time.Time, bool) { return ref.AddDate(0, 0, e.Shift.N), true }

	w := when.New(nil)
	w.Add(rule.Placed(day, tomorrow())...)
	r, err := w.Parse("Il partira demain.", ref)
	if err != nil || r == nil || r.Text != "demain" || !r.Time.Equal(ref.AddDate(0, 0, 1)) {
		t.Errorf("placed: %+v, %v; want demain on 2022-01-06", r, err)
	}

	w = when.New(nil)
	w.Add(tomorrow())
	if r, err := w.Parse("Il partira demain.", ref); err != nil || r != nil {
		t.Errorf("unplaced: %+v, %v; want no result", r, err)
	}
}
