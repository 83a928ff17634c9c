package fr

import "testing"

func TestBarePart(t *testing.T) {
	run(t, BarePart(), []tcase{
		{text: "Les pompiers sont restés sur place toute la journée.", phrase: "toute la journée", timex: "2022-01-05"},
		{text: "Les gendarmes ont patrouillé toute la nuit, en vain.", phrase: "toute la nuit", timex: "2022-01-04TNI"},
		{text: "La soirée a été calme dans les quartiers nord.", phrase: "La soirée", timex: "2022-01-05TEV"},
		{text: "La nuit a été agitée dans le quartier de la gare.", phrase: "La nuit", timex: "2022-01-04TNI"},
		{text: "La nuit, les gendarmes ont multiplié les contrôles.", phrase: "La nuit", timex: "2022-01-04TNI"},
		{text: "La matinée s'est achevée sans incident.", phrase: "La matinée", timex: "2022-01-05TMO"},
		{text: "Le soir venu, les rues du centre étaient vides.", phrase: "Le soir venu", timex: "2022-01-05TEV"},
		{text: "Le soir, les rues du centre sont vides.", phrase: "Le soir", timex: "-"},
		{text: "La soirée de gala aura lieu au casino.", phrase: "La soirée", timex: "-"},
		{text: "La journée de mobilisation a réuni 2.000 personnes.", phrase: "La journée", timex: "-"},
		{text: "Il rentre le soir chez lui.", phrase: "le soir", timex: "-"},
		{text: "La journée mondiale du climat a été un succès.", phrase: "La journée", timex: "-"},
	})
}
