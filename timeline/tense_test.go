package timeline_test

import (
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/expr"
	"frise/timeline/languages"
)

// tenses are the registered languages' tense cues, as frise reads them.
var tenses = languages.Tenses()

// TestTenseOf: the verb of the phrase's clause gives its direction; a
// phrase that opens its clause, alone or after small words, reads past a
// comma, one inside its clause does not.
func TestTenseOf(t *testing.T) {
	for _, tc := range []struct {
		text, phrase string
		want         expr.Direction
	}{
		{"Mardi, la police a chargé.", "Mardi", expr.DirPast},
		{"Au troisième trimestre, les ventes ont remonté.", "troisième trimestre", expr.DirPast},
		{"Dès le 5 janvier, il partira.", "5 janvier", expr.DirFuture},
		{"Il partira jeudi, a dit le ministre.", "jeudi", expr.DirFuture},
		{"Selon lui, jeudi, la police a chargé.", "jeudi", expr.DirAuto},
		{"On Tuesday, the police charged.", "Tuesday", expr.DirPast},
		{"Le festival a lieu jeudi.", "jeudi", expr.DirAuto},
		{"Jusqu'à jeudi, il pleuvra.", "jeudi", expr.DirFuture},
		{"Until Thursday, it will rain.", "Thursday", expr.DirFuture},
		{"L'exposition est visible jusqu'au 30 mai.", "30 mai", expr.DirAuto},
		{"Il est arrivé le 30 mai.", "30 mai", expr.DirPast},
		{"Il est déjà parti le 30 mai.", "30 mai", expr.DirPast},
		// A date moved or fixed: the verb's tense is the announcement's.
		{"La réunion a été reportée au 3 février.", "3 février", expr.DirNearest},
		{"Le couvre-feu avait été prolongé jusqu'au 15 décembre.", "15 décembre", expr.DirNearest},
		{"Le tribunal a renvoyé l'affaire au 22 mai.", "22 mai", expr.DirNearest},
		{"Le procès pourrait être renvoyé au 22 mai.", "22 mai", expr.DirFuture},
		{"The vote will be postponed to May 3.", "May 3", expr.DirFuture},
		{"Le match a été reporté au 3 février.", "3 février", expr.DirNearest},
		{"The vote was postponed to Feb. 3.", "Feb. 3", expr.DirNearest},
		{"La réunion, prévue le 5 janvier, a eu lieu.", "5 janvier", expr.DirNearest},
		{"The vote, scheduled for Jan. 5, was postponed.", "Jan. 5", expr.DirNearest},
		// The date a call or a plan was for: a verb in the past is the
		// call's; one that looks ahead still says the date's direction.
		{"Les syndicats avaient appelé à la grève pour le 20 janvier.", "le 20 janvier", expr.DirNearest},
		{"Ils se mobiliseront pour jeudi.", "jeudi", expr.DirFuture},
		{"Ils ont manifesté pour la paix dimanche.", "dimanche", expr.DirPast},
		// The same words saying when it happened are no move.
		{"The flight was delayed on Monday.", "Monday", expr.DirPast},
		{"Le match a été reporté dimanche.", "dimanche", expr.DirPast},
		// A decision's tense is its announcement's, not its measure's.
		{"Le gouvernement a annoncé un confinement à partir de samedi.", "samedi", expr.DirNearest},
		{"The government announced new curbs starting Saturday.", "Saturday", expr.DirNearest},
		{"Il a annoncé mardi sa démission.", "mardi", expr.DirPast},
		// A phrase that opens its clause after "earlier", "later": the verb past the comma is its.
		{"Earlier Tuesday, the minister resigned.", "Tuesday", expr.DirPast},
		{"Later Wednesday, the president will speak.", "Wednesday", expr.DirFuture},
		{"Tard lundi, la police a chargé.", "lundi", expr.DirPast},
		// "d'ici": by a time still to come, whatever the verb.
		{"D'ici à vendredi, la décision sera prise.", "vendredi", expr.DirFuture},
		{"D’ici vendredi, il a dit non.", "vendredi", expr.DirFuture},
		{"Il est venu ici lundi.", "lundi", expr.DirPast},
		// A quotation's verb, not the reporting verb after it.
		{"« Nous reprendrons les discussions lundi », a déclaré le porte-parole.", "lundi", expr.DirFuture},
		{"\"Nous reprendrons les discussions lundi\", a déclaré le porte-parole.", "lundi", expr.DirFuture},
		{"« Les discussions ont échoué lundi », a déclaré le porte-parole.", "lundi", expr.DirPast},
		{"\"We will resume talks Monday,\" the spokesman said.", "Monday", expr.DirFuture},
		// "été" after a determiner is the season, no verb ("a été").
		{"Les soldes d'été démarrent fin juin.", "fin juin", expr.DirAuto},
		{"Fin juillet, les festivals d'été battent leur plein.", "Fin juillet", expr.DirAuto},
		{"Le marché couvert, fermé tout l'été, rouvre le 2 septembre.", "2 septembre", expr.DirAuto},
		{"Il a été élu le 2 septembre.", "2 septembre", expr.DirPast},
		{"Le pont n'a été rouvert que le 2 septembre.", "2 septembre", expr.DirPast},
		// An appointment made is still to come.
		{"Rendez-vous est pris jeudi pour une nouvelle réunion.", "jeudi", expr.DirFuture},
		{"Rendez-vous est donné samedi devant la mairie.", "samedi", expr.DirFuture},
		{"Le rendez-vous était fixé samedi devant la mairie.", "samedi", expr.DirPast},
		// What is expected is still to come; what was, past.
		{"Le verdict est attendu vendredi.", "vendredi", expr.DirFuture},
		{"De fortes pluies sont attendues dans la nuit de jeudi à vendredi.", "dans la nuit de jeudi à vendredi", expr.DirFuture},
		{"Le verdict était attendu vendredi.", "vendredi", expr.DirPast},
		{"La décision, attendue le 5 janvier, a été reportée.", "5 janvier", expr.DirNearest},
		{"Il a dit «d’ici lundi».", "lundi", expr.DirFuture},
		{"Il est venu à Sainté d'ici lundi.", "lundi", expr.DirFuture},
		{"Il est venu à Saintéd'ici lundi.", "lundi", expr.DirPast},
	} {
		i := strings.Index(tc.text, tc.phrase)
		got := timeline.TenseOf(tenses, "", tc.text, timeline.Span{Start: i, End: i + len(tc.phrase)})
		if got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.phrase, tc.text, got, tc.want)
		}
	}
}

