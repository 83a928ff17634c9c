package serve

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"
)

// limiter bounds the requests processed at once. A request that finds no
// place waits in a queue of bounded length, and for a bounded time: a full
// queue refuses a request at once (429), a wait that runs out refuses it
// then (503). So an overloaded service answers quickly and its memory
// stays bounded, rather than piling requests up until it falls over.
type limiter struct {
	slots  chan struct{}
	queue  chan struct{}
	wait   time.Duration
	queued atomic.Int64
}

func newLimiter(inFlight, queue int, wait time.Duration) *limiter {
	return &limiter{slots: make(chan struct{}, inFlight), queue: make(chan struct{}, queue), wait: wait}
}

// errFull is the refusal of a request that finds every place and the
// queue taken: the commonest answer of an overloaded service, so it
// costs no allocation.
var errFull = &httpError{status: http.StatusTooManyRequests, code: "overloaded",
	msg: "too many requests: every place and the queue are taken (config max_in_flight, max_queue); retry later"}

// acquire takes a place, and returns what gives it back; before it waits
// in the queue it calls wait(ctx).
func (l *limiter) acquire(ctx context.Context, wait func(context.Context)) (func(), error) {
	select {
	case l.slots <- struct{}{}:
		return l.release, nil
	default:
	}
	select {
	case l.queue <- struct{}{}:
	default:
		return nil, errFull
	}
	wait(ctx)
	l.queued.Add(1)
	defer func() { <-l.queue; l.queued.Add(-1) }()
	t := time.NewTimer(l.wait)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		return l.release, nil
	case <-t.C:
		return nil, &httpError{status: http.StatusServiceUnavailable, code: "overloaded",
			msg: "too busy: no place freed within queue_wait (" + l.wait.String() + "); retry later"}
	case <-ctx.Done():
		return nil, &httpError{status: http.StatusServiceUnavailable, code: "canceled", msg: "the request ended while it waited for a place"}
	}
}

func (l *limiter) release() { <-l.slots }

// full reports whether every place and the queue are taken, as acquire
// would find them: a request then is refused without trying.
func (l *limiter) full() bool { return len(l.slots) == cap(l.slots) && len(l.queue) == cap(l.queue) }

// load is the requests in flight and waiting.
func (l *limiter) load() (inFlight, queued int) { return len(l.slots), int(l.queued.Load()) }
