package fr

import "testing"

func TestPer(t *testing.T) {
	run(t, Per(), []tcase{
		{text: "Le pays exporte 5,2 milliards de dollars par semestre.", phrase: "par semestre", timex: "P6M"},
		{text: "La route fait 3 000 morts par an.", phrase: "par an", timex: "P1Y"},
		{text: "Il se rend au tribunal deux fois par semaine.", phrase: "deux fois par semaine", timex: "P1W"},
		{text: "Le comité se réunit tous les quinze jours.", phrase: "tous les quinze jours", timex: "P15D"},
		{text: "Les chiffres sont publiés quotidiennement.", phrase: "quotidiennement", timex: "P1D"},
		// A speed is no repetition.
		{text: "Il roulait à 180 km par heure.", phrase: "par heure", timex: "-"},
	})
}
