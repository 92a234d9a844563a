// Package telegram is the Telegram channel: it verifies and parses webhook
// updates (or long-polls for them), hands them to the bot pipeline through a
// bot.Acceptor, and sends, edits and "typing" indicators through the Bot API.
//
// Only this package imports github.com/go-telegram/bot (as tgbot). The
// library's own webhook handler answers 200 to a bad secret and loses an
// update when its handler fails, so this package owns the HTTP side and
// uses the library only as a typed Bot API client.
package telegram

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/jaga-id/jaga/bot"
)

// DefaultAPIURL is the Bot API server used when Config.APIURL is empty.
const DefaultAPIURL = "https://api.telegram.org"

// WebhookPath is where jaga serves Telegram updates; Start registers
// PublicURL + WebhookPath with Telegram.
const WebhookPath = "/webhooks/telegram"

// Modes of receiving updates.
const (
	ModeWebhook = "webhook"
	ModePolling = "polling"
)

// defaultRetryAfter is how long to wait when Telegram answers 429 without
// saying how long.
const defaultRetryAfter = 5 * time.Second

// pollTimeout is how long one getUpdates long poll may wait on Telegram.
const pollTimeout = 50 * time.Second

// Config configures the Telegram channel.
type Config struct {
	Token         string // TELEGRAM_BOT_TOKEN; required
	APIURL        string // TELEGRAM_API_URL; DefaultAPIURL when empty
	WebhookSecret string // TELEGRAM_WEBHOOK_SECRET; required in webhook mode
	Mode          string // ModeWebhook (default) or ModePolling
	PublicURL     string // JAGA_PUBLIC_URL; Start registers PublicURL + WebhookPath
	// HTTPClient makes the Bot API calls. In polling mode its Timeout, if
	// any, must exceed the 40-second long poll.
	HTTPClient *http.Client
	Logger     *slog.Logger
}

// Channel is the Telegram channel. It implements bot.Sender, bot.Typer,
// bot.Drafter and bot.Editor, and serves updates through WebhookHandler or
// Poll.
type Channel struct {
	cfg    Config
	api    *tgbot.Bot
	client *http.Client
	log    *slog.Logger
}

var (
	_ bot.Sender  = (*Channel)(nil)
	_ bot.Typer   = (*Channel)(nil)
	_ bot.Editor  = (*Channel)(nil)
	_ bot.Drafter = (*Channel)(nil)
)

