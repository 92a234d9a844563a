package business

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"time"
)

// SampleBusinessID is the id of the built-in sample business.
const SampleBusinessID = 1001

// sampleBase is the sample's fixed part: the coffee shop, its people,
// accounts, customers, suppliers, items and staff. Every name, number and
// address in it is made up.
//
//go:embed sample/base.json
var sampleBase []byte

// sampleSeed fixes the generator, so one reference day always gives the
// same data.
const sampleSeed = 0x6b6f7069 // "kopi"

// sampleMonths is how many whole months before the reference month the
// sample covers.
const sampleMonths = 4

// Sample returns the synthetic sample business, Kopi Senja, a coffee shop
// in Yogyakarta: the embedded base plus about four months of transactions,
// invoices and payroll generated from a fixed seed up to ref's day, so
// "this month" and "last month" always have data. The same ref day always
// gives the same dataset.
func Sample(ref time.Time) (*Dataset, error) {
	d, err := ParseJSON("sample/base.json", bytes.NewReader(sampleBase))
	if err != nil {
		return nil, fmt.Errorf("sample base: %w", err)
	}
	loc := d.Business.Location()
	today := dayStart(ref, loc)
	asOf := today
	d.Business.SampleAsOf = &asOf
	g := &sampleGen{d: d, rng: rand.New(rand.NewPCG(sampleSeed, uint64(today.Unix()))), loc: loc, bal: map[string]int64{}}
	for _, c := range d.CashAccounts {
		g.bal[c.Ref] = c.OpeningBalance
	}
	start := time.Date(today.Year(), today.Month()-sampleMonths, 1, 0, 0, 0, 0, loc)
	for day := start; !day.After(today); day = day.AddDate(0, 0, 1) {
		g.day(day, today)
	}
	g.invoices(today)
	return d, nil
}

type sampleGen struct {
	d   *Dataset
	rng *rand.Rand
	loc *time.Location
	n   int
	bal map[string]int64 // running balance per cash account
}

func (g *sampleGen) tx(day time.Time, cash string, amount int64, category, party, item string, qty int64) {
	g.n++
	g.bal[cash] += amount
	g.d.Transactions = append(g.d.Transactions, Transaction{
		Ref: fmt.Sprintf("T%s-%05d", day.Format("20060102"), g.n), Date: day, CashAccount: cash,
		Amount: amount, Category: category, Counterparty: party, Item: item, Quantity: qty,
	})
}

// jitter returns n scaled by a random factor in [1-f, 1+f], rounded to
// hundreds of rupiah.
func (g *sampleGen) jitter(n int64, f float64) int64 {
	v := float64(n) * (1 - f + 2*f*g.rng.Float64())
	return int64(v/100) * 100
}

// sampleSales is each product's typical cups or pieces a day.
var sampleSales = []struct {
	item  string
	price int64
	daily int
}{
	{"p-eskopsus", 22000, 70}, {"p-americano", 20000, 22}, {"p-cappuccino", 28000, 18},
	{"p-latte", 27000, 30}, {"p-tubruk", 12000, 15}, {"p-tehtarik", 18000, 16},
	{"p-croissant", 25000, 12}, {"p-rotibakar", 20000, 14},
}

func (g *sampleGen) day(day, today time.Time) {
	weekend := day.Weekday() == time.Saturday || day.Weekday() == time.Sunday
	// Daily sales per product: one till total and one QRIS total.
	for _, s := range sampleSales {
		n := float64(s.daily) * (0.75 + 0.5*g.rng.Float64())
		if weekend {
			n *= 1.35
		}
		qty := int64(n)
		qris := qty * int64(55+g.rng.IntN(20)) / 100
		if qris > 0 {
			g.tx(day, "qris", qris*s.price, "Penjualan", "", s.item, qris)
		}
		if qty-qris > 0 {
			g.tx(day, "kas", (qty-qris)*s.price, "Penjualan", "", s.item, qty-qris)
		}
	}
	switch day.Weekday() {
	case time.Monday:
		g.tx(day, "bca", -g.jitter(4500000, 0.2), "Bahan baku", "s-kopi", "", 0)
		g.tx(day, "kas", -g.jitter(1200000, 0.2), "Kemasan", "s-plastik", "", 0)
		// The till's takings go to the bank, all but a float.
		if x := g.bal["kas"] - 2000000; x > 0 {
			g.transfer(day, "kas", "bca", x/100000*100000)
		}
	case time.Tuesday, time.Friday:
		g.tx(day, "bca", -g.jitter(2600000, 0.2), "Bahan baku", "s-susu", "", 0)
	case time.Wednesday:
		g.tx(day, "kas", -g.jitter(1600000, 0.15), "Bahan baku", "s-roti", "", 0)
		// QRIS settlements are withdrawn to the bank weekly.
		if x := g.bal["qris"] - 500000; x > 0 {
			g.transfer(day, "qris", "bca", x/100000*100000)
		}
	case time.Thursday:
		if g.rng.IntN(2) == 0 {
			g.tx(day, "bca", -g.jitter(500000, 0.3), "Pemasaran", "", "", 0)
		}
	case time.Saturday:
		g.tx(day, "kas", -g.jitter(150000, 0.4), "Operasional", "", "", 0)
	}
	switch day.Day() {
	case 1:
		g.tx(day, "bca", -8500000, "Sewa", "s-ruko", "", 0)
	case 5:
		g.tx(day, "bca", -g.jitter(1900000, 0.15), "Listrik & air", "s-pln", "", 0)
	case 10:
		g.tx(day, "bca", -450000, "Internet", "s-net", "", 0)
	case 25:
		g.payroll(day)
	}
	// Walk-in customers who pay a bigger order by transfer now and then.
	if g.rng.IntN(4) == 0 {
		who := []string{"c-siti", "c-budi", "c-andi", "c-maya"}[g.rng.IntN(4)]
		g.tx(day, "bca", g.jitter(450000, 0.5), "Penjualan", who, "", 0)
	}
}

