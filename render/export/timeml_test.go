package export

import "testing"

func TestTimeMLGolden(t *testing.T) { checkGolden(t, "timeml") }
