package business

import (
	"context"
	"fmt"
	"time"

	"github.com/jaga-id/jaga"
)

// Store is the storage business data lives in. store/sqlstore implements it
// for both backends; every figure is aggregated by the database, so building
// a snapshot reads a few rows whatever the size of the business.
type Store interface {
	// ImportDataset replaces everything stored about d.Business.ID with d,
	// in one transaction. d must be valid (see Validate).
	ImportDataset(ctx context.Context, d *Dataset, now time.Time) error
	// GetBusiness returns a business (without its records).
	GetBusiness(ctx context.Context, id int64) (*Business, error)
	// ListBusinesses returns every business, by id.
	ListBusinesses(ctx context.Context) ([]*Business, error)
	// MemberRole returns account's role in business: "" and no error when
	// the account is not a member.
	MemberRole(ctx context.Context, businessID, accountID int64) (Role, error)

	// PeriodTotals fills Revenue, Expenses and Net of each period from the
	// transactions dated in [Start, End), bounds being starts of days in the
	// business's time zone.
	PeriodTotals(ctx context.Context, businessID int64, periods []PeriodTotals) error
	// CashBalances returns each cash account's opening balance plus its
	// transactions dated before asOf (a start of a day in the business's
	// time zone).
	CashBalances(ctx context.Context, businessID int64, asOf time.Time) ([]CashBalance, error)
	// TopExpenseCategories returns the largest expense categories over
	// [from, to), largest first, amounts positive.
	TopExpenseCategories(ctx context.Context, businessID int64, from, to time.Time, limit int) ([]CategoryTotal, error)
	// RecentTransactions returns the latest transactions dated before asOf,
	// newest first, with the counterparty's internal id and kind only.
	RecentTransactions(ctx context.Context, businessID int64, asOf time.Time, limit int) ([]RecentRow, error)
	// OverdueInvoices summarises unpaid invoices due before dueBefore;
	// oldestDue is nil when there are none.
	OverdueInvoices(ctx context.Context, businessID int64, dueBefore time.Time) (count int, sum int64, oldestDue *time.Time, err error)
	// LowStock returns items at or below their reorder level, the most
	// short first.
	LowStock(ctx context.Context, businessID int64, limit int) ([]StockItem, error)
	// TopProducts returns the items with the most sales revenue over
	// [from, to), largest first.
	TopProducts(ctx context.Context, businessID int64, from, to time.Time, limit int) ([]ProductSales, error)
	// LatestPayroll returns the total of the latest payroll run paid before
	// asOf, or nil when there is none.
	LatestPayroll(ctx context.Context, businessID int64, asOf time.Time) (*PayrollTotal, error)
	// Directory returns the names, phone numbers and e-mail addresses held
	// about people and organisations in the business's data.
	Directory(ctx context.Context, businessID int64) ([]DirectoryEntry, error)
}

// RecentRow is a recent transaction as stored: the counterparty is an
// internal id and a kind, never a name.
type RecentRow struct {
	Date      time.Time
	Amount    int64
	Category  string
	PartyID   int64  // 0 when there is none
	PartyKind string // PartyPerson or PartyOrg
}

// Limits on the lists a snapshot carries: enough to answer from, small
// enough for the prompt's token budget.
const (
	TopExpensesLimit = 5
	RecentLimit      = 10
	LowStockLimit    = 8
	TopProductsLimit = 5
)

// TableSource is the Source over jaga's own tables.
type TableSource struct {
	Store Store
}

// NewTableSource returns the Source over st.
func NewTableSource(st Store) *TableSource { return &TableSource{Store: st} }

// Role implements Source.
func (t *TableSource) Role(ctx context.Context, businessID, accountID int64) (Role, error) {
	return t.Store.MemberRole(ctx, businessID, accountID)
}

// Directory implements DirectorySource.
func (t *TableSource) Directory(ctx context.Context, businessID int64) ([]DirectoryEntry, error) {
	return t.Store.Directory(ctx, businessID)
}

