package en

import "testing"

func TestHoliday(t *testing.T) {
	run(t, Holiday(), []tcase{
		// The long weekend a feast names: the Saturday and Sunday nearest
		// it, and the days from the feast to them.
		{text: "Traffic was heavy over Labor Day weekend 2021.", phrase: "Labor Day weekend 2021", timex: "2021-W35-WE", interval: "2021-09-04T00:00/2021-09-07T00:00"},
		{text: "Stores opened early on the weekend of Thanksgiving 2023.", phrase: "the weekend of Thanksgiving 2023", timex: "2023-W47-WE", interval: "2023-11-23T00:00/2023-11-27T00:00"},
		{text: "Stores opened on Black Friday 2010.", phrase: "Black Friday 2010", timex: "2010-11-26"},
		{text: "They met at Christmas.", phrase: "Christmas", timex: "2021-12-25"},
		{text: "They will meet on Easter Monday.", phrase: "Easter Monday", timex: "2022-04-18"},
		{text: "It happened on Thanksgiving 2020.", phrase: "Thanksgiving 2020", timex: "2020-11-26"},
		{text: "It happened on New Year's Eve.", phrase: "New Year's Eve", timex: "2021-12-31"},
	})
}
