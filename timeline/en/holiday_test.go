package en

import "testing"

func TestHoliday(t *testing.T) {
	run(t, Holiday(), []tcase{
		{text: "Stores opened on Black Friday 2010.", phrase: "Black Friday 2010", timex: "2010-11-26"},
		{text: "They met at Christmas.", phrase: "Christmas", timex: "2021-12-25"},
		{text: "They will meet on Easter Monday.", phrase: "Easter Monday", timex: "2022-04-18"},
		{text: "It happened on Thanksgiving 2020.", phrase: "Thanksgiving 2020", timex: "2020-11-26"},
		{text: "It happened on New Year's Eve.", phrase: "New Year's Eve", timex: "2021-12-31"},
	})
}
