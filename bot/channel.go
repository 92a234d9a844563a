package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/jaga-id/jaga"
)

// Inbound is one message a person sent, as a channel adapter parsed it.
type Inbound struct {
	Channel          jaga.Channel
	ChannelMessageID string // unique per channel; redelivery carries the same id
	ExternalUserID   string // the sender: Telegram user id, WhatsApp number (wa_id), widget visitor id
	ExternalChatID   string // where replies go: Telegram chat id, WhatsApp number, widget session id
	Text             string // valid UTF-8; empty for non-text messages
	// Kind is "text" for text messages and the channel's type name
	// ("image", "sticker", "location", …) for everything else, which gets a
	// polite answer that only text is understood.
	Kind         string
	SentAt       time.Time // the channel's timestamp
	LanguageHint string    // the client's language code when the channel gives one ("id", "en")
}

// StatusUpdate is a delivery status a channel reported for a message jaga sent.
type StatusUpdate struct {
	Channel          jaga.Channel
	ChannelMessageID string
	Status           jaga.MessageStatus // sent, delivered, read, failed
	At               time.Time
}

// Outbound is one message to send.
type Outbound struct {
	ExternalChatID string
	Text           string
}

// Sender sends messages on one channel. Implementations split texts longer
// than the channel allows and return the id of the last part sent.
type Sender interface {
	Send(ctx context.Context, out Outbound) (channelMessageID string, err error)
}

// Typer shows a typing indicator while the assistant works (optional).
type Typer interface {
	Typing(ctx context.Context, externalChatID string) error
}

// Editor edits a sent message, for streamed answers (optional).
type Editor interface {
	Edit(ctx context.Context, externalChatID, channelMessageID, text string) error
}

// Drafter streams an answer while the assistant writes it, as an ephemeral
// draft the person sees growing (Telegram's sendMessageDraft). The answer
// itself is still stored and sent by the delivery job, once: a draft holds
// nothing that must survive a crash, and a retried turn simply drafts
// again. Optional.
type Drafter interface {
	// CanDraft reports whether the chat can show drafts (Telegram: private
	// chats only).
	CanDraft(externalChatID string) bool
	// Draft shows text as draft draftID (non-zero; the same id animates
	// the change) in the chat.
	Draft(ctx context.Context, externalChatID string, draftID int64, text string) error
}

// ReadMarker marks a received message read (optional; WhatsApp's blue
// ticks). A failure never fails the turn.
type ReadMarker interface {
	MarkRead(ctx context.Context, channelMessageID string) error
}

// Acceptor stores what a webhook delivered before the webhook answers 200.
// Adapters call it from their HTTP handlers; an error means "not stored" and
// the adapter answers 5xx so the channel delivers again.
type Acceptor interface {
	Accept(ctx context.Context, msgs []Inbound) error
	AcceptStatuses(ctx context.Context, updates []StatusUpdate) error
}

// RetryAfterError is returned by a Sender when the channel asked to wait
// (HTTP 429 with retry_after); the delivery job snoozes for After.
type RetryAfterError struct {
	After time.Duration
}

func (e *RetryAfterError) Error() string {
	return fmt.Sprintf("channel rate limited: retry after %s", e.After)
}

// PermanentError is returned by a Sender when sending can never succeed (a
// blocked bot, an unknown chat, a closed WhatsApp service window); the
// message is marked undeliverable instead of retried.
type PermanentError struct {
	Reason string // safe to store and show staff: no personal data
}

func (e *PermanentError) Error() string { return "channel refused message: " + e.Reason }
