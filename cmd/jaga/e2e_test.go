package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot/telegram/telegramtest"
	"github.com/jaga-id/jaga/bot/whatsapp/whatsapptest"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

const (
	tgSecret    = "tg-webhook-secret-0123456789"
	waVerify    = "wa-verify-token-0123456789"
	testMasterK = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="
)

// e2e is a running jaga with fake Telegram and WhatsApp APIs.
type e2e struct {
	t    *testing.T
	tg   *telegramtest.Server
	wa   *whatsapptest.Server
	vars map[string]string
	main *Main
	base string
}

var updateSeq atomic.Int64

// newE2E prepares the environment of a jaga on backend ("sqlite" or
// "postgres"; postgres skips without TEST_DATABASE_URL).
func newE2E(t *testing.T, backend string) *e2e {
	t.Helper()
	e := &e2e{t: t, tg: telegramtest.NewServer(t), wa: whatsapptest.NewServer(t)}
	addr := freeAddr(t)
	e.vars = map[string]string{
		"JAGA_ADDR":                addr,
		"JAGA_DATA_DIR":            t.TempDir(),
		"JAGA_MASTER_KEY":          testMasterK,
		"JAGA_LOG_LEVEL":           "warn",
		"TELEGRAM_BOT_TOKEN":       telegramtest.Token,
		"TELEGRAM_API_URL":         e.tg.URL,
		"TELEGRAM_WEBHOOK_SECRET":  tgSecret,
		"WHATSAPP_ACCESS_TOKEN":    whatsapptest.AccessToken,
		"WHATSAPP_PHONE_NUMBER_ID": whatsapptest.PhoneNumberID,
		"WHATSAPP_APP_SECRET":      whatsapptest.AppSecret,
		"WHATSAPP_VERIFY_TOKEN":    waVerify,
		"WHATSAPP_API_URL":         e.wa.URL,
		"JAGA_JOB_RESCUE_AFTER":    "3s",
	}
	if backend == "postgres" {
		e.vars["DATABASE_URL"] = storetest.PostgresURL(t)
	}
	e.base = "http://" + addr
	return e
}

// start runs jaga in this process.
func (e *e2e) start() {
	e.t.Helper()
	m := NewMain(Env{Stdout: io.Discard, Stderr: &testLog{t: e.t}, Getenv: func(k string) string { return e.vars[k] }})
	m.StoreOptions = store.Options{FetchPollInterval: 10 * time.Millisecond}
	if err := m.ParseFlags(nil); err != nil {
		e.t.Fatal(err)
	}
	if err := m.Run(context.Background()); err != nil {
		m.Close()
		e.t.Fatal(err)
	}
	e.main = m
	e.t.Cleanup(func() { m.Close() })
}

// testLog sends jaga's log to the test log, shown on failure.
type testLog struct{ t *testing.T }

func (l *testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func backends(t *testing.T, fn func(t *testing.T, backend string)) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			fn(t, b.Name)
		})
	}
}

// telegram posts an update to the webhook.
func (e *e2e) telegram(secret string, body []byte) (int, string) {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.base+"/webhooks/telegram", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set(telegramtest.SecretHeader, secret)
	}
	return do(e.t, req)
}

