package bot

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// person is what storing a message needs to know of its sender.
type person struct {
	subjectID, identityID, conversationID int64
}

type personKey struct {
	channel    jaga.Channel
	user, chat string
}

// maxPeople bounds the cache of known senders; when full it starts over.
const maxPeople = 100_000

// peopleCache remembers the senders whose messages were stored, so that the
// next message of a known person goes in with one statement
// (store.InsertInbound) instead of a transaction. A stale entry (the person
// was erased, perhaps on another replica) costs nothing but a fallback: the
// statement checks the conversation still belongs to that identity and
// subject, and stores nothing otherwise.
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

// acceptFast stores a text message of a known person in one statement, and
// reports whether it did; the caller has checked that the text holds no
// personal data (nothing to add to the vault). Anything else — a new person,
// a non-text message, a redelivery, a stale cache entry, SQLite — takes the
// transactional path.
func (s *Service) acceptFast(ctx context.Context, in *Inbound, text string) bool {
	if !s.fastAccept || (in.Kind != "" && in.Kind != "text") {
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
	if !s.inserter.insert(store.InboundRow{Message: m, IdentityID: p.identityID}) {
		s.people.drop(k)
		return false
	}
	s.metrics.accepted.WithLabelValues(string(in.Channel)).Inc()
	return true
}

// Group commit for the one-statement path: the messages of concurrent
// webhooks go into PostgreSQL together, one statement and one commit per
// batch (store.InsertInbound), instead of one each. A batch is whatever is
// waiting when an inserter is free, so a lone message waits for nobody and
// under load the batches grow by themselves; a few inserters run at once so
// that one batch's round trip does not hold up the next.
const (
	inserters      = 4
	maxInsertBatch = 64
	// insertTimeout bounds a batch's statement; a webhook whose message
	// could not be stored in time falls back to the transactional path.
	insertTimeout = 10 * time.Second
)

type insertReq struct {
	row  store.InboundRow
	done chan struct{}
}

// batchInserter runs store.InsertInbound for batches of waiting requests.
type batchInserter struct {
	store store.Store
	log   *slog.Logger
	kind  string
	opts  river.InsertOpts
	once  sync.Once
	reqs  chan *insertReq
}

// insert stores row in the next batch and reports whether it was stored
// (row.Message.ID set); false means the caller must take the transactional
// path.
func (b *batchInserter) insert(row store.InboundRow) bool {
	b.once.Do(func() {
		b.reqs = make(chan *insertReq, inserters*maxInsertBatch)
		for range inserters {
			go b.run()
		}
	})
	r := &insertReq{row: row, done: make(chan struct{})}
	b.reqs <- r
	<-r.done
	return row.Message.ID != 0
}

// run serves batches for the life of the process: an idle inserter is a
// goroutine parked on a channel.
func (b *batchInserter) run() {
	batch := make([]*insertReq, 0, maxInsertBatch)
	rows := make([]store.InboundRow, 0, maxInsertBatch)
	for r := range b.reqs {
		batch = append(batch[:0], r)
	drain:
		for len(batch) < maxInsertBatch {
			select {
			case r := <-b.reqs:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		rows = rows[:0]
		for _, r := range batch {
			rows = append(rows, r.row)
		}
		ctx, cancel := context.WithTimeout(context.Background(), insertTimeout)
		err := b.store.InsertInbound(ctx, rows, b.kind, b.opts)
		cancel()
		if err != nil {
			// Nothing of the batch counts as stored; the transactional path
			// stores each message, or finds it stored if the commit
			// happened after all.
			b.log.Warn("batched accept failed; storing one by one", "messages", len(batch), "error", err.Error())
			for _, r := range batch {
				r.row.Message.ID = 0
			}
		}
		for _, r := range batch {
			close(r.done)
		}
	}
}
