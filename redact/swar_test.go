package redact

import (
	"math/rand/v2"
	"testing"
)

// TestLower8 checks the eight-byte lowercasing against lowerASCII for every
// byte value in every position, next to random neighbours.
func TestLower8(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var b [8]byte
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for round := 0; round < 4; round++ {
				for k := range b {
					b[k] = byte(rng.IntN(256))
				}
				b[pos] = byte(c)
				w := load8(string(b[:]))
				got := lower8(w)
				for k := range b {
					if g := byte(got >> (8 * k)); g != lowerASCII(b[k]) {
						t.Fatalf("lower8(% x) byte %d = %#x, want %#x", b, k, g, lowerASCII(b[k]))
					}
					if up := upper8(w)>>(8*k)&0xff != 0; up != isUpper(b[k]) {
						t.Fatalf("upper8(% x) byte %d = %v, want %v", b, k, up, isUpper(b[k]))
					}
				}
			}
		}
	}
}

func TestPack8(t *testing.T) {
	for _, w := range []string{"", "a", "rp", "order", "abcdefgh", "abcdefghij"} {
		p := pack8(w)
		padded := w + "\x00\x00\x00\x00\x00\x00\x00\x00"
		if want := load8(padded); p != want {
			t.Errorf("pack8(%q) = %#x, want %#x", w, p, want)
		}
		if n := min(len(w), 8); p&lowMask(n) != p || (n < 8 && p>>(8*n) != 0) {
			t.Errorf("pack8(%q) = %#x has bytes past the word", w, p)
		}
	}
	if lowMask(0) != 0 || lowMask(1) != 0xff || lowMask(8) != ^uint64(0) {
		t.Error("lowMask")
	}
}

// TestProbeKeywordFold checks the packed probe against the plain one for
// every keyword and word-set entry in several letter cases, alone at the
// end of a text (where no eight-byte load fits) and with text after it.
func TestProbeKeywordFold(t *testing.T) {
	var words []string
	for _, sl := range kwTable {
		if sl.word != "" {
			words = append(words, sl.word, sl.word[:len(sl.word)-1], sl.word+"x")
		}
	}
	for _, w := range words {
		if w == "" {
			continue
		}
		for _, v := range []string{w, upperASCII(w), upperASCII(w[:1]) + w[1:]} {
			want, wantOK := lookupKeyword([]byte(w), kwHash(w))
			for _, tail := range []string{"", " ", " and more text"} {
				s := v + tail
				got, ok := probeKeywordFold(s, len(v), kwHash(w))
				if ok != wantOK || got != want {
					t.Errorf("probeKeywordFold(%q, %d) = %v, %v; want %v, %v", s, len(v), got, ok, want, wantOK)
				}
			}
		}
	}
}

func upperASCII(w string) string {
	b := []byte(w)
	for k, c := range b {
		if isLower(c) {
			b[k] = c - 'a' + 'A'
		}
	}
	return string(b)
}
