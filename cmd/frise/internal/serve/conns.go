package serve

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"
)

// LimitConns bounds the connections open at once on l to n: one more is
// answered at once with a 503 and closed, costing little, rather than
// held. With the bound on requests in flight and in the queue, it bounds
// the service's memory whatever the clients do: each connection holds
// buffers and a goroutine even while it waits.
func LimitConns(l net.Listener, n int) net.Listener {
	return &connLimit{Listener: l, sem: make(chan struct{}, n)}
}

type connLimit struct {
	net.Listener
	sem chan struct{}
}

func (l *connLimit) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		select {
		case l.sem <- struct{}{}:
			return &limitedConn{Conn: c, release: sync.OnceFunc(func() { <-l.sem })}, nil
		default:
			go refuse(c, cap(l.sem))
		}
	}
}

// limitedConn is a connection counted against the bound. It also batches
// the connection's system calls, which on one core are most of what an
// overloaded service spends: a read takes in up to readAhead bytes at
// once (several pipelined requests), and what the server writes waits in
// a buffer until the service is about to wait, for the client (a read that
// finds nothing buffered) or for its own work (Flush, called when a
// request takes a place or joins the queue). So the answers to pipelined
// requests leave in one write rather than one each, while no answer waits
// on anything slower than the refusals of the requests already read.
type limitedConn struct {
	net.Conn
	release func()

	// The read-ahead buffer is only touched by Read, which net/http never
	// calls from two goroutines at once.
	rbuf       []byte
	rpos, rend int

	// The write buffer is shared by the handler's writes and the flushes
	// a read starts (net/http's background read runs beside the handler).
	mu   sync.Mutex
	wbuf []byte
	werr error
}

const (
	readAhead  = 16 << 10
	writeBatch = 16 << 10
)

func (c *limitedConn) Read(p []byte) (int, error) {
	if c.rpos == c.rend {
		// About to wait for the client: what it is owed goes first.
		if err := c.Flush(); err != nil {
			return 0, err
		}
		if len(p) >= readAhead {
			return c.Conn.Read(p)
		}
		if c.rbuf == nil {
			c.rbuf = make([]byte, readAhead)
		}
		n, err := c.Conn.Read(c.rbuf)
		if n == 0 {
			return 0, err
		}
		c.rpos, c.rend = 0, n
	}
	n := copy(p, c.rbuf[c.rpos:c.rend])
	c.rpos += n
	return n, nil
}

func (c *limitedConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.werr != nil {
		return 0, c.werr
	}
	if len(c.wbuf)+len(p) > writeBatch {
		if err := c.flushLocked(); err != nil {
			return 0, err
		}
		if len(p) >= writeBatch {
			n, err := c.Conn.Write(p)
			c.werr = err
			return n, err
		}
	}
	if c.wbuf == nil {
		c.wbuf = make([]byte, 0, writeBatch)
	}
	c.wbuf = append(c.wbuf, p...)
	return len(p), nil
}

// Flush writes what the connection holds.
func (c *limitedConn) Flush() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.flushLocked()
}

func (c *limitedConn) flushLocked() error {
	if c.werr != nil || len(c.wbuf) == 0 {
		return c.werr
	}
	_, c.werr = c.Conn.Write(c.wbuf)
	c.wbuf = c.wbuf[:0]
	return c.werr
}

// CloseWrite flushes, then closes the sending side (net/http's lingering
// close of a connection it gives up on).
func (c *limitedConn) CloseWrite() error {
	c.Flush()
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

func (c *limitedConn) Close() error {
	// A client that reads nothing cannot hold the close up.
	c.Conn.SetWriteDeadline(time.Now().Add(time.Second))
	c.Flush()
	err := c.Conn.Close()
	c.release()
	return err
}

// flushConn flushes the connection a request came on, before the service
// spends time on the request: the answers to the requests before it on
// that connection must not wait for it.
func flushConn(ctx context.Context) {
	if f, ok := ctx.Value(connKey{}).(interface{ Flush() error }); ok {
		f.Flush()
	}
}

type connKey struct{}

// connContext gives a request's context its connection, for flushConn
// (http.Server.ConnContext).
func connContext(ctx context.Context, c net.Conn) context.Context {
	if lc, ok := c.(*limitedConn); ok {
		return context.WithValue(ctx, connKey{}, lc)
	}
	return ctx
}

// refuse answers a connection over the bound with a 503 and closes it,
// within a second. It answers the request's head, once read: an answer
// before the request would reach a client that is not listening yet. The
// rest the client sends is read before closing: closing a socket with
// unread data resets it, and the client could lose the answer.
func refuse(c net.Conn, n int) {
	defer c.Close()
	c.SetDeadline(time.Now().Add(time.Second))
	br := bufio.NewReaderSize(io.LimitReader(c, 16<<10), 1024)
	for {
		line, err := br.ReadSlice('\n')
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return
		}
		if len(bytes.TrimRight(line, "\r\n")) == 0 {
			break
		}
	}
	body := fmt.Sprintf(`{"code":"overloaded","message":"too many connections: %d are open (config max_connections); retry later"}`+"\n", n)
	fmt.Fprintf(c, "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		cw.CloseWrite()
	}
	io.Copy(io.Discard, io.LimitReader(c, 64<<10))
}
