package timeline_test

import (
	"context"
	"strings"
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
		// Where a measure starts, in the present; in the past, past.
		{"fr", "Le port du masque devient obligatoire à partir de lundi dans le centre.", "lundi", "2022-01-17"},
		{"fr", "Le stationnement devient gratuit à partir de samedi soir.", "samedi soir", "2022-01-15TEV"},
		{"fr", "Le marché était fermé à partir de samedi.", "samedi", "2022-01-08"},
		// Expected: still to come ("attendu" schedules it).
		{"fr", "Le verdict est attendu vendredi, selon l'avocat.", "vendredi", "2022-01-14"},
		{"fr", "Des chutes de neige sont attendues dans la nuit de jeudi à vendredi.", "dans la nuit de jeudi à vendredi", "2022-01-13TNI"},
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
		for _, m := range phraseIn(t, taggers[tc.lang], tc.lang, "2022-01-12", tc.text, tc.phrase, languagesOf) {
			if m.Value.Timex != tc.timex {
				t.Errorf("%q in %q: %s, want %s", tc.phrase, tc.text, m.Value.Timex, tc.timex)
			}
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

// TestScheduled: a month, a season or a date of the month with no year,
// in a clause with no tense cue that tells of an event on a schedule in
// the present (lang.Language.Scheduled), is the next one, not the nearest
// (which may be past); a past verb, or a past month's figure told in the
// present, keeps the past one. Article dated Friday 10 November 2023.
func TestScheduled(t *testing.T) {
	// With the languages' joins: "à partir du", "depuis" open their phrase.
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	for _, tc := range []struct {
		lang, text, phrase, timex string
	}{
		// Still to come: an event takes place, is held, opens or begins.
		{"fr", "Le festival a lieu en juin sur les bords du lac.", "en juin", "2024-06"},
		{"fr", "Les championnats d'Europe se tiennent en mai à Budapest.", "en mai", "2024-05"},
		{"fr", "La foire agricole se déroule en septembre, comme chaque année.", "en septembre", "2024-09"},
		{"fr", "Le nouveau musée ouvre en juillet dans l'ancienne caserne.", "en juillet", "2024-07"},
		{"fr", "Les travaux du tramway débutent en août.", "en août", "2024-08"},
		{"fr", "La saison des concerts commence le 15 septembre au théâtre.", "le 15 septembre", "2024-09-15"},
		{"fr", "Les soldes démarrent fin juin dans tout le pays.", "fin juin", "2024-06"},
		{"fr", "Le salon s'ouvre en octobre porte de Versailles.", "en octobre", "2024-10"},
		{"fr", "Les élections se déroulent au printemps.", "au printemps", "2024-SP"},
		{"fr", "Le festival a lieu du 3 au 12 juin dans le parc du château.", "du 3 au 12 juin", "2024-06-03/2024-06-12"},
		{"en", "The fair takes place from June to August at the old docks.", "from June to August", "2024-06/2024-08"},
		// Where something starts, after "à partir de", in the present.
		{"fr", "Les inscriptions sont ouvertes à partir du 15 mars.", "du 15 mars", "2024-03-15"},
		{"fr", "Le nouveau tarif s'applique à partir de février.", "février", "2024-02"},
		{"fr", "Le parking a été rendu payant à partir de mars.", "mars", "2023-03"},
		{"fr", "Le magasin est fermé depuis le 15 mars.", "le 15 mars", "2023-03-15"},
		{"fr", "L'entrée est gratuite depuis février.", "février", "2023-02"},
		{"en", "The festival takes place in June on the waterfront.", "in June", "2024-06"},
		{"en", "The summit is held in July in Vilnius.", "in July", "2024-07"},
		{"en", "The new terminal opens in August, the airport said.", "in August", "2024-08"},
		{"en", "The trial begins in September before a federal jury.", "in September", "2024-09"},
		{"en", "Construction starts in October on the northern section.", "in October", "2024-10"},
		{"en", "The tour kicks off in August in Dublin.", "in August", "2024-08"},
		// The past: a past verb, a figure told in the present, an
		// infinitive after the verb, a noun.
		{"fr", "Les ventes ont progressé en juin.", "en juin", "2023-06"},
		{"fr", "Le festival a eu lieu en juillet malgré la pluie.", "en juillet", "2023-07"},
		{"fr", "Le chômage commence à reculer en juin, selon l'Insee.", "en juin", "2023-06"},
		{"fr", "Les prix augmentent de 3 % en juin, selon l'Insee.", "en juin", "2023-06"},
		{"fr", "En juin, le chômage recule de 0,2 point.", "En juin", "2023-06"},
		{"en", "Sales rose in June.", "in June", "2023-06"},
		{"en", "The festival took place in July despite the heat.", "in July", "2023-07"},
		{"en", "Prices begin to ease in August, the survey shows.", "in August", "2023-08"},
		{"en", "Housing starts fall 3% in September.", "in September", "2023-09"},
		{"en", "The museum opened in June after a long renovation.", "in June", "2023-06"},
	} {
		for _, m := range phraseIn(t, taggers[tc.lang], tc.lang, "2023-11-10", tc.text, tc.phrase, languagesOf) {
			if m.Value.Timex != tc.timex {
				t.Errorf("%q in %q: %s, want %s", tc.phrase, tc.text, m.Value.Timex, tc.timex)
			}
		}
	}
}

// TestClockAndItsWeekdayAgree: an hour written before its weekday ("at 8
// p.m. on Sunday", "at 10 a.m. Tuesday") is two phrases, each read in the
// direction of the clause they share: the stop of "a.m."/"p.m." ends no
// sentence, so the weekday reads the verb before the hour as the hour
// does, and both fall on one day. Article dated Wednesday 12 January 2022.
func TestClockAndItsWeekdayAgree(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	for _, tc := range []struct {
		lang, text, clock, weekday, day string
	}{
		// A schedule in the present: ahead.
		{"en", "Voting ends at 8 p.m. local time on Sunday.", "8 p.m. local time", "Sunday", "2022-01-16"},
		{"en", "The hearing starts at 10 a.m. on Friday.", "10 a.m.", "Friday", "2022-01-14"},
		{"en", "Polls close at 8 p.m. on Sunday.", "8 p.m.", "Sunday", "2022-01-16"},
		{"en", "The meeting starts at 10 A.M. on Friday.", "10 A.M.", "Friday", "2022-01-14"},
		{"en", "Polls close at 8 p.m. ET Sunday.", "8 p.m. ET", "Sunday", "2022-01-16"},
		{"en", "The vote is set for 10 a.m. Tuesday.", "10 a.m.", "Tuesday", "2022-01-18"},
		{"en", "The talks resume at noon on Tuesday.", "noon", "Tuesday", "2022-01-18"},
		{"en", "The border post reopens at 6 a.m. on Friday.", "6 a.m.", "Friday", "2022-01-14"},
		// A future verb before the hour, a capital weekday after "p.m.".
		{"en", "Police will close the bridge at 9 p.m. Friday.", "9 p.m.", "Friday", "2022-01-14"},
		// A headline's present: ahead, as README says.
		{"en", "Troops kill two at 5 a.m. Monday", "5 a.m.", "Monday", "2022-01-17"},
		// The past: behind, both.
		{"en", "The blast happened at 3 a.m. on Monday, police said.", "3 a.m.", "Monday", "2022-01-10"},
		{"en", "He was arrested at 2 a.m. on Sunday.", "2 a.m.", "Sunday", "2022-01-09"},
		{"en", "Gunmen stormed the hotel at 11 p.m. Monday.", "11 p.m.", "Monday", "2022-01-10"},
		// French writes the day and the hour apart too.
		{"fr", "Le scrutin se termine à 20 h dimanche.", "20 h", "dimanche", "2022-01-16"},
		{"fr", "La réunion commence jeudi à 10 h.", "10 h", "jeudi", "2022-01-13"},
		{"fr", "Le suspect a été interpellé dimanche à 2 h.", "2 h", "dimanche", "2022-01-09"},
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
		// The tagger's phrases hold their signal ("at 8 p.m.", "on
		// Sunday"); the TIMEX3 is the phrase's end.
		var clock, weekday string
		for _, m := range ms {
			switch {
			case strings.HasSuffix(m.Text, tc.clock):
				clock = m.Value.Timex
			case strings.HasSuffix(m.Text, tc.weekday):
				weekday = m.Value.Timex
			}
		}
		if weekday != tc.day || !strings.HasPrefix(clock, tc.day+"T") {
			t.Errorf("%q: %q %s, %q %s; want both on %s", tc.text, tc.clock, clock, tc.weekday, weekday, tc.day)
		}
	}
}
