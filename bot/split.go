package bot

import "strings"

// SplitText splits text into parts of at most limit units each, where
// units says how many units a character takes (Telegram counts UTF-16 code
// units, WhatsApp characters). It prefers to cut at a paragraph break, then a
// line break, then a space, as long as that keeps the part at least half
// full; otherwise it cuts at the last whole character that fits, so a
// character is never split. Whitespace at a cut is dropped, and no part is
// empty. A text that fits is returned as it is. limit must leave room for
// the widest character.
func SplitText(text string, limit int, units func(rune) int) []string {
	var parts []string
	rest := text
	for {
		fit := prefixFit(rest, limit, units)
		if fit == len(rest) {
			break
		}
		cut, skip := fit, 0
		for _, sep := range []string{"\n\n", "\n", " "} {
			if i := strings.LastIndex(rest[:fit], sep); i > 0 && i >= fit/2 {
				cut, skip = i, len(sep)
				break
			}
		}
		part := strings.TrimRight(rest[:cut], " \t\r\n")
		if part == "" {
			// Only whitespace before the cut: fall back to a hard cut.
			part, skip = rest[:fit], 0
			cut = fit
		}
		parts = append(parts, part)
		rest = strings.TrimLeft(rest[cut+skip:], " \t\r\n")
	}
	if rest != "" || len(parts) == 0 {
		parts = append(parts, rest)
	}
	return parts
}

// prefixFit returns the byte length of the longest prefix of s that is at
// most limit units long, ending at a character boundary.
func prefixFit(s string, limit int, units func(rune) int) int {
	n := 0
	for i, r := range s {
		if n+units(r) > limit {
			return i
		}
		n += units(r)
	}
	return len(s)
}