// Snapshot implements Source: one aggregate query per section asked for.
func (t *TableSource) Snapshot(ctx context.Context, businessID int64, sections []Section, now time.Time) (*Snapshot, error) {
	b, err := t.Store.GetBusiness(ctx, businessID)
	if jaga.IsNotFound(err) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	loc := b.Location()
	today := dayStart(now, loc)
	tomorrow := today.AddDate(0, 0, 1)
	periods := Periods(now, loc)
	s := &Snapshot{
		BusinessID:   b.ID,
		BusinessName: b.Name,
		Currency:     b.Currency,
		AsOf:         now.In(loc),
	}
	for _, sec := range Cut(RoleOwner, sections) {
		switch sec {
		case SectionSummary:
			if err := t.Store.PeriodTotals(ctx, businessID, periods); err != nil {
				return nil, fmt.Errorf("period totals: %w", err)
			}
			s.Periods = periods
		case SectionCash:
			s.Cash, err = t.Store.CashBalances(ctx, businessID, tomorrow)
			if err != nil {
				return nil, fmt.Errorf("cash balances: %w", err)
			}
			for _, c := range s.Cash {
				s.CashTotal += c.Balance
			}
		case SectionExpenses:
			// One more than shown, in case Build hides a payroll category.
			s.TopExpenses, err = t.Store.TopExpenseCategories(ctx, businessID, periods[0].Start, periods[0].End, TopExpensesLimit+1)
			if err != nil {
				return nil, fmt.Errorf("top expenses: %w", err)
			}
		case SectionTransactions:
			rows, err := t.Store.RecentTransactions(ctx, businessID, tomorrow, RecentLimit)
			if err != nil {
				return nil, fmt.Errorf("recent transactions: %w", err)
			}
			s.Recent = recentWithPlaceholders(rows, loc)
		case SectionInvoices:
			n, sum, oldest, err := t.Store.OverdueInvoices(ctx, businessID, today)
			if err != nil {
				return nil, fmt.Errorf("overdue invoices: %w", err)
			}
			s.Overdue = &OverdueInvoices{Count: n, Sum: sum}
			if oldest != nil {
				s.Overdue.OldestDays = daysBetween(dayStart(*oldest, loc), today)
			}
		case SectionInventory:
			s.LowStock, err = t.Store.LowStock(ctx, businessID, LowStockLimit)
			if err != nil {
				return nil, fmt.Errorf("low stock: %w", err)
			}
		case SectionProducts:
			s.TopProducts, err = t.Store.TopProducts(ctx, businessID, periods[0].Start, periods[0].End, TopProductsLimit)
			if err != nil {
				return nil, fmt.Errorf("top products: %w", err)
			}
		case SectionPayroll:
			s.Payroll, err = t.Store.LatestPayroll(ctx, businessID, tomorrow)
			if err != nil {
				return nil, fmt.Errorf("payroll: %w", err)
			}
		}
	}
	return s, nil
}

// daysBetween counts calendar days from a to b, both starts of days in the
// same fixed zone.
func daysBetween(a, b time.Time) int {
	return int(b.Sub(a).Round(time.Hour) / (24 * time.Hour))
}

// recentWithPlaceholders replaces counterparties by placeholders numbered in
// order of first appearance per kind: [PERSON_1], [ORG_1], [ORG_2]…
func recentWithPlaceholders(rows []RecentRow, loc *time.Location) []RecentTransaction {
	seen := map[int64]string{}
	counts := map[string]int{}
	out := make([]RecentTransaction, 0, len(rows))
	for _, r := range rows {
		t := RecentTransaction{Date: r.Date.In(loc), Amount: r.Amount, Category: r.Category}
		if r.PartyID != 0 {
			p, ok := seen[r.PartyID]
			if !ok {
				kind := "PERSON"
				if r.PartyKind == PartyOrg {
					kind = "ORG"
				}
				counts[kind]++
				p = fmt.Sprintf("[%s_%d]", kind, counts[kind])
				seen[r.PartyID] = p
			}
			t.Counterparty = p
		}
		out = append(out, t)
	}
	return out
}
