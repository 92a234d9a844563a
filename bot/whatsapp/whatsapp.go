// Package whatsapp is the WhatsApp Cloud API channel: it answers Meta's
// webhook verification, checks the signature of every webhook delivery,
// parses messages and delivery statuses for the bot pipeline, and sends
// text messages and read receipts through the Graph API. It uses net/http
// only.
package whatsapp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/jaga-id/jaga/bot"
)

// DefaultAPIURL is the Graph API base used when Config.APIURL is empty.
const DefaultAPIURL = "https://graph.facebook.com/v21.0"

// Config configures the WhatsApp channel. All but APIURL, HTTPClient and
// Logger are required.
type Config struct {
	AccessToken   string // WHATSAPP_ACCESS_TOKEN: a system user token
	PhoneNumberID string // WHATSAPP_PHONE_NUMBER_ID: the business number jaga sends from
	AppSecret     string // WHATSAPP_APP_SECRET: signs webhook deliveries
	VerifyToken   string // WHATSAPP_VERIFY_TOKEN: answers Meta's verification request
	APIURL        string // WHATSAPP_API_URL; DefaultAPIURL when empty
	HTTPClient    *http.Client
	Logger        *slog.Logger
}

// Channel is the WhatsApp channel; it implements bot.Sender.
type Channel struct {
	cfg    Config
	client *http.Client
	log    *slog.Logger
}

var _ bot.Sender = (*Channel)(nil)

