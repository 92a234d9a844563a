package jaga

import "time"

// Conversation is one chat between a subject and the gateway on one channel.
type Conversation struct {
	ID             int64
	SubjectID      int64
	IdentityID     int64
	Channel        Channel
	ExternalChatID string // where replies go (a Telegram chat id, a WhatsApp number, a widget session)
	CreatedAt      time.Time
	LastMessageAt  time.Time
	// LastInboundAt is the time of the person's last message: WhatsApp's
	// 24-hour customer-service window is counted from it.
	LastInboundAt *time.Time
	HandoffAt     *time.Time // set while staff have taken the conversation over
	LegalHold     bool       // stops retention purges
}

// Direction tells who wrote a message.
type Direction string

// Message directions.
const (
	Inbound  Direction = "in"  // from the person
	Outbound Direction = "out" // from the gateway (assistant, bot or staff)
)

// MessageStatus is where a message is in its life.
type MessageStatus string

// Message statuses. Inbound messages go received → processed; outbound ones
// queued → sent → delivered → read, or failed / undeliverable.
const (
	StatusReceived      MessageStatus = "received"
	StatusProcessed     MessageStatus = "processed"
	StatusQueued        MessageStatus = "queued"
	StatusSent          MessageStatus = "sent"
	StatusDelivered     MessageStatus = "delivered"
	StatusRead          MessageStatus = "read"
	StatusFailed        MessageStatus = "failed"
	StatusUndeliverable MessageStatus = "undeliverable"
)

// Message is one chat message. Its text is kept twice: RedactedText (what
// staff see by default, what the model saw, what search uses) and Sealed, the
// original sealed under the subject's data key.
type Message struct {
	ID               int64
	ConversationID   int64
	SubjectID        int64
	Direction        Direction
	Channel          Channel
	ChannelMessageID string // unique per channel; empty for outbound before sending
	RedactedText     string
	Sealed           []byte
	Status           MessageStatus
	// Author says who wrote an outbound message: "assistant", "bot" (fixed
	// texts), "offline" or "staff:<id>".
	Author string
	// ReplyTo is the inbound message an outbound message answers.
	ReplyTo int64
	// ModelCalled records that the redacted text went to the model, and with
	// what: the prompt version, tokens and the snapshot sections given.
	ModelCalled      bool
	PromptVersion    string
	TokensIn         int
	TokensOut        int
	TokenCount       int // tiktoken count of RedactedText, counted once on store
	SnapshotSections []string
	CreatedAt        time.Time
	UpdatedAt        time.Time
}
