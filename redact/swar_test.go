package redact

import (
	"maps"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
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

// TestNonDigit8 checks nonDigit8 against isDigit for every byte value at
// every position: a byte past ASCII is no digit.
func TestNonDigit8(t *testing.T) {
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			b := [8]byte{'0', '1', '2', '3', '4', '5', '6', '7'}
			b[pos] = byte(c)
			got := nonDigit8(load8(string(b[:])))
			for k := range b {
				if nd := got>>(8*k)&0xff != 0; nd == isDigit(b[k]) {
					t.Fatalf("nonDigit8(% x) byte %d = %v, want %v", b, k, nd, !isDigit(b[k]))
				}
			}
			if got&^msb8 != 0 {
				t.Fatalf("nonDigit8(% x) sets more than high bits", b)
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

// TestFindKeyword checks the packed keyword probe against the keywords for
// every keyword and word-set entry in several letter cases, alone at the
// end of a text (where no eight-byte load fits) and with text after it.
func TestFindKeyword(t *testing.T) {
	var words []string
	for _, set := range append(slices.Collect(maps.Values(wordSets())), setOf(slices.Collect(maps.Keys(keywords))...)) {
		for w := range set {
			words = append(words, w, w[:len(w)-1], w+"x")
		}
	}
	for _, w := range words {
		if w == "" || wordEnd(w, 0) != len(w) {
			continue // the word loop never sees "ipv4" or "kav." whole
		}
		for _, v := range []string{w, upperASCII(w), upperASCII(w[:1]) + w[1:]} {
			want, wantOK := keywords[w]
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

// TestLookupToken checks the packed word table against the keyword map
// and the word sets: every word, a letter short, a letter long, in several
// letter cases, at the end of a text and inside one, and random tokens.
func TestLookupToken(t *testing.T) {
	want := func(lw string) (keyword, uint32) {
		var fl uint32
		for f, set := range wordSets() {
			if set[lw] {
				fl |= f
			}
		}
		return keywords[lw], fl
	}
	var words []string
	for _, set := range append(slices.Collect(maps.Values(wordSets())), setOf(slices.Collect(maps.Keys(keywords))...)) {
		for w := range set {
			for k := 0; k < len(w); k++ {
				if c := w[k]; c >= 0x80 || c&0x20 == 0 {
					t.Fatalf("word %q: byte %q breaks the folded comparison", w, c)
				}
			}
			words = append(words, w, w[:len(w)-1], w+"x", w+"xxxxxxxx")
		}
	}
	for w, k := range keywords {
		if k == (keyword{}) {
			t.Errorf("keyword %q has neither context nor trigger", w)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'-\xc3\xa9"
	for range 5000 {
		b := make([]byte, 1+rng.IntN(12))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if w == "" {
			continue
		}
		lw := string(lowerWord(make([]byte, len(w)), w, 0, len(w)))
		wantKW, wantFl := want(lw)
		for _, v := range []string{w, upperASCII(w), upperASCII(w[:1]) + w[1:]} {
			for _, text := range []string{v, "x " + v, v + " and more text", "ab" + v + "cd"} {
				i := strings.Index(text, v)
				fits, kw, fl := lookupToken(text, i, i+len(v))
				if fits != (len(v) <= wordBufLen) || fits && (kw != wantKW || fl != wantFl) {
					t.Fatalf("lookupToken(%q in %q) = %v, %v, %#x; want %v, %#x", v, text, fits, kw, fl, wantKW, wantFl)
				}
			}
		}
	}
}

func TestUpper8(t *testing.T) {
	for _, in := range []string{"abcdefgh", "ABCDEFGH", "a@[Z`{\x80\xc1", "\xff\xffAZ\xc0\xdaaz", "Budi San"} {
		m := upper8(load8(in))
		for k := 0; k < 8; k++ {
			want := in[k] >= 'A' && in[k] <= 'Z'
			if got := m>>(8*k+7)&1 == 1; got != want {
				t.Errorf("upper8(%q) byte %d = %v, want %v", in, k, got, want)
			}
		}
	}
}

// TestDigitWordByte checks that the switch spelled numbers are read with
// knows the same words as digitWords, whose words are keywords.
func TestDigitWordByte(t *testing.T) {
	for w, c := range digitWords {
		if d, ok := digitWordByte([]byte(w)); !ok || d != c {
			t.Errorf("digitWordByte(%q) = %q, %v; digitWords has %q", w, d, ok, c)
		}
	}
	for _, w := range []string{"nola", "satus", "tigaa", "delapa", "puluh", "belas", ""} {
		if _, ok := digitWordByte([]byte(w)); ok {
			t.Errorf("digitWordByte(%q) reads a digit", w)
		}
	}
}

// TestTableLoad keeps the word tables and the blooms sparse as their sets
// grow: wordTable at 89 % full took findEntry dozens of probes for a word
// it did not hold, and a bloom 8 % set sent as many plain words to word.
func TestTableLoad(t *testing.T) {
	for _, tb := range []struct {
		name  string
		table []wordEntry
	}{{"wordTable", wordTable[:]}, {"kwFast", kwFast[:]}} {
		n := 0
		for i := range tb.table {
			if tb.table[i].n != 0 {
				n++
			}
		}
		if load := float64(n) / float64(len(tb.table)); load > 0.5 {
			t.Errorf("%s holds %d words in %d slots (%.0f%%): double its size", tb.name, n, len(tb.table), 100*load)
		}
	}
	for _, bl := range []struct {
		name  string
		bloom *[1024]uint64
	}{{"keyBloom", &keyBloom}, {"kwBloom", &kwBloom}, {"startBloom", &startBloom}} {
		n := 0
		for _, w := range bl.bloom {
			n += bits.OnesCount64(w)
		}
		if set := float64(n) / float64(64*len(bl.bloom)); set > 0.075 {
			t.Errorf("%s has %.1f%% of its bits set: widen it", bl.name, 100*set)
		}
	}
}