// New returns a WhatsApp channel. It refuses a configuration without the
// secrets that keep the webhook closed to strangers.
func New(cfg Config) (*Channel, error) {
	var missing []string
	for _, f := range []struct{ name, v string }{
		{"access token", cfg.AccessToken}, {"phone number id", cfg.PhoneNumberID},
		{"app secret", cfg.AppSecret}, {"verify token", cfg.VerifyToken},
	} {
		if strings.TrimSpace(f.v) == "" {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("whatsapp: %s required", strings.Join(missing, ", "))
	}
	cfg.APIURL = strings.TrimRight(cfg.APIURL, "/")
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	client := cfg.HTTPClient
	if client == nil {
		// net/http keeps two idle connections per host by default: a burst
		// of concurrent sends would open (and TLS-handshake) one per message.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 64
		client = &http.Client{Timeout: 30 * time.Second, Transport: t}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	return &Channel{cfg: cfg, client: client, log: log.With("channel", "whatsapp")}, nil
}

// textMessage is the request body of a text message.
type textMessage struct {
	MessagingProduct string `json:"messaging_product"`
	RecipientType    string `json:"recipient_type"`
	To               string `json:"to"`
	Type             string `json:"type"`
	Text             struct {
		PreviewURL bool   `json:"preview_url"`
		Body       string `json:"body"`
	} `json:"text"`
}

// sendResponse is the Graph API's answer to a sent message.
type sendResponse struct {
	Messages []struct {
		ID string `json:"id"`
	} `json:"messages"`
}

// Send sends out.Text to the WhatsApp number out.ExternalChatID, split into
// as many messages as the 4,096-character limit needs, and returns the
// wamid of the last one. Link previews are off.
func (c *Channel) Send(ctx context.Context, out bot.Outbound) (string, error) {
	if out.ExternalChatID == "" {
		return "", &bot.PermanentError{Reason: "missing whatsapp recipient"}
	}
	if strings.TrimSpace(out.Text) == "" {
		return "", &bot.PermanentError{Reason: "empty message text"}
	}
	var last string
	text := strings.ToValidUTF8(out.Text, "\uFFFD") // JSON cannot carry invalid UTF-8 anyway
	for _, part := range SplitText(text, MaxMessageChars) {
		msg := textMessage{MessagingProduct: "whatsapp", RecipientType: "individual", To: out.ExternalChatID, Type: "text"}
		msg.Text.Body = part
		var resp sendResponse
		if err := c.post(ctx, msg, &resp); err != nil {
			return "", err
		}
		if len(resp.Messages) == 0 || resp.Messages[0].ID == "" {
			return "", errors.New("whatsapp send: response without a message id")
		}
		last = resp.Messages[0].ID
	}
	return last, nil
}

// MarkRead marks a received message (and the ones before it) as read, which
// shows the person blue ticks.
func (c *Channel) MarkRead(ctx context.Context, wamid string) error {
	if wamid == "" {
		return &bot.PermanentError{Reason: "missing whatsapp message id"}
	}
	return c.post(ctx, map[string]string{
		"messaging_product": "whatsapp",
		"status":            "read",
		"message_id":        wamid,
	}, nil)
}

// post sends body to the messages endpoint and decodes a successful answer
// into dest, translating a failure with graphError.
func (c *Channel) post(ctx context.Context, body, dest any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("whatsapp: encode request: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.APIURL+"/"+c.cfg.PhoneNumberID+"/messages", bytes.NewReader(b))
	if err != nil {
		return errors.New("whatsapp: bad API URL")
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.AccessToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("whatsapp send: %w", ctx.Err())
		}
		return errors.New("whatsapp send: request failed") // the error may quote the URL
	}
	defer resp.Body.Close()
	respBody, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return errors.New("whatsapp send: reading response failed")
	}
	if resp.StatusCode/100 != 2 {
		return graphError(resp.StatusCode, resp.Header.Get("Retry-After"), respBody)
	}
	if dest != nil {
		if err := json.Unmarshal(respBody, dest); err != nil {
			return fmt.Errorf("whatsapp send: undecodable response (HTTP %d)", resp.StatusCode)
		}
	}
	return nil
}

// Graph API error codes jaga treats specially. See
// https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes.
const (
	codeAppRateLimit      = 4      // application request limit reached
	codeInvalidToken      = 190    // access token expired or invalid
	codeWABARateLimit     = 80007  // WhatsApp Business Account rate limit
	codeThroughput        = 130429 // Cloud API throughput reached
	codeUndeliverable     = 131026 // message undeliverable (no WhatsApp, old app, …)
	codeNotAllowed        = 131030 // recipient not in the allowed list (test numbers)
	codeReEngagement      = 131047 // more than 24 hours since the person last wrote
	codeSpamRateLimit     = 131048 // spam rate limit hit
	codePairRateLimit     = 131056 // too many messages to the same number
	defaultRetryAfter     = 5 * time.Second
	defaultPairRetryAfter = 6 * time.Second // Meta allows about one message every 6 s per pair
	defaultLongRetryAfter = time.Minute
)

// graphErrorBody is the Graph API's error envelope.
type graphErrorBody struct {
	Error struct {
		Message   string `json:"message"`
		Type      string `json:"type"`
		Code      int    `json:"code"`
		Subcode   int    `json:"error_subcode"`
		FBTraceID string `json:"fbtrace_id"`
	} `json:"error"`
}

// graphError translates a failed Graph API call once, here: rate limits
// become a *bot.RetryAfterError (with the Retry-After header when given), a
// refusal that cannot change a *bot.PermanentError, anything else a plain
// error the delivery job retries. Meta's message text is left out: it can
// quote the request.
func graphError(status int, retryAfter string, body []byte) error {
	var e graphErrorBody
	_ = json.Unmarshal(body, &e)
	code := e.Error.Code
	after := func(def time.Duration) error {
		if s, err := strconv.Atoi(strings.TrimSpace(retryAfter)); err == nil && s > 0 {
			return &bot.RetryAfterError{After: time.Duration(s) * time.Second}
		}
		return &bot.RetryAfterError{After: def}
	}
	switch code {
	case codePairRateLimit:
		return after(defaultPairRetryAfter)
	case codeThroughput:
		return after(defaultRetryAfter)
	case codeAppRateLimit, codeWABARateLimit, codeSpamRateLimit:
		return after(defaultLongRetryAfter)
	case codeReEngagement:
		return &bot.PermanentError{Reason: "whatsapp: more than 24 hours since the person last wrote (re-engagement required)"}
	case codeUndeliverable:
		return &bot.PermanentError{Reason: "whatsapp: message undeliverable to this number"}
	case codeNotAllowed:
		return &bot.PermanentError{Reason: "whatsapp: recipient not in the allowed list"}
	case codeInvalidToken:
		return fmt.Errorf("whatsapp send: access token invalid or expired (HTTP %d, code 190, subcode %d)", status, e.Error.Subcode)
	}
	if status == http.StatusTooManyRequests {
		return after(defaultRetryAfter)
	}
	if status == http.StatusUnauthorized {
		return fmt.Errorf("whatsapp send: unauthorized (HTTP 401, code %d)", code)
	}
	return fmt.Errorf("whatsapp send: HTTP %d, graph error %d/%d (%s, trace %s)", status, code, e.Error.Subcode, e.Error.Type, e.Error.FBTraceID)
}
