package main

import (
	"fmt"
	"testing"
)

// TestIDLines: among 200,000 ids, each given once, none is taken for
// another; each given again is found with the line it was first given
// at; the table stays within 32 bytes an id; after reset, none is known.
func TestIDLines(t *testing.T) {
	var s idLines
	const n = 200_000
	for i := range n {
		if first, dup := s.add(fmt.Sprintf("r%d-b%d", i%97, i), i+1); dup {
			t.Fatalf("id %d: taken for the id of line %d", i, first)
		}
	}
	for _, i := range []int{0, 1, 63, 64, 65, 12345, n - 1} {
		if first, dup := s.add(fmt.Sprintf("r%d-b%d", i%97, i), n+i); !dup || first != i+1 {
			t.Errorf("id %d given again: %d, %v; want line %d", i, first, dup, i+1)
		}
	}
	if b := 12 * len(s.hashes); b > 32*n {
		t.Errorf("%d bytes for %d ids", b, n)
	}
	if _, dup := s.add("", 1); dup {
		t.Error("an empty id: taken for another")
	}
	s.reset()
	if _, dup := s.add("r0-b0", 7); dup {
		t.Error("after reset: an id still known")
	}
	if first, dup := s.add("r0-b0", 8); !dup || first != 7 {
		t.Errorf("after reset, given twice: %d, %v", first, dup)
	}
}
