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
			e := expr.Expr{Type: expr.Date}
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

// TestLazy: a rule's expressions are compiled when it is first used, to
// what AnchoredExpr says; a follow pattern with a group still panics,
// then.
func TestLazy(t *testing.T) {
	mean := func([]string) (expr.Expr, bool) { return expr.Expr{Type: expr.Date}, true }
	r := rule.NewFollowed("test.le", `le (\d+)`, `,| à`, mean)
	if got, want := r.Anchored().String(), r.AnchoredExpr(); got != want {
		t.Errorf("Anchored %q, AnchoredExpr %q", got, want)
	}
	if m := r.Find("Il viendra le 23, dit-il."); m == nil || m.Text != "le 23" {
		t.Errorf("Find: %+v; want le 23", m)
	}
	if m := r.Find("le 23 000e visiteur"); m != nil {
		t.Errorf("Find: %+v; want nothing before 000e", m)
	}
	bad := rule.NewFollowed("test.bad", `le (\d+)`, `(,)`, mean) // made: nothing compiled yet
	defer func() {
		if recover() == nil {
			t.Error("a follow pattern with a group: no panic at first use")
		}
	}()
	bad.Find("le 23,")
}
