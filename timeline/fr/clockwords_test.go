package fr

import "testing"

func TestClockWords(t *testing.T) {
	run(t, ClockWords(), []tcase{
		{text: "Le train est parti à dix heures.", phrase: "à dix heures", timex: "2022-01-05T10:00"},
		{text: "Il est arrivé vers sept heures et demie, hier.", phrase: "vers sept heures et demie", timex: "2022-01-04T07:30"},
		{text: "Ils se sont réunis à huit heures moins le quart du soir.", phrase: "à huit heures moins le quart du soir", timex: "2022-01-05T19:45"},
		{text: "Dès six heures du matin, la foule était là.", phrase: "Dès six heures du matin", timex: "2022-01-05T06:00"},
		{text: "Le soleil se couche à sept heures et vingt-sept minutes.", phrase: "à sept heures et vingt-sept minutes", timex: "2022-01-05T07:27"},
		{text: "Il arrive à huit heures moins vingt.", phrase: "à huit heures moins vingt", timex: "2022-01-05T07:40"},
		{text: "Il arrive à neuf heures quarante-cinq.", phrase: "à neuf heures quarante-cinq", timex: "2022-01-05T09:45"},
		{text: "Le village est à deux heures de route.", phrase: "à deux", timex: "-"},
		{text: "Le village est à deux heures d'avion.", phrase: "à deux", timex: "-"},
		{text: "Il a dormi dix heures.", phrase: "dormi dix", timex: "-"},
	})
}

func TestClockBeforeDay(t *testing.T) {
	run(t, ClockBeforeDay(), []tcase{
		{text: "Le drame s'est produit onze heures jeudi soir, selon les pompiers.", phrase: "onze heures", timex: "2021-12-30T23:00"},
		{text: "Dix heures mercredi matin : la séance est ouverte.", phrase: "Dix heures", timex: "2022-01-05T10:00"},
		{text: "Les secours sont arrivés sept heures ce matin.", phrase: "sept heures", timex: "2022-01-05T07:00"},
		{text: "Le feu a pris 4 heures ce matin dans un entrepôt.", phrase: "4 heures", timex: "2022-01-05T04:00"},
		{text: "Le corps a été découvert 22 heures lundi, près du canal.", phrase: "22 heures", timex: "2022-01-03T22:00"},
		{text: "Il a roulé 4 heures ce jour-là.", phrase: "roulé 4", timex: "-"},
	})
}
