package fr

import "testing"

func TestMonthRange(t *testing.T) {
	run(t, MonthRange(), []tcase{
		{text: "L'été juin-août 1992 fut chaud.", phrase: "juin-août 1992", timex: "1992-06/1992-08"},
		{text: "De mars à mai, il a plu.", phrase: "De mars à mai", timex: "2021-03/2021-05",
			interval: "2021-03-01T00:00/2021-06-01T00:00"},
		{text: "Entre janvier et mars 2021, rien.", phrase: "Entre janvier et mars 2021", timex: "2021-01/2021-03"},
		{text: "De novembre à février 2021, il a gelé.", phrase: "De novembre à février 2021", timex: "2020-11/2021-02"},
		{text: "D'avril à juin, il partira.", phrase: "D'avril à juin", timex: "2022-04/2022-06"},
	})
}
