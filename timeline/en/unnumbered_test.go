package en

import "testing"

func TestUnnumbered(t *testing.T) {
	run(t, Unnumbered(), []tcase{
		{text: "The two clans have feuded for years.", phrase: "for years", timex: "PXY"},
		{text: "Talks dragged on for hours.", phrase: "for hours", timex: "PTXH"},
		{text: "The lake has been polluted for decades.", phrase: "for decades", timex: "PXDE"},
		{text: "Prices fell to their lowest level in months.", phrase: "in months", timex: "PXM"},
		{text: "The repairs could take weeks.", phrase: "take weeks", timex: "PXW"},
		{text: "A ruling is expected within days.", phrase: "within days", timex: "PXD"},
		{text: "Hours later, the ferry sank.", phrase: "Hours later", timex: "PTXH"},
		{text: "The plant had closed years earlier.", phrase: "years earlier", timex: "PXY"},
		{text: "Years of war have ruined the port.", phrase: "Years", timex: "-"},
		{text: "He kept the minutes of the meeting.", phrase: "minutes", timex: "-"},
	})
}
