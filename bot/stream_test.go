package bot_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

// drafter is a sender that also shows drafts, as Telegram does in private
// chats (ids without a "g" prefix here).
type drafter struct {
	sender
	dmu    sync.Mutex
	drafts []draft
	fail   error // returned by every draft when set
	typing []time.Time
}

type draft struct {
	chat string
	id   int64
	text string
	at   time.Time
}

func (d *drafter) CanDraft(chat string) bool { return !strings.HasPrefix(chat, "g") }

func (d *drafter) Draft(ctx context.Context, chat string, id int64, text string) error {
	d.dmu.Lock()
	defer d.dmu.Unlock()
	if d.fail != nil {
		return d.fail
	}
	d.drafts = append(d.drafts, draft{chat, id, text, time.Now()})
	return nil
}

func (d *drafter) Typing(ctx context.Context, chat string) error {
	d.dmu.Lock()
	defer d.dmu.Unlock()
	d.typing = append(d.typing, time.Now())
	return nil
}

func (d *drafter) draftsTo(chat string) []draft {
	d.dmu.Lock()
	defer d.dmu.Unlock()
	var out []draft
	for _, x := range d.drafts {
		if x.chat == chat {
			out = append(out, x)
		}
	}
	return out
}

// streamAssistant writes its answer in chunks, gap apart, as the model does.
type streamAssistant struct {
	chunks []string
	gap    time.Duration

	mu      sync.Mutex
	started []time.Time // when each answer began
}

func (a *streamAssistant) Answer(ctx context.Context, t *bot.Turn, onChunk func(string) error) (*bot.Reply, error) {
	a.mu.Lock()
	a.started = append(a.started, time.Now())
	a.mu.Unlock()
	for _, c := range a.chunks {
		time.Sleep(a.gap)
		if onChunk != nil {
			if err := onChunk(c); err != nil {
				return nil, err
			}
		}
	}
	text := strings.Join(a.chunks, "")
	return &bot.Reply{Text: text, Redacted: text, Author: "assistant", ModelCalled: true}, nil
}

// streamSetup runs a Service without the privacy steps, so that every
// message goes straight to the streaming assistant.
// Drafts and typing show at once unless showAfter is positive.
func streamSetup(t *testing.T, d *drafter, a *streamAssistant, interval, showAfter time.Duration) *bot.Service {
	t.Helper()
	workers := river.NewWorkers()
	st := storetest.SQLite(t, store.Options{Workers: workers, FetchPollInterval: 10 * time.Millisecond,
		Queues: map[string]int{river.QueueDefault: 2, bot.QueueTurns: 4, bot.QueueDeliveries: 4}})
	master, _ := seal.NewKey(seal.GenerateRaw())
	svc := bot.New(bot.Config{
		Store: st, Keyring: seal.NewKeyring(master, nil), Redactor: redact.New(redact.Options{}), Assistant: a,
		Senders: map[jaga.Channel]bot.Sender{jaga.ChannelTelegram: d}, ChannelRates: map[jaga.Channel]bot.Rate{},
		DraftInterval: interval, ShowWorkAfter: cmp.Or(showAfter, -1),
	})
	svc.Register(workers)
	startJobs(t, st)
	return svc
}

func waitSent(t *testing.T, d *drafter, chat string, n int) []string {
	t.Helper()
	return waitFor(t, func() ([]string, bool) {
		got := d.to(chat)
		return got, len(got) >= n
	})
}

