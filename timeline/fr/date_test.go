package fr

import "testing"

func TestDate(t *testing.T) {
	run(t, Date(), []tcase{
		// A direction with no such date near on its side: the next or the
		// last there is.
		{text: "Il fêtera son anniversaire le 29 février.", phrase: "le 29 février", timex: "2020-02-29", date: "2017-03-22"},
		{text: "Il est né un 29 février.", phrase: "29 février", timex: "2016-02-29", date: "2019-03-22"},
		// Scraped copy loses spaces: "15juin" is still the 15th of June.
		{text: "Le festival ouvre le 15juin 2016.", phrase: "le 15juin 2016", timex: "2016-06-15"},
		{text: "Les festivités du 14-Juillet ont été annulées.", phrase: "du 14-Juillet", timex: "2021-07-14"},
		{text: "Les travaux auront lieu entre le 15 juillet et le 15 août.", phrase: "le 15 août", timex: "2023-08-15", date: "2022-08-06"},
		{text: "Les 6 et 13 avril, il a plu.", phrase: "13 avril", timex: "2021-04-13"},
		{text: "Il est parti le 5 janvier.", phrase: "le 5 janvier", timex: "2022-01-05"},
		{text: "Il est parti mercredi 5 janvier 2022.", phrase: "mercredi 5 janvier 2022", timex: "2022-01-05"},
		{text: "C'était le 1er janvier.", phrase: "le 1er janvier", timex: "2022-01-01"},
		{text: "C'était le 28 décembre.", phrase: "le 28 décembre", timex: "2021-12-28"},
		{text: "C'était le 5 janv. à Paris.", phrase: "le 5 janv.", timex: "2022-01-05"},
		// AFP's datelines abbreviate January "jan".
		{text: "PARIS, 12 jan 2022 (AFP) - Le texte a été adopté.", phrase: "12 jan 2022", timex: "2022-01-12"},
		{text: "Il est né le 6 mars 1941.", phrase: "le 6 mars 1941", timex: "1941-03-06"},
		{text: "Il est né le 10 novembre 93.", phrase: "le 10 novembre 93", timex: "1993-11-10"},
		{text: "C'était le 20 décembre dernier.", phrase: "le 20 décembre dernier", timex: "2021-12-20"},
		// A day in words, after "le" or a weekday; alone it is no date.
		{text: "Elle est née le quatre octobre 1972.", phrase: "le quatre octobre 1972", timex: "1972-10-04"},
		{text: "Il a été élu le vingt et un mars 1998.", phrase: "le vingt et un mars 1998", timex: "1998-03-21"},
		{text: "La cérémonie aura lieu vendredi onze novembre.", phrase: "vendredi onze novembre", timex: "2022-11-11"},
		{text: "Il a vendu trois mars et deux twix.", phrase: "trois mars", timex: "-"},
		// A range whose end is a full date: its start counts back from it.
		{text: "La grève durera du lundi au 3 janvier 2022.", phrase: "du lundi au 3 janvier 2022", timex: "2021-12-27/2022-01-03"},
		{text: "La grève a duré du lundi au 3 janvier 2022.", phrase: "du lundi au 3 janvier 2022", timex: "2021-12-27/2022-01-03"},
		{text: "La grève a duré du jeudi au 3 janvier 2022.", phrase: "du jeudi au 3 janvier 2022", timex: "2021-12-30/2022-01-03"},
	})
}
