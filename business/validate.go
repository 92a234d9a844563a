package business

import (
	"fmt"
	"regexp"
	"strings"
)

// Problem is one thing wrong in imported data, at a position such as
// "transactions.csv:12" or "kopi.json:340". Messages quote refs and numbers
// but never names, phone numbers or e-mail addresses.
type Problem struct {
	Pos string
	Msg string
}

func (p Problem) String() string {
	if p.Pos == "" {
		return p.Msg
	}
	return p.Pos + ": " + p.Msg
}

// ValidationError lists every problem found in a dataset.
type ValidationError struct {
	Problems []Problem
}

// maxShownProblems caps the problems an error message lists.
const maxShownProblems = 20

func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "invalid business data (%d problems):", len(e.Problems))
	for i, p := range e.Problems {
		if i == maxShownProblems {
			fmt.Fprintf(&b, "\n  … and %d more", len(e.Problems)-i)
			break
		}
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

type problems []Problem

func (ps *problems) add(pos, format string, args ...any) {
	*ps = append(*ps, Problem{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

func (ps problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	return &ValidationError{Problems: ps}
}

var (
	periodRE = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`)
	emailRE  = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)
	phoneRE  = regexp.MustCompile(`^\+?[0-9][0-9 \-]{5,18}[0-9]$`)
)

// Validate checks a dataset before import: required fields, known roles,
// kinds and statuses, unique refs, references that resolve, and amounts and
// quantities that make sense. It returns a *ValidationError listing every
// problem with its file and line.
func Validate(d *Dataset) error {
	var ps problems
	b := &d.Business
	if b.ID <= 0 {
		ps.add(b.Pos, "business id must be a positive number")
	}
	if strings.TrimSpace(b.Name) == "" {
		ps.add(b.Pos, "business name is empty")
	}
	if b.Currency != "" && b.Currency != DefaultCurrency {
		ps.add(b.Pos, "currency %q is not supported (only IDR)", b.Currency)
	}
	if _, err := Location(b.TimeZone); err != nil {
		ps.add(b.Pos, "%v", err)
	}

	contact := func(pos, phone, email string) {
		if phone != "" && !phoneRE.MatchString(phone) {
			ps.add(pos, "phone is not a phone number")
		}
		if email != "" && !emailRE.MatchString(email) {
			ps.add(pos, "email is not an e-mail address")
		}
	}
	refs := func(kind, pos, ref string, seen map[string]bool) {
		switch {
		case strings.TrimSpace(ref) == "":
			ps.add(pos, "%s ref is empty", kind)
		case seen[ref]:
			ps.add(pos, "%s ref %q appears twice", kind, ref)
		}
		seen[ref] = true
	}

	accounts := map[int64]bool{}
	for _, a := range d.Accounts {
		if a.ID <= 0 {
			ps.add(a.Pos, "account id must be a positive number")
		} else if accounts[a.ID] {
			ps.add(a.Pos, "account id %d appears twice", a.ID)
		}
		accounts[a.ID] = true
		if strings.TrimSpace(a.Name) == "" {
			ps.add(a.Pos, "account %d has no name", a.ID)
		}
		if !a.Role.Valid() {
			ps.add(a.Pos, "account %d: role %q is not one of owner, manager, finance, staff, investor", a.ID, a.Role)
		}
		contact(a.Pos, a.Phone, a.Email)
	}

	cash := map[string]bool{}
	for _, c := range d.CashAccounts {
		refs("cash account", c.Pos, c.Ref, cash)
		if strings.TrimSpace(c.Label) == "" {
			ps.add(c.Pos, "cash account %q has no label", c.Ref)
		}
	}

	parties := map[string]*Party{}
	partyRefs := map[string]bool{}
	for i := range d.Parties {
		p := &d.Parties[i]
		refs("party", p.Pos, p.Ref, partyRefs)
		parties[p.Ref] = p
		if p.Kind != PartyPerson && p.Kind != PartyOrg {
			ps.add(p.Pos, "party %q: kind %q is not person or org", p.Ref, p.Kind)
		}
		if p.Type != PartyCustomer && p.Type != PartySupplier {
			ps.add(p.Pos, "party %q: type %q is not customer or supplier", p.Ref, p.Type)
		}
		if strings.TrimSpace(p.Name) == "" {
			ps.add(p.Pos, "party %q has no name", p.Ref)
		}
		contact(p.Pos, p.Phone, p.Email)
	}

	items := map[string]bool{}
	for _, it := range d.Items {
		refs("item", it.Pos, it.Ref, items)
		if strings.TrimSpace(it.Name) == "" {
			ps.add(it.Pos, "item %q has no name", it.Ref)
		}
		if it.Stock < 0 || it.ReorderLevel < 0 || it.Price < 0 {
			ps.add(it.Pos, "item %q: stock, reorder_level and price must not be negative", it.Ref)
		}
	}

	txs := map[string]bool{}
	for _, t := range d.Transactions {
		refs("transaction", t.Pos, t.Ref, txs)
		if t.Date.IsZero() {
			ps.add(t.Pos, "transaction %q has no date", t.Ref)
		}
		if !cash[t.CashAccount] {
			ps.add(t.Pos, "transaction %q: cash account %q is not in cash_accounts", t.Ref, t.CashAccount)
		}
		if t.Amount == 0 {
			ps.add(t.Pos, "transaction %q: amount is zero", t.Ref)
		}
		if strings.TrimSpace(t.Category) == "" {
			ps.add(t.Pos, "transaction %q has no category", t.Ref)
		}
		if t.Counterparty != "" && parties[t.Counterparty] == nil {
			ps.add(t.Pos, "transaction %q: counterparty %q is not in parties", t.Ref, t.Counterparty)
		}
		if t.Item != "" && !items[t.Item] {
			ps.add(t.Pos, "transaction %q: item %q is not in items", t.Ref, t.Item)
		}
		if t.Quantity < 0 || (t.Quantity != 0 && t.Item == "") {
			ps.add(t.Pos, "transaction %q: quantity must be positive and needs an item", t.Ref)
		}
	}

	invs := map[string]bool{}
	for _, inv := range d.Invoices {
		refs("invoice", inv.Pos, inv.Ref, invs)
		if p := parties[inv.Customer]; p == nil {
			ps.add(inv.Pos, "invoice %q: customer %q is not in parties", inv.Ref, inv.Customer)
		}
		if inv.Amount <= 0 {
			ps.add(inv.Pos, "invoice %q: amount must be positive", inv.Ref)
		}
		if inv.Due.IsZero() {
			ps.add(inv.Pos, "invoice %q has no due date", inv.Ref)
		} else if !inv.Issued.IsZero() && inv.Due.Before(inv.Issued) {
			ps.add(inv.Pos, "invoice %q is due before it was issued", inv.Ref)
		}
		switch inv.Status {
		case InvoiceUnpaid, InvoicePaid, InvoiceVoid:
		default:
			ps.add(inv.Pos, "invoice %q: status %q is not unpaid, paid or void", inv.Ref, inv.Status)
		}
	}

	emps := map[string]bool{}
	for _, e := range d.Employees {
		refs("employee", e.Pos, e.Ref, emps)
		if strings.TrimSpace(e.Name) == "" {
			ps.add(e.Pos, "employee %q has no name", e.Ref)
		}
		if e.Salary < 0 {
			ps.add(e.Pos, "employee %q: salary must not be negative", e.Ref)
		}
		contact(e.Pos, e.Phone, e.Email)
	}

	runs := map[string]bool{}
	for _, r := range d.PayrollRuns {
		refs("payroll run", r.Pos, r.Ref, runs)
		if !periodRE.MatchString(r.Period) {
			ps.add(r.Pos, "payroll run %q: period %q is not YYYY-MM", r.Ref, r.Period)
		}
		if r.Paid.IsZero() {
			ps.add(r.Pos, "payroll run %q has no paid date", r.Ref)
		}
		if len(r.Lines) == 0 {
			ps.add(r.Pos, "payroll run %q has no lines", r.Ref)
		}
		seen := map[string]bool{}
		for _, l := range r.Lines {
			pos := r.Pos
			if l.Pos != "" {
				pos = l.Pos
			}
			if !emps[l.Employee] {
				ps.add(pos, "payroll run %q: employee %q is not in employees", r.Ref, l.Employee)
			} else if seen[l.Employee] {
				ps.add(pos, "payroll run %q: employee %q is paid twice", r.Ref, l.Employee)
			}
			seen[l.Employee] = true
			if l.Amount <= 0 {
				ps.add(pos, "payroll run %q: amount for %q must be positive", r.Ref, l.Employee)
			}
		}
	}
	return ps.err()
}
