package whatsapp_test

import (
	"fmt"

	"github.com/jaga-id/jaga/bot/whatsapp"
	"github.com/jaga-id/jaga/bot/whatsapp/whatsapptest"
)

// ExampleValidSignature checks a delivery the way WebhookHandler does.
func ExampleValidSignature() {
	body := whatsapptest.Payload(whatsapptest.TextMessage("6281234567890", "wamid.X", "halo"))
	header := whatsapptest.Sign(whatsapptest.AppSecret, body)
	fmt.Println(whatsapp.ValidSignature([]byte(whatsapptest.AppSecret), body, header))
	fmt.Println(whatsapp.ValidSignature([]byte("another secret"), body, header))
	// Output:
	// true
	// false
}

// ExampleParsePayload reads a batched delivery.
func ExampleParsePayload() {
	body := whatsapptest.Payload(
		whatsapptest.ButtonReply("6281234567890", "wamid.A", "Ya, lanjutkan"),
		whatsapptest.Status("6281234567890", "wamid.OUT1", "read"),
	)
	p, err := whatsapp.ParsePayload(body, whatsapptest.PhoneNumberID)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Messages[0].Kind, p.Messages[0].Text)
	fmt.Println(p.Statuses[0].ChannelMessageID, p.Statuses[0].Status)
	// Output:
	// text Ya, lanjutkan
	// wamid.OUT1 read
}
