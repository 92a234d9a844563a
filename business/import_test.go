package business_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jaga-id/jaga/business"
)

func TestParseCSVDir(t *testing.T) {
	d, err := business.ParseCSVDir(os.DirFS("testdata/csv"), ".")
	if err != nil {
		t.Fatal(err)
	}
	if err := business.Validate(d); err != nil {
		t.Fatal(err)
	}
	if d.Business.ID != 2002 || len(d.Accounts) != 2 || len(d.Transactions) != 4 || len(d.Invoices) != 2 || len(d.PayrollRuns) != 1 {
		t.Fatalf("parsed %+v", d)
	}
	wita := time.FixedZone("WITA", 8*3600)
	if got, want := d.Transactions[2].Date, time.Date(2026, 11, 3, 0, 0, 0, 0, wita); !got.Equal(want) {
		t.Errorf("date in WITA = %v, want %v", got, want)
	}
	if d.Transactions[2].Note != "beras 30 kg, titip" || d.Transactions[2].Amount != -400000 {
		t.Errorf("transaction 3 = %+v", d.Transactions[2])
	}
	if d.Transactions[1].Pos != "transactions.csv:3" {
		t.Errorf("position %q", d.Transactions[1].Pos)
	}

	// Stored on every backend, the CSV business answers like the raw data.
	forEachBackend(t, func(t *testing.T, st business.Store) {
		ctx := context.Background()
		now := time.Date(2026, 11, 5, 12, 0, 0, 0, wita)
		if err := business.Import(ctx, st, d, now); err != nil {
			t.Fatal(err)
		}
		s, err := business.Build(ctx, business.NewTableSource(st), 2002, business.RoleOwner, business.AllSections, now)
		if err != nil {
			t.Fatal(err)
		}
		if p := s.Periods[0]; p.Revenue != 800000 || p.Expenses != 400000 {
			t.Errorf("this month = %+v", p)
		}
		if s.CashTotal != 500000+2000000+750000+500000-400000+300000 {
			t.Errorf("cash total = %d", s.CashTotal)
		}
		if *s.Overdue != (business.OverdueInvoices{Count: 1, Sum: 300000, OldestDays: 21}) {
			t.Errorf("overdue = %+v", *s.Overdue)
		}
		if s.Recent[0].Counterparty != "[PERSON_1]" || s.Recent[1].Counterparty != "[ORG_1]" {
			t.Errorf("recent = %+v", s.Recent)
		}
		if role, _ := st.MemberRole(ctx, 2002, 7002); role != business.RoleStaff {
			t.Errorf("role = %q", role)
		}
	})
}

func TestJSONRoundTrip(t *testing.T) {
	d, err := business.Sample(refTimes[0])
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "kopi.json")
	if err := business.WriteJSONFile(path, d); err != nil {
		t.Fatal(err)
	}
	got, err := business.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	// Positions and the sample marker are not part of the file.
	clear := func(d *business.Dataset) {
		d.Business.Pos, d.Business.SampleAsOf = "", nil
		for i := range d.Accounts {
			d.Accounts[i].Pos = ""
		}
		for i := range d.CashAccounts {
			d.CashAccounts[i].Pos = ""
		}
		for i := range d.Parties {
			d.Parties[i].Pos = ""
		}
		for i := range d.Items {
			d.Items[i].Pos = ""
		}
		for i := range d.Transactions {
			d.Transactions[i].Pos = ""
			d.Transactions[i].Date = d.Transactions[i].Date.UTC()
		}
		for i := range d.Invoices {
			d.Invoices[i].Pos = ""
			d.Invoices[i].Issued, d.Invoices[i].Due = d.Invoices[i].Issued.UTC(), d.Invoices[i].Due.UTC()
		}
		for i := range d.Employees {
			d.Employees[i].Pos = ""
		}
		for i := range d.PayrollRuns {
			d.PayrollRuns[i].Pos = ""
			d.PayrollRuns[i].Paid = d.PayrollRuns[i].Paid.UTC()
		}
	}
	clear(d)
	clear(got)
	if !reflect.DeepEqual(d, got) {
		t.Error("sample changed through JSON")
	}
}

