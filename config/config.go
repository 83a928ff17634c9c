// Package config is frise's configuration: one typed Config, read with
// viper from a YAML file (frise.yaml in the working directory, or the file
// --config names), FRISE_* environment variables and command-line flags.
// A flag beats the environment, which beats the file, which beats the
// default. Unknown keys and values of the wrong type are errors that name
// the key and where it came from.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"frise/render"
	"frise/render/export"
	"frise/timeline/languages"
)

// FileName is the configuration file frise looks for in the working directory.
const FileName = "frise.yaml"

// Config is everything a run of frise can be told.
type Config struct {
	Timezone        string  `mapstructure:"timezone"`
	Anchor          string  `mapstructure:"anchor"`
	Lang            string  `mapstructure:"lang"`
	Prefer          string  `mapstructure:"prefer"`
	Output          string  `mapstructure:"output"`
	Format          string  `mapstructure:"format"`
	Title           string  `mapstructure:"title"`
	Subtitle        string  `mapstructure:"subtitle"`
	Width           string  `mapstructure:"width"`
	Height          string  `mapstructure:"height"`
	Theme           string  `mapstructure:"theme"`
	CDN             bool    `mapstructure:"cdn"`
	EchartsURL      string  `mapstructure:"echarts_url"`
	Offline         bool    `mapstructure:"offline"`
	EchartsJS       string  `mapstructure:"echarts_js"`
	Browser         string  `mapstructure:"browser"`
	Paper           string  `mapstructure:"paper"`
	Scale           float64 `mapstructure:"scale"`
	Fragment        bool    `mapstructure:"fragment"`
	Lanes           string  `mapstructure:"lanes"`
	MaxArticleBytes int     `mapstructure:"max_article_bytes"`
	Workers         int     `mapstructure:"workers"`
	From            string  `mapstructure:"from"`
	To              string  `mapstructure:"to"`
	Grep            string  `mapstructure:"grep"`
	Merge           bool    `mapstructure:"merge"`
	MergeSimilarity float64 `mapstructure:"merge_similarity"`

	// The service (frise serve).
	Addr            string        `mapstructure:"addr"`
	MaxBodyBytes    int           `mapstructure:"max_body_bytes"`
	MaxArticles     int           `mapstructure:"max_articles"`
	RequestTimeout  time.Duration `mapstructure:"request_timeout"`
	MaxInFlight     int           `mapstructure:"max_in_flight"`
	MaxQueue        int           `mapstructure:"max_queue"`
	QueueWait       time.Duration `mapstructure:"queue_wait"`
	ShutdownTimeout time.Duration `mapstructure:"shutdown_timeout"`
	MaxConnections  int           `mapstructure:"max_connections"`
}

// Key documents one configuration key.
type Key struct {
	// Name is the key in frise.yaml; Env and Flag the same setting as an
	// environment variable and a flag.
	Name, Env, Flag string
	// Default is the default value as text; Usage says what the key does.
	Default, Usage string
	short          string
	// serve marks the keys of frise serve alone.
	serve bool
}