func (g *sampleGen) transfer(day time.Time, from, to string, amount int64) {
	g.tx(day, from, -amount, CategoryTransfer, "", "", 0)
	g.tx(day, to, amount, CategoryTransfer, "", "", 0)
}

func (g *sampleGen) payroll(day time.Time) {
	run := PayrollRun{Ref: "PR-" + day.Format("2006-01"), Period: day.Format("2006-01"), Paid: day}
	var total int64
	for _, e := range g.d.Employees {
		amount := e.Salary + int64(g.rng.IntN(4))*100000 // overtime
		run.Lines = append(run.Lines, PayrollLine{Employee: e.Ref, Amount: amount})
		total += amount
	}
	g.d.PayrollRuns = append(g.d.PayrollRuns, run)
	g.tx(day, "bca", -total, "Gaji", "", "", 0)
}

// invoices adds catering orders from corporate customers: one a week,
// invoiced with 14 days to pay. Most are paid (the payment is a
// transaction); a few old ones are overdue and the newest are not due yet.
func (g *sampleGen) invoices(today time.Time) {
	customers := []string{"c-maju", "c-sinar", "c-notaris", "c-ugm"}
	start := time.Date(today.Year(), today.Month()-sampleMonths, 3, 0, 0, 0, 0, g.loc)
	n := 0
	for issued := start; !issued.After(today); issued = issued.AddDate(0, 0, 7) {
		n++
		who := customers[g.rng.IntN(len(customers))]
		amount := g.jitter(3500000, 0.4)
		due := issued.AddDate(0, 0, 14)
		inv := Invoice{Ref: fmt.Sprintf("INV-%s-%03d", issued.Format("0601"), n), Customer: who, Amount: amount,
			Issued: issued, Due: due, Status: InvoicePaid}
		// Every fifth invoice is paid late or not at all.
		late := n%5 == 2
		payDay := issued.AddDate(0, 0, 5+g.rng.IntN(9))
		switch {
		case late && due.Before(today):
			inv.Status = InvoiceUnpaid
		case payDay.After(today):
			inv.Status = InvoiceUnpaid
		default:
			g.tx(payDay, "bca", amount, "Penjualan katering", who, "", 0)
		}
		g.d.Invoices = append(g.d.Invoices, inv)
	}
	g.sortTransactions()
}

// sortTransactions orders transactions by date, keeping generation order
// within a day, so the files read naturally.
func (g *sampleGen) sortTransactions() {
	txs := g.d.Transactions
	byDay := map[int64][]Transaction{}
	var days []int64
	for _, t := range txs {
		k := t.Date.Unix()
		if _, ok := byDay[k]; !ok {
			days = append(days, k)
		}
		byDay[k] = append(byDay[k], t)
	}
	slices.Sort(days)
	txs = txs[:0]
	for _, k := range days {
		txs = append(txs, byDay[k]...)
	}
	g.d.Transactions = txs
}

// MarshalDataset writes d in the import format, dates as days in the
// business's time zone.
func MarshalDataset(d *Dataset) ([]byte, error) {
	loc := d.Business.Location()
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		t = t.In(loc)
		if t.Equal(dayStart(t, loc)) {
			return t.Format("2006-01-02")
		}
		return t.Format(time.RFC3339)
	}
	type tx struct {
		Transaction
		Date string `json:"date"`
	}
	type inv struct {
		Invoice
		Issued string `json:"issued,omitempty"`
		Due    string `json:"due"`
	}
	type run struct {
		PayrollRun
		Paid string `json:"paid"`
	}
	out := struct {
		Business     Business      `json:"business"`
		Accounts     []Account     `json:"accounts"`
		CashAccounts []CashAccount `json:"cash_accounts"`
		Parties      []Party       `json:"parties"`
		Items        []Item        `json:"items"`
		Transactions []tx          `json:"transactions"`
		Invoices     []inv         `json:"invoices"`
		Employees    []Employee    `json:"employees"`
		PayrollRuns  []run         `json:"payroll_runs"`
	}{Business: d.Business, Accounts: d.Accounts, CashAccounts: d.CashAccounts, Parties: d.Parties, Items: d.Items, Employees: d.Employees}
	for _, t := range d.Transactions {
		out.Transactions = append(out.Transactions, tx{t, day(t.Date)})
	}
	for _, i := range d.Invoices {
		out.Invoices = append(out.Invoices, inv{i, day(i.Issued), day(i.Due)})
	}
	for _, r := range d.PayrollRuns {
		out.PayrollRuns = append(out.PayrollRuns, run{r, day(r.Paid)})
	}
	return json.MarshalIndent(out, "", "  ")
}

// WriteJSONFile writes d to path in the import format.
func WriteJSONFile(path string, d *Dataset) error {
	b, err := MarshalDataset(d)
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o600)
}
