package serve

import _ "embed"

// openapiJSON describes the API (OpenAPI 3.1); a test checks it against
// the routes.
//
//go:embed openapi.json
var openapiJSON []byte
