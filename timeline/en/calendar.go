package en

import (
	"frise/timeline/expr"
	"frise/timeline/lang"
)

// calendar is how English says a date: "Wednesday 5 January 2022,
// evening".
var calendar = lang.Calendar{
	Days:       [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	Months:     [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	Parts:      map[expr.Part]string{expr.Morning: "morning", expr.Midday: "midday", expr.Afternoon: "afternoon", expr.Evening: "evening", expr.Night: "night"},
	UnknownDay: "exact day unknown", Between: "between %s and %s", At: "%s at %s", Span: "from %s to %s", SpanDays: "from %s to %s",
	Since: "since %s (to %s, the article's date)", Until: "until %s (from %s, the article's date)",
	From: "from %s on", To: "until %s", After: "after %s", Before: "before %s",
	Abbr: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
}
