package privacy_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/privacy"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

// seedPerson stores a person with n messages sealed under their key, in one
// transaction, plus a vault, consents and a request.
func seedPerson(b *testing.B, st store.Store, ring *seal.Keyring, n int) *jaga.Subject {
	b.Helper()
	ctx := context.Background()
	var subj *jaga.Subject
	err := st.WithTx(ctx, func(q store.Queries) error {
		s, i, c := storetest.NewPerson(b, q, jaga.ChannelWhatsApp, fmt.Sprintf("62812%08d", time.Now().UnixNano()%1e8))
		subj = s
		key, err := ring.Key(ctx, q, s.ID)
		if err != nil {
			return err
		}
		now := time.Now().UTC()
		for k := range n {
			text := fmt.Sprintf("Pesan %d: tolong kirim 2 kg kopi ke alamat saya, hubungi 0812-0000-%04d", k, k%10000)
			m := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Direction([]string{"in", "out"}[k%2]),
				Channel: jaga.ChannelWhatsApp, ChannelMessageID: fmt.Sprintf("wamid.%d.%d", s.ID, k),
				RedactedText: fmt.Sprintf("Pesan %d: tolong kirim 2 kg kopi ke alamat saya, hubungi [PHONE_1]", k),
				Sealed:       seal.SealText(key, s.ID, text), Status: jaga.StatusProcessed, ReplyTo: 0, CreatedAt: now}
			if m.Direction == jaga.Outbound {
				m.ChannelMessageID = ""
				m.Status = jaga.StatusSent
			}
			if err := q.CreateMessage(ctx, m); err != nil {
				return err
			}
		}
		if err := q.PutVault(ctx, c.ID, s.ID, seal.SealText(key, s.ID, `{"v":1}`), now); err != nil {
			return err
		}
		return q.CreateConsent(ctx, &jaga.Consent{SubjectID: s.ID, IdentityID: i.ID, Channel: jaga.ChannelWhatsApp,
			Purpose: jaga.PurposeAI, Granted: true, NoticeVersion: "bench", CreatedAt: now})
	})
	if err != nil {
		b.Fatal(err)
	}
	return subj
}

// BenchmarkErase10k erases a person with 10,000 messages (messages,
// vault, consents, exports, data key, audit record, backstop job).
func BenchmarkErase10k(b *testing.B) {
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			st := be.Open(b, store.Options{})
			master, _ := seal.NewKey(seal.GenerateRaw())
			ring := seal.NewKeyring(master, nil)
			svc := privacy.New(privacy.Config{Store: st, Keyring: ring})
			var total time.Duration
			for b.Loop() {
				b.StopTimer()
				s := seedPerson(b, st, ring, 10_000)
				b.StartTimer()
				start := time.Now()
				if _, err := svc.Erase(context.Background(), s.ID, nil); err != nil {
					b.Fatal(err)
				}
				if err := svc.FinishErasure(context.Background(), s.ID); err != nil {
					b.Fatal(err)
				}
				total += time.Since(start)
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/erase")
		})
	}
}

// BenchmarkExport10k builds the export (JSON + XLSX zip, originals opened)
// of a person with 10,000 messages.
func BenchmarkExport10k(b *testing.B) {
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			st := be.Open(b, store.Options{})
			master, _ := seal.NewKey(seal.GenerateRaw())
			ring := seal.NewKeyring(master, nil)
			svc := privacy.New(privacy.Config{Store: st, Keyring: ring})
			s := seedPerson(b, st, ring, 10_000)
			var size int
			start := time.Now()
			b.ResetTimer()
			for b.Loop() {
				d, err := svc.BuildDossier(context.Background(), st, s.ID)
				if err != nil {
					b.Fatal(err)
				}
				if len(d.Messages) != 10_000 {
					b.Fatalf("dossier holds %d messages", len(d.Messages))
				}
				z, err := privacy.ExportZip(d)
				if err != nil {
					b.Fatal(err)
				}
				size = len(z)
			}
			b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N), "ms/export")
			b.ReportMetric(float64(size), "bytes/export")
		})
	}
}