// TestTenseByLanguage: the cues of one language do not fire in the other:
// English "a" is no French auxiliary, French "-ra" no English word.
func TestTenseByLanguage(t *testing.T) {
	for _, tc := range []struct {
		lang, text, phrase string
		want               expr.Direction
	}{
		{"en", "The race heads to a runoff on Dec. 6.", "Dec. 6", expr.DirAuto},
		{"en-GB", "The race heads to a runoff on Dec. 6.", "Dec. 6", expr.DirAuto},
		{"", "The race heads to a runoff on Dec. 6.", "Dec. 6", expr.DirPast}, // language unknown: both
		{"fr", "Il a parlé le 6 décembre.", "6 décembre", expr.DirPast},
		{"en", "In the era of Dec. 6 things.", "Dec. 6", expr.DirAuto},
		{"en", "He resigned on Dec. 6.", "Dec. 6", expr.DirPast},
		{"en", "A jury on Tuesday found him liable.", "Tuesday", expr.DirPast},
		{"en", "Schools will remain closed until at least April 3.", "April 3", expr.DirFuture},
		{"en", "Schools were closed until April 3.", "April 3", expr.DirPast},
		// An irregular participle after a copula is the auxiliary's tense too.
		{"en", "The summit will be held on Feb. 12.", "Feb. 12", expr.DirFuture},
		{"en", "The talks are to be held on Feb. 12.", "Feb. 12", expr.DirAuto},
		{"en", "The summit was held on Feb. 12.", "Feb. 12", expr.DirPast},
		{"en", "The suspect has been held since Feb. 12.", "Feb. 12", expr.DirPast},
		{"en", "The Games opened on July 23 and close on Aug. 8.", "Aug. 8", expr.DirAuto},
		{"en", "He was arrested and charged on Monday.", "Monday", expr.DirPast},
		// The stop of an abbreviation ends no sentence: a lower-case word or
		// an aside in parentheses follows it; a capital, a new sentence.
		{"en", "The vote will start at 10 a.m. on Friday.", "Friday", expr.DirFuture},
		{"en", "The vote will start at 10 a.m. (0900 GMT) on Friday.", "Friday", expr.DirFuture},
		{"en", "The vote will start at 10 a.m. Voters queue on Friday.", "Friday", expr.DirAuto},
		// "a.m."/"p.m." then the hour's weekday or zone: one sentence.
		{"en", "The vote will start at 10 a.m. Friday.", "Friday", expr.DirFuture},
		{"en", "The polls will close at 8 p.m. EST Tuesday.", "Tuesday", expr.DirFuture},
		{"en", "The vote will start at 10 a.m. Officials queue on Friday.", "Friday", expr.DirAuto},
		// A decimal point ends no sentence.
		{"en", "The toolmaker lost $1.8 million in the third quarter.", "the third quarter", expr.DirPast},
		{"fr", "Il viendra le 6 décembre.", "6 décembre", expr.DirFuture},
	} {
		i := strings.Index(tc.text, tc.phrase)
		if got := timeline.TenseOf(tenses, tc.lang, tc.text, timeline.Span{Start: i, End: i + len(tc.phrase)}); got != tc.want {
			t.Errorf("%s %q in %q: %v, want %v", tc.lang, tc.phrase, tc.text, got, tc.want)
		}
	}
}
