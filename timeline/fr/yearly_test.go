package fr

import "testing"

func TestYearly(t *testing.T) {
	run(t, Yearly(), []tcase{
		{text: "La foire se tient chaque mois d'août sur le port.", phrase: "chaque mois d'août", timex: "XXXX-08"},
		{text: "Les tarifs sont revus tous les mois de juillet.", phrase: "tous les mois de juillet", timex: "XXXX-07"},
		{text: "Le conseil vote le budget chaque année en mars.", phrase: "chaque année en mars", timex: "XXXX-03"},
		{text: "Ils se retrouvent tous les ans au mois de mai.", phrase: "tous les ans au mois de mai", timex: "XXXX-05"},
		{text: "Les crues reviennent chaque printemps.", phrase: "chaque printemps", timex: "XXXX-SP"},
		{text: "Tous les hivers, le col est fermé.", phrase: "Tous les hivers", timex: "XXXX-WI"},
		{text: "Les bergers montent chaque année au printemps.", phrase: "chaque année au printemps", timex: "XXXX-SP"},
		{text: "La digue est inspectée tous les ans à l'automne.", phrase: "tous les ans à l'automne", timex: "XXXX-FA"},
		{text: "Chaque été, la ville double de taille.", phrase: "Chaque été", timex: "XXXX-SU"},
	})
}
