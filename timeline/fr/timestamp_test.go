package fr

import "testing"

func TestTimestamp(t *testing.T) {
	run(t, Timestamp(), []tcase{
		{text: "Publié le 2022-01-05T14:30:00+01:00 sur le site.", phrase: "2022-01-05T14:30:00+01:00", timex: "2022-01-05T14:30:00+1",
			interval: "2022-01-05T13:30/2022-01-05T13:30"},
		{text: "Mis à jour 1994-11-05T13:15:30Z.", phrase: "1994-11-05T13:15:30Z", timex: "1994-11-05T13:15:30+0"},
		{text: "Horodatage 2016-05-07T23:45:00.487+05:30, fin.", phrase: "2016-05-07T23:45:00.487+05:30", timex: "2016-05-07T23:45:00+05:30"},
		{text: "Le 2022-01-05T14:30, rien.", phrase: "2022-01-05T14:30", timex: "2022-01-05T14:30"},
		{text: "Code 2022-13-05T14:30 faux.", phrase: "2022-13-05T14:30", timex: "-"},
	})
}
