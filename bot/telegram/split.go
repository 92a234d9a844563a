package telegram

import "github.com/jaga-id/jaga/bot"

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

// SplitText splits text into parts of at most limit UTF-16 code units each, cutting at
// paragraph, line or word breaks where it can (see bot.SplitText).
func SplitText(text string, limit int) []string {
	if limit < 2 {
		limit = 2 // room for one astral character
	}
	return bot.SplitText(text, limit, utf16Len)
}