var keys = []Key{
	{Name: "timezone", Usage: "IANA time zone of article dates that carry no offset (default UTC)"},
	{Name: "anchor", Usage: "YYYY-MM-DD: the day articles dated only by month or year are read from"},
	{Name: "lang", Usage: "article language, fr or en (default: the article's own, else detected)"},
	{Name: "prefer", Usage: "past or future: the direction of phrases whose tense says nothing (default: read the tense, else past)"},
	{Name: "output", short: "o", Usage: "file to write; - for standard output"},
	{Name: "format", Usage: "html (the chart page); " + strings.Join(export.Names(), ", ") + " (the chronology as data); png, svg, pdf (the chart drawn by chromium)"},
	{Name: "title", Usage: "chart title (default: a title from the articles)"},
	{Name: "subtitle", Usage: "chart subtitle (default: what the chart covers)"},
	{Name: "width", Usage: "chart width, CSS"},
	{Name: "height", Usage: "chart height, CSS"},
	{Name: "theme", Usage: "chart theme: white (print-friendly) or dark"},
	{Name: "cdn", Usage: "a small page that loads ECharts from echarts_url (by default the page holds ECharts and opens with no network)"},
	{Name: "echarts_url", Usage: "where a --cdn page loads ECharts from (the pinned 5.5.1 by default)"},
	{Name: "offline", Usage: "the page holds ECharts (the default; overrides cdn)"},
	{Name: "echarts_js", Usage: "an ECharts file to write into the page instead of the built-in 5.5.1"},
	{Name: "browser", Usage: "the Chrome, Chromium or Edge that draws png, svg and pdf (default: found on PATH or in the usual places)"},
	{Name: "paper", Usage: "the PDF's paper: a4, a3, a5, letter or legal"},
	{Name: "scale", Usage: "the PNG's pixels per CSS pixel"},
	{Name: "fragment", Usage: "write only the chart's <div> and <script>s, to paste into a report"},
	{Name: "lanes", Usage: "rows of the chart: source, article or none (default: source when there are several)"},
	{Name: "max_article_bytes", Usage: "longest article read, in bytes; longer ones are reported and skipped"},
	{Name: "workers", Usage: "articles read at once; 0 means one per CPU (the output is the same for any number)"},
	{Name: "from", Usage: "YYYY-MM-DD: keep only events that reach this day or later"},
	{Name: "to", Usage: "YYYY-MM-DD: keep only events that start on this day or before"},
	{Name: "grep", Usage: "keep only events whose sentence matches this regular expression (case-insensitive)"},
	{Name: "merge", Usage: "make one event of the reports of the same event in different articles"},
	{Name: "merge_similarity", Usage: "share of content words two clauses need in common to be one event (0 to 1)"},
	{Name: "addr", serve: true, Usage: "host:port frise serve listens on"},
	{Name: "max_body_bytes", serve: true, Usage: "largest request body frise serve reads, in bytes (413 above)"},
	{Name: "max_articles", serve: true, Usage: "most articles in one request to frise serve (413 above)"},
	{Name: "request_timeout", serve: true, Usage: "longest a request to frise serve may take to process its articles (503 after)"},
	{Name: "max_in_flight", serve: true, Usage: "requests frise serve processes at once; 0 means one per CPU"},
	{Name: "max_queue", serve: true, Usage: "requests that wait for a place beyond max_in_flight; more are refused at once (429)"},
	{Name: "queue_wait", serve: true, Usage: "longest a request waits in the queue before it is refused (503)"},
	{Name: "shutdown_timeout", serve: true, Usage: "on SIGINT or SIGTERM, how long requests in flight get to finish"},
	{Name: "max_connections", serve: true, Usage: "connections frise serve keeps open at once; one more is answered 503 and closed"},
}

// Formats returns the outputs of frise build: the chart page, the data
// exports (render/export's registry), and the chart drawn as an image. (A
// function, not a variable: a caller cannot change what every other one
// sees.)
func Formats() []string {
	return slices.Concat([]string{"html"}, export.Names(), []string{"png", "svg", "pdf"})
}

// ReadingKeys returns the keys that say how articles are read, for
// commands that draw nothing.
func ReadingKeys() []string {
	return []string{"timezone", "anchor", "lang", "prefer", "max_article_bytes", "workers"}
}

// ServeKeys lists the keys of frise serve: how it reads articles, draws
// the chart, and its own (the address, limits and timeouts).
func ServeKeys() []string {
	var out []string
	for _, k := range keys {
		switch k.Name {
		case "output", "format", "fragment", "offline":
			continue
		}
		out = append(out, k.Name)
	}
	return out
}

// Default returns the configuration frise runs with when told nothing.
func Default() Config {
	return Config{
		Output:          "timeline.html",
		Format:          "html",
		Width:           render.DefaultWidth,
		Height:          render.DefaultHeight,
		Theme:           render.DefaultTheme,
		EchartsURL:      render.EchartsURL,
		Paper:           "a4",
		Scale:           2,
		MaxArticleBytes: 8 << 20,
		Merge:           true,
		MergeSimilarity: 0.5,
		Addr:            "localhost:8080",
		MaxBodyBytes:    8 << 20,
		MaxArticles:     1000,
		RequestTimeout:  30 * time.Second,
		MaxQueue:        64,
		QueueWait:       2 * time.Second,
		ShutdownTimeout: 10 * time.Second,
		MaxConnections:  1024,
	}
}

