// Package geminitest is an httptest fake of the Gemini API that speaks its
// REST and server-sent-events wire format and records, decoded, every
// request it receives, so tests can check exactly what the model was sent.
package geminitest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// APIKey is the key the fake accepts.
const APIKey = "test-gemini-key-0123456789"

// Content is one decoded content of a request.
type Content struct {
	Role string
	Text string
}

// Request is one request the fake received.
type Request struct {
	Model    string
	Stream   bool
	System   string
	Contents []Content
	Raw      []byte // the exact body
}

// AllText returns every text of the request, system instruction included.
func (r Request) AllText() string {
	var b strings.Builder
	b.WriteString(r.System)
	for _, c := range r.Contents {
		b.WriteString("\n")
		b.WriteString(c.Text)
	}
	return b.String()
}

type failure struct {
	status     int
	body       string
	retryAfter string
	midStream  int  // send this many chunks, then an error frame
	block      bool // answer with promptFeedback.blockReason
}

// Server is the fake. It is safe for concurrent use.
type Server struct {
	srv *httptest.Server
	// URL is the base URL to give the client.
	URL string

	mu        sync.Mutex
	requests  []Request
	responder func(Request) []string
	delay     time.Duration
	failures  []failure
	changed   chan struct{}
}

// New starts a fake; call Close when done.
func New() *Server {
	s := &Server{changed: make(chan struct{})}
	s.responder = func(r Request) []string {
		last := ""
		if n := len(r.Contents); n > 0 {
			last = r.Contents[n-1].Text
		}
		return []string{"Jawaban: ", last}
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// NewServer starts a fake that is closed when the test ends.
func NewServer(t testing.TB) *Server {
	t.Helper()
	s := New()
	t.Cleanup(s.Close)
	return s
}

// Close shuts the fake down.
func (s *Server) Close() { s.srv.Close() }

// SetResponder sets the chunks streamed for a request.
func (s *Server) SetResponder(f func(Request) []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.responder = f
}

// SetChunkDelay makes the fake wait between chunks.
func (s *Server) SetChunkDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delay = d
}

// FailNext answers the next request with status and a Google error body.
func (s *Server) FailNext(status int, message string) {
	s.push(failure{status: status, body: errorBody(status, message, "")})
}

// RateLimitNext answers the next request with 429, a RetryInfo detail and a
// Retry-After header.
func (s *Server) RateLimitNext(retry time.Duration) {
	s.push(failure{status: 429, retryAfter: fmt.Sprint(int(retry.Seconds())),
		body: errorBody(429, "Resource has been exhausted (e.g. check quota).", fmt.Sprintf("%ds", int(retry.Seconds())))})
}

// ErrorMidStream streams n chunks of the next answer, then an error frame.
func (s *Server) ErrorMidStream(n int) { s.push(failure{midStream: n}) }

// BlockNext answers the next request with a prompt blocked for safety.
func (s *Server) BlockNext() { s.push(failure{block: true}) }

func (s *Server) push(f failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, f)
}

// Requests returns what the fake received, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// WaitRequests waits until n requests arrived.
func (s *Server) WaitRequests(n int, timeout time.Duration) ([]Request, bool) {
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		if len(s.requests) >= n {
			out := append([]Request(nil), s.requests...)
			s.mu.Unlock()
			return out, true
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-deadline:
			return s.Requests(), false
		}
	}
}

