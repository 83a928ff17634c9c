package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"frise/config"
	"frise/render"
	"frise/render/chromium"
	"frise/timeline"
)

// loadConfig reads the configuration of a command: frise.yaml (or
// --config), FRISE_* variables from the command's environment, its flags.
// A bad configuration is a usage error (exit code 2).
func loadConfig(cmd *cobra.Command, s streams) (config.Config, error) {
	file, _ := cmd.Flags().GetString("config")
	c, err := config.Load(config.Source{File: file, Dir: s.Dir, Getenv: s.Getenv, Flags: cmd.Flags()})
	if err != nil {
		return config.Config{}, &usageError{err}
	}
	return c, nil
}

// renderOptions turns the configuration into the chart's options: the
// page holds the embedded ECharts unless cdn (and not offline) says to load
// it; echarts_js replaces the embedded one.
func renderOptions(c config.Config, dir string) (render.Options, error) {
	o := render.Options{Title: c.Title, Subtitle: c.Subtitle, Width: c.Width, Height: c.Height,
		Theme: c.Theme, EchartsURL: c.EchartsURL, Fragment: c.Fragment, Lanes: c.Lanes,
		CDN: c.CDN && !c.Offline}
	if c.Format == "png" || c.Format == "svg" || c.Format == "pdf" {
		o.CDN = false // the browser that draws images has no network
	}
	if c.EchartsJS != "" {
		path := c.EchartsJS
		if !filepath.IsAbs(path) && dir != "" {
			path = filepath.Join(dir, path)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return o, &usageError{fmt.Errorf("echarts_js: %w", err)}
		}
		if _, err := checkEcharts(c.EchartsJS, b); err != nil {
			return o, err
		}
		o.EchartsJS = b
	}
	return o, nil
}

// checkEcharts refuses a file that is not ECharts: it would be written
// into the page as trusted script.
func checkEcharts(path string, b []byte) ([]byte, error) {
	if !bytes.Contains(b[:min(len(b), 4096)], []byte("echarts")) && !bytes.Contains(b, []byte("echarts.init")) {
		return nil, &usageError{fmt.Errorf("echarts_js %s: not an ECharts build", path)}
	}
	return b, nil
}

// image draws the page in headless Chromium: the page holds ECharts
// inline, since the browser is given no network. A PDF is the whole page
// printed, its chart drawn as SVG so that it stays vector.
func image(ctx context.Context, c timeline.Chronology, o render.Options, cfg config.Config) ([]byte, error) {
	o.Fragment, o.Static = false, true
	if cfg.Format == "svg" || cfg.Format == "pdf" {
		o.Renderer = "svg"
	}
	if cfg.Format == "pdf" {
		o.Print = true
	}
	var page bytes.Buffer
	if err := render.HTML(&page, c, o); err != nil {
		return nil, err
	}
	img, err := chromium.Image(ctx, page.Bytes(), cfg.Format, chromium.Options{Browser: cfg.Browser, Paper: cfg.Paper, Scale: cfg.Scale})
	if errors.Is(err, chromium.ErrNotFound) {
		return nil, &usageError{err}
	}
	return img, err
}
