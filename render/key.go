package render

import "strings"

// key is the chart's key, under it: what the marker shapes and the band
// styles say. It is HTML text (and small inline drawings), so that it is
// read, printed and found like the list.
func key(lang string) string {
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
	marks := [8]string{dot, ring, small, big, solid, dash, band, arrow}
	pw := pageFor(lang)
	var b strings.Builder
	b.WriteString(`<p class="frise-key"><b>` + pw.KeyHead + `</b>`)
	for i, svg := range marks {
		b.WriteString(` <span><svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">` + svg + `</svg>` + pw.Key[i] + `</span>`)
	}
	b.WriteString(`</p>`)
	return b.String()
}
