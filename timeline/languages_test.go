package timeline_test

import (
	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
)

// languages hands the tests the chronology's cues of French and English,
// as cmd/frise does.
func languages(tag string) *timeline.Language {
	switch tag {
	case "fr":
		return fr.Cues()
	case "en":
		return en.Cues()
	}
	return nil
}
