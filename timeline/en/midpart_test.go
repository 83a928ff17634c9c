package en

import "testing"

func TestMidPart(t *testing.T) {
	run(t, MidPart(), []tcase{
		{text: "In mid-afternoon, police dispersed the crowd.", phrase: "In mid-afternoon", timex: "2022-01-05TAF"},
		{text: "The rally had ended by midmorning.", phrase: "by midmorning", timex: "2022-01-05TMO"},
		{text: "On January 3, the talks went on until mid-evening.", phrase: "until mid-evening", timex: "2022-01-03TEV"},
		{text: "The mid-afternoon break was short.", phrase: "mid-afternoon", timex: "-"},
	})
}
