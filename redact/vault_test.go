package redact

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// refVault is the plainest Vault: a list of entries searched from the end,
// as the first Vault was written. The arena Vault must give the same
// placeholders, values and encodings.
type refVault struct {
	ents   []vaultEntryJSON
	counts map[Kind]int
}

func (r *refVault) placeholder(k Kind, value string) string {
	key := string(appendValueKey(nil, k, value))
	for i := len(r.ents) - 1; i >= 0; i-- {
		if e := r.ents[i]; e.Key == key {
			return makePlaceholder(e.Kind, e.N)
		}
	}
	r.counts[k]++
	r.ents = append(r.ents, vaultEntryJSON{Kind: k, N: r.counts[k], Key: key, Value: value})
	return makePlaceholder(k, r.counts[k])
}

func (r *refVault) lookup(ph string) (string, bool) {
	for _, e := range r.ents {
		if makePlaceholder(e.Kind, e.N) == ph {
			return e.Value, true
		}
	}
	return "", false
}

func (r *refVault) encoding() []byte {
	b, err := json.Marshal(vaultJSON{Version: 1, Entries: r.ents})
	if err != nil {
		panic(err)
	}
	return b
}

// TestVaultAgainstReference drives the Vault and refVault with the same
// values, spelled many ways, over small and large vaults, with encoding
// round trips (also of encodings the Vault did not make: duplicate keys,
// unknown kinds, sparse numbers) along the way.
func TestVaultAgainstReference(t *testing.T) {
	t.Parallel()
	kinds := append([]Kind{"X", "PHONE_X", "phone"}, Kinds...)
	largest := 0
	for seed := int64(1); seed <= 12; seed++ {
		rng := rand.New(rand.NewSource(seed))
		values := func() string {
			switch rng.Intn(6) {
			case 0:
				return fmt.Sprintf("0812-3456-%04d", rng.Intn(60))
			case 1:
				return fmt.Sprintf("+62 812 3456 %04d", rng.Intn(60))
			case 2:
				return []string{"Budi Santoso", "budi  santoso", "BUDI SANTOSO", "Siti", "siti", "Jl. Mawar 3"}[rng.Intn(6)]
			case 3:
				return []string{"budi@gmail.com", "Budi [at] Gmail [dot] com", "x@y.id", "ｘ@y.id", "0812\u200b3456"}[rng.Intn(5)]
			case 4:
				return fmt.Sprint(rng.Intn(1000))
			}
			b := make([]byte, rng.Intn(6))
			for i := range b {
				b[i] = "aA0 -\xff"[rng.Intn(6)]
			}
			return string(b)
		}
		v, ref := NewVault(), &refVault{counts: map[Kind]int{}}
		steps := 50 + rng.Intn(400)
		for step := 0; step < steps; step++ {
			k := kinds[rng.Intn(len(kinds))]
			if rng.Intn(3) > 0 {
				k = kinds[3+rng.Intn(5)] // mostly a few kinds, so they come back
			}
			val := values()
			if got, want := v.placeholder(k, val), ref.placeholder(k, val); got != want {
				t.Fatalf("seed %d step %d: placeholder(%s, %q) = %s, want %s", seed, step, k, val, got, want)
			}
			if rng.Intn(40) == 0 {
				data, err := v.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				if want := ref.encoding(); string(data) != string(want) {
					t.Fatalf("seed %d step %d: encoding\n got %s\nwant %s", seed, step, data, want)
				}
				if rng.Intn(2) == 0 {
					// An encoding the Vault did not make: duplicate keys,
					// a kind it does not know, a number past the counts.
					extra := vaultEntryJSON{Kind: kinds[rng.Intn(len(kinds))], N: 1 + rng.Intn(80), Key: string(appendValueKey(nil, Phone, values())), Value: values()}
					dupPH := false
					for _, e := range ref.ents {
						dupPH = dupPH || e.Kind == extra.Kind && e.N == extra.N
					}
					if !dupPH {
						ref.ents = append(ref.ents, extra)
						ref.counts[extra.Kind] = max(ref.counts[extra.Kind], extra.N)
					}
					data = ref.encoding()
				}
				var vj vaultJSON // the reference sees what the encoding kept (JSON mends invalid UTF-8)
				if err := json.Unmarshal(data, &vj); err != nil {
					t.Fatal(err)
				}
				ref.ents = vj.Entries
				nv := new(Vault)
				if err := nv.UnmarshalBinary(data); err != nil {
					t.Fatalf("seed %d step %d: %v", seed, step, err)
				}
				v = nv
			}
			if rng.Intn(10) == 0 {
				for _, e := range ref.ents {
					ph := makePlaceholder(e.Kind, e.N)
					if got, ok := v.Lookup(ph); !ok || got != e.Value {
						t.Fatalf("seed %d step %d: Lookup(%s) = %q, %v, want %q", seed, step, ph, got, ok, e.Value)
					}
				}
				for _, ph := range []string{"[PHONE_0]", "[PHONE_01]", "[PHONE_999]", "[_1]", "[PHONE_1", "PHONE_1]", "[]", "[PHONE_99999999999999999999]", "[X_1_1]", "[phone_1]", "[PHONE_X_1]"} {
					got, ok := v.Lookup(ph)
					want, wok := ref.lookup(ph)
					if got != want || ok != wok {
						t.Fatalf("seed %d step %d: Lookup(%s) = %q, %v, want %q, %v", seed, step, ph, got, ok, want, wok)
					}
				}
			}
		}
		largest = max(largest, v.Len())
		if v.Len() != len(ref.ents) {
			t.Fatalf("seed %d: Len = %d, want %d", seed, v.Len(), len(ref.ents))
		}
		data, _ := v.MarshalBinary()
		if want := ref.encoding(); string(data) != string(want) {
			t.Fatalf("seed %d: final encoding\n got %s\nwant %s", seed, data, want)
		}
	}
	if largest <= 2*smallVault {
		t.Errorf("the largest vault has %d entries: no test of the indexes", largest)
	}
}

