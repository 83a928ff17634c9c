package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestSameTime(t *testing.T) {
	run(t, SameTime(), []tcase{
		// The article's month, in the year named.
		{text: "Sales rose 5% from the same period last year.", phrase: "the same period last year", timex: "2021-01"},
		{text: "Prices were lower than the same time in 2019.", phrase: "the same time in 2019", timex: "2019-01"},
		// The period told before, a year back.
		{text: "GDP grew 3% in the third quarter of 2021 from the same quarter a year earlier.", phrase: "the same quarter a year earlier", timex: "2020-Q3"},
		{text: "Third-quarter sales rose 4% from the comparable period last year.", phrase: "the comparable period last year", timex: "1988-Q3", date: "1989-10-26"},
		{text: "Third-quarter profit rose to $5 million from $4 million in the comparable 1988 quarter.", phrase: "the comparable 1988 quarter", timex: "1988-Q3", date: "1989-10-26"},
		{text: "Revenue in the quarter rose 8% from the corresponding period.", phrase: "the corresponding period", timex: "1988-Q3", date: "1989-10-26"},
		// "At the same time" is "meanwhile".
		{text: "At the same time, police arrived.", phrase: "the same time", timex: "-"},
	})
}
