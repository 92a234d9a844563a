package whatsapp

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
)

// MaxBodyBytes is the largest webhook body accepted.
const MaxBodyBytes = 1 << 20

// SignatureHeader carries "sha256=" and the hex HMAC-SHA256 of the body
// under the app secret.
const SignatureHeader = "X-Hub-Signature-256"

// Errors ParsePayload returns for a body that is not a usable payload.
var (
	ErrInvalidJSON  = errors.New("body is not a JSON WhatsApp webhook payload")
	ErrInvalidUTF8  = errors.New("body is not valid UTF-8")
	errBodyTooLarge = errors.New("body too large")
)

// WebhookHandler returns the handler for GET and POST /webhooks/whatsapp.
//
// GET is Meta's verification request: with hub.mode=subscribe and the
// right hub.verify_token (compared in constant time) it echoes
// hub.challenge, otherwise it answers 403.
//
// POST is a delivery: the body is limited to MaxBodyBytes (413), its
// X-Hub-Signature-256 must be the HMAC-SHA256 of the raw body under the app
// secret (401 and nothing stored otherwise), it must be valid UTF-8 JSON
// (400). Messages go to a.Accept and statuses to a.AcceptStatuses; the
// answer is 200 only after both stored what they got, 500 otherwise so that
// Meta delivers the payload again. Anything for another phone number id is
// ignored.
func (c *Channel) WebhookHandler(a bot.Acceptor) http.Handler {
	secret := []byte(c.cfg.AppSecret)
	verify := []byte(c.cfg.VerifyToken)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet:
			q := r.URL.Query()
			if q.Get("hub.mode") != "subscribe" ||
				subtle.ConstantTimeCompare([]byte(q.Get("hub.verify_token")), verify) != 1 {
				c.log.Warn("whatsapp webhook: verification refused")
				writeError(w, http.StatusForbidden, "verification refused")
				return
			}
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = io.WriteString(w, q.Get("hub.challenge"))
			return
		case http.MethodPost:
		default:
			w.Header().Set("Allow", "GET, POST")
			writeError(w, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				writeError(w, http.StatusRequestEntityTooLarge, "body larger than 1 MiB")
				return
			}
			writeError(w, http.StatusBadRequest, "could not read body")
			return
		}
		if !ValidSignature(secret, body, r.Header.Get(SignatureHeader)) {
			c.log.Warn("whatsapp webhook: bad signature")
			writeError(w, http.StatusUnauthorized, "bad signature")
			return
		}
		p, err := ParsePayload(body, c.cfg.PhoneNumberID)
		if err != nil {
			c.log.Warn("whatsapp webhook: rejected payload", "error", err)
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		if p.Ignored > 0 {
			c.log.Warn("whatsapp webhook: ignored changes for another phone number", "count", p.Ignored)
		}
		if len(p.Messages) > 0 {
			if err := a.Accept(r.Context(), p.Messages); err != nil {
				c.log.Error("whatsapp webhook: accept failed", "error", err, "messages", len(p.Messages))
				writeError(w, http.StatusInternalServerError, "not stored, retry")
				return
			}
		}
		if len(p.Statuses) > 0 {
			if err := a.AcceptStatuses(r.Context(), p.Statuses); err != nil {
				c.log.Error("whatsapp webhook: accept statuses failed", "error", err, "statuses", len(p.Statuses))
				writeError(w, http.StatusInternalServerError, "not stored, retry")
				return
			}
		}
		w.WriteHeader(http.StatusOK)
	})
}

// ValidSignature reports whether header is "sha256=" followed by the hex
// HMAC-SHA256 of body under secret. The comparison takes constant time. An
// empty secret never validates.
func ValidSignature(secret, body []byte, header string) bool {
	if len(secret) == 0 {
		return false
	}
	hexSig, ok := strings.CutPrefix(header, "sha256=")
	if !ok {
		return false
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hmac.Equal(got, mac.Sum(nil))
}

func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(struct {
		Error string `json:"error"`
	}{msg})
}

// payload is the webhook body of the Cloud API, reduced to what jaga reads.
type payload struct {
	Object string `json:"object"`
	Entry  []struct {
		ID      string `json:"id"`
		Changes []struct {
			Field string      `json:"field"`
			Value changeValue `json:"value"`
		} `json:"changes"`
	} `json:"entry"`
}

type changeValue struct {
	MessagingProduct string `json:"messaging_product"`
	Metadata         struct {
		PhoneNumberID string `json:"phone_number_id"`
	} `json:"metadata"`
	Messages []message `json:"messages"`
	Statuses []status  `json:"statuses"`
}

