// Package offline answers the common business questions from the snapshot
// alone, deterministically and without a model: cash position, revenue and
// expenses this and last month, overdue invoices, low stock, top products
// and the payroll total (for roles allowed to see it). jaga uses it when no
// Gemini key is set and while the model is down. Every answer says it is an
// offline answer.
package offline

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jaga-id/jaga/assistant"
	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/prompts"
)

// Answer answers question (redacted) in lang from snap, which may be nil
// for a person with no linked business account.
func Answer(question, lang string, snap *business.Snapshot) string {
	lang = prompts.Lang(lang)
	if snap == nil {
		return prompts.Text("offline_public", lang)
	}
	want := business.SelectSections(question, lang)
	var parts []string
	for _, sec := range want {
		if !slices.Contains(snap.Sections, sec) {
			continue
		}
		if p := section(snap, sec, lang); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return prompts.Text("offline_label", lang) + " " + prompts.Text("offline_unknown", lang)
	}
	return prompts.Text("offline_label", lang) + "\n" + strings.Join(parts, "\n")
}

func tr(lang, id, en string) string {
	if lang == "en" {
		return en
	}
	return id
}

func period(snap *business.Snapshot, key string) *business.PeriodTotals {
	for i := range snap.Periods {
		if snap.Periods[i].Key == key {
			return &snap.Periods[i]
		}
	}
	return nil
}

func section(snap *business.Snapshot, sec business.Section, lang string) string {
	rp := business.Rupiah
	switch sec {
	case business.SectionCash:
		if len(snap.Cash) == 0 {
			return ""
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s", tr(lang, "Total kas:", "Total cash:"), rp(snap.CashTotal))
		for _, c := range snap.Cash {
			fmt.Fprintf(&b, "\n- %s: %s", c.Account, rp(c.Balance))
		}
		return b.String()
	case business.SectionSummary:
		var lines []string
		for _, k := range []struct{ key, id, en string }{
			{business.PeriodThisMonth, "Bulan ini", "This month"},
			{business.PeriodLastMonth, "Bulan lalu", "Last month"},
			{business.PeriodYearToDate, "Sejak awal tahun", "Year to date"},
		} {
			if p := period(snap, k.key); p != nil {
				lines = append(lines, fmt.Sprintf("%s: %s %s, %s %s, %s %s", tr(lang, k.id, k.en),
					tr(lang, "pendapatan", "revenue"), rp(p.Revenue), tr(lang, "pengeluaran", "expenses"), rp(p.Expenses),
					tr(lang, "laba bersih", "net"), rp(p.Net)))
			}
		}
		return strings.Join(lines, "\n")
	case business.SectionExpenses:
		if len(snap.TopExpenses) == 0 {
			return ""
		}
		var b strings.Builder
		b.WriteString(tr(lang, "Pengeluaran terbesar bulan ini:", "Largest expenses this month:"))
		for _, c := range snap.TopExpenses {
			fmt.Fprintf(&b, "\n- %s: %s", c.Category, rp(c.Amount))
		}
		return b.String()
	case business.SectionInvoices:
		if snap.Overdue == nil {
			return ""
		}
		if snap.Overdue.Count == 0 {
			return tr(lang, "Tidak ada tagihan yang terlambat.", "No invoices are overdue.")
		}
		return fmt.Sprintf(tr(lang, "Tagihan terlambat: %d, total %s, yang paling lama %d hari.",
			"Overdue invoices: %d, totalling %s, the oldest %d days overdue."), snap.Overdue.Count, rp(snap.Overdue.Sum), snap.Overdue.OldestDays)
	case business.SectionInventory:
		if len(snap.LowStock) == 0 {
			return tr(lang, "Tidak ada stok yang menipis.", "No items are low on stock.")
		}
		var b strings.Builder
		b.WriteString(tr(lang, "Stok menipis:", "Low stock:"))
		for _, it := range snap.LowStock {
			fmt.Fprintf(&b, "\n- %s: %d (%s %d)", it.Name, it.Stock, tr(lang, "batas pesan ulang", "reorder at"), it.Reorder)
		}
		return b.String()
	case business.SectionProducts:
		if len(snap.TopProducts) == 0 {
			return ""
		}
		var b strings.Builder
		b.WriteString(tr(lang, "Produk terlaris bulan ini:", "Top products this month:"))
		for _, p := range snap.TopProducts {
			fmt.Fprintf(&b, "\n- %s: %d %s, %s", p.Name, p.Quantity, tr(lang, "terjual", "sold"), rp(p.Revenue))
		}
		return b.String()
	case business.SectionPayroll:
		if snap.Payroll == nil {
			return ""
		}
		return fmt.Sprintf(tr(lang, "Total gaji periode %s: %s untuk %d karyawan.", "Payroll for %s: %s for %d employees."),
			snap.Payroll.Period, rp(snap.Payroll.Total), snap.Payroll.Headcount)
	case business.SectionTransactions:
		if len(snap.Recent) == 0 {
			return ""
		}
		var b strings.Builder
		b.WriteString(tr(lang, "Transaksi terakhir:", "Recent transactions:"))
		for i, t := range snap.Recent {
			if i == 5 {
				break
			}
			fmt.Fprintf(&b, "\n- %s %s %s", t.Date.Format("02/01"), t.Category, rp(t.Amount))
		}
		return b.String()
	}
	return ""
}

// Model is the offline responder as an assistant.Model: it answers the last
// question of the request from the snapshot it was built for. The assistant
// uses Answer directly; Model lets the offline responder stand wherever a
// model is expected.
type Model struct {
	Snapshot *business.Snapshot
	Lang     string
}

// Generate answers the last user message.
func (m *Model) Generate(ctx context.Context, req *assistant.Request, onChunk func(string) error) (assistant.Usage, error) {
	q := ""
	if n := len(req.Messages); n > 0 {
		q = req.Messages[n-1].Text
	}
	return assistant.Usage{}, onChunk(Answer(q, m.Lang, m.Snapshot))
}

// Name returns "offline".
func (m *Model) Name() string { return "offline" }
