package telegram_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"github.com/jaga-id/jaga/bot/telegram"
)

func TestSplitText(t *testing.T) {
	t.Parallel()
	para := strings.Repeat("Pesanan Anda sedang kami proses dan akan segera dikirim. ", 40) // 2,280 chars
	tests := []struct {
		name      string
		text      string
		limit     int
		wantParts int
	}{
		{"fits", "Halo", 4096, 1},
		{"empty", "", 4096, 1},
		{"exactly the limit", strings.Repeat("a", 4096), 4096, 1},
		{"one over", strings.Repeat("a", 4097), 4096, 2},
		{"emoji count twice", strings.Repeat("😀", 2049), 4096, 2},
		{"emoji exactly", strings.Repeat("😀", 2048), 4096, 1},
		{"indonesian paragraphs", para + "\n\n" + para + "\n\n" + para, 4096, 3},
		{"no spaces", strings.Repeat("ä", 9000), 4096, 3},
		{"odd limit with emoji", strings.Repeat("😀", 10), 5, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := telegram.SplitText(tt.text, tt.limit)
			if len(parts) != tt.wantParts {
				t.Fatalf("%d parts, want %d", len(parts), tt.wantParts)
			}
			checkParts(t, tt.text, parts, tt.limit)
		})
	}
}

func TestSplitTextPrefersParagraphs(t *testing.T) {
	t.Parallel()
	first := strings.Repeat("Kopi Gayo 250 g tersedia. ", 100) // 2,600 chars
	second := strings.Repeat("Ongkir ke Bandung Rp18.000. ", 80)
	parts := telegram.SplitText(first+"\n\n"+second, 4096)
	if len(parts) != 2 || parts[0] != strings.TrimSpace(first) || parts[1] != second {
		t.Fatalf("split at the wrong place: %d parts, first ends %q", len(parts), parts[0][len(parts[0])-20:])
	}
}

// checkParts checks the invariants of SplitText: every part within the
// limit, valid UTF-8 and not empty, and no characters lost except
// whitespace at the cuts.
func checkParts(t *testing.T, text string, parts []string, limit int) {
	t.Helper()
	for i, p := range parts {
		if n := telegram.UTF16Len(p); n > limit {
			t.Errorf("part %d is %d UTF-16 units", i, n)
		}
		if !utf8.ValidString(p) {
			t.Errorf("part %d is not valid UTF-8", i)
		}
		if p == "" && len(parts) > 1 {
			t.Errorf("part %d is empty", i)
		}
	}
	strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if strip(strings.Join(parts, "")) != strip(text) {
		t.Error("parts lose text")
	}
}

func FuzzSplitText(f *testing.F) {
	f.Add("Halo 👋 apa kabar?\n\nBaik.", 7)
	f.Add(strings.Repeat("😀 ", 50), 9)
	f.Add("\n\n\n   \n", 2)
	f.Add("a\xffb", 2)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		if limit < 2 || limit > 100 || !utf8.ValidString(text) {
			t.Skip()
		}
		checkParts(t, text, telegram.SplitText(text, limit), limit)
	})
}

func TestParseCommand(t *testing.T) {
	t.Parallel()
	cmd := func(offset, length int) []models.MessageEntity {
		return []models.MessageEntity{{Type: models.MessageEntityTypeBotCommand, Offset: offset, Length: length}}
	}
	tests := []struct {
		name     string
		text     string
		entities []models.MessageEntity
		wantCmd  string
		wantArg  string
	}{
		{"start with code", "/start K7Q2-MX9P", cmd(0, 6), "start", "K7Q2-MX9P"},
		{"bot name", "/Start@jaga_bot K7Q2", cmd(0, 15), "start", "K7Q2"},
		{"emoji before", "Halo 👋 /start@jaga_bot K7Q2-MX9P", cmd(8, 15), "start", "K7Q2-MX9P"},
		{"accents before", "Tõlong ya /help", cmd(10, 5), "help", ""},
		{"other entities first", "@sari /hapus data", []models.MessageEntity{
			{Type: models.MessageEntityTypeMention, Offset: 0, Length: 5}, cmd(6, 6)[0]}, "hapus", "data"},
		{"plain text", "/start K7Q2", nil, "start", "K7Q2"},
		{"plain with bot name and spaces", "  /stop@jaga_bot  ", nil, "stop", ""},
		{"plain not a command", "halo /start", nil, "", ""},
		{"just a slash", "/", nil, "", ""},
		{"no text", "", nil, "", ""},
		{"entity out of range falls back", "/help", cmd(3, 40), "help", ""},
		{"entity inside a surrogate pair", "😀/x", cmd(1, 2), "", ""},
		{"negative offset", "/help me", cmd(-1, 5), "help", "me"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gotCmd, gotArg := telegram.ParseCommand(tt.text, tt.entities)
			if gotCmd != tt.wantCmd || gotArg != tt.wantArg {
				t.Errorf("ParseCommand(%q) = %q, %q; want %q, %q", tt.text, gotCmd, gotArg, tt.wantCmd, tt.wantArg)
			}
		})
	}
}

func FuzzParseCommand(f *testing.F) {
	f.Add("Halo 👋 /start@jaga_bot K7Q2-MX9P", 8, 15)
	f.Add("/start", 0, 6)
	f.Add("😀/x", 1, 2)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, text string, offset, length int) {
		ents := []models.MessageEntity{{Type: models.MessageEntityTypeBotCommand, Offset: offset, Length: length}}
		c, arg := telegram.ParseCommand(text, ents)
		if c == "" && arg != "" {
			t.Fatalf("argument %q without a command", arg)
		}
		telegram.ParseCommand(text, nil)
	})
}

func BenchmarkSplitText(b *testing.B) {
	text := strings.Repeat("Pesanan Anda sedang kami proses 📦. ", 400)
	b.ReportAllocs()
	for b.Loop() {
		telegram.SplitText(text, telegram.MaxMessageUTF16)
	}
}
