package bot_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/privacy"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

// sender stands in for a channel's API: it records what it was asked to send
// and can be told to refuse.
type sender struct {
	mu    sync.Mutex
	sent  []bot.Outbound
	fail  []error // errors returned by the next sends
	calls int
}

func (s *sender) Send(ctx context.Context, out bot.Outbound) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if len(s.fail) > 0 {
		err := s.fail[0]
		s.fail = s.fail[1:]
		return "", err
	}
	s.sent = append(s.sent, out)
	return fmt.Sprintf("%s:%d", out.ExternalChatID, len(s.sent)), nil
}

func (s *sender) to(chat string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, o := range s.sent {
		if o.ExternalChatID == chat {
			out = append(out, o.Text)
		}
	}
	return out
}

// echoAssistant answers with the redacted question, restored for the
// person, as the model path does; it records what it was given.
type echoAssistant struct {
	mu   sync.Mutex
	seen []string // redacted questions
}

func (a *echoAssistant) Answer(ctx context.Context, t *bot.Turn, onChunk func(string) error) (*bot.Reply, error) {
	a.mu.Lock()
	a.seen = append(a.seen, t.Inbound.RedactedText)
	a.mu.Unlock()
	redacted := "Jawaban untuk: " + t.Inbound.RedactedText
	return &bot.Reply{Text: t.Vault.Restore(redacted), Redacted: redacted, Author: "assistant", ModelCalled: true, PromptVersion: "test"}, nil
}

type notice struct{}

func (notice) Notice(lang string) string {
	return "PEMBERITAHUAN PRIVASI. Boleh kami proses pesan Anda? Balas YA atau TIDAK."
}
func (notice) Version() string { return "test-1" }

type setup struct {
	st     store.Store
	svc    *bot.Service
	send   *sender
	asst   *echoAssistant
	master *seal.Key
}

func newSetup(t *testing.T, open func(testing.TB, store.Options) store.Store) *setup {
	t.Helper()
	workers := river.NewWorkers()
	st := open(t, store.Options{Workers: workers, FetchPollInterval: 10 * time.Millisecond,
		Queues: map[string]int{river.QueueDefault: 4, bot.QueueTurns: 8, bot.QueueDeliveries: 8}})
	master, _ := seal.NewKey(seal.GenerateRaw())
	ring := seal.NewKeyring(master, nil)
	s := &setup{st: st, send: &sender{}, asst: &echoAssistant{}, master: master}
	priv := privacy.New(privacy.Config{Store: st, Keyring: ring, Notice: notice{}, PublicURL: "http://jaga.test"})
	s.svc = bot.New(bot.Config{
		Store: st, Keyring: ring, Redactor: redact.New(redact.Options{}), Privacy: priv, Assistant: s.asst,
		Senders:      map[jaga.Channel]bot.Sender{jaga.ChannelTelegram: s.send, jaga.ChannelWhatsApp: s.send},
		ChannelRates: map[jaga.Channel]bot.Rate{},
	})
	s.svc.Register(workers)
	priv.Register(workers)
	startJobs(t, st)
	return s
}

// startJobs starts st's job workers until the test ends.
func startJobs(t *testing.T, st store.Store) {
	t.Helper()
	if err := st.StartJobs(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = st.StopJobs(ctx)
	})
}

func forEachBackend(t *testing.T, fn func(t *testing.T, s *setup)) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			fn(t, newSetup(t, b.Open))
		})
	}
}

var seq struct {
	sync.Mutex
	n int
}

func msg(chat, text string) bot.Inbound {
	seq.Lock()
	seq.n++
	n := seq.n
	seq.Unlock()
	return bot.Inbound{Channel: jaga.ChannelTelegram, ChannelMessageID: fmt.Sprintf("%s:%d", chat, n),
		ExternalUserID: chat, ExternalChatID: chat, Text: text, Kind: "text", SentAt: time.Now()}
}

// waitReplies waits until chat has n replies, and a little longer to catch
// extra ones.
func waitReplies(t *testing.T, s *setup, chat string, n int) []string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if got := s.send.to(chat); len(got) >= n {
			time.Sleep(150 * time.Millisecond)
			got = s.send.to(chat)
			if len(got) != n {
				t.Fatalf("chat %s: %d replies, want exactly %d: %q", chat, len(got), n, got)
			}
			return got
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("chat %s: %d replies after 15s, want %d: %q", chat, len(s.send.to(chat)), n, s.send.to(chat))
	return nil
}

