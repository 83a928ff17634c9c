package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"frise/config"
	"frise/render"
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

// renderOptions turns the configuration into the chart's options, with
// ECharts read from disk when the page must open offline.
func renderOptions(c config.Config, dir string) (render.Options, error) {
	o := render.Options{Title: c.Title, Subtitle: c.Subtitle, Width: c.Width, Height: c.Height,
		Theme: c.Theme, EchartsURL: c.EchartsURL, Fragment: c.Fragment, Lanes: c.Lanes}
	if c.Offline || c.Format == "png" || c.Format == "svg" || c.Format == "pdf" {
		js, err := echartsJS(c.EchartsJS, dir)
		if err != nil {
			return o, err
		}
		o.EchartsJS = js
	}
	return o, nil
}

// echartsJS reads ECharts for an offline page or an image: the file
// echarts_js names, else node_modules/echarts/dist/echarts.min.js in dir or
// a directory above it (where `npm install echarts` puts it).
func echartsJS(path, dir string) ([]byte, error) {
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, &usageError{fmt.Errorf("echarts_js: %w", err)}
		}
		return checkEcharts(path, b)
	}
	for d := dir; d != ""; {
		p := filepath.Join(d, "node_modules", "echarts", "dist", "echarts.min.js")
		if b, err := os.ReadFile(p); err == nil {
			return checkEcharts(p, b)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("echarts: %w", err)
		}
		up := filepath.Dir(d)
		if up == d {
			break
		}
		d = up
	}
	return nil, &usageError{errors.New("offline page or image: no ECharts found; run `npm install echarts@5.5.1` here, or set echarts_js to the path of echarts.min.js")}
}

// checkEcharts refuses a file that is not ECharts: it would be written
// into the page as trusted script.
func checkEcharts(path string, b []byte) ([]byte, error) {
	if !bytes.Contains(b[:min(len(b), 4096)], []byte("echarts")) && !bytes.Contains(b, []byte("echarts.init")) {
		return nil, &usageError{fmt.Errorf("echarts_js %s: not an ECharts build", path)}
	}
	return b, nil
}

// image draws the chart in headless Chromium: the page holds ECharts
// inline, since the browser is given no network.
func image(ctx context.Context, c timeline.Chronology, o render.Options, format string) ([]byte, error) {
	o.Fragment, o.Static = false, true
	if format == "svg" {
		o.Renderer = "svg"
	}
	var page bytes.Buffer
	if err := render.HTML(&page, c, o); err != nil {
		return nil, err
	}
	img, err := render.Image(ctx, page.Bytes(), format)
	if errors.Is(err, render.ErrNoBrowser) {
		return nil, &usageError{err}
	}
	return img, err
}
