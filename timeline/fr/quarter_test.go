package fr

import "testing"

func TestQuarter(t *testing.T) {
	run(t, Quarter(), []tcase{
		// Still to come: the one not yet ended, the one under way included.
		{text: "Le groupe publiera les comptes du premier trimestre en avril.", phrase: "premier trimestre", timex: "2022-Q1"},
		{text: "Au premier trimestre 2021, les ventes ont chuté.", phrase: "premier trimestre 2021", timex: "2021-Q1",
			interval: "2021-01-01T00:00/2021-04-01T00:00"},
		{text: "Au troisième trimestre, elles ont remonté.", phrase: "troisième trimestre", timex: "2021-Q3"},
		{text: "Les résultats du T4 2021 sont bons.", phrase: "T4 2021", timex: "2021-Q4"},
		{text: "Le dernier trimestre 2020 fut dur.", phrase: "dernier trimestre 2020", timex: "2020-Q4"},
		{text: "Le dernier trimestre fut dur.", phrase: "dernier trimestre", timex: "-"},
		// The year named after it, from the article's (2022).
		{text: "Les ventes ont reculé au deuxième trimestre de l'an dernier.", phrase: "deuxième trimestre de l'an dernier", timex: "2021-Q2"},
		{text: "Le chantier débutera au premier trimestre de l'année prochaine.", phrase: "premier trimestre de l'année prochaine", timex: "2023-Q1"},
		{text: "Le quatrième trimestre de cette année sera décisif.", phrase: "quatrième trimestre de cette année", timex: "2022-Q4"},
		{text: "Au troisième trimestre de l'année passée, il a perdu.", phrase: "troisième trimestre de l'année passée", timex: "2021-Q3"},
	})
}
