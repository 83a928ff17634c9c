package fr

import (
	"frise/timeline/expr"
	"frise/timeline/lang"
)

// calendar is how French says a date: "mercredi 5 janvier 2022, soir".
var calendar = lang.Calendar{
	Days:       [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	Months:     [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	Parts:      map[expr.Part]string{expr.Morning: "matin", expr.Midday: "midi", expr.Afternoon: "après-midi", expr.Evening: "soir", expr.Night: "nuit"},
	UnknownDay: "jour exact inconnu", Between: "entre le %s et le %s", At: "%s à %s", Span: "de %s à %s", SpanDays: "du %s au %s",
	Since: "depuis %s (jusqu'au %s, date de l'article)", Until: "jusqu'au %s (depuis le %s, date de l'article)",
	From: "à partir de %s", To: "jusqu'à %s", After: "après %s", Before: "avant %s",
	Abbr: [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
}
