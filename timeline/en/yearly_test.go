package en

import "testing"

func TestYearly(t *testing.T) {
	run(t, Yearly(), []tcase{
		{text: "The harvest fair is staged every August.", phrase: "every August", timex: "XXXX-08"},
		{text: "Each March, the council sets the water rates.", phrase: "Each March", timex: "XXXX-03"},
		{text: "Rents are revised every May under the lease.", phrase: "every May", timex: "XXXX-05"},
		{text: "Members vote every year in June.", phrase: "every year in June", timex: "XXXX-06"},
		{text: "Every summer, the town doubles in size.", phrase: "Every summer", timex: "XXXX-SU"},
		{text: "The roads flood each spring.", phrase: "each spring", timex: "XXXX-SP"},
		{text: "Geese land on the marsh every year in the fall.", phrase: "every year in the fall", timex: "XXXX-FA"},
		{text: "The parade runs every March 17 downtown.", phrase: "every March", timex: "-"},
	})
}
