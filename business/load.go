package business

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// maxImportFile caps one imported file, so a wrong path cannot exhaust
// memory.
const maxImportFile = 256 << 20

// ParseJSON reads a dataset from JSON (the shape of Dataset, snake_case,
// with dates as "2006-01-02" in the business's time zone or RFC 3339).
// name labels positions in errors; every record remembers the line it
// starts on.
func ParseJSON(name string, r io.Reader) (*Dataset, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxImportFile+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > maxImportFile {
		return nil, fmt.Errorf("%s is larger than %d MiB", name, maxImportFile>>20)
	}
	p := &jsonParser{name: name, data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	return p.parse()
}

type jsonParser struct {
	name string
	data []byte
	dec  *json.Decoder
	ps   problems
	raw  rawDates
}

// rawDates holds date strings until the business's time zone is known.
type rawDates struct {
	tx          []string
	issued, due []string
	paid        []string
}

func (p *jsonParser) pos(offset int64) string {
	return fmt.Sprintf("%s:%d", p.name, bytes.Count(p.data[:offset], []byte("\n"))+1)
}

// posAfterSpace is the position of the next value: InputOffset points just
// past the previous token, before any white space and separator.
func (p *jsonParser) posAfterSpace() string {
	off := p.dec.InputOffset()
	for off < int64(len(p.data)) && strings.IndexByte(" \t\r\n,:", p.data[off]) >= 0 {
		off++
	}
	return p.pos(off)
}

// elementError is an error decoding the array element at pos.
type elementError struct {
	pos string
	err error
}

func (e *elementError) Error() string { return e.err.Error() }
func (e *elementError) Unwrap() error { return e.err }

func (p *jsonParser) syntax(err error) error {
	var te *json.UnmarshalTypeError
	var ee *elementError
	if errors.As(err, &ee) && errors.As(err, &te) {
		// A type error's offset is within the element; the element's line
		// is the useful one.
		field := te.Field
		if i := strings.LastIndexByte(field, '.'); i >= 0 {
			field = field[i+1:]
		}
		want := te.Type.Kind().String()
		switch te.Type.Kind() {
		case reflect.Int, reflect.Int64, reflect.Int32:
			want = "whole number"
		}
		return &ValidationError{Problems: []Problem{{ee.pos, fmt.Sprintf("%s: got a %s, want a %s", field, te.Value, want)}}}
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &ValidationError{Problems: []Problem{{p.pos(min(se.Offset, int64(len(p.data)))), "malformed JSON: " + se.Error()}}}
	}
	if errors.As(err, &te) {
		return &ValidationError{Problems: []Problem{{p.pos(min(te.Offset, int64(len(p.data)))),
			fmt.Sprintf("field %s: %s is not a %s", te.Field, te.Value, te.Type)}}}
	}
	return &ValidationError{Problems: []Problem{{p.pos(p.dec.InputOffset()), "malformed JSON: " + err.Error()}}}
}

func (p *jsonParser) parse() (*Dataset, error) {
	d := &Dataset{}
	if tok, err := p.dec.Token(); err != nil {
		return nil, p.syntax(err)
	} else if tok != json.Delim('{') {
		return nil, &ValidationError{Problems: []Problem{{p.pos(0), "want a JSON object"}}}
	}
	for p.dec.More() {
		tok, err := p.dec.Token()
		if err != nil {
			return nil, p.syntax(err)
		}
		key, _ := tok.(string)
		switch key {
		case "business":
			d.Business.Pos = p.posAfterSpace()
			if err := p.dec.Decode(&d.Business); err != nil {
				return nil, p.syntax(err)
			}
		case "accounts":
			err = eachElement(p, func(pos string) error {
				var a Account
				a.Pos = pos
				err := p.dec.Decode(&a)
				d.Accounts = append(d.Accounts, a)
				return err
			})
		case "cash_accounts":
			err = eachElement(p, func(pos string) error {
				var c CashAccount
				err := p.dec.Decode(&c)
				c.Pos = pos
				d.CashAccounts = append(d.CashAccounts, c)
				return err
			})
		case "parties":
			err = eachElement(p, func(pos string) error {
				var x Party
				err := p.dec.Decode(&x)
				x.Pos = pos
				d.Parties = append(d.Parties, x)
				return err
			})
		case "items":
			err = eachElement(p, func(pos string) error {
				var x Item
				err := p.dec.Decode(&x)
				x.Pos = pos
				d.Items = append(d.Items, x)
				return err
			})
		case "transactions":
			err = eachElement(p, func(pos string) error {
				var x struct {
					Transaction
					Date string `json:"date"`
				}
				err := p.dec.Decode(&x)
				x.Transaction.Pos = pos
				d.Transactions = append(d.Transactions, x.Transaction)
				p.raw.tx = append(p.raw.tx, x.Date)
				return err
			})
		case "invoices":
			err = eachElement(p, func(pos string) error {
				var x struct {
					Invoice
					Issued string `json:"issued"`
					Due    string `json:"due"`
				}
				err := p.dec.Decode(&x)
				x.Invoice.Pos = pos
				d.Invoices = append(d.Invoices, x.Invoice)
				p.raw.issued = append(p.raw.issued, x.Issued)
				p.raw.due = append(p.raw.due, x.Due)
				return err
			})
		case "employees":
			err = eachElement(p, func(pos string) error {
				var x Employee
				err := p.dec.Decode(&x)
				x.Pos = pos
				d.Employees = append(d.Employees, x)
				return err
			})
		case "payroll_runs":
			err = eachElement(p, func(pos string) error {
				var x struct {
					PayrollRun
					Paid string `json:"paid"`
				}
				err := p.dec.Decode(&x)
				x.PayrollRun.Pos = pos
				d.PayrollRuns = append(d.PayrollRuns, x.PayrollRun)
				p.raw.paid = append(p.raw.paid, x.Paid)
				return err
			})
		default:
			pos := p.posAfterSpace()
			var skip json.RawMessage
			if err := p.dec.Decode(&skip); err != nil {
				return nil, p.syntax(err)
			}
			p.ps.add(pos, "unknown field %q", key)
		}
		if err != nil {
			return nil, p.syntax(err)
		}
	}
	if _, err := p.dec.Token(); err != nil {
		return nil, p.syntax(err)
	}
	p.raw.apply(d, &p.ps)
	if err := p.ps.err(); err != nil {
		return nil, err
	}
	return d, nil
}

// eachElement calls fn for every element of the JSON array that comes next,
// with the position the element starts at.
func eachElement(p *jsonParser, fn func(pos string) error) error {
	tok, err := p.dec.Token()
	if err != nil {
		return err
	}
	if tok != json.Delim('[') {
		return fmt.Errorf("want an array")
	}
	for p.dec.More() {
		pos := p.posAfterSpace()
		if err := fn(pos); err != nil {
			return &elementError{pos, err}
		}
	}
	_, err = p.dec.Token()
	return err
}

// apply parses the raw dates into d now that the time zone is known.
func (r *rawDates) apply(d *Dataset, ps *problems) {
	loc, err := Location(d.Business.TimeZone)
	if err != nil {
		loc = zones[DefaultTimeZone] // Validate reports the zone.
	}
	date := func(pos, field, s string, required bool) time.Time {
		if s == "" {
			if required {
				ps.add(pos, "%s is missing", field)
			}
			return time.Time{}
		}
		t, err := ParseDate(s, loc)
		if err != nil {
			ps.add(pos, "%s %q is not a date (YYYY-MM-DD)", field, s)
		}
		return t
	}
	for i := range d.Transactions {
		if i < len(r.tx) {
			d.Transactions[i].Date = date(d.Transactions[i].Pos, "date", r.tx[i], true)
		}
	}
	for i := range d.Invoices {
		if i < len(r.due) {
			d.Invoices[i].Issued = date(d.Invoices[i].Pos, "issued", r.issued[i], false)
			d.Invoices[i].Due = date(d.Invoices[i].Pos, "due", r.due[i], true)
		}
	}
	for i := range d.PayrollRuns {
		if i < len(r.paid) {
			d.PayrollRuns[i].Paid = date(d.PayrollRuns[i].Pos, "paid", r.paid[i], true)
		}
	}
}

// ParseDate parses "2006-01-02" as the start of that day in loc, or an
// RFC 3339 time.
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// CSV files of a dataset directory. business.csv is required; the others
// are optional.
var csvFiles = []string{
	"business.csv", "accounts.csv", "cash_accounts.csv", "parties.csv", "items.csv",
	"transactions.csv", "invoices.csv", "employees.csv", "payroll.csv",
}

// ParseCSVDir reads a dataset from a directory of CSV files with a header
// row each: business.csv (id, name, currency, time_zone), accounts.csv (id,
// name, phone, email, role), cash_accounts.csv (ref, label,
// opening_balance), parties.csv (ref, kind, type, name, phone, email),
// items.csv (ref, name, unit, stock, reorder_level, price),
// transactions.csv (ref, date, cash_account, amount, category,
// counterparty, item, quantity, note), invoices.csv (ref, customer, amount,
// issued, due, status), employees.csv (ref, name, phone, email, position,
// salary, account_id) and payroll.csv (run, period, paid, employee, amount;
// one line per employee paid). Columns may come in any order; optional
// columns may be left out.
func ParseCSVDir(fsys fs.FS, dir string) (*Dataset, error) {
	d := &Dataset{}
	var ps problems
	var raw rawDates
	for _, file := range csvFiles {
		f, err := fsys.Open(path.Join(dir, file))
		if errors.Is(err, fs.ErrNotExist) && file != "business.csv" {
			continue
		} else if err != nil {
			return nil, fmt.Errorf("open %s: %w", file, err)
		}
		err = readCSV(file, f, &ps, func(r *csvRow) {
			switch file {
			case "business.csv":
				d.Business = Business{ID: r.int("id", true), Name: r.str("name", true), Currency: r.str("currency", false),
					TimeZone: r.str("time_zone", false), Pos: r.pos}
			case "accounts.csv":
				d.Accounts = append(d.Accounts, Account{ID: r.int("id", true), Name: r.str("name", true), Phone: r.str("phone", false),
					Email: r.str("email", false), Role: Role(r.str("role", true)), Pos: r.pos})
			case "cash_accounts.csv":
				d.CashAccounts = append(d.CashAccounts, CashAccount{Ref: r.str("ref", true), Label: r.str("label", true),
					OpeningBalance: r.int("opening_balance", false), Pos: r.pos})
			case "parties.csv":
				d.Parties = append(d.Parties, Party{Ref: r.str("ref", true), Kind: r.str("kind", true), Type: r.str("type", true),
					Name: r.str("name", true), Phone: r.str("phone", false), Email: r.str("email", false), Pos: r.pos})
			case "items.csv":
				d.Items = append(d.Items, Item{Ref: r.str("ref", true), Name: r.str("name", true), Unit: r.str("unit", false),
					Stock: r.int("stock", false), ReorderLevel: r.int("reorder_level", false), Price: r.int("price", false), Pos: r.pos})
			case "transactions.csv":
				d.Transactions = append(d.Transactions, Transaction{Ref: r.str("ref", true), CashAccount: r.str("cash_account", true),
					Amount: r.int("amount", true), Category: r.str("category", true), Counterparty: r.str("counterparty", false),
					Item: r.str("item", false), Quantity: r.int("quantity", false), Note: r.str("note", false), Pos: r.pos})
				raw.tx = append(raw.tx, r.str("date", true))
			case "invoices.csv":
				d.Invoices = append(d.Invoices, Invoice{Ref: r.str("ref", true), Customer: r.str("customer", true),
					Amount: r.int("amount", true), Status: r.str("status", true), Pos: r.pos})
				raw.issued = append(raw.issued, r.str("issued", false))
				raw.due = append(raw.due, r.str("due", true))
			case "employees.csv":
				d.Employees = append(d.Employees, Employee{Ref: r.str("ref", true), Name: r.str("name", true), Phone: r.str("phone", false),
					Email: r.str("email", false), Position: r.str("position", false), Salary: r.int("salary", false),
					AccountID: r.int("account_id", false), Pos: r.pos})
			case "payroll.csv":
				ref := r.str("run", true)
				line := PayrollLine{Employee: r.str("employee", true), Amount: r.int("amount", true), Pos: r.pos}
				n := len(d.PayrollRuns)
				if n > 0 && d.PayrollRuns[n-1].Ref == ref {
					d.PayrollRuns[n-1].Lines = append(d.PayrollRuns[n-1].Lines, line)
					return
				}
				d.PayrollRuns = append(d.PayrollRuns, PayrollRun{Ref: ref, Period: r.str("period", true), Lines: []PayrollLine{line}, Pos: r.pos})
				raw.paid = append(raw.paid, r.str("paid", true))
			}
		})
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	raw.apply(d, &ps)
	if err := ps.err(); err != nil {
		return nil, err
	}
	return d, nil
}

// csvRow reads one CSV record by column name, recording problems.
type csvRow struct {
	file   string
	pos    string
	header map[string]int
	rec    []string
	ps     *problems
}

func (r *csvRow) str(col string, required bool) string {
	i, ok := r.header[col]
	if !ok || i >= len(r.rec) {
		if required {
			r.ps.add(r.pos, "column %q is missing", col)
		}
		return ""
	}
	v := strings.TrimSpace(r.rec[i])
	if v == "" && required {
		r.ps.add(r.pos, "%s is empty", col)
	}
	return v
}

func (r *csvRow) int(col string, required bool) int64 {
	s := r.str(col, required)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		r.ps.add(r.pos, "%s %q is not a whole number (write rupiah without separators: 1250000)", col, s)
	}
	return n
}

func readCSV(file string, rd io.Reader, ps *problems, fn func(r *csvRow)) error {
	cr := csv.NewReader(io.LimitReader(rd, maxImportFile))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err == io.EOF {
		ps.add(file+":1", "file is empty (want a header row)")
		return nil
	} else if err != nil {
		return csvError(file, err)
	}
	header := map[string]int{}
	for i, h := range head {
		header[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return csvError(file, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		fn(&csvRow{file: file, pos: fmt.Sprintf("%s:%d", file, line), header: header, rec: rec, ps: ps})
	}
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ValidationError{Problems: []Problem{{fmt.Sprintf("%s:%d", file, pe.Line), "malformed CSV: " + pe.Err.Error()}}}
	}
	return fmt.Errorf("read %s: %w", file, err)
}