// TestStreamedDrafts: the answer is shown as it is written, at most one
// draft per interval, each draft what had been written so far; the answer is
// then sent whole, once.
func TestStreamedDrafts(t *testing.T) {
	chunks := []string{"Stok ", "kopi ", "susu ", "tinggal ", "12 ", "gelas, ", "bahan ", "cukup ", "untuk ", "besok."}
	d := &drafter{}
	const interval = 60 * time.Millisecond
	svc := streamSetup(t, d, &streamAssistant{chunks: chunks, gap: 20 * time.Millisecond}, interval, 0)
	if err := svc.Accept(context.Background(), []bot.Inbound{msg("777", "stok kopi?")}); err != nil {
		t.Fatal(err)
	}
	final := strings.Join(chunks, "")
	if got := waitSent(t, d, "777", 1); got[0] != final {
		t.Fatalf("sent %q, want %q", got[0], final)
	}
	drafts := d.draftsTo("777")
	if len(drafts) < 2 {
		t.Fatalf("%d drafts for an answer written over 200 ms at one per %s, want several: %+v", len(drafts), interval, drafts)
	}
	if drafts[0].text != chunks[0] {
		t.Fatalf("first draft %q, want the first words %q", drafts[0].text, chunks[0])
	}
	for i, x := range drafts {
		if x.id == 0 || x.id != drafts[0].id {
			t.Fatalf("draft %d has id %d, want one non-zero id for the answer", i, x.id)
		}
		if !strings.HasPrefix(final, x.text) {
			t.Fatalf("draft %d %q is not what had been written so far", i, x.text)
		}
		if i > 0 {
			if gap := x.at.Sub(drafts[i-1].at); gap < interval {
				t.Fatalf("drafts %d and %d only %s apart, want at least %s", i-1, i, gap, interval)
			}
			if len(x.text) <= len(drafts[i-1].text) {
				t.Fatalf("draft %d does not grow: %q after %q", i, x.text, drafts[i-1].text)
			}
		}
	}
	time.Sleep(100 * time.Millisecond)
	if got := d.to("777"); len(got) != 1 {
		t.Fatalf("%d messages sent, want the answer once", len(got))
	}
	d.dmu.Lock()
	typing := len(d.typing)
	d.dmu.Unlock()
	if typing == 0 {
		t.Fatal("no typing indicator while the assistant worked")
	}
}

// TestShowWorkAfter: an answer written quickly is sent with no typing
// indicator and no drafts; one that takes longer shows both, but only once
// the assistant has worked for ShowWorkAfter.
func TestShowWorkAfter(t *testing.T) {
	const after = 300 * time.Millisecond
	quick := []string{"Buka ", "jam ", "8."}
	d := &drafter{}
	a := &streamAssistant{chunks: quick}
	svc := streamSetup(t, d, a, 50*time.Millisecond, after)
	ctx := context.Background()
	if err := svc.Accept(ctx, []bot.Inbound{msg("701", "jam buka?")}); err != nil {
		t.Fatal(err)
	}
	if got := waitSent(t, d, "701", 1); got[0] != strings.Join(quick, "") {
		t.Fatalf("sent %q", got[0])
	}
	time.Sleep(after + 100*time.Millisecond)
	d.dmu.Lock()
	typing := len(d.typing)
	d.dmu.Unlock()
	if n := len(d.draftsTo("701")); n != 0 || typing != 0 {
		t.Fatalf("an answer ready at once was shown as %d drafts and %d typing indicators", n, typing)
	}

	slow := []string{"Stok ", "kopi ", "susu ", "tinggal ", "12 ", "gelas, ", "bahan ", "cukup ", "untuk ", "besok."}
	a.chunks, a.gap = slow, 60*time.Millisecond
	if err := svc.Accept(ctx, []bot.Inbound{msg("702", "stok kopi?")}); err != nil {
		t.Fatal(err)
	}
	if got := waitSent(t, d, "702", 1); got[0] != strings.Join(slow, "") {
		t.Fatalf("sent %q", got[0])
	}
	a.mu.Lock()
	started := a.started[len(a.started)-1]
	a.mu.Unlock()
	const slack = 5 * time.Millisecond // the turn reads the clock just before the assistant starts
	drafts := d.draftsTo("702")
	if len(drafts) < 2 {
		t.Fatalf("%d drafts of an answer written over 600 ms, want several", len(drafts))
	}
	if early := drafts[0].at.Sub(started); early < after-slack {
		t.Fatalf("first draft %s after the assistant started, want no sooner than %s", early, after)
	}
	if !strings.HasPrefix(drafts[0].text, slow[0]+slow[1]) {
		t.Fatalf("first draft %q lacks the words written before it", drafts[0].text)
	}
	d.dmu.Lock()
	defer d.dmu.Unlock()
	if len(d.typing) == 0 {
		t.Fatal("no typing indicator while the assistant worked 600 ms")
	}
	if early := d.typing[0].Sub(started); early < after-slack {
		t.Fatalf("typing shown %s after the assistant started, want no sooner than %s", early, after)
	}
}

