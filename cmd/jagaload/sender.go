package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// sender posts webhooks over one kept-alive HTTP/1.1 connection, one at a
// time, as a Telegram delivery connection does. It writes each request in
// one write and reads the answer's status line, headers and body, and no
// more: net/http's client spends two goroutines and their wake-ups on every
// request, and the load program's CPU comes out of the same two cores as
// the jaga it measures (measured: 8% of the machine during the accepts).
// Real webhook senders run elsewhere, so the less of it the better.
type sender struct {
	addr, path string
	header     []string // "Name: value" lines
	conn       net.Conn
	r          *bufio.Reader
	buf        []byte
}

func newSender(addr, path string, header ...string) *sender {
	return &sender{addr: addr, path: path, header: header}
}

// post sends body and returns the answer's status code. After any error
// the connection is closed and the next post dials again.
func (s *sender) post(body []byte) (int, error) {
	if s.conn == nil {
		c, err := net.DialTimeout("tcp", s.addr, 10*time.Second)
		if err != nil {
			return 0, err
		}
		s.conn, s.r = c, bufio.NewReaderSize(c, 4096)
	}
	code, keep, err := s.exchange(body)
	if err != nil || !keep {
		s.conn.Close()
		s.conn = nil
	}
	return code, err
}

func (s *sender) exchange(body []byte) (code int, keep bool, err error) {
	b := s.buf[:0]
	b = append(b, "POST "...)
	b = append(b, s.path...)
	b = append(b, " HTTP/1.1\r\nHost: "...)
	b = append(b, s.addr...)
	b = append(b, "\r\n"...)
	for _, h := range s.header {
		b = append(b, h...)
		b = append(b, "\r\n"...)
	}
	b = append(b, "Content-Length: "...)
	b = strconv.AppendInt(b, int64(len(body)), 10)
	b = append(b, "\r\n\r\n"...)
	b = append(b, body...)
	s.buf = b
	if err := s.conn.SetDeadline(time.Now().Add(30 * time.Second)); err != nil {
		return 0, false, err
	}
	if _, err := s.conn.Write(b); err != nil {
		return 0, false, err
	}
	tp := textproto.NewReader(s.r)
	line, err := tp.ReadLine()
	if err != nil {
		return 0, false, err
	}
	proto, status, ok := strings.Cut(line, " ")
	if !ok || !strings.HasPrefix(proto, "HTTP/1.") || len(status) < 3 {
		return 0, false, fmt.Errorf("bad status line %q", line)
	}
	if code, err = strconv.Atoi(status[:3]); err != nil {
		return 0, false, fmt.Errorf("bad status line %q", line)
	}
	length := -1
	keep = true
	for {
		h, err := tp.ReadLine()
		if err != nil {
			return 0, false, err
		}
		if h == "" {
			break
		}
		name, value, _ := strings.Cut(h, ":")
		value = strings.TrimSpace(value)
		switch {
		case strings.EqualFold(name, "Content-Length"):
			if length, err = strconv.Atoi(value); err != nil || length < 0 {
				return 0, false, fmt.Errorf("bad Content-Length %q", value)
			}
		case strings.EqualFold(name, "Transfer-Encoding"):
			return 0, false, errors.New("chunked answers are not read by the load program")
		case strings.EqualFold(name, "Connection") && strings.EqualFold(value, "close"):
			keep = false
		}
	}
	if length < 0 {
		return 0, false, errors.New("answer without Content-Length")
	}
	if _, err := io.CopyN(io.Discard, s.r, int64(length)); err != nil {
		return 0, false, err
	}
	return code, keep, nil
}

// answerOK turns a status into post's error.
func answerOK(code int) error {
	if code != 200 {
		return fmt.Errorf("webhook answered %d", code)
	}
	return nil
}