func TestImportProblems(t *testing.T) {
	base := map[string]string{
		"business.csv":      "id,name\n9,Toko\n",
		"cash_accounts.csv": "ref,label\nkas,Kas\n",
		"parties.csv":       "ref,kind,type,name\nc1,person,customer,Ani\n",
	}
	tests := []struct {
		name  string
		files map[string]string
		want  []string // each must appear in the error
	}{
		{"amount with separators", map[string]string{"transactions.csv": "ref,date,cash_account,amount,category\nt1,2026-11-01,kas,\"1.250.000\",Penjualan\n"},
			[]string{`transactions.csv:2: amount "1.250.000" is not a whole number`}},
		{"bad date", map[string]string{"transactions.csv": "ref,date,cash_account,amount,category\nt1,2026-11-01,kas,5,A\nt2,01/11/2026,kas,5,A\n"},
			[]string{`transactions.csv:3: date "01/11/2026" is not a date`}},
		{"unknown cash account and party", map[string]string{"transactions.csv": "ref,date,cash_account,amount,category,counterparty\nt1,2026-11-01,bank,5,A,c9\n"},
			[]string{`transactions.csv:2: transaction "t1": cash account "bank" is not in cash_accounts`, `counterparty "c9" is not in parties`}},
		{"duplicate ref", map[string]string{"transactions.csv": "ref,date,cash_account,amount,category\nt1,2026-11-01,kas,5,A\nt1,2026-11-02,kas,6,A\n"},
			[]string{`transactions.csv:3: transaction ref "t1" appears twice`}},
		{"missing column", map[string]string{"transactions.csv": "ref,date,amount,category\nt1,2026-11-01,5,A\n"},
			[]string{`transactions.csv:2: column "cash_account" is missing`}},
		{"bad role", map[string]string{"accounts.csv": "id,name,role\n1,Ani,boss\n"},
			[]string{`accounts.csv:2: account 1: role "boss" is not one of`}},
		{"bad invoice", map[string]string{"invoices.csv": "ref,customer,amount,issued,due,status\nI1,c1,100,2026-11-10,2026-11-01,late\n"},
			[]string{`invoices.csv:2: invoice "I1" is due before it was issued`, `status "late" is not unpaid, paid or void`}},
		{"bad payroll", map[string]string{"payroll.csv": "run,period,paid,employee,amount\nP1,2026-13,2026-11-25,e9,100\n"},
			[]string{`payroll.csv:2: payroll run "P1": period "2026-13" is not YYYY-MM`, `employee "e9" is not in employees`}},
		{"bad email", map[string]string{"parties.csv": "ref,kind,type,name,email\nc1,person,customer,Ani,ani-at-example\n"},
			[]string{`parties.csv:2: email is not an e-mail address`}},
		{"malformed csv", map[string]string{"items.csv": "ref,name\n\"x,y\n"},
			[]string{`items.csv:`, `malformed CSV`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range base {
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
			}
			for name, body := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
			}
			d, err := business.ParseCSVDir(fsys, ".")
			if err == nil {
				err = business.Validate(d)
			}
			var ve *business.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("error %v is not a ValidationError", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not say %q:\n%v", w, err)
				}
			}
			for _, personal := range []string{"Ani", "ani-at-example"} {
				if strings.Contains(err.Error(), personal) {
					t.Errorf("error quotes personal data %q:\n%v", personal, err)
				}
			}
		})
	}
}

func TestParseJSONProblems(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"syntax", "{\n\"business\": {\"id\": 1,\n\"name\": \"A\"\n", "x.json:"},
		{"type", "{\"business\": {\"id\": 1, \"name\": \"A\"},\n\"transactions\": [\n{\"ref\": \"t1\", \"amount\": \"12,5\"}]}", "x.json:3: amount: got a string, want a whole number"},
		{"element line", "{\"business\": {\"id\": 1, \"name\": \"A\"},\n\"cash_accounts\": [{\"ref\": \"k\", \"label\": \"K\"}],\n\"transactions\": [\n{\"ref\": \"t1\", \"date\": \"2026-11-01\", \"cash_account\": \"k\", \"amount\": 5, \"category\": \"A\"},\n  {\"ref\": \"t2\", \"date\": \"nope\", \"cash_account\": \"k\", \"amount\": 5, \"category\": \"A\"}]}", `x.json:5: date "nope" is not a date`},
		{"unknown field", "{\"business\": {\"id\": 1, \"name\": \"A\"},\n\"customers\": []}", `x.json:2: unknown field "customers"`},
		{"not an object", "[1]", "want a JSON object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := business.ParseJSON("x.json", strings.NewReader(tt.body))
			if err == nil {
				err = business.Validate(d)
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v; want it to say %q", err, tt.want)
			}
		})
	}
}

func TestRunImportCLI(t *testing.T) {
	forEachBackend(t, func(t *testing.T, st business.Store) {
		ctx := context.Background()
		var out bytes.Buffer
		if err := business.RunImportCLI(ctx, st, []string{"--dry-run", "testdata/csv"}, &out, refTimes[0]); err != nil {
			t.Fatal(err)
		}
		if bs, _ := st.ListBusinesses(ctx); len(bs) != 0 {
			t.Errorf("dry run imported %d businesses", len(bs))
		}
		if err := business.RunImportCLI(ctx, st, []string{"--sample", "testdata/csv"}, &out, refTimes[0]); err != nil {
			t.Fatal(err)
		}
		if bs, _ := st.ListBusinesses(ctx); len(bs) != 2 {
			t.Errorf("imported %d businesses, want 2", len(bs))
		}
		err := business.RunImportCLI(ctx, st, nil, &out, refTimes[0])
		if !business.IsUsage(err) {
			t.Errorf("no arguments: %v", err)
		}
		err = business.RunImportCLI(ctx, st, []string{"testdata/questions.tsv"}, &out, refTimes[0])
		if err == nil || !strings.Contains(err.Error(), "neither a .json file nor a directory") {
			t.Errorf("wrong file: %v", err)
		}
		t.Log(out.String())
	})
}

// FuzzParseJSON checks the JSON loader never panics and that whatever it
// accepts either validates or gives a ValidationError.
func FuzzParseJSON(f *testing.F) {
	b, err := business.MarshalDataset(mustSample(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b[:4000]))
	f.Add(`{"business": {"id": 1, "name": "A"}, "transactions": [{"ref": "t", "date": "2026-01-01"}]}`)
	f.Add(`{"business": 5}`)
	f.Fuzz(func(t *testing.T, body string) {
		d, err := business.ParseJSON("f.json", strings.NewReader(body))
		if err != nil {
			return
		}
		if err := business.Validate(d); err != nil {
			var ve *business.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate returned %T", err)
			}
		}
	})
}

func mustSample(t testing.TB) *business.Dataset {
	d, err := business.Sample(refTimes[0])
	if err != nil {
		t.Fatal(err)
	}
	return d
}
