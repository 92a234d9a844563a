package jaga

import "time"

// Channel names a chat channel.
type Channel string

// The channels jaga speaks.
const (
	ChannelTelegram Channel = "telegram"
	ChannelWhatsApp Channel = "whatsapp"
	ChannelWidget   Channel = "widget"
)

// Valid reports whether c is a known channel.
func (c Channel) Valid() bool {
	switch c {
	case ChannelTelegram, ChannelWhatsApp, ChannelWidget:
		return true
	}
	return false
}

// Subject is a person whose data jaga processes (a data subject under
// UU PDP). Every identity, conversation, message and data key hangs off one.
type Subject struct {
	ID        int64
	Language  string // "id" or "en"; empty until detected
	CreatedAt time.Time
	ErasedAt  *time.Time // set when the person's data was erased
}

// Identity ties a channel account (a Telegram user id, a WhatsApp number, a
// widget visitor id) to a subject. ExternalID is personal data for some
// channels (a phone number on WhatsApp); it is needed to reply and is removed
// on erasure.
type Identity struct {
	ID         int64
	SubjectID  int64
	Channel    Channel
	ExternalID string
	// AccountID and BusinessID are set once the identity is linked to an
	// account on the host platform; zero means an unlinked (public) person.
	AccountID  int64
	BusinessID int64
	CreatedAt  time.Time
	LinkedAt   *time.Time
}

// Linked reports whether the identity is linked to a business account.
func (i *Identity) Linked() bool { return i.AccountID != 0 && i.BusinessID != 0 }

// DataKey is a subject's data key, wrapped under the master key. Deleting it
// makes every original sealed with it unreadable (crypto-shredding).
type DataKey struct {
	SubjectID int64
	Wrapped   []byte
	CreatedAt time.Time
}