// secretPattern is what Telegram allows as a webhook secret_token.
var secretPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// New returns a Telegram channel. It makes no network call: getMe is
// skipped so that a Telegram outage does not stop jaga from starting.
func New(cfg Config) (*Channel, error) {
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("telegram: token is required")
	}
	if cfg.Mode == "" {
		cfg.Mode = ModeWebhook
	}
	switch cfg.Mode {
	case ModeWebhook:
		if cfg.WebhookSecret == "" {
			return nil, errors.New("telegram: webhook secret is required in webhook mode")
		}
	case ModePolling:
	default:
		return nil, fmt.Errorf("telegram: mode %q must be %q or %q", cfg.Mode, ModeWebhook, ModePolling)
	}
	if cfg.WebhookSecret != "" && !secretPattern.MatchString(cfg.WebhookSecret) {
		return nil, errors.New("telegram: webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
	}
	cfg.APIURL = strings.TrimRight(cfg.APIURL, "/")
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	cfg.PublicURL = strings.TrimRight(cfg.PublicURL, "/")
	client := cfg.HTTPClient
	if client == nil {
		// The timeout must outlast a long poll. net/http keeps two idle
		// connections per host by default: a burst of concurrent sends
		// would open (and TLS-handshake) one per message.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 64
		client = &http.Client{Timeout: pollTimeout + 10*time.Second, Transport: t}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	log = log.With("channel", "telegram")
	c := &Channel{cfg: cfg, client: client, log: log}
	api, err := tgbot.New(cfg.Token,
		tgbot.WithSkipGetMe(),
		tgbot.WithServerURL(cfg.APIURL),
		tgbot.WithHTTPClient(pollTimeout, wholeBody{client}),
		// Updates never reach the library (this package owns the webhook
		// and the poll loop); the handlers are set so that the library's
		// defaults, which print whole updates, can never run.
		tgbot.WithDefaultHandler(func(context.Context, *tgbot.Bot, *models.Update) {}),
		tgbot.WithErrorsHandler(func(err error) {
			log.Warn("telegram client error") // the error may quote a response body
		}),
		tgbot.WithDebugHandler(func(string, ...any) {}),
	)
	if err != nil {
		return nil, fmt.Errorf("telegram: %w", err)
	}
	c.api = api
	return c, nil
}

// Mode returns the configured mode, ModeWebhook or ModePolling.
func (c *Channel) Mode() string { return c.cfg.Mode }

// Start tells Telegram how updates should arrive. In webhook mode it calls
// setWebhook with PublicURL + WebhookPath, the secret and allowed_updates
// ["message"]; in polling mode it calls deleteWebhook, since getUpdates
// does not work while a webhook is set. Pending updates are kept either way.
func (c *Channel) Start(ctx context.Context) error {
	if c.cfg.Mode == ModePolling {
		if _, err := c.api.DeleteWebhook(ctx, &tgbot.DeleteWebhookParams{}); err != nil {
			return fmt.Errorf("telegram deleteWebhook: %w", safeError(err))
		}
		return nil
	}
	if c.cfg.PublicURL == "" {
		return errors.New("telegram: public URL is required to set the webhook")
	}
	_, err := c.api.SetWebhook(ctx, &tgbot.SetWebhookParams{
		URL:            c.cfg.PublicURL + WebhookPath,
		SecretToken:    c.cfg.WebhookSecret,
		AllowedUpdates: []string{"message"},
	})
	if err != nil {
		return fmt.Errorf("telegram setWebhook: %w", safeError(err))
	}
	return nil
}

// Send sends out.Text to out.ExternalChatID (a chat id) as plain text,
// split into as many messages as Telegram's limit needs, and returns the id
// of the last one as "<chat_id>:<message_id>". When a later part fails the
// earlier parts stay sent; the error says nothing about which.
func (c *Channel) Send(ctx context.Context, out bot.Outbound) (string, error) {
	chatID, err := parseChatID(out.ExternalChatID)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(out.Text) == "" {
		return "", &bot.PermanentError{Reason: "empty message text"}
	}
	var last string
	text := strings.ToValidUTF8(out.Text, "\uFFFD") // Telegram refuses invalid UTF-8
	for _, part := range SplitText(text, MaxMessageUTF16) {
		msg, err := c.api.SendMessage(ctx, &tgbot.SendMessageParams{
			ChatID: chatID,
			Text:   part,
			LinkPreviewOptions: &models.LinkPreviewOptions{
				IsDisabled: tgbot.True(),
			},
		})
		if err != nil {
			return "", sendError("sendMessage", err)
		}
		last = messageID(msg.Chat.ID, msg.ID)
	}
	return last, nil
}

// Typing shows "typing…" in the chat for a few seconds.
func (c *Channel) Typing(ctx context.Context, externalChatID string) error {
	chatID, err := parseChatID(externalChatID)
	if err != nil {
		return err
	}
	if _, err := c.api.SendChatAction(ctx, &tgbot.SendChatActionParams{
		ChatID: chatID,
		Action: models.ChatActionTyping,
	}); err != nil {
		return sendError("sendChatAction", err)
	}
	return nil
}

// CanDraft reports whether the chat can show drafts: Telegram streams
// drafts to private chats only, whose ids are positive (groups' are
// negative).
func (c *Channel) CanDraft(externalChatID string) bool {
	id, err := strconv.ParseInt(externalChatID, 10, 64)
	return err == nil && id > 0
}

// Draft shows text as an ephemeral draft in a private chat
// (sendMessageDraft): the person sees the answer grow, and the draft is
// replaced when the answer is sent. Text longer than one message shows its
// last part, the one being written.
func (c *Channel) Draft(ctx context.Context, externalChatID string, draftID int64, text string) error {
	chatID, err := parseChatID(externalChatID)
	if err != nil {
		return err
	}
	if draftID == 0 {
		return &bot.PermanentError{Reason: "draft id must not be zero"}
	}
	parts := SplitText(strings.ToValidUTF8(text, "\uFFFD"), MaxMessageUTF16)
	if len(parts) == 0 {
		return nil
	}
	if _, err := c.api.SendMessageDraft(ctx, &tgbot.SendMessageDraftParams{
		ChatID:  chatID,
		DraftID: strconv.FormatInt(draftID, 10),
		Text:    parts[len(parts)-1],
	}); err != nil {
		return sendError("sendMessageDraft", err)
	}
	return nil
}

// Edit replaces the text of a message sent earlier; channelMessageID is the
// "<chat_id>:<message_id>" Send returned. Text longer than one message is
// cut to the first part. Editing to the same text is not an error.
func (c *Channel) Edit(ctx context.Context, externalChatID, channelMessageID, text string) error {
	chatID, err := parseChatID(externalChatID)
	if err != nil {
		return err
	}
	_, idPart, _ := strings.Cut(channelMessageID, ":")
	msgID, err := strconv.Atoi(idPart)
	if err != nil || msgID <= 0 {
		return &bot.PermanentError{Reason: "malformed telegram message id"}
	}
	if strings.TrimSpace(text) == "" {
		return &bot.PermanentError{Reason: "empty message text"}
	}
	_, err = c.api.EditMessageText(ctx, &tgbot.EditMessageTextParams{
		ChatID:    chatID,
		MessageID: msgID,
		Text:      SplitText(text, MaxMessageUTF16)[0],
		LinkPreviewOptions: &models.LinkPreviewOptions{
			IsDisabled: tgbot.True(),
		},
	})
	if err != nil {
		if errors.Is(err, tgbot.ErrorBadRequest) && strings.Contains(err.Error(), "message is not modified") {
			return nil
		}
		return sendError("editMessageText", err)
	}
	return nil
}

// messageID is the channel message id of a Telegram message: message ids
// are only unique within a chat.
func messageID(chatID int64, msgID int) string {
	return strconv.FormatInt(chatID, 10) + ":" + strconv.Itoa(msgID)
}

// parseChatID parses a Telegram chat id; a malformed one can never work.
func parseChatID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id == 0 {
		return 0, &bot.PermanentError{Reason: "malformed telegram chat id"}
	}
	return id, nil
}

