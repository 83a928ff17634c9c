package fr

import "testing"

func TestClock(t *testing.T) {
	run(t, Clock(), []tcase{
		{text: "Le départ est prévu pour 15h place Stanislas.", phrase: "pour 15h", timex: "2022-01-05T15:00"},
		{text: "Le scrutin est fixé pour 8 h 30 demain.", phrase: "pour 8 h 30", timex: "2022-01-06T08:30"},
		{text: "Il pleut depuis minuit.", phrase: "depuis minuit", timex: "2022-01-05T00:00"},
		{text: "Les pompiers sont intervenus peu après minuit.", phrase: "peu après minuit", timex: "2022-01-05T00:00"},
		{text: "Il est rentré après minuit.", phrase: "après minuit", timex: "2022-01-05T00:00"},
		// Midnight told in the past on the story's day is the one that began
		// it (the one that ends it is still to come); in the future, that one.
		{text: "Il est rentré avant minuit.", phrase: "avant minuit", timex: "2022-01-04T24:00"},
		{text: "Il rentrera avant minuit.", phrase: "avant minuit", timex: "2022-01-05T24:00"},
		{text: "La trêve est entrée en vigueur à minuit.", phrase: "à minuit", timex: "2022-01-04T24:00"},
		{text: "La manifestation dure depuis 14 heures.", phrase: "depuis 14 heures", timex: "2022-01-05T14:00"},
		{text: "Le marché est fermé depuis midi.", phrase: "depuis midi", timex: "2022-01-05T12:00"},
		{text: "À partir de 20 heures, le couvre-feu s'applique.", phrase: "À partir de 20 heures", timex: "2022-01-05T20:00"},
		{text: "Je serai de retour dans les 2h.", phrase: "les 2h", timex: "-"},
		{text: "Ils ont déjeuné à midi et demi.", phrase: "à midi et demi", timex: "2022-01-05T12:30"},
		{text: "Rendez-vous à 15 h (heure locale).", phrase: "à 15 h", timex: "2022-01-05T15:00"},
		{text: "Il est arrivé à 14h30.", phrase: "à 14h30", timex: "2022-01-05T14:30"},
		{text: "Il est arrivé à 14 h 30.", phrase: "à 14 h 30", timex: "2022-01-05T14:30"},
		{text: "Mardi, vers 3 heures du matin, tout a brûlé.", phrase: "vers 3 heures du matin", timex: "2022-01-04T03:00"},
		{text: "Il parlera à midi.", phrase: "à midi", timex: "2022-01-05T12:00"},
		{text: "La route a été coupée entre 10 h et midi.", phrase: "et midi", timex: "2022-01-05T12:00"},
		{text: "Le sommet s'ouvre à 16h CET.", phrase: "à 16h CET", timex: "2022-01-05T16:00+1"},
		// The French abbreviations of zones: heure d'Europe centrale (d'été), temps universel.
		{text: "La réunion s'est ouverte à 16 h HEC.", phrase: "à 16 h HEC", timex: "2022-01-05T16:00+1"},
		{text: "Le vote s'achèvera à 18 h HAEC.", phrase: "à 18 h HAEC", timex: "2022-01-05T18:00+2"},
		{text: "L'éclipse a commencé à 9 h TU.", phrase: "à 9 h TU", timex: "2022-01-05T09:00+0"},
		{text: "Le drame a eu lieu à 21 h 45.", phrase: "à 21 h 45", timex: "2022-01-05T21:45"},
		{text: "Il est arrivé lundi vers 21 h 45.", phrase: "vers 21 h 45", timex: "2022-01-03T21:45"},
		{text: "Vers 0 h 40, jeudi, la maison a brûlé.", phrase: "Vers 0 h 40", timex: "2021-12-30T00:40"},
		{text: "Le match commence à 20 h 30 heure de Paris.", phrase: "à 20 h 30 heure de Paris", timex: "2022-01-05T20:30+1"},
	})
}

func TestClockSeconds(t *testing.T) {
	run(t, Clock(), []tcase{
		{text: "Il est arrivé à 12h12:30s.", phrase: "à 12h12:30s", timex: "2022-01-05T12:12:30"},
		{text: "Le chrono s'est arrêté à 8h10m05s.", phrase: "à 8h10m05s", timex: "2022-01-05T08:10:05"},
		// A quarter or a half after the hour, or minutes before it.
		{text: "Le train est parti à 15 h moins le quart.", phrase: "à 15 h moins le quart", timex: "2022-01-05T14:45"},
		{text: "Ils sont arrivés vers 8 heures et quart.", phrase: "vers 8 heures et quart", timex: "2022-01-05T08:15"},
		{text: "L'explosion a eu lieu à midi moins dix.", phrase: "à midi moins dix", timex: "2022-01-05T11:50"},
		{text: "La fête a commencé à minuit moins le quart.", phrase: "à minuit moins le quart", timex: "2022-01-05T23:45"},
		{text: "Le départ a été donné à 10:12:59.", phrase: "à 10:12:59", timex: "2022-01-05T10:12:59", interval: "2022-01-05T10:12/2022-01-05T10:13"},
		{text: "Il est arrivé à 12h12:99s.", phrase: "12h12", timex: "-"},
	})
}
