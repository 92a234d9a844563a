package business_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/jaga-id/jaga/business"
)

type labelled struct {
	line     int
	want     []business.Section
	lang     string
	question string
}

func readQuestions(t testing.TB) []labelled {
	t.Helper()
	f, err := os.Open("testdata/questions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("questions.tsv:%d: want 3 tab-separated fields", n)
		}
		var want []business.Section
		if parts[0] != "-" {
			for _, s := range strings.Split(parts[0], ",") {
				sec := business.Section(s)
				if !sec.Valid() {
					t.Fatalf("questions.tsv:%d: unknown section %q", n, s)
				}
				want = append(want, sec)
			}
		}
		// Compare in render order.
		want = business.Cut(business.RoleOwner, want)
		out = append(out, labelled{n, want, parts[1], parts[2]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSelectSectionsAccuracy measures SelectSections on the labelled
// questions: a question counts as right only when the whole set of sections
// matches its label.
func TestSelectSectionsAccuracy(t *testing.T) {
	qs := readQuestions(t)
	if len(qs) < 200 {
		t.Fatalf("only %d labelled questions; want at least 200", len(qs))
	}
	right := 0
	perLang := map[string][2]int{}
	for _, q := range qs {
		got := business.SelectSections(q.question, q.lang)
		c := perLang[q.lang]
		c[1]++
		if slices.Equal(got, q.want) {
			right++
			c[0]++
		} else {
			t.Logf("questions.tsv:%d: %q: got %v, want %v", q.line, q.question, got, q.want)
		}
		perLang[q.lang] = c
	}
	acc := float64(right) / float64(len(qs))
	t.Logf("section selection accuracy: %d/%d = %.3f (id %d/%d, en %d/%d)", right, len(qs), acc,
		perLang["id"][0], perLang["id"][1], perLang["en"][0], perLang["en"][1])
	if acc < 0.95 {
		t.Errorf("accuracy %.3f below 0.95", acc)
	}
}

func TestSelectSectionsExamples(t *testing.T) {
	tests := []struct {
		q    string
		want []business.Section
	}{
		{"berapa kas saya bulan ini?", []business.Section{business.SectionCash}},
		{"omzet bulan lalu", []business.Section{business.SectionSummary}},
		{"invoice yg telat bayar", []business.Section{business.SectionInvoices}},
		{"stok apa yg mau habis", []business.Section{business.SectionInventory}},
		{"gaji karyawan total", []business.Section{business.SectionPayroll}},
		{"produk terlaris", []business.Section{business.SectionProducts}},
		{"halo", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := business.SelectSections(tt.q, "id"); !slices.Equal(got, tt.want) {
			t.Errorf("SelectSections(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// FuzzSelectSections checks SelectSections never panics and returns known
// sections in render order without duplicates.
func FuzzSelectSections(f *testing.F) {
	for _, q := range readQuestions(f) {
		f.Add(q.question)
	}
	f.Fuzz(func(t *testing.T, q string) {
		got := business.SelectSections(q, "id")
		if !slices.Equal(got, business.Cut(business.RoleOwner, got)) {
			t.Fatalf("SelectSections(%q) = %v: not in render order or has duplicates", q, got)
		}
	})
}

func BenchmarkSelectSections(b *testing.B) {
	qs := readQuestions(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		business.SelectSections(qs[i%len(qs)].question, qs[i%len(qs)].lang)
	}
}
