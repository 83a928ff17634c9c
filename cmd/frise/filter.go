package main

import (
	"regexp"
	"time"

	"frise/config"
	"frise/timeline"
)

// filterEvents keeps the events --from, --to and --grep ask for: those
// that reach the from day, start on the to day or before, and whose
// sentence (in any source) matches grep. The configuration was validated.
func filterEvents(evs []timeline.Event, c config.Config) []timeline.Event {
	if c.From == "" && c.To == "" && c.Grep == "" {
		return evs
	}
	var re *regexp.Regexp
	if c.Grep != "" {
		re = regexp.MustCompile("(?i)" + c.Grep)
	}
	var out []timeline.Event
	for _, e := range evs {
		v := e.Value
		if c.From != "" {
			from, _ := time.ParseInLocation("2006-01-02", c.From, v.From.Location())
			if !v.To.After(from) {
				continue
			}
		}
		if c.To != "" {
			to, _ := time.ParseInLocation("2006-01-02", c.To, v.From.Location())
			if !v.From.Before(to.AddDate(0, 0, 1)) {
				continue
			}
		}
		if re != nil && !matchesAny(re, e) {
			continue
		}
		out = append(out, e)
	}
	return out
}

func matchesAny(re *regexp.Regexp, e timeline.Event) bool {
	for _, p := range e.Sources {
		if re.MatchString(p.Sentence) {
			return true
		}
	}
	return false
}
