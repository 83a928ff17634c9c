package fr

import "testing"

func TestNow(t *testing.T) {
	run(t, Now(), []tcase{
		{text: "Pascal Lamy, actuel directeur général, sera nommé.", phrase: "actuel", timex: "-"},
		{text: "Dorénavant, les bus partiront à l'heure.", phrase: "Dorénavant", timex: "PRESENT_REF"},
		{text: "Par le passé, il a été ministre.", phrase: "Par le passé", timex: "PAST_REF"},
		{text: "A l'époque, le village comptait trois écoles.", phrase: "A l'époque", timex: "PAST_REF"},
		{text: "A une date ultérieure, le dossier sera rouvert.", phrase: "A une date ultérieure", timex: "FUTURE_REF"},
		{text: "Le film a l'époque des yéyés pour décor.", phrase: "a l'époque", timex: "-"},
		{text: "Actuellement, la ville compte 3.000 habitants.", phrase: "Actuellement", timex: "PRESENT_REF"},
		{text: "Il est optimiste en pensant à l'avenir.", phrase: "à l'avenir", timex: "-"},
		{text: "De nos jours, tout change.", phrase: "De nos jours", timex: "PRESENT_REF"},
		{text: "Pour l'instant, aucune plainte n'a été déposée.", phrase: "Pour l'instant", timex: "PRESENT_REF"},
		{text: "Le maire se tait pour le moment.", phrase: "pour le moment", timex: "PRESENT_REF"},
		{text: "Pour l’heure, l’enquête se poursuit.", phrase: "Pour l’heure", timex: "PRESENT_REF"},
		{text: "L'audience a été renvoyée à une date ultérieure.", phrase: "à une date ultérieure", timex: "FUTURE_REF"},
		{text: "Il ouvrira dans un proche avenir.", phrase: "dans un proche avenir", timex: "FUTURE_REF"},
		{text: "À l'heure actuelle, rien.", phrase: "À l'heure actuelle", timex: "PRESENT_REF"},
		{text: "Ces derniers temps, il a plu.", phrase: "Ces derniers temps", timex: "PAST_REF"},
		{text: "Il partira sous peu.", phrase: "sous peu", timex: "FUTURE_REF"},
		{text: "Il est arrivé il y a peu de temps.", phrase: "il y a peu de temps", timex: "PAST_REF"},
		{text: "Il y a peu de chances.", phrase: "Il y a peu", timex: "-"},
		{text: "La liste est désormais complète.", phrase: "désormais", timex: "PRESENT_REF"},
		{text: "Il est actuellement en poste.", phrase: "actuellement", timex: "PRESENT_REF"},
		{text: "Auparavant, il était ministre.", phrase: "Auparavant", timex: "PAST_REF"},
		{text: "Il a récemment démissionné.", phrase: "récemment", timex: "PAST_REF"},
		{text: "À l'époque, il vivait là.", phrase: "À l'époque", timex: "PAST_REF"},
		{text: "Il partira bientôt.", phrase: "bientôt", timex: "FUTURE_REF"},
	})
}
