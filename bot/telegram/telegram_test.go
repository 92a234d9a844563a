package telegram_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/bot/telegram"
	"github.com/jaga-id/jaga/bot/telegram/telegramtest"
)

func TestStart(t *testing.T) {
	t.Parallel()
	b := setup(t, telegram.ModeWebhook)
	if err := b.ch.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	calls := b.fake.Calls("setWebhook")
	if len(calls) != 1 {
		t.Fatalf("setWebhook calls = %d", len(calls))
	}
	p := calls[0].Params
	if p["url"] != "https://jaga.example/webhooks/telegram" || p["secret_token"] != testSecret || p["allowed_updates"] != `["message"]` {
		t.Errorf("setWebhook params = %v", p)
	}

	poll := setup(t, telegram.ModePolling)
	if err := poll.ch.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := len(poll.fake.Calls("deleteWebhook")); n != 1 {
		t.Errorf("deleteWebhook calls = %d", n)
	}
	wholeBodies(t, b.fake, "setWebhook")
	wholeBodies(t, poll.fake, "deleteWebhook")
	if n := len(poll.fake.Calls("getMe")); n != 0 {
		t.Errorf("getMe called %d times; New must not need the network", n)
	}
}

func TestSend(t *testing.T) {
	t.Parallel()
	b := setup(t, telegram.ModeWebhook)
	id, err := b.ch.Send(t.Context(), bot.Outbound{ExternalChatID: "1001", Text: "Ongkir ke Bandung Rp18.000."})
	if err != nil {
		t.Fatal(err)
	}
	if id != "1001:1" {
		t.Errorf("id = %q", id)
	}
	sent := b.fake.Sent()
	if len(sent) != 1 || sent[0].ChatID != 1001 || sent[0].Text != "Ongkir ke Bandung Rp18.000." {
		t.Errorf("sent %+v", sent)
	}
	if p := b.fake.Calls("sendMessage")[0].Params; !strings.Contains(p["link_preview_options"], `"is_disabled":true`) {
		t.Errorf("link previews not disabled: %v", p)
	}
}

func TestSendSplitsLongText(t *testing.T) {
	t.Parallel()
	b := setup(t, telegram.ModeWebhook)
	// 3,000 emoji are 6,000 UTF-16 code units: two messages.
	text := strings.Repeat("😀", 3000)
	id, err := b.ch.Send(t.Context(), bot.Outbound{ExternalChatID: "1001", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	sent := b.fake.Sent()
	if len(sent) != 2 || id != "1001:2" {
		t.Fatalf("sent %d parts, id %q", len(sent), id)
	}
	if sent[0].Text+sent[1].Text != text {
		t.Error("parts do not add up to the text")
	}
}

func TestSendErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		chatID    string
		fail      func(*telegramtest.Server)
		wantAfter time.Duration // a *bot.RetryAfterError
		permanent bool
	}{
		{"429", "1001", func(s *telegramtest.Server) { s.RateLimit(1, 17) }, 17 * time.Second, false},
		{"429 without retry_after", "1001", func(s *telegramtest.Server) {
			s.FailNext("sendMessage", http.StatusTooManyRequests, "Too Many Requests")
		}, 5 * time.Second, false},
		{"blocked", "1001", func(s *telegramtest.Server) {
			s.FailNext("sendMessage", http.StatusForbidden, "Forbidden: bot was blocked by the user")
		}, 0, true},
		{"chat not found", "1001", func(s *telegramtest.Server) {
			s.FailNext("sendMessage", http.StatusBadRequest, "Bad Request: chat not found")
		}, 0, true},
		{"malformed chat id", "@someone", nil, 0, true},
		{"server error", "1001", func(s *telegramtest.Server) {
			s.FailNext("sendMessage", http.StatusInternalServerError, "Internal Server Error")
		}, 0, false},
		{"other bad request", "1001", func(s *telegramtest.Server) {
			s.FailNext("sendMessage", http.StatusBadRequest, "Bad Request: can't parse entities")
		}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, telegram.ModeWebhook)
			if tt.fail != nil {
				tt.fail(b.fake)
			}
			_, err := b.ch.Send(t.Context(), bot.Outbound{ExternalChatID: tt.chatID, Text: "halo"})
			if err == nil {
				t.Fatal("no error")
			}
			var retry *bot.RetryAfterError
			var perm *bot.PermanentError
			switch {
			case tt.wantAfter > 0:
				if !errors.As(err, &retry) || retry.After != tt.wantAfter {
					t.Errorf("err = %v, want retry after %s", err, tt.wantAfter)
				}
			case tt.permanent:
				if !errors.As(err, &perm) {
					t.Errorf("err = %v, want permanent", err)
				}
			default:
				if errors.As(err, &retry) || errors.As(err, &perm) {
					t.Errorf("err = %v, want a plain error", err)
				}
			}
			if strings.Contains(err.Error(), telegramtest.Token) || strings.Contains(err.Error(), "halo") {
				t.Errorf("error %q leaks the token or the text", err)
			}
		})
	}
}

