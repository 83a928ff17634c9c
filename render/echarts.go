package render

import _ "embed"

// EchartsVersion is the ECharts frise embeds and, with Options.CDN, loads.
const EchartsVersion = "5.5.1"

// echartsMin is ECharts 5.5.1's dist/echarts.min.js, as npm ships it
// (Apache-2.0: echarts/LICENSE and echarts/NOTICE beside it). It is in the
// binary so that the default page, and every image, needs no network.
//
//go:embed echarts/echarts.min.js
var echartsMin string

// echartsMinHash is echartsMin's SHA-256 in base64, as the page's CSP
// names it: computed once here rather than on every page (TestEchartsHash
// checks it).
const echartsMinHash = "6EJwvQzVvfYP78JtAMKjkcsugfTSanqe4WGFpUdzo88="