// Keys documents every key, in a stable order, with its default.
func Keys() []Key {
	def := values(Default())
	out := make([]Key, len(keys))
	for i, k := range keys {
		k.Env = envName(k.Name)
		k.Flag = flagName(k.Name)
		k.Default = fmt.Sprint(def[k.Name])
		out[i] = k
	}
	return out
}

func envName(key string) string  { return "FRISE_" + strings.ToUpper(key) }
func flagName(key string) string { return strings.ReplaceAll(key, "_", "-") }

// values maps each key to its value in c.
func values(c Config) map[string]any {
	out := map[string]any{}
	rv := reflect.ValueOf(c)
	rt := rv.Type()
	for i := range rt.NumField() {
		out[rt.Field(i).Tag.Get("mapstructure")] = rv.Field(i).Interface()
	}
	return out
}

// AddFlags registers one flag per key on fs, with the defaults: for the
// keys named, or, when none is, every key but those of frise serve alone.
func AddFlags(fs *pflag.FlagSet, only ...string) {
	def := values(Default())
	for _, k := range keys {
		if len(only) > 0 && !slices.Contains(only, k.Name) || len(only) == 0 && k.serve {
			continue
		}
		switch v := def[k.Name].(type) {
		case int:
			fs.IntP(flagName(k.Name), k.short, v, k.Usage)
		case bool:
			fs.BoolP(flagName(k.Name), k.short, v, k.Usage)
		case float64:
			fs.Float64P(flagName(k.Name), k.short, v, k.Usage)
		case time.Duration:
			fs.DurationP(flagName(k.Name), k.short, v, k.Usage)
		default:
			fs.StringP(flagName(k.Name), k.short, fmt.Sprint(v), k.Usage)
		}
	}
}

// Source says where the configuration comes from. Every field is optional.
type Source struct {
	// File is the file --config named: it must exist. When empty, frise.yaml
	// in Dir is read if there is one.
	File, Dir string
	// Getenv looks up FRISE_* variables (os.LookupEnv, or a map in tests).
	Getenv func(string) (string, bool)
	// Flags are the parsed flags; only flags set on the command line count.
	Flags *pflag.FlagSet
}

// Load reads the configuration from src and checks it.
func Load(src Source) (Config, error) {
	v := viper.New()
	for k, val := range values(Default()) {
		v.SetDefault(k, val)
	}
	file := src.File
	if file == "" && src.Dir != "" {
		p := filepath.Join(src.Dir, FileName)
		if _, err := os.Stat(p); err == nil {
			file = p
		} else if !errors.Is(err, fs.ErrNotExist) {
			return Config{}, fmt.Errorf("config %s: %w", p, err)
		}
	}
	if file != "" {
		v.SetConfigFile(file)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config %s: %w", file, err)
		}
		if err := checkKeys(v, file); err != nil {
			return Config{}, err
		}
	}
	// The environment, then the flags, go in viper's override layer in that
	// order, so a flag beats the environment, and both beat the file.
	if src.Getenv != nil {
		for _, k := range keys {
			if val, ok := src.Getenv(envName(k.Name)); ok {
				v.Set(k.Name, val)
			}
		}
	}
	if src.Flags != nil {
		for _, k := range keys {
			if f := src.Flags.Lookup(flagName(k.Name)); f != nil && f.Changed {
				v.Set(k.Name, f.Value.String())
			}
		}
	}
	if err := typeCheck(v, file, src.Getenv); err != nil {
		return Config{}, err
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return Config{}, fmt.Errorf("config%s: %w", where(file), err)
	}
	if err := c.Validate(); err != nil {
		return Config{}, fmt.Errorf("config%s: %w", where(file), err)
	}
	return c, nil
}

func where(file string) string {
	if file == "" {
		return ""
	}
	return " " + file
}

