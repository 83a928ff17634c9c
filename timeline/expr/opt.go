package expr

// Opt is a part of a phrase's meaning that the phrase may not give, such as
// the day of the week or the hour, where 0 is a value (Sunday, midnight).
// The zero Opt is unset, so an Expr built field by field says only what it
// sets, and a reader must ask before using the value.
type Opt[T comparable] struct {
	v   T
	set bool
}

// Some returns an Opt set to v.
func Some[T comparable](v T) Opt[T] { return Opt[T]{v: v, set: true} }

// Get returns the value and whether it is set.
func (o Opt[T]) Get() (T, bool) { return o.v, o.set }

// IsSet reports whether the phrase gives the value.
func (o Opt[T]) IsSet() bool { return o.set }

// Or returns the value, or d when it is unset.
func (o Opt[T]) Or(d T) T {
	if o.set {
		return o.v
	}
	return d
}

// Equal reports whether o and p are both unset, or both set to the same
// value (go-cmp uses it: the fields are unexported).
func (o Opt[T]) Equal(p Opt[T]) bool { return o == p }
