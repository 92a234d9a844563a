package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// benchArgs is a job kind used only by benchmarks.
type benchArgs struct {
	MessageID int64 `json:"message_id"`
}

func (benchArgs) Kind() string { return "bench_turn" }

// BenchmarkInsertMessages measures inbound messages stored the way a webhook
// stores them: one transaction per message holding the sealed original, the
// redacted text and the turn job. Messages spread over 64 conversations and
// arrive from parallel goroutines, as concurrent webhook requests would.
func BenchmarkInsertMessages(b *testing.B, st store.Store) {
	ctx := context.Background()
	master, _ := seal.NewKey(seal.GenerateRaw())
	ring := seal.NewKeyring(master, nil)
	type person struct {
		subject *jaga.Subject
		conv    *jaga.Conversation
	}
	people := make([]person, 64)
	for i := range people {
		s, _, c := NewPerson(b, st, jaga.ChannelTelegram, fmt.Sprintf("bench-%d", i))
		people[i] = person{s, c}
	}
	text := strings.Repeat("Halo kak, saya mau tanya stok kopi arabika 250 gram masih ada? ", 3)
	var seq atomic.Int64
	b.ReportAllocs()
	b.SetParallelism(4)
	start := time.Now()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n := seq.Add(1)
			p := people[n%int64(len(people))]
			err := st.WithTx(ctx, func(q store.Queries) error {
				if err := q.LockConversation(ctx, p.conv.ID); err != nil {
					return err
				}
				key, err := ring.Key(ctx, q, p.subject.ID)
				if err != nil {
					return err
				}
				m := &jaga.Message{ConversationID: p.conv.ID, SubjectID: p.subject.ID, Direction: jaga.Inbound,
					Channel: jaga.ChannelTelegram, ChannelMessageID: fmt.Sprintf("b:%d", n), RedactedText: text,
					Sealed: seal.SealText(key, p.subject.ID, text), Status: jaga.StatusReceived, CreatedAt: time.Now().UTC()}
				if err := q.CreateMessage(ctx, m); err != nil {
					return err
				}
				_, err = q.Enqueue(ctx, benchArgs{MessageID: m.ID}, nil)
				return err
			})
			if err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "msgs/s")
}

// BenchmarkInsertInbound measures the batched accept path: known people's
// messages stored with their turn jobs by InsertInbound, batches of 8 rows
// (about what concurrent webhooks gather at 3,000 a second) over 64
// conversations. One op is one batch.
func BenchmarkInsertInbound(b *testing.B, st store.Store) {
	ctx := context.Background()
	type person struct {
		subject  *jaga.Subject
		identity *jaga.Identity
		conv     *jaga.Conversation
	}
	people := make([]person, 64)
	for i := range people {
		s, id, c := NewPerson(b, st, jaga.ChannelTelegram, fmt.Sprintf("bench-%d", i))
		people[i] = person{s, id, c}
	}
	text := strings.Repeat("Halo kak, saya mau tanya stok kopi arabika 250 gram masih ada? ", 3)
	sealed := []byte(strings.Repeat("x", len(text)+40))
	const batch = 8
	rows := make([]store.InboundRow, batch)
	n := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range rows {
			n++
			p := people[n%len(people)]
			rows[i] = store.InboundRow{IdentityID: p.identity.ID, Message: &jaga.Message{ConversationID: p.conv.ID,
				SubjectID: p.subject.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
				ChannelMessageID: fmt.Sprintf("b:%d", n), RedactedText: text, Sealed: sealed,
				Status: jaga.StatusReceived, CreatedAt: time.Now().UTC()}}
		}
		if err := st.InsertInbound(ctx, rows, benchArgs{}.Kind(), river.InsertOpts{Queue: "bench", MaxAttempts: 5}); err != nil {
			b.Fatal(err)
		}
		for _, r := range rows {
			if r.Message.ID == 0 {
				b.Fatal("row not stored")
			}
		}
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "msgs/s")
}
