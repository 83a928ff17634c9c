package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestDuration(t *testing.T) {
	run(t, Duration(), []tcase{
		{text: "The war lasted a hundred years.", phrase: "a hundred years", timex: "P100Y"},
		// Decades and centuries are TimeML's units, not years.
		{text: "The drought has lasted nearly a decade.", phrase: "nearly a decade", timex: "P1DE"},
		{text: "The two countries fought a two-decade war.", phrase: "two-decade", timex: "P2DE"},
		{text: "The family ran the mill for three centuries.", phrase: "for three centuries", timex: "P3CE"},
		{text: "The feud lasted a decade and a half.", phrase: "a decade and a half", timex: "P15Y"},
		{text: "The talks went on for forty-two days.", phrase: "for forty-two days", timex: "P42D"},
		{text: "He spent a year and a half in jail.", phrase: "a year and a half", timex: "P1.5Y"},
		{text: "The hearing lasted two and a half hours.", phrase: "two and a half hours", timex: "PT2.5H"},
		{text: "A second round is expected later this week.", phrase: "A second", timex: "-"},
		{text: "He paused for a second.", phrase: "for a second", timex: "PT1S"},
		{text: "The flight takes 1.5 hours.", phrase: "1.5 hours", timex: "PT1.5H"},
		{text: "It lasted half an hour.", phrase: "half an hour", timex: "PT30M"},
		{text: "It lasted half a year.", phrase: "half a year", timex: "P6M"},
		{text: "It lasted for three days.", phrase: "for three days", timex: "P3D"},
		{text: "A 38-year-old man was hurt.", phrase: "38-year", timex: "-"},
	})
}
