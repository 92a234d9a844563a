package telegram

import "strings"

// MaxMessageUTF16 is Telegram's limit on the text of one message, counted
// in UTF-16 code units as Telegram counts it (an emoji outside the Basic
// Multilingual Plane counts twice).
const MaxMessageUTF16 = 4096

// utf16Len returns how many UTF-16 code units r takes.
func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// UTF16Len returns the length of s in UTF-16 code units, the unit of
// Telegram's message limit and entity offsets.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Len(r)
	}
	return n
}

// SplitText splits text into parts of at most limit UTF-16 code units each.
// It prefers to cut at a paragraph break, then a line break, then a space,
// as long as that keeps the part at least half full; otherwise it cuts at
// the last whole character that fits, so a multi-byte character (or a
// surrogate pair) is never split. Whitespace at a cut is dropped, and no
// part is empty. A text that fits is returned as it is.
func SplitText(text string, limit int) []string {
	if limit < 2 {
		limit = 2 // room for one astral character
	}
	var parts []string
	rest := text
	for {
		fit := prefixFit(rest, limit)
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
// most limit UTF-16 code units long, ending at a character boundary.
func prefixFit(s string, limit int) int {
	units := 0
	for i, r := range s {
		if units+utf16Len(r) > limit {
			return i
		}
		units += utf16Len(r)
	}
	return len(s)
}
