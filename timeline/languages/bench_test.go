package languages_test

import (
	"testing"

	"frise/timeline/languages"
)

// BenchmarkAll: what a caller of the registry pays (the pipeline asks it
// once per Pipeline; configuration and each refused tag ask Want).
func BenchmarkAll(b *testing.B) {
	for b.Loop() {
		if len(languages.All()) == 0 {
			b.Fatal("no language")
		}
	}
}

func BenchmarkStopWords(b *testing.B) {
	for b.Loop() {
		if len(languages.StopWords()) == 0 {
			b.Fatal("no stop word")
		}
	}
}

func BenchmarkWant(b *testing.B) {
	for b.Loop() {
		if languages.Want() == "" {
			b.Fatal("no tag")
		}
	}
}
