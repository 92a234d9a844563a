package whatsapp_test

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/bot/whatsapp"
	"github.com/jaga-id/jaga/bot/whatsapp/whatsapptest"
)

func TestSend(t *testing.T) {
	t.Parallel()
	b := setup(t)
	id, err := b.ch.Send(t.Context(), bot.Outbound{ExternalChatID: "6281234567890", Text: "Pesanan INV-2026-0042 dikirim hari ini."})
	if err != nil {
		t.Fatal(err)
	}
	sent := b.fake.Sent()
	if len(sent) != 1 || id != sent[0].ID || !strings.HasPrefix(id, "wamid.") {
		t.Fatalf("id %q, sent %+v", id, sent)
	}
	if sent[0].To != "6281234567890" || sent[0].Text != "Pesanan INV-2026-0042 dikirim hari ini." || sent[0].PreviewURL {
		t.Errorf("sent %+v", sent[0])
	}
	req := b.fake.Requests()[0]
	if req["messaging_product"] != "whatsapp" || req["recipient_type"] != "individual" || req["type"] != "text" {
		t.Errorf("request %v", req)
	}
}

func TestSendSplitsLongText(t *testing.T) {
	t.Parallel()
	b := setup(t)
	// 5,100 characters of Indonesian with emoji: two messages, split
	// between words, each within 4,096 characters.
	text := strings.Repeat("Terima kasih sudah berbelanja 🛍️. ", 150)
	id, err := b.ch.Send(t.Context(), bot.Outbound{ExternalChatID: "6281234567890", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	sent := b.fake.Sent()
	if len(sent) != 2 || id != sent[1].ID {
		t.Fatalf("sent %d parts, id %q", len(sent), id)
	}
	for _, m := range sent {
		if n := utf8.RuneCountInString(m.Text); n > whatsapp.MaxMessageChars {
			t.Errorf("part of %d characters", n)
		}
	}
	if got := strings.Fields(sent[0].Text + " " + sent[1].Text); strings.Join(got, " ") != strings.Join(strings.Fields(text), " ") {
		t.Error("a word was cut in two")
	}
}

func TestSendErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		fail      func(*whatsapptest.Server)
		wantAfter time.Duration
		permanent bool
	}{
		{"429 with Retry-After", func(s *whatsapptest.Server) { s.RateLimit(1, "12") }, 12 * time.Second, false},
		{"429 without Retry-After", func(s *whatsapptest.Server) { s.RateLimit(1, "") }, 5 * time.Second, false},
		{"pair rate limit", func(s *whatsapptest.Server) { s.FailNext(http.StatusBadRequest, 131056, "") }, 6 * time.Second, false},
		{"app rate limit", func(s *whatsapptest.Server) { s.FailNext(http.StatusBadRequest, 4, "") }, time.Minute, false},
		{"24-hour window closed", func(s *whatsapptest.Server) { s.FailNext(http.StatusBadRequest, 131047, "") }, 0, true},
		{"undeliverable", func(s *whatsapptest.Server) { s.FailNext(http.StatusBadRequest, 131026, "") }, 0, true},
		{"expired token", func(s *whatsapptest.Server) { s.FailNext(http.StatusUnauthorized, 190, "") }, 0, false},
		{"server error", func(s *whatsapptest.Server) { s.FailNext(http.StatusInternalServerError, 1, "") }, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			tt.fail(b.fake)
			_, err := b.ch.Send(t.Context(), bot.Outbound{ExternalChatID: "6281234567890", Text: "halo"})
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
			for _, secret := range []string{whatsapptest.AccessToken, "6281234567890", "halo"} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error %q leaks %q", err, secret)
				}
			}
		})
	}
}

func TestSendWrongToken(t *testing.T) {
	t.Parallel()
	fake := whatsapptest.NewServer(t)
	ch, err := whatsapp.New(whatsapp.Config{AccessToken: "wrong", PhoneNumberID: whatsapptest.PhoneNumberID,
		AppSecret: "s", VerifyToken: "v", APIURL: fake.URL, HTTPClient: fake.Client()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = ch.Send(t.Context(), bot.Outbound{ExternalChatID: "62811", Text: "x"})
	var retry *bot.RetryAfterError
	var perm *bot.PermanentError
	if err == nil || errors.As(err, &retry) || errors.As(err, &perm) || !strings.Contains(err.Error(), "access token") {
		t.Fatalf("err = %v, want a plain token error", err)
	}
}

func TestMarkRead(t *testing.T) {
	t.Parallel()
	b := setup(t)
	if err := b.ch.MarkRead(t.Context(), "wamid.IN1"); err != nil {
		t.Fatal(err)
	}
	if got := b.fake.ReadMarks(); len(got) != 1 || got[0] != "wamid.IN1" {
		t.Errorf("read marks %v", got)
	}
	if req := b.fake.Requests()[0]; req["status"] != "read" || req["messaging_product"] != "whatsapp" {
		t.Errorf("request %v", req)
	}
}

func TestSplitText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		text      string
		wantParts int
	}{
		{"fits", "Halo", 1},
		{"exactly", strings.Repeat("é", 4096), 1},
		{"one over", strings.Repeat("é", 4097), 2},
		// WhatsApp counts characters, so 4,096 emoji fit in one message.
		{"emoji", strings.Repeat("😀", 4096), 1},
		{"indonesian", strings.Repeat("Barang akan dikirim besok pagi.\n", 300), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := whatsapp.SplitText(tt.text, whatsapp.MaxMessageChars)
			if len(parts) != tt.wantParts {
				t.Fatalf("%d parts, want %d", len(parts), tt.wantParts)
			}
			checkParts(t, tt.text, parts, whatsapp.MaxMessageChars)
		})
	}
}

func checkParts(t *testing.T, text string, parts []string, limit int) {
	t.Helper()
	for i, p := range parts {
		if n := utf8.RuneCountInString(p); n > limit {
			t.Errorf("part %d is %d characters", i, n)
		}
		if !utf8.ValidString(p) || (p == "" && len(parts) > 1) {
			t.Errorf("part %d is empty or invalid UTF-8", i)
		}
	}
	strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if strip(strings.Join(parts, "")) != strip(text) {
		t.Error("parts lose text")
	}
}

func FuzzSplitText(f *testing.F) {
	f.Add("Halo 👋 apa kabar?\n\nBaik.", 7)
	f.Add("\n \n", 1)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		if limit < 1 || limit > 100 || !utf8.ValidString(text) {
			t.Skip()
		}
		checkParts(t, text, whatsapp.SplitText(text, limit), limit)
	})
}
