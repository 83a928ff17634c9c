package serve_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/url"
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
// closed loop, a few connections each sending its next request when the
// last is answered (the service's sustained rate, p50/p99), then open loop
// at ten times that rate, where it must shed the excess with 429/503 and
// nothing else, stay under FRISE_LOAD_MAX_RSS_MB of memory (the service's
// pid in FRISE_LOAD_PID), and answer normally right after. It is a
// measurement, not a unit test: it skips unless .ci/load runs it.
//
// The generator must send ten times what one core of the service answers
// from the other core of a loaded machine, so it is cheap per request: raw
// HTTP/1.1 over keep-alive TCP connections, the request's bytes built
// once, requests pipelined (several written before the first is
// answered), and only each response's status line and length read.
func TestLoad(t *testing.T) {
	base := os.Getenv("FRISE_LOAD_URL")
	if base == "" {
		t.Skip("a load measurement: run .ci/load")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	seconds := time.Duration(envInt("FRISE_LOAD_SECONDS", 10)) * time.Second
	text, err := os.ReadFile("testdata/load-fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"id": "load", "date": "2022-03-02", "lang": "fr", "text": string(text)})
	req := []byte(fmt.Sprintf("POST /v1/tag HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", u.Host, len(body), body))
	g := &generator{addr: u.Host, req: req}

	// A first request checks that the service answers, and what.
	if code, _, err := g.one(); err != nil || code != 200 {
		t.Fatalf("warm-up: %d %v", code, err)
	}

	// 1. Sustained: closed loop, FRISE_LOAD_CLIENTS connections (2: the
	// service has the next request as soon as it is done with one), all
	// answered 200.
	// FRISE_LOAD_RATE, when set, is taken as the sustained rate, without
	// measuring it (to look at the overload alone, under a profiler).
	rate := float64(envInt("FRISE_LOAD_RATE", 0))
	perOK := 0.0 // the service's CPU seconds for one 200
	if rate == 0 {
		cpu := cpuOf(os.Getenv("FRISE_LOAD_PID"))
		sus, err := g.closedLoop(envInt("FRISE_LOAD_CLIENTS", 2), seconds)
		if err != nil {
			t.Fatal(err)
		}
		sus.cpu = cpu()
		perOK = sus.cpu / float64(sus.codes[200])
		rate = float64(sus.codes[200]) / sus.took.Seconds()
		t.Logf("sustained: %s", sus)
		if sus.other() > 0 || sus.codes[200] == 0 || sus.lost > 0 {
			t.Fatalf("sustained load: answers other than 200: %s", sus)
		}
	}

	// 2. Ten times that rate, open loop: request i is due at start+i/rate
	// whatever the answers, on the next of many connections that has room
	// in its pipeline; latencies count from when a request was due.
	peak := 0.0
	stopWatch := watchRSS(os.Getenv("FRISE_LOAD_PID"), &peak)
	conns, depth := envInt("FRISE_LOAD_CONNS", 512), envInt("FRISE_LOAD_DEPTH", 16)
	cpu, self := cpuOf(os.Getenv("FRISE_LOAD_PID")), cpuOf(strconv.Itoa(os.Getpid()))
	over, err := g.openLoop(10*rate, conns, depth, seconds)
	if over != nil {
		over.cpu, over.genCPU = cpu(), self()
	}
	stopWatch()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("10x: %.0f req/s wanted, %.0f sent over %d connections (pipelines of %d; %d not sent, every pipeline full): %s; peak RSS %.0f MB",
		10*rate, over.sentRate, conns, depth, over.notSent, over, peak)
	if refused := over.codes[429] + over.codes[503]; perOK > 0 && over.cpu > 0 && refused > 0 {
		// The rates depend on how much of its core the service had; its CPU
		// time a request does not: what a whole core would do.
		perRefusal := (over.cpu - float64(over.codes[200])*perOK) / float64(refused)
		whole := 1 / perOK
		t.Logf("CPU a request: %.0f µs a 200, %.1f µs a refusal (the 200s counted at the sustained phase's cost); "+
			"on a whole core: %.0f req/s sustained, and at ten times that, refusals would take %.0f %% of it",
			perOK*1e6, perRefusal*1e6, whole, 100*10*whole*perRefusal)
	}
	if over.sentRate < 9.5*rate {
		t.Errorf("the generator sent %.0f req/s, %.1f times the sustained %.0f, short of ten: the machine is too busy for it", over.sentRate, over.sentRate/rate, rate)
	}
	if over.codes[429]+over.codes[503] == 0 {
		t.Errorf("at ten times the sustained rate, no request was shed: %s", over)
	}
	if over.other() > 0 || over.lost > 0 {
		t.Errorf("at ten times the sustained rate: answers other than 200, 429, 503, or requests lost: %s", over)
	}
	if max := envInt("FRISE_LOAD_MAX_RSS_MB", 0); max > 0 && peak > float64(max) {
		t.Errorf("peak RSS %.0f MB, over the bound of %d MB", peak, max)
	}

	// 3. Right after: answered normally, one at a time on a new connection.
	var after []time.Duration
	for range 20 {
		code, d, err := g.one()
		if err != nil || code != 200 {
			t.Fatalf("right after the overload: %d %v", code, err)
		}
		after = append(after, d)
	}
	slices.Sort(after)
	t.Logf("right after: 20 requests, all 200, p50 %v", after[len(after)/2].Round(time.Microsecond))
}

// generator sends one prepared request over raw TCP connections.
type generator struct {
	addr string
	req  []byte
}

// one sends the request on a connection of its own and reads the answer.
func (g *generator) one() (int, time.Duration, error) {
	c, err := net.Dial("tcp", g.addr)
	if err != nil {
		return 0, 0, err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(30 * time.Second))
	start := time.Now()
	if _, err := c.Write(g.req); err != nil {
		return 0, 0, err
	}
	code, err := readResponse(bufio.NewReader(c))
	return code, time.Since(start), err
}

// conn is one keep-alive connection: the scheduler (open loop) or the
// reader itself (closed loop) queues the times requests are due on sent
// and counts them in due; the writer writes that many copies of the
// request at once; the reader pairs each response, in order, with its due
// time.
type conn struct {
	nc    net.Conn
	batch []byte // the request, depth times
	sent  chan time.Time
	due   atomic.Int64
	wake  chan struct{}
	dead  atomic.Bool
	st    stats // the reader's
}

func (g *generator) dial(n, depth int) ([]*conn, error) {
	cs := make([]*conn, n)
	for i := range cs {
		nc, err := net.Dial("tcp", g.addr)
		if err != nil {
			for _, c := range cs[:i] {
				c.nc.Close()
			}
			return nil, fmt.Errorf("connection %d: %w", i, err)
		}
		cs[i] = &conn{nc: nc, batch: bytes.Repeat(g.req, depth), sent: make(chan time.Time, depth), wake: make(chan struct{}, 1),
			st: stats{codes: map[int]int{}}}
	}
	return cs, nil
}

func (c *conn) kick() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

func (c *conn) write(size int) {
	for range c.wake {
		for n := int(c.due.Swap(0)); n > 0; {
			k := min(n, len(c.batch)/size)
			if _, err := c.nc.Write(c.batch[:k*size]); err != nil {
				c.dead.Store(true)
				return
			}
			n -= k
		}
	}
}

// read reads responses until the connection ends; next, when set, is
// called after each (closed loop).
func (c *conn) read(next func(*conn)) {
	br := bufio.NewReaderSize(c.nc, 64<<10)
	for {
		code, err := readResponse(br)
		if err != nil {
			c.dead.Store(true)
			return
		}
		due := <-c.sent
		c.st.add(code, time.Since(due))
		if next != nil {
			next(c)
		}
	}
}

// run starts the connections' goroutines, lets load drive them, waits up
// to drain for the answers still due, then closes them all and adds up
// what they saw.
func run(cs []*conn, size int, next func(*conn), load func()) *stats {
	var readers, writers sync.WaitGroup
	for _, c := range cs {
		writers.Add(1)
		readers.Add(1)
		go func() { defer writers.Done(); c.write(size) }()
		go func() { defer readers.Done(); c.read(next) }()
	}
	start := time.Now()
	load()
	// Requests queued in the service wait at most queue_wait (2 s).
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if !slices.ContainsFunc(cs, func(c *conn) bool { return !c.dead.Load() && len(c.sent) > 0 }) {
			break
		}
	}
	took := time.Since(start)
	// The readers stop at the closed connections; the writers at their
	// closed channels, once no reader can kick them.
	for _, c := range cs {
		if c.dead.Load() {
			c.st.broken++
		}
		c.nc.Close()
	}
	readers.Wait()
	for _, c := range cs {
		close(c.wake)
		c.st.lost += len(c.sent)
	}
	writers.Wait()
	total := &stats{codes: map[int]int{}, took: took}
	for _, c := range cs {
		total.merge(&c.st)
	}
	return total
}

// closedLoop keeps one request out on each of n connections for d.
func (g *generator) closedLoop(n int, d time.Duration) (*stats, error) {
	cs, err := g.dial(n, 1)
	if err != nil {
		return nil, err
	}
	var stop atomic.Bool
	next := func(c *conn) {
		if !stop.Load() {
			c.sent <- time.Now()
			c.due.Add(1)
			c.kick()
		}
	}
	return run(cs, len(g.req), next, func() {
		for _, c := range cs {
			next(c)
		}
		time.Sleep(d)
		stop.Store(true)
	}), nil
}

// openLoop sends rate requests a second for d over n connections, each
// with at most depth requests unanswered: a request due when every
// pipeline is full is counted as not sent, rather than queued in the
// generator, where it would measure the generator.
func (g *generator) openLoop(rate float64, n, depth int, d time.Duration) (*stats, error) {
	cs, err := g.dial(n, depth)
	if err != nil {
		return nil, err
	}
	var sent, notSent int
	var took time.Duration
	st := run(cs, len(g.req), nil, func() {
		kicked := make([]bool, n)
		rr := 0
		start := time.Now()
		for i := 0; ; {
			el := time.Since(start)
			if el >= d {
				took = el
				break
			}
			for due := int(el.Seconds() * rate); i < due; i++ {
				at := start.Add(time.Duration(float64(i) / rate * float64(time.Second)))
				placed := false
				for range n {
					j := rr
					rr = (rr + 1) % n
					if c := cs[j]; !c.dead.Load() {
						select {
						case c.sent <- at:
							c.due.Add(1)
							kicked[j], placed = true, true
						default:
						}
					}
					if placed {
						break
					}
				}
				if placed {
					sent++
				} else {
					notSent++
				}
			}
			for j, k := range kicked {
				if k {
					cs[j].kick()
					kicked[j] = false
				}
			}
			time.Sleep(200 * time.Microsecond)
		}
	})
	st.sentRate = float64(sent) / took.Seconds()
	st.notSent = notSent
	return st, nil
}

// stats are the answers one phase got.
type stats struct {
	codes map[int]int
	lat   []time.Duration // of the 200s
	shed  []time.Duration // of the 429s and 503s
	// lost counts requests sent and never answered; broken, connections
	// the service closed or reset.
	lost, broken int
	took         time.Duration
	// cpu is the service's CPU time over the phase, in seconds; genCPU,
	// the generator's.
	cpu, genCPU float64
	// sentRate is the rate of an open-loop run, requests sent per second;
	// notSent, those due while every pipeline was full.
	sentRate float64
	notSent  int
}

func (s *stats) add(code int, d time.Duration) {
	s.codes[code]++
	switch code {
	case 200:
		s.lat = append(s.lat, d)
	case 429, 503:
		s.shed = append(s.shed, d)
	}
}

func (s *stats) merge(o *stats) {
	for c, k := range o.codes {
		s.codes[c] += k
	}
	s.lat = append(s.lat, o.lat...)
	s.shed = append(s.shed, o.shed...)
	s.lost += o.lost
	s.broken += o.broken
}

func (s *stats) other() int {
	n := 0
	for c, k := range s.codes {
		if c != 200 && c != 429 && c != 503 {
			n += k
		}
	}
	return n
}

func quantile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[min(len(ds)-1, int(p*float64(len(ds))))].Round(time.Microsecond)
}

