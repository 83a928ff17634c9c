package fr

import "testing"

func TestNowadays(t *testing.T) {
	run(t, Nowadays(), []tcase{
		{text: "Aujourd'hui encore, le village porte les traces de la crue.", phrase: "Aujourd'hui encore", timex: "PRESENT_REF"},
		{text: "Le site reste encore aujourd'hui fermé au public.", phrase: "encore aujourd'hui", timex: "PRESENT_REF"},
		{text: "Hier comme aujourd'hui, les ouvriers défendent leur usine.", phrase: "Hier comme aujourd'hui", timex: "PRESENT_REF"},
		{text: "L'ancien maire, aujourd'hui retraité, a témoigné.", phrase: "aujourd'hui retraité", timex: "PRESENT_REF"},
		{text: "Ancien mineur, il est aujourd'hui conseiller municipal à Forbach.", phrase: "aujourd'hui conseiller", timex: "PRESENT_REF"},
		{text: "Licencié en 1998, il est aujourd'hui installé à Metz.", phrase: "aujourd'hui installé", timex: "PRESENT_REF"},
		{text: "Le gardien, aujourd'hui âgé de 70 ans, se souvient.", phrase: "aujourd'hui âgé", timex: "PRESENT_REF"},
		{text: "À l'heure d'aujourd'hui, aucun suspect n'a été arrêté.", phrase: "À l'heure d'aujourd'hui", timex: "PRESENT_REF"},
	})
}
