package pipeline_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// outsideMain is a program of another module, as the README's "Use from
// Go" shows it: read articles, process them, merge, draw the page.
const outsideMain = `package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"frise/render"
	"frise/timeline"
	"frise/timeline/pipeline"
)

func main() {
	ctx := context.Background()
	wires := "date 2022-01-06 Mercredi, le président a limogé le gouvernement. (AFP)\n" +
		"date 2022-01-07 Troops arrived in Almaty on Thursday. (AP)\n"
	p := pipeline.New(pipeline.Options{})
	var results []timeline.Result
	for a, err := range p.Articles("wires.txt", strings.NewReader(wires)) {
		if err != nil {
			log.Fatal(err)
		}
		res, err := p.Process(ctx, a)
		if err != nil {
			log.Fatal(err)
		}
		results = append(results, res)
	}
	chron := p.Merge(results)
	for _, e := range chron.Events {
		fmt.Println(e.Value.Timex, e.Clause)
	}
	f, err := os.Create("chart.html")
	if err != nil {
		log.Fatal(err)
	}
	if err := render.HTML(f, chron, render.Options{}); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
`

// TestOutsideModule follows the README's recipe for a module outside this
// repository while frise's hosting path is not decided: a module of its
// own requires frise and replaces it with a clone (here, this tree),
// builds a program like the examples and runs it. Offline, as CI is: the
// go.sum is frise's (what go mod tidy writes online) and the modules come
// from the cache the tests already use.
func TestOutsideModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program in a module of its own")
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	env := append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
	run := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	run(goBin, "mod", "init", "example.com/wirewatch")
	run(goBin, "mod", "edit", "-require=frise@v0.0.0", "-replace=frise="+root)
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(outsideMain), 0o644); err != nil {
		t.Fatal(err)
	}
	run(goBin, "build", "-o", "wirewatch", ".")
	got := run(filepath.Join(dir, "wirewatch"))
	want := "2022-01-05 Mercredi, le président a limogé le gouvernement.\n2022-01-06 Troops arrived in Almaty on Thursday.\n"
	if got != want {
		t.Errorf("the outside program printed:\n%s\nwant:\n%s", got, want)
	}
	page, err := os.ReadFile(filepath.Join(dir, "chart.html"))
	if err != nil || !strings.HasPrefix(string(page), "<!DOCTYPE html>") {
		t.Errorf("the outside program's page: %v, %.40q", err, page)
	}
}
