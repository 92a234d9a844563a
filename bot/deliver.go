package bot

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/privacy"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// DeliverArgs is the job that sends one stored reply.
type DeliverArgs struct {
	MessageID int64 `json:"message_id"`
}

// Kind implements river.JobArgs.
func (DeliverArgs) Kind() string { return "deliver" }

// InsertOpts puts deliveries on their own queue.
func (DeliverArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueDeliveries, MaxAttempts: deliverAttempts}
}

// deliverAttempts bounds retries of a send that keeps failing (with River's
// backoff, about an hour and a half); the reply is then marked failed so it
// no longer holds back later replies of its conversation.
const deliverAttempts = 10

type deliverWorker struct {
	river.WorkerDefaults[DeliverArgs]
	s *Service
}

func (w *deliverWorker) Timeout(*river.Job[DeliverArgs]) time.Duration { return deliverTimeout }

// deliverTimeout bounds a send.
const deliverTimeout = 30 * time.Second

func (w *deliverWorker) Work(ctx context.Context, job *river.Job[DeliverArgs]) error {
	return w.s.deliver(ctx, job.Args.MessageID, job)
}

func (s *Service) deliver(ctx context.Context, id int64, job *river.Job[DeliverArgs]) error {
	read := &idRead[*store.Delivery]{id: id}
	if err := s.deliveryReads.do(read); err != nil {
		return err
	}
	if read.v == nil {
		return nil // erased before it was sent
	}
	m, conv, waiting := read.v.Message, read.v.Conversation, read.v.Waiting
	if m.Status != jaga.StatusQueued {
		return nil
	}
	// Replies of one conversation go out in order.
	if waiting {
		return river.JobSnooze(100 * time.Millisecond)
	}
	sender := s.cfg.Senders[m.Channel]
	if sender == nil {
		return s.markUndeliverable(ctx, m, "channel not configured")
	}
	now := s.clock.Now()
	if m.Channel == jaga.ChannelWhatsApp && (conv.LastInboundAt == nil || now.Sub(*conv.LastInboundAt) > s.cfg.WhatsAppWindow) {
		// Outside the customer-service window WhatsApp accepts templates
		// only: the reply is kept for staff to follow up.
		return s.markUndeliverable(ctx, m, "outside the 24-hour window")
	}
	if lim := s.limits[m.Channel]; lim != nil {
		if wait := lim.reserve(conv.ExternalChatID); wait > 0 {
			return river.JobSnooze(wait)
		}
	}
	text, err := s.replyText(ctx, m)
	if jaga.IsNotFound(err) {
		return nil // the person was erased
	} else if err != nil {
		return err
	}
	channelID, err := sender.Send(ctx, Outbound{ExternalChatID: conv.ExternalChatID, Text: text})
	retry, perm := s.countSend(m.Channel, conv.ExternalChatID, err)
	switch {
	case retry != nil:
		return river.JobSnooze(retry.After)
	case perm != nil:
		return s.markUndeliverable(ctx, m, perm.Reason)
	case err != nil:
		if job.Attempt >= deliverAttempts {
			s.log.Error("reply failed for good", "message_id", m.ID, "channel", m.Channel, "error", err.Error())
			return s.store.UpdateMessageStatus(ctx, m.ID, jaga.StatusFailed, s.clock.Now())
		}
		return err
	}
	if m.Sealed != nil {
		// With the other deliveries finishing now: one statement on
		// PostgreSQL, one transaction on SQLite.
		return s.sents.do(store.SentRow{ID: m.ID, ChannelMessageID: channelID, At: s.clock.Now()})
	}
	return s.store.WithTx(ctx, func(q store.Queries) error {
		if err := q.MarkSent(ctx, m.ID, channelID, s.clock.Now()); err != nil {
			return err
		}
		// The confirmation of an erasure is out: purge what was kept to
		// send it.
		if _, err := q.Enqueue(ctx, privacy.FinishErasureArgs{SubjectID: m.SubjectID}, nil); err != nil {
			return err
		}
		return completeJob(ctx, q, job.JobRow)
	})
}

// replyText returns the text to send: the sealed original opened, or, for
// an erasure's confirmation (stored unsealed, no personal data), the stored
// text.
func (s *Service) replyText(ctx context.Context, m *jaga.Message) (string, error) {
	if m.Sealed == nil {
		return m.RedactedText, nil
	}
	key, err := s.cfg.Keyring.ExistingKey(ctx, s.store, m.SubjectID)
	if err != nil {
		return "", err
	}
	text, err := seal.OpenText(key, m.SubjectID, m.Sealed)
	if err != nil {
		return "", fmt.Errorf("open reply: %w", err)
	}
	return text, nil
}

func (s *Service) markUndeliverable(ctx context.Context, m *jaga.Message, reason string) error {
	s.log.Warn("reply undeliverable", "message_id", m.ID, "channel", m.Channel, "reason", reason)
	return s.store.WithTx(ctx, func(q store.Queries) error {
		if err := q.UpdateMessageStatus(ctx, m.ID, jaga.StatusUndeliverable, s.clock.Now()); err != nil {
			return err
		}
		if m.Sealed == nil {
			_, err := q.Enqueue(ctx, privacy.FinishErasureArgs{SubjectID: m.SubjectID}, nil)
			return err
		}
		return nil
	})
}

