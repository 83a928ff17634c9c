package tag

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/expr"
	"frise/timeline/fr"
	"frise/timeline/lang"
)

func TestOpenOf(t *testing.T) {
	day := expr.Expr{Type: expr.Date}
	for _, tc := range []struct {
		lang, text, phrase string
		want               int
	}{
		{"fr", "Les écoles sont fermées depuis vendredi.", "vendredi", 1},
		{"fr", "Il règne depuis 1995.", "depuis 1995", 1},
		{"en", "Closed since Friday.", "Friday", 1},
		{"fr", "La grève durera jusqu'au 20 janvier.", "au 20 janvier", -1},
		{"fr", "La grève durera jusqu’au 20 janvier.", "au 20 janvier", -1},
		{"fr", "Il restera jusqu'à jeudi.", "jeudi", -1},
		{"fr", "Il restera jusqu'en mars.", "en mars", -1},
		{"en", "He stays until Thursday.", "Thursday", -1},
		{"fr", "À partir de lundi, les bars fermeront.", "lundi", 2},
		{"fr", "À partir du 18 janvier, les bars fermeront.", "du 18 janvier", 2},
		{"fr", "Le président a nommé dès hier un Premier ministre.", "hier", 0},
		{"en", "Starting Monday, bars will close.", "Monday", 2},
		{"fr", "Il a décidé de partir lundi.", "lundi", 0},
		{"fr", "Les écoles rouvriront après le 20 janvier.", "le 20 janvier", 3},
		{"fr", "La loi avait été votée avant 2018.", "avant 2018", -3},
		{"en", "Schools reopen after Jan. 20.", "Jan. 20", 3},
		{"fr", "Il est venu avant-hier.", "avant-hier", 0},
		{"fr", "Il est venu jeudi.", "jeudi", 0},
		{"fr", "Depuis, jeudi, rien.", "jeudi", 0},
		{"fr", "à jeudi", "jeudi", 0},
		{"fr", "jeudi", "jeudi", 0},
		// Capitals before the phrase: the cue is read lower case.
		{"fr", "Fermé DEPUIS vendredi.", "vendredi", 1},
		{"fr", "Il restera JUSQU'À jeudi.", "jeudi", -1},
		{"fr", "Ouvert Après le 20 janvier.", "le 20 janvier", 3},
		{"fr", "A Partir De lundi, les bars fermeront.", "lundi", 2},
		{"en", "Closed SINCE Friday.", "Friday", 1},
	} {
		i := strings.Index(tc.text, tc.phrase)
		m := timeline.Mention{Span: timeline.Span{Start: i, End: i + len(tc.phrase)}, Text: tc.phrase, Expr: day}
		if got := joinsOf(map[string]lang.Joins{"fr": fr.Joins(), "en": en.Joins()}[tc.lang]).openOf(tc.text, &m); got != tc.want {
			t.Errorf("%q in %q: %d, want %d", tc.phrase, tc.text, got, tc.want)
		}
	}
	// A duration is no end of a range: "depuis trois jours" says how long.
	d := expr.Expr{Type: expr.Duration}
	if got := joinsOf(fr.Joins()).openOf("depuis trois jours", &timeline.Mention{Span: timeline.Span{Start: 7, End: 18}, Text: "trois jours", Expr: d}); got != 0 {
		t.Errorf("a duration is open %d", got)
	}
}

// TestWordsReadInPlace: the helpers that read words without a copy answer
// as the copies they replace did (timeline.Lower, strings.Fields and
// FieldsFunc, a trimmed gap), on words built to tell them apart: capitals
// beyond ASCII that lower to ASCII (İ, the Kelvin sign), broken bytes,
// no-break and other Unicode spaces.
func TestWordsReadInPlace(t *testing.T) {
	words := []string{"", "de", "De", "DE", "d'", "D’", "of", "Of ", "après", "APRÈS", "Apres", "AVANT", "Before", "depuis",
		"Depuis", "SİNCE", "since", "ſince", "\u212Aelvin", "Jusqu'", "JUSQU’", "jusque", "Until", "TILL", "From", "frôm",
		"d\xff", "\xffde", "été", "Été", "da", "dé"}
	targets := []string{"de", "du", "d'", "d’", "of", "après", "apres", "after", "avant", "before", "depuis", "since",
		"until", "till", "from", "jusqu'", "jusqu’", "jusque", "kelvin"}
	j := joinsOf(lang.Joins{Opens: append(fr.Joins().Opens, en.Joins().Opens...)})
	for _, w := range words {
		for _, lw := range targets {
			if got, want := lowerIs(w, lw), timeline.Lower(w) == lw; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, Lower gives %q", w, lw, got, timeline.Lower(w))
			}
		}
		want := ""
		if l := timeline.Lower(w); slices.Contains(j.openWords, l) {
			want = l
		}
		if got := j.openWord(w); got != want {
			t.Errorf("openWord(%q) = %q, want %q", w, got, want)
		}
	}
	for _, s := range []string{"", " ", "a", "trois jours après", "trois jours après ", "deux\u00a0jours\u2009avant", "x\xff y\xfe", "\t\n", "a b\n",
		"qu'il reviendrait", "l’an 2022, et", "3 fois", "éTé\xffÉté", ",;", "a,b,c"} {
		fields := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		fields = append(fields, "", "")
		if w0, w1 := letterWords(s); w0 != fields[0] || w1 != fields[1] {
			t.Errorf("letterWords(%q) = %q, %q, want %q, %q", s, w0, w1, fields[0], fields[1])
		}
	}
	for _, s := range []string{"", " ", "a", "trois jours après", "trois jours après ", "deux\u00a0jours\u2009avant", "x\xff y\xfe", "\t\n", "a b\n"} {
		fields := strings.Fields(s)
		want := ""
		if len(fields) > 0 {
			want = fields[len(fields)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
		if got, want := blankLine(s), strings.TrimSpace(s) == "" && !strings.Contains(s, "\n"); got != want {
			t.Errorf("blankLine(%q) = %v, want %v", s, got, want)
		}
	}
}
