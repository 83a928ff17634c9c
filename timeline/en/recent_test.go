package en

import "testing"

func TestRecent(t *testing.T) {
	run(t, Recent(), []tcase{
		{text: "Cases rose over the past fortnight.", phrase: "over the past fortnight", timex: "P2W",
			interval: "2021-12-22T00:00/2022-01-05T00:00"},
		{text: "A deal is expected over the next couple weeks.", phrase: "over the next couple weeks", timex: "P2W", interval: "2022-01-06T00:00/2022-01-20T00:00"},
		{text: "Prices rose in recent weeks.", phrase: "in recent weeks", timex: "PXW"},
		{text: "Prices rose over the past three days.", phrase: "over the past three days", timex: "P3D", interval: "2022-01-02T00:00/2022-01-05T00:00"},
		{text: "Talks continue in the next 3 days.", phrase: "in the next 3 days", timex: "P3D", interval: "2022-01-06T00:00/2022-01-09T00:00"},
		{text: "Prices rose over the past few days.", phrase: "over the past few days", timex: "PXD"},
	})
}
