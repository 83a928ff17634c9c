package fr

import "testing"

func TestSeason(t *testing.T) {
	run(t, Season(), []tcase{
		// Its edges: the first or last third of that season.
		{text: "À la fin de l'été, la sécheresse a frappé.", phrase: "À la fin de l'été", timex: "2021-SU", interval: "2021-08-22T00:00/2021-09-22T00:00"},
		{text: "Les travaux commenceront au début du printemps 2022.", phrase: "au début du printemps 2022", timex: "2022-SP", interval: "2022-03-20T00:00/2022-04-20T00:00"},
		{text: "La fête du printemps attire du monde.", phrase: "du printemps", timex: "-"},
		{text: "La canicule de l'été 2003 avait fait 15.000 morts.", phrase: "de l'été 2003", timex: "2003-SU"},
		{text: "Les inondations du printemps dernier ont coûté cher.", phrase: "du printemps dernier", timex: "2021-SP"},
		{text: "Il est venu l'été dernier.", phrase: "l'été dernier", timex: "2021-SU"},
		{text: "Les troubles ont été vifs.", phrase: "été", timex: "-"},
		{text: "Les Jeux d'hiver ont commencé.", phrase: "hiver", timex: "-"},
		{text: "Pendant les mois d'été, le camping est plein.", phrase: "les mois d'été", timex: "XXXX-SU"},
		// "au" alone is the season's own article, not the start of "au début du".
		{text: "Les récoltes ont souffert au printemps.", phrase: "au printemps", timex: "2021-SP"},
		{text: "Au printemps, le conseil municipal avait voté le budget.", phrase: "Au printemps", timex: "2021-SP"},
		{text: "Le chantier doit reprendre au printemps 2023.", phrase: "au printemps 2023", timex: "2023-SP"},
		{text: "Le refuge ferme au milieu de l'hiver.", phrase: "au milieu de l'hiver", timex: "2021-WI"},
		{text: "Elle a acheté sa robe au Printemps Haussmann.", phrase: "au Printemps", timex: "-"},
	})
}
