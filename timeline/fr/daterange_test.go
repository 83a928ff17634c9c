package fr

import "testing"

func TestDateRange(t *testing.T) {
	run(t, DateRange(), []tcase{
		{text: "Le salon a lieu du 2 au 5 janvier.", phrase: "du 2 au 5 janvier", timex: "2022-01-02/2022-01-05"},
		{text: "Du 24 août 2023 au 26 août 2023.", phrase: "Du 24 août 2023 au 26 août 2023", timex: "2023-08-24/2023-08-26"},
		{text: "Ouvert 10 - 22 août 2012.", phrase: "10 - 22 août 2012", timex: "2012-08-10/2012-08-22"},
	})
}
