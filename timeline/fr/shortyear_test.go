package fr

import "testing"

func TestShortYear(t *testing.T) {
	run(t, ShortYear(), []tcase{
		{text: "Il a été élu maire en 89, puis réélu en 95.", phrase: "en 89", timex: "1989", date: "1999-06-10"},
		{text: "Il a été élu maire en 89, puis réélu en 95.", phrase: "en 95", timex: "1995", date: "1999-06-10"},
		{text: "Le club était monté en première division en 97.", phrase: "en 97", timex: "1997", date: "2000-11-22"},
		{text: "Elle dirige l'usine depuis 01 et ne compte pas partir.", phrase: "depuis 01", timex: "2001", date: "2003-02-04"},
		{text: "Le chantier doit être achevé en 05 au plus tard.", phrase: "en 05", timex: "2005", date: "2002-03-13"},
		{text: "Le livre a été tiré en 12 exemplaires.", phrase: "en 12", timex: "-"},
		{text: "Les prix ont augmenté en 95 %, dit-il.", phrase: "en 95", timex: "-"},
	})
}