// TestVaultDecodeErrors checks that a bad encoding is refused and leaves
// the Vault as it was.
func TestVaultDecodeErrors(t *testing.T) {
	t.Parallel()
	big := func(dupAt int) string {
		var es []string
		for i := 1; i <= 40; i++ {
			n := i
			if i == dupAt {
				n = 3
			}
			es = append(es, fmt.Sprintf(`{"kind":"NIK","n":%d,"key":"k%d","value":"v%d"}`, n, i, i))
		}
		return `{"version":1,"entries":[` + strings.Join(es, ",") + `]}`
	}
	for _, enc := range []string{
		`{"version":2,"entries":[]}`, `{"version":1,"entries":[{"kind":"","n":1}]}`, `{"version":1,"entries":[{"kind":"NIK","n":0}]}`,
		`{"version":1,"entries":[{"kind":"NIK","n":1},{"kind":"NIK","n":1}]}`, big(40), `[`,
	} {
		v := NewVault()
		v.placeholder(Phone, "0812-3456-7890")
		before, _ := v.MarshalBinary()
		if err := v.UnmarshalBinary([]byte(enc)); err == nil {
			t.Errorf("decoded %s", enc)
		}
		if after, _ := v.MarshalBinary(); string(after) != string(before) {
			t.Errorf("a refused %s changed the vault to %s", enc, after)
		}
	}
	v := NewVault()
	if err := v.UnmarshalBinary([]byte(big(0))); err != nil {
		t.Fatal(err)
	}
	if got, ok := v.Lookup("[NIK_40]"); !ok || got != "v40" {
		t.Errorf("Lookup([NIK_40]) = %q, %v", got, ok)
	}
	if got := v.placeholder(NIK, "1"); got != "[NIK_41]" {
		t.Errorf("next NIK = %s", got)
	}
}

// TestKindID checks that every Kind has its own slot.
func TestKindID(t *testing.T) {
	if len(Kinds) != numKinds {
		t.Fatalf("numKinds = %d, len(Kinds) = %d", numKinds, len(Kinds))
	}
	for i, k := range Kinds {
		if id, ok := kindID(k); !ok || id != i {
			t.Errorf("kindID(%s) = %d, %v", k, id, ok)
		}
	}
	for _, k := range []Kind{"", "X", "PHONEX", "phone", "NI", "NIK_"} {
		if _, ok := kindID(k); ok {
			t.Errorf("kindID(%q) found", k)
		}
	}
}

// refValueKey is appendValueKey as first written: normalize any value
// that is not ASCII, then one loop per kind.
func refValueKey(k Kind, value string) string {
	if !isASCII(value) {
		value = normalize(value).s
	}
	var dst []byte
	dst = append(dst, k...)
	dst = append(dst, 0)
	switch k {
	case NIK, KK, NPWP, NITKU, Card, BankAccount, VA, BPJS, Phone:
		var d []byte
		for i := 0; i < len(value); i++ {
			if isDigit(value[i]) {
				d = append(d, value[i])
			}
		}
		if k == Phone {
			d = nationalDigits(d)
		}
		return string(append(dst, d...))
	case Email:
		return string(append(dst, emailKeyReplacer.Replace(strings.ToLower(value))...))
	case Secret, IP, Passport, QRIS:
		for i := 0; i < len(value); i++ {
			if c := value[i]; !isBlank(c) {
				dst = append(dst, c)
			}
		}
		return string(dst)
	}
	return string(append(dst, strings.Join(strings.Fields(strings.ToLower(value)), " ")...))
}

