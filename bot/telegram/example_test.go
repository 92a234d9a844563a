package telegram_test

import (
	"fmt"

	"github.com/go-telegram/bot/models"

	"github.com/jaga-id/jaga/bot/telegram"
)

// ExampleParseCommand parses a deep-link /start with an emoji before it:
// the entity offset (8) counts UTF-16 code units, not bytes.
func ExampleParseCommand() {
	text := "Halo 👋 /start@jaga_bot K7Q2-MX9P"
	entities := []models.MessageEntity{{Type: models.MessageEntityTypeBotCommand, Offset: 8, Length: 15}}
	cmd, arg := telegram.ParseCommand(text, entities)
	fmt.Printf("%q %q\n", cmd, arg)

	// Text without entities (from the widget, say) works too.
	cmd, arg = telegram.ParseCommand("/hapus data saya", nil)
	fmt.Printf("%q %q\n", cmd, arg)
	// Output:
	// "start" "K7Q2-MX9P"
	// "hapus" "data saya"
}

// ExampleSplitText splits at the paragraph break rather than mid-sentence.
func ExampleSplitText() {
	for _, part := range telegram.SplitText("Stok kopi ada.\n\nOngkir Rp18.000.", 20) {
		fmt.Printf("%q\n", part)
	}
	// Output:
	// "Stok kopi ada."
	// "Ongkir Rp18.000."
}
