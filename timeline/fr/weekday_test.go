package fr

import "testing"

func TestWeekday(t *testing.T) {
	run(t, Weekday(), []tcase{
		// "en huit": a week after the coming one.
		{text: "Le verdict sera rendu mardi en huit.", phrase: "mardi en huit", timex: "2022-01-18"},
		{text: "Ils se reverront lundi en quinze.", phrase: "lundi en quinze", timex: "2022-01-24"},
		// Its first hours (TIMEX3 mod START); "plus tôt mardi" is Tuesday.
		{text: "Tôt dimanche matin, un incendie s'est déclaré.", phrase: "Tôt dimanche matin", timex: "2022-01-02TMO",
			interval: "2022-01-02T06:00/2022-01-02T08:00"},
		{text: "Aux premières heures de dimanche, la police est intervenue.", phrase: "Aux premières heures de dimanche", timex: "2022-01-02",
			interval: "2022-01-02T00:00/2022-01-02T08:00"},
		{text: "Plus tôt mardi, il avait parlé.", phrase: "Plus tôt mardi", timex: "2022-01-04",
			interval: "2022-01-04T00:00/2022-01-05T00:00"},
		{text: "Les troubles ont éclaté dimanche.", phrase: "dimanche", timex: "2022-01-02"},
		{text: "Il a parlé mercredi.", phrase: "mercredi", timex: "2022-01-05"},
		{text: "Le conseil se réunira jeudi.", phrase: "jeudi", timex: "2022-01-06"},
		{text: "Il est venu mardi dernier.", phrase: "mardi dernier", timex: "2022-01-04"},
		{text: "Il viendra lundi prochain.", phrase: "lundi prochain", timex: "2022-01-10"},
		{text: "Il est arrivé MARDI soir.", phrase: "MARDI soir", timex: "2022-01-04TEV"},
		{text: "Il est arrivé mardi matin.", phrase: "mardi matin", timex: "2022-01-04TMO"},
		{text: "Elle a chuté dimanche après-midi.", phrase: "dimanche après-midi", timex: "2022-01-02TAF"},
		{text: "Il a voté ce dimanche.", phrase: "ce dimanche", timex: "2022-01-09"},
		{text: "Le carnaval de mardi gras a eu lieu.", phrase: "mardi gras", timex: "-"},
		{text: "Mardi, dans la matinée, il a parlé.", phrase: "Mardi, dans la matinée", timex: "2022-01-04TMO"},
		{text: "Les mercredis sont calmes.", phrase: "mercredi", timex: "-"},
		// That week's day, whatever the story's day.
		{text: "Il avait été aperçu jeudi de la semaine dernière à Metz.", phrase: "jeudi de la semaine dernière", timex: "2021-12-30"},
		{text: "Le jury rendra son avis le vendredi de la semaine prochaine.", phrase: "le vendredi de la semaine prochaine", timex: "2022-01-14"},
		{text: "Le chantier a repris lundi de la semaine passée.", phrase: "lundi de la semaine passée", timex: "2021-12-27"},
		{text: "Le 3 janvier, il est parti. Il est revenu le mardi de la semaine suivante.", phrase: "le mardi de la semaine suivante", timex: "2022-01-11"},
	})
}
