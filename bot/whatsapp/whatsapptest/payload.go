package whatsapptest

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"time"
)

// SignatureHeader is the header Meta signs webhook deliveries in.
const SignatureHeader = "X-Hub-Signature-256"

// SentAt is the timestamp the builders give messages and statuses.
var SentAt = time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC)

// Change is one entry[].changes[].value of a webhook payload, built with
// TextMessage, ImageMessage, Status and friends.
type Change struct {
	phoneNumberID string
	contacts      []map[string]any
	messages      []map[string]any
	statuses      []map[string]any
}

// TextMessage returns a change with a text message from the WhatsApp
// number from to the test business number.
func TextMessage(from, wamid, text string) Change {
	return message(from, wamid, "text", map[string]any{"text": map[string]any{"body": text}})
}

// ImageMessage returns a change with an image message.
func ImageMessage(from, wamid string) Change {
	return message(from, wamid, "image", map[string]any{"image": map[string]any{
		"caption": "bukti transfer", "mime_type": "image/jpeg",
		"sha256": "f0a4c2f1cbd6c7e0d7b2a3e6b1c5d3e4f0a4c2f1cbd6c7e0d7b2a3e6b1c5d3e4", "id": "1234567890123456",
	}})
}

// ButtonReply returns a change with an interactive button reply.
func ButtonReply(from, wamid, title string) Change {
	return message(from, wamid, "interactive", map[string]any{"interactive": map[string]any{
		"type": "button_reply", "button_reply": map[string]any{"id": "btn-1", "title": title},
	}})
}

func message(from, wamid, typ string, content map[string]any) Change {
	m := map[string]any{"from": from, "id": wamid, "timestamp": strconv.FormatInt(SentAt.Unix(), 10), "type": typ}
	for k, v := range content {
		m[k] = v
	}
	return Change{
		phoneNumberID: PhoneNumberID,
		contacts:      []map[string]any{{"profile": map[string]any{"name": "Test"}, "wa_id": from}},
		messages:      []map[string]any{m},
	}
}

// Status returns a change with a delivery status ("sent", "delivered",
// "read" or "failed") for a message the business sent to recipient.
func Status(recipient, wamid, status string) Change {
	s := map[string]any{
		"id": wamid, "status": status, "timestamp": strconv.FormatInt(SentAt.Unix(), 10), "recipient_id": recipient,
	}
	switch status {
	case "failed":
		s["errors"] = []map[string]any{{"code": 131047, "title": "Re-engagement message",
			"message": "Re-engagement message", "error_data": map[string]any{"details": "Message failed to send because more than 24 hours have passed since the customer last replied to this number."}}}
	case "sent", "delivered":
		s["conversation"] = map[string]any{"id": "c0a8f3b9e4a1f2d3", "origin": map[string]any{"type": "service"}}
		s["pricing"] = map[string]any{"billable": true, "pricing_model": "PMP", "category": "service"}
	}
	return Change{phoneNumberID: PhoneNumberID, statuses: []map[string]any{s}}
}

// ForPhoneNumber returns c as if it were for another business number.
func (c Change) ForPhoneNumber(id string) Change {
	c.phoneNumberID = id
	return c
}

// Merge returns one change holding the messages and statuses of all of cs,
// as Meta batches them under the first one's phone number id.
func Merge(cs ...Change) Change {
	var out Change
	for i, c := range cs {
		if i == 0 {
			out.phoneNumberID = c.phoneNumberID
		}
		out.contacts = append(out.contacts, c.contacts...)
		out.messages = append(out.messages, c.messages...)
		out.statuses = append(out.statuses, c.statuses...)
	}
	return out
}

// Payload returns the webhook body for changes, one entry per change as
// Meta batches them.
func Payload(changes ...Change) []byte {
	entries := make([]map[string]any, 0, len(changes))
	for _, c := range changes {
		v := map[string]any{
			"messaging_product": "whatsapp",
			"metadata":          map[string]any{"display_phone_number": "6281100001111", "phone_number_id": c.phoneNumberID},
		}
		if c.contacts != nil {
			v["contacts"] = c.contacts
		}
		if c.messages != nil {
			v["messages"] = c.messages
		}
		if c.statuses != nil {
			v["statuses"] = c.statuses
		}
		entries = append(entries, map[string]any{
			"id":      "102290129340398",
			"changes": []map[string]any{{"value": v, "field": "messages"}},
		})
	}
	b, err := json.Marshal(map[string]any{"object": "whatsapp_business_account", "entry": entries})
	if err != nil {
		panic("whatsapptest: " + err.Error())
	}
	return b
}

// Sign returns the X-Hub-Signature-256 value for body: "sha256=" and the
// hex HMAC-SHA256 of body under appSecret.
func Sign(appSecret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(appSecret))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// NewWebhookRequest returns a delivery as Meta posts it, signed with
// appSecret unless it is empty.
func NewWebhookRequest(appSecret string, body []byte) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/webhooks/whatsapp", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	if appSecret != "" {
		r.Header.Set(SignatureHeader, Sign(appSecret, body))
	}
	return r
}

// NewVerifyRequest returns Meta's verification request.
func NewVerifyRequest(mode, verifyToken, challenge string) *http.Request {
	q := url.Values{"hub.mode": {mode}, "hub.verify_token": {verifyToken}, "hub.challenge": {challenge}}
	return httptest.NewRequest(http.MethodGet, "/webhooks/whatsapp?"+q.Encode(), nil)
}

// ServeWebhook runs h on a signed delivery and returns the recorded response.
func ServeWebhook(h http.Handler, appSecret string, body []byte) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, NewWebhookRequest(appSecret, body))
	return rec
}

// PostWebhook posts a delivery to a webhook URL over HTTP, signed with
// appSecret unless it is empty. The caller closes the response body.
func PostWebhook(ctx context.Context, client *http.Client, webhookURL, appSecret string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, webhookURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if appSecret != "" {
		req.Header.Set(SignatureHeader, Sign(appSecret, body))
	}
	if client == nil {
		client = http.DefaultClient
	}
	return client.Do(req)
}
