package business_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

// bigDataset is the sample business with n transactions spread over the
// year before now, plus a year of weekly invoices and monthly payroll.
func bigDataset(tb testing.TB, n int, now time.Time) *business.Dataset {
	tb.Helper()
	d, err := business.Sample(now)
	if err != nil {
		tb.Fatal(err)
	}
	d.Business.SampleAsOf = nil
	d.Transactions, d.Invoices, d.PayrollRuns = nil, nil, nil
	rng := rand.New(rand.NewPCG(1, 2))
	start := now.AddDate(-1, 0, 0)
	step := now.Sub(start) / time.Duration(n)
	cats := []string{"Bahan baku", "Sewa", "Kemasan", "Listrik & air", "Pemasaran", "Operasional", "Internet", "Gaji"}
	cash := []string{"kas", "bca", "qris"}
	var products, parties []string
	for _, it := range d.Items {
		if it.Price > 0 {
			products = append(products, it.Ref)
		}
	}
	for _, p := range d.Parties {
		parties = append(parties, p.Ref)
	}
	for i := range n {
		t := business.Transaction{
			Ref:         fmt.Sprintf("B%07d", i),
			Date:        start.Add(time.Duration(i) * step).Truncate(time.Second),
			CashAccount: cash[rng.IntN(len(cash))],
		}
		if rng.IntN(4) > 0 {
			t.Item = products[rng.IntN(len(products))]
			t.Quantity = int64(1 + rng.IntN(20))
			t.Amount = t.Quantity * 20000
			t.Category = "Penjualan"
		} else {
			t.Amount = -int64(10000 + rng.IntN(2000000))
			t.Category = cats[rng.IntN(len(cats))]
			t.Counterparty = parties[rng.IntN(len(parties))]
		}
		d.Transactions = append(d.Transactions, t)
	}
	for i, day := 0, start; day.Before(now); i, day = i+1, day.AddDate(0, 0, 7) {
		status := business.InvoicePaid
		if i%6 == 0 {
			status = business.InvoiceUnpaid
		}
		d.Invoices = append(d.Invoices, business.Invoice{Ref: fmt.Sprintf("INV-%d", i), Customer: "c-maju", Amount: 1000000,
			Issued: day, Due: day.AddDate(0, 0, 14), Status: status})
	}
	for day := start; day.Before(now); day = day.AddDate(0, 1, 0) {
		r := business.PayrollRun{Ref: day.Format("2006-01"), Period: day.Format("2006-01"), Paid: day}
		for _, e := range d.Employees {
			r.Lines = append(r.Lines, business.PayrollLine{Employee: e.Ref, Amount: e.Salary})
		}
		d.PayrollRuns = append(d.PayrollRuns, r)
	}
	return d
}

const benchTransactions = 100_000

// BenchmarkBuildSnapshot builds the full owner snapshot of a business with
// 100,000 transactions, on each backend (PostgreSQL when TEST_DATABASE_URL
// is set).
func BenchmarkBuildSnapshot(b *testing.B) {
	now := refTimes[0]
	d := bigDataset(b, benchTransactions, now)
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			st := be.Open(b, store.Options{}).(business.Store)
			ctx := context.Background()
			if err := business.Import(ctx, st, d, now); err != nil {
				b.Fatal(err)
			}
			src := business.NewTableSource(st)
			b.ResetTimer()
			for b.Loop() {
				s, err := business.Build(ctx, src, d.Business.ID, business.RoleOwner, business.AllSections, now)
				if err != nil || s == nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBuildSection builds one section at a time, to see which query
// costs what.
func BenchmarkBuildSection(b *testing.B) {
	now := refTimes[0]
	d := bigDataset(b, benchTransactions, now)
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			st := be.Open(b, store.Options{}).(business.Store)
			ctx := context.Background()
			if err := business.Import(ctx, st, d, now); err != nil {
				b.Fatal(err)
			}
			src := business.NewTableSource(st)
			for _, sec := range business.AllSections {
				b.Run(string(sec), func(b *testing.B) {
					for b.Loop() {
						if _, err := business.Build(ctx, src, d.Business.ID, business.RoleOwner, []business.Section{sec}, now); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}

// BenchmarkImport imports (replaces) a business with 100,000 transactions.
func BenchmarkImport(b *testing.B) {
	now := refTimes[0]
	d := bigDataset(b, benchTransactions, now)
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			st := be.Open(b, store.Options{}).(business.Store)
			ctx := context.Background()
			b.ResetTimer()
			for b.Loop() {
				if err := business.Import(ctx, st, d, now); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRender renders the full sample snapshot.
func BenchmarkRender(b *testing.B) {
	s := sampleSnapshot(b, business.RoleOwner)
	for b.Loop() {
		_ = s.Render("id")
	}
}
