package timeline

import (
	"testing"
	"time"
)

func TestHolidayDate(t *testing.T) {
	tests := []struct {
		name string
		year int
		want string
	}{
		{"easter", 2022, "2022-04-17"}, {"easter", 2024, "2024-03-31"}, {"easter", 2019, "2019-04-21"},
		{"ascension", 2022, "2022-05-26"}, {"pentecost", 2022, "2022-06-05"}, {"mardi-gras", 2022, "2022-03-01"},
		{"thanksgiving", 2022, "2022-11-24"}, {"memorial-day", 2022, "2022-05-30"}, {"labor-day", 2022, "2022-09-05"},
		{"mothers-day-us", 2022, "2022-05-08"}, {"mlk-day", 2022, "2022-01-17"},
		// French Mothers' Day: the last Sunday of May, the first of June when Pentecost takes it.
		{"mothers-day-fr", 2024, "2024-05-26"}, {"mothers-day-fr", 2023, "2023-06-04"}, {"mothers-day-fr", 2021, "2021-05-30"},
		{"fathers-day", 2024, "2024-06-16"},
	}
	for _, tt := range tests {
		d, ok := HolidayDate(tt.name, tt.year, time.UTC)
		if !ok || d.Format("2006-01-02") != tt.want {
			t.Errorf("%s %d = %s, want %s", tt.name, tt.year, d.Format("2006-01-02"), tt.want)
		}
	}
}
