package main

import (
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

func renderOptions(c config.Config, _ timeline.Chronology) render.Options {
	return render.Options{Title: c.Title, Subtitle: c.Subtitle, Width: c.Width, Height: c.Height,
		Theme: c.Theme, EchartsURL: c.EchartsURL}
}
