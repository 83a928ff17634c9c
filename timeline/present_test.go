package timeline_test

import (
	"context"
	"testing"

	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// TestToCome: a bare weekday in a clause with no tense cue is the last one,
// unless the clause tells of something still to come without a future
// verb. Article dated Wednesday 12 January 2022. Also the article's day
// opening a sentence (openingToday).
func TestToCome(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.New(fr.All()...), "en": tag.New(en.All()...)}
	for _, tc := range []struct {
		lang, text, phrase, timex string
	}{
		// A present.
		{"fr", "Les routiers bloquent les dépôts de carburant vendredi.", "vendredi", "2022-01-14"},
		{"fr", "Le procès s'ouvre lundi devant la cour d'assises.", "lundi", "2022-01-17"},
		{"fr", "On vote dimanche dans les deux cantons.", "dimanche", "2022-01-16"},
		{"fr", "La cérémonie a lieu samedi à la cathédrale.", "samedi", "2022-01-15"},
		{"en", "The exhibition opens Friday at the city museum.", "Friday", "2022-01-14"},
		{"fr", "Le festival de jazz débute jeudi soir au parc.", "jeudi soir", "2022-01-13TEV"},
		{"fr", "Le club reçoit Nancy samedi au stade Marcel-Picot.", "samedi", "2022-01-15"},
		{"en", "The retrospective runs through Sunday at the Tate.", "Sunday", "2022-01-16"},
		{"en", "The spending bill goes to the Senate on Thursday.", "on Thursday", "2022-01-13"},
		// A modal or a subjunctive.
		{"fr", "Le préfet exige que les barrages soient levés jeudi.", "jeudi", "2022-01-13"},
		{"fr", "Les élus peuvent déposer leurs amendements lundi.", "lundi", "2022-01-17"},
		{"fr", "Il est possible que le tribunal rende son jugement vendredi.", "vendredi", "2022-01-14"},
		{"fr", "La grève durera en attendant que la direction reçoive les syndicats mardi.", "mardi", "2022-01-18"},
		// A headline, a programme.
		{"fr", "GRÈVE DES CHEMINOTS VENDREDI", "VENDREDI", "2022-01-14"},
		{"fr", "Au programme : conférence mardi, marché de producteurs samedi.", "mardi", "2022-01-18"},
		{"fr", "Loto vendredi soir à la salle des fêtes.", "vendredi soir", "2022-01-14TEV"},
		{"fr", "Soirée dansante samedi au foyer rural.", "samedi", "2022-01-15"},
		{"fr", "Les taxis entament une grève reconductible lundi.", "lundi", "2022-01-17"},
		{"fr", "Les soldes débutent vendredi dans tout le département.", "vendredi", "2022-01-14"},
		{"fr", "Les négociations commencent lundi au ministère.", "lundi", "2022-01-17"},
		{"fr", "Le loto de vendredi soir a réuni 200 joueurs.", "vendredi soir", "2022-01-07TEV"},
		// Nothing still to come: the past stays the default.
		{"fr", "Réélu dimanche, le maire prend ses fonctions.", "dimanche", "2022-01-09"},
		{"fr", "Les gendarmes ont arrêté lundi deux suspects.", "lundi", "2022-01-10"},
		{"fr", "Le feu a pris avant de s'étendre mardi aux bâtiments voisins.", "mardi", "2022-01-11"},
		{"fr", "Le gouvernement a annoncé samedi de nouvelles mesures.", "samedi", "2022-01-08"},
		// The article's day opening a sentence, set off by a comma: these
		// times (openingToday), unless the clause is in the future.
		{"fr", "Autrefois ouvrière, la cité vit du tourisme. Aujourd'hui, les ateliers sont des musées.", "Aujourd'hui", "PRESENT_REF"},
		{"en", "Today, most of the mills have closed.", "Today", "PRESENT_REF"},
		{"fr", "Aujourd'hui, le préfet se rendra sur place.", "Aujourd'hui", "2022-01-12"},
		// French asks for a past set against it: the news of the day keeps the day.
		{"fr", "Aujourd'hui, les secours poursuivent leurs recherches dans les décombres.", "Aujourd'hui", "2022-01-12"},
		{"fr", "Le quartier comptait trois usines. Aujourd'hui, il n'en reste qu'une.", "Aujourd'hui", "PRESENT_REF"},
		{"fr", "Le préfet s'est rendu aujourd'hui, selon la mairie, sur place.", "aujourd'hui", "2022-01-12"},
		{"fr", "Aujourd'hui mercredi, la mairie est fermée.", "Aujourd'hui mercredi", "2022-01-12"},
	} {
		a, err := timeline.NewArticle("p", "2022-01-12", tc.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		a.Lang = tc.lang
		ms, err := taggers[tc.lang].Tag(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: languagesOf})
		found := false
		for _, m := range ms {
			if m.Text == tc.phrase {
				found = true
				if m.Value.Timex != tc.timex {
					t.Errorf("%q in %q: %s, want %s", tc.phrase, tc.text, m.Value.Timex, tc.timex)
				}
			}
		}
		if !found {
			t.Errorf("%q not read in %q", tc.phrase, tc.text)
		}
	}
}

// TestToComeIsTheLanguages: the words that tell a clause looks ahead are
// the article's language's (lang.Language.ToCome), read only when the
// resolver is handed the languages; a headline in capitals looks ahead in
// any language.
func TestToComeIsTheLanguages(t *testing.T) {
	tg := tag.New(fr.All()...)
	for _, tc := range []struct {
		text  string
		langs timeline.Languages
		timex string
	}{
		{"Le marché de Noël ouvre samedi sur la place.", languagesOf, "2022-01-15"},
		{"Le marché de Noël ouvre samedi sur la place.", nil, "2022-01-08"},
		{"LE MARCHÉ DE NOËL OUVRE SAMEDI", nil, "2022-01-15"},
	} {
		a, err := timeline.NewArticle("p", "2022-01-12", tc.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		a.Lang = "fr"
		ms, err := tg.Tag(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tc.langs})
		if len(ms) != 1 || ms[0].Value.Timex != tc.timex {
			t.Errorf("%q (languages given: %v): %v, want one phrase, %s", tc.text, tc.langs != nil, ms, tc.timex)
		}
	}
}
