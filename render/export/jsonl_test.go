package export

import "testing"

func TestJSONLGolden(t *testing.T) { checkGolden(t, "jsonl") }
