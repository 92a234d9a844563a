// Package telegramtest is an importable fake of the Telegram Bot API for
// tests: an httptest server that speaks the real wire format (JSON,
// urlencoded and multipart requests to /bot<token>/<method>), records every
// call, queues updates for getUpdates and can be told to fail. It also
// builds webhook updates and posts them with the secret header.
package telegramtest

import (
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// Token is the bot token the fake accepts unless Server.SetToken changes it.
const Token = "123456:TEST-token_abcdefghijklmnopqrstuvw"

// BotID is the id getMe reports.
const BotID = 123456

// BotUsername is the username getMe reports.
const BotUsername = "jaga_test_bot"

// Call is one Bot API request as the fake decoded it. Params holds every
// parameter as text: strings as they are, other JSON values (numbers,
// booleans, arrays, objects) in their JSON form, as the multipart encoding
// of the real client sends them.
type Call struct {
	Method string
	Params map[string]string
	// ContentLength is the request's Content-Length; -1 when the body
	// came chunked, with no length given ahead.
	ContentLength int64
}

// Message is a message the bot sent with sendMessage.
type Message struct {
	ChatID    int64
	MessageID int
	Text      string
}

// Draft is a draft the bot streamed with sendMessageDraft.
type Draft struct {
	ChatID  int64
	DraftID int64
	Text    string
	At      time.Time // when the fake received it
}

// apiError is a queued failure.
type apiError struct {
	code        int
	description string
	retryAfter  int
}

// Server is a fake Bot API. It is safe for concurrent use.
type Server struct {
	srv *httptest.Server
	// URL is the base URL to give the client (Config.APIURL).
	URL string

	mu       sync.Mutex
	token    string
	calls    []Call
	sent     []Message
	drafts   []Draft
	texts    map[string]string // "<chat>:<msg>" → current text
	nextID   map[int64]int
	failures map[string][]apiError
	updates  []json.RawMessage // pending, ordered by update_id
	nextUpd  int64
	offset   int64         // the highest offset a getUpdates call confirmed
	changed  chan struct{} // closed and replaced on every change
}

// New starts a fake Bot API; call Close when done.
func New() *Server {
	s := &Server{
		token:    Token,
		texts:    map[string]string{},
		nextID:   map[int64]int{},
		failures: map[string][]apiError{},
		nextUpd:  1,
		changed:  make(chan struct{}),
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// NewServer starts a fake Bot API that is closed when the test ends.
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

// SetToken changes the token the fake accepts; other tokens get 401.
func (s *Server) SetToken(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.token = token
}

// RateLimit makes the next n sendMessage calls answer 429 with
// parameters.retry_after = retryAfterSeconds.
func (s *Server) RateLimit(n, retryAfterSeconds int) {
	for range n {
		s.FailNextWith("sendMessage", http.StatusTooManyRequests,
			"Too Many Requests: retry after "+strconv.Itoa(retryAfterSeconds), retryAfterSeconds)
	}
}

// FailNext makes the next call of method answer with an error, for example
// (403, "Forbidden: bot was blocked by the user") or
// (400, "Bad Request: chat not found"). Calls queue up.
func (s *Server) FailNext(method string, code int, description string) {
	s.FailNextWith(method, code, description, 0)
}

// FailNextWith is FailNext with a retry_after parameter.
func (s *Server) FailNextWith(method string, code int, description string, retryAfter int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures[method] = append(s.failures[method], apiError{code, description, retryAfter})
}

// Calls returns the recorded calls of method, or of all methods when
// method is empty, in order.
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || strings.EqualFold(c.Method, method) {
			out = append(out, c)
		}
	}
	return out
}

// Sent returns the messages sent successfully, in order.
func (s *Server) Sent() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.sent...)
}

// WaitSent waits until at least n messages were sent or timeout passed, and
// returns the messages sent so far and whether there were n.
func (s *Server) WaitSent(n int, timeout time.Duration) ([]Message, bool) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		// Copy only to return: a load program waits here for thousands of
		// messages, and copying all of them at each one was quadratic.
		s.mu.Lock()
		got, ch := len(s.sent), s.changed
		s.mu.Unlock()
		if got >= n {
			return s.Sent(), true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return s.Sent(), false
		}
	}
}

