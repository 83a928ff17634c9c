package render

import "strings"

// key is the chart's key, under it: what the marker shapes and the band
// styles say. It is HTML text (and small inline drawings), so that it is
// read, printed and found like the list.
func key(lang string) string {
	type entry struct{ svg, fr, en string }
	const (
		dot   = `<circle cx="14" cy="7" r="5" fill="currentColor"/>`
		ring  = `<circle cx="14" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5"/>`
		small = `<circle cx="14" cy="7" r="2.5" fill="none" stroke="currentColor" stroke-width="1.2"/>`
		big   = `<circle cx="14" cy="7" r="6.5" fill="currentColor"/>`
		solid = `<rect x="1" y="3" width="26" height="8" rx="2" fill="currentColor" fill-opacity=".55" stroke="currentColor"/>`
		dash  = `<rect x="1" y="3" width="26" height="8" rx="2" fill="currentColor" fill-opacity=".3" stroke="currentColor" stroke-dasharray="4 3"/>`
		band  = `<rect x="1" y="1" width="26" height="12" rx="2" fill="currentColor" fill-opacity=".12" stroke="currentColor" stroke-opacity=".7" stroke-dasharray="1 3"/>`
		arrow = `<polygon points="8,2 20,7 8,12" fill="currentColor"/>`
	)
	entries := []entry{
		{dot, "date exacte", "exact date"},
		{ring, "date déduite ou ambiguë", "inferred or ambiguous date"},
		{small, "sans date propre (datée par la phrase d'avant)", "no date of its own (dated by the sentence before)"},
		{big, "plus grand : racontée par plusieurs sources", "larger: told by several sources"},
		{solid, "durée, exacte", "extent, exact"},
		{dash, "durée, déduite", "extent, inferred"},
		{band, "bande pâle : tous les jours possibles (ambiguë)", "faded band: every possible day (ambiguous)"},
		{arrow, "continue après, ou a commencé avant", "goes on after, or began before"},
	}
	var b strings.Builder
	head := "Légende"
	if strings.HasPrefix(lang, "en") {
		head = "Key"
	}
	b.WriteString(`<p class="frise-key"><b>` + head + ` :</b>`)
	if strings.HasPrefix(lang, "en") {
		b.Reset()
		b.WriteString(`<p class="frise-key"><b>` + head + `:</b>`)
	}
	for _, e := range entries {
		text := e.fr
		if strings.HasPrefix(lang, "en") {
			text = e.en
		}
		b.WriteString(` <span><svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">` + e.svg + `</svg>` + text + `</span>`)
	}
	b.WriteString(`</p>`)
	return b.String()
}
