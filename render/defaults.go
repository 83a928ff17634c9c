package render

// The chart's defaults, in one place: an Options field left empty means
// them, and frise's configuration starts from them.
const (
	DefaultWidth  = "100%"  // CSS
	DefaultHeight = "640px" // CSS
	DefaultTheme  = "white" // print-friendly; or "dark"
)