func errorBody(status int, message, retryDelay string) string {
	st := map[int]string{400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 429: "RESOURCE_EXHAUSTED",
		500: "INTERNAL", 503: "UNAVAILABLE"}[status]
	e := map[string]any{"code": status, "message": message, "status": st}
	if retryDelay != "" {
		e["details"] = []map[string]any{{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": retryDelay}}
	}
	b, _ := json.Marshal(map[string]any{"error": e})
	return string(b)
}

type wireRequest struct {
	Contents []struct {
		Role  string `json:"role"`
		Parts []struct {
			Text string `json:"text"`
		} `json:"parts"`
	} `json:"contents"`
	SystemInstruction *struct {
		Parts []struct {
			Text string `json:"text"`
		} `json:"parts"`
	} `json:"systemInstruction"`
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	// /v1beta/models/{model}:streamGenerateContent?alt=sse or :generateContent
	path := r.URL.Path
	i := strings.Index(path, "/models/")
	if r.Method != http.MethodPost || i < 0 {
		http.Error(w, errorBody(404, "not found", ""), 404)
		return
	}
	model, method, _ := strings.Cut(path[i+len("/models/"):], ":")
	if r.Header.Get("x-goog-api-key") != APIKey && r.URL.Query().Get("key") != APIKey {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(400)
		_, _ = io.WriteString(w, errorBody(400, "API key not valid. Please pass a valid API key.", ""))
		return
	}
	raw, _ := io.ReadAll(r.Body)
	var wr wireRequest
	if err := json.Unmarshal(raw, &wr); err != nil {
		w.WriteHeader(400)
		_, _ = io.WriteString(w, errorBody(400, "Invalid JSON payload received.", ""))
		return
	}
	req := Request{Model: model, Stream: method == "streamGenerateContent", Raw: raw}
	if wr.SystemInstruction != nil {
		for _, p := range wr.SystemInstruction.Parts {
			req.System += p.Text
		}
	}
	for _, c := range wr.Contents {
		var t strings.Builder
		for _, p := range c.Parts {
			t.WriteString(p.Text)
		}
		req.Contents = append(req.Contents, Content{Role: c.Role, Text: t.String()})
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	close(s.changed)
	s.changed = make(chan struct{})
	var f *failure
	if len(s.failures) > 0 {
		f = &s.failures[0]
		s.failures = s.failures[1:]
	}
	chunks, delay := s.responder(req), s.delay
	s.mu.Unlock()

	w.Header().Set("Content-Type", "application/json")
	if f != nil && f.status != 0 {
		if f.retryAfter != "" {
			w.Header().Set("Retry-After", f.retryAfter)
		}
		w.WriteHeader(f.status)
		_, _ = io.WriteString(w, f.body)
		return
	}
	promptTokens := len(strings.Fields(req.AllText()))
	usage := map[string]any{"promptTokenCount": promptTokens, "candidatesTokenCount": len(chunks), "totalTokenCount": promptTokens + len(chunks)}
	if f != nil && f.block {
		s.write(w, req.Stream, []map[string]any{{"promptFeedback": map[string]any{"blockReason": "SAFETY"}, "usageMetadata": usage}}, 0)
		return
	}
	var frames []map[string]any
	for k, c := range chunks {
		cand := map[string]any{"content": map[string]any{"role": "model", "parts": []map[string]any{{"text": c}}}, "index": 0}
		frame := map[string]any{"candidates": []map[string]any{cand}, "modelVersion": model}
		if k == len(chunks)-1 {
			cand["finishReason"] = "STOP"
			frame["usageMetadata"] = usage
		}
		frames = append(frames, frame)
	}
	if f != nil && f.midStream > 0 && f.midStream < len(frames) {
		frames = append(frames[:f.midStream], map[string]any{"error": map[string]any{"code": 503, "message": "The model is overloaded.", "status": "UNAVAILABLE"}})
	}
	if !req.Stream {
		var all strings.Builder
		for _, c := range chunks {
			all.WriteString(c)
		}
		b, _ := json.Marshal(map[string]any{"candidates": []map[string]any{{"content": map[string]any{"role": "model",
			"parts": []map[string]any{{"text": all.String()}}}, "finishReason": "STOP"}}, "usageMetadata": usage})
		_, _ = w.Write(b)
		return
	}
	s.write(w, true, frames, delay)
}

func (s *Server) write(w http.ResponseWriter, stream bool, frames []map[string]any, delay time.Duration) {
	if !stream {
		b, _ := json.Marshal(frames[0])
		_, _ = w.Write(b)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	flusher, _ := w.(http.Flusher)
	for k, f := range frames {
		if k > 0 && delay > 0 {
			time.Sleep(delay)
		}
		b, _ := json.Marshal(f)
		fmt.Fprintf(w, "data: %s\r\n\r\n", b)
		if flusher != nil {
			flusher.Flush()
		}
	}
}