type message struct {
	From      string `json:"from"`
	ID        string `json:"id"`
	Timestamp string `json:"timestamp"`
	Type      string `json:"type"`
	Text      *struct {
		Body string `json:"body"`
	} `json:"text"`
	Interactive *struct {
		Type        string `json:"type"`
		ButtonReply *struct {
			Title string `json:"title"`
		} `json:"button_reply"`
		ListReply *struct {
			Title string `json:"title"`
		} `json:"list_reply"`
	} `json:"interactive"`
	Button *struct {
		Text string `json:"text"`
	} `json:"button"`
}

type status struct {
	ID        string `json:"id"`
	Status    string `json:"status"`
	Timestamp string `json:"timestamp"`
}

// Payload is what one webhook delivery carried.
type Payload struct {
	Messages []bot.Inbound
	Statuses []bot.StatusUpdate
	Ignored  int // changes for another phone number id
}

// ParsePayload parses a Cloud API webhook body: every entry, every change,
// every message and status in it. Changes for a phone number id other than
// phoneNumberID (when not empty) are counted in Ignored and dropped, as are
// reactions, system notices and statuses jaga does not track. The body must
// be valid UTF-8 (encoding/json would silently replace bad bytes).
func ParsePayload(body []byte, phoneNumberID string) (Payload, error) {
	var out Payload
	if !utf8.Valid(body) {
		return out, ErrInvalidUTF8
	}
	var p payload
	if err := json.Unmarshal(body, &p); err != nil {
		return out, ErrInvalidJSON
	}
	if p.Object != "whatsapp_business_account" {
		return out, ErrInvalidJSON
	}
	for _, e := range p.Entry {
		for _, ch := range e.Changes {
			if ch.Field != "" && ch.Field != "messages" {
				continue
			}
			v := &ch.Value
			if phoneNumberID != "" && v.Metadata.PhoneNumberID != phoneNumberID {
				out.Ignored++
				continue
			}
			for i := range v.Messages {
				if in, ok := inbound(&v.Messages[i]); ok {
					out.Messages = append(out.Messages, in)
				}
			}
			for _, s := range v.Statuses {
				if u, ok := statusUpdate(s); ok {
					out.Statuses = append(out.Statuses, u)
				}
			}
		}
	}
	return out, nil
}

// inbound converts one message. Button and list replies count as text: the
// person chose a sentence jaga offered.
func inbound(m *message) (bot.Inbound, bool) {
	if m.ID == "" || m.From == "" {
		return bot.Inbound{}, false
	}
	in := bot.Inbound{
		Channel:          jaga.ChannelWhatsApp,
		ChannelMessageID: m.ID,
		ExternalUserID:   m.From,
		ExternalChatID:   m.From,
		Kind:             m.Type,
		SentAt:           unixString(m.Timestamp),
	}
	switch m.Type {
	case "text":
		if m.Text != nil {
			in.Text = m.Text.Body
		}
	case "interactive":
		switch {
		case m.Interactive == nil:
		case m.Interactive.ButtonReply != nil:
			in.Kind, in.Text = "text", m.Interactive.ButtonReply.Title
		case m.Interactive.ListReply != nil:
			in.Kind, in.Text = "text", m.Interactive.ListReply.Title
		}
	case "button":
		if m.Button != nil {
			in.Kind, in.Text = "text", m.Button.Text
		}
	case "reaction", "system", "ephemeral", "request_welcome":
		// Nothing a person expects an answer to.
		return bot.Inbound{}, false
	case "":
		in.Kind = "unknown"
	}
	return in, true
}

// statusUpdate converts one delivery status.
func statusUpdate(s status) (bot.StatusUpdate, bool) {
	var st jaga.MessageStatus
	switch s.Status {
	case "sent":
		st = jaga.StatusSent
	case "delivered":
		st = jaga.StatusDelivered
	case "read":
		st = jaga.StatusRead
	case "failed":
		st = jaga.StatusFailed
	default:
		return bot.StatusUpdate{}, false
	}
	if s.ID == "" {
		return bot.StatusUpdate{}, false
	}
	return bot.StatusUpdate{
		Channel:          jaga.ChannelWhatsApp,
		ChannelMessageID: s.ID,
		Status:           st,
		At:               unixString(s.Timestamp),
	}, true
}

// unixString parses the Cloud API's string timestamps (seconds); a missing
// or malformed one gives the zero time.
func unixString(s string) time.Time {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}
