package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// TurnArgs is the job that runs the turn for one inbound message. Like every
// job argument it carries ids only.
type TurnArgs struct {
	MessageID int64 `json:"message_id"`
}

// Kind implements river.JobArgs.
func (TurnArgs) Kind() string { return "turn" }

// InsertOpts puts turns on their own queue.
func (TurnArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueTurns, MaxAttempts: turnAttempts}
}

// Queues used by the bot.
const (
	QueueTurns      = "turns"
	QueueDeliveries = "deliveries"
)

// MaxTextBytes caps a stored message; longer texts are cut at a character
// boundary (channels cap theirs lower: Telegram 4,096 characters).
const MaxTextBytes = 16 << 10

// Accept stores inbound messages, each with its turn job, in one transaction
// per message. A message delivered again is recognised by its channel message
// id and ignored. Accept returns only after everything is stored, so a
// webhook may answer 200.
func (s *Service) Accept(ctx context.Context, msgs []Inbound) error {
	ctx = store.Urgent(ctx) // a webhook waits for it
	if s.pace != nil {
		defer func(start time.Time) { s.pace.accepted(time.Since(start)) }(time.Now())
	}
	for i := range msgs {
		if err := s.acceptOne(ctx, &msgs[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) acceptOne(ctx context.Context, in *Inbound) error {
	if !in.Channel.Valid() || in.ChannelMessageID == "" || in.ExternalUserID == "" || in.ExternalChatID == "" {
		return jaga.Errorf(jaga.EINVALID, "Message is missing its channel, id, sender or chat.")
	}
	for _, id := range []string{in.ChannelMessageID, in.ExternalUserID, in.ExternalChatID} {
		if !cleanText(id) {
			return jaga.Errorf(jaga.EINVALID, "Message id, sender or chat is not valid text.")
		}
	}
	if !cleanText(in.LanguageHint) {
		in.LanguageHint = ""
	}
	text := in.Text
	if !cleanText(text) {
		// NUL is valid UTF-8, but PostgreSQL's text type refuses it.
		text = strings.ReplaceAll(strings.ToValidUTF8(text, "\uFFFD"), "\x00", "\uFFFD")
	}
	if len(text) > MaxTextBytes {
		cut := MaxTextBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	// Redaction decides the path (personal data means a vault update in a
	// transaction); it runs once, whatever path and however many attempts.
	isText := in.Kind == "" || in.Kind == "text"
	pii := isText && len(s.cfg.Redactor.Detect(text)) > 0
	if !pii && isText {
		// A name said in an earlier message may come back where nothing
		// else finds it ("Alya mau ambil besok"): the vault finds it.
		if p, ok := s.people.get(personKey{in.Channel, in.ExternalUserID, in.ExternalChatID}); ok && p.names.Mentions(text) {
			pii = true
		}
	}
	if !pii && s.acceptFast(ctx, in, text) {
		return nil
	}
	var err error
	// Two first messages from a new person can race to create the identity;
	// the loser's transaction fails on the unique index and is run again.
	for attempt := 0; attempt < 3; attempt++ {
		var dup bool
		var p person
		err = s.store.WithTx(ctx, func(q store.Queries) error {
			var err error
			p, dup, err = s.acceptTx(ctx, q, in, text, pii)
			return err
		})
		if err == nil {
			s.people.put(personKey{in.Channel, in.ExternalUserID, in.ExternalChatID}, p)
			if dup {
				s.metrics.duplicates.WithLabelValues(string(in.Channel)).Inc()
			} else {
				s.metrics.accepted.WithLabelValues(string(in.Channel)).Inc()
			}
			return nil
		}
		if !jaga.IsConflict(err) {
			return err
		}
	}
	return err
}

// acceptTx stores one message; dup reports a redelivery. It is the hot path
// of every webhook, so it costs few statements: one to find the person and
// the chat, one to store the message (a redelivery is recognised by the
// insert itself, and a trigger records it in its conversation) and one for
// the turn job.
// The vault is read on this path to find again the names it holds, and
// written only when the text holds personal data.
func (s *Service) acceptTx(ctx context.Context, q store.Queries, in *Inbound, text string, pii bool) (p person, dup bool, err error) {
	now := s.clock.Now()
	ident, conv, err := s.findOrCreatePerson(ctx, q, in, now)
	if err != nil {
		return p, false, err
	}
	p = person{subjectID: ident.SubjectID, identityID: ident.ID, conversationID: conv.ID}
	key, err := s.cfg.Keyring.Key(ctx, q, ident.SubjectID)
	if err != nil {
		return p, false, fmt.Errorf("data key: %w", err)
	}
	redacted := text
	if in.Kind != "" && in.Kind != "text" {
		redacted = "[" + sanitizeKind(in.Kind) + "]"
		text = ""
	} else {
		if pii {
			// Serialise vault updates of one conversation.
			if err := q.LockConversation(ctx, conv.ID); err != nil {
				return p, false, err
			}
		}
		// Without personal data found, the vault is read still: a name
		// it holds may come back. This path runs at a person's first
		// message and when the fast path's cache has no hint yet.
		vault, err := loadVault(ctx, q, key, conv)
		if err != nil {
			return p, false, err
		}
		if !pii && vault.NameHint().Mentions(text) {
			pii = true
			if err := q.LockConversation(ctx, conv.ID); err != nil {
				return p, false, err
			}
			if vault, err = loadVault(ctx, q, key, conv); err != nil { // read again under the lock
				return p, false, err
			}
		}
		if pii {
			before := vault.Len()
			redacted = s.cfg.Redactor.RedactText(text, vault)
			if vault.Len() != before {
				if err := saveVault(ctx, q, key, conv, vault, now); err != nil {
					return p, false, err
				}
			}
		}
		p.names = vault.NameHint()
	}
	m := &jaga.Message{
		ConversationID:   conv.ID,
		SubjectID:        ident.SubjectID,
		Direction:        jaga.Inbound,
		Channel:          in.Channel,
		ChannelMessageID: in.ChannelMessageID,
		RedactedText:     redacted,
		Sealed:           seal.SealText(key, ident.SubjectID, text),
		Status:           jaga.StatusReceived,
		TokenCount:       s.cfg.CountTokens(redacted),
		CreatedAt:        now,
	}
	if err := q.CreateMessage(ctx, m); err != nil {
		if jaga.IsConflict(err) && m.ID != 0 {
			return p, true, nil
		}
		return p, false, err
	}
	if _, err := q.Enqueue(ctx, TurnArgs{MessageID: m.ID}, nil); err != nil {
		return p, false, err
	}
	return p, false, nil
}

// cleanText reports whether s is valid UTF-8 without NUL characters.
func cleanText(s string) bool {
	return utf8.ValidString(s) && strings.IndexByte(s, 0) < 0
}

func sanitizeKind(k string) string {
	var b strings.Builder
	for _, r := range k {
		if r >= 'a' && r <= 'z' || r == '_' {
			b.WriteRune(r)
		}
		if b.Len() >= 20 {
			break
		}
	}
	if b.Len() == 0 {
		return "non_text"
	}
	return b.String()
}

// findOrCreatePerson returns the sender's identity and the chat's
// conversation, creating the person at first contact.
func (s *Service) findOrCreatePerson(ctx context.Context, q store.Queries, in *Inbound, now time.Time) (*jaga.Identity, *jaga.Conversation, error) {
	ident, conv, err := q.FindPerson(ctx, in.Channel, in.ExternalUserID, in.ExternalChatID)
	if jaga.IsNotFound(err) {
		subj := &jaga.Subject{CreatedAt: now}
		if err := q.CreateSubject(ctx, subj); err != nil {
			return nil, nil, err
		}
		ident = &jaga.Identity{SubjectID: subj.ID, Channel: in.Channel, ExternalID: in.ExternalUserID, CreatedAt: now}
		err = q.CreateIdentity(ctx, ident)
	}
	if err != nil {
		return nil, nil, err
	}
	if conv == nil {
		conv = &jaga.Conversation{SubjectID: ident.SubjectID, IdentityID: ident.ID, Channel: in.Channel,
			ExternalChatID: in.ExternalChatID, CreatedAt: now, LastMessageAt: now}
		if err := q.CreateConversation(ctx, conv); err != nil {
			return nil, nil, err
		}
	}
	return ident, conv, nil
}

// vaultAD binds a sealed vault to its conversation.
func loadVault(ctx context.Context, q store.Queries, key *seal.Key, conv *jaga.Conversation) (*redact.Vault, error) {
	sealed, err := q.GetVault(ctx, conv.ID)
	if jaga.IsNotFound(err) {
		return redact.NewVault(), nil
	} else if err != nil {
		return nil, err
	}
	return openVault(key, conv, sealed)
}

// openVault opens a conversation's sealed vault; nil is an empty vault.
func openVault(key *seal.Key, conv *jaga.Conversation, sealed []byte) (*redact.Vault, error) {
	v := redact.NewVault()
	if sealed == nil {
		return v, nil
	}
	raw, err := seal.OpenText(key, conv.SubjectID, sealed)
	if err != nil {
		return nil, fmt.Errorf("open vault: %w", err)
	}
	if err := v.UnmarshalBinary([]byte(raw)); err != nil {
		return nil, fmt.Errorf("decode vault: %w", err)
	}
	return v, nil
}

func saveVault(ctx context.Context, q store.Queries, key *seal.Key, conv *jaga.Conversation, v *redact.Vault, now time.Time) error {
	raw, err := v.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encode vault: %w", err)
	}
	return q.PutVault(ctx, conv.ID, conv.SubjectID, seal.SealText(key, conv.SubjectID, string(raw)), now)
}

// statusRank orders delivery statuses so a late "sent" never overwrites
// "read".
var statusRank = map[jaga.MessageStatus]int{
	jaga.StatusQueued: 0, jaga.StatusSent: 1, jaga.StatusDelivered: 2, jaga.StatusRead: 3, jaga.StatusFailed: 4,
}

// AcceptStatuses records delivery statuses the channel reported.
func (s *Service) AcceptStatuses(ctx context.Context, updates []StatusUpdate) error {
	ctx = store.Urgent(ctx) // a webhook waits for it
	for _, u := range updates {
		err := s.store.WithTx(ctx, func(q store.Queries) error {
			m, err := q.FindOutboundByChannelID(ctx, u.Channel, u.ChannelMessageID)
			if jaga.IsNotFound(err) {
				return nil // not ours, or erased since
			} else if err != nil {
				return err
			}
			if statusRank[u.Status] <= statusRank[m.Status] && u.Status != jaga.StatusFailed {
				return nil
			}
			return q.UpdateMessageStatus(ctx, m.ID, u.Status, s.clock.Now())
		})
		if err != nil {
			return err
		}
	}
	return nil
}

var errNoSender = errors.New("no sender for channel")