// AddUpdate queues an update for getUpdates and returns its update_id.
// update is the JSON of an update ([]byte or json.RawMessage, such as
// TextUpdate returns) or anything that marshals to a JSON object
// (models.Update, a map); its update_id is replaced.
func (s *Server) AddUpdate(update any) int64 {
	var raw []byte
	switch u := update.(type) {
	case []byte:
		raw = u
	case json.RawMessage:
		raw = u
	default:
		var err error
		if raw, err = json.Marshal(update); err != nil {
			panic("telegramtest: AddUpdate: " + err.Error())
		}
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		panic("telegramtest: AddUpdate: update is not a JSON object")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.nextUpd
	s.nextUpd++
	obj["update_id"] = json.RawMessage(strconv.FormatInt(id, 10))
	raw, _ = json.Marshal(obj)
	s.updates = append(s.updates, raw)
	s.notifyLocked()
	return id
}

// Offset returns the highest offset a getUpdates call has sent: every
// update with a smaller id has been acknowledged.
func (s *Server) Offset() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.offset
}

// WaitOffset waits until the acknowledged offset reaches at least offset.
func (s *Server) WaitOffset(offset int64, timeout time.Duration) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		got, ch := s.offset, s.changed
		s.mu.Unlock()
		if got >= offset {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return false
		}
	}
}

func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// serve handles /bot<token>/<method>.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, ok2 := strings.Cut(rest, "/")
	method = strings.TrimPrefix(method, "test/")
	if !ok || !ok2 || method == "" {
		writeAPIError(w, apiError{code: http.StatusNotFound, description: "Not Found"})
		return
	}
	params, err := decodeParams(r)
	if err != nil {
		writeAPIError(w, apiError{code: http.StatusBadRequest, description: "Bad Request: " + err.Error()})
		return
	}
	s.mu.Lock()
	if token != s.token {
		s.mu.Unlock()
		writeAPIError(w, apiError{code: http.StatusUnauthorized, description: "Unauthorized"})
		return
	}
	s.calls = append(s.calls, Call{Method: method, Params: params, ContentLength: r.ContentLength})
	if q := s.failures[method]; len(q) > 0 {
		s.failures[method] = q[1:]
		s.notifyLocked()
		s.mu.Unlock()
		writeAPIError(w, q[0])
		return
	}
	s.notifyLocked()
	s.mu.Unlock()

	switch method {
	case "getMe":
		writeResult(w, map[string]any{"id": BotID, "is_bot": true, "first_name": "Jaga", "username": BotUsername})
	case "setWebhook", "deleteWebhook", "sendChatAction":
		writeResult(w, true)
	case "getUpdates":
		s.getUpdates(w, r, params)
	case "sendMessage":
		s.sendMessage(w, params)
	case "editMessageText":
		s.editMessageText(w, params)
	case "sendMessageDraft":
		s.sendMessageDraft(w, params)
	default:
		writeAPIError(w, apiError{code: http.StatusNotFound, description: "Not Found: method not found"})
	}
}

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, p map[string]string) {
	offset, _ := strconv.ParseInt(p["offset"], 10, 64)
	timeout, _ := strconv.Atoi(p["timeout"])
	wait := time.NewTimer(time.Duration(timeout) * time.Second)
	defer wait.Stop()
	for {
		s.mu.Lock()
		if offset > s.offset {
			s.offset = offset
			s.notifyLocked()
		}
		// Confirmed updates are forgotten, as Telegram does.
		var pending []json.RawMessage
		for _, u := range s.updates {
			if updateID(u) >= offset {
				pending = append(pending, u)
			}
		}
		s.updates = pending
		ch := s.changed
		s.mu.Unlock()
		if len(pending) > 0 || timeout <= 0 {
			if pending == nil {
				pending = []json.RawMessage{}
			}
			writeResult(w, pending)
			return
		}
		select {
		case <-ch:
		case <-wait.C:
			timeout = 0
		case <-r.Context().Done():
			return
		}
	}
}

func updateID(raw json.RawMessage) int64 {
	var u struct {
		ID int64 `json:"update_id"`
	}
	_ = json.Unmarshal(raw, &u)
	return u.ID
}

func (s *Server) sendMessage(w http.ResponseWriter, p map[string]string) {
	chatID, err := strconv.ParseInt(p["chat_id"], 10, 64)
	if err != nil || chatID == 0 {
		writeAPIError(w, apiError{code: http.StatusBadRequest, description: "Bad Request: chat not found"})
		return
	}
	text := p["text"]
	if msg := checkText(text); msg != "" {
		writeAPIError(w, apiError{code: http.StatusBadRequest, description: msg})
		return
	}
	s.mu.Lock()
	s.nextID[chatID]++
	id := s.nextID[chatID]
	s.sent = append(s.sent, Message{ChatID: chatID, MessageID: id, Text: text})
	s.texts[fmt.Sprintf("%d:%d", chatID, id)] = text
	s.notifyLocked()
	s.mu.Unlock()
	writeResult(w, messageJSON(chatID, id, text))
}

