package en

import "testing"

func TestTimestamp(t *testing.T) {
	run(t, Timestamp(), []tcase{
		{text: "Updated 1994-11-05T13:15:30Z.", phrase: "1994-11-05T13:15:30Z", timex: "1994-11-05T13:15:30+0"},
		{text: "Posted 2015-07-31T12:00:00 by staff.", phrase: "2015-07-31T12:00:00", timex: "2015-07-31T12:00:00"},
	})
}
