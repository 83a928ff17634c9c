package fr

import "testing"

func TestCentury(t *testing.T) {
	run(t, Century(), []tcase{
		{text: "Au XIXe siècle, la ville a grandi.", phrase: "XIXe siècle", timex: "18",
			interval: "1800-01-01T00:00/1900-01-01T00:00"},
		{text: "Un château du 16e siècle.", phrase: "16e siècle", timex: "15"},
		{text: "Au XXIème siècle, tout change.", phrase: "XXIème siècle", timex: "20"},
		{text: "Le IVe siècle de notre ère.", phrase: "IVe siècle", timex: "03"},
		{text: "Au IVe siècle av. J.-C., Athènes.", phrase: "IVe siècle", timex: "-"},
	})
}
