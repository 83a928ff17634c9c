package tag

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"unicode"

	"frise/timeline/tag/internal/match"
)

//go:generate go test -run TestGeneratedTables -update .

// Compiling a language's rules (parsing their regexps, four times a rule)
// took some 90 ms at every start of frise: most of a one-article run. The
// programs and first words of the languages' rules are compiled at go
// generate time instead, into tables_gen.go, and read back from there
// (about a millisecond). A rule set whose expressions are not those the
// tables were built from (a rule changed since, a rule set of one's own)
// is compiled as before: the tables are found by a hash of the
// expressions, so they can be missing but never wrong.
// TestGeneratedTables fails when they are missing for a language or not
// what a fresh compile gives; go generate ./timeline/tag writes them
// again.

// expressioned is a rule that tells the expression of its anchored
// regexp without compiling it: timeline/rule's rules do.
type expressioned interface {
	AnchoredExpr() string
}

// exprOf is the expression of anchored rule a.
func exprOf(a Anchorable) string {
	if e, ok := a.(expressioned); ok {
		return e.AnchoredExpr()
	}
	return a.Anchored().String()
}

// tablesKey names the tables of the anchored rules' expressions (nil: a
// rule that is not anchored). The Unicode version is part of it: classes
// such as \p{L} are compiled to its tables.
func tablesKey(anchored []Anchorable) string {
	h := sha256.New()
	h.Write([]byte(unicode.Version))
	for _, a := range anchored {
		h.Write([]byte{0})
		if a != nil {
			h.Write([]byte{1})
			h.Write([]byte(exprOf(a)))
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// patternsOf is each anchored rule's compiled pattern (none for nil),
// read from the generated tables when they hold this rule set.
func patternsOf(anchored []Anchorable) []match.Pattern {
	if enc := generatedTables(tablesKey(anchored)); enc != "" {
		if b, err := base64.StdEncoding.DecodeString(enc); err == nil {
			if ps, err := match.ReadPatterns(b); err == nil && len(ps) == len(anchored) {
				return ps
			}
		}
	}
	return compilePatterns(anchored)
}

// compilePatterns compiles each anchored rule's expression; one that
// cannot be parsed again (a compiled regexp always can) is tried at every
// word with its regexp alone.
func compilePatterns(anchored []Anchorable) []match.Pattern {
	ps := make([]match.Pattern, len(anchored))
	for i, a := range anchored {
		if a == nil {
			continue
		}
		pt, err := match.CompilePattern(exprOf(a))
		if err != nil {
			pt = match.Pattern{Starts: &match.Starts{Any: true}}
		}
		ps[i] = pt
	}
	return ps
}
