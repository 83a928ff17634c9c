package tag_test

import (
	"fmt"

	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// For compiles a language's grammar once; TagText finds its phrases, with
// what each says (resolved later against an article's date): "jusqu'au
// 20 juin", "since Monday" one end of a range left open (lang.Joins.Opens).
func ExampleFor() {
	for _, tg := range []*tag.Tagger{tag.For(fr.Language()), tag.For(en.Language())} {
		for _, m := range tg.TagText("La trêve, signée le 3 mai, a tenu jusqu'au 20 juin. Talks have stalled since Monday.") {
			if !m.Part {
				fmt.Printf("%q %s, open %d\n", m.Text, m.Rule, m.Expr.Open)
			}
		}
	}
	// Output:
	// "le 3 mai" fr.date, open 0
	// "au 20 juin" fr.date, open -1
	// "Monday" en.weekday, open 1
}
