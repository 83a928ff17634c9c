package en

import (
	"context"
	"testing"

	"frise/timeline"
)

func TestSpelledMeridiem(t *testing.T) {
	tg := tagger()
	for _, tc := range []struct{ text, want string }{
		{"Net income was $45 million, or $2 a share.", ""},
		{"The offer rose to $12 a share from $9 a share.", ""},
		// A number then "a" is no clock: "a" opens a noun phrase.
		{"Buyers of the iPhone 4 get a free case.", ""},
		{"Apple will give every iPhone 4 a free bumper.", ""},
		{"The team lost 3 a game on average.", ""},
		{"The fire broke out at 5 am.", "2022-01-05T05:00"},
		{"The vote closes at 11 P.M. local time.", "2022-01-05T23:00"},
	} {
		a, err := timeline.NewArticle("t", "2022-01-05", tc.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		ms, err := tg.Tag(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
		got := ""
		for _, m := range ms {
			got += m.Value.Timex
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