func do(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// say posts a text message from a Telegram user and returns its update id.
func (e *e2e) say(user int64, text string) []byte {
	e.t.Helper()
	n := updateSeq.Add(1)
	body := telegramtest.TextUpdate(n, user, int(n), text)
	if code, resp := e.telegram(tgSecret, body); code != 200 {
		e.t.Fatalf("webhook = %d %s", code, resp)
	}
	return body
}

// tgReplies waits until chat has want replies and checks no more arrive.
func (e *e2e) tgReplies(chat int64, want int) []string {
	e.t.Helper()
	get := func() []string {
		var out []string
		for _, m := range e.tg.Sent() {
			if m.ChatID == chat {
				out = append(out, m.Text)
			}
		}
		return out
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if got := get(); len(got) >= want {
			time.Sleep(300 * time.Millisecond)
			if got = get(); len(got) != want {
				e.t.Fatalf("chat %d: %d replies, want exactly %d: %q", chat, len(got), want, got)
			}
			return got
		}
		time.Sleep(10 * time.Millisecond)
	}
	e.t.Fatalf("chat %d: %d replies after 20s, want %d: %q", chat, len(get()), want, get())
	return nil
}

func (e *e2e) storedMessages(ch jaga.Channel, externalID string) []*jaga.Message {
	e.t.Helper()
	ctx := context.Background()
	ident, err := e.main.Store.FindIdentity(ctx, ch, externalID)
	if jaga.IsNotFound(err) {
		return nil
	} else if err != nil {
		e.t.Fatal(err)
	}
	msgs, err := e.main.Store.ListMessagesBySubject(ctx, ident.SubjectID)
	if err != nil {
		e.t.Fatal(err)
	}
	return msgs
}

func TestTelegramWebhook(t *testing.T) {
	backends(t, func(t *testing.T, backend string) {
		e := newE2E(t, backend)
		e.start()
		// setWebhook was called with our URL and secret.
		calls := e.tg.Calls("setWebhook")
		if len(calls) != 1 || calls[0].Params["secret_token"] != tgSecret ||
			calls[0].Params["url"] != e.base+"/webhooks/telegram" {
			t.Fatalf("setWebhook calls = %+v", calls)
		}

		// One message, one reply (the privacy notice at first contact).
		e.say(1001, "halo kak, toko buka jam berapa?")
		got := e.tgReplies(1001, 1)
		if !strings.Contains(strings.ToLower(got[0]), "privasi") {
			t.Fatalf("first reply is not the privacy notice: %q", got[0])
		}

		// The same update delivered three times at once, then again: one reply.
		n := updateSeq.Add(1)
		body := telegramtest.TextUpdate(n, 1002, int(n), "halo")
		var wg sync.WaitGroup
		for range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if code, _ := e.telegram(tgSecret, body); code != 200 {
					t.Errorf("redelivery = %d", code)
				}
			}()
		}
		wg.Wait()
		if code, _ := e.telegram(tgSecret, body); code != 200 {
			t.Fatalf("redelivery = %d", code)
		}
		e.tgReplies(1002, 1)
		if n := len(e.storedMessages(jaga.ChannelTelegram, "1002")); n != 2 {
			t.Fatalf("stored %d messages for a thrice-delivered update, want 2 (in + reply)", n)
		}

		// Bad input: clear 4xx, nothing stored.
		bad := telegramtest.TextUpdate(updateSeq.Add(1), 1003, 1, "halo")
		for _, tc := range []struct {
			name, secret string
			body         []byte
			code         int
		}{
			{"no secret", "", bad, 401},
			{"wrong secret", "wrong-secret", bad, 401},
			{"malformed json", tgSecret, []byte(`{"update_id": 1, "message": {`), 400},
			{"invalid utf-8", tgSecret, bytes.Replace(bad, []byte("halo"), []byte("ha\xff\xfelo"), 1), 400},
			{"2 MB body", tgSecret, append(bytes.Repeat([]byte(" "), 2<<20), bad...), 413},
		} {
			code, resp := e.telegram(tc.secret, tc.body)
			if code != tc.code {
				t.Errorf("%s: status %d, want %d (%s)", tc.name, code, tc.code, resp)
			}
			if !strings.Contains(resp, "error") {
				t.Errorf("%s: answer has no error message: %q", tc.name, resp)
			}
		}
		if msgs := e.storedMessages(jaga.ChannelTelegram, "1003"); len(msgs) != 0 {
			t.Fatalf("rejected requests stored %d messages", len(msgs))
		}
	})
}

func TestWhatsAppWebhook(t *testing.T) {
	backends(t, func(t *testing.T, backend string) {
		e := newE2E(t, backend)
		e.start()
		// Meta's verification handshake.
		code, body := do(t, mustReq(http.MethodGet, e.base+"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token="+waVerify+"&hub.challenge=4242", nil))
		if code != 200 || body != "4242" {
			t.Fatalf("verify = %d %q", code, body)
		}
		if code, _ := do(t, mustReq(http.MethodGet, e.base+"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1", nil)); code != 403 {
			t.Fatalf("verify with a wrong token = %d", code)
		}
		payload := whatsapptest.Payload(whatsapptest.TextMessage("6281200000001", "wamid.TEST1", "halo, mau tanya stok"))
		post := func(sig string, b []byte) (int, string) {
			req := mustReq(http.MethodPost, e.base+"/webhooks/whatsapp", b)
			req.Header.Set("Content-Type", "application/json")
			if sig != "" {
				req.Header.Set(whatsapptest.SignatureHeader, sig)
			}
			return do(t, req)
		}
		if code, _ := post("sha256=00", payload); code != 401 {
			t.Fatalf("bad signature = %d", code)
		}
		if code, _ := post("", payload); code != 401 {
			t.Fatalf("no signature = %d", code)
		}
		if msgs := e.storedMessages(jaga.ChannelWhatsApp, "6281200000001"); len(msgs) != 0 {
			t.Fatal("unsigned payload stored")
		}
		for range 3 { // delivered three times
			if code, resp := post(whatsapptest.Sign(whatsapptest.AppSecret, payload), payload); code != 200 {
				t.Fatalf("signed payload = %d %s", code, resp)
			}
		}
		sent, ok := e.wa.WaitSent(1, 20*time.Second)
		if !ok || sent[0].To != "6281200000001" || !strings.Contains(strings.ToLower(sent[0].Text), "privasi") {
			t.Fatalf("WhatsApp replies = %+v", sent)
		}
		time.Sleep(300 * time.Millisecond)
		if n := len(e.wa.Sent()); n != 1 {
			t.Fatalf("%d WhatsApp replies, want 1", n)
		}
		if marks := e.wa.ReadMarks(); len(marks) != 1 || marks[0] != "wamid.TEST1" {
			t.Fatalf("read marks = %q, want the message marked read once", marks)
		}
		// The delivery status updates the stored reply.
		waitStatus := func(want jaga.MessageStatus) {
			t.Helper()
			deadline := time.Now().Add(5 * time.Second)
			for time.Now().Before(deadline) {
				for _, m := range e.storedMessages(jaga.ChannelWhatsApp, "6281200000001") {
					if m.Direction == jaga.Outbound && m.Status == want {
						return
					}
				}
				time.Sleep(20 * time.Millisecond)
			}
			t.Fatalf("reply never reached status %s", want)
		}
		waitStatus(jaga.StatusSent)
		status := whatsapptest.Payload(whatsapptest.Status("6281200000001", sent[0].ID, "read"))
		if code, _ := post(whatsapptest.Sign(whatsapptest.AppSecret, status), status); code != 200 {
			t.Fatalf("status payload = %d", code)
		}
		waitStatus(jaga.StatusRead)
	})
}

