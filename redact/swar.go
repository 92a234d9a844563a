package redact

import "math/bits"

// Eight bytes at a time ("SWAR", SIMD within a register): the word loop
// loads the first eight bytes of a word at once, finds where its letters
// end with a few arithmetic operations, and hashes the word from those
// bytes, case-folded, with one multiplication, instead of a table lookup,
// a compare, a branch and a multiplication per letter. The keyword probe
// then compares the folded bytes with a keyword packed the same way in one
// instruction.

const (
	lsb8 = 0x0101010101010101 // the low bit of every byte
	msb8 = 0x8080808080808080 // the high bit of every byte
)

// load8 returns the first eight bytes of t as a little-endian word. The
// shifted ORs are the form the compiler merges into one 8-byte load.
func load8(t string) uint64 {
	_ = t[7]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// pack8 returns the first (up to) eight bytes of w as load8 reads them,
// the bytes past the end of w zero.
func pack8(w string) uint64 {
	var p uint64
	for k := 0; k < 8 && k < len(w); k++ {
		p |= uint64(w[k]) << (8 * k)
	}
	return p
}

// lowMask returns a mask of the low n bytes of a word, 0 <= n <= 8.
func lowMask(n int) uint64 {
	if n >= 8 {
		return ^uint64(0)
	}
	return 1<<(8*uint(n)) - 1
}

// nonLetter8 sets the high bit of each byte of w that is not a letter
// (isLetter: 'A'..'Z', 'a'..'z' or any byte of a multi-byte character) and
// clears every other bit. f is w with bit 5 of every byte set, which folds
// capitals onto small letters, so one range test per byte covers both.
// upper8 returns the high bit of every byte of w that is an ASCII capital.
func upper8(w uint64) uint64 {
	x := w &^ msb8
	ge := x + (0x80-'A')*lsb8   // high bit set where x >= 'A'
	gt := x + (0x80-'Z'-1)*lsb8 // high bit set where x > 'Z'
	return (ge &^ gt) &^ w & msb8
}

func nonLetter8(w, f uint64) uint64 {
	x := f &^ msb8
	ge := x + (0x80-'a')*lsb8   // high bit set where x >= 'a'
	gt := x + (0x80-'z'-1)*lsb8 // high bit set where x > 'z'
	return ^((ge &^ gt) | w) & msb8
}

// nonDigit8 sets the high bit of each byte of w that is not an ASCII
// digit and clears every other bit, as nonLetter8 does for letters. A byte
// past ASCII is no digit (where nonLetter8 counts it as a letter).
func nonDigit8(w uint64) uint64 {
	x := w &^ msb8
	ge := x + (0x80-'0')*lsb8   // high bit set where x >= '0'
	gt := x + (0x80-'9'-1)*lsb8 // high bit set where x > '9'
	return ^(ge &^ gt &^ w) & msb8
}

// wordAt finds the end j of the run of letters starting at s[i], which
// must be a letter, and returns it with the run's first eight bytes folded
// and packed (p) and its wordHash (h). Folded means bit 5 set: capitals
// become small letters and the bytes of multi-byte characters stay
// distinct enough for a hash, so a keyword (small ASCII letters) compares
// equal to p exactly when the word is that keyword in some letter case.
// The usual word, shorter than eight letters with eight bytes to read,
// costs one load and a few operations, inlined into the word loop.
func wordAt(s string, i int) (j int, h uint32, p uint64) {
	if len(s)-i >= 8 {
		w := load8(s[i:])
		f := w | 0x20*lsb8
		if nl := nonLetter8(w, f); nl != 0 {
			p = f & (nl&-nl>>7 - 1) // the bytes below the first non-letter
			return i + bits.TrailingZeros64(nl)>>3, uint32(p * wordHashMul >> 32), p
		}
	}
	return wordAtSlow(s, i)
}

// wordAtSlow is wordAt for a long word or one near the end of s.
func wordAtSlow(s string, i int) (j int, h uint32, p uint64) {
	var w uint64
	if len(s)-i >= 8 {
		w = load8(s[i:])
	} else if len(s) >= 8 {
		// The last eight bytes, shifted so that the bytes past the end
		// read as zero, which is no letter.
		w = load8(s[len(s)-8:]) >> (8 * uint(i+8-len(s)))
	} else {
		for k := 0; i+k < len(s); k++ {
			w |= uint64(s[i+k]) << (8 * uint(k))
		}
	}
	f := w | 0x20*lsb8
	if nl := nonLetter8(w, f); nl != 0 {
		p = f & (nl&-nl>>7 - 1)
		return i + bits.TrailingZeros64(nl)>>3, uint32(p * wordHashMul >> 32), p
	}
	// Eight letters or more: the rest byte by byte.
	t := uint32(0)
	j = i + 8
	for j < len(s) {
		c := wordTab[s[j]]
		if c == 0 {
			break
		}
		t = t*kwHashMul + uint32(c)
		j++
	}
	return j, mixWord(f, t), f
}

// wordHashMul mixes the packed bytes of a word into its hash.
const wordHashMul = 0x9E3779B97F4A7C15

// wordHash is the hash wordAt computes for a word whose lowercase form is lw.
func wordHash(lw string) uint32 {
	n := min(len(lw), 8)
	p := (pack8(lw) | 0x20*lsb8) & lowMask(n)
	t := uint32(0)
	for k := 8; k < len(lw); k++ {
		t = t*kwHashMul + uint32(lw[k])
	}
	return mixWord(p, t)
}

// mixWord combines the folded first eight bytes of a word and the hash t
// of the rest (0 when there is none) into a word hash.
func mixWord(p uint64, t uint32) uint32 {
	return uint32((p + uint64(t)*0xFF51AFD7ED558CCD) * wordHashMul >> 32)
}
