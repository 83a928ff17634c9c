package fr

import "testing"

func TestSignal(t *testing.T) {
	for _, tc := range []struct{ phrase, want string }{
		{"à 20 h", "20 h"},
		{"A 20 h", "20 h"},
		{"depuis 1999", "1999"},
		{"En 1995", "1995"},
		{"dans la soirée", "la soirée"},
		{"au cours de la nuit", "la nuit"},
		{"du 30 mai", "30 mai"},
		{"au 2 juin", "2 juin"},
		{"de six mois", "six mois"},
		{"jusqu'à 17 h", "17 h"},
		{"jusqu’au 20 janvier", "20 janvier"},
		{"à partir de 8 h 30", "8 h 30"},
		{"dès octobre 98", "octobre 98"},
		{"Pendant une semaine", "une semaine"},
		{"À 20 h", "20 h"},
		{"DÈS octobre", "octobre"},
		{"Jusqu'à 17 h", "17 h"},
		{"Sur trois ans", "trois ans"},
		{"Au bout de 2 ans", "2 ans"},
		{"en l'espace de trois ans", "trois ans"},
		{"et midi", "midi"},
		// Kept whole: no signal, a modifier, an article, a set phrase.
		{"le 13 février", "le 13 février"},
		{"vers 18 h", "vers 18 h"},
		{"il y a trois jours", "il y a trois jours"},
		{"des années", "des années"},
		{"à présent", "à présent"},
		{"Pour l'instant", "Pour l'instant"},
		{"depuis peu", "depuis peu"},
		{"de nos jours", "de nos jours"},
		{"à", "à"},
		{"aujourd'hui", "aujourd'hui"},
		{"demain", "demain"},
	} {
		if got := tc.phrase[signal(tc.phrase):]; got != tc.want {
			t.Errorf("%q: %q, want %q", tc.phrase, got, tc.want)
		}
	}
}