// checkKeys rejects keys of the file that frise does not know: a typo must
// not be silently ignored.
func checkKeys(v *viper.Viper, file string) error {
	known := map[string]bool{}
	var names []string
	for _, k := range keys {
		known[k.Name] = true
		names = append(names, k.Name)
	}
	for _, k := range v.AllKeys() {
		if !known[k] && v.InConfig(k) {
			return fmt.Errorf("config %s: unknown key %q (known keys: %s)", file, k, strings.Join(names, ", "))
		}
	}
	return nil
}

// typeCheck reports integer and boolean keys whose value is not one,
// naming where the value came from; viper would otherwise read a zero.
func typeCheck(v *viper.Viper, file string, getenv func(string) (string, bool)) error {
	def := values(Default())
	for _, k := range keys {
		raw := v.Get(k.Name)
		var want string
		switch def[k.Name].(type) {
		case int:
			switch x := raw.(type) {
			case int, int64, int32, float64:
				continue
			case string:
				if _, err := strconv.Atoi(strings.TrimSpace(x)); err == nil {
					continue
				}
			}
			want = "a whole number"
		case bool:
			switch x := raw.(type) {
			case bool:
				continue
			case string:
				if _, err := strconv.ParseBool(strings.TrimSpace(x)); err == nil {
					continue
				}
			}
			want = "true or false"
		case float64:
			switch x := raw.(type) {
			case float64, int, int64:
				continue
			case string:
				if _, err := strconv.ParseFloat(strings.TrimSpace(x), 64); err == nil {
					continue
				}
			}
			want = "a number"
		case time.Duration:
			switch x := raw.(type) {
			case time.Duration:
				continue
			case string:
				if _, err := time.ParseDuration(strings.TrimSpace(x)); err == nil {
					continue
				}
			}
			want = "a duration such as 30s or 1m30s"
		default:
			continue
		}
		from := "in " + file
		if getenv != nil {
			if val, ok := getenv(envName(k.Name)); ok && val == fmt.Sprint(raw) {
				from = "in " + envName(k.Name)
			}
		}
		return fmt.Errorf("config: %s = %q %s: want %s", k.Name, fmt.Sprint(raw), from, want)
	}
	return nil
}

