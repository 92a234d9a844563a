package bot

import (
	"context"
	"github.com/jaga-id/jaga/redact"
	"sync"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// person is what storing a message needs to know of its sender.
type person struct {
	subjectID, identityID, conversationID int64
	// names tells whether a text may say again a name the conversation's
	// vault holds; such a text takes the transactional path, which loads
	// the vault. It holds no name, only a Bloom filter of their hashes.
	names redact.NameHint
}

type personKey struct {
	channel    jaga.Channel
	user, chat string
}

// maxPeople bounds the cache of known senders; when full it starts over.
const maxPeople = 100_000

// peopleCache remembers the senders whose messages were stored, so that the
// next message of a known person goes in batched with the other accepts of
// the moment (store.InsertInbound) instead of in a transaction of its own.
// A stale entry (the person was erased, perhaps on another replica) costs
// nothing but a fallback: the insert checks the conversation still belongs
// to that identity and subject, and stores nothing otherwise.
type peopleCache struct {
	mu sync.Mutex
	m  map[personKey]person
}

func (c *peopleCache) get(k personKey) (person, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.m[k]
	return p, ok
}

func (c *peopleCache) put(k personKey, p person) {
	if p.conversationID == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxPeople {
		c.m = make(map[personKey]person)
	}
	c.m[k] = p
}

func (c *peopleCache) drop(k personKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, k)
}

// acceptFast stores a text message of a known person together with the
// other accepts of the moment (one statement on PostgreSQL, one transaction
// on SQLite), and reports whether it did; the caller has checked that the text holds no
// personal data (nothing to add to the vault). Anything else — a new person,
// a non-text message, a redelivery, a stale cache entry — takes the
// transactional path.
func (s *Service) acceptFast(ctx context.Context, in *Inbound, text string) bool {
	if in.Kind != "" && in.Kind != "text" {
		return false
	}
	k := personKey{in.Channel, in.ExternalUserID, in.ExternalChatID}
	p, ok := s.people.get(k)
	if !ok {
		return false
	}
	key, err := s.cfg.Keyring.ExistingKey(ctx, s.store, p.subjectID)
	if err != nil {
		return false
	}
	m := &jaga.Message{
		ConversationID:   p.conversationID,
		SubjectID:        p.subjectID,
		Direction:        jaga.Inbound,
		Channel:          in.Channel,
		ChannelMessageID: in.ChannelMessageID,
		RedactedText:     text,
		Sealed:           seal.SealText(key, p.subjectID, text),
		Status:           jaga.StatusReceived,
		TokenCount:       s.cfg.CountTokens(text),
		CreatedAt:        s.clock.Now(),
	}
	if err := s.inserts.do(store.InboundRow{Message: m, IdentityID: p.identityID}); err != nil || m.ID == 0 {
		// Nothing counts as stored: the transactional path stores the
		// message, or finds it stored if the batch's commit happened after
		// all.
		if err != nil {
			s.log.Warn("batched accept failed; storing the message alone", "error", err.Error())
		}
		s.people.drop(k)
		return false
	}
	s.metrics.accepted.WithLabelValues(string(in.Channel)).Inc()
	return true
}
