package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"net/http"
	"strings"

	"frise/timeline/lang"
	"frise/timeline/languages"
)

// The page of GET /: a form a person pastes articles into (or drops a
// file on), with the date, whose result (the chart page of POST
// /v1/timeline, drawn by render) opens in the frame below it. It needs no
// script to work; the little it has makes the drop zone and the "day
// unknown" box friendlier.

// pageJS: a file dropped on the text goes into the file field; "day
// unknown" keeps the date's month.
const pageJS = `(function(){
var f=document.getElementById('frise-form'),t=document.getElementById('text'),file=document.getElementById('file'),
n=document.getElementById('file-name'),du=document.getElementById('day_unknown'),d=document.getElementById('date');
function show(){n.textContent=file.files.length?file.files[0].name:'';}
t.addEventListener('dragover',function(e){e.preventDefault();t.classList.add('drop');});
t.addEventListener('dragleave',function(){t.classList.remove('drop');});
t.addEventListener('drop',function(e){e.preventDefault();t.classList.remove('drop');if(e.dataTransfer.files.length){file.files=e.dataTransfer.files;show();}});
file.addEventListener('change',show);
function month(){d.type=du.checked?'month':'date';}
du.addEventListener('change',month);month();
f.addEventListener('submit',function(){document.getElementById('result').classList.add('shown');});
})();`

var pageTmpl = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="frise">
<title>frise · {{.T.Title}}</title>
<style>
body{margin:0 auto;max-width:1200px;padding:12px 20px;font-family:system-ui,sans-serif;color:#222}
h1{font-size:1.4em;margin:.2em 0}.lead{color:#555;margin:.2em 0 1em}
textarea{width:100%;box-sizing:border-box;min-height:12em;font:inherit;padding:8px;border:1px solid #aaa;border-radius:4px}
textarea.drop{border:2px dashed #1f5f99;background:#f0f6fc}
.row{display:flex;flex-wrap:wrap;gap:14px;align-items:center;margin:10px 0}
button{font:inherit;padding:6px 18px;background:#1f5f99;color:#fff;border:0;border-radius:4px;cursor:pointer}
.langs{float:right}.hint{color:#666;font-size:.9em}
iframe{width:100%;height:max(80vh,720px);border:1px solid #ddd;border-radius:4px;margin-top:10px;display:none}
#result.shown iframe{display:block}
</style>
</head>
<body>
<nav class="langs">{{range $i, $l := .Pages}}{{if $i}} · {{end}}<a href="/?lang={{$l.Tag}}" hreflang="{{$l.Tag}}">{{$l.Name}}</a>{{end}}</nav>
<h1>frise</h1>
<p class="lead">{{.T.Lead}}</p>
<form id="frise-form" method="post" action="/v1/timeline?format=html" enctype="multipart/form-data" target="chart">
<label for="text">{{.T.Text}}</label>
<textarea id="text" name="text" placeholder="{{.T.Placeholder}}"></textarea>
<p class="hint">{{.T.Hint}}</p>
<div class="row">
<label>{{.T.Date}} <input type="date" id="date" name="date"></label>
<label><input type="checkbox" id="day_unknown" name="day_unknown" value="1"> {{.T.DayUnknown}}</label>
<label>{{.T.Lang}} <select id="lang" name="lang"><option value="">{{.T.Auto}}</option>{{range .Langs}}<option value="{{.Tag}}">{{.Name}}</option>{{end}}</select></label>
<label>{{.T.File}} <input type="file" id="file" name="file" accept=".txt,.jsonl,.ndjson,text/plain"></label> <span id="file-name" class="hint"></span>
<button type="submit" id="draw">{{.T.Draw}}</button>
</div>
</form>
<div id="result"><iframe name="chart" id="chart" title="{{.T.Chart}}"></iframe></div>
<script>{{.JS}}</script>
</body>
</html>
`))

// pageLang is the page's language: ?lang=, else the first language the
// browser accepts that has a page's words, else the language of a page
// asked in none (languages.ForPage).
func pageLang(r *http.Request) lang.Language {
	if l, ok := languages.Of(r.URL.Query().Get("lang")); ok && l.Page != nil {
		return l
	}
	for part := range strings.SplitSeq(r.Header.Get("Accept-Language"), ",") {
		tag, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		base, _, _ := strings.Cut(strings.ToLower(tag), "-")
		if l, ok := languages.Of(base); ok && l.Page != nil {
			return l
		}
	}
	return languages.ForPage("")
}

// pages are the languages the page can be read in, each a link.
func pages() []lang.Language {
	var ls []lang.Language
	for _, l := range languages.All() {
		if l.Page != nil {
			ls = append(ls, l)
		}
	}
	return ls
}

func (s *server) page(w http.ResponseWriter, r *http.Request) error {
	pl := pageLang(r)
	lng := pl.Tag
	var buf bytes.Buffer
	if err := pageTmpl.Execute(&buf, struct {
		Lang         string
		T            lang.Form
		Langs, Pages []lang.Language
		JS           template.JS
	}{lng, pl.Page.Form, languages.All(), pages(), template.JS(pageJS)}); err != nil {
		return err
	}
	h := sha256.Sum256([]byte(pageJS))
	w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'sha256-"+base64.StdEncoding.EncodeToString(h[:])+
		"'; style-src 'unsafe-inline'; frame-src 'self'; form-action 'self'; img-src data:; base-uri 'none'; frame-ancestors 'none'")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", lng)
	w.Header().Set("Vary", "Accept-Language")
	_, err := w.Write(buf.Bytes())
	return err
}
