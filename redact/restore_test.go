package redact

import (
	"strings"
	"testing"
)

// restoreVault returns a Vault with twelve phones, so [PHONE_1] and
// [PHONE_10]…[PHONE_12] share a prefix, plus a name and an e-mail.
func restoreVault(t testing.TB) *Vault {
	t.Helper()
	r := New(Options{})
	v := NewVault()
	var b strings.Builder
	for i := 0; i < 12; i++ {
		b.WriteString("hp 0812-3456-78")
		b.WriteString(string(rune('1'+i/10)) + string(rune('0'+i%10)))
		b.WriteString(", ")
	}
	b.WriteString("Pak Budi Santoso, email budi@example.co.id")
	r.Redact(b.String(), v)
	if v.Len() != 14 {
		t.Fatalf("vault has %d entries, want 14", v.Len())
	}
	return v
}

const restoreOutput = "Halo [PERSON_1], nomor [PHONE_1] dan [PHONE_10] serta [PHONE_12] terdaftar; " +
	"[PHONE_99] dan [NIK_1] tidak dikenal, [EMAIL_1] aktif. Array[0] dan [PHONE_ tetap. [PHONE_1"

func TestRestoreStreamingEverySplit(t *testing.T) {
	t.Parallel()
	v := restoreVault(t)
	want := v.Restore(restoreOutput)
	for _, must := range []string{"Budi Santoso", "0812-3456-7810", "0812-3456-7819", "0812-3456-7821", "[PHONE_99]", "[NIK_1]", "budi@example.co.id", "[PHONE_ tetap", "Array[0]"} {
		if !strings.Contains(want, must) {
			t.Fatalf("Restore lost %q: %q", must, want)
		}
	}
	// Split the output in two at every byte, and in three at every pair.
	for i := 0; i <= len(restoreOutput); i++ {
		r := NewRestorer(v)
		got := r.Write(restoreOutput[:i]) + r.Write(restoreOutput[i:]) + r.Flush()
		if got != want {
			t.Fatalf("split at %d:\n got %q\nwant %q", i, got, want)
		}
	}
	for i := 0; i <= len(restoreOutput); i += 3 {
		for j := i; j <= len(restoreOutput); j += 2 {
			r := NewRestorer(v)
			got := r.Write(restoreOutput[:i]) + r.Write(restoreOutput[i:j]) + r.Write(restoreOutput[j:]) + r.Flush()
			if got != want {
				t.Fatalf("split at %d,%d:\n got %q\nwant %q", i, j, got, want)
			}
		}
	}
	// Byte by byte: a placeholder must never leak half-restored.
	r := NewRestorer(v)
	var b strings.Builder
	for i := 0; i < len(restoreOutput); i++ {
		out := r.Write(restoreOutput[i : i+1])
		if strings.Contains(out, "[PHONE_1") && !strings.Contains(want, "[PHONE_1") {
			t.Fatalf("leaked a placeholder fragment %q", out)
		}
		b.WriteString(out)
	}
	b.WriteString(r.Flush())
	if b.String() != want {
		t.Fatalf("byte by byte:\n got %q\nwant %q", b.String(), want)
	}
}

func TestRestoreOtherConversation(t *testing.T) {
	t.Parallel()
	r := New(Options{})
	a, b := NewVault(), NewVault()
	r.Redact("hp 0812-3456-7890", a)
	r.Redact("hp 0899-0000-1111", b)
	if got := b.Restore("nomor [PHONE_1]"); got != "nomor 0899-0000-1111" {
		t.Errorf("b.Restore = %q", got)
	}
	if got := NewVault().Restore("nomor [PHONE_1]"); got != "nomor [PHONE_1]" {
		t.Errorf("empty vault restored %q", got)
	}
}
