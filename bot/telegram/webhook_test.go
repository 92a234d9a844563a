package telegram_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/bot/telegram"
	"github.com/jaga-id/jaga/bot/telegram/telegramtest"
)

const testSecret = "s3cret_webhook-token"

// acceptor records what a channel handed to the pipeline.
type acceptor struct {
	mu       sync.Mutex
	msgs     []bot.Inbound
	calls    int
	err      error // returned by Accept when set
	failOnce bool  // clear err after the first failure
}

func (a *acceptor) Accept(_ context.Context, msgs []bot.Inbound) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls++
	if a.err != nil {
		err := a.err
		if a.failOnce {
			a.err = nil
		}
		return err
	}
	a.msgs = append(a.msgs, msgs...)
	return nil
}

func (a *acceptor) AcceptStatuses(context.Context, []bot.StatusUpdate) error { return nil }

func (a *acceptor) snapshot() ([]bot.Inbound, int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]bot.Inbound(nil), a.msgs...), a.calls
}

type bundle struct {
	fake *telegramtest.Server
	ch   *telegram.Channel
}

// setup returns a webhook-mode channel talking to a fake Bot API.
func setup(t testing.TB, mode string) bundle {
	t.Helper()
	fake := telegramtest.NewServer(t)
	ch, err := telegram.New(telegram.Config{
		Token:         telegramtest.Token,
		APIURL:        fake.URL,
		WebhookSecret: testSecret,
		Mode:          mode,
		PublicURL:     "https://jaga.example/",
		HTTPClient:    fake.Client(),
		Logger:        slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	return bundle{fake: fake, ch: ch}
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseUpdate(t *testing.T) {
	t.Parallel()
	at := func(unix int64) time.Time { return time.Unix(unix, 0).UTC() }
	tests := []struct {
		file string
		want bot.Inbound
		ok   bool
	}{
		{"text.json", bot.Inbound{
			Channel: jaga.ChannelTelegram, ChannelMessageID: "987654321:42", ExternalUserID: "987654321",
			ExternalChatID: "987654321", Text: "Halo, berapa ongkir ke Bandung?", Kind: "text",
			SentAt: at(1795339800), LanguageHint: "id",
		}, true},
		{"command_nonascii.json", bot.Inbound{
			Channel: jaga.ChannelTelegram, ChannelMessageID: "987654321:43", ExternalUserID: "987654321",
			ExternalChatID: "987654321", Text: "Halo 👋 /start@jaga_bot K7Q2-MX9P", Kind: "text",
			SentAt: at(1795339860), LanguageHint: "id",
		}, true},
		{"emoji_text.json", bot.Inbound{
			Channel: jaga.ChannelTelegram, ChannelMessageID: "987654321:50", ExternalUserID: "987654321",
			ExternalChatID: "987654321", Text: "Terima kasih 🙏🏽 mantap 👨‍👩‍👧", Kind: "text",
			SentAt: at(1795340400), LanguageHint: "id",
		}, true},
		{"photo.json", bot.Inbound{
			Channel: jaga.ChannelTelegram, ChannelMessageID: "987654321:44", ExternalUserID: "987654321",
			ExternalChatID: "987654321", Kind: "photo", SentAt: at(1795339900), LanguageHint: "en",
		}, true},
		{"sticker.json", bot.Inbound{
			Channel: jaga.ChannelTelegram, ChannelMessageID: "987654321:45", ExternalUserID: "987654321",
			ExternalChatID: "987654321", Kind: "sticker", SentAt: at(1795339950),
		}, true},
		{"location.json", bot.Inbound{
			Channel: jaga.ChannelTelegram, ChannelMessageID: "987654321:49", ExternalUserID: "987654321",
			ExternalChatID: "987654321", Kind: "location", SentAt: at(1795340300), LanguageHint: "id",
		}, true},
		{"group.json", bot.Inbound{
			Channel: jaga.ChannelTelegram, ChannelMessageID: "-1001234567890:46", ExternalUserID: "111222333",
			ExternalChatID: "-1001234567890", Text: "Stok kopi masih ada?", Kind: "text",
			SentAt: at(1795340000), LanguageHint: "id",
		}, true},
		{"edited.json", bot.Inbound{}, false},
		{"new_member.json", bot.Inbound{}, false},
		{"from_bot.json", bot.Inbound{}, false},
		{"callback_query.json", bot.Inbound{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, ok, err := telegram.ParseUpdate(readFixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if ok != tt.ok || got != tt.want {
				t.Errorf("ParseUpdate = %+v, %v\nwant %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseUpdateRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		body []byte
		want error
	}{
		{"not json", []byte(`{"update_id":1,"message":`), telegram.ErrInvalidJSON},
		{"array", []byte(`[1,2,3]`), telegram.ErrInvalidJSON},
		{"wrong type", []byte(`{"update_id":"x"}`), telegram.ErrInvalidJSON},
		{"invalid utf-8", []byte("{\"update_id\":1,\"message\":{\"text\":\"a\xff\xfeb\"}}"), telegram.ErrInvalidUTF8},
		{"truncated rune", []byte("{\"update_id\":1,\"message\":{\"text\":\"\xe2\x82\"}}"), telegram.ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := telegram.ParseUpdate(tt.body)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestWebhookHandler(t *testing.T) {
	t.Parallel()
	text := readFixture(t, "text.json")
	big := bytes.Repeat([]byte("a"), 2<<20)
	big = append(append([]byte(`{"update_id":1,"message":{"text":"`), big...), `"}}`...)
	tests := []struct {
		name       string
		method     string
		secret     string
		body       []byte
		acceptErr  error
		wantCode   int
		wantStored int
		wantCalled bool
	}{
		{"ok", http.MethodPost, testSecret, text, nil, http.StatusOK, 1, true},
		{"bad secret", http.MethodPost, "wrong", text, nil, http.StatusUnauthorized, 0, false},
		{"secret prefix", http.MethodPost, testSecret[:5], text, nil, http.StatusUnauthorized, 0, false},
		{"missing secret", http.MethodPost, "", text, nil, http.StatusUnauthorized, 0, false},
		{"GET", http.MethodGet, testSecret, nil, nil, http.StatusMethodNotAllowed, 0, false},
		{"malformed json", http.MethodPost, testSecret, []byte(`{"update_id":`), nil, http.StatusBadRequest, 0, false},
		{"2 MB body", http.MethodPost, testSecret, big, nil, http.StatusRequestEntityTooLarge, 0, false},
		{"invalid utf-8", http.MethodPost, testSecret, []byte("{\"update_id\":1,\"message\":{\"message_id\":1,\"from\":{\"id\":1},\"chat\":{\"id\":1},\"text\":\"\xc3\x28\"}}"), nil, http.StatusBadRequest, 0, false},
		{"nothing to handle", http.MethodPost, testSecret, readFixture(t, "callback_query.json"), nil, http.StatusOK, 0, false},
		{"store fails", http.MethodPost, testSecret, text, errors.New("database is down"), http.StatusInternalServerError, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, telegram.ModeWebhook)
			acc := &acceptor{err: tt.acceptErr}
			req := telegramtest.NewWebhookRequest(tt.secret, tt.body)
			req.Method = tt.method
			rec := httptestRecorder()
			b.ch.WebhookHandler(acc).ServeHTTP(rec, req)
			if rec.Code != tt.wantCode {
				t.Errorf("status = %d, want %d (body %s)", rec.Code, tt.wantCode, rec.Body)
			}
			if rec.Code >= 400 {
				var e struct{ Error string }
				if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == "" {
					t.Errorf("error body %q is not a JSON error", rec.Body)
				}
			}
			msgs, calls := acc.snapshot()
			if len(msgs) != tt.wantStored || (calls > 0) != tt.wantCalled {
				t.Errorf("stored %d (Accept called %d times), want %d (called %v)", len(msgs), calls, tt.wantStored, tt.wantCalled)
			}
		})
	}
}

// TestWebhookOverHTTP posts through a real server and checks a failed
// store is answered 500 so that Telegram delivers again, and the
// redelivery is stored.
func TestWebhookOverHTTP(t *testing.T) {
	t.Parallel()
	b := setup(t, telegram.ModeWebhook)
	acc := &acceptor{err: errors.New("busy"), failOnce: true}
	srv := httptestServer(t, b.ch.WebhookHandler(acc))
	body := telegramtest.TextUpdate(7, 1001, 5, "/start ABC123")
	for _, want := range []int{http.StatusInternalServerError, http.StatusOK} {
		resp, err := telegramtest.PostWebhook(t.Context(), srv.Client(), srv.URL, testSecret, body)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("status = %d, want %d", resp.StatusCode, want)
		}
	}
	msgs, _ := acc.snapshot()
	if len(msgs) != 1 || msgs[0].Text != "/start ABC123" || msgs[0].ChannelMessageID != "1001:5" {
		t.Fatalf("stored %+v", msgs)
	}
}

// TestWebhookWithoutSecret checks that a channel in polling mode, which has
// no secret to check, refuses every webhook delivery.
func TestWebhookWithoutSecret(t *testing.T) {
	t.Parallel()
	ch, err := telegram.New(telegram.Config{Token: telegramtest.Token, Mode: telegram.ModePolling,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	acc := &acceptor{}
	for _, secret := range []string{"", "anything"} {
		rec := telegramtest.ServeWebhook(ch.WebhookHandler(acc), secret, readFixture(t, "text.json"))
		if rec.Code != http.StatusUnauthorized {
			t.Errorf("secret %q: status %d, want 401", secret, rec.Code)
		}
	}
	if _, calls := acc.snapshot(); calls != 0 {
		t.Errorf("Accept called %d times", calls)
	}
}

func TestNewRefusesWebhookWithoutSecret(t *testing.T) {
	t.Parallel()
	for _, cfg := range []telegram.Config{
		{Token: ""},
		{Token: telegramtest.Token, Mode: telegram.ModeWebhook},
		{Token: telegramtest.Token, WebhookSecret: "has spaces"},
		{Token: telegramtest.Token, Mode: "push", WebhookSecret: "x"},
	} {
		if _, err := telegram.New(cfg); err == nil {
			t.Errorf("New(%+v) succeeded", cfg)
		} else if cfg.Token != "" && strings.Contains(err.Error(), cfg.Token) {
			t.Errorf("error %q quotes the token", err)
		}
	}
}

func FuzzParseUpdate(f *testing.F) {
	for _, name := range []string{"text.json", "command_nonascii.json", "photo.json", "sticker.json", "group.json",
		"edited.json", "new_member.json", "from_bot.json", "callback_query.json", "location.json", "emoji_text.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"update_id":1,"message":{"message_id":-1,"from":{"id":1},"chat":{"id":0}}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		in, ok, err := telegram.ParseUpdate(body)
		if err != nil && ok {
			t.Fatal("ok with an error")
		}
		if ok && (in.ChannelMessageID == "" || in.ExternalChatID == "" || in.Kind == "") {
			t.Fatalf("incomplete inbound %+v", in)
		}
	})
}

func BenchmarkWebhookHandler(b *testing.B) {
	bb := setup(b, telegram.ModeWebhook)
	h := bb.ch.WebhookHandler(&nopAcceptor{})
	body := readFixture(b, "text.json")
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		rec := httptestRecorder()
		h.ServeHTTP(rec, telegramtest.NewWebhookRequest(testSecret, body))
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}

func BenchmarkParseUpdate(b *testing.B) {
	body := readFixture(b, "command_nonascii.json")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok, err := telegram.ParseUpdate(body); !ok || err != nil {
			b.Fatal(err)
		}
	}
}

type nopAcceptor struct{}

func (nopAcceptor) Accept(context.Context, []bot.Inbound) error              { return nil }
func (nopAcceptor) AcceptStatuses(context.Context, []bot.StatusUpdate) error { return nil }