func (s *stats) String() string {
	var codes []string
	for c, k := range s.codes {
		codes = append(codes, fmt.Sprintf("%d×%d", k, c))
	}
	slices.Sort(codes)
	out := fmt.Sprintf("%.0f req/s answered 200 over %v (until the last answer), p50 %v, p99 %v; %s",
		float64(s.codes[200])/s.took.Seconds(), s.took.Round(time.Millisecond), quantile(s.lat, 0.5), quantile(s.lat, 0.99), strings.Join(codes, ", "))
	if len(s.shed) > 0 {
		out += fmt.Sprintf("; refusals p50 %v, p99 %v", quantile(s.shed, 0.5), quantile(s.shed, 0.99))
	}
	out += fmt.Sprintf("; %d lost, %d connections broken", s.lost, s.broken)
	if s.cpu > 0 {
		// What the service had of its core: on a shared machine, others
		// run there too.
		n := 0
		for _, k := range s.codes {
			n += k
		}
		out += fmt.Sprintf("; the service used %.0f %% of a core, %.0f µs a request", 100*s.cpu/s.took.Seconds(), s.cpu/float64(n)*1e6)
	}
	if s.genCPU > 0 {
		out += fmt.Sprintf("; the generator %.0f %% of a core", 100*s.genCPU/s.took.Seconds())
	}
	return out
}

