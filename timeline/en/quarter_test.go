package en

import "testing"

func TestQuarter(t *testing.T) {
	run(t, Quarter(), []tcase{
		{text: "Sales went up during 2017 Q1.", phrase: "during 2017 Q1", timex: "2017-Q1"},
		{text: "How about 2019-Q1?", phrase: "2019-Q1", timex: "2019-Q1"},
		{text: "In the third quarter of 2021, sales rose.", phrase: "the third quarter of 2021", timex: "2021-Q3"},
		{text: "Third-quarter 2020 results were poor.", phrase: "Third-quarter 2020", timex: "2020-Q3"},
		{text: "Q3 2021 results were poor.", phrase: "Q3 2021", timex: "2021-Q3"},
		{text: "Q4 results were poor.", phrase: "Q4", timex: "2021-Q4"},
		{text: "He scored in the third quarter.", phrase: "third quarter", timex: "-"},
		{text: "The first quarter of the year is usually slower.", phrase: "The first quarter of the year", timex: "2022-Q1"},
	})
}
