package assistant_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga/assistant"
	"github.com/jaga-id/jaga/assistant/gemini"
	"github.com/jaga-id/jaga/assistant/gemini/geminitest"
	"github.com/jaga-id/jaga/assistant/offline"
	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/redact"
)

// person is synthetic personal data.
type person struct {
	name, phone, email, nik, account, address string
	handle, nip, foreign, wallet, mother      string
}

var (
	givenNames = []string{"Budi", "Siti", "Agus", "Dewi", "Rina", "Joko", "Wahyu", "Lestari", "Andi", "Putri", "Hendra", "Yuliana"}
	familyName = []string{"Santoso", "Wijaya", "Saputra", "Kurniawan", "Hartono", "Susanti", "Pratama", "Halim", "Gunawan"}
	streets    = []string{"Jl. Melati", "Jl. Kenanga", "Gg. Mawar", "Jl. Sudirman", "Jl. Diponegoro"}
)

func people(rng *rand.Rand, n int) []person {
	var out []person
	for i := range n {
		g, f := givenNames[rng.IntN(len(givenNames))], familyName[rng.IntN(len(familyName))]
		out = append(out, person{
			name:    g + " " + f,
			phone:   fmt.Sprintf("0812%04d%04d", rng.IntN(10000), 1000+i),
			email:   fmt.Sprintf("%s.%s%d@contoh.co.id", strings.ToLower(g), strings.ToLower(f), i),
			nik:     fmt.Sprintf("3171%02d1708%02d%04d", 1+rng.IntN(9), 50+rng.IntN(40), 1+rng.IntN(9000)),
			account: fmt.Sprintf("%010d", 1000000000+rng.IntN(899999999)),
			address: fmt.Sprintf("%s No. %d RT 0%d/RW 0%d, Kel. Cempaka, Kec. Kemayoran", streets[rng.IntN(len(streets))], 1+rng.IntN(99), 1+rng.IntN(9), 1+rng.IntN(9)),
			handle:  fmt.Sprintf("%s.%s%d", strings.ToLower(g), strings.ToLower(f), i),
			nip:     fmt.Sprintf("19%02d%02d%02d20%02d%02d1%03d", 60+rng.IntN(40), 1+rng.IntN(12), 1+rng.IntN(28), 10+rng.IntN(15), 1+rng.IntN(12), i),
			foreign: fmt.Sprintf("+44 7700 %06d", 100000+rng.IntN(800000)),
			wallet:  fmt.Sprintf("0x%016x%016x%08x", rng.Uint64(), rng.Uint64(), rng.Uint32()),
			mother:  givenNames[rng.IntN(len(givenNames))] + " " + familyName[rng.IntN(len(familyName))],
		})
	}
	return out
}

// placeholderRE matches a placeholder.
var placeholderRE = regexp.MustCompile(`\[[A-Z_]+_[0-9]+\]`)

// formatPhone writes a phone the ways people do.
func formatPhone(rng *rand.Rand, p string) string {
	switch rng.IntN(4) {
	case 0:
		return p
	case 1:
		return p[:4] + "-" + p[4:8] + "-" + p[8:]
	case 2:
		return "+62 " + p[1:4] + " " + p[4:8] + " " + p[8:]
	}
	return "62" + p[1:]
}