func TestTypingAndEdit(t *testing.T) {
	t.Parallel()
	b := setup(t, telegram.ModeWebhook)
	ctx := t.Context()
	if err := b.ch.Typing(ctx, "1001"); err != nil {
		t.Fatal(err)
	}
	if c := b.fake.Calls("sendChatAction"); len(c) != 1 || c[0].Params["action"] != "typing" || c[0].Params["chat_id"] != "1001" {
		t.Errorf("sendChatAction calls %+v", c)
	}
	id, err := b.ch.Send(ctx, bot.Outbound{ExternalChatID: "1001", Text: "Sebentar…"})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.ch.Edit(ctx, "1001", id, "Ongkir Rp18.000."); err != nil {
		t.Fatal(err)
	}
	// The same text again is "message is not modified": not an error.
	if err := b.ch.Edit(ctx, "1001", id, "Ongkir Rp18.000."); err != nil {
		t.Fatalf("unchanged edit: %v", err)
	}
	if got, _ := b.fake.Text(1001, 1); got != "Ongkir Rp18.000." {
		t.Errorf("text after edit = %q", got)
	}
	var perm *bot.PermanentError
	if err := b.ch.Edit(ctx, "1001", "1001:99", "x"); !errors.As(err, &perm) {
		t.Errorf("edit of unknown message: %v, want permanent", err)
	}
	wholeBodies(t, b.fake, "sendChatAction", "sendMessage", "editMessageText")
}

// wholeBodies checks that every call of the methods came with its length
// ahead: the library streams its forms through a pipe, which net/http
// would send chunked, a write per chunk (see telegram.wholeBody).
func wholeBodies(t *testing.T, fake *telegramtest.Server, methods ...string) {
	t.Helper()
	for _, m := range methods {
		calls := fake.Calls(m)
		if len(calls) == 0 {
			t.Errorf("no %s calls", m)
		}
		for _, c := range calls {
			if c.ContentLength <= 0 {
				t.Errorf("%s sent with Content-Length %d, want the whole body's length", m, c.ContentLength)
			}
		}
	}
}

func TestPollAcknowledgesOnlyStored(t *testing.T) {
	t.Parallel()
	b := setup(t, telegram.ModePolling)
	acc := &acceptor{err: errors.New("database is down"), failOnce: true}
	b.fake.AddUpdate(telegramtest.PhotoUpdate(0, 1001, 1))
	b.fake.AddUpdate(readFixture(t, "callback_query.json"))
	last := b.fake.AddUpdate(telegramtest.TextUpdate(0, 1001, 2, "halo"))

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- b.ch.Poll(ctx, acc) }()
	if !b.fake.WaitOffset(last+1, 10*time.Second) {
		t.Fatalf("offset stuck at %d", b.fake.Offset())
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	msgs, calls := acc.snapshot()
	if calls != 3 || len(msgs) != 2 || msgs[0].Kind != "photo" || msgs[1].Text != "halo" {
		t.Fatalf("Accept called %d times, stored %+v", calls, msgs)
	}
	// The first call failed: the offset must not have passed update 1 then.
	for _, c := range b.fake.Calls("getUpdates")[:2] {
		if c.Params["offset"] != "0" {
			t.Errorf("offset %s sent before the first update was stored", c.Params["offset"])
		}
	}
}

func TestDraft(t *testing.T) {
	t.Parallel()
	b := setup(t, telegram.ModeWebhook)
	ctx := t.Context()
	if !b.ch.CanDraft("1001") || b.ch.CanDraft("-1001234") || b.ch.CanDraft("x") {
		t.Fatal("drafts are for private chats (positive ids) only")
	}
	for _, text := range []string{"Stok kopi", "Stok kopi susu tinggal 12 gelas."} {
		if err := b.ch.Draft(ctx, "1001", 42, text); err != nil {
			t.Fatal(err)
		}
	}
	drafts := b.fake.Drafts(1001)
	if len(drafts) != 2 || drafts[0].DraftID != 42 || drafts[1].Text != "Stok kopi susu tinggal 12 gelas." {
		t.Fatalf("drafts = %+v", drafts)
	}
	if len(b.fake.Sent()) != 0 {
		t.Fatal("a draft must not send a message")
	}

	// A long answer shows the part being written.
	long := strings.Repeat("kopi ", 1000) + "AKHIR"
	if err := b.ch.Draft(ctx, "1001", 42, long); err != nil {
		t.Fatal(err)
	}
	if got := b.fake.Drafts(1001)[2].Text; !strings.HasSuffix(got, "AKHIR") || telegram.UTF16Len(got) > telegram.MaxMessageUTF16 {
		t.Fatalf("long draft shows %d units ending %q", telegram.UTF16Len(got), got[len(got)-10:])
	}

	b.fake.FailNextWith("sendMessageDraft", http.StatusTooManyRequests, "Too Many Requests: retry after 3", 3)
	var retry *bot.RetryAfterError
	if err := b.ch.Draft(ctx, "1001", 42, "x"); !errors.As(err, &retry) || retry.After != 3*time.Second {
		t.Fatalf("429 on a draft: %v", err)
	}
	if err := b.ch.Draft(ctx, "1001", 0, "x"); err == nil {
		t.Fatal("draft id 0 accepted")
	}
	wholeBodies(t, b.fake, "sendMessageDraft")
}

// BenchmarkSend sends a message to the fake Bot API on loopback: the
// client's form, the HTTP exchange and the fake's decoding.
func BenchmarkSend(b *testing.B) {
	bb := setup(b, telegram.ModeWebhook)
	out := bot.Outbound{ExternalChatID: "1001", Text: "Stok kopi arabika 250 gram masih ada 12 bungkus, Kak. Ongkir ke Bandung Rp18.000."}
	ctx := b.Context()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bb.ch.Send(ctx, out); err != nil {
			b.Fatal(err)
		}
	}
}