func TestConversation(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *setup) {
		ctx := context.Background()
		chat := "1001"
		say := func(text string) {
			t.Helper()
			if err := s.svc.Accept(ctx, []bot.Inbound{msg(chat, text)}); err != nil {
				t.Fatal(err)
			}
		}
		say("halo, stok kopi ada?")
		got := waitReplies(t, s, chat, 1)
		if !strings.Contains(got[0], "PEMBERITAHUAN PRIVASI") {
			t.Fatalf("first contact did not get the notice: %q", got[0])
		}
		say("berapa harga kopi?") // no answer yet: consent first
		got = waitReplies(t, s, chat, 2)
		if len(s.asst.seen) != 0 {
			t.Fatalf("model called before consent: %q", s.asst.seen)
		}
		say("ya")
		waitReplies(t, s, chat, 3)
		say("Nomor saya 0812-3456-7890, tolong hubungi ya")
		got = waitReplies(t, s, chat, 4)
		if !strings.Contains(got[3], "0812-3456-7890") {
			t.Fatalf("reply not restored for the person: %q", got[3])
		}
		if len(s.asst.seen) != 1 || strings.Contains(s.asst.seen[0], "0812") || !strings.Contains(s.asst.seen[0], "[PHONE_1]") {
			t.Fatalf("assistant saw %q", s.asst.seen)
		}
		// What is stored: the redacted copy in the clear, the original sealed.
		ident, err := s.st.FindIdentity(ctx, jaga.ChannelTelegram, chat)
		if err != nil {
			t.Fatal(err)
		}
		msgs, err := s.st.ListMessagesBySubject(ctx, ident.SubjectID)
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) != 8 {
			t.Fatalf("stored %d messages, want 8", len(msgs))
		}
		for _, m := range msgs {
			if strings.Contains(m.RedactedText, "0812") || strings.Contains(string(m.Sealed), "0812") {
				t.Fatalf("phone number stored readable in message %d", m.ID)
			}
			if m.Direction == jaga.Inbound && m.Status != jaga.StatusProcessed {
				t.Fatalf("inbound %d status %s", m.ID, m.Status)
			}
			if m.Direction == jaga.Outbound && m.Status != jaga.StatusSent {
				t.Fatalf("outbound %d status %s", m.ID, m.Status)
			}
		}
	})
}

// TestNamesRememberedAcrossMessages: a name said in one message is found
// again in a later one, where no rule would find it on its own, through
// the conversation's Vault that is sealed and loaded again between them.
func TestNamesRememberedAcrossMessages(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *setup) {
		ctx := context.Background()
		chat := "1009"
		say := func(text string) {
			t.Helper()
			if err := s.svc.Accept(ctx, []bot.Inbound{msg(chat, text)}); err != nil {
				t.Fatal(err)
			}
		}
		say("halo")
		waitReplies(t, s, chat, 1)
		say("ya")
		waitReplies(t, s, chat, 2)
		say("saya ibunya Margaretha kelas 3B, mau pesan kue")
		waitReplies(t, s, chat, 3)
		say("Margaretha mau ambil besok jam 10")
		waitReplies(t, s, chat, 4)
		if len(s.asst.seen) != 2 {
			t.Fatalf("assistant saw %d messages: %q", len(s.asst.seen), s.asst.seen)
		}
		for _, m := range s.asst.seen {
			if strings.Contains(m, "Margaretha") {
				t.Fatalf("the name reached the assistant: %q", s.asst.seen)
			}
		}
		if !strings.Contains(s.asst.seen[1], "[PERSON_1] mau ambil besok") {
			t.Fatalf("second message not redacted with the first's placeholder: %q", s.asst.seen[1])
		}
	})
}

func TestDuplicateDeliveries(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *setup) {
		ctx := context.Background()
		chat := "2002"
		m := msg(chat, "halo")
		var wg sync.WaitGroup
		errs := make(chan error, 6)
		for range 3 {
			wg.Add(1)
			go func() { defer wg.Done(); errs <- s.svc.Accept(ctx, []bot.Inbound{m}) }()
		}
		wg.Wait()
		for range 3 {
			if err := s.svc.Accept(ctx, []bot.Inbound{m}); err != nil { // and three more, one after another
				t.Fatal(err)
			}
		}
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		waitReplies(t, s, chat, 1)
	})
}

func TestTurnsInOrder(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *setup) {
		ctx := context.Background()
		chat := "3003"
		for _, text := range []string{"halo", "ya"} {
			if err := s.svc.Accept(ctx, []bot.Inbound{msg(chat, text)}); err != nil {
				t.Fatal(err)
			}
		}
		waitReplies(t, s, chat, 2)
		var batch []bot.Inbound
		for i := range 10 {
			batch = append(batch, msg(chat, fmt.Sprintf("pertanyaan nomor %d", i)))
		}
		if err := s.svc.Accept(ctx, batch); err != nil {
			t.Fatal(err)
		}
		got := waitReplies(t, s, chat, 12)
		for i, r := range got[2:] {
			if want := fmt.Sprintf("pertanyaan nomor %d", i); !strings.Contains(r, want) {
				t.Fatalf("reply %d = %q, want one about %q (out of order)", i, r, want)
			}
		}
	})
}

