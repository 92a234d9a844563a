package sqlstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/business"
)

var _ business.Store = (*Queries)(nil)

// importBatch is how many rows one multi-row INSERT carries. On PostgreSQL
// large batches save round trips (500 rows of eleven columns stay well under
// its 65535 parameters). SQLite is in-process, so round trips cost nothing,
// and modernc.org/sqlite looks each numbered parameter up in a list, making
// a statement's binding quadratic in its parameters: small batches win.
func (q *Queries) importBatch() int {
	if q.dialect == SQLite {
		return 20
	}
	return 500
}

// ImportDataset replaces everything stored about d.Business.ID with d, in
// one transaction: the business row is upserted and its records deleted and
// inserted again, so importing the same data twice leaves the same state.
func (q *Queries) ImportDataset(ctx context.Context, d *business.Dataset, now time.Time) error {
	return q.InTx(ctx, func(q *Queries) error { return q.importDataset(ctx, d, now) })
}

func (q *Queries) importDataset(ctx context.Context, d *business.Dataset, now time.Time) error {
	b := d.Business
	if b.Currency == "" {
		b.Currency = business.DefaultCurrency
	}
	if b.TimeZone == "" {
		b.TimeZone = business.DefaultTimeZone
	}
	if _, err := q.db.Exec(ctx,
		`INSERT INTO businesses (id, name, currency, time_zone, sample_as_of, imported_at) VALUES ($1, $2, $3, $4, $5, $6)
		 ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, time_zone = excluded.time_zone,
		   sample_as_of = excluded.sample_as_of, imported_at = excluded.imported_at`,
		b.ID, b.Name, b.Currency, b.TimeZone, b.SampleAsOf, now); err != nil {
		return fmt.Errorf("upsert business: %w", err)
	}
	for _, stmt := range []string{
		`DELETE FROM business_payroll_lines WHERE run_id IN (SELECT id FROM business_payroll_runs WHERE business_id = $1)`,
		`DELETE FROM business_payroll_runs WHERE business_id = $1`,
		`DELETE FROM business_transactions WHERE business_id = $1`,
		`DELETE FROM business_daily_totals WHERE business_id = $1`,
		`DELETE FROM business_invoices WHERE business_id = $1`,
		`DELETE FROM business_employees WHERE business_id = $1`,
		`DELETE FROM business_items WHERE business_id = $1`,
		`DELETE FROM business_parties WHERE business_id = $1`,
		`DELETE FROM business_cash_accounts WHERE business_id = $1`,
		`DELETE FROM business_members WHERE business_id = $1`,
	} {
		if _, err := q.db.Exec(ctx, stmt, b.ID); err != nil {
			return fmt.Errorf("clear business: %w", err)
		}
	}

	for _, a := range d.Accounts {
		if _, err := q.db.Exec(ctx,
			`INSERT INTO business_accounts (id, name, phone, email) VALUES ($1, $2, $3, $4)
			 ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, email = excluded.email`,
			a.ID, a.Name, a.Phone, a.Email); err != nil {
			return fmt.Errorf("upsert account: %w", err)
		}
		if _, err := q.db.Exec(ctx, `INSERT INTO business_members (business_id, account_id, role) VALUES ($1, $2, $3)`,
			b.ID, a.ID, string(a.Role)); err != nil {
			return fmt.Errorf("insert member: %w", err)
		}
	}
	// An account no business lists any more is personal data jaga no
	// longer needs.
	if _, err := q.db.Exec(ctx,
		`DELETE FROM business_accounts WHERE NOT EXISTS (SELECT 1 FROM business_members m WHERE m.account_id = business_accounts.id)`); err != nil {
		return fmt.Errorf("delete unused accounts: %w", err)
	}

	cash := map[string]int64{}
	for _, c := range d.CashAccounts {
		var id int64
		if err := q.db.QueryRow(ctx,
			`INSERT INTO business_cash_accounts (business_id, ref, label, opening_balance) VALUES ($1, $2, $3, $4) RETURNING id`,
			b.ID, c.Ref, c.Label, c.OpeningBalance).Scan(&id); err != nil {
			return fmt.Errorf("insert cash account: %w", err)
		}
		cash[c.Ref] = id
	}
	parties := map[string]int64{}
	for _, p := range d.Parties {
		var id int64
		if err := q.db.QueryRow(ctx,
			`INSERT INTO business_parties (business_id, ref, kind, type, name, phone, email) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			b.ID, p.Ref, p.Kind, p.Type, p.Name, p.Phone, p.Email).Scan(&id); err != nil {
			return fmt.Errorf("insert party: %w", err)
		}
		parties[p.Ref] = id
	}
	items := map[string]int64{}
	for _, it := range d.Items {
		var id int64
		if err := q.db.QueryRow(ctx,
			`INSERT INTO business_items (business_id, ref, name, unit, stock, reorder_level, price) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			b.ID, it.Ref, it.Name, it.Unit, it.Stock, it.ReorderLevel, it.Price).Scan(&id); err != nil {
			return fmt.Errorf("insert item: %w", err)
		}
		items[it.Ref] = id
	}
	employees := map[string]int64{}
	for _, e := range d.Employees {
		var id int64
		if err := q.db.QueryRow(ctx,
			`INSERT INTO business_employees (business_id, ref, name, phone, email, position, salary, account_id)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
			b.ID, e.Ref, e.Name, e.Phone, e.Email, e.Position, e.Salary, e.AccountID).Scan(&id); err != nil {
			return fmt.Errorf("insert employee: %w", err)
		}
		employees[e.Ref] = id
	}

	loc := d.Business.Location()
	err := insertBatches(ctx, q.db, q.importBatch(), "business_transactions",
		[]string{"business_id", "ref", "occurred_at", "occurred_day", "cash_account_id", "amount", "category", "party_id", "item_id", "quantity", "note"},
		len(d.Transactions), func(i int, row []any) {
			t := &d.Transactions[i]
			row[0], row[1], row[2], row[3], row[4] = b.ID, t.Ref, t.Date, business.DayStart(t.Date, loc), cash[t.CashAccount]
			row[5], row[6], row[7], row[8], row[9], row[10] = t.Amount, t.Category, parties[t.Counterparty], items[t.Item], t.Quantity, t.Note
		})
	if err != nil {
		return fmt.Errorf("insert transactions: %w", err)
	}
	if _, err := q.db.Exec(ctx,
		`INSERT INTO business_daily_totals (business_id, day, cash_account_id, revenue, expenses, flow)
		 SELECT business_id, occurred_day, cash_account_id,
		   CAST(SUM(CASE WHEN amount > 0 AND category <> $2 THEN amount ELSE 0 END) AS BIGINT),
		   CAST(SUM(CASE WHEN amount < 0 AND category <> $2 THEN -amount ELSE 0 END) AS BIGINT),
		   CAST(SUM(amount) AS BIGINT)
		 FROM business_transactions WHERE business_id = $1
		 GROUP BY business_id, occurred_day, cash_account_id`, b.ID, business.CategoryTransfer); err != nil {
		return fmt.Errorf("daily totals: %w", err)
	}
	err = insertBatches(ctx, q.db, q.importBatch(), "business_invoices",
		[]string{"business_id", "ref", "party_id", "amount", "issued_at", "due_at", "status"},
		len(d.Invoices), func(i int, row []any) {
			inv := &d.Invoices[i]
			var issued *time.Time
			if !inv.Issued.IsZero() {
				issued = &inv.Issued
			}
			row[0], row[1], row[2], row[3], row[4], row[5], row[6] = b.ID, inv.Ref, parties[inv.Customer], inv.Amount, issued, inv.Due, inv.Status
		})
	if err != nil {
		return fmt.Errorf("insert invoices: %w", err)
	}
	for _, r := range d.PayrollRuns {
		var id int64
		if err := q.db.QueryRow(ctx,
			`INSERT INTO business_payroll_runs (business_id, ref, period, paid_at) VALUES ($1, $2, $3, $4) RETURNING id`,
			b.ID, r.Ref, r.Period, r.Paid).Scan(&id); err != nil {
			return fmt.Errorf("insert payroll run: %w", err)
		}
		err := insertBatches(ctx, q.db, q.importBatch(), "business_payroll_lines", []string{"run_id", "employee_id", "amount"},
			len(r.Lines), func(i int, row []any) {
				row[0], row[1], row[2] = id, employees[r.Lines[i].Employee], r.Lines[i].Amount
			})
		if err != nil {
			return fmt.Errorf("insert payroll lines: %w", err)
		}
	}
	return nil
}

// insertBatches inserts n rows into table with multi-row INSERTs of up to
// batch rows; fill writes row i's values.
func insertBatches(ctx context.Context, db DB, batch int, table string, cols []string, n int, fill func(i int, row []any)) error {
	head := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	var full string // the statement for a whole batch, built once
	args := make([]any, 0, batch*len(cols))
	for start := 0; start < n; start += batch {
		end := min(start+batch, n)
		args = args[:0]
		for i := start; i < end; i++ {
			row := make([]any, len(cols))
			fill(i, row)
			args = append(args, row...)
		}
		query := full
		if end-start < batch || full == "" {
			query = valuesSQL(head, len(cols), end-start)
			if end-start == batch {
				full = query
			}
		}
		if _, err := db.Exec(ctx, query, args...); err != nil {
			return err
		}
	}
	return nil
}

// valuesSQL returns head followed by rows groups of cols placeholders.
func valuesSQL(head string, cols, rows int) string {
	var b strings.Builder
	b.Grow(len(head) + rows*cols*6)
	b.WriteString(head)
	p := 1
	for r := 0; r < rows; r++ {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for c := 0; c < cols; c++ {
			if c > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(p))
			p++
		}
		b.WriteByte(')')
	}
	return b.String()
}

const businessColumns = `id, name, currency, time_zone, sample_as_of`

func scanBusiness(row Row) (*business.Business, error) {
	b := &business.Business{}
	if err := row.Scan(&b.ID, &b.Name, &b.Currency, &b.TimeZone, &b.SampleAsOf); err != nil {
		return nil, err
	}
	return b, nil
}

// GetBusiness returns a business without its records.
func (q *Queries) GetBusiness(ctx context.Context, id int64) (*business.Business, error) {
	b, err := scanBusiness(q.db.QueryRow(ctx, `SELECT `+businessColumns+` FROM businesses WHERE id = $1`, id))
	if err != nil {
		return nil, notFound(err, "Business not found.")
	}
	return b, nil
}

// ListBusinesses returns every business, by id.
func (q *Queries) ListBusinesses(ctx context.Context) ([]*business.Business, error) {
	rows, err := q.db.Query(ctx, `SELECT `+businessColumns+` FROM businesses ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*business.Business
	for rows.Next() {
		b, err := scanBusiness(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// MemberRole returns an account's role in a business, "" when it has none.
func (q *Queries) MemberRole(ctx context.Context, businessID, accountID int64) (business.Role, error) {
	var role string
	err := q.db.QueryRow(ctx, `SELECT role FROM business_members WHERE business_id = $1 AND account_id = $2`,
		businessID, accountID).Scan(&role)
	if jaga.IsNotFound(err) {
		return "", nil
	}
	return business.Role(role), err
}

// PeriodTotals fills each period's revenue, expenses and net in one pass
// over the daily totals of the widest range. Period bounds are starts of
// days in the business's time zone. Transfers between the business's own
// accounts count in neither revenue nor expenses.
func (q *Queries) PeriodTotals(ctx context.Context, businessID int64, periods []business.PeriodTotals) error {
	if len(periods) == 0 {
		return nil
	}
	lo, hi := periods[0].Start, periods[0].End
	args := []any{businessID, nil, nil}
	var cols []string
	for _, p := range periods {
		if p.Start.Before(lo) {
			lo = p.Start
		}
		if p.End.After(hi) {
			hi = p.End
		}
		args = append(args, p.Start, p.End)
		s, e := len(args)-1, len(args)
		in := fmt.Sprintf("day >= $%d AND day < $%d", s, e)
		cols = append(cols,
			"CAST(COALESCE(SUM(CASE WHEN "+in+" THEN revenue ELSE 0 END), 0) AS BIGINT)",
			"CAST(COALESCE(SUM(CASE WHEN "+in+" THEN expenses ELSE 0 END), 0) AS BIGINT)")
	}
	args[1], args[2] = lo, hi
	query := `SELECT ` + strings.Join(cols, ", ") +
		` FROM business_daily_totals WHERE business_id = $1 AND day >= $2 AND day < $3`
	dest := make([]any, 2*len(periods))
	for i := range periods {
		dest[2*i], dest[2*i+1] = &periods[i].Revenue, &periods[i].Expenses
	}
	if err := q.db.QueryRow(ctx, query, args...).Scan(dest...); err != nil {
		return err
	}
	for i := range periods {
		periods[i].Net = periods[i].Revenue - periods[i].Expenses
	}
	return nil
}

// CashBalances returns each cash account's balance before asOf, a start of
// a day in the business's time zone.
func (q *Queries) CashBalances(ctx context.Context, businessID int64, asOf time.Time) ([]business.CashBalance, error) {
	rows, err := q.db.Query(ctx,
		`SELECT c.label, CAST(c.opening_balance + COALESCE((SELECT SUM(d.flow) FROM business_daily_totals d
		     WHERE d.cash_account_id = c.id AND d.day < $2), 0) AS BIGINT)
		 FROM business_cash_accounts c WHERE c.business_id = $1 ORDER BY c.id`, businessID, asOf)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []business.CashBalance
	for rows.Next() {
		var c business.CashBalance
		if err := rows.Scan(&c.Account, &c.Balance); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// TopExpenseCategories returns the largest expense categories in [from, to).
func (q *Queries) TopExpenseCategories(ctx context.Context, businessID int64, from, to time.Time, limit int) ([]business.CategoryTotal, error) {
	rows, err := q.db.Query(ctx,
		`SELECT category, CAST(-SUM(amount) AS BIGINT) AS total FROM business_transactions
		 WHERE business_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND amount < 0 AND category <> $4
		 GROUP BY category ORDER BY total DESC, MIN(id)`+limitSQL(limit), businessID, from, to, business.CategoryTransfer)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []business.CategoryTotal
	for rows.Next() {
		var c business.CategoryTotal
		if err := rows.Scan(&c.Category, &c.Amount); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// RecentTransactions returns the latest transactions before asOf.
func (q *Queries) RecentTransactions(ctx context.Context, businessID int64, asOf time.Time, limit int) ([]business.RecentRow, error) {
	rows, err := q.db.Query(ctx,
		`SELECT t.occurred_at, t.amount, t.category, t.party_id, COALESCE(p.kind, '')
		 FROM business_transactions t LEFT JOIN business_parties p ON p.id = t.party_id
		 WHERE t.business_id = $1 AND t.occurred_at < $2
		 ORDER BY t.occurred_at DESC, t.id DESC`+limitSQL(limit), businessID, asOf)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []business.RecentRow
	for rows.Next() {
		var r business.RecentRow
		if err := rows.Scan(&r.Date, &r.Amount, &r.Category, &r.PartyID, &r.PartyKind); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// OverdueInvoices summarises unpaid invoices due before dueBefore.
func (q *Queries) OverdueInvoices(ctx context.Context, businessID int64, dueBefore time.Time) (int, int64, *time.Time, error) {
	var n int64
	var sum int64
	var oldest *time.Time
	err := q.db.QueryRow(ctx,
		`SELECT COUNT(*), CAST(COALESCE(SUM(amount), 0) AS BIGINT), MIN(due_at) FROM business_invoices
		 WHERE business_id = $1 AND status = 'unpaid' AND due_at < $2`, businessID, dueBefore).Scan(&n, &sum, &oldest)
	if err != nil {
		return 0, 0, nil, err
	}
	return int(n), sum, oldest, nil
}

// LowStock returns items at or below a reorder level, the emptiest
// (relative to its level) first.
func (q *Queries) LowStock(ctx context.Context, businessID int64, limit int) ([]business.StockItem, error) {
	rows, err := q.db.Query(ctx,
		`SELECT name, stock, reorder_level FROM business_items
		 WHERE business_id = $1 AND reorder_level > 0 AND stock <= reorder_level
		 ORDER BY CAST(stock AS DOUBLE PRECISION) / reorder_level, id`+limitSQL(limit), businessID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []business.StockItem
	for rows.Next() {
		var s business.StockItem
		if err := rows.Scan(&s.Name, &s.Stock, &s.Reorder); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// TopProducts returns the items with the most sales revenue in [from, to).
func (q *Queries) TopProducts(ctx context.Context, businessID int64, from, to time.Time, limit int) ([]business.ProductSales, error) {
	rows, err := q.db.Query(ctx,
		`SELECT i.name, s.qty, s.revenue FROM (
		     SELECT item_id, CAST(SUM(quantity) AS BIGINT) AS qty, CAST(SUM(amount) AS BIGINT) AS revenue
		     FROM business_transactions
		     WHERE business_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND item_id <> 0 AND amount > 0
		     GROUP BY item_id
		 ) s JOIN business_items i ON i.id = s.item_id
		 ORDER BY s.revenue DESC, i.id`+limitSQL(limit), businessID, from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []business.ProductSales
	for rows.Next() {
		var p business.ProductSales
		if err := rows.Scan(&p.Name, &p.Quantity, &p.Revenue); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// LatestPayroll returns the total and headcount of the latest payroll run
// paid before asOf, or nil.
func (q *Queries) LatestPayroll(ctx context.Context, businessID int64, asOf time.Time) (*business.PayrollTotal, error) {
	p := &business.PayrollTotal{}
	var n int64
	err := q.db.QueryRow(ctx,
		`SELECT r.period, CAST(COALESCE(SUM(l.amount), 0) AS BIGINT), COUNT(l.employee_id)
		 FROM business_payroll_runs r LEFT JOIN business_payroll_lines l ON l.run_id = r.id
		 WHERE r.id = (SELECT id FROM business_payroll_runs WHERE business_id = $1 AND paid_at < $2
		               ORDER BY paid_at DESC, id DESC LIMIT 1)
		 GROUP BY r.id, r.period`, businessID, asOf).Scan(&p.Period, &p.Total, &n)
	if jaga.IsNotFound(err) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	p.Headcount = int(n)
	return p, nil
}

// Directory returns the names and contact details of a business's members,
// parties and employees.
func (q *Queries) Directory(ctx context.Context, businessID int64) ([]business.DirectoryEntry, error) {
	rows, err := q.db.Query(ctx,
		`SELECT a.name, a.phone, a.email, 'person' FROM business_accounts a
		   JOIN business_members m ON m.account_id = a.id WHERE m.business_id = $1
		 UNION ALL
		 SELECT name, phone, email, kind FROM business_parties WHERE business_id = $1
		 UNION ALL
		 SELECT name, phone, email, 'person' FROM business_employees WHERE business_id = $1`, businessID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []business.DirectoryEntry
	for rows.Next() {
		var name, phone, email, kind string
		if err := rows.Scan(&name, &phone, &email, &kind); err != nil {
			return nil, err
		}
		k := business.KindPerson
		if kind == business.PartyOrg {
			k = business.KindOrg
		}
		for _, e := range []business.DirectoryEntry{{Kind: k, Value: name}, {Kind: business.KindPhone, Value: phone}, {Kind: business.KindEmail, Value: email}} {
			if e.Value = strings.TrimSpace(e.Value); e.Value != "" {
				out = append(out, e)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return business.SortDirectory(out), nil
}
