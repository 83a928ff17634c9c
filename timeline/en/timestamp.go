package en

import "frise/timeline/rule"

// Timestamp reads an ISO 8601 date and time ("2022-01-05T14:30:00+01:00"),
// the same in every language.
func Timestamp() *rule.Rule { return rule.Timestamp("en.timestamp") }
