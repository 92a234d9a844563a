package business

import "time"

// Role is what an account may see of a business.
type Role string

// Roles, from most to least trusted.
const (
	RoleOwner    Role = "owner"
	RoleManager  Role = "manager"
	RoleFinance  Role = "finance"
	RoleStaff    Role = "staff"
	RoleInvestor Role = "investor"
)

// Section names one part of a snapshot. Answers record which sections the
// model was given, so a person's access request can show what it saw.
type Section string

// Snapshot sections.
const (
	SectionSummary      Section = "summary"      // period totals: revenue, expenses, net
	SectionCash         Section = "cash"         // cash position per account
	SectionExpenses     Section = "expenses"     // top expense categories
	SectionTransactions Section = "transactions" // recent transactions, counterparties as placeholders
	SectionInvoices     Section = "invoices"     // overdue invoices: count, sum, oldest age
	SectionInventory    Section = "inventory"    // low stock items
	SectionProducts     Section = "products"     // top products by revenue
	SectionPayroll      Section = "payroll"      // payroll total and headcount
)

// Snapshot is the aggregated, abbreviated view of a business that the
// assistant may be given: never raw tables, never a third party's contact
// details. Amounts are whole rupiah. Only the sections listed in Sections are
// filled.
type Snapshot struct {
	BusinessID   int64
	BusinessName string
	Currency     string // "IDR"
	AsOf         time.Time
	Role         Role
	Sections     []Section
	// Version identifies the content (a hash), so a token count can be cached
	// per snapshot version.
	Version string

	Periods     []PeriodTotals      // this month, last month, year to date
	Cash        []CashBalance       // per account
	CashTotal   int64               //
	TopExpenses []CategoryTotal     // largest first, this month
	Recent      []RecentTransaction // newest first
	Overdue     *OverdueInvoices    //
	LowStock    []StockItem         // at or below reorder level
	TopProducts []ProductSales      // largest revenue first, this month
	Payroll     *PayrollTotal       // the latest payroll run
}

// Period keys of PeriodTotals.Key.
const (
	PeriodThisMonth  = "this_month"
	PeriodLastMonth  = "last_month"
	PeriodYearToDate = "year_to_date"
)

// PeriodTotals are revenue and expenses over one period.
type PeriodTotals struct {
	Key      string // PeriodThisMonth, PeriodLastMonth, PeriodYearToDate
	Start    time.Time
	End      time.Time // exclusive
	Revenue  int64
	Expenses int64
	Net      int64
}

// CashBalance is one cash or bank account's balance.
type CashBalance struct {
	Account string // the account's label ("Kas toko", "BCA operasional"), never a number
	Balance int64
}

// CategoryTotal is a total per category.
type CategoryTotal struct {
	Category string
	Amount   int64
}

// RecentTransaction is one transaction reduced to what an answer needs.
type RecentTransaction struct {
	Date         time.Time
	Amount       int64 // positive in, negative out
	Category     string
	Counterparty string // a placeholder such as [PERSON_3] or [ORG_1], never the name
}

// OverdueInvoices summarises invoices past their due date.
type OverdueInvoices struct {
	Count      int
	Sum        int64
	OldestDays int
}

// StockItem is an inventory item at or below its reorder level.
type StockItem struct {
	Name    string
	Stock   int64
	Reorder int64
}

// ProductSales is revenue and quantity for one product.
type ProductSales struct {
	Name     string
	Quantity int64
	Revenue  int64
}

// PayrollTotal is the total of the latest payroll run.
type PayrollTotal struct {
	Period    string // "2026-10"
	Total     int64
	Headcount int
}
