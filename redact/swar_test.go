package redact

import (
	"math/rand/v2"
	"testing"
)

// TestNonLetter8 checks the eight-byte letter test against isLetter for
// every byte value in every position, next to random neighbours.
func TestNonLetter8(t *testing.T) {
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
				got := nonLetter8(w, w|0x20*lsb8)
				for k := range b {
					if nl := got>>(8*k)&0xff != 0; nl == isLetter(b[k]) {
						t.Fatalf("nonLetter8(% x) byte %d = %v, want %v", b, k, nl, !isLetter(b[k]))
					}
					if got>>(8*k)&0x7f != 0 {
						t.Fatalf("nonLetter8(% x) sets more than high bits", b)
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

// TestFindKeyword checks the packed keyword probe against kwTable for
// every keyword and word-set entry in several letter cases, alone at the
// end of a text (where no eight-byte load fits) and with text after it.
func TestFindKeyword(t *testing.T) {
	var words []string
	for _, sl := range kwTable {
		if sl.word != "" {
			words = append(words, sl.word, sl.word[:len(sl.word)-1], sl.word+"x")
		}
	}
	for _, w := range words {
		if w == "" || wordEnd(w, 0) != len(w) {
			continue // the word loop never sees "ipv4" or "kav." whole
		}
		for _, v := range []string{w, upperASCII(w), upperASCII(w[:1]) + w[1:]} {
			want, wantOK := lookupKeyword([]byte(w), kwHash(w))
			for _, tail := range []string{"", " ", " and more text"} {
				s := v + tail
				j, h, p := wordAt(s, 0)
				if j != len(v) || h != wordHash(w) {
					t.Fatalf("wordAt(%q) = %d, %#x; want %d, %#x", s, j, h, len(v), wordHash(w))
				}
				got, ok := findKeyword(s[:j], p, h)
				if ok != wantOK || got != want {
					t.Errorf("findKeyword(%q) = %v, %v; want %v, %v", s[:j], got, ok, want, wantOK)
				}
			}
		}
	}
}

// TestWordAt checks wordAt against a byte loop at every position of random
// texts of every short length, so that the end of the text falls at every
// offset of the eight-byte load.
func TestWordAt(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte("aZ z.9-\x80\xff@[`{AbcDEfghIJklmnOPqrstUVwxyz")
	for round := 0; round < 2000; round++ {
		b := make([]byte, rng.IntN(24))
		for k := range b {
			if rng.IntN(3) == 0 {
				b[k] = byte(rng.IntN(256))
			} else {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			}
		}
		s := string(b)
		for i := 0; i < len(s); i++ {
			if !isLetter(s[i]) {
				continue
			}
			e := wordEnd(s, i)
			lw := string(lowerWord(make([]byte, e-i), s, i, e))
			folded := (pack8(lw) | 0x20*lsb8) & lowMask(len(lw))
			j, h, p := wordAt(s, i)
			if j != e || h != wordHash(lw) || p != folded {
				t.Fatalf("wordAt(%q, %d) = %d, %#x, %#x; want %d, %#x, %#x", s, i, j, h, p, e, wordHash(lw), folded)
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