func mustReq(method, url string, body []byte) *http.Request {
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, url, r)
	if err != nil {
		panic(err)
	}
	return req
}

// TestCrashBetweenAcceptAndReply kills `jaga serve` with SIGKILL after it
// accepted webhooks and before any reply was sent (Telegram answers the
// first sends with 429 retry_after), restarts it, and checks every message
// is answered exactly once.
func TestCrashBetweenAcceptAndReply(t *testing.T) {
	backends(t, func(t *testing.T, backend string) {
		e := newE2E(t, backend)
		e.vars["JAGA_LOG_LEVEL"] = "info"
		const chats = 20
		e.tg.RateLimit(chats, 5) // the first sends are refused: retry after 5s
		p := startProcess(t, e.vars)
		for i := range chats {
			n := updateSeq.Add(1)
			if code, resp := e.telegram(tgSecret, telegramtest.TextUpdate(n, int64(5000+i), int(n), fmt.Sprintf("halo %d", i))); code != 200 {
				t.Fatalf("webhook = %d %s", code, resp)
			}
		}
		// Wait until the turns ran and the first sends were refused, then crash.
		deadline := time.Now().Add(20 * time.Second)
		for len(e.tg.Calls("sendMessage")) < 1 && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		p.kill()
		if n := len(e.tg.Sent()); n != 0 {
			t.Fatalf("%d replies sent before the crash; the test wants none", n)
		}
		e.vars["JAGA_ADDR"] = freeAddr(t)
		p2 := startProcess(t, e.vars)
		// Snoozed deliveries wake after retry_after; wait for them.
		deadline = time.Now().Add(120 * time.Second)
		for len(e.tg.Sent()) < chats && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		time.Sleep(time.Second)
		per := map[int64]int{}
		for _, m := range e.tg.Sent() {
			per[m.ChatID]++
		}
		for i := range chats {
			if n := per[int64(5000+i)]; n != 1 {
				t.Errorf("chat %d got %d replies after the crash, want exactly 1", 5000+i, n)
			}
		}
		if t.Failed() {
			t.Logf("first run:\n%s\nsecond run:\n%s", p.logs.String(), p2.logs.String())
		}
	})
}

// TestTelegramRetryAfter: a 429 with retry_after from Telegram delays the
// send by that long, then it succeeds, once.
func TestTelegramRetryAfter(t *testing.T) {
	e := newE2E(t, "sqlite")
	e.start()
	e.tg.RateLimit(1, 2)
	start := time.Now()
	e.say(70001, "halo")
	e.tgReplies(70001, 1)
	if waited := time.Since(start); waited < 2*time.Second {
		t.Fatalf("reply sent %s after the message, before retry_after (2s) passed", waited)
	}
	if calls := len(e.tg.Calls("sendMessage")); calls != 2 {
		t.Fatalf("%d sendMessage calls, want 2 (refused, then sent)", calls)
	}
	// The refusal shows in the send metrics.
	code, metrics := do(t, mustReq(http.MethodGet, e.base+"/metrics", nil))
	if code != 200 || !strings.Contains(metrics, `jaga_sends_total{channel="telegram",result="rate_limited"} 1`) ||
		!strings.Contains(metrics, `jaga_sends_total{channel="telegram",result="sent"} 1`) {
		t.Fatalf("metrics (%d) do not count the refused and the sent send:\n%s", code, grepLines(metrics, "jaga_sends_total"))
	}
}

// grepLines returns the lines of s that contain substr.
func grepLines(s, substr string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, substr) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