// cpuOf starts counting the CPU time pid uses (Linux: user and system,
// from /proc/PID/stat), and returns what tells the seconds used since.
func cpuOf(pid string) func() float64 {
	read := func() float64 {
		b, err := os.ReadFile("/proc/" + pid + "/stat")
		if err != nil {
			return 0
		}
		// The fields after the command's name, which is in parentheses.
		_, rest, _ := strings.Cut(string(b), ") ")
		f := strings.Fields(rest)
		if len(f) < 13 {
			return 0
		}
		utime, _ := strconv.ParseFloat(f[11], 64)
		stime, _ := strconv.ParseFloat(f[12], 64)
		return (utime + stime) / 100 // USER_HZ
	}
	if pid == "" {
		return func() float64 { return 0 }
	}
	start := read()
	return func() float64 { return read() - start }
}

// readResponse reads one HTTP/1.1 response and returns its status: the
// status line, the headers for the body's length, the body skipped.
func readResponse(br *bufio.Reader) (int, error) {
	line, err := br.ReadSlice('\n')
	if err != nil {
		return 0, err
	}
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.1 ")) {
		return 0, fmt.Errorf("status line %q", line)
	}
	code, err := strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, fmt.Errorf("status line %q", line)
	}
	length, chunked := -1, false
	for {
		line, err := br.ReadSlice('\n')
		if err != nil {
			return 0, err
		}
		if len(line) <= 2 {
			break
		}
		name, value, _ := bytes.Cut(line, []byte(":"))
		value = bytes.TrimSpace(value)
		switch {
		case bytes.EqualFold(name, []byte("Content-Length")):
			if length, err = strconv.Atoi(string(value)); err != nil {
				return 0, fmt.Errorf("content-length %q", value)
			}
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			chunked = bytes.EqualFold(value, []byte("chunked"))
		}
	}
	switch {
	case chunked:
		for {
			line, err := br.ReadSlice('\n')
			if err != nil {
				return 0, err
			}
			size, err := strconv.ParseInt(string(bytes.TrimSpace(line)), 16, 64)
			if err != nil {
				return 0, fmt.Errorf("chunk size %q", line)
			}
			if _, err := br.Discard(int(size) + 2); err != nil {
				return 0, err
			}
			if size == 0 {
				return code, nil
			}
		}
	case length >= 0:
		_, err := br.Discard(length)
		return code, err
	}
	return 0, errors.New("a response without a length")
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