func TestDeliveryRetryAndRefusal(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *setup) {
		ctx := context.Background()
		s.send.mu.Lock()
		s.send.fail = []error{&bot.RetryAfterError{After: 300 * time.Millisecond}}
		s.send.mu.Unlock()
		start := time.Now()
		if err := s.svc.Accept(ctx, []bot.Inbound{msg("4004", "halo")}); err != nil {
			t.Fatal(err)
		}
		waitReplies(t, s, "4004", 1)
		if waited := time.Since(start); waited < 300*time.Millisecond {
			t.Fatalf("retry_after not honoured: reply after %s", waited)
		}
		s.send.mu.Lock()
		s.send.fail = []error{&bot.PermanentError{Reason: "bot blocked"}}
		s.send.mu.Unlock()
		if err := s.svc.Accept(ctx, []bot.Inbound{msg("5005", "halo")}); err != nil {
			t.Fatal(err)
		}
		ident := waitFor(t, func() (*jaga.Message, bool) {
			id, err := s.st.FindIdentity(ctx, jaga.ChannelTelegram, "5005")
			if err != nil {
				return nil, false
			}
			msgs, _ := s.st.ListMessagesBySubject(ctx, id.SubjectID)
			for _, m := range msgs {
				if m.Direction == jaga.Outbound && m.Status == jaga.StatusUndeliverable {
					return m, true
				}
			}
			return nil, false
		})
		if ident == nil {
			t.Fatal("refused reply not marked undeliverable")
		}
	})
}

func waitFor[T any](t *testing.T, f func() (T, bool)) T {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if v, ok := f(); ok {
			return v
		}
		time.Sleep(20 * time.Millisecond)
	}
	var zero T
	return zero
}

func TestLinkCode(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *setup) {
		ctx := context.Background()
		code, expires, err := s.svc.CreateLinkCode(ctx, 7, 1)
		if err != nil || len(code) != 8 || time.Until(expires) > 16*time.Minute {
			t.Fatalf("CreateLinkCode = %q, %v, %v", code, expires, err)
		}
		chat := "6006"
		for _, text := range []string{"/start " + code} {
			if err := s.svc.Accept(ctx, []bot.Inbound{msg(chat, text)}); err != nil {
				t.Fatal(err)
			}
		}
		got := waitReplies(t, s, chat, 1)
		if !strings.Contains(got[0], "terhubung") {
			t.Fatalf("link reply = %q", got[0])
		}
		ident, _ := s.st.FindIdentity(ctx, jaga.ChannelTelegram, chat)
		if ident.AccountID != 7 || ident.BusinessID != 1 {
			t.Fatalf("identity not linked: %+v", ident)
		}
		// Single use: another chat cannot reuse it; bad codes are limited.
		other := "7007"
		for i := range 6 {
			text := "/start " + code
			if i > 0 {
				text = "/start ZZZZZZZ" + fmt.Sprint(i)
			}
			if err := s.svc.Accept(ctx, []bot.Inbound{msg(other, text)}); err != nil {
				t.Fatal(err)
			}
		}
		got = waitReplies(t, s, other, 6)
		if !strings.Contains(got[0], "tidak valid") || !strings.Contains(got[5], "Terlalu banyak") {
			t.Fatalf("replies = %q", got)
		}
		oi, _ := s.st.FindIdentity(ctx, jaga.ChannelTelegram, other)
		if oi.Linked() {
			t.Fatal("a used code linked a second identity")
		}
	})
}

// TestTextThatDatabasesRefuse: a NUL character (valid UTF-8 that
// PostgreSQL's text type refuses) and invalid UTF-8 are stored as U+FFFD
// and answered, on the transactional and the one-statement path alike,
// instead of failing the webhook for ever.
func TestTextThatDatabasesRefuse(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *setup) {
		ctx := context.Background()
		chat := "4004"
		for _, text := range []string{"ha\x00lo", "ya", "stok\x00kopi \xff?"} {
			if err := s.svc.Accept(ctx, []bot.Inbound{msg(chat, text)}); err != nil {
				t.Fatalf("%q: %v", text, err)
			}
		}
		got := waitReplies(t, s, chat, 3)
		if !strings.Contains(got[2], "stok\uFFFDkopi \uFFFD?") {
			t.Fatalf("reply = %q", got[2])
		}
		bad := msg(chat, "halo")
		bad.ChannelMessageID += "\x00"
		if err := s.svc.Accept(ctx, []bot.Inbound{bad}); jaga.ErrorCode(err) != jaga.EINVALID {
			t.Fatalf("a NUL in the message id: %v, want EINVALID", err)
		}
	})
}
