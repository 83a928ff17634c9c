package fr

import "testing"

func TestRelYear(t *testing.T) {
	run(t, RelYear(), []tcase{
		{text: "Il est venu l’an dernier.", phrase: "l’an dernier", timex: "2021"},
		{text: "Il viendra l'année prochaine.", phrase: "l'année prochaine", timex: "2023"},
		{text: "L'année écoulée a été difficile.", phrase: "L'année écoulée", timex: "2021"},
		{text: "En 2015, il a été élu. Cette année-là, il a voyagé.", phrase: "Cette année-là", timex: "2015"},
		{text: "Cette année, il pleut.", phrase: "Cette année", timex: "2022"},
		{text: "Ils sont entrés dans la nouvelle année.", phrase: "la nouvelle année", timex: "2022"},
	})
}
