package en

import "testing"

func TestQuarter(t *testing.T) {
	run(t, Quarter(), []tcase{
		// Still to come: the one not yet ended, the one under way included.
		{text: "The retailer will report first-quarter results in April.", phrase: "first-quarter", timex: "2022-Q1"},
		{text: "The airline expects to return to profit in the second quarter.", phrase: "the second quarter", timex: "2022-Q2"},
		{text: "The company lost $3 million in its fiscal first quarter.", phrase: "its fiscal first quarter", timex: "1989-Q1", date: "1989-11-02"},
		{text: "Sales went up during 2017 Q1.", phrase: "during 2017 Q1", timex: "2017-Q1"},
		{text: "How about 2019-Q1?", phrase: "2019-Q1", timex: "2019-Q1"},
		{text: "In the third quarter of 2021, sales rose.", phrase: "the third quarter of 2021", timex: "2021-Q3"},
		{text: "Third-quarter 2020 results were poor.", phrase: "Third-quarter 2020", timex: "2020-Q3"},
		{text: "Q3 2021 results were poor.", phrase: "Q3 2021", timex: "2021-Q3"},
		{text: "Q4 results were poor.", phrase: "Q4", timex: "2021-Q4"},
		{text: "He scored in the third quarter of the game.", phrase: "third quarter", timex: "-"},
		{text: "The first quarter of the year is usually slower.", phrase: "The first quarter of the year", timex: "2022-Q1"},
		// Business copy: the latest such quarter begun by the article's
		// day, the next one when the clause looks ahead.
		{text: "The insurer said third-quarter profit fell 8%.", phrase: "third-quarter", timex: "1989-Q3", date: "1989-10-26"},
		{text: "Output rose in the second quarter, the agency said.", phrase: "the second quarter", timex: "1998-Q2", date: "1998-08-12"},
		{text: "Fourth-quarter earnings were hurt by the strike.", phrase: "Fourth-quarter", timex: "1990-Q4", date: "1991-02-03"},
		{text: "The airline posted a loss in the first quarter.", phrase: "the first quarter", timex: "1989-Q1", date: "1989-11-20"},
		{text: "Revenue for the fiscal second quarter rose 4%.", phrase: "the fiscal second quarter", timex: "1997-Q2", date: "1997-08-01"},
	})
}
