package assistant_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga/assistant"
	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/redact"
)

// instant answers at once with a fixed answer holding placeholders, so what
// is measured is jaga's own work around the model.
type instant struct{ chunks []string }

func (m *instant) Generate(ctx context.Context, req *assistant.Request, onChunk func(string) error) (assistant.Usage, error) {
	for _, c := range m.chunks {
		if err := onChunk(c); err != nil {
			return assistant.Usage{}, err
		}
	}
	return assistant.Usage{PromptTokens: 2000, OutputTokens: 40, TotalTokens: 2040}, nil
}

func (m *instant) Name() string { return "instant" }

// staticSource serves one snapshot.
func benchSource() business.Source {
	snap := &business.Snapshot{BusinessName: "Kopi Senja", Currency: "IDR", AsOf: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC),
		Sections: business.AllSections, CashTotal: 48_250_000,
		Cash:    []business.CashBalance{{Account: "Kas toko", Balance: 3_250_000}, {Account: "BCA operasional", Balance: 45_000_000}},
		Periods: []business.PeriodTotals{{Key: business.PeriodThisMonth, Revenue: 82_000_000, Expenses: 51_000_000, Net: 31_000_000}},
		Overdue: &business.OverdueInvoices{Count: 3, Sum: 7_500_000, OldestDays: 21}}
	return &business.StaticSource{Full: snap, Roles: map[int64]business.Role{1: business.RoleOwner}}
}

// BenchmarkTurn measures the CPU one turn costs jaga, model and database
// excluded: snapshot render, prompt, token budget (history counted at store
// time, as the bot does), egress check over the whole request, and the
// streaming restore. The context is about 8 KB of history.
func BenchmarkTurn(b *testing.B) {
	r := redact.New(redact.Options{})
	v := redact.NewVault()
	var hist []assistant.HistoryItem
	size := 0
	for i := 0; size < 8<<10; i++ {
		text, _ := r.Redact(fmt.Sprintf("Pesanan %d: kirim 2 kg kopi arabika ke pelanggan, hubungi 0812-0000-%04d, total Rp 450.000 ya kak", i, i), v)
		hist = append(hist, assistant.HistoryItem{FromUser: i%2 == 0, Text: text, Tokens: assistant.CountTokens(text)})
		size += len(text)
	}
	question, _ := r.Redact("Berapa kas saya bulan ini dan tagihan siapa yang telat? Nomor saya 0812-3456-7890", v)
	m := &instant{chunks: []string{"Kas Anda Rp 48.250.000. Tagihan telat 3, hubungi [PHO", "NE_1] untuk ", "konfirmasi ya."}}
	a := assistant.New(assistant.Config{Model: m, Redactor: r, Source: benchSource(), RatePerMinute: 1 << 30, PromptBudget: 16000})
	in := assistant.Input{Question: question, History: hist, Vault: v, BusinessID: 1, AccountID: 1, SubjectID: 1, Channel: "telegram", Lang: "id"}
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		if _, err := a.Turn(ctx, in, func(string) error { return nil }); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkFirstChunk measures what jaga adds before the first chunk of the
// answer reaches the person: restoring it.
func BenchmarkFirstChunk(b *testing.B) {
	r := redact.New(redact.Options{})
	v := redact.NewVault()
	r.Redact("hubungi 0812-3456-7890 dan budi@contoh.co.id", v)
	first := "Baik, saya akan menghubungi [PHONE_1] dan mengirim e-mail ke [EMAIL_1] hari ini. " + strings.Repeat("x", 40)
	b.ReportAllocs()
	for b.Loop() {
		rs := redact.NewRestorer(v)
		_ = rs.Write(first)
	}
}
