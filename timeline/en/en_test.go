package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestWeekday(t *testing.T) {
	run(t, Weekday(), []tcase{
		{text: "Protests broke out on Sunday.", phrase: "on Sunday", timex: "2022-01-02"},
		{text: "The council will meet Thursday.", phrase: "Thursday", timex: "2022-01-06"},
		{text: "He left last Monday.", phrase: "last Monday", timex: "2022-01-03"},
		{text: "He arrived Tuesday evening.", phrase: "Tuesday evening", timex: "2022-01-04TEV"},
		{text: "Shots were heard on Tuesday night.", phrase: "on Tuesday night", timex: "2022-01-04TNI"},
		{text: "The Sun reported it.", phrase: "Sun", timex: "-"},
	})
}

func TestOvernight(t *testing.T) {
	run(t, Overnight(), []tcase{
		{text: "Unrest spread overnight Tuesday into Wednesday.", phrase: "overnight Tuesday into Wednesday", timex: "2022-01-04TNI"},
		{text: "Shots were heard overnight Tuesday.", phrase: "overnight Tuesday", timex: "2022-01-04TNI"},
	})
}

func TestCasual(t *testing.T) {
	run(t, Casual(), []tcase{
		{text: "He left yesterday.", phrase: "yesterday", timex: "2022-01-04"},
		{text: "He left yesterday afternoon.", phrase: "yesterday afternoon", timex: "2022-01-04TAF"},
		{text: "Shots were fired last night.", phrase: "last night", timex: "2022-01-04TNI"},
		{text: "He leaves the day after tomorrow.", phrase: "the day after tomorrow", timex: "2022-01-07"},
	})
}

func TestAnchored(t *testing.T) {
	run(t, Anchored(), []tcase{
		{text: "He arrived on January 3 and left the next day.", phrase: "the next day", timex: "2022-01-04"},
		{text: "He spoke on January 3; the day before, he had met them.", phrase: "the day before", timex: "2022-01-02"},
	})
	run(t, Later(), []tcase{
		{text: "He arrived on January 3. Two days later he left.", phrase: "Two days later", timex: "2022-01-05"},
	})
}

func TestAgo(t *testing.T) {
	run(t, Ago(), []tcase{
		{text: "He left three days ago.", phrase: "three days ago", timex: "2022-01-02"},
		{text: "He will leave in two weeks.", phrase: "in two weeks", timex: "2022-01-19"},
	})
}

func TestPeriod(t *testing.T) {
	run(t, Period(), []tcase{
		{text: "He came last week.", phrase: "last week", timex: "2021-W52"},
		{text: "He came last month.", phrase: "last month", timex: "2021-12"},
		{text: "He will come next year.", phrase: "next year", timex: "2023"},
		{text: "It snowed last weekend.", phrase: "last weekend", timex: "2021-W52-WE"},
	})
}

func TestDate(t *testing.T) {
	run(t, Date(), []tcase{
		{text: "It happened on Jan. 5.", phrase: "Jan. 5", timex: "2022-01-05"},
		{text: "It happened on Wednesday, January 5, 2022.", phrase: "on Wednesday, January 5, 2022", timex: "2022-01-05"},
		{text: "It happened on 28 December.", phrase: "28 December", timex: "2021-12-28"},
		{text: "the 4th of July of 1995", phrase: "the 4th of July of 1995", timex: "1995-07-04"},
	})
	run(t, Numeric(), []tcase{
		{text: "Posted 1/5/2022.", phrase: "1/5/2022", timex: "2022-01-05"},
		{text: "Posted 2022-01-05.", phrase: "2022-01-05", timex: "2022-01-05"},
	})
}

func TestMonthYear(t *testing.T) {
	run(t, Month(), []tcase{
		{text: "It started in early January.", phrase: "in early January", timex: "2022-01"},
		{text: "It started in December.", phrase: "in December", timex: "2021-12"},
		{text: "You may go.", phrase: "may", timex: "-"},
	})
	run(t, Year(), []tcase{
		{text: "He was elected in 2021.", phrase: "in 2021", timex: "2021"},
	})
	run(t, Season(), []tcase{
		{text: "He came last summer.", phrase: "last summer", timex: "2021-SU"},
	})
}

func TestClock(t *testing.T) {
	run(t, Clock(), []tcase{
		{text: "He spoke at 3 pm.", phrase: "at 3 pm", timex: "2022-01-05T15:00"},
		{text: "He spoke at 10:30 a.m. local time.", phrase: "at 10:30 a.m. local time", timex: "2022-01-05T10:30"},
		{text: "He spoke at noon.", phrase: "at noon", timex: "2022-01-05T12:00"},
	})
	run(t, ClockRange(), []tcase{
		{text: "They met from 9am to 11am.", phrase: "from 9am to 11am", timex: "2022-01-05T09:00/2022-01-05T11:00"},
	})
}

func TestDurationSet(t *testing.T) {
	run(t, Duration(), []tcase{
		{text: "It lasted for three days.", phrase: "for three days", timex: "P3D"},
		{text: "A 38-year-old man was hurt.", phrase: "38-year", timex: "-"},
	})
	run(t, Set(), []tcase{
		{text: "They march every Monday.", phrase: "every Monday", timex: "XXXX-WXX-1"},
		{text: "A daily briefing.", phrase: "daily", timex: "P1D"},
	})
}

func TestDateRange(t *testing.T) {
	run(t, DateRange(), []tcase{
		{text: "The fair runs from January 2 to 5.", phrase: "from January 2 to 5", timex: "2022-01-02/2022-01-05"},
		{text: "The fair runs 2-5 January 2022.", phrase: "2-5 January 2022", timex: "2022-01-02/2022-01-05"},
	})
}
