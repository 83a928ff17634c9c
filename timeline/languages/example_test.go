package languages_test

import (
	"fmt"

	"frise/timeline/languages"
)

// Detect tells the registered languages apart by their very common words;
// Of gives the language of a tag; Want names them all, as an error says.
func ExampleDetect() {
	for _, text := range []string{
		"Le gouvernement a démissionné mardi, selon la présidence.",
		"The government resigned on Tuesday, the presidency said.",
	} {
		l, ok := languages.Of(languages.Detect(text))
		fmt.Println(l.Tag, ok)
	}
	fmt.Println("registered:", languages.Want())
	// Output:
	// fr true
	// en true
	// registered: fr or en
}
