package bot_test

import (
	"context"
	"fmt"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

// BenchmarkAccept measures the webhook's share of a message: storing it
// (found person, redaction, sealing, the message, its turn job) in one
// transaction, from 32 goroutines over 1,000 known chats, with no job
// workers competing. One op is one accepted message.
func BenchmarkAccept(b *testing.B) {
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			st := be.Open(b, store.Options{})
			master, _ := seal.NewKey(seal.GenerateRaw())
			svc := bot.New(bot.Config{Store: st, Keyring: seal.NewKeyring(master, nil),
				Redactor: redact.New(redact.Options{})})
			ctx := context.Background()
			const chats = 1000
			var seq atomic.Int64
			in := func(chat int) []bot.Inbound {
				n := seq.Add(1)
				c := strconv.Itoa(500000 + chat)
				return []bot.Inbound{{Channel: jaga.ChannelTelegram, ChannelMessageID: fmt.Sprintf("%s:%d", c, n),
					ExternalUserID: c, ExternalChatID: c, Kind: "text", SentAt: time.Now(),
					Text: "Halo kak, stok kopi susu literan masih ada? Mau pesan 12 botol untuk besok pagi ya."}}
			}
			for c := range chats {
				if err := svc.Accept(ctx, in(c)); err != nil {
					b.Fatal(err)
				}
			}
			b.SetParallelism(16) // 32 senders on 2 cores
			b.ReportAllocs()
			b.ResetTimer()
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := svc.Accept(ctx, in(int(seq.Load()%chats))); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "accepts/s")
		})
	}
}
