package fr

import "testing"

func TestWithin(t *testing.T) {
	run(t, Within(), []tcase{
		{text: "Plus tôt dans la journée, la police a tiré.", phrase: "Plus tôt dans la journée", timex: "2022-01-05"},
		{text: "Le 3 janvier, il a parlé. Plus tard dans la journée, il a démissionné.", phrase: "Plus tard dans la journée", timex: "2022-01-03"},
		{text: "Plus tard dans la semaine, il partira.", phrase: "Plus tard dans la semaine", timex: "2022-W01"},
		{text: "En 2019, il a été élu; plus tard dans l'année, il a démissionné.", phrase: "plus tard dans l'année", timex: "2019"},
		{text: "Plus tôt dans le mois, les prix avaient baissé.", phrase: "Plus tôt dans le mois", timex: "2022-01"},
	})
}
