package redact

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRedact checks, for any input: no panic, valid UTF-8 out, redacting the
// output again changes nothing, no detected value survives, and entity
// offsets are consistent.
func FuzzRedact(f *testing.F) {
	for _, tc := range detectCases {
		f.Add(tc.in)
	}
	f.Add("\xff\xfe0812\xc334567890")
	f.Add(restoreOutput)
	for i, m := range loadCorpus(f) {
		if i%8 == 0 { // every kind, style and evasion of the corpus
			f.Add(m.Text)
		}
	}
	plain, dict := New(Options{}), corpusRedactor()
	f.Fuzz(func(t *testing.T, in string) {
		checkRedact(t, plain, in)
		checkRedact(t, dict, in) // with a business's names and their own rules
	})
}

// checkRedact is FuzzRedact's check of one input with one Redactor.
func checkRedact(t *testing.T, r *Redactor, in string) {
	v := NewVault()
	out, ents := r.Redact(in, v)
	if got := r.RedactText(in, NewVault()); got != out {
		t.Fatalf("RedactText %q, Redact %q", got, out)
	}
	if !utf8.ValidString(out) {
		t.Fatalf("invalid UTF-8 out: %q", out)
	}
	last := 0
	for _, e := range ents {
		if e.Start < last || e.End <= e.Start || e.End > len(in) || in[e.Start:e.End] != e.Value {
			t.Fatalf("bad entity %+v in %q", e, in)
		}
		last = e.End
		if len(e.Value) >= 6 && utf8.ValidString(e.Value) && strings.Contains(out, e.Value) && !strings.Contains(e.Placeholder, e.Value) {
			// The value may legitimately occur elsewhere in the input too.
			if strings.Count(in, e.Value) == 1 {
				t.Fatalf("value %q survives in %q", e.Value, out)
			}
		}
	}
	again, ents2 := r.Redact(out, v)
	if again != out {
		t.Fatalf("not idempotent:\n in  %q\n out %q\n out2 %q (%+v)", in, out, again, ents2)
	}
}

// FuzzRestorer checks that streaming restore equals whole-text restore for
// any text and any split point.
func FuzzRestorer(f *testing.F) {
	f.Add(restoreOutput, 5)
	f.Add("[PHONE_1][PHONE_10][PHONE_", 9)
	f.Fuzz(func(t *testing.T, text string, cut int) {
		v := restoreVault(t)
		if cut < 0 {
			cut = -cut
		}
		if len(text) > 0 {
			cut %= len(text) + 1
		} else {
			cut = 0
		}
		r := NewRestorer(v)
		got := r.Write(text[:cut]) + r.Write(text[cut:]) + r.Flush()
		if want := v.Restore(text); got != want {
			t.Fatalf("split %d of %q:\n got %q\nwant %q", cut, text, got, want)
		}
	})
}
