package business_test

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

var wib = time.FixedZone("WIB", 7*3600)

// refTimes are the moments the sample figures are checked at: mid-month,
// and the first morning of a year (last month is in the previous year and
// the year to date is one day long).
var refTimes = []time.Time{
	time.Date(2026, 11, 22, 10, 30, 0, 0, wib),
	time.Date(2027, 1, 1, 8, 0, 0, 0, wib),
}

// forEachBackend runs fn on a fresh store of every backend available:
// SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
func forEachBackend(t *testing.T, fn func(t *testing.T, st business.Store)) {
	t.Helper()
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			st, ok := b.Open(t, store.Options{}).(business.Store)
			if !ok {
				t.Fatalf("%s store does not implement business.Store", b.Name)
			}
			fn(t, st)
		})
	}
}

func importSample(t testing.TB, st business.Store, now time.Time) *business.Dataset {
	t.Helper()
	d, err := business.Sample(now)
	if err != nil {
		t.Fatal(err)
	}
	if err := business.Import(context.Background(), st, d, now); err != nil {
		t.Fatalf("import sample: %v", err)
	}
	return d
}

// expected computes every section from the raw dataset with plain loops,
// independently of the SQL that builds snapshots.
func expected(d *business.Dataset, now time.Time) *business.Snapshot {
	n := now.In(wib)
	today := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, wib)
	tomorrow := today.AddDate(0, 0, 1)
	monthStart := time.Date(n.Year(), n.Month(), 1, 0, 0, 0, 0, wib)
	nextMonth := time.Date(n.Year(), n.Month()+1, 1, 0, 0, 0, 0, wib)
	lastMonth := time.Date(n.Year(), n.Month()-1, 1, 0, 0, 0, 0, wib)
	yearStart := time.Date(n.Year(), 1, 1, 0, 0, 0, 0, wib)
	in := func(t, a, b time.Time) bool { return !t.Before(a) && t.Before(b) }

	s := &business.Snapshot{}
	for _, p := range []business.PeriodTotals{
		{Key: business.PeriodThisMonth, Start: monthStart, End: nextMonth},
		{Key: business.PeriodLastMonth, Start: lastMonth, End: monthStart},
		{Key: business.PeriodYearToDate, Start: yearStart, End: nextMonth},
	} {
		for _, t := range d.Transactions {
			if !in(t.Date, p.Start, p.End) || t.Category == "Transfer" {
				continue
			}
			if t.Amount > 0 {
				p.Revenue += t.Amount
			} else {
				p.Expenses -= t.Amount
			}
		}
		p.Net = p.Revenue - p.Expenses
		s.Periods = append(s.Periods, p)
	}

	for _, c := range d.CashAccounts {
		bal := c.OpeningBalance
		for _, t := range d.Transactions {
			if t.CashAccount == c.Ref && t.Date.Before(tomorrow) {
				bal += t.Amount
			}
		}
		s.Cash = append(s.Cash, business.CashBalance{Account: c.Label, Balance: bal})
		s.CashTotal += bal
	}

	cats := map[string]int64{}
	for _, t := range d.Transactions {
		if t.Amount < 0 && in(t.Date, monthStart, nextMonth) && t.Category != "Transfer" {
			cats[t.Category] -= t.Amount
		}
	}
	for c, a := range cats {
		s.TopExpenses = append(s.TopExpenses, business.CategoryTotal{Category: c, Amount: a})
	}
	slices.SortFunc(s.TopExpenses, func(a, b business.CategoryTotal) int { return cmp.Compare(b.Amount, a.Amount) })
	s.TopExpenses = s.TopExpenses[:min(5, len(s.TopExpenses))]

	type indexed struct {
		i int
		t business.Transaction
	}
	var txs []indexed
	for i, t := range d.Transactions {
		if t.Date.Before(tomorrow) {
			txs = append(txs, indexed{i, t})
		}
	}
	slices.SortFunc(txs, func(a, b indexed) int {
		if c := b.t.Date.Compare(a.t.Date); c != 0 {
			return c
		}
		return cmp.Compare(b.i, a.i)
	})
	kinds := map[string]string{}
	for _, p := range d.Parties {
		kinds[p.Ref] = p.Kind
	}
	names := map[string]string{}
	counts := map[string]int{}
	for _, x := range txs[:min(10, len(txs))] {
		r := business.RecentTransaction{Date: x.t.Date, Amount: x.t.Amount, Category: x.t.Category}
		if x.t.Counterparty != "" {
			if names[x.t.Counterparty] == "" {
				k := map[string]string{"person": "PERSON", "org": "ORG"}[kinds[x.t.Counterparty]]
				counts[k]++
				names[x.t.Counterparty] = fmt.Sprintf("[%s_%d]", k, counts[k])
			}
			r.Counterparty = names[x.t.Counterparty]
		}
		s.Recent = append(s.Recent, r)
	}

	s.Overdue = &business.OverdueInvoices{}
	for _, inv := range d.Invoices {
		if inv.Status == "unpaid" && inv.Due.Before(today) {
			s.Overdue.Count++
			s.Overdue.Sum += inv.Amount
			days := 0
			for day := inv.Due; day.Before(today); day = day.AddDate(0, 0, 1) {
				days++
			}
			s.Overdue.OldestDays = max(s.Overdue.OldestDays, days)
		}
	}

	type stockIdx struct {
		i  int
		it business.Item
	}
	var low []stockIdx
	for i, it := range d.Items {
		if it.ReorderLevel > 0 && it.Stock <= it.ReorderLevel {
			low = append(low, stockIdx{i, it})
		}
	}
	slices.SortFunc(low, func(a, b stockIdx) int {
		// Compare stock/reorder without division: a.s/a.r < b.s/b.r.
		if c := cmp.Compare(a.it.Stock*b.it.ReorderLevel, b.it.Stock*a.it.ReorderLevel); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	for _, x := range low[:min(8, len(low))] {
		s.LowStock = append(s.LowStock, business.StockItem{Name: x.it.Name, Stock: x.it.Stock, Reorder: x.it.ReorderLevel})
	}

	sales := map[string]*business.ProductSales{}
	for _, t := range d.Transactions {
		if t.Item != "" && t.Amount > 0 && in(t.Date, monthStart, nextMonth) {
			if sales[t.Item] == nil {
				sales[t.Item] = &business.ProductSales{}
			}
			sales[t.Item].Quantity += t.Quantity
			sales[t.Item].Revenue += t.Amount
		}
	}
	for _, it := range d.Items {
		if p := sales[it.Ref]; p != nil {
			p.Name = it.Name
			s.TopProducts = append(s.TopProducts, *p)
		}
	}
	slices.SortStableFunc(s.TopProducts, func(a, b business.ProductSales) int { return cmp.Compare(b.Revenue, a.Revenue) })
	s.TopProducts = s.TopProducts[:min(5, len(s.TopProducts))]

	var latest *business.PayrollRun
	for i, r := range d.PayrollRuns {
		if r.Paid.Before(tomorrow) && (latest == nil || !r.Paid.Before(latest.Paid)) {
			latest = &d.PayrollRuns[i]
		}
	}
	if latest != nil {
		s.Payroll = &business.PayrollTotal{Period: latest.Period, Headcount: len(latest.Lines)}
		for _, l := range latest.Lines {
			s.Payroll.Total += l.Amount
		}
	}
	return s
}

func TestSnapshotMatchesRawData(t *testing.T) {
	forEachBackend(t, func(t *testing.T, st business.Store) {
		for _, now := range refTimes {
			t.Run(now.Format("2006-01-02"), func(t *testing.T) {
				ctx := context.Background()
				d := importSample(t, st, now)
				got, err := business.Build(ctx, business.NewTableSource(st), business.SampleBusinessID, business.RoleOwner, business.AllSections, now)
				if err != nil {
					t.Fatal(err)
				}
				want := expected(d, now)
				checkSections(t, got, want)
			})
		}
	})
}

func checkSections(t *testing.T, got, want *business.Snapshot) {
	t.Helper()
	if !slices.Equal(got.Sections, business.AllSections) {
		t.Errorf("sections = %v, want all", got.Sections)
	}
	if len(got.Periods) != len(want.Periods) {
		t.Fatalf("periods = %+v, want %+v", got.Periods, want.Periods)
	}
	for i := range want.Periods {
		g, w := got.Periods[i], want.Periods[i]
		if g.Key != w.Key || !g.Start.Equal(w.Start) || !g.End.Equal(w.End) || g.Revenue != w.Revenue || g.Expenses != w.Expenses || g.Net != w.Net {
			t.Errorf("period %d = %+v, want %+v", i, g, w)
		}
	}
	if !slices.Equal(got.Cash, want.Cash) || got.CashTotal != want.CashTotal {
		t.Errorf("cash = %v total %d, want %v total %d", got.Cash, got.CashTotal, want.Cash, want.CashTotal)
	}
	if !slices.Equal(got.TopExpenses, want.TopExpenses) {
		t.Errorf("top expenses = %v, want %v", got.TopExpenses, want.TopExpenses)
	}
	if len(got.Recent) != len(want.Recent) {
		t.Errorf("recent = %v, want %v", got.Recent, want.Recent)
	} else {
		for i := range want.Recent {
			g, w := got.Recent[i], want.Recent[i]
			if !g.Date.Equal(w.Date) || g.Amount != w.Amount || g.Category != w.Category || g.Counterparty != w.Counterparty {
				t.Errorf("recent[%d] = %+v, want %+v", i, g, w)
			}
		}
	}
	if *got.Overdue != *want.Overdue {
		t.Errorf("overdue = %+v, want %+v", *got.Overdue, *want.Overdue)
	}
	if !slices.Equal(got.LowStock, want.LowStock) {
		t.Errorf("low stock = %v, want %v", got.LowStock, want.LowStock)
	}
	if !slices.Equal(got.TopProducts, want.TopProducts) {
		t.Errorf("top products = %v, want %v", got.TopProducts, want.TopProducts)
	}
	if (got.Payroll == nil) != (want.Payroll == nil) || (got.Payroll != nil && *got.Payroll != *want.Payroll) {
		t.Errorf("payroll = %+v, want %+v", got.Payroll, want.Payroll)
	}
}

// TestSampleHasData guards the demo: every section of the sample has
// something in it on any day.
func TestSampleHasData(t *testing.T) {
	for _, now := range append(refTimes, time.Date(2026, 3, 1, 0, 5, 0, 0, wib), time.Date(2026, 7, 31, 23, 0, 0, 0, wib)) {
		d, err := business.Sample(now)
		if err != nil {
			t.Fatal(err)
		}
		if err := business.Validate(d); err != nil {
			t.Fatalf("sample at %v: %v", now, err)
		}
		s := expected(d, now)
		if s.Periods[0].Revenue == 0 || s.Periods[1].Revenue == 0 || s.Periods[1].Expenses == 0 {
			t.Errorf("sample at %v: empty period totals %+v", now, s.Periods)
		}
		if len(s.TopExpenses) == 0 && now.Day() > 1 {
			t.Errorf("sample at %v: no expenses this month", now)
		}
		if s.Overdue.Count == 0 || len(s.LowStock) == 0 || len(s.TopProducts) == 0 || s.Payroll == nil || len(s.Recent) < 10 {
			t.Errorf("sample at %v: a section is empty: %+v", now, s)
		}
	}
}

func TestRoleCuts(t *testing.T) {
	all := business.AllSections
	tests := []struct {
		account int64
		want    []business.Section
	}{
		{5001, all}, // owner
		{5002, all}, // manager
		{5003, []business.Section{"summary", "cash", "expenses", "transactions", "invoices", "payroll"}},       // finance
		{5004, []business.Section{"summary", "expenses", "transactions", "invoices", "inventory", "products"}}, // staff
		{5005, []business.Section{"summary"}}, // investor
		{9999, nil},                           // an account that is not a member
		{0, nil},                              // an unlinked person
	}
	forEachBackend(t, func(t *testing.T, st business.Store) {
		ctx := context.Background()
		now := refTimes[0]
		importSample(t, st, now)
		src := business.NewTableSource(st)
		for _, tt := range tests {
			role, err := src.Role(ctx, business.SampleBusinessID, tt.account)
			if err != nil {
				t.Fatal(err)
			}
			s, err := business.Build(ctx, src, business.SampleBusinessID, role, all, now)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == nil {
				if s != nil {
					t.Errorf("account %d got a snapshot with %v", tt.account, s.Sections)
				}
				continue
			}
			if s == nil {
				t.Fatalf("account %d (%s) got no snapshot", tt.account, role)
			}
			if !slices.Equal(s.Sections, tt.want) {
				t.Errorf("account %d (%s) sections = %v, want %v", tt.account, role, s.Sections, tt.want)
			}
			filled := map[business.Section]bool{
				"summary": s.Periods != nil, "cash": s.Cash != nil || s.CashTotal != 0, "expenses": s.TopExpenses != nil,
				"transactions": s.Recent != nil, "invoices": s.Overdue != nil, "inventory": s.LowStock != nil,
				"products": s.TopProducts != nil, "payroll": s.Payroll != nil,
			}
			for _, sec := range all {
				if filled[sec] != slices.Contains(tt.want, sec) {
					t.Errorf("account %d (%s): section %s filled = %v", tt.account, role, sec, filled[sec])
				}
			}
		}
		// Staff may not see payroll, not even as an expense category or a
		// recent transaction; the owner sees it.
		late := time.Date(2026, 11, 27, 9, 0, 0, 0, wib)
		importSample(t, st, late)
		for role, wantGaji := range map[business.Role]bool{business.RoleOwner: true, business.RoleStaff: false} {
			s, err := business.Build(ctx, src, business.SampleBusinessID, role, all, late)
			if err != nil {
				t.Fatal(err)
			}
			text := s.Render("id")
			if got := strings.Contains(text, "Gaji"); got != wantGaji {
				t.Errorf("%s sees Gaji = %v, want %v:\n%s", role, got, wantGaji, text)
			}
			if len(s.TopExpenses) != 5 {
				t.Errorf("%s has %d top expenses, want 5", role, len(s.TopExpenses))
			}
		}
		importSample(t, st, now)

		// A linked person asking a business question through ForQuestion.
		s, err := business.ForQuestion(ctx, src, business.SampleBusinessID, 5004, "gaji karyawan total berapa?", "id", now)
		if err != nil || s != nil {
			t.Errorf("staff asking about payroll: snapshot %v, err %v; want none", s, err)
		}
		s, err = business.ForQuestion(ctx, src, business.SampleBusinessID, 5003, "gaji karyawan total berapa?", "id", now)
		if err != nil || s == nil || !slices.Equal(s.Sections, []business.Section{"payroll"}) {
			t.Errorf("finance asking about payroll: snapshot %v, err %v", s, err)
		}
		s, err = business.ForQuestion(ctx, src, 0, 0, "berapa kas saya?", "id", now)
		if err != nil || s != nil {
			t.Errorf("unlinked person: snapshot %v, err %v; want none", s, err)
		}
		s, err = business.ForQuestion(ctx, src, 4242, 5001, "berapa kas saya?", "id", now)
		if err != nil || s != nil {
			t.Errorf("owner asking about another business: snapshot %v, err %v; want none", s, err)
		}
	})
}

func TestImportIdempotent(t *testing.T) {
	forEachBackend(t, func(t *testing.T, st business.Store) {
		ctx := context.Background()
		now := refTimes[0]
		src := business.NewTableSource(st)
		d := importSample(t, st, now)
		first, err := business.Build(ctx, src, business.SampleBusinessID, business.RoleOwner, business.AllSections, now)
		if err != nil {
			t.Fatal(err)
		}
		dir1, err := st.Directory(ctx, business.SampleBusinessID)
		if err != nil {
			t.Fatal(err)
		}
		if want := business.DatasetDirectory(d); !slices.Equal(dir1, want) {
			t.Errorf("directory = %v\nwant %v", dir1, want)
		}
		importSample(t, st, now)
		second, err := business.Build(ctx, src, business.SampleBusinessID, business.RoleOwner, business.AllSections, now)
		if err != nil {
			t.Fatal(err)
		}
		if first.Version != second.Version || first.Render("en") != second.Render("en") {
			t.Errorf("re-import changed the snapshot:\n%s\n%s", first.Render("en"), second.Render("en"))
		}
		bs, err := st.ListBusinesses(ctx)
		if err != nil || len(bs) != 1 {
			t.Fatalf("businesses after re-import = %v, %v", bs, err)
		}

		// Importing a changed dataset replaces what was there: a dropped
		// customer and account leave the directory.
		d.Accounts = d.Accounts[:4]
		d.Parties = slices.DeleteFunc(d.Parties, func(p business.Party) bool { return p.Ref == "c-maya" })
		for i := range d.Transactions {
			if d.Transactions[i].Counterparty == "c-maya" {
				d.Transactions[i].Counterparty = ""
			}
		}
		if err := business.Import(ctx, st, d, now); err != nil {
			t.Fatal(err)
		}
		dir2, err := st.Directory(ctx, business.SampleBusinessID)
		if err != nil {
			t.Fatal(err)
		}
		if want := business.DatasetDirectory(d); !slices.Equal(dir2, want) {
			t.Errorf("directory after change = %v\nwant %v", dir2, want)
		}
		if role, _ := st.MemberRole(ctx, business.SampleBusinessID, 5005); role != "" {
			t.Errorf("dropped investor still has role %q", role)
		}
	})
}

func TestEnsureSample(t *testing.T) {
	forEachBackend(t, func(t *testing.T, st business.Store) {
		ctx := context.Background()
		now := refTimes[0]
		if ok, err := business.EnsureSample(ctx, st, now); err != nil || !ok {
			t.Fatalf("first EnsureSample = %v, %v; want an import", ok, err)
		}
		if ok, err := business.EnsureSample(ctx, st, now.Add(time.Hour)); err != nil || ok {
			t.Fatalf("same-day EnsureSample = %v, %v; want nothing", ok, err)
		}
		if ok, err := business.EnsureSample(ctx, st, now.AddDate(0, 1, 0)); err != nil || !ok {
			t.Fatalf("next-month EnsureSample = %v, %v; want a refresh", ok, err)
		}
		b, err := st.GetBusiness(ctx, business.SampleBusinessID)
		if err != nil || b.SampleAsOf == nil {
			t.Fatalf("sample business = %+v, %v", b, err)
		}
	})
}
