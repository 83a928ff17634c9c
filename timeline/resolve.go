package timeline

import "time"

// ResolveExpr resolves one expression against a day-precise reference time,
// reading a direction-free phrase as past. It is what a lone phrase means
// with no article around it (when's own parser uses it through timeline/rule).
func ResolveExpr(e Expr, ref time.Time) (Value, bool) {
	panic("TODO")
}
