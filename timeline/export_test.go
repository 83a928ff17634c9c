package timeline

// NewResolverLimit is a Resolver whose memos keep at most n values, so
// that tests see them fill and forget.
func NewResolverLimit(n int) *Resolver { return &Resolver{limit: n} }
