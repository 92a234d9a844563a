package whatsapp

import "github.com/jaga-id/jaga/bot"

// MaxMessageChars is the WhatsApp Cloud API's limit on a text message
// body, in characters (Unicode code points).
const MaxMessageChars = 4096

// SplitText splits text into parts of at most limit characters each, cutting at
// paragraph, line or word breaks where it can (see bot.SplitText).
func SplitText(text string, limit int) []string {
	if limit < 1 {
		limit = 1
	}
	return bot.SplitText(text, limit, func(rune) int { return 1 })
}
