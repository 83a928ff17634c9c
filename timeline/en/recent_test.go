package en

import "testing"

func TestRecent(t *testing.T) {
	run(t, Recent(), []tcase{
		{text: "Cases rose over the past fortnight.", phrase: "over the past fortnight", timex: "2021-12-22/2022-01-04",
			interval: "2021-12-22T00:00/2022-01-05T00:00"},
		{text: "A deal is expected over the next couple weeks.", phrase: "over the next couple weeks", timex: "2022-01-06/2022-01-19"},
		{text: "Prices rose in recent weeks.", phrase: "in recent weeks", timex: "PXW"},
		{text: "Prices rose over the past three days.", phrase: "over the past three days", timex: "2022-01-02/2022-01-04"},
		{text: "Talks continue in the next 3 days.", phrase: "in the next 3 days", timex: "2022-01-06/2022-01-08"},
		{text: "Prices rose over the past few days.", phrase: "over the past few days", timex: "PXD"},
	})
}
