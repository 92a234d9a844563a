package redact

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// refNormalize is normalize as first written, with an offset for every
// byte: offs[i] is the original offset of normalized byte i.
func refNormalize(text string) (string, []int) {
	var b strings.Builder
	var offs []int
	prevInvalid := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			if !prevInvalid {
				b.WriteString("\uFFFD")
				offs = append(offs, i, i, i)
			}
			prevInvalid = true
			i++
			continue
		}
		prevInvalid = false
		if rb, drop, ok := foldRune(r); ok {
			if !drop {
				b.WriteByte(rb)
				offs = append(offs, i)
			}
			i += size
			continue
		}
		b.WriteString(text[i : i+size])
		for k := range size {
			offs = append(offs, i+k)
		}
		i += size
	}
	return b.String(), append(offs, len(text))
}

// TestNormalizeOffsets checks the normalized text and every offset's
// mapping back against refNormalize.
func TestNormalizeOffsets(t *testing.T) {
	long := strings.Repeat("Nomor saya ", 20)
	for _, in := range []string{
		"", "plain ascii", "emoji 🙏 only, no fold", "０８１２-３４５６-７８９０",
		"0812\u200b3456\u200b7890", "\u200b", "x\u200b", "\u200bx", "a\u00a0b",
		"\xff", "\xff\xfe0812\xc334567890", "ab\xff\xff\xffcd\xff", "\xffx\xfe",
		"café ０８１２ 🙏\u200d\xe2\x80", long + "\uff10" + long + "\u2013" + long,
		"٠٨١٢٣٤٥٦٧٨٩٠", "𝟎𝟖𝟏𝟐", "a\u200b\u200b\u200bb", "Rp\u00a01.250.000\u2013\u00ad",
		"Étienne Lefèvre, Lindenstraße 42 × 3 ÷ Þ Łódź Œuvre ſ",
	} {
		want, offs := refNormalize(in)
		n := normalize(in)
		if n.s != want {
			t.Errorf("normalize(%q) = %q, want %q", in, n.s, want)
			continue
		}
		if n.invalid == utf8.ValidString(in) {
			t.Errorf("normalize(%q).invalid = %v", in, n.invalid)
		}
		k := 0
		for i := range len(n.s) + 1 {
			if got, fresh := n.orig(i, &k), n.orig(i, new(int)); got != offs[i] || fresh != offs[i] {
				t.Errorf("normalize(%q): orig(%d) = %d, want %d", in, i, got, offs[i])
				break
			}
		}
	}
}

// FuzzNormalize is TestNormalizeOffsets for any input.
func FuzzNormalize(f *testing.F) {
	f.Add("\xff\xfe0812\xc334567890")
	f.Add("０８１２\u200b3456")
	f.Fuzz(func(t *testing.T, in string) {
		want, offs := refNormalize(in)
		n := normalize(in)
		if n.s != want {
			t.Fatalf("normalize(%q) = %q, want %q", in, n.s, want)
		}
		k := 0
		for i := range len(n.s) + 1 {
			if got, fresh := n.orig(i, &k), n.orig(i, new(int)); got != offs[i] || fresh != offs[i] {
				t.Fatalf("normalize(%q): orig(%d) = %d, want %d", in, i, got, offs[i])
			}
		}
	})
}
