package timeline_test

import (
	"strings"
	"testing"

	"frise/timeline"
)

// TestTenseOf: the verb of the phrase's clause gives its direction; a
// phrase that opens its clause, alone or after small words, reads past a
// comma, one inside its clause does not.
func TestTenseOf(t *testing.T) {
	for _, tc := range []struct {
		text, phrase string
		want         timeline.Direction
	}{
		{"Mardi, la police a chargé.", "Mardi", timeline.DirPast},
		{"Au troisième trimestre, les ventes ont remonté.", "troisième trimestre", timeline.DirPast},
		{"Dès le 5 janvier, il partira.", "5 janvier", timeline.DirFuture},
		{"Il partira jeudi, a dit le ministre.", "jeudi", timeline.DirFuture},
		{"Selon lui, jeudi, la police a chargé.", "jeudi", timeline.DirAuto},
		{"On Tuesday, the police charged.", "Tuesday", timeline.DirPast},
		{"Le festival a lieu jeudi.", "jeudi", timeline.DirAuto},
		{"Jusqu'à jeudi, il pleuvra.", "jeudi", timeline.DirFuture},
		{"Until Thursday, it will rain.", "Thursday", timeline.DirFuture},
		{"L'exposition est visible jusqu'au 30 mai.", "30 mai", timeline.DirAuto},
		{"Il est arrivé le 30 mai.", "30 mai", timeline.DirPast},
		{"Il est déjà parti le 30 mai.", "30 mai", timeline.DirPast},
		// A date moved or fixed: the verb's tense is the announcement's.
		{"La réunion a été reportée au 3 février.", "3 février", timeline.DirNearest},
		{"Le couvre-feu avait été prolongé jusqu'au 15 décembre.", "15 décembre", timeline.DirNearest},
		{"The vote was postponed to Feb. 3.", "Feb. 3", timeline.DirNearest},
		{"La réunion, prévue le 5 janvier, a eu lieu.", "5 janvier", timeline.DirNearest},
		{"The vote, scheduled for Jan. 5, was postponed.", "Jan. 5", timeline.DirNearest},
		// The date a call or a plan was for: a verb in the past is the
		// call's; one that looks ahead still says the date's direction.
		{"Les syndicats avaient appelé à la grève pour le 20 janvier.", "le 20 janvier", timeline.DirNearest},
		{"Ils se mobiliseront pour jeudi.", "jeudi", timeline.DirFuture},
		{"Ils ont manifesté pour la paix dimanche.", "dimanche", timeline.DirPast},
		// The same words saying when it happened are no move.
		{"The flight was delayed on Monday.", "Monday", timeline.DirPast},
		{"Le match a été reporté dimanche.", "dimanche", timeline.DirPast},
		// A decision's tense is its announcement's, not its measure's.
		{"Le gouvernement a annoncé un confinement à partir de samedi.", "samedi", timeline.DirNearest},
		{"The government announced new curbs starting Saturday.", "Saturday", timeline.DirNearest},
		{"Il a annoncé mardi sa démission.", "mardi", timeline.DirPast},
		// A phrase that opens its clause after "earlier", "later": the verb past the comma is its.
		{"Earlier Tuesday, the minister resigned.", "Tuesday", timeline.DirPast},
		{"Later Wednesday, the president will speak.", "Wednesday", timeline.DirFuture},
		{"Tard lundi, la police a chargé.", "lundi", timeline.DirPast},
		// "d'ici": by a time still to come, whatever the verb.
		{"D'ici à vendredi, la décision sera prise.", "vendredi", timeline.DirFuture},
		{"D’ici vendredi, il a dit non.", "vendredi", timeline.DirFuture},
		{"Il est venu ici lundi.", "lundi", timeline.DirPast},
		{"Il a dit «d’ici lundi».", "lundi", timeline.DirFuture},
		{"Il est venu à Sainté d'ici lundi.", "lundi", timeline.DirFuture},
		{"Il est venu à Saintéd'ici lundi.", "lundi", timeline.DirPast},
	} {
		i := strings.Index(tc.text, tc.phrase)
		got := timeline.TenseOf("", tc.text, timeline.Span{Start: i, End: i + len(tc.phrase)})
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
		want               timeline.Direction
	}{
		{"en", "The race heads to a runoff on Dec. 6.", "Dec. 6", timeline.DirAuto},
		{"en-GB", "The race heads to a runoff on Dec. 6.", "Dec. 6", timeline.DirAuto},
		{"", "The race heads to a runoff on Dec. 6.", "Dec. 6", timeline.DirPast}, // language unknown: both
		{"fr", "Il a parlé le 6 décembre.", "6 décembre", timeline.DirPast},
		{"en", "In the era of Dec. 6 things.", "Dec. 6", timeline.DirAuto},
		{"en", "He resigned on Dec. 6.", "Dec. 6", timeline.DirPast},
		{"en", "A jury on Tuesday found him liable.", "Tuesday", timeline.DirPast},
		{"en", "Schools will remain closed until at least April 3.", "April 3", timeline.DirFuture},
		{"en", "Schools were closed until April 3.", "April 3", timeline.DirPast},
		// An irregular participle after a copula is the auxiliary's tense too.
		{"en", "The summit will be held on Feb. 12.", "Feb. 12", timeline.DirFuture},
		{"en", "The talks are to be held on Feb. 12.", "Feb. 12", timeline.DirAuto},
		{"en", "The summit was held on Feb. 12.", "Feb. 12", timeline.DirPast},
		{"en", "The suspect has been held since Feb. 12.", "Feb. 12", timeline.DirPast},
		{"en", "The Games opened on July 23 and close on Aug. 8.", "Aug. 8", timeline.DirAuto},
		{"en", "He was arrested and charged on Monday.", "Monday", timeline.DirPast},
		// The stop of an abbreviation ends no sentence: a lower-case word or
		// an aside in parentheses follows it; a capital, a new sentence.
		{"en", "The vote will start at 10 a.m. on Friday.", "Friday", timeline.DirFuture},
		{"en", "The vote will start at 10 a.m. (0900 GMT) on Friday.", "Friday", timeline.DirFuture},
		{"en", "The vote will start at 10 a.m. Voters queue on Friday.", "Friday", timeline.DirAuto},
		{"fr", "Il viendra le 6 décembre.", "6 décembre", timeline.DirFuture},
	} {
		i := strings.Index(tc.text, tc.phrase)
		if got := timeline.TenseOf(tc.lang, tc.text, timeline.Span{Start: i, End: i + len(tc.phrase)}); got != tc.want {
			t.Errorf("%s %q in %q: %v, want %v", tc.lang, tc.phrase, tc.text, got, tc.want)
		}
	}
}