// TestDraftsWhereTheyCannotBeShown: group chats get no drafts, and a failing
// draft ends the drafts of that answer without failing the turn.
func TestDraftsWhereTheyCannotBeShown(t *testing.T) {
	chunks := []string{"Halo ", "semua, ", "toko ", "buka ", "jam ", "8."}
	d := &drafter{}
	svc := streamSetup(t, d, &streamAssistant{chunks: chunks, gap: 10 * time.Millisecond}, 20*time.Millisecond, 0)
	ctx := context.Background()
	if err := svc.Accept(ctx, []bot.Inbound{msg("g-100", "jam buka?")}); err != nil {
		t.Fatal(err)
	}
	if got := waitSent(t, d, "g-100", 1); got[0] != strings.Join(chunks, "") {
		t.Fatalf("group got %q", got[0])
	}
	if n := len(d.draftsTo("g-100")); n != 0 {
		t.Fatalf("%d drafts to a group chat", n)
	}

	d.dmu.Lock()
	d.fail = errors.New("telegram sendMessageDraft: 500")
	d.dmu.Unlock()
	if err := svc.Accept(ctx, []bot.Inbound{msg("888", "jam buka?")}); err != nil {
		t.Fatal(err)
	}
	if got := waitSent(t, d, "888", 1); got[0] != strings.Join(chunks, "") {
		t.Fatalf("after failing drafts the answer was %q", got[0])
	}
}

// countingStore counts the messages stored by the batched path.
type countingStore struct {
	store.Store
	fast atomic.Int64
}

func (c *countingStore) InsertInbound(ctx context.Context, rows []store.InboundRow, kind string, opts river.InsertOpts) error {
	err := c.Store.InsertInbound(ctx, rows, kind, opts)
	for _, r := range rows {
		if r.Message.ID != 0 {
			c.fast.Add(1)
		}
	}
	return err
}

// TestAcceptFastPath: a known person's message without personal data is
// stored batched (one statement on PostgreSQL) and answered like any other;
// a message with personal data, a redelivery and a stale person take the
// transactional path and lose nothing.
func TestAcceptFastPath(t *testing.T) {
	eachStore(t, testAcceptFastPath)
}

// eachStore runs a test on SQLite and, when TEST_DATABASE_URL is set, on
// PostgreSQL, with a store whose job workers poll quickly.
func eachStore(t *testing.T, fn func(t *testing.T, workers *river.Workers, st store.Store)) {
	opts := func(w *river.Workers) store.Options {
		return store.Options{Workers: w, FetchPollInterval: 10 * time.Millisecond,
			Queues: map[string]int{river.QueueDefault: 2, bot.QueueTurns: 4, bot.QueueDeliveries: 4}}
	}
	t.Run("sqlite", func(t *testing.T) {
		w := river.NewWorkers()
		fn(t, w, storetest.SQLite(t, opts(w)))
	})
	t.Run("postgres", func(t *testing.T) {
		if storetest.PostgresURL(t) == "" {
			t.Skip("TEST_DATABASE_URL not set")
		}
		w := river.NewWorkers()
		fn(t, w, storetest.Postgres(t, opts(w)))
	})
}

// echoService starts a service over st that answers with echoAssistant
// and sends to a drafter, with no rate limits and no drafts.
func echoService(t *testing.T, workers *river.Workers, st store.Store) (*bot.Service, *drafter) {
	master, _ := seal.NewKey(seal.GenerateRaw())
	d := &drafter{}
	svc := bot.New(bot.Config{Store: st, Keyring: seal.NewKeyring(master, nil), Redactor: redact.New(redact.Options{}),
		Assistant: &echoAssistant{}, Senders: map[jaga.Channel]bot.Sender{jaga.ChannelTelegram: d},
		ChannelRates: map[jaga.Channel]bot.Rate{}, DraftInterval: -1})
	svc.Register(workers)
	startJobs(t, st)
	return svc, d
}