// sendError translates a Bot API error once, here: 429 becomes a
// *bot.RetryAfterError, a refusal that cannot change (bot blocked, chat
// not found, chat migrated) a *bot.PermanentError, anything else a plain
// error that the delivery job retries.
func sendError(method string, err error) error {
	var tooMany *tgbot.TooManyRequestsError
	if errors.As(err, &tooMany) {
		after := time.Duration(tooMany.RetryAfter) * time.Second
		if after <= 0 {
			after = defaultRetryAfter
		}
		return &bot.RetryAfterError{After: after}
	}
	var migrate *tgbot.MigrateError
	if errors.As(err, &migrate) {
		return &bot.PermanentError{Reason: "telegram group was upgraded to a supergroup"}
	}
	switch {
	case errors.Is(err, tgbot.ErrorForbidden):
		// "bot was blocked by the user", "user is deactivated", "bot was
		// kicked from the group chat", "bot can't initiate conversation".
		return &bot.PermanentError{Reason: "telegram refused: bot blocked or removed from the chat"}
	case errors.Is(err, tgbot.ErrorBadRequest) && strings.Contains(err.Error(), "chat not found"):
		return &bot.PermanentError{Reason: "telegram chat not found"}
	case errors.Is(err, tgbot.ErrorBadRequest) && strings.Contains(err.Error(), "message to edit not found"):
		return &bot.PermanentError{Reason: "telegram message to edit not found"}
	}
	return fmt.Errorf("telegram %s: %w", method, safeError(err))
}

// safeError keeps an error from the Bot API client if its text is known to
// be free of personal data, and replaces it otherwise. The client quotes
// whole response bodies (which echo the message text) when it cannot
// decode them.
func safeError(err error) error {
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.Is(err, tgbot.ErrorForbidden), errors.Is(err, tgbot.ErrorBadRequest),
		errors.Is(err, tgbot.ErrorUnauthorized), errors.Is(err, tgbot.ErrorNotFound),
		errors.Is(err, tgbot.ErrorConflict):
		return err // "<kind>, <Telegram's fixed description>"
	case strings.Contains(err.Error(), "error decode response"):
		return errors.New("undecodable response from the Bot API")
	}
	return err
}

// wholeBody sends each Bot API request with its body in one piece.
// go-telegram/bot writes its multipart form into an io.Pipe, so net/http
// knows no length and sends the body chunked, flushing every chunk: a
// write system call (to the real API, a TLS record) for every piece of
// every form field. Read whole first — the forms of the methods this
// package calls are a few KB, a message being at most 4,096 characters —
// the body goes out with the headers in one write. Measured (5,000
// BenchmarkSend calls, the fake on loopback, 3 alternated runs): write
// calls per send 10 -> 2 (client and fake), CPU 1,932-2,121 ms -> 1,482-1,729
// ms, context switches 18,700-29,600 -> 15,300-23,900.
type wholeBody struct{ c *http.Client }

func (w wholeBody) Do(req *http.Request) (*http.Response, error) {
	if req.Body == nil || req.Body == http.NoBody || req.ContentLength > 0 {
		return w.c.Do(req)
	}
	b, err := io.ReadAll(req.Body)
	req.Body.Close() // ends the library's pipe either way
	if err != nil {
		return nil, err
	}
	req.ContentLength = int64(len(b))
	req.Body = io.NopCloser(bytes.NewReader(b))
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	return w.c.Do(req)
}
