package redact

// Eight bytes at a time ("SWAR", SIMD within a register): the keyword probe
// lowercases the first eight bytes of a word in a few arithmetic operations
// and compares them with a keyword packed the same way in one instruction,
// instead of a table lookup, a compare and a branch per letter. (Finding a
// word's end this way costs more than the byte loop for the four-letter
// words of chat, so the word loop stays as it is.)

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

// upper8 sets the high bit of each byte of w that is 'A'..'Z' and clears
// every other bit. Each byte is tested on its own: with its high bit
// cleared first, no sum carries into the next byte.
func upper8(w uint64) uint64 {
	x := w &^ msb8
	ge := x + (0x80-'A')*lsb8 // high bit set where x >= 'A'
	gt := x + (0x7f-'Z')*lsb8 // high bit set where x > 'Z'
	return (ge &^ gt &^ w) & msb8
}

// lower8 is lowerASCII applied to each byte of w.
func lower8(w uint64) uint64 { return w | upper8(w)>>2 }

// lowMask returns a mask of the low n bytes of a word, 0 <= n <= 8.
func lowMask(n int) uint64 {
	if n >= 8 {
		return ^uint64(0)
	}
	return 1<<(8*uint(n)) - 1
}
