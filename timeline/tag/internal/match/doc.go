// Package match is the engine that finds where many regular expressions
// match, at once, at the start of a window of text. It knows nothing of
// time or of language: it is given patterns (Go regexps anchored at the
// start) and windows, and answers as Go's regexp does, faster.
//
//   - Compile reads a pattern's program; Merge merges many into one
//     Machine, shared read-only.
//   - An Automaton is one worker's lazily built DFA of a Machine: one walk
//     from the start of a window tells, for every pattern at once, whether
//     a match can begin there and how far the longest can reach (Walk).
//   - A Submatcher finds the captures of one pattern at the start of a
//     window, as Go's backtracker does, on programs of any size.
//   - StartsOf reads the words a pattern's matches can open with, and
//     Openers indexes them by word, so that a caller tries a pattern only
//     where it can start; Set is a set of pattern indices.
//
// The tests check each part against regexp: the automaton never rejects a
// place where a pattern matches nor ends before its match; the submatcher
// finds the captures regexp finds, on real text, with the patterns of
// frise's French and English rules as a workload.
package match
