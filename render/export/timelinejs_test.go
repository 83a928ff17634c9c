package export

import "testing"

func TestTimelineJSGolden(t *testing.T) { checkGolden(t, "timelinejs") }
