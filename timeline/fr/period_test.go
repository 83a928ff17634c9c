package fr

import "testing"

func TestPeriod(t *testing.T) {
	run(t, Period(), []tcase{
		{text: "Les ventes ont chuté le trimestre dernier.", phrase: "le trimestre dernier", timex: "2021-Q4"},
		{text: "Ce trimestre sera bon.", phrase: "Ce trimestre", timex: "2022-Q1"},
		{text: "Il est venu la semaine dernière.", phrase: "la semaine dernière", timex: "2021-W52"},
		{text: "Il vient cette semaine.", phrase: "cette semaine", timex: "2022-W01"},
		{text: "Il est venu le mois dernier.", phrase: "le mois dernier", timex: "2021-12"},
		{text: "Au cours de la semaine écoulée, les prix ont flambé.", phrase: "la semaine écoulée", timex: "2021-W52"},
		// "ce week-end" with no verb to place it: this week's.
		{text: "Le festival de ce week-end attire du monde.", phrase: "ce week-end", timex: "2022-W01-WE"},
		// "-là": the period of the date told before.
		{text: "Le 3 mars 2020, il a parlé. Cette semaine-là, les écoles ont fermé.", phrase: "Cette semaine-là", timex: "2020-W10"},
		{text: "Le 3 mars 2020, il a parlé. Ce mois-là, les écoles ont fermé.", phrase: "Ce mois-là", timex: "2020-03"},
		// A quarter counted from the quarter told before.
		{text: "Le PIB a progressé au troisième trimestre par rapport au trimestre précédent.", phrase: "au trimestre précédent", timex: "2021-Q2"},
		{text: "Les chiffres du mois dernier sont bons.", phrase: "du mois dernier", timex: "2021-12"},
		{text: "Le mercredi 12 janvier, il a parlé. Ce week-end-là, il a neigé.", phrase: "Ce week-end-là", timex: "2022-W02-WE", date: "2022-01-20"},
		{text: "Il a neigé ce week-end.", phrase: "ce week-end", timex: "2021-W52-WE", date: "2022-01-04"},
		{text: "Il viendra le week-end prochain.", phrase: "le week-end prochain", timex: "2022-W01-WE"},
		{text: "Au cours du week-end, trois accidents ont eu lieu.", phrase: "Au cours du week-end", timex: "2021-W52-WE"},
		{text: "Pendant le week-end, les magasins resteront ouverts.", phrase: "Pendant le week-end", timex: "2022-W01-WE"},
		{text: "Le week-end, les magasins ferment.", phrase: "Le week-end", timex: "-"},
		{text: "Toute la semaine, il a plu.", phrase: "la semaine", timex: "-"},
	})
}
