package expr_test

import (
	"testing"

	"frise/timeline/expr"
)

// A phrase that names no weekday and one that names Sunday must differ:
// 0 is a weekday, so unset is the zero Opt, not 0 and not -1.
func TestOpt(t *testing.T) {
	var e expr.Expr
	if e.Weekday.IsSet() || e.Hour.IsSet() {
		t.Fatalf("zero Expr: weekday %v, hour %v set", e.Weekday, e.Hour)
	}
	if got := e.Hour.Or(-1); got != -1 {
		t.Errorf("unset Hour.Or(-1) = %d", got)
	}
	e.Weekday, e.Hour = expr.Some(0), expr.Some(0) // Sunday, midnight
	if w, ok := e.Weekday.Get(); !ok || w != 0 {
		t.Errorf("Weekday.Get() = %d, %v; want 0, true", w, ok)
	}
	if got := e.Hour.Or(-1); got != 0 {
		t.Errorf("Hour.Or(-1) = %d; want 0", got)
	}
	if e == (expr.Expr{}) {
		t.Error("an Expr naming Sunday at midnight equals the zero Expr")
	}
}