// TestNothingPersonalReachesTheModel feeds 600 turns full of personal data
// — in questions, in history and in the business's own customer list —
// through the real turn code against the fake Gemini, decodes every request
// the fake received, and looks for each value.
func TestNothingPersonalReachesTheModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	customers := people(rng, 40) // the business's data: its customers
	strangers := people(rng, 40) // people who write in
	dict := redact.NewDictionary()
	for _, c := range customers {
		dict.Add(redact.Person, c.name)
		dict.Add(redact.Phone, c.phone)
		dict.Add(redact.Email, c.email)
	}
	r := redact.New(redact.Options{Dictionary: dict})

	fake := geminitest.NewServer(t)
	t.Setenv("GEMINI_API_KEY", geminitest.APIKey)
	t.Setenv("GOOGLE_GEMINI_BASE_URL", fake.URL)
	fake.SetResponder(func(req geminitest.Request) []string {
		return []string{"Baik, saya catat untuk [PERSON_1]", " dan [PHONE_1]."}
	})
	model, err := gemini.New(context.Background(), gemini.Config{APIKey: geminitest.APIKey, BaseURL: fake.URL})
	if err != nil {
		t.Fatal(err)
	}
	snap := &business.Snapshot{BusinessName: "Kopi Senja", AsOf: time.Now(), Sections: business.AllSections, CashTotal: 12_000_000,
		Cash:   []business.CashBalance{{Account: "Kas toko", Balance: 12_000_000}},
		Recent: []business.RecentTransaction{{Date: time.Now(), Amount: 450_000, Category: "Penjualan", Counterparty: "[PERSON_1]"}}}
	src := &business.StaticSource{Full: snap, Roles: map[int64]business.Role{1: business.RoleOwner}}
	a := assistant.New(assistant.Config{Model: model, Offline: offline.Answer, Redactor: r, Source: src, RatePerMinute: 1 << 20})

	templates := []string{
		"Halo kak, saya %[1]s, nomor HP saya %[2]s, tolong cek pesanan saya ya",
		"Tolong kirim invoice ke email %[3]s, atas nama %[1]s",
		"NIK saya %[4]s, mau daftar member",
		"Transfer ke rek BCA %[5]s a.n. %[1]s sudah ya min",
		"Alamat pengiriman: %[6]s, penerima %[1]s, hp %[2]s",
		"my name is %[1]s, call me at %[2]s or mail %[3]s",
		"pelanggan %[7]s komplain, nomornya %[8]s, tolong follow up",
		"berapa kas saya? btw %[7]s (%[9]s) belum bayar",
		"ig aku %[10]s kak, NIP saya %[11]s, istri saya %[1]s",
		"my wife %[1]s will pick it up, her UK number is %[12]s",
		"refund ke wallet %[13]s ya min, verifikasi ibu kandung: %[14]s",
	}
	var values []string
	var history []assistant.HistoryItem
	v := redact.NewVault()
	const turns = 600
	for i := range turns {
		s := strangers[i%len(strangers)]
		c := customers[rng.IntN(len(customers))]
		name := c.name
		if rng.IntN(2) == 0 {
			name = strings.ToLower(name) // the dictionary matches any case
		}
		q := fmt.Sprintf(templates[i%len(templates)], s.name, formatPhone(rng, s.phone), s.email, s.nik, s.account, s.address,
			name, formatPhone(rng, c.phone), c.email, s.handle, s.nip, s.foreign, s.wallet, s.mother)
		values = append(values, s.phone, s.email, s.nik, s.account, c.phone, c.email, s.handle, s.nip, s.foreign, s.wallet)
		if i%len(templates) == 10 {
			values = append(values, s.mother)
		}
		if i%len(templates) != 6 && i%len(templates) != 7 {
			values = append(values, s.name)
		} else {
			values = append(values, c.name)
		}
		redacted, _ := r.Redact(q, v)
		in := assistant.Input{Question: redacted, History: history, Vault: v, SubjectID: int64(1 + i%10), Channel: "whatsapp", Lang: "id"}
		if i%3 == 0 {
			in.BusinessID, in.AccountID = 1, 1
		}
		res, err := a.Turn(context.Background(), in, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.ModelCalled && strings.Contains(res.Redacted, "0812") {
			t.Fatalf("turn %d: redacted answer holds a number", i)
		}
		history = append(history, assistant.HistoryItem{FromUser: true, Text: redacted, Tokens: assistant.CountTokens(redacted)})
		history = append(history, assistant.HistoryItem{Text: res.Redacted, Tokens: assistant.CountTokens(res.Redacted)})
		if len(history) > 30 {
			history = history[len(history)-30:]
		}
	}
	reqs := fake.Requests()
	if len(reqs) < turns*9/10 {
		t.Fatalf("only %d of %d turns reached the model (blocked: too many)", len(reqs), turns)
	}
	digitsOnly := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for k, req := range reqs {
		all := req.AllText()
		lower := strings.ToLower(all)
		// The numbers of placeholders run together would look like a
		// value's digits: "[PERSON_16] [GOVID_11]…".
		digits := digitsOnly(placeholderRE.ReplaceAllString(all, " "))
		for _, val := range values {
			if strings.Contains(lower, strings.ToLower(val)) {
				t.Fatalf("request %d holds %q", k, val)
			}
			if d := digitsOnly(val); len(d) >= 8 && strings.Contains(digits, d[len(d)-8:]) {
				t.Fatalf("request %d holds the digits of %q", k, val)
			}
		}
	}
	t.Logf("%d turns, %d model requests decoded, %d personal values searched: none found", turns, len(reqs), len(values))
}