// Validate checks every value, with a message that says what is accepted.
func (c Config) Validate() error {
	var errs []error
	if formats := Formats(); !slices.Contains(formats, c.Format) {
		errs = append(errs, fmt.Errorf("format %q: want one of %s", c.Format, strings.Join(formats, ", ")))
	}
	if !slices.Contains([]string{"", "source", "article", "none"}, c.Lanes) {
		errs = append(errs, fmt.Errorf("lanes %q: want source, article or none", c.Lanes))
	}
	if !slices.Contains([]string{"", "past", "future"}, c.Prefer) {
		errs = append(errs, fmt.Errorf("prefer %q: want past or future", c.Prefer))
	}
	if _, ok := languages.Of(c.Lang); !ok && c.Lang != "" {
		errs = append(errs, fmt.Errorf("lang %q: want %s", c.Lang, languages.Want()))
	}
	if c.Timezone != "" {
		if _, err := time.LoadLocation(c.Timezone); err != nil {
			errs = append(errs, fmt.Errorf("timezone %q: not an IANA time zone (such as Europe/Paris)", c.Timezone))
		}
	}
	if c.Anchor != "" {
		if _, err := time.Parse("2006-01-02", c.Anchor); err != nil {
			errs = append(errs, fmt.Errorf("anchor %q: want a day, YYYY-MM-DD", c.Anchor))
		}
	}
	for _, d := range [][2]string{{"from", c.From}, {"to", c.To}} {
		if d[1] != "" {
			if _, err := time.Parse("2006-01-02", d[1]); err != nil {
				errs = append(errs, fmt.Errorf("%s %q: want a day, YYYY-MM-DD", d[0], d[1]))
			}
		}
	}
	if c.Grep != "" {
		if _, err := regexp.Compile(c.Grep); err != nil {
			errs = append(errs, fmt.Errorf("grep %q: %v", c.Grep, err))
		}
	}
	if c.MergeSimilarity <= 0 || c.MergeSimilarity > 1 {
		errs = append(errs, fmt.Errorf("merge_similarity %v: want a share between 0 and 1", c.MergeSimilarity))
	}
	if c.Workers < 0 {
		errs = append(errs, fmt.Errorf("workers %d: want 0 (one per CPU) or more", c.Workers))
	}
	if !slices.Contains([]string{"white", "dark"}, c.Theme) {
		errs = append(errs, fmt.Errorf("theme %q: want white or dark", c.Theme))
	}
	if !slices.Contains([]string{"a4", "a3", "a5", "letter", "legal"}, c.Paper) {
		errs = append(errs, fmt.Errorf("paper %q: want a4, a3, a5, letter or legal", c.Paper))
	}
	if c.Scale <= 0 || c.Scale > 8 {
		errs = append(errs, fmt.Errorf("scale %v: want a number of pixels per CSS pixel, above 0 and at most 8", c.Scale))
	}
	for _, d := range [][2]string{{"width", c.Width}, {"height", c.Height}} {
		if err := checkSize(d[1]); err != nil {
			errs = append(errs, fmt.Errorf("%s %q: %v", d[0], d[1], err))
		}
	}
	if err := checkURL(c.EchartsURL); err != nil {
		errs = append(errs, fmt.Errorf("echarts_url %q: %v", c.EchartsURL, err))
	}
	if c.MaxArticleBytes <= 0 {
		errs = append(errs, fmt.Errorf("max_article_bytes %d: want a positive size", c.MaxArticleBytes))
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		errs = append(errs, fmt.Errorf("addr %q: want host:port, such as localhost:8080 or :8080", c.Addr))
	}
	for _, n := range []struct {
		key  string
		v    int
		zero bool // 0 is allowed
	}{{"max_body_bytes", c.MaxBodyBytes, false}, {"max_articles", c.MaxArticles, false},
		{"max_in_flight", c.MaxInFlight, true}, {"max_queue", c.MaxQueue, true}, {"max_connections", c.MaxConnections, false}} {
		if n.v < 0 || n.v == 0 && !n.zero {
			errs = append(errs, fmt.Errorf("%s %d: want a positive number", n.key, n.v))
		}
	}
	for _, d := range []struct {
		key string
		v   time.Duration
	}{{"request_timeout", c.RequestTimeout}, {"queue_wait", c.QueueWait}, {"shutdown_timeout", c.ShutdownTimeout}} {
		if d.v <= 0 {
			errs = append(errs, fmt.Errorf("%s %v: want a positive duration, such as 30s", d.key, d.v))
		}
	}
	if c.Output == "" {
		errs = append(errs, errors.New("output is empty: want a file name, or - for standard output"))
	}
	return errors.Join(errs...)
}

// cssSize is a chart size: a number and a CSS unit.
var cssSize = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)(px|%|em|rem|vw|vh)$`)

// checkSize accepts a CSS length a chart can be drawn in: more than 0,
// at most 100000 of its unit (beyond which browsers draw no canvas).
func checkSize(s string) error {
	m := cssSize.FindStringSubmatch(s)
	if m == nil {
		return errors.New("want a number and a unit: px, %, em, rem, vw or vh (such as 640px or 100%)")
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil || n <= 0 || n > 100000 {
		return errors.New("want a size above 0 and at most 100000")
	}
	return nil
}

// checkURL accepts where a page loads ECharts from: an http(s) URL with a
// host, or a path relative to the page, in printable characters with no
// quote, space, ";" or "," (the page's Content-Security-Policy names it).
func checkURL(s string) error {
	if s == "" {
		return nil // the pinned one
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || strings.IndexByte(";,'\"<>\\", c) >= 0 {
			return fmt.Errorf("character %q at byte %d: want printable ASCII with no space, quote, ';', ',', '<', '>' or '\\' (percent-encode it)", c, i)
		}
	}
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	switch {
	case u.Scheme == "" && u.Host == "":
		return nil // relative to the page
	case u.Scheme != "https" && u.Scheme != "http":
		return fmt.Errorf("scheme %q: want https or http", u.Scheme)
	case u.Host == "":
		return errors.New("no host")
	case u.User != nil:
		return errors.New("a user name in the URL: leave it out")
	}
	return nil
}
