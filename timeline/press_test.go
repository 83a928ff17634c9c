package timeline_test

import (
	"testing"

	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// TestPressSentences reads sentences written the way wire copy is, outside
// the rules' own tests, with the whole grammar, the tense cues and the
// anchors at work together: each phrase's TIMEX3 value, as a careful reader
// of an article dated Wednesday 12 January 2022 would give it.
func TestPressSentences(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	for _, tc := range []struct {
		lang, text, phrase, timex string
	}{
		{"fr", "La réunion prévue jeudi prochain a été reportée au 3 février.", "au 3 février", "2022-02-03"},
		{"fr", "Il avait été condamné en première instance en 2019, puis relaxé en appel deux ans plus tard.", "deux ans plus tard", "2021"},
		{"fr", "Au cours de la semaine écoulée, les prix ont flambé.", "la semaine écoulée", "2022-W01"},
		{"fr", "Le 3 janvier, il a parlé. Plus tard dans la journée, il a démissionné.", "Plus tard dans la journée", "2022-01-03"},
		{"fr", "Les manifestants sont rassemblés depuis 8 heures ce matin.", "depuis 8 heures ce matin", "2022-01-12T08:00"},
		{"fr", "Le PIB a progressé au troisième trimestre par rapport au trimestre précédent.", "au trimestre précédent", "2021-Q2"},
		{"fr", "Tôt dimanche matin, un incendie s'est déclaré.", "Tôt dimanche matin", "2022-01-09TMO"},
		{"fr", "Dans la nuit de lundi à mardi, des inconnus ont incendié trois voitures.", "Dans la nuit de lundi à mardi", "2022-01-10TNI"},
		{"fr", "Mercredi dernier, vers 18 h 30, la police est intervenue.", "vers 18 h 30", "2022-01-05T18:30"},
		{"fr", "Le couvre-feu avait été prolongé jusqu'au 15 décembre.", "au 15 décembre", "2021-12-15"},
		{"en", "Last Thursday's storm left 20,000 homes without power.", "Last Thursday's", "2022-01-06"},
		// What happens after midnight on a day is early that day, not at its end.
		{"en", "Police were called shortly after midnight on Sunday.", "shortly after midnight", "2022-01-09T00:00"},
		{"fr", "Les pompiers ont été appelés peu après minuit dimanche.", "peu après minuit", "2022-01-09T00:00"},
		{"en", "The summit will be held Feb. 12-13.", "Feb. 12-13", "2022-02-12/2022-02-13"},
		{"en", "He was convicted in 2019 and acquitted on appeal two years later.", "two years later", "2021"},
		{"en", "The vote was postponed to Feb. 3.", "Feb. 3", "2022-02-03"},
		{"en", "The flight was delayed on Monday.", "on Monday", "2022-01-10"},
		{"fr", "La réunion a été reportée à mardi.", "mardi", "2022-01-18"},
		{"fr", "Le match a été reporté dimanche.", "dimanche", "2022-01-09"},
		{"fr", "Le gouvernement a annoncé mercredi soir un reconfinement partiel à partir de samedi.", "samedi", "2022-01-15"},
		{"en", "The government announced a lockdown starting Saturday.", "Saturday", "2022-01-15"},
		{"en", "Protesters have been there since midnight.", "since midnight", "2022-01-12T00:00"},
		// A time, the same in GMT in parentheses, then the day, as wire copy
		// writes them: both times are that day's, the one in GMT the day
		// before when it is past midnight there.
		{"en", "The quake struck at 3:15 a.m. (0815 GMT) on Monday.", "at 3:15 a.m.", "2022-01-10T03:15"},
		{"en", "The quake struck at 3:15 a.m. (0815 GMT) on Monday.", "0815 GMT", "2022-01-10T08:15+0"},
		{"en", "The attack began at 1 a.m. (2300 GMT) on Monday.", "2300 GMT", "2022-01-09T23:00+0"},
		{"en", "The vote will start at 10 a.m. (0900 GMT) on Friday.", "on Friday", "2022-01-14"},
		{"fr", "Le scrutin ouvrira à 8h00 (07h00 GMT) dimanche.", "à 8h00", "2022-01-16T08:00"},
		{"fr", "Le scrutin ouvrira à 8h00 (07h00 GMT) dimanche.", "07h00 GMT", "2022-01-16T07:00+0"},
		// A time told before the day it is on, "on" between them, is that day's.
		{"en", "The curfew begins at 10 p.m. on Jan. 9.", "at 10 p.m.", "2022-01-09T22:00"},
		{"en", "The ceasefire took effect at midnight local time on Jan. 9.", "at midnight local time", "2022-01-09T24:00"},
		// A time told before the part of a day it is in: on that day, after
		// noon in the afternoon and the evening.
		{"fr", "Le couvre-feu sera levé à 6 heures demain matin.", "à 6 heures", "2022-01-13T06:00"},
		{"fr", "Il arrivera à 8 heures demain soir.", "à 8 heures", "2022-01-13T20:00"},
		{"fr", "Le match a commencé à 9 heures ce soir.", "à 9 heures", "2022-01-12T21:00"},
		{"fr", "Mardi, la police a chargé à 9 heures ce soir-là.", "à 9 heures", "2022-01-11T21:00"},
		{"fr", "Le vote aura lieu à 10 heures ce matin.", "à 10 heures", "2022-01-12T10:00"},
		{"en", "The match starts at 8 this evening.", "at 8 this evening", "2022-01-12T20:00"},
		{"en", "Schools are closed until Monday.", "Monday", "2022-01-17"},
		{"fr", "Les syndicats avaient appelé à la grève pour le 20 janvier.", "le 20 janvier", "2022-01-20"},
		{"fr", "L'incendie s'est déclaré peu avant minuit et a été maîtrisé en début de matinée.", "en début de matinée", "2022-01-12TMO"},
		{"en", "The attack came hours after the ceasefire took effect at midnight.", "at midnight", "2022-01-11T24:00"},
		{"fr", "Ils avaient appelé à manifester pour le 31 décembre.", "le 31 décembre", "2021-12-31"},
		{"en", "The president declared a state of emergency until Jan. 19.", "Jan. 19", "2022-01-19"},
		{"fr", "Il est resté au pouvoir jusqu'au 3 août.", "au 3 août", "2021-08-03"},
		{"fr", "Les écoles resteront fermées jusqu'au 31 décembre.", "au 31 décembre", "2022-12-31"},
		{"fr", "L'état d'urgence a été prolongé jusqu'au 31 décembre.", "au 31 décembre", "2021-12-31"},
		{"en", "Earlier in the day, police fired tear gas.", "Earlier in the day", "2022-01-12"},
		{"en", "In the early hours of Sunday, a fire broke out.", "In the early hours of Sunday", "2022-01-09"},
		{"en", "Sales went up during 2021 Q3.", "during 2021 Q3", "2021-Q3"},
		{"en", "The building collapsed two hours after the explosion.", "two hours after", "PT2H"},
		{"en", "The trial opens a week from Tuesday.", "a week from Tuesday", "2022-01-25"},
		{"fr", "Le toit s'est effondré une heure après l'explosion.", "une heure après", "PT1H"},
		{"fr", "Le chômage a baissé de 2015 à aujourd'hui.", "de 2015 à aujourd'hui", "2015/2022-01-12"},
		{"fr", "Le festival s'est tenu du 28/12 au 3/01/2022.", "du 28/12 au 3/01/2022", "2021-12-28/2022-01-03"},
		{"fr", "Le festival s'est tenu du 28/12 au 3/01/2022.", "du 28/12", "2021-12-28"},
		{"en", "The fair ran from Feb. 28 to March 1, 2019.", "from Feb. 28 to March 1, 2019", "2019-02-28/2019-03-01"},
		{"en", "Between January and now, 40 people left.", "Between January and now", "2022-01/2022-01-12"},
		// A count of first or last units narrows the period written after it.
		{"fr", "Les exportations ont bondi au cours des six premiers mois de 2021.", "des six premiers mois de 2021", "2021-01/2021-06"},
		{"fr", "Les deux dernières semaines de décembre, les stations étaient pleines.", "Les deux dernières semaines de décembre", "2021-12-18/2021-12-31"},
		{"en", "Exports jumped in the first six months of 2021.", "the first six months of 2021", "2021-01/2021-06"},
		{"en", "Over the last two weeks of December, resorts were full.", "Over the last two weeks of December", "2021-12-18/2021-12-31"},
		// The ends of a range read alone are those of the range.
		{"en", "Offices were closed Monday through Friday.", "Friday", "2022-01-14"},
		// Hours written before their day are that day's.
		{"fr", "Les bureaux de vote étaient ouverts de 8 heures à 18 heures dimanche.", "de 8 heures à 18 heures", "2022-01-09T08:00/2022-01-09T18:00"},
		{"fr", "Une réunion aura lieu entre 9 et 11 heures le 17 janvier.", "entre 9 et 11 heures", "2022-01-17T09:00/2022-01-17T11:00"},
		{"en", "Polling stations were open from 7 a.m. to 10 p.m. Sunday.", "from 7 a.m. to 10 p.m.", "2022-01-09T07:00/2022-01-09T22:00"},
		{"en", "Protesters gathered from 3-8pm yesterday afternoon.", "from 3-8pm", "2022-01-11T15:00/2022-01-11T20:00"},
		{"en", "Voting ran from 3:30 to 5:55 on Jan. 4.", "from 3:30 to 5:55", "2022-01-04T03:30/2022-01-04T05:55"},
	} {
		for _, m := range phraseIn(t, taggers[tc.lang], tc.lang, "2022-01-12", tc.text, tc.phrase, tensesOnly) {
			if m.Value.Timex != tc.timex {
				t.Errorf("%q in %q: %s, want %s", tc.phrase, tc.text, m.Value.Timex, tc.timex)
			}
		}
	}
}
