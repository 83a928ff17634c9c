package serve

import (
	"bufio"
	"bytes"
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

type limitedConn struct {
	net.Conn
	release func()
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.release()
	return err
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
