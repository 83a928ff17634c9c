package fr

import "testing"

func TestDateRange(t *testing.T) {
	run(t, DateRange(), []tcase{
		// A first day after the second is in the month before.
		{text: "La foire s'est tenue du 28 au 3 janvier.", phrase: "du 28 au 3 janvier", timex: "2021-12-28/2022-01-03", date: "2022-03-13"},
		{text: "Le salon a lieu du 2 au 5 janvier.", phrase: "du 2 au 5 janvier", timex: "2022-01-02/2022-01-05"},
		{text: "Le festival se déroulera du 14 au 16 juillet prochain.", phrase: "du 14 au 16 juillet prochain", timex: "2022-07-14/2022-07-16"},
		{text: "Le festival s'est déroulé du 14 au 16 juillet dernier.", phrase: "du 14 au 16 juillet dernier", timex: "2021-07-14/2021-07-16"},
		{text: "Il a neigé du 28 au 30 décembre dernier.", phrase: "du 28 au 30 décembre dernier", timex: "2021-12-28/2021-12-30", date: "2022-12-10"},
		{text: "Du 24 août 2023 au 26 août 2023.", phrase: "Du 24 août 2023 au 26 août 2023", timex: "2023-08-24/2023-08-26"},
		{text: "Ouvert 10 - 22 août 2012.", phrase: "10 - 22 août 2012", timex: "2012-08-10/2012-08-22"},
	})
}
