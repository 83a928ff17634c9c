package fr

import "testing"

func TestNow(t *testing.T) {
	run(t, Now(), []tcase{
		{text: "La liste est désormais complète.", phrase: "désormais", timex: "PRESENT_REF"},
		{text: "Il est actuellement en poste.", phrase: "actuellement", timex: "PRESENT_REF"},
		{text: "Auparavant, il était ministre.", phrase: "Auparavant", timex: "PAST_REF"},
		{text: "Il a récemment démissionné.", phrase: "récemment", timex: "PAST_REF"},
		{text: "À l'époque, il vivait là.", phrase: "À l'époque", timex: "PAST_REF"},
		{text: "Il partira bientôt.", phrase: "bientôt", timex: "FUTURE_REF"},
	})
}
