package fr

import "testing"

func TestAgo(t *testing.T) {
	run(t, Ago(), []tcase{
		{text: "Il est parti il y a trois jours.", phrase: "il y a trois jours", timex: "2022-01-02"},
		{text: "Il est parti il y a une semaine.", phrase: "il y a une semaine", timex: "2021-12-29"},
		{text: "Il partira dans deux mois.", phrase: "dans deux mois", timex: "2022-03-05"},
		{text: "Il est parti il y a un mois.", phrase: "il y a un mois", timex: "2022-02-28", date: "2022-03-31"},
	})
}

func TestLater(t *testing.T) {
	run(t, Later(), []tcase{
		{text: "Le 2 janvier il est parti; deux jours plus tard il est revenu.", phrase: "deux jours plus tard", timex: "2022-01-04"},
		{text: "Le 4 janvier il est parti; trois jours auparavant il avait parlé.", phrase: "trois jours auparavant", timex: "2022-01-01"},
	})
}

func TestPeriod(t *testing.T) {
	run(t, Period(), []tcase{
		{text: "Il est venu la semaine dernière.", phrase: "la semaine dernière", timex: "2021-W52"},
		{text: "Il vient cette semaine.", phrase: "cette semaine", timex: "2022-W01"},
		{text: "Il est venu le mois dernier.", phrase: "le mois dernier", timex: "2021-12"},
		{text: "Il a neigé ce week-end.", phrase: "ce week-end", timex: "2021-W52-WE", date: "2022-01-04"},
		{text: "Il viendra le week-end prochain.", phrase: "le week-end prochain", timex: "2022-W01-WE"},
		{text: "Toute la semaine, il a plu.", phrase: "la semaine", timex: "-"},
	})
}

func TestRelYear(t *testing.T) {
	run(t, RelYear(), []tcase{
		{text: "Il est venu l’an dernier.", phrase: "l’an dernier", timex: "2021"},
		{text: "Il viendra l'année prochaine.", phrase: "l'année prochaine", timex: "2023"},
		{text: "Cette année, il pleut.", phrase: "Cette année", timex: "2022"},
	})
}

func TestMonth(t *testing.T) {
	run(t, Month(), []tcase{
		{text: "Il est venu en décembre.", phrase: "en décembre", timex: "2021-12"},
		{text: "Il viendra début mars.", phrase: "début mars", timex: "2022-03"},
		{text: "Il viendra mi-février.", phrase: "mi-février", timex: "2022-02"},
		{text: "C'était en octobre 98.", phrase: "en octobre 98", timex: "1998-10"},
		{text: "La mission vers Mars a échoué.", phrase: "Mars", timex: "-"},
		{text: "Il y avait sept personnes.", phrase: "sept", timex: "-"},
	})
}

func TestYear(t *testing.T) {
	run(t, Year(), []tcase{
		{text: "Il est élu en 2021.", phrase: "en 2021", timex: "2021"},
		{text: "Quelque 5000 personnes ont défilé.", phrase: "5000", timex: "-"},
	})
}

func TestSeason(t *testing.T) {
	run(t, Season(), []tcase{
		{text: "Il est venu l'été dernier.", phrase: "l'été dernier", timex: "2021-SU"},
	})
}

func TestRecent(t *testing.T) {
	run(t, Recent(), []tcase{
		{text: "Ces derniers jours, il a plu.", phrase: "Ces derniers jours", timex: "PXD"},
		{text: "Il a plu les trois derniers mois.", phrase: "les trois derniers mois", timex: "P3M"},
	})
}
