package whatsapp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/bot/whatsapp"
	"github.com/jaga-id/jaga/bot/whatsapp/whatsapptest"
)

// acceptor records what a channel handed to the pipeline.
type acceptor struct {
	mu        sync.Mutex
	msgs      []bot.Inbound
	statuses  []bot.StatusUpdate
	calls     int
	err       error // returned by Accept when set
	statusErr error // returned by AcceptStatuses when set
}

func (a *acceptor) Accept(_ context.Context, msgs []bot.Inbound) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls++
	if a.err != nil {
		return a.err
	}
	a.msgs = append(a.msgs, msgs...)
	return nil
}

func (a *acceptor) AcceptStatuses(_ context.Context, s []bot.StatusUpdate) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls++
	if a.statusErr != nil {
		return a.statusErr
	}
	a.statuses = append(a.statuses, s...)
	return nil
}

type bundle struct {
	fake *whatsapptest.Server
	ch   *whatsapp.Channel
}

func setup(t testing.TB) bundle {
	t.Helper()
	fake := whatsapptest.NewServer(t)
	ch, err := whatsapp.New(whatsapp.Config{
		AccessToken:   whatsapptest.AccessToken,
		PhoneNumberID: whatsapptest.PhoneNumberID,
		AppSecret:     whatsapptest.AppSecret,
		VerifyToken:   whatsapptest.VerifyToken,
		APIURL:        fake.URL,
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

func at(unix int64) time.Time { return time.Unix(unix, 0).UTC() }

func in(id, from, kind, text string, unix int64) bot.Inbound {
	return bot.Inbound{Channel: jaga.ChannelWhatsApp, ChannelMessageID: id, ExternalUserID: from,
		ExternalChatID: from, Kind: kind, Text: text, SentAt: at(unix)}
}

func st(id string, s jaga.MessageStatus, unix int64) bot.StatusUpdate {
	return bot.StatusUpdate{Channel: jaga.ChannelWhatsApp, ChannelMessageID: id, Status: s, At: at(unix)}
}

func TestParsePayload(t *testing.T) {
	t.Parallel()
	const sari, budi = "6281234567890", "6285711112222"
	tests := []struct {
		file string
		want whatsapp.Payload
	}{
		{"text.json", whatsapp.Payload{Messages: []bot.Inbound{
			in("wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBDNkY4QTJBRjY1QzVBNjM0NEUA", sari, "text",
				"Halo kak, pesanan saya INV-2026-0042 sudah dikirim belum? 🙏", 1795339800),
		}}},
		{"image.json", whatsapp.Payload{Messages: []bot.Inbound{
			in("wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBDNkY4QTJBRjY1QzVBNjM0NEUB", sari, "image", "", 1795339900),
		}}},
		{"statuses.json", whatsapp.Payload{Statuses: []bot.StatusUpdate{
			st("wamid.OUT1", jaga.StatusSent, 1795340000),
			st("wamid.OUT1", jaga.StatusDelivered, 1795340001),
			st("wamid.OUT1", jaga.StatusRead, 1795340060),
			st("wamid.OUT2", jaga.StatusFailed, 1795340100),
		}}},
		{"batched.json", whatsapp.Payload{
			Messages: []bot.Inbound{
				in("wamid.B1", sari, "text", "Stok kopi Gayo ada?", 1795341000),
				in("wamid.B2", budi, "text", "Jam buka toko?", 1795341001),
				in("wamid.B3", sari, "text", "Ya, lanjutkan", 1795341002),
				in("wamid.B4", sari, "text", "Cek ongkir", 1795341003),
				in("wamid.B6", sari, "location", "", 1795341005),
			},
			Statuses: []bot.StatusUpdate{st("wamid.OUT9", jaga.StatusRead, 1795341002)},
		}},
		{"template_button.json", whatsapp.Payload{Messages: []bot.Inbound{
			in("wamid.BTN1", sari, "text", "Berhenti", 1795342000),
		}}},
		{"other_phone.json", whatsapp.Payload{Ignored: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := whatsapp.ParsePayload(readFixture(t, tt.file), whatsapptest.PhoneNumberID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParsePayload =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestParsePayloadRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		body []byte
		want error
	}{
		{"truncated", []byte(`{"object":"whatsapp_business_account","entry":[`), whatsapp.ErrInvalidJSON},
		{"other object", []byte(`{"object":"page","entry":[]}`), whatsapp.ErrInvalidJSON},
		{"wrong types", []byte(`{"object":"whatsapp_business_account","entry":{"id":1}}`), whatsapp.ErrInvalidJSON},
		{"invalid utf-8", []byte("{\"object\":\"whatsapp_business_account\",\"entry\":[],\"x\":\"\xff\"}"), whatsapp.ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := whatsapp.ParsePayload(tt.body, ""); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestBuildersParse checks that whatsapptest builds payloads the parser
// reads as intended, batched in several entries.
func TestBuildersParse(t *testing.T) {
	t.Parallel()
	body := whatsapptest.Payload(
		whatsapptest.Merge(whatsapptest.TextMessage("62811", "wamid.A", "halo"), whatsapptest.ImageMessage("62811", "wamid.B")),
		whatsapptest.Status("62811", "wamid.C", "delivered"),
		whatsapptest.ButtonReply("62812", "wamid.D", "Ya"),
		whatsapptest.TextMessage("62813", "wamid.E", "bukan untuk kita").ForPhoneNumber("1"),
	)
	p, err := whatsapp.ParsePayload(body, whatsapptest.PhoneNumberID)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Messages) != 3 || p.Messages[0].Text != "halo" || p.Messages[1].Kind != "image" ||
		p.Messages[2].Text != "Ya" || len(p.Statuses) != 1 || p.Ignored != 1 {
		t.Fatalf("parsed %+v", p)
	}
}

func TestVerifyHandshake(t *testing.T) {
	t.Parallel()
	b := setup(t)
	h := b.ch.WebhookHandler(&acceptor{})
	tests := []struct {
		name, mode, token string
		wantCode          int
	}{
		{"ok", "subscribe", whatsapptest.VerifyToken, http.StatusOK},
		{"wrong token", "subscribe", "nope", http.StatusForbidden},
		{"empty token", "subscribe", "", http.StatusForbidden},
		{"wrong mode", "unsubscribe", whatsapptest.VerifyToken, http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, whatsapptest.NewVerifyRequest(tt.mode, tt.token, "1158201444"))
			if rec.Code != tt.wantCode {
				t.Fatalf("status = %d, want %d", rec.Code, tt.wantCode)
			}
			if tt.wantCode == http.StatusOK && rec.Body.String() != "1158201444" {
				t.Errorf("challenge echoed as %q", rec.Body)
			}
		})
	}
}

func TestWebhookHandler(t *testing.T) {
	t.Parallel()
	text := readFixture(t, "text.json")
	big := append([]byte(`{"object":"whatsapp_business_account","entry":[],"pad":"`), bytes.Repeat([]byte("a"), 2<<20)...)
	big = append(big, `"}`...)
	badUTF8 := []byte("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"value\":{\"messages\":[{\"from\":\"1\",\"id\":\"w\",\"type\":\"text\",\"text\":{\"body\":\"\xc3\x28\"}}]}}]}]}")
	tests := []struct {
		name         string
		req          *http.Request
		acceptErr    error
		statusErr    error
		wantCode     int
		wantMsgs     int
		wantStatuses int
		wantCalls    int
	}{
		{"ok", whatsapptest.NewWebhookRequest(whatsapptest.AppSecret, text), nil, nil, http.StatusOK, 1, 0, 1},
		{"statuses", whatsapptest.NewWebhookRequest(whatsapptest.AppSecret, readFixture(t, "statuses.json")), nil, nil, http.StatusOK, 0, 4, 1},
		{"batched", whatsapptest.NewWebhookRequest(whatsapptest.AppSecret, readFixture(t, "batched.json")), nil, nil, http.StatusOK, 5, 1, 2},
		{"wrong secret", whatsapptest.NewWebhookRequest("another-app-secret", text), nil, nil, http.StatusUnauthorized, 0, 0, 0},
		{"unsigned", whatsapptest.NewWebhookRequest("", text), nil, nil, http.StatusUnauthorized, 0, 0, 0},
		{"signature of other body", withHeader(whatsapptest.NewWebhookRequest("", text), whatsapptest.Sign(whatsapptest.AppSecret, []byte("{}"))), nil, nil, http.StatusUnauthorized, 0, 0, 0},
		{"sha1 signature", withHeader(whatsapptest.NewWebhookRequest("", text), "sha1=abcdef"), nil, nil, http.StatusUnauthorized, 0, 0, 0},
		{"not hex", withHeader(whatsapptest.NewWebhookRequest("", text), "sha256=zz"), nil, nil, http.StatusUnauthorized, 0, 0, 0},
		{"malformed json", whatsapptest.NewWebhookRequest(whatsapptest.AppSecret, []byte(`{"object":`)), nil, nil, http.StatusBadRequest, 0, 0, 0},
		{"2 MB body", whatsapptest.NewWebhookRequest(whatsapptest.AppSecret, big), nil, nil, http.StatusRequestEntityTooLarge, 0, 0, 0},
		{"invalid utf-8", whatsapptest.NewWebhookRequest(whatsapptest.AppSecret, badUTF8), nil, nil, http.StatusBadRequest, 0, 0, 0},
		{"other phone number", whatsapptest.NewWebhookRequest(whatsapptest.AppSecret, readFixture(t, "other_phone.json")), nil, nil, http.StatusOK, 0, 0, 0},
		{"PUT", httptest.NewRequest(http.MethodPut, "/webhooks/whatsapp", nil), nil, nil, http.StatusMethodNotAllowed, 0, 0, 0},
		{"store fails", whatsapptest.NewWebhookRequest(whatsapptest.AppSecret, text), errors.New("db down"), nil, http.StatusInternalServerError, 0, 0, 1},
		{"status store fails", whatsapptest.NewWebhookRequest(whatsapptest.AppSecret, readFixture(t, "batched.json")), nil, errors.New("db down"), http.StatusInternalServerError, 5, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t)
			acc := &acceptor{err: tt.acceptErr, statusErr: tt.statusErr}
			rec := httptest.NewRecorder()
			b.ch.WebhookHandler(acc).ServeHTTP(rec, tt.req)
			if rec.Code != tt.wantCode {
				t.Errorf("status = %d, want %d (%s)", rec.Code, tt.wantCode, rec.Body)
			}
			if rec.Code >= 400 {
				var e struct{ Error string }
				if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == "" {
					t.Errorf("error body %q is not a JSON error", rec.Body)
				}
			}
			if len(acc.msgs) != tt.wantMsgs || len(acc.statuses) != tt.wantStatuses || acc.calls != tt.wantCalls {
				t.Errorf("stored %d messages, %d statuses in %d calls; want %d, %d in %d",
					len(acc.msgs), len(acc.statuses), acc.calls, tt.wantMsgs, tt.wantStatuses, tt.wantCalls)
			}
		})
	}
}

func withHeader(r *http.Request, sig string) *http.Request {
	r.Header.Set(whatsapptest.SignatureHeader, sig)
	return r
}

// TestWebhookOverHTTP posts a signed delivery through a real server.
func TestWebhookOverHTTP(t *testing.T) {
	t.Parallel()
	b := setup(t)
	acc := &acceptor{}
	srv := httptest.NewServer(b.ch.WebhookHandler(acc))
	t.Cleanup(srv.Close)
	body := whatsapptest.Payload(whatsapptest.TextMessage("6281234567890", "wamid.X1", "LINK K7Q2-MX9P"))
	resp, err := whatsapptest.PostWebhook(t.Context(), srv.Client(), srv.URL, whatsapptest.AppSecret, body)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || len(acc.msgs) != 1 || acc.msgs[0].Text != "LINK K7Q2-MX9P" {
		t.Fatalf("status %d, stored %+v", resp.StatusCode, acc.msgs)
	}
}

func TestNewRequiresSecrets(t *testing.T) {
	t.Parallel()
	full := whatsapp.Config{AccessToken: "t", PhoneNumberID: "1", AppSecret: "s", VerifyToken: "v"}
	for _, clear := range []func(*whatsapp.Config){
		func(c *whatsapp.Config) { c.AccessToken = "" },
		func(c *whatsapp.Config) { c.PhoneNumberID = "" },
		func(c *whatsapp.Config) { c.AppSecret = "" },
		func(c *whatsapp.Config) { c.VerifyToken = " " },
	} {
		cfg := full
		clear(&cfg)
		if _, err := whatsapp.New(cfg); err == nil {
			t.Errorf("New(%+v) succeeded", cfg)
		}
	}
	if _, err := whatsapp.New(full); err != nil {
		t.Fatal(err)
	}
}

func FuzzParsePayload(f *testing.F) {
	for _, name := range []string{"text.json", "image.json", "statuses.json", "batched.json", "other_phone.json", "template_button.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"type":"interactive","interactive":{}}]}}]}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		p, err := whatsapp.ParsePayload(body, whatsapptest.PhoneNumberID)
		if err != nil {
			return
		}
		for _, m := range p.Messages {
			if m.ChannelMessageID == "" || m.ExternalChatID == "" || m.Kind == "" {
				t.Fatalf("incomplete inbound %+v", m)
			}
		}
	})
}

func FuzzValidSignature(f *testing.F) {
	body := []byte(`{"object":"whatsapp_business_account"}`)
	f.Add(body, whatsapptest.Sign(whatsapptest.AppSecret, body))
	f.Add(body, "sha256=")
	f.Add([]byte{}, "sha256=00")
	f.Fuzz(func(t *testing.T, body []byte, header string) {
		ok := whatsapp.ValidSignature([]byte(whatsapptest.AppSecret), body, header)
		if ok && header != whatsapptest.Sign(whatsapptest.AppSecret, body) &&
			!equalFoldHex(header, whatsapptest.Sign(whatsapptest.AppSecret, body)) {
			t.Fatalf("accepted a wrong signature %q", header)
		}
	})
}

// equalFoldHex allows upper-case hex digits, which hex.DecodeString takes.
func equalFoldHex(a, b string) bool { return bytes.EqualFold([]byte(a), []byte(b)) }

func BenchmarkWebhookHandler(b *testing.B) {
	bb := setup(b)
	h := bb.ch.WebhookHandler(nopAcceptor{})
	body := readFixture(b, "text.json")
	sig := whatsapptest.Sign(whatsapptest.AppSecret, body)
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		r := httptest.NewRequest(http.MethodPost, "/webhooks/whatsapp", bytes.NewReader(body))
		r.Header.Set(whatsapptest.SignatureHeader, sig)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}

func BenchmarkParsePayload(b *testing.B) {
	body := readFixture(b, "batched.json")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := whatsapp.ParsePayload(body, whatsapptest.PhoneNumberID); err != nil {
			b.Fatal(err)
		}
	}
}

type nopAcceptor struct{}

func (nopAcceptor) Accept(context.Context, []bot.Inbound) error              { return nil }
func (nopAcceptor) AcceptStatuses(context.Context, []bot.StatusUpdate) error { return nil }
