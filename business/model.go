package business

import (
	"fmt"
	"time"
)

// Dataset is everything jaga holds about one business: what `jaga import`
// loads and what the built-in tables store. It is raw data with third
// parties' personal data in it; only aggregates built from it (a Snapshot)
// ever reach the assistant.
//
// Records refer to each other by Ref, a short identifier unique within the
// business and the record kind ("kas", "INV-0012", "c-17"). Refs make a
// re-import replace the same records instead of adding copies.
type Dataset struct {
	Business     Business      `json:"business"`
	Accounts     []Account     `json:"accounts"`
	CashAccounts []CashAccount `json:"cash_accounts"`
	Parties      []Party       `json:"parties"`
	Items        []Item        `json:"items"`
	Transactions []Transaction `json:"transactions"`
	Invoices     []Invoice     `json:"invoices"`
	Employees    []Employee    `json:"employees"`
	PayrollRuns  []PayrollRun  `json:"payroll_runs"`
}

// Business is a business on the host platform. ID is the platform's id,
// the one chat identities are linked to.
type Business struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Currency string `json:"currency,omitempty"`  // "IDR" when empty
	TimeZone string `json:"time_zone,omitempty"` // "Asia/Jakarta" when empty
	// SampleAsOf is the reference date of the built-in sample business, and
	// nil for real data.
	SampleAsOf *time.Time `json:"-"`
	Pos        string     `json:"-"`
}

// Account is a person with a login on the host platform, and the role they
// hold in this business. ID is the platform's account id.
type Account struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Phone string `json:"phone,omitempty"`
	Email string `json:"email,omitempty"`
	Role  Role   `json:"role"`
	Pos   string `json:"-"`
}

// CashAccount is a till, a bank account or an e-wallet. Label is what the
// snapshot shows; account numbers are never stored.
type CashAccount struct {
	Ref            string `json:"ref"`
	Label          string `json:"label"`
	OpeningBalance int64  `json:"opening_balance"`
	Pos            string `json:"-"`
}

// Party kinds.
const (
	PartyPerson = "person"
	PartyOrg    = "org"
)

// Party types.
const (
	PartyCustomer = "customer"
	PartySupplier = "supplier"
)

// Party is a customer or supplier: a third party whose name and contact
// details never leave jaga.
type Party struct {
	Ref   string `json:"ref"`
	Kind  string `json:"kind"` // PartyPerson or PartyOrg
	Type  string `json:"type"` // PartyCustomer or PartySupplier
	Name  string `json:"name"`
	Phone string `json:"phone,omitempty"`
	Email string `json:"email,omitempty"`
	Pos   string `json:"-"`
}

// Item is an inventory item: something sold, used or both.
type Item struct {
	Ref          string `json:"ref"`
	Name         string `json:"name"`
	Unit         string `json:"unit,omitempty"`
	Stock        int64  `json:"stock"`
	ReorderLevel int64  `json:"reorder_level"`
	Price        int64  `json:"price"` // selling price; 0 for supplies not sold
	Pos          string `json:"-"`
}

// CategoryTransfer marks a transaction that moves money between the
// business's own cash accounts (a till deposited in the bank): it changes
// cash balances but is neither revenue nor an expense.
const CategoryTransfer = "Transfer"

// Transaction is one movement of money on a cash account. Amount is
// positive for money in and negative for money out. Money in is revenue
// and money out an expense, except for CategoryTransfer.
type Transaction struct {
	Ref          string    `json:"ref"`
	Date         time.Time `json:"-"`
	CashAccount  string    `json:"cash_account"`           // CashAccount.Ref
	Amount       int64     `json:"amount"`                 //
	Category     string    `json:"category"`               //
	Counterparty string    `json:"counterparty,omitempty"` // Party.Ref, optional
	Item         string    `json:"item,omitempty"`         // Item.Ref of a sale, optional
	Quantity     int64     `json:"quantity,omitempty"`     //
	Note         string    `json:"note,omitempty"`         //
	Pos          string    `json:"-"`
}

// Invoice statuses.
const (
	InvoiceUnpaid = "unpaid"
	InvoicePaid   = "paid"
	InvoiceVoid   = "void"
)

// Invoice is a bill sent to a customer.
type Invoice struct {
	Ref      string    `json:"ref"`
	Customer string    `json:"customer"` // Party.Ref
	Amount   int64     `json:"amount"`
	Issued   time.Time `json:"-"`
	Due      time.Time `json:"-"`
	Status   string    `json:"status"` // InvoiceUnpaid, InvoicePaid or InvoiceVoid
	Pos      string    `json:"-"`
}

// Employee works for the business. AccountID links an employee who also
// has a platform account; zero otherwise.
type Employee struct {
	Ref       string `json:"ref"`
	Name      string `json:"name"`
	Phone     string `json:"phone,omitempty"`
	Email     string `json:"email,omitempty"`
	Position  string `json:"position,omitempty"`
	Salary    int64  `json:"salary"`
	AccountID int64  `json:"account_id,omitempty"`
	Pos       string `json:"-"`
}

// PayrollRun is one payment of wages for a period ("2026-10").
type PayrollRun struct {
	Ref    string        `json:"ref"`
	Period string        `json:"period"`
	Paid   time.Time     `json:"-"`
	Lines  []PayrollLine `json:"lines"`
	Pos    string        `json:"-"`
}

// PayrollLine is one employee's pay in a run.
type PayrollLine struct {
	Employee string `json:"employee"` // Employee.Ref
	Amount   int64  `json:"amount"`
	Pos      string `json:"-"`
}

// Default values of a business.
const (
	DefaultCurrency = "IDR"
	DefaultTimeZone = "Asia/Jakarta"
)

// zones are Indonesia's three time zones. None has daylight saving time, so
// fixed offsets are exact and jaga needs no time zone database.
var zones = map[string]*time.Location{
	"Asia/Jakarta":   time.FixedZone("WIB", 7*3600),
	"Asia/Pontianak": time.FixedZone("WIB", 7*3600),
	"Asia/Makassar":  time.FixedZone("WITA", 8*3600),
	"Asia/Jayapura":  time.FixedZone("WIT", 9*3600),
	"UTC":            time.UTC,
}

// Location returns the time zone named tz ("Asia/Jakarta" when empty).
func Location(tz string) (*time.Location, error) {
	if tz == "" {
		tz = DefaultTimeZone
	}
	loc, ok := zones[tz]
	if !ok {
		return nil, fmt.Errorf("unknown time zone %q (use Asia/Jakarta, Asia/Makassar, Asia/Jayapura or UTC)", tz)
	}
	return loc, nil
}

// Location returns the business's time zone, WIB when it is unknown.
func (b *Business) Location() *time.Location {
	loc, err := Location(b.TimeZone)
	if err != nil {
		return zones[DefaultTimeZone]
	}
	return loc
}

// Member is an account's role in a business.
type Member struct {
	BusinessID int64
	AccountID  int64
	Role       Role
}

// Valid reports whether r is one of the five roles.
func (r Role) Valid() bool {
	switch r {
	case RoleOwner, RoleManager, RoleFinance, RoleStaff, RoleInvestor:
		return true
	}
	return false
}