// TestValueKey checks appendValueKey, with its ASCII loops, against
// refValueKey for every kind.
func TestValueKey(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewSource(3))
	const chars = "0123456789 -+.aBcZ@[](){}\t\n\r"
	for i := 0; i < 20000; i++ {
		b := make([]byte, rng.Intn(30))
		for j := range b {
			b[j] = chars[rng.Intn(len(chars))]
		}
		v := string(b)
		switch rng.Intn(8) {
		case 0:
			v += "０８１２" // full-width digits
		case 1:
			v = "\u200b" + v // zero width
		case 2:
			v += "é"
		case 3:
			v = " at " + v + " dot com"
		}
		for _, k := range append([]Kind{"X"}, Kinds...) {
			got := string(appendValueKey([]byte("prefix"), k, v))
			want := "prefix" + refValueKey(k, v)
			if got != want {
				t.Fatalf("appendValueKey(%s, %q) = %q, want %q", k, v, got, want)
			}
		}
	}
}

// TestSketchBytes checks that a key decoded as a string sketches as the
// same key built in bytes.
func TestSketchBytes(t *testing.T) {
	for _, k := range []string{"", "a", "PHONE\x00812", "PHONE\x0081234567890", "12345678", "1234567"} {
		if a, b := sketch(k, 0), sketchBytes([]byte(k)); a != b || a >= 128 {
			t.Errorf("sketch(%q) = %d, sketchBytes = %d", k, a, b)
		}
	}
}

// TestTypedPlaceholdersKeepTheirNumbers checks that a value new to the
// Vault is not given a placeholder the text already shows for something
// else, and that Restore leaves the typed one alone.
func TestTypedPlaceholdersKeepTheirNumbers(t *testing.T) {
	r := New(Options{})
	v := NewVault()
	out := r.RedactText("[PHONE_1] atau 081298765432, NIK [NIK_3] dan NIK 3174051208900001", v)
	want := "[PHONE_1] atau [PHONE_2], NIK [NIK_3] dan NIK [NIK_4]"
	if out != want {
		t.Fatalf("RedactText = %q, want %q", out, want)
	}
	if got := v.Restore(out); got != "[PHONE_1] atau 081298765432, NIK [NIK_3] dan NIK 3174051208900001" {
		t.Errorf("Restore = %q", got)
	}
	if again := r.RedactText(out, v); again != out {
		t.Errorf("again = %q", again)
	}
}

// TestVaultFindsNamesAgain: a name said in an earlier message of the
// conversation is found again where nothing else would find it, in the
// same letter case and on its own, and the Vault decoded from an encoding
// does the same.
func TestVaultFindsNamesAgain(t *testing.T) {
	t.Parallel()
	r := New(Options{})
	v := NewVault()
	if got := r.RedactText("ini ibunya Margaretha kelas 3B", v); got != "ini ibunya [PERSON_1] kelas 3B" {
		t.Fatalf("first message: %q", got)
	}
	data, err := v.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	v2 := NewVault()
	if err := v2.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	for _, vv := range []*Vault{v, v2} {
		for _, tc := range []struct{ in, want string }{
			{"Margaretha kelas 3B nanti pulang jam 12", "[PERSON_1] kelas 3B nanti pulang jam 12"},
			{"Margaretha Bakery buka jam 8", "Margaretha Bakery buka jam 8"},
			{"MARGARETHA dan margaretha", "MARGARETHA dan margaretha"},
			{"Margarethana datang", "Margarethana datang"},
		} {
			if got := r.RedactText(tc.in, vv); got != tc.want {
				t.Errorf("RedactText(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := r.RedactText(tc.in, nil); got != tc.in {
				t.Errorf("RedactText(%q) without the Vault = %q", tc.in, got)
			}
		}
	}
}

// TestNameHint: the hint of a Vault mentions a text that says one of its
// names again, and the empty hint none.
func TestNameHint(t *testing.T) {
	t.Parallel()
	r := New(Options{})
	v := NewVault()
	if (NameHint{}).Mentions("Alya hari ini izin") || v.NameHint().Mentions("Alya hari ini izin") {
		t.Fatal("an empty hint mentions a name")
	}
	r.RedactText("ini ibunya Alya kelas 3B", v)
	h := v.NameHint()
	if !h.Mentions("besok Alya izin") || !h.Mentions("Alya") {
		t.Error("the hint does not mention Alya")
	}
	if h.Mentions("stok kopi ada kak?") {
		t.Error("the hint mentions a text with no capitalised word")
	}
}
