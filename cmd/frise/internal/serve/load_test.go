package serve_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoad drives a running frise serve (FRISE_LOAD_URL, started by
// .ci/load on one core) with POST /v1/tag of a 2 KB French article: first
// as fast as the service answers (its sustained rate, p50/p99), then at ten
// times that rate, open loop, where it must shed the excess with 429/503
// and nothing else, stay under FRISE_LOAD_MAX_RSS_MB of memory (the
// service's pid in FRISE_LOAD_PID), and answer normally right after. It is
// a measurement, not a unit test: it skips unless .ci/load runs it.
func TestLoad(t *testing.T) {
	base := os.Getenv("FRISE_LOAD_URL")
	if base == "" {
		t.Skip("a load measurement: run .ci/load")
	}
	seconds := envInt("FRISE_LOAD_SECONDS", 10)
	text, err := os.ReadFile("testdata/load-fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"id": "load", "date": "2022-03-02", "lang": "fr", "text": string(text)})
	const maxOut = 512 // under the service's max_connections (1024)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: maxOut, MaxConnsPerHost: maxOut}}
	hit := func() (int, time.Duration, error) {
		start := time.Now()
		resp, err := client.Post(base+"/v1/tag", "application/json", bytes.NewReader(body))
		if err != nil {
			return 0, 0, err
		}
		var sink bytes.Buffer
		sink.ReadFrom(resp.Body)
		resp.Body.Close()
		return resp.StatusCode, time.Since(start), nil
	}
	if code, _, err := hit(); err != nil || code != 200 {
		t.Fatalf("warm-up: %d %v", code, err)
	}

	// 1. Sustained: a few clients, each sending its next request when the
	// last is answered: the service's own pace, all answered 200.
	closed := run(t, seconds, func(ctx context.Context, r *results) {
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					r.add(hit())
				}
			}()
		}
		wg.Wait()
	})
	rate := closed.rate()
	t.Logf("sustained: %s", closed)
	if closed.other() > 0 || closed.codes[200] == 0 {
		t.Errorf("sustained load: answers other than 200: %v", closed.codes)
	}

	// 2. Ten times that rate, open loop: a request every 1/(10·rate)
	// whatever the answers.
	peak := 0.0
	stopWatch := watchRSS(os.Getenv("FRISE_LOAD_PID"), &peak)
	over := run(t, seconds, func(ctx context.Context, r *results) {
		// Requests go out on schedule: each tick sends those due since the
		// start, so a late tick does not lower the rate.
		want := 10 * rate
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		var wg sync.WaitGroup
		// At most maxOut requests are out at once (as many connections): a
		// request due when all are out is counted as not sent, rather than
		// queued in the generator, where it would time out and measure the
		// generator.
		out := make(chan struct{}, maxOut)
		start, due, sent := time.Now(), 0, 0
		for ctx.Err() == nil {
			<-tick.C
			for now := int(time.Since(start).Seconds() * want); due < now; due++ {
				select {
				case out <- struct{}{}:
					sent++
					wg.Add(1)
					go func() { defer wg.Done(); r.add(hit()); <-out }()
				default:
				}
			}
		}
		r.sentRate = float64(sent) / time.Since(start).Seconds()
		r.notSent = due - sent
		wg.Wait()
	})
	stopWatch()
	t.Logf("10x: %.0f req/s wanted, %.0f sent (%d not sent: %d connections busy): %s; peak RSS %.0f MB",
		10*rate, over.sent(), over.notSent, maxOut, over, peak)
	if over.sent() < 2*rate {
		t.Fatalf("the generator sent only %.0f req/s, under twice the sustained %.0f: the machine is too busy for it to overload the service; run again on a quieter one", over.sent(), rate)
	}
	if over.codes[429]+over.codes[503] == 0 {
		t.Errorf("at ten times the sustained rate, no request was shed: %v", over.codes)
	}
	if over.other() > 0 || over.errs > 0 {
		t.Errorf("at ten times the sustained rate: answers other than 200, 429, 503: %v, %d connection errors", over.codes, over.errs)
	}
	if max := envInt("FRISE_LOAD_MAX_RSS_MB", 0); max > 0 && peak > float64(max) {
		t.Errorf("peak RSS %.0f MB, over the bound of %d MB", peak, max)
	}

	// 3. Right after: answered normally, at the sustained pace's latency.
	var after []time.Duration
	for range 20 {
		code, d, err := hit()
		if err != nil || code != 200 {
			t.Fatalf("right after the overload: %d %v", code, err)
		}
		after = append(after, d)
	}
	slices.Sort(after)
	t.Logf("right after: 20 requests, all 200, p50 %v", after[len(after)/2].Round(time.Microsecond))
	resp, err := client.Get(base + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz after the load: %v", err)
	}
	resp.Body.Close()
}

type results struct {
	mu    sync.Mutex
	codes map[int]int
	lat   []time.Duration // of the 200s
	errs  int
	took  time.Duration
	// sentRate is the rate of an open-loop run, requests sent per second;
	// notSent, those due while all the generator's connections were busy.
	sentRate float64
	notSent  int
}

func (r *results) add(code int, d time.Duration, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		r.errs++
		return
	}
	r.codes[code]++
	if code == 200 {
		r.lat = append(r.lat, d)
	}
}

func (r *results) rate() float64 { return float64(r.codes[200]) / r.took.Seconds() }

// sent is the rate requests were sent at, while they were.
func (r *results) sent() float64 { return r.sentRate }

func (r *results) other() int {
	n := 0
	for c, k := range r.codes {
		if c != 200 && c != 429 && c != 503 {
			n += k
		}
	}
	return n
}

func (r *results) String() string {
	slices.Sort(r.lat)
	q := func(p float64) time.Duration {
		if len(r.lat) == 0 {
			return 0
		}
		return r.lat[min(len(r.lat)-1, int(p*float64(len(r.lat))))].Round(time.Microsecond)
	}
	var codes []string
	for c, k := range r.codes {
		codes = append(codes, fmt.Sprintf("%d×%d", k, c))
	}
	slices.Sort(codes)
	return fmt.Sprintf("%.0f req/s answered 200 over %v (until the last answer), p50 %v, p99 %v; %s; %d connection errors",
		r.rate(), r.took.Round(time.Millisecond), q(0.5), q(0.99), strings.Join(codes, ", "), r.errs)
}

func run(t *testing.T, seconds int, load func(context.Context, *results)) *results {
	t.Helper()
	r := &results{codes: map[int]int{}}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(seconds)*time.Second)
	defer cancel()
	start := time.Now()
	load(ctx, r)
	r.took = time.Since(start)
	return r
}

// watchRSS samples the resident memory of pid (Linux) every 50 ms, and
// keeps its peak in MB.
func watchRSS(pid string, peak *float64) func() {
	if pid == "" {
		return func() {}
	}
	var stop atomic.Bool
	done := make(chan struct{})
	go func() {
		defer close(done)
		for !stop.Load() {
			b, err := os.ReadFile("/proc/" + pid + "/status")
			if err != nil {
				return
			}
			for line := range strings.Lines(string(b)) {
				if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
					kb, _ := strconv.ParseFloat(f[1], 64)
					*peak = max(*peak, kb/1024)
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	return func() { stop.Store(true); <-done }
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}