func testAcceptFastPath(t *testing.T, workers *river.Workers, inner store.Store) {
	st := &countingStore{Store: inner}
	svc, d := echoService(t, workers, st)
	ctx := context.Background()
	say := func(m bot.Inbound) {
		t.Helper()
		if err := svc.Accept(ctx, []bot.Inbound{m}); err != nil {
			t.Fatal(err)
		}
	}
	say(msg("9001", "halo"))                     // a new person: transactional
	second := msg("9001", "stok kopi susu ada?") // known, nothing personal: one statement
	say(second)
	say(second)                                      // a redelivery: declined, then recognised
	say(msg("9001", "telepon saya di 081234567890")) // personal data: the vault, transactional
	say(msg("9001", "terima kasih"))                 // one statement again
	waitSent(t, d, "9001", 4)
	time.Sleep(200 * time.Millisecond)
	got := d.to("9001")
	want := []string{"halo", "stok kopi susu ada?", "telepon saya di 081234567890", "terima kasih"}
	if len(got) != len(want) {
		t.Fatalf("%d replies, want %d: %q", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i] != "Jawaban untuk: "+w {
			t.Fatalf("reply %d = %q, want the answer to %q", i, got[i], w)
		}
	}
	if n := st.fast.Load(); n != 2 {
		t.Fatalf("%d messages took the one-statement path, want 2", n)
	}
}

// gatedStore holds the one-statement inserts until the gate opens, and
// records the size of each batch.
type gatedStore struct {
	store.Store
	gate    chan struct{}
	mu      sync.Mutex
	batches []int
}

func (g *gatedStore) InsertInbound(ctx context.Context, rows []store.InboundRow, kind string, opts river.InsertOpts) error {
	<-g.gate
	g.mu.Lock()
	g.batches = append(g.batches, len(rows))
	g.mu.Unlock()
	return g.Store.InsertInbound(ctx, rows, kind, opts)
}

// TestAcceptBatched: messages of concurrent webhooks are stored together
// (group commit), and each is answered once, in order per chat — including
// a redelivery racing its original inside one batch.
func TestAcceptBatched(t *testing.T) {
	eachStore(t, testAcceptBatched)
}

func testAcceptBatched(t *testing.T, workers *river.Workers, inner store.Store) {
	gate := make(chan struct{})
	st := &gatedStore{Store: inner, gate: gate}
	svc, d := echoService(t, workers, st)
	ctx := context.Background()
	const chats, each = 10, 4
	for c := range chats { // first contact: transactional, makes the people known
		if err := svc.Accept(ctx, []bot.Inbound{msg(fmt.Sprint(9100+c), "halo")}); err != nil {
			t.Fatal(err)
		}
	}
	// Every chat sends its messages one after another (as a person does);
	// the chats are concurrent, and one message is delivered twice at once.
	var wg sync.WaitGroup
	errs := make(chan error, chats*each+1)
	for c := range chats {
		wg.Go(func() {
			for i := range each {
				m := msg(fmt.Sprint(9100+c), fmt.Sprintf("pesan %d", i))
				if c == 0 && i == 0 {
					wg.Go(func() { errs <- svc.Accept(ctx, []bot.Inbound{m}) })
				}
				errs <- svc.Accept(ctx, []bot.Inbound{m})
			}
		})
	}
	time.Sleep(200 * time.Millisecond) // let the first messages queue up behind the gate
	close(gate)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for c := range chats {
		chat := fmt.Sprint(9100 + c)
		got := waitSent(t, d, chat, 1+each)
		want := []string{"halo"}
		for i := range each {
			want = append(want, fmt.Sprintf("pesan %d", i))
		}
		if len(got) != len(want) {
			t.Fatalf("chat %s: %d replies, want %d: %q", chat, len(got), len(want), got)
		}
		for i, w := range want {
			if got[i] != "Jawaban untuk: "+w {
				t.Fatalf("chat %s: reply %d = %q, want the answer to %q", chat, i, got[i], w)
			}
		}
	}
	time.Sleep(200 * time.Millisecond)
	for c := range chats {
		if n := len(d.to(fmt.Sprint(9100 + c))); n != 1+each {
			t.Fatalf("chat %d: %d replies after settling, want %d", c, n, 1+each)
		}
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	largest := slices.Max(st.batches)
	if largest < 2 {
		t.Fatalf("batches %v: the concurrent messages were never stored together", st.batches)
	}
	t.Logf("batch sizes %v", st.batches)
}
