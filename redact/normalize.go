package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalized is the text the detectors read. When the original needs no
// rewriting, s is the original and marks is nil. Otherwise marks maps s
// back to the original (see orig), and invalid tells whether the original
// held invalid UTF-8.
type normalized struct {
	s       string
	marks   []mark
	invalid bool
}

// mark starts a stretch of the normalized text: from normalized offset n
// up to the next mark, normalized byte n+k is original byte o+k, or o
// itself when flat (the three bytes of a U+FFFD that stands for a run of
// invalid bytes). The usual rewritten text has a few rewritten runes in
// long stretches copied as they were, so a mark per rewritten rune costs
// far less than an offset per byte: normalizing a 2 KB message with one
// full-width digit took 19,000 instructions that way.
type mark struct {
	n, o int32
	flat bool
}

// orig maps a normalized offset back to the original text. k is a cursor
// into the marks, 0 at first: the callers map the offsets of sorted
// spans, in order, and each mark is passed once.
func (n *normalized) orig(i int, k *int) int {
	m := n.marks
	if len(m) == 0 {
		return i
	}
	c := *k
	for c+1 < len(m) && int(m[c+1].n) <= i {
		c++
	}
	*k = c
	if m[c].flat {
		return int(m[c].o)
	}
	return int(m[c].o) + i - int(m[c].n)
}

// foldRune reports the ASCII replacement for an evasion rune: drop is true for
// zero-width characters, otherwise b is the single byte to use instead.
func foldRune(r rune) (b byte, drop, ok bool) {
	switch {
	case r >= 0xFF10 && r <= 0xFF19: // full-width digits
		return byte('0' + r - 0xFF10), false, true
	case r >= 0xFF21 && r <= 0xFF3A: // full-width capitals
		return byte('A' + r - 0xFF21), false, true
	case r >= 0xFF41 && r <= 0xFF5A: // full-width small letters
		return byte('a' + r - 0xFF41), false, true
	case r >= 0x1D7CE && r <= 0x1D7FF: // mathematical digits (five styles)
		return byte('0' + (r-0x1D7CE)%10), false, true
	case r >= 0x2080 && r <= 0x2089: // subscripts
		return byte('0' + r - 0x2080), false, true
	case r >= 0x2074 && r <= 0x2079: // superscripts 4–9
		return byte('4' + r - 0x2074), false, true
	case r >= 0x2460 && r <= 0x2468: // circled 1–9
		return byte('1' + r - 0x2460), false, true
	case r >= 0x2776 && r <= 0x277E, r >= 0x2780 && r <= 0x2788, r >= 0x278A && r <= 0x2792: // dingbat circled 1–9
		return byte('1' + (r-0x2776)%10), false, true
	case r >= 0x1F300 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF:
		// Emoji and pictographs are no letters: "Nama✍️: Hana" keeps
		// its label whole, as "Nama: Hana" does. (The dingbats' circled
		// digits are read above.)
		return ' ', false, true
	case r >= 0x0660 && (r < 0x2000 || r >= 0xA000 && r < 0x1F000 || r >= 0x1FB00) && unicode.IsDigit(r):
		// The decimal digits of other scripts: "٠٨١٢…". Punctuation,
		// symbols, CJK and emoji, the usual runes past ASCII in chat,
		// have none and skip the table.
		return '0' + ndValue(r), false, true
	}
	if r >= 0xC0 && r <= 0x17F {
		// A Latin letter with its accent: the readers of names and
		// addresses read its base letter, "Étienne Marchand", "Lucía
		// Romero", "Lindenstraße 42" (the output keeps the original).
		if b := latinBase[r-0xC0]; b != 0 {
			return b, false, true
		}
		return 0, false, false
	}
	switch r {
	case 0x2070, 0x24EA: // superscript and circled 0
		return '0', false, true
	case 0x00B9:
		return '1', false, true
	case 0x00B2:
		return '2', false, true
	case 0x00B3:
		return '3', false, true
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0xFE0F, 0xFE0E,
		0x20E3, // a keycap's frame: "0️⃣8️⃣1️⃣2️⃣…" is "0812…"
		// Direction marks: WhatsApp wraps a copied number in U+202A and
		// U+202C ("\u202a+62 857-1234-5678\u202c"), and a trailing U+200E
		// hid a number from the detectors.
		0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069:
		return 0, true, true
	case 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
		0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000:
		return ' ', false, true
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63, 0xFF0D:
		return '-', false, true
	case 0xFF0B:
		return '+', false, true
	case 0xFF20:
		return '@', false, true
	case 0xFF0E, 0x2024:
		return '.', false, true
	case 0xFF08:
		return '(', false, true
	case 0xFF09:
		return ')', false, true
	}
	return 0, false, false
}

// ndValue is the value of the decimal digit r (Unicode category Nd): the
// category lists each script's digits as runs of ten from its zero.
func ndValue(r rune) byte {
	for _, g := range unicode.Nd.R16 {
		if rune(g.Lo) <= r && r <= rune(g.Hi) {
			return byte((r - rune(g.Lo)) % 10)
		}
	}
	for _, g := range unicode.Nd.R32 {
		if rune(g.Lo) <= r && r <= rune(g.Hi) {
			return byte((r - rune(g.Lo)) % 10)
		}
	}
	return 0
}

// high8 reports whether one of the eight bytes of t is not ASCII. The
// shifted ORs are the form the compiler merges into one 8-byte load.
func high8(t string) bool {
	_ = t[7]
	w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
	return w&0x8080808080808080 != 0
}