func (s *Server) editMessageText(w http.ResponseWriter, p map[string]string) {
	chatID, _ := strconv.ParseInt(p["chat_id"], 10, 64)
	msgID, _ := strconv.Atoi(p["message_id"])
	text := p["text"]
	if msg := checkText(text); msg != "" {
		writeAPIError(w, apiError{code: http.StatusBadRequest, description: msg})
		return
	}
	key := fmt.Sprintf("%d:%d", chatID, msgID)
	s.mu.Lock()
	old, ok := s.texts[key]
	if ok && old != text {
		s.texts[key] = text
	}
	s.mu.Unlock()
	switch {
	case !ok:
		writeAPIError(w, apiError{code: http.StatusBadRequest, description: "Bad Request: message to edit not found"})
	case old == text:
		writeAPIError(w, apiError{code: http.StatusBadRequest, description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"})
	default:
		writeResult(w, messageJSON(chatID, msgID, text))
	}
}

// sendMessageDraft records a draft. As Telegram does, it accepts private
// chats only (positive ids), a non-zero draft_id and up to one message's
// worth of text; an empty text is allowed (it shows "Thinking…").
func (s *Server) sendMessageDraft(w http.ResponseWriter, p map[string]string) {
	chatID, err := strconv.ParseInt(p["chat_id"], 10, 64)
	if err != nil || chatID <= 0 {
		writeAPIError(w, apiError{code: http.StatusBadRequest, description: "Bad Request: chat not found"})
		return
	}
	draftID, err := strconv.ParseInt(p["draft_id"], 10, 64)
	if err != nil || draftID == 0 {
		writeAPIError(w, apiError{code: http.StatusBadRequest, description: "Bad Request: invalid draft_id specified"})
		return
	}
	text := p["text"]
	if msg := checkText(text); msg != "" && strings.TrimSpace(text) != "" {
		writeAPIError(w, apiError{code: http.StatusBadRequest, description: msg})
		return
	}
	s.mu.Lock()
	s.drafts = append(s.drafts, Draft{ChatID: chatID, DraftID: draftID, Text: text, At: time.Now()})
	s.notifyLocked()
	s.mu.Unlock()
	writeResult(w, true)
}

// Drafts returns the drafts streamed to chatID, in order.
func (s *Server) Drafts(chatID int64) []Draft {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Draft
	for _, d := range s.drafts {
		if d.ChatID == chatID {
			out = append(out, d)
		}
	}
	return out
}

// Text returns the current text of a sent message, after edits.
func (s *Server) Text(chatID int64, messageID int) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.texts[fmt.Sprintf("%d:%d", chatID, messageID)]
	return t, ok
}

// checkText applies Telegram's rules for a message text.
func checkText(text string) string {
	n := 0
	for _, r := range text {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	switch {
	case strings.TrimSpace(text) == "":
		return "Bad Request: message text is empty"
	case n > 4096:
		return "Bad Request: message is too long"
	case !utf8.ValidString(text):
		return "Bad Request: text must be encoded in UTF-8"
	}
	return ""
}

func messageJSON(chatID int64, id int, text string) map[string]any {
	return map[string]any{
		"message_id": id,
		"date":       time.Now().Unix(),
		"from":       map[string]any{"id": BotID, "is_bot": true, "first_name": "Jaga", "username": BotUsername},
		"chat":       map[string]any{"id": chatID, "type": "private"},
		"text":       text,
	}
}

// decodeParams reads the parameters of a Bot API request from the query
// string and from a JSON, urlencoded or multipart body.
func decodeParams(r *http.Request) (map[string]string, error) {
	params := map[string]string{}
	for k, v := range r.URL.Query() {
		params[k] = v[0]
	}
	if r.Method != http.MethodPost || r.ContentLength == 0 {
		return params, nil
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		var obj map[string]json.RawMessage
		if err := json.NewDecoder(r.Body).Decode(&obj); err != nil {
			return nil, fmt.Errorf("can't parse JSON body")
		}
		for k, v := range obj {
			var s string
			if json.Unmarshal(v, &s) == nil {
				params[k] = s
			} else {
				params[k] = string(v)
			}
		}
	case "multipart/form-data":
		if err := r.ParseMultipartForm(10 << 20); err != nil {
			return nil, fmt.Errorf("can't parse multipart body")
		}
		for k, v := range r.MultipartForm.Value {
			params[k] = v[0]
		}
	default:
		if err := r.ParseForm(); err != nil {
			return nil, fmt.Errorf("can't parse form body")
		}
		for k, v := range r.PostForm {
			params[k] = v[0]
		}
	}
	return params, nil
}

func writeResult(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func writeAPIError(w http.ResponseWriter, e apiError) {
	body := map[string]any{"ok": false, "error_code": e.code, "description": e.description}
	if e.retryAfter > 0 {
		body["parameters"] = map[string]any{"retry_after": e.retryAfter}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.code)
	_ = json.NewEncoder(w).Encode(body)
}
