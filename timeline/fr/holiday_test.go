package fr

import "testing"

func TestHoliday(t *testing.T) {
	run(t, Holiday(), []tcase{
		// The long weekend a feast names: the Saturday and Sunday nearest
		// it, and the days from the feast to them.
		{text: "Le week-end de la Toussaint a été meurtrier sur les routes.", phrase: "Le week-end de la Toussaint", timex: "2021-W43-WE", interval: "2021-10-30T00:00/2021-11-02T00:00"},
		{text: "Le pont de l'Ascension 2021 a vidé Paris.", phrase: "Le pont de l'Ascension 2021", timex: "2021-W19-WE", interval: "2021-05-13T00:00/2021-05-17T00:00"},
		{text: "Ils sont partis le week-end de Pâques 2021.", phrase: "le week-end de Pâques 2021", timex: "2021-W13-WE", interval: "2021-04-03T00:00/2021-04-05T00:00"},
		{text: "Le marché de Noël a ouvert.", phrase: "de Noël", timex: "-"},
		{text: "Il est arrivé la veille de Noël.", phrase: "la veille de Noël", timex: "2021-12-24"},
		{text: "Il est arrivé le soir de Noël.", phrase: "le soir de Noël", timex: "2021-12-25TEV"},
		{text: "Ils se sont réunis à Noël.", phrase: "à Noël", timex: "2021-12-25"},
		{text: "Les magasins sont restés ouverts pendant Noël.", phrase: "pendant Noël", timex: "2021-12-25"},
		{text: "Ils se réuniront à la Toussaint.", phrase: "la Toussaint", timex: "2022-11-01"},
		{text: "Il est revenu à Pâques 2021.", phrase: "à Pâques 2021", timex: "2021-04-04"},
		{text: "Le lundi de Pentecôte sera férié.", phrase: "Le lundi de Pentecôte", timex: "2022-06-06"},
		{text: "Noël Mamère a parlé.", phrase: "Noël", timex: "-"},
		// Feasts of the calendar and of trade.
		{text: "Les fleuristes préparent la fête des mères.", phrase: "la fête des mères", timex: "2022-05-29"},
		{text: "La fête des pères 2021 a dopé les ventes.", phrase: "La fête des pères 2021", timex: "2021-06-20"},
		{text: "Les groupes joueront pour la fête de la musique.", phrase: "la fête de la musique", timex: "2022-06-21"},
		{text: "Le défilé de la Saint-Nicolas a réuni 20.000 personnes.", phrase: "la Saint-Nicolas", timex: "2021-12-06"},
		{text: "Les feux seront allumés à la Saint-Jean.", phrase: "la Saint-Jean", timex: "2022-06-24"},
		{text: "Il a étudié au collège Saint-Nicolas.", phrase: "Saint-Nicolas", timex: "-"},
		{text: "La basilique de Saint-Nicolas-de-Port a été restaurée.", phrase: "Saint-Nicolas-de-Port", timex: "-"},
		{text: "Les enfants ont défilé pour Halloween.", phrase: "pour Halloween", timex: "2021-10-31"},
	})
}
