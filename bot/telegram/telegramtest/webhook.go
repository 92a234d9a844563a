package telegramtest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

// SecretHeader is the header Telegram puts the webhook secret in.
const SecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// TextUpdate returns the JSON of an update with a text message from a
// person in a private chat (so the chat id is the user id), as Telegram
// sends it: with a bot_command entity when the text starts with a command,
// offsets counted in UTF-16 code units.
func TextUpdate(updateID, userID int64, messageID int, text string) []byte {
	msg := baseMessage(userID, messageID)
	msg["text"] = text
	if strings.HasPrefix(text, "/") {
		end := strings.IndexAny(text, " \n\t")
		if end < 0 {
			end = len(text)
		}
		msg["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": utf16Len(text[:end])}}
	}
	return mustJSON(map[string]any{"update_id": updateID, "message": msg})
}

// PhotoUpdate returns the JSON of an update with a photo (and a caption,
// which jaga ignores) from a person in a private chat.
func PhotoUpdate(updateID, userID int64, messageID int) []byte {
	msg := baseMessage(userID, messageID)
	msg["photo"] = []map[string]any{
		{"file_id": "AgACAgUAAxkBAAIBZ2VwTest", "file_unique_id": "AQADTest", "width": 90, "height": 90, "file_size": 1234},
	}
	msg["caption"] = "lihat ini"
	return mustJSON(map[string]any{"update_id": updateID, "message": msg})
}

func baseMessage(userID int64, messageID int) map[string]any {
	return map[string]any{
		"message_id": messageID,
		"from": map[string]any{
			"id": userID, "is_bot": false, "first_name": "Test", "language_code": "id",
		},
		"chat": map[string]any{"id": userID, "first_name": "Test", "type": "private"},
		"date": time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC).Unix(),
	}
}

// NewWebhookRequest returns a request as Telegram posts an update to a
// webhook, with the secret header set unless secret is empty.
func NewWebhookRequest(secret string, body []byte) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/webhooks/telegram", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	if secret != "" {
		r.Header.Set(SecretHeader, secret)
	}
	return r
}

// ServeWebhook runs h on an update as Telegram would post it and returns
// the recorded response.
func ServeWebhook(h http.Handler, secret string, body []byte) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, NewWebhookRequest(secret, body))
	return rec
}

// PostWebhook posts an update to a webhook URL over HTTP, with the secret
// header set unless secret is empty. The caller closes the response body.
func PostWebhook(ctx context.Context, client *http.Client, url, secret string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set(SecretHeader, secret)
	}
	if client == nil {
		client = http.DefaultClient
	}
	return client.Do(req)
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic("telegramtest: " + err.Error())
	}
	return b
}
