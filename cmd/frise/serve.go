package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"frise/cmd/frise/internal/serve"
	"frise/config"
	"frise/timeline"
)

// serveOptions are the dependencies and flags of frise serve.
type serveOptions struct {
	streams
	Config config.Config
	// Listen opens the address (net.Listen; a test listens on port 0).
	Listen func(addr string) (net.Listener, error)
	// Ready, when set, is told the address once the service listens.
	Ready func(addr string)
}

func newCmdServe(s streams, runF func(*serveOptions) error) *cobra.Command {
	opts := &serveOptions{streams: s, Listen: func(addr string) (net.Listener, error) { return net.Listen("tcp", addr) }}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve frise over HTTP: an API and a page to paste articles into",
		Long: `Serve frise over HTTP at --addr (default localhost:8080):

  POST /v1/tag        one article → its time phrases (as frise tag --jsonl)
  POST /v1/extract    articles → their events, JSONL (as frise extract)
  POST /v1/timeline   articles → the merged chronology: JSON, or the chart
                      page with Accept: text/html or ?format=html (as frise build)
  GET  /              a page to paste articles into and see their chart
  GET  /healthz       liveness and version
  GET  /v1/openapi.json  the API, described

Connections, requests processed at once, the queue beyond them, body size,
articles per request and time per request are bounded (max_connections,
max_in_flight, max_queue, queue_wait, max_body_bytes, max_articles,
request_timeout): an overloaded
service answers 429 or 503 at once rather than piling requests up. On
SIGINT or SIGTERM it stops accepting and lets the requests in flight finish,
for up to shutdown_timeout. One log line per request goes to stderr.`,
		Args:        cobra.NoArgs,
		Annotations: map[string]string{stopsItselfKey: "shutdown_timeout"},
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd, s)
			if err != nil {
				return err
			}
			opts.Config = cfg
			if runF != nil {
				return runF(opts)
			}
			return serveRun(cmd.Context(), opts)
		},
	}
	config.AddFlags(cmd.Flags(), config.ServeKeys()...)
	return cmd
}

// serveHandler is the service a configuration describes.
func serveHandler(cfg config.Config, dir string, log *slog.Logger) (*serve.Options, error) {
	p, err := newPipeline(cfg)
	if err != nil {
		return nil, err
	}
	ropt, err := renderOptions(cfg, dir)
	if err != nil {
		return nil, err
	}
	o := &serve.Options{
		Pipeline: p.Pipeline,
		Render:   ropt,
		Version:  version(),
		Filter:   func(evs []timeline.Event) []timeline.Event { return filterEvents(evs, cfg) },
		Log:      log,
		Limits: serve.Limits{MaxBodyBytes: int64(cfg.MaxBodyBytes), MaxArticles: cfg.MaxArticles,
			RequestTimeout: cfg.RequestTimeout, MaxInFlight: cfg.MaxInFlight, MaxQueue: cfg.MaxQueue, QueueWait: cfg.QueueWait},
	}
	return o, nil
}

func serveRun(ctx context.Context, opts *serveOptions) error {
	cfg := opts.Config
	log := slog.New(slog.NewTextHandler(opts.Err, nil))
	o, err := serveHandler(cfg, opts.Dir, log)
	if err != nil {
		return err
	}
	o.Pipeline.Warm()
	l, err := opts.Listen(cfg.Addr)
	if err != nil {
		return &usageError{fmt.Errorf("addr %s: %w", cfg.Addr, err)}
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Info("listening", "url", "http://"+l.Addr().String()+"/", "version", o.Version)
	if opts.Ready != nil {
		opts.Ready(l.Addr().String())
	}
	return serve.Run(ctx, serve.LimitConns(l, cfg.MaxConnections), serve.New(*o), cfg.ShutdownTimeout, log)
}