// isASCII reports whether every byte of s is ASCII: 32 bytes a round,
// then eight, and the last few with one more load that overlaps what was
// checked already.
func isASCII(s string) bool {
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	last := load8(s[len(s)-8:])
	// Slicing s as it goes lets the compiler drop the bounds checks.
	for len(s) >= 32 {
		if (load8(s)|load8(s[8:])|load8(s[16:])|load8(s[24:]))&msb8 != 0 {
			return false
		}
		s = s[32:]
	}
	var or uint64
	for len(s) >= 8 {
		or |= load8(s)
		s = s[8:]
	}
	return (or|last)&msb8 == 0
}

// normalize folds evasion characters. It allocates only when the text holds
// one of them; plain ASCII and ordinary UTF-8 pass through untouched. Invalid
// UTF-8 is rewritten too (as strings.ToValidUTF8 does), and marks the result
// invalid.
//
// Detect and Redact call isASCII themselves and normalizeText only for a
// text past ASCII (normalize is too large for the compiler to inline):
// over the corpus, 3,600 messages of 70 bytes on average, normalize cost
// 103 instructions a message, most of them to enter, set up and leave it,
// and isASCII with its call costs about 70; BenchmarkDetect went from
// 11.88M to 11.79M instructions a pass.
func normalize(text string) normalized {
	if isASCII(text) {
		return normalized{s: text}
	}
	return normalizeText(text)
}

// normalizeText is normalize for a text with a byte past ASCII.
func normalizeText(text string) normalized {
	first := -1
	for i := 0; i < len(text); {
		// Skip ASCII 32 and then eight bytes at a time, the last few
		// bytes with one more load that overlaps what was checked already.
		for ; i+32 <= len(text); i += 32 {
			t := text[i : i+32]
			if (load8(t)|load8(t[8:])|load8(t[16:])|load8(t[24:]))&msb8 != 0 {
				break
			}
		}
		for i+8 <= len(text) && !high8(text[i:i+8]) {
			i += 8
		}
		if i+8 > len(text) && len(text) >= 8 && !high8(text[len(text)-8:]) {
			break
		}
		if i >= len(text) {
			break
		}
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if _, _, ok := foldRune(r); ok || (r == utf8.RuneError && size == 1) {
			first = i
			break
		}
		i += size
	}
	if first < 0 {
		return normalized{s: text}
	}
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:first])
	marks := make([]mark, 1, 8)
	invalid := false
	// at starts a stretch at the builder's length: normalized byte
	// b.Len() is original byte o. It replaces a mark already there (a
	// dropped rune's, which nothing was written after).
	at := func(o int, flat bool) {
		m := mark{n: int32(b.Len()), o: int32(o), flat: flat}
		if last := &marks[len(marks)-1]; last.n == m.n {
			*last = m
		} else {
			marks = append(marks, m)
		}
	}
	for i := first; i < len(text); {
		if text[i] < utf8.RuneSelf {
			// A run of ASCII in one write, found eight bytes at a time.
			j := i + 1
			for j+8 <= len(text) && !high8(text[j:j+8]) {
				j += 8
			}
			for j < len(text) && text[j] < utf8.RuneSelf {
				j++
			}
			b.WriteString(text[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			// A run of invalid bytes: one U+FFFD, as strings.ToValidUTF8
			// writes it, so the redacted output reads the same again.
			at(i, true)
			b.WriteString("\uFFFD")
			invalid = true
			for i++; i < len(text); i++ {
				if r, size := utf8.DecodeRuneInString(text[i:]); r != utf8.RuneError || size != 1 {
					break
				}
			}
			at(i, false)
			continue
		}
		if rb, drop, ok := foldRune(r); ok {
			if !drop {
				at(i, false)
				b.WriteByte(rb)
			}
			i += size
			at(i, false)
			continue
		}
		b.WriteString(text[i : i+size])
		i += size
	}
	return normalized{s: b.String(), marks: marks, invalid: invalid}
}

// latinBase is the base letter of each rune from U+00C0 to U+017F, the
// Latin-1 Supplement's letters and Latin Extended-A, in its case; 0 for
// the signs among them (×, ÷) and the letters with no base (Þ, þ).
var latinBase = [0x180 - 0xC0]byte{
	'A', 'A', 'A', 'A', 'A', 'A', 'A', 'C', 'E', 'E', 'E', 'E', 'I', 'I', 'I', 'I',
	'D', 'N', 'O', 'O', 'O', 'O', 'O', 0, 'O', 'U', 'U', 'U', 'U', 'Y', 0, 's',
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 'y',
	'A', 'a', 'A', 'a', 'A', 'a', 'C', 'c', 'C', 'c', 'C', 'c', 'C', 'c', 'D', 'd',
	'D', 'd', 'E', 'e', 'E', 'e', 'E', 'e', 'E', 'e', 'E', 'e', 'G', 'g', 'G', 'g',
	'G', 'g', 'G', 'g', 'H', 'h', 'H', 'h', 'I', 'i', 'I', 'i', 'I', 'i', 'I', 'i',
	'I', 'i', 'I', 'i', 'J', 'j', 'K', 'k', 'k', 'L', 'l', 'L', 'l', 'L', 'l', 'L',
	'l', 'L', 'l', 'N', 'n', 'N', 'n', 'N', 'n', 'n', 'N', 'n', 'O', 'o', 'O', 'o',
	'O', 'o', 'O', 'o', 'R', 'r', 'R', 'r', 'R', 'r', 'S', 's', 'S', 's', 'S', 's',
	'S', 's', 'T', 't', 'T', 't', 'T', 't', 'U', 'u', 'U', 'u', 'U', 'u', 'U', 'u',
	'U', 'u', 'U', 'u', 'W', 'w', 'Y', 'y', 'Y', 'Z', 'z', 'Z', 'z', 'Z', 'z', 's',
}
