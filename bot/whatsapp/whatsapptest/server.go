// Package whatsapptest is an importable fake of the WhatsApp Cloud API for
// tests: an httptest server for the Graph API messages endpoint that checks
// the bearer token, records text messages and read receipts, and can be
// told to fail; plus builders for webhook payloads as Meta sends them,
// signed with X-Hub-Signature-256.
package whatsapptest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// Test credentials the fake and the builders use.
const (
	AccessToken   = "EAAGtestaccesstoken0123456789"
	PhoneNumberID = "106540352242922"
	AppSecret     = "0123456789abcdef0123456789abcdef"
	VerifyToken   = "jaga-verify-token"
	APIVersion    = "v21.0"
)

// Message is a text message the fake accepted.
type Message struct {
	ID         string // the wamid the fake answered
	To         string
	Text       string
	PreviewURL bool
}

// failure is a queued error answer.
type failure struct {
	status     int
	code       int
	message    string
	retryAfter string
}

// Server is a fake Graph API. It is safe for concurrent use.
type Server struct {
	srv *httptest.Server
	// URL is the API base to give the client (Config.APIURL), with the
	// version: <server>/v21.0.
	URL string

	mu       sync.Mutex
	token    string
	sent     []Message
	reads    []string
	requests []map[string]any // every decoded request body, in order
	failures []failure
	nextID   int
	changed  chan struct{}
}

// New starts a fake Graph API; call Close when done.
func New() *Server {
	s := &Server{token: AccessToken, changed: make(chan struct{})}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL + "/" + APIVersion
	return s
}

// NewServer starts a fake Graph API that is closed when the test ends.
func NewServer(t testing.TB) *Server {
	t.Helper()
	s := New()
	t.Cleanup(s.Close)
	return s
}

// Close shuts the server down.
func (s *Server) Close() { s.srv.Close() }

// Client returns an HTTP client for the server.
func (s *Server) Client() *http.Client { return s.srv.Client() }

// FailNext makes the next call answer HTTP status with a Graph API error of
// the given code (for example 400 and 131047 for a closed 24-hour window).
// retryAfter, when not empty, is sent as the Retry-After header. Failures
// queue up.
func (s *Server) FailNext(status, code int, retryAfter string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, failure{status, code, errorMessage(code), retryAfter})
}

// RateLimit makes the next n calls answer 429 with code 130429 and the
// given Retry-After header (none when empty).
func (s *Server) RateLimit(n int, retryAfter string) {
	for range n {
		s.FailNext(http.StatusTooManyRequests, 130429, retryAfter)
	}
}

// Sent returns the text messages accepted, in order.
func (s *Server) Sent() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.sent...)
}

// ReadMarks returns the wamids marked read, in order.
func (s *Server) ReadMarks() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.reads...)
}

// Requests returns every request body the fake decoded, including failed
// ones, in order.
func (s *Server) Requests() []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]map[string]any(nil), s.requests...)
}

// WaitSent waits until at least n messages were sent or timeout passed, and
// returns the messages sent so far and whether there were n.
func (s *Server) WaitSent(n int, timeout time.Duration) ([]Message, bool) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		sent, ch := append([]Message(nil), s.sent...), s.changed
		s.mu.Unlock()
		if len(sent) >= n {
			return sent, true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return sent, false
		}
	}
}

func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// serve handles POST /<version>/<phone number id>/messages.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	if r.Method != http.MethodPost || len(parts) != 3 || parts[0] != APIVersion || parts[2] != "messages" {
		writeError(w, failure{http.StatusBadRequest, 100, "Unsupported request", ""})
		return
	}
	s.mu.Lock()
	token := s.token
	s.mu.Unlock()
	if r.Header.Get("Authorization") != "Bearer "+token {
		writeError(w, failure{http.StatusUnauthorized, 190, "Invalid OAuth access token - Cannot parse access token", ""})
		return
	}
	if parts[1] != PhoneNumberID {
		writeError(w, failure{http.StatusBadRequest, 100, "Unsupported post request. Object does not exist", ""})
		return
	}
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		writeError(w, failure{http.StatusBadRequest, 100, "Invalid parameter", ""})
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, body)
	s.notifyLocked()
	if len(s.failures) > 0 {
		f := s.failures[0]
		s.failures = s.failures[1:]
		writeError(w, f)
		return
	}
	if body["messaging_product"] != "whatsapp" {
		writeError(w, failure{http.StatusBadRequest, 100, "The parameter messaging_product is required.", ""})
		return
	}
	if body["status"] == "read" {
		id, _ := body["message_id"].(string)
		if id == "" {
			writeError(w, failure{http.StatusBadRequest, 100, "Invalid parameter", ""})
			return
		}
		s.reads = append(s.reads, id)
		writeJSON(w, http.StatusOK, map[string]any{"success": true})
		return
	}
	to, _ := body["to"].(string)
	text, _ := body["text"].(map[string]any)
	msgBody, _ := text["body"].(string)
	preview, _ := text["preview_url"].(bool)
	switch {
	case body["type"] != "text" || to == "":
		writeError(w, failure{http.StatusBadRequest, 100, "Invalid parameter", ""})
		return
	case strings.TrimSpace(msgBody) == "" || utf8.RuneCountInString(msgBody) > 4096:
		writeError(w, failure{http.StatusBadRequest, 100, "Param text['body'] must be between 1 and 4096 characters long", ""})
		return
	}
	s.nextID++
	id := fmt.Sprintf("wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEkZBS0U%04d", s.nextID)
	s.sent = append(s.sent, Message{ID: id, To: to, Text: msgBody, PreviewURL: preview})
	writeJSON(w, http.StatusOK, map[string]any{
		"messaging_product": "whatsapp",
		"contacts":          []map[string]any{{"input": to, "wa_id": to}},
		"messages":          []map[string]any{{"id": id}},
	})
}

// errorMessage is Meta's title for the codes tests use.
func errorMessage(code int) string {
	switch code {
	case 130429:
		return "(#130429) Rate limit hit"
	case 131056:
		return "(#131056) (Business Account, Consumer Account) pair rate limit hit"
	case 131047:
		return "Re-engagement message"
	case 131026:
		return "Message Undeliverable."
	case 190:
		return "Error validating access token: Session has expired"
	case 4:
		return "(#4) Application request limit reached"
	}
	return "An unknown error has occurred."
}

func writeError(w http.ResponseWriter, f failure) {
	if f.retryAfter != "" {
		w.Header().Set("Retry-After", f.retryAfter)
	}
	writeJSON(w, f.status, map[string]any{"error": map[string]any{
		"message": f.message, "type": "OAuthException", "code": f.code,
		"error_data": map[string]any{"messaging_product": "whatsapp", "details": f.message},
		"fbtrace_id": "AbCdEfGhIjKlMnOp",
	}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