// limiter spaces sends: a global rate per channel and a rate per chat. It
// reserves a slot or says how long to wait; the delivery job snoozes rather
// than holding a worker.
type limiter struct {
	mu         sync.Mutex
	globalGap  time.Duration
	chatGap    time.Duration
	nextGlobal time.Time
	nextChat   map[string]time.Time
}

func newLimiter(r Rate) *limiter {
	l := &limiter{nextChat: map[string]time.Time{}}
	if r.Global > 0 {
		l.globalGap = time.Duration(float64(time.Second) / r.Global)
	}
	if r.PerChat > 0 {
		l.chatGap = time.Duration(float64(time.Second) / r.PerChat)
	}
	return l
}

// reserve takes a send slot for chat, or returns how long to wait.
func (l *limiter) reserve(chat string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
	if w := l.nextChat[chat].Sub(now); w > 0 {
		return w
	}
	if w := l.nextGlobal.Sub(now); w > 0 {
		return w
	}
	if l.globalGap > 0 {
		l.nextGlobal = now.Add(l.globalGap)
	}
	if l.chatGap > 0 {
		l.nextChat[chat] = now.Add(l.chatGap)
		if len(l.nextChat) > 100_000 {
			for k, t := range l.nextChat {
				if t.Before(now) {
					delete(l.nextChat, k)
				}
			}
		}
	}
	return 0
}

// pause holds a chat back after the channel asked to wait.
func (l *limiter) pause(chat string, d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if t := time.Now().Add(d); t.After(l.nextChat[chat]) {
		l.nextChat[chat] = t
	}
}

// holdFor decides whether a turn sends its reply itself, right after
// storing it, and returns how long the reply's delivery job is then held
// (store.FinishRow.Hold); zero leaves the sending to the job. The turn has
// the reply, its conversation and a worker in hand: sending at once spares
// the job's fetch, its reads and its completion, and the person a wait.
// Anything unusual — a chat or channel being rate limited, a WhatsApp
// window to check, no sender — is left to the job, and FinishTurns keeps a
// reply behind an older one still queued for its job too.
func (s *Service) holdFor(ch jaga.Channel, conv *jaga.Conversation) time.Duration {
	if s.cfg.SendHold <= 0 || conv == nil || s.cfg.Senders[ch] == nil {
		return 0
	}
	if ch == jaga.ChannelWhatsApp && (conv.LastInboundAt == nil || s.clock.Now().Sub(*conv.LastInboundAt) > s.cfg.WhatsAppWindow) {
		return 0
	}
	if lim := s.limits[ch]; lim != nil && lim.reserve(conv.ExternalChatID) > 0 {
		return 0
	}
	return s.cfg.SendHold
}

// sendNow sends a reply stored with its job held (see holdFor). Sent, the
// reply is marked so and the job deleted, together with the other sends of
// the moment. Otherwise the job takes over: released to run now, it snoozes
// for a rate limit, retries an error, or records a refusal, as for any
// reply. The send is bounded well inside the hold, so the job never starts
// while the send may still succeed.
func (s *Service) sendNow(ctx context.Context, row *store.FinishRow, text string, conv *jaga.Conversation) {
	m := row.Reply
	sctx, cancel := context.WithTimeout(ctx, min(s.cfg.SendHold/2, deliverTimeout))
	channelID, err := s.cfg.Senders[m.Channel].Send(sctx, Outbound{ExternalChatID: conv.ExternalChatID, Text: text})
	cancel()
	retry, perm := s.countSend(m.Channel, conv.ExternalChatID, err)
	if err == nil {
		if err := s.sents.do(store.SentRow{ID: m.ID, ChannelMessageID: channelID, At: s.clock.Now(), JobID: row.JobID}); err != nil {
			s.log.Warn("reply sent but not marked sent; its job may send it again", "message_id", m.ID, "error", err.Error())
		}
		return
	}
	var after time.Duration
	switch {
	case retry != nil:
		after = retry.After
	case perm != nil:
		if err := s.markUndeliverable(ctx, m, perm.Reason); err == nil {
			return // the job, when its hold ends, finds nothing to send
		}
	}
	if err := s.store.ReleaseJob(ctx, row.JobID, after); err != nil {
		s.log.Warn("reply not sent; its job sends it when the hold ends", "message_id", m.ID, "error", err.Error())
	}
}

// countSend counts a send's result and, after a 429, holds the chat back
// for as long as the channel asked. It returns the 429 or the refusal that
// err is, if either.
func (s *Service) countSend(ch jaga.Channel, chat string, err error) (retry *RetryAfterError, perm *PermanentError) {
	result := "sent"
	switch {
	case err == nil:
	case errors.As(err, &retry):
		result = "rate_limited"
		if lim := s.limits[ch]; lim != nil {
			lim.pause(chat, retry.After)
		}
	case errors.As(err, &perm):
		result = "refused"
	default:
		result = "error"
	}
	s.metrics.sends.WithLabelValues(string(ch), result).Inc()
	return retry, perm
}
