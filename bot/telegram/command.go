package telegram

import (
	"strings"
	"unicode"

	"github.com/go-telegram/bot/models"
)

// ParseCommand returns the bot command in a message and the text after it:
// "/start ABC123" gives ("start", "ABC123") and "/Help@jaga_bot" gives
// ("help", ""). The command is lowercased, without its slash and without an
// "@botname" suffix; arg is trimmed. Without a command both are empty.
//
// With entities (as Telegram sends them) the first bot_command entity is
// used wherever it is in the text. Entity offsets count UTF-16 code units,
// so they are converted to byte offsets rather than used as indexes: text
// such as "Halo 👋 /start" would otherwise be cut in the wrong place. An
// entity that does not fit the text is ignored. Without a usable entity
// (for example, text from the widget) a command is recognised only at the
// start of the text.
func ParseCommand(text string, entities []models.MessageEntity) (cmd, arg string) {
	for _, e := range entities {
		if e.Type != models.MessageEntityTypeBotCommand {
			continue
		}
		start, end, ok := utf16Span(text, e.Offset, e.Length)
		if !ok || end-start < 2 || text[start] != '/' {
			continue
		}
		return commandName(text[start+1 : end]), strings.TrimSpace(text[end:])
	}
	t := strings.TrimLeftFunc(text, unicode.IsSpace)
	if !strings.HasPrefix(t, "/") {
		return "", ""
	}
	t = t[1:]
	end := strings.IndexFunc(t, unicode.IsSpace)
	if end < 0 {
		end = len(t)
	}
	name := commandName(t[:end])
	if name == "" {
		return "", ""
	}
	return name, strings.TrimSpace(t[end:])
}

// commandName lowercases a command and drops its "@botname" suffix.
func commandName(s string) string {
	if i := strings.IndexByte(s, '@'); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

// utf16Span converts an entity's offset and length in UTF-16 code units to
// byte offsets in s. It fails when the span is out of range or would start
// or end inside a surrogate pair.
func utf16Span(s string, offset, length int) (start, end int, ok bool) {
	if offset < 0 || length < 0 {
		return 0, 0, false
	}
	start, end = -1, -1
	units := 0
	for i, r := range s {
		if units == offset {
			start = i
		}
		if units == offset+length {
			end = i
			break
		}
		units += utf16Len(r)
	}
	if units == offset && start < 0 {
		start = len(s)
	}
	if units == offset+length && end < 0 {
		end = len(s)
	}
	if start < 0 || end < 0 || end < start {
		return 0, 0, false
	}
	return start, end, true
}
