package fr

import "testing"

func TestDuration(t *testing.T) {
	run(t, Duration(), []tcase{
		{text: "Il a attendu trois quarts d'heure.", phrase: "trois quarts d'heure", timex: "PT45M"},
		{text: "Au bout de 2 ans, le projet a été abandonné.", phrase: "Au bout de 2 ans", timex: "P2Y"},
		{text: "L'usine a perdu 300 emplois en l'espace de trois ans.", phrase: "en l'espace de trois ans", timex: "P3Y"},
		{text: "Un homme de 38 ans a été interpellé.", phrase: "de 38 ans", timex: "-"},
		{text: "La réunion a duré une heure et quart.", phrase: "une heure et quart", timex: "PT1H15M"},
		{text: "Le chantier a duré un an et quart.", phrase: "un an et quart", timex: "-"},
		{text: "Le chantier a duré quatre-vingt-dix jours.", phrase: "quatre-vingt-dix jours", timex: "P90D"},
		{text: "La guerre a duré cent ans.", phrase: "cent ans", timex: "P100Y"},
		{text: "Il a passé un an et demi en prison.", phrase: "un an et demi", timex: "P1.5Y"},
		{text: "L'audience a duré deux heures et demie.", phrase: "deux heures et demie", timex: "PT2.5H"},
		{text: "Il travaille depuis 8 heures.", phrase: "depuis 8 heures", timex: "PT8H"},
		{text: "Le blocage dure depuis 48 heures.", phrase: "depuis 48 heures", timex: "PT48H"},
		{text: "Les syndicats appellent à une journée de mobilisation le 24 mars.", phrase: "une journée", timex: "-"},
		{text: "Le pays a observé trois jours de deuil national.", phrase: "trois jours", timex: "-"},
		{text: "Ils ont manifesté pendant trois jours de grève.", phrase: "pendant trois jours de grève", timex: "P3D"},
		{text: "Le trajet dure 1,5 heure.", phrase: "1,5 heure", timex: "PT1.5H"},
		{text: "Il a pris 1,5 trimestre.", phrase: "1,5 trimestre", timex: "-"},
		{text: "Il a parlé pendant 45 min.", phrase: "pendant 45 min", timex: "PT45M"},
		{text: "Les moins de 17 ans sont interdits.", phrase: "17 ans", timex: "-"},
		{text: "Il devance Irvine de 30,4 secondes.", phrase: "de 30,4 secondes", timex: "PT30.4S"},
		{text: "Il a couru 10 secondes.", phrase: "10 secondes", timex: "PT10S"},
		{text: "Une femme d'une trentaine d'années est tombée.", phrase: "une trentaine", timex: "-"},
		{text: "Il a passé une trentaine d'années en prison.", phrase: "une trentaine d'années", timex: "P30Y"},
		{text: "Il a attendu une vingtaine de minutes.", phrase: "une vingtaine de minutes", timex: "PT20M"},
		{text: "Il a plu pendant trois jours.", phrase: "pendant trois jours", timex: "P3D"},
		{text: "Il a régné dix ans.", phrase: "dix ans", timex: "P10Y"},
		{text: "Cela prendra quelques mois.", phrase: "quelques mois", timex: "PXM"},
		{text: "Il a attendu 2 heures.", phrase: "2 heures", timex: "PT2H"},
		{text: "Un chauffeur de 38 ans a été blessé.", phrase: "38 ans", timex: "-"},
	})
}
