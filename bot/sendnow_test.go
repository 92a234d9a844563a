package bot_test

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// heldStore counts what the delivery job does (GetDeliveries) and can lose
// ReleaseJob calls, as a turn that crashed after a failed send would.
type heldStore struct {
	store.Store
	deliveries  atomic.Int64
	noReleasing atomic.Bool
}

func (h *heldStore) GetDeliveries(ctx context.Context, ids []int64) (map[int64]*store.Delivery, error) {
	h.deliveries.Add(int64(len(ids)))
	return h.Store.GetDeliveries(ctx, ids)
}

func (h *heldStore) ReleaseJob(ctx context.Context, id int64, after time.Duration) error {
	if h.noReleasing.Load() {
		return nil
	}
	return h.Store.ReleaseJob(ctx, id, after)
}

// stallSender blocks its next stalls sends until their context ends, then
// fails them; the others are sent.
type stallSender struct {
	sender
	stalls atomic.Int64
}

func (s *stallSender) Send(ctx context.Context, out bot.Outbound) (string, error) {
	if s.stalls.Add(-1) >= 0 {
		<-ctx.Done()
		return "", ctx.Err()
	}
	return s.sender.Send(ctx, out)
}

// TestSendAfterStoring: a turn sends its reply itself as soon as it is
// stored, and the reply's delivery job, held meanwhile, has nothing to do.
// A send that fails is left to the job at once; a turn that stalls or dies
// in its send leaves the reply to the job when the hold ends. Every reply
// goes out once.
func TestSendAfterStoring(t *testing.T) {
	eachStore(t, func(t *testing.T, workers *river.Workers, inner store.Store) {
		st := &heldStore{Store: inner}
		d := &stallSender{}
		master, _ := seal.NewKey(seal.GenerateRaw())
		// Long enough that a loaded machine (the suite with -race on two
		// cores) still tells "at once" from "when the hold ends".
		const hold = 2 * time.Second
		svc := bot.New(bot.Config{Store: st, Keyring: seal.NewKeyring(master, nil), Redactor: redact.New(redact.Options{}),
			Assistant: &echoAssistant{}, Senders: map[jaga.Channel]bot.Sender{jaga.ChannelTelegram: d},
			ChannelRates: map[jaga.Channel]bot.Rate{}, DraftInterval: -1, SendHold: hold})
		svc.Register(workers)
		startJobs(t, st)
		ctx := context.Background()
		say := func(chat, text string) {
			t.Helper()
			if err := svc.Accept(ctx, []bot.Inbound{msg(chat, text)}); err != nil {
				t.Fatal(err)
			}
		}
		once := func(chat string, want ...string) {
			t.Helper()
			got := waitFor(t, func() ([]string, bool) { g := d.to(chat); return g, len(g) >= len(want) })
			time.Sleep(hold + 300*time.Millisecond) // a held job that wrongly fired would send again
			if got = d.to(chat); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("chat %s got %q, want %q", chat, got, want)
			}
		}

		// The second message waits for the first reply: a reply stored
		// while an older one of its chat is still being sent is left to
		// its job, to keep the order, and a busy machine (the whole test
		// suite on two cores) can make the two turns overlap.
		say("6001", "halo")
		waitFor(t, func() ([]string, bool) { g := d.to("6001"); return g, len(g) == 1 })
		say("6001", "stok kopi?")
		once("6001", "Jawaban untuk: halo", "Jawaban untuk: stok kopi?")
		if n := st.deliveries.Load(); n != 0 {
			t.Fatalf("delivery jobs read %d replies the turns had sent", n)
		}

		// A failed send: the job sends the reply at once, not at the hold's end.
		d.mu.Lock()
		d.fail = []error{errors.New("telegram sendMessage: 502")}
		d.mu.Unlock()
		start := time.Now()
		say("6002", "halo")
		waitFor(t, func() ([]string, bool) { g := d.to("6002"); return g, len(g) == 1 })
		if took := time.Since(start); took >= hold {
			t.Fatalf("a failed send was retried after %s, want at once (before the %s hold)", took, hold)
		}
		once("6002", "Jawaban untuk: halo")

		// A send that stalls, and a turn that cannot release the job (as if
		// it crashed): the job sends the reply when the hold ends.
		st.noReleasing.Store(true)
		d.stalls.Store(1)
		start = time.Now()
		say("6003", "halo")
		waitFor(t, func() ([]string, bool) { g := d.to("6003"); return g, len(g) == 1 })
		if took := time.Since(start); took < hold {
			t.Fatalf("the held job sent after %s, before the %s hold ended", took, hold)
		}
		once("6003", "Jawaban untuk: halo")
	})
}

// TestSendAfterStoringInOrder: while a chat's reply waits for its job (the
// channel asked us to retry later), the chat's next replies are left to
// their jobs too, and go out after it, in order.
func TestSendAfterStoringInOrder(t *testing.T) {
	eachStore(t, func(t *testing.T, workers *river.Workers, st store.Store) {
		d := &sender{fail: []error{&bot.RetryAfterError{After: 400 * time.Millisecond}}}
		master, _ := seal.NewKey(seal.GenerateRaw())
		svc := bot.New(bot.Config{Store: st, Keyring: seal.NewKeyring(master, nil), Redactor: redact.New(redact.Options{}),
			Assistant: &echoAssistant{}, Senders: map[jaga.Channel]bot.Sender{jaga.ChannelTelegram: d},
			ChannelRates: map[jaga.Channel]bot.Rate{}, DraftInterval: -1})
		svc.Register(workers)
		startJobs(t, st)
		ctx := context.Background()
		var want []string
		for i := range 6 {
			text := fmt.Sprintf("pesan %d", i)
			want = append(want, "Jawaban untuk: "+text)
			if err := svc.Accept(ctx, []bot.Inbound{msg("6101", text)}); err != nil {
				t.Fatal(err)
			}
		}
		got := waitFor(t, func() ([]string, bool) { g := d.to("6101"); return g, len(g) >= len(want) })
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("replies %q, want %q", got, want)
		}
	})
}
