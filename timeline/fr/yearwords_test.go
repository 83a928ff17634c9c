package fr

import "testing"

func TestYearWords(t *testing.T) {
	run(t, YearWords(), []tcase{
		{text: "Le mur est tombé en mil neuf cent quatre-vingt-neuf.", phrase: "en mil neuf cent quatre-vingt-neuf", timex: "1989"},
		{text: "En mille neuf cent soixante-huit, la ville s'est révoltée.", phrase: "En mille neuf cent soixante-huit", timex: "1968"},
		{text: "L'usine tourne depuis deux mille trois.", phrase: "depuis deux mille trois", timex: "2003"},
		{text: "Le bug de l'an deux mille n'a pas eu lieu.", phrase: "l'an deux mille", timex: "2000"},
		{text: "Il est né en dix-neuf cent quarante-cinq.", phrase: "en dix-neuf cent quarante-cinq", timex: "1945"},
		{text: "Mille personnes ont défilé.", phrase: "Mille", timex: "-"},
		{text: "Il en a vendu deux mille trois cents exemplaires.", phrase: "deux mille", timex: "-"},
	})
}
