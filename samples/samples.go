// Package samples holds the sample articles frise reads when it is given no
// input, embedded in the binary so a new user sees a timeline at once.
package samples

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the sample articles, one file each, at the root.
func FS() fs.FS { return files }

// Names returns the sample file names, sorted.
func Names() []string {
	ents, _ := fs.ReadDir(files, ".")
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}
