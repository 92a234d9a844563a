package bot_test

import (
	"context"
	"errors"
	"strings"
	"sync"
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
	typing int
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
	d.typing++
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
}

func (a *streamAssistant) Answer(ctx context.Context, t *bot.Turn, onChunk func(string) error) (*bot.Reply, error) {
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
func streamSetup(t *testing.T, d *drafter, a *streamAssistant, interval time.Duration) *bot.Service {
	t.Helper()
	workers := river.NewWorkers()
	st := storetest.SQLite(t, store.Options{Workers: workers, FetchPollInterval: 10 * time.Millisecond,
		Queues: map[string]int{river.QueueDefault: 2, bot.QueueTurns: 4, bot.QueueDeliveries: 4}})
	master, _ := seal.NewKey(seal.GenerateRaw())
	svc := bot.New(bot.Config{
		Store: st, Keyring: seal.NewKeyring(master, nil), Redactor: redact.New(redact.Options{}), Assistant: a,
		Senders: map[jaga.Channel]bot.Sender{jaga.ChannelTelegram: d}, ChannelRates: map[jaga.Channel]bot.Rate{},
		DraftInterval: interval,
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
	svc := streamSetup(t, d, &streamAssistant{chunks: chunks, gap: 20 * time.Millisecond}, interval)
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
	typing := d.typing
	d.dmu.Unlock()
	if typing == 0 {
		t.Fatal("no typing indicator while the assistant worked")
	}
}

// TestDraftsWhereTheyCannotBeShown: group chats get no drafts, and a failing
// draft ends the drafts of that answer without failing the turn.
func TestDraftsWhereTheyCannotBeShown(t *testing.T) {
	chunks := []string{"Halo ", "semua, ", "toko ", "buka ", "jam ", "8."}
	d := &drafter{}
	svc := streamSetup(t, d, &streamAssistant{chunks: chunks, gap: 10 * time.Millisecond}, 20*time.Millisecond)
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
