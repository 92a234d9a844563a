package offline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga/assistant/offline"
	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

var wib = time.FixedZone("WIB", 7*3600)

// TestAnswersFromSampleData asks the common questions against the sample
// business and checks each answer carries the figure computed here with
// plain loops over the raw data.
func TestAnswersFromSampleData(t *testing.T) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			st := b.Open(t, store.Options{}).(business.Store)
			now := time.Date(2026, 11, 22, 10, 0, 0, 0, wib)
			d, err := business.Sample(now)
			if err != nil {
				t.Fatal(err)
			}
			if err := business.Import(ctx, st, d, now); err != nil {
				t.Fatal(err)
			}
			src := business.NewTableSource(st)
			snap, err := business.Build(ctx, src, business.SampleBusinessID, business.RoleOwner, business.AllSections, now)
			if err != nil || snap == nil {
				t.Fatalf("Build = %v, %v", snap, err)
			}

			tomorrow := time.Date(2026, 11, 23, 0, 0, 0, 0, wib)
			monthStart := time.Date(2026, 11, 1, 0, 0, 0, 0, wib)
			lastMonth := time.Date(2026, 10, 1, 0, 0, 0, 0, wib)
			var cash, revenue, expenses, lastRevenue int64
			for _, c := range d.CashAccounts {
				cash += c.OpeningBalance
			}
			for _, tx := range d.Transactions {
				if tx.Date.Before(tomorrow) {
					cash += tx.Amount
				}
				if tx.Category == "Transfer" {
					continue
				}
				if !tx.Date.Before(monthStart) && tx.Date.Before(tomorrow.AddDate(0, 1, 0)) && tx.Date.Month() == 11 {
					if tx.Amount > 0 {
						revenue += tx.Amount
					} else {
						expenses -= tx.Amount
					}
				}
				if !tx.Date.Before(lastMonth) && tx.Date.Before(monthStart) && tx.Amount > 0 {
					lastRevenue += tx.Amount
				}
			}
			var overdue int
			var overdueSum int64
			for _, inv := range d.Invoices {
				if inv.Status == business.InvoiceUnpaid && inv.Due.Before(now) {
					overdue++
					overdueSum += inv.Amount
				}
			}
			var payroll int64
			if n := len(d.PayrollRuns); n > 0 {
				latest := d.PayrollRuns[0]
				for _, r := range d.PayrollRuns {
					if r.Paid.After(latest.Paid) {
						latest = r
					}
				}
				for _, l := range latest.Lines {
					payroll += l.Amount
				}
			}
			tests := []struct {
				lang, q string
				want    []string
			}{
				{"id", "berapa kas saya sekarang?", []string{business.Rupiah(cash)}},
				{"en", "what is my cash position?", []string{business.Rupiah(cash)}},
				{"id", "omzet bulan ini berapa?", []string{business.Rupiah(revenue), business.Rupiah(expenses)}},
				{"en", "revenue and expenses this month", []string{business.Rupiah(revenue), business.Rupiah(expenses)}},
				{"id", "pendapatan bulan lalu", []string{business.Rupiah(lastRevenue)}},
				{"id", "invoice yg telat bayar ada berapa?", []string{business.Rupiah(overdueSum)}},
				{"en", "which invoices are overdue?", []string{business.Rupiah(overdueSum)}},
				{"id", "stok apa yg mau habis?", nil},
				{"en", "what are my top products?", nil},
				{"id", "total gaji karyawan berapa?", []string{business.Rupiah(payroll)}},
			}
			for _, tt := range tests {
				got := offline.Answer(tt.q, tt.lang, snap)
				label := "[Jawaban otomatis offline]"
				if tt.lang == "en" {
					label = "[Automatic offline answer]"
				}
				if !strings.HasPrefix(got, label) {
					t.Errorf("%q: answer not labelled offline: %q", tt.q, got)
				}
				for _, w := range tt.want {
					if !strings.Contains(got, w) {
						t.Errorf("%q: answer %q lacks %s", tt.q, got, w)
					}
				}
				if strings.Contains(got, "offline saya hanya bisa") || strings.Contains(got, "I can only answer") {
					t.Errorf("%q: not understood: %q", tt.q, got)
				}
			}
			if overdue == 0 {
				t.Log("the sample has no overdue invoices on this date")
			}
			// Staff may not see payroll: the offline answer does not give it.
			staff, _ := business.Build(ctx, src, business.SampleBusinessID, business.RoleStaff, business.AllSections, now)
			if got := offline.Answer("total gaji karyawan berapa?", "id", staff); strings.Contains(got, business.Rupiah(payroll)) {
				t.Errorf("staff got the payroll total: %q", got)
			}
			// A person with no linked account gets a generic answer.
			if got := offline.Answer("berapa kas saya?", "id", nil); strings.Contains(got, "Rp") {
				t.Errorf("public answer holds figures: %q", got)
			}
		})
	}
}
