package fr

import "testing"

func TestDate(t *testing.T) {
	run(t, Date(), []tcase{
		{text: "Il est parti le 5 janvier.", phrase: "le 5 janvier", timex: "2022-01-05"},
		{text: "Il est parti mercredi 5 janvier 2022.", phrase: "mercredi 5 janvier 2022", timex: "2022-01-05"},
		{text: "C'était le 1er janvier.", phrase: "le 1er janvier", timex: "2022-01-01"},
		{text: "C'était le 28 décembre.", phrase: "le 28 décembre", timex: "2021-12-28"},
		{text: "C'était le 5 janv. à Paris.", phrase: "le 5 janv.", timex: "2022-01-05"},
		{text: "Il est né le 6 mars 1941.", phrase: "le 6 mars 1941", timex: "1941-03-06"},
		{text: "Il est né le 10 novembre 93.", phrase: "le 10 novembre 93", timex: "1993-11-10"},
		{text: "C'était le 20 décembre dernier.", phrase: "le 20 décembre dernier", timex: "2021-12-20"},
	})
}

func TestWeekdayDay(t *testing.T) {
	run(t, WeekdayDay(), []tcase{
		{text: "C'était le mardi 4 à Almaty.", phrase: "le mardi 4", timex: "2022-01-04"},
	})
}

func TestNumeric(t *testing.T) {
	run(t, Numeric(), []tcase{
		{text: "Publié le 05/01/2022.", phrase: "le 05/01/2022", timex: "2022-01-05"},
		{text: "Publié le 2022-01-05.", phrase: "le 2022-01-05", timex: "2022-01-05"},
		{text: "Quelque 5.000 personnes.", phrase: "5.000", timex: "-"},
	})
}

func TestDateRange(t *testing.T) {
	run(t, DateRange(), []tcase{
		{text: "Le salon a lieu du 2 au 5 janvier.", phrase: "du 2 au 5 janvier", timex: "2022-01-02/2022-01-05"},
	})
}

func TestWeekdayRange(t *testing.T) {
	run(t, WeekdayRange(), []tcase{
		{text: "Ils ont manifesté entre lundi et mercredi.", phrase: "entre lundi et mercredi", timex: "2022-01-03/2022-01-05"},
	})
}

func TestDateMore(t *testing.T) {
	run(t, Numeric(), []tcase{
		{text: "Rendez-vous samedi 9/2/20.", phrase: "samedi 9/2/20", timex: "2020-02-09"},
		{text: "Rendez-vous le 8/2.", phrase: "le 8/2", timex: "2022-02-08"},
		{text: "Le score est de 8/2.", phrase: "8/2", timex: "-"},
	})
	run(t, DateRange(), []tcase{
		{text: "Du 24 août 2023 au 26 août 2023.", phrase: "Du 24 août 2023 au 26 août 2023", timex: "2023-08-24/2023-08-26"},
		{text: "Ouvert 10 - 22 août 2012.", phrase: "10 - 22 août 2012", timex: "2012-08-10/2012-08-22"},
	})
	run(t, WeekdayDay(), []tcase{
		{text: "Il est arrivé mardi 11:00.", phrase: "mardi 11:00", timex: "2022-01-04T11:00"},
	})
}

func TestClockRange(t *testing.T) {
	run(t, ClockRange(), []tcase{
		{text: "Lundi, il a manifesté de 9h à 11h.", phrase: "de 9h à 11h", timex: "2022-01-03T09:00/2022-01-03T11:00"},
		{text: "Il a manifesté entre 14h et 16h.", phrase: "entre 14h et 16h", timex: "2022-01-05T14:00/2022-01-05T16:00"},
	})
}
