package business

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Rupiah formats whole rupiah the Indonesian way: Rp 1.250.000, -Rp 75.000.
func Rupiah(n int64) string {
	neg := n < 0
	var u uint64
	if neg {
		u = uint64(-(n + 1)) + 1 // safe for math.MinInt64
	} else {
		u = uint64(n)
	}
	digits := strconv.FormatUint(u, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	b.WriteString("Rp ")
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(d)
	}
	return b.String()
}

// signedRupiah writes money in with a plus sign, so a line of transactions
// reads as in and out.
func signedRupiah(n int64) string {
	if n > 0 {
		return "+" + Rupiah(n)
	}
	return Rupiah(n)
}

// labels are the words of a rendered snapshot, per language.
type labels struct {
	header, role                                 string
	periods                                      map[string]string
	revenue, expenses, net                       string
	cash, total, topExpenses, recent, none       string
	overdue, overdueFmt, lowStock, reorder       string
	topProducts, sold, payroll, payrollFmt, asOf string
	roleNames                                    map[Role]string
}

var langLabels = map[string]labels{
	"id": {
		header: "Data usaha", role: "peran", asOf: "per",
		periods: map[string]string{
			PeriodThisMonth: "Bulan ini", PeriodLastMonth: "Bulan lalu", PeriodYearToDate: "Tahun berjalan",
		},
		revenue: "pemasukan", expenses: "pengeluaran", net: "bersih",
		cash: "Kas", total: "total", topExpenses: "Pengeluaran terbesar bulan ini",
		recent: "Transaksi terakhir", none: "tidak ada",
		overdue: "Invoice lewat jatuh tempo", overdueFmt: "%d invoice, total %s, paling lama %d hari",
		lowStock: "Stok menipis", reorder: "batas",
		topProducts: "Produk terlaris bulan ini", sold: "terjual",
		payroll: "Gaji", payrollFmt: "%s: %s untuk %d karyawan",
		roleNames: map[Role]string{
			RoleOwner: "pemilik", RoleManager: "manajer", RoleFinance: "keuangan", RoleStaff: "staf", RoleInvestor: "investor",
		},
	},
	"en": {
		header: "Business data", role: "role", asOf: "as of",
		periods: map[string]string{
			PeriodThisMonth: "This month", PeriodLastMonth: "Last month", PeriodYearToDate: "Year to date",
		},
		revenue: "revenue", expenses: "expenses", net: "net",
		cash: "Cash", total: "total", topExpenses: "Top expenses this month",
		recent: "Recent transactions", none: "none",
		overdue: "Overdue invoices", overdueFmt: "%d invoices, total %s, oldest %d days",
		lowStock: "Low stock", reorder: "reorder at",
		topProducts: "Top products this month", sold: "sold",
		payroll: "Payroll", payrollFmt: "%s: %s for %d employees",
		roleNames: map[Role]string{
			RoleOwner: "owner", RoleManager: "manager", RoleFinance: "finance", RoleStaff: "staff", RoleInvestor: "investor",
		},
	},
}

// Render returns the snapshot as compact text for the prompt, in Indonesian
// ("id", also the default) or English ("en"). Only the sections the
// snapshot was given appear; an empty section says so, so the model does not
// guess.
func (s *Snapshot) Render(lang string) string {
	if s == nil {
		return ""
	}
	l, ok := langLabels[lang]
	if !ok {
		l = langLabels["id"]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s (%s), %s %s, %s %s\n", l.header, s.BusinessName, s.currency(), l.asOf,
		s.AsOf.Format("2006-01-02"), l.role, l.roleNames[s.Role])
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	for _, sec := range s.Sections {
		switch sec {
		case SectionSummary:
			for _, p := range s.Periods {
				// A period that has not ended yet runs to today.
				last := p.End.AddDate(0, 0, -1)
				if !s.AsOf.IsZero() && s.AsOf.Before(last) {
					last = s.AsOf
				}
				fmt.Fprintf(&b, "%s (%s..%s): %s %s, %s %s, %s %s\n", l.periods[p.Key], day(p.Start), day(last),
					l.revenue, Rupiah(p.Revenue), l.expenses, Rupiah(p.Expenses), l.net, Rupiah(p.Net))
			}
		case SectionCash:
			parts := make([]string, 0, len(s.Cash)+1)
			for _, c := range s.Cash {
				parts = append(parts, c.Account+" "+Rupiah(c.Balance))
			}
			parts = append(parts, l.total+" "+Rupiah(s.CashTotal))
			fmt.Fprintf(&b, "%s: %s\n", l.cash, strings.Join(parts, "; "))
		case SectionExpenses:
			parts := make([]string, 0, len(s.TopExpenses))
			for _, c := range s.TopExpenses {
				parts = append(parts, c.Category+" "+Rupiah(c.Amount))
			}
			writeList(&b, l.topExpenses, parts, l.none)
		case SectionTransactions:
			parts := make([]string, 0, len(s.Recent))
			for _, t := range s.Recent {
				p := day(t.Date) + " " + signedRupiah(t.Amount) + " " + t.Category
				if t.Counterparty != "" {
					p += " " + t.Counterparty
				}
				parts = append(parts, p)
			}
			writeList(&b, l.recent, parts, l.none)
		case SectionInvoices:
			if s.Overdue == nil || s.Overdue.Count == 0 {
				fmt.Fprintf(&b, "%s: %s\n", l.overdue, l.none)
			} else {
				fmt.Fprintf(&b, "%s: "+l.overdueFmt+"\n", l.overdue, s.Overdue.Count, Rupiah(s.Overdue.Sum), s.Overdue.OldestDays)
			}
		case SectionInventory:
			parts := make([]string, 0, len(s.LowStock))
			for _, it := range s.LowStock {
				parts = append(parts, fmt.Sprintf("%s %d (%s %d)", it.Name, it.Stock, l.reorder, it.Reorder))
			}
			writeList(&b, l.lowStock, parts, l.none)
		case SectionProducts:
			parts := make([]string, 0, len(s.TopProducts))
			for _, p := range s.TopProducts {
				parts = append(parts, fmt.Sprintf("%s %d %s %s", p.Name, p.Quantity, l.sold, Rupiah(p.Revenue)))
			}
			writeList(&b, l.topProducts, parts, l.none)
		case SectionPayroll:
			if s.Payroll == nil {
				fmt.Fprintf(&b, "%s: %s\n", l.payroll, l.none)
			} else {
				fmt.Fprintf(&b, "%s "+l.payrollFmt+"\n", l.payroll, s.Payroll.Period, Rupiah(s.Payroll.Total), s.Payroll.Headcount)
			}
		}
	}
	return b.String()
}

func (s *Snapshot) currency() string {
	if s.Currency == "" {
		return DefaultCurrency
	}
	return s.Currency
}

func writeList(b *strings.Builder, title string, parts []string, none string) {
	if len(parts) == 0 {
		fmt.Fprintf(b, "%s: %s\n", title, none)
		return
	}
	fmt.Fprintf(b, "%s: %s\n", title, strings.Join(parts, "; "))
}
