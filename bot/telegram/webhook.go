package telegram

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
)

// MaxBodyBytes is the largest webhook body accepted. Telegram's updates are
// a few kilobytes; a message is at most 4,096 characters.
const MaxBodyBytes = 1 << 20

// SecretHeader carries the secret_token given to setWebhook.
const SecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// Errors ParseUpdate returns for a body that is not a usable update.
var (
	ErrInvalidJSON  = errors.New("body is not a JSON Telegram update")
	ErrInvalidUTF8  = errors.New("body is not valid UTF-8")
	errBodyTooLarge = errors.New("body too large")
)

// WebhookHandler returns the handler for POST /webhooks/telegram. It
// checks the secret header in constant time (401 and nothing stored when it
// is wrong or missing, or when no secret is configured), limits the body to MaxBodyBytes (413), rejects
// bodies that are not JSON or not valid UTF-8 (400), and answers 200 only
// after a.Accept stored the message, 500 when it could not, so that
// Telegram delivers the update again. Updates without a message jaga
// handles are answered 200 without calling a.Accept.
func (c *Channel) WebhookHandler(a bot.Acceptor) http.Handler {
	secret := []byte(c.cfg.WebhookSecret)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			writeError(w, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		// Without a configured secret (polling mode) nothing can be
		// verified, so nothing is accepted.
		got := []byte(r.Header.Get(SecretHeader))
		if len(secret) == 0 || subtle.ConstantTimeCompare(got, secret) != 1 {
			c.log.Warn("telegram webhook: bad secret token")
			writeError(w, http.StatusUnauthorized, "bad secret token")
			return
		}
		body, err := readBody(w, r)
		if err != nil {
			if errors.Is(err, errBodyTooLarge) {
				writeError(w, http.StatusRequestEntityTooLarge, "body larger than 1 MiB")
				return
			}
			writeError(w, http.StatusBadRequest, "could not read body")
			return
		}
		in, ok, err := ParseUpdate(body)
		if err != nil {
			c.log.Warn("telegram webhook: rejected update", "error", err)
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		if !ok {
			w.WriteHeader(http.StatusOK)
			return
		}
		if err := a.Accept(r.Context(), []bot.Inbound{in}); err != nil {
			c.log.Error("telegram webhook: accept failed", "error", err)
			writeError(w, http.StatusInternalServerError, "not stored, retry")
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}

// readBody reads at most MaxBodyBytes of the request body.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return nil, errBodyTooLarge
	}
	return body, err
}

// writeError answers with a small JSON error body.
func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(struct {
		Error string `json:"error"`
	}{msg})
}

// ParseUpdate parses a Telegram update body. ok is false (with no error)
// for an update with nothing jaga handles: anything but a new "message",
// service messages (members joining, pinned messages, …) and messages from
// bots or channels. The body must be valid UTF-8: encoding/json would
// silently replace bad bytes, and jaga stores what people wrote.
func ParseUpdate(body []byte) (in bot.Inbound, ok bool, err error) {
	if !utf8.Valid(body) {
		return bot.Inbound{}, false, ErrInvalidUTF8
	}
	var upd models.Update
	if err := json.Unmarshal(body, &upd); err != nil {
		return bot.Inbound{}, false, ErrInvalidJSON
	}
	in, ok = updateInbound(&upd)
	return in, ok, nil
}

// updateInbound converts an update to an Inbound; see ParseUpdate.
func updateInbound(upd *models.Update) (bot.Inbound, bool) {
	m := upd.Message
	if m == nil || m.From == nil || m.From.IsBot || m.ID <= 0 || m.Chat.ID == 0 {
		return bot.Inbound{}, false
	}
	kind := messageKind(m)
	if kind == "" {
		return bot.Inbound{}, false
	}
	in := bot.Inbound{
		Channel:          jaga.ChannelTelegram,
		ChannelMessageID: messageID(m.Chat.ID, m.ID),
		ExternalUserID:   strconv.FormatInt(m.From.ID, 10),
		ExternalChatID:   strconv.FormatInt(m.Chat.ID, 10),
		Kind:             kind,
		SentAt:           time.Unix(int64(m.Date), 0).UTC(),
		LanguageHint:     m.From.LanguageCode,
	}
	if kind == "text" {
		in.Text = m.Text
	}
	return in, true
}

// messageKind names what a message carries: "text", or Telegram's name for
// the content ("photo", "sticker", …). It is empty for service messages,
// which need no answer.
func messageKind(m *models.Message) string {
	switch {
	case m.Text != "":
		return "text"
	case len(m.Photo) > 0:
		return "photo"
	case m.Sticker != nil:
		return "sticker"
	case m.Animation != nil: // before document: an animation carries both
		return "animation"
	case m.Voice != nil:
		return "voice"
	case m.Audio != nil:
		return "audio"
	case m.VideoNote != nil:
		return "video_note"
	case m.Video != nil:
		return "video"
	case m.Document != nil:
		return "document"
	case m.Venue != nil: // before location: a venue carries both
		return "venue"
	case m.Location != nil:
		return "location"
	case m.Contact != nil:
		return "contact"
	case m.Poll != nil:
		return "poll"
	case m.Dice != nil:
		return "dice"
	case m.Story != nil:
		return "story"
	case m.Game != nil:
		return "game"
	case m.PaidMedia != nil:
		return "paid_media"
	case m.Checklist != nil:
		return "checklist"
	}
	return ""
}
