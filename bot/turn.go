package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/privacy"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// turnAttempts bounds how often a failing turn is retried; the last attempt
// answers with an apology instead of failing again.
const turnAttempts = 5

type turnWorker struct {
	river.WorkerDefaults[TurnArgs]
	s *Service
}

// Timeout bounds one turn, model call included.
func (w *turnWorker) Timeout(*river.Job[TurnArgs]) time.Duration { return time.Minute }

func (w *turnWorker) Work(ctx context.Context, job *river.Job[TurnArgs]) error {
	if p := w.s.pace; p != nil {
		if !p.acquire(ctx, paceMaxWait) {
			if err := ctx.Err(); err != nil {
				return err
			}
			return river.JobSnooze(time.Second) // not an attempt
		}
		defer p.release()
	}
	return w.s.runTurn(ctx, job.Args.MessageID, job.JobRow)
}

// runTurn answers one inbound message. It is idempotent: a message already
// answered is not answered again, and the reply, the inbound message's new
// status, the delivery job and the turn job's completion commit together.
func (s *Service) runTurn(ctx context.Context, messageID int64, job *rivertype.JobRow) error {
	read := &idRead[*store.TurnContext]{id: messageID}
	if err := s.turnReads.do(read); err != nil {
		return err
	}
	tc := read.v
	if tc == nil {
		return nil // erased since it was accepted
	}
	in := tc.Message
	if in.Status != jaga.StatusReceived {
		return nil
	}
	// Turns of one conversation run in order: wait for older messages.
	if tc.Pending {
		return river.JobSnooze(200 * time.Millisecond)
	}
	t, key, err := s.loadTurn(ctx, tc)
	if err != nil {
		if jaga.IsNotFound(err) { // the person was erased meanwhile
			return s.finishTurn(ctx, in, nil, nil, nil, job)
		}
		return err
	}
	if rm, ok := s.cfg.Senders[in.Channel].(ReadMarker); ok && in.ChannelMessageID != "" {
		if err := rm.MarkRead(ctx, in.ChannelMessageID); err != nil {
			s.log.Debug("mark read failed", "message_id", in.ID, "error", err.Error())
		}
	}
	reply, err := s.route(ctx, t)
	if err != nil {
		if job == nil || job.Attempt < turnAttempts {
			return err
		}
		s.log.Error("turn failed; answering with an apology", "message_id", in.ID, "error", err.Error())
		reply = s.apology(t.Lang)
	}
	return s.finishTurn(ctx, in, reply, key, t.Conversation, job)
}

// loadTurn gathers what the routing steps see.
func (s *Service) loadTurn(ctx context.Context, tc *store.TurnContext) (*Turn, *seal.Key, error) {
	in, conv, ident, subj := tc.Message, tc.Conversation, tc.Identity, tc.Subject
	if subj.ErasedAt != nil {
		return nil, nil, jaga.Errorf(jaga.ENOTFOUND, "Subject erased.")
	}
	key, err := s.cfg.Keyring.ExistingKey(ctx, s.store, subj.ID)
	if err != nil {
		return nil, nil, err
	}
	text, err := seal.OpenText(key, subj.ID, in.Sealed)
	if err != nil {
		return nil, nil, fmt.Errorf("open message: %w", err)
	}
	vault, err := openVault(key, conv, tc.Vault)
	if err != nil {
		return nil, nil, err
	}
	lang := subj.Language
	if s.cfg.DetectLanguage != nil {
		if d := s.cfg.DetectLanguage(text); d != "" && d != lang {
			lang = d
			if err := s.store.SetSubjectLanguage(ctx, subj.ID, lang); err != nil {
				return nil, nil, err
			}
		}
	}
	if lang == "" {
		lang = "id"
	}
	return &Turn{Subject: subj, Identity: ident, Conversation: conv, Inbound: in, Text: text, Lang: lang,
		Vault: vault, Privacy: tc.Privacy}, key, nil
}

// route runs the steps of a turn in order: the privacy handler (consent
// gate, privacy requests, refusals), the staff hand-off, then the assistant.
func (s *Service) route(ctx context.Context, t *Turn) (*Reply, error) {
	if code, ok := linkCommand(t.Conversation.Channel, t.Text); ok {
		return s.link(ctx, t, code)
	}
	if s.cfg.Privacy != nil {
		out, err := s.cfg.Privacy.HandleTurn(ctx, &privacy.Input{Subject: t.Subject, Identity: t.Identity,
			Conversation: t.Conversation, Inbound: t.Inbound, Text: t.Text, Lang: t.Lang, State: t.Privacy})
		if err != nil {
			return nil, fmt.Errorf("privacy: %w", err)
		}
		if out.Handled {
			if out.Text == "" {
				return nil, nil
			}
			redacted := out.Text
			if out.Redacted != "" {
				redacted = out.Redacted
			}
			return &Reply{Text: out.Text, Redacted: redacted, Author: "privacy", Erased: out.Erased}, nil
		}
	}
	if t.Conversation.HandoffAt != nil {
		return nil, nil // staff answer in the console
	}
	if s.cfg.Assistant == nil {
		return nil, errors.New("no assistant configured")
	}
	read := &historyRead{req: store.HistoryRequest{ConversationID: t.Conversation.ID, Before: t.Inbound.ID}}
	if err := s.historyReads.do(read); err != nil {
		return nil, err
	}
	t.History = read.history
	return s.answer(ctx, t)
}

// finishTurn stores the reply with its delivery job, marks the inbound
// message processed and completes the turn job, all in one transaction —
// or, when the reply needs nothing of the vault, batched with the other
// turns ending now (store.FinishTurns). key is the person's data key; nil when there is no reply to
// seal.
func (s *Service) finishTurn(ctx context.Context, in *jaga.Message, reply *Reply, key *seal.Key, conv *jaga.Conversation, job *rivertype.JobRow) error {
	now := s.clock.Now()
	if reply != nil && !reply.Erased && key != nil && reply.Redacted != "" {
		// With the other turns ending now: one statement on PostgreSQL,
		// one transaction on SQLite.
		row := &store.FinishRow{InboundID: in.ID, At: now, Reply: s.replyMessage(in, reply, reply.Redacted, key, now),
			Hold: s.holdFor(in.Channel, conv)}
		if err := s.finishes.do(row); err != nil {
			return err
		}
		if row.Claimed && row.Reply.ID != 0 {
			s.metrics.replies.WithLabelValues(reply.Author).Inc()
			if row.Held {
				s.sendNow(ctx, row, reply.Text, conv)
			}
		}
		return nil
	}
	return s.store.WithTx(ctx, func(q store.Queries) error {
		if reply != nil && reply.Erased {
			return s.storeErasureReply(ctx, q, in, reply, now, job)
		}
		// Claim the turn: if another attempt finished it, or the person was
		// erased, there is nothing to do.
		if claimed, err := q.MarkProcessed(ctx, in.ID, now); err != nil {
			return err
		} else if !claimed {
			return completeJob(ctx, q, job)
		}
		if reply != nil && key != nil && (reply.Text != "" || reply.Redacted != "") {
			redacted := reply.Redacted
			if redacted == "" {
				conv, err := q.GetConversation(ctx, in.ConversationID)
				if err != nil {
					return err
				}
				vault, err := loadVault(ctx, q, key, conv)
				if err != nil {
					return err
				}
				before := vault.Len()
				redacted = s.cfg.Redactor.RedactText(reply.Text, vault)
				if vault.Len() != before {
					if err := saveVault(ctx, q, key, conv, vault, now); err != nil {
						return err
					}
				}
			}
			out := s.replyMessage(in, reply, redacted, key, now)
			if err := q.CreateMessage(ctx, out); err != nil && !jaga.IsConflict(err) {
				return err
			} else if err == nil {
				if _, err := q.Enqueue(ctx, DeliverArgs{MessageID: out.ID}, nil); err != nil {
					return err
				}
				s.metrics.replies.WithLabelValues(reply.Author).Inc()
			}
		}
		return completeJob(ctx, q, job)
	})
}

// completeJob is where a job's completion would join its transaction. The
// turn and delivery steps are idempotent instead — they check the message's
// status, and the reply index allows one reply per message — so a job that
// runs again after its transaction committed does nothing. That spares
// SQLite a statement per job.
func completeJob(ctx context.Context, q store.Queries, job *rivertype.JobRow) error {
	return nil
}

// apology is the answer when a turn keeps failing.
func (s *Service) apology(lang string) *Reply {
	text := "Maaf, sistem kami sedang bermasalah dan belum bisa menjawab. Silakan coba lagi sebentar lagi."
	if lang == "en" {
		text = "Sorry, something went wrong on our side and we could not answer. Please try again in a moment."
	}
	return &Reply{Text: text, Redacted: text, Author: "bot"}
}

// storeErasureReply stores the confirmation of an erasure. The inbound
// message and the data key are gone: the reply, which holds no personal data,
// is stored unsealed, and delivered to the conversation row kept for it.
func (s *Service) storeErasureReply(ctx context.Context, q store.Queries, in *jaga.Message, reply *Reply, now time.Time, job *rivertype.JobRow) error {
	out := &jaga.Message{ConversationID: in.ConversationID, SubjectID: in.SubjectID, Direction: jaga.Outbound,
		Channel: in.Channel, RedactedText: reply.Redacted, Status: jaga.StatusQueued, Author: reply.Author,
		ReplyTo: in.ID, CreatedAt: now}
	if err := q.CreateMessage(ctx, out); err != nil && !jaga.IsConflict(err) {
		return err
	} else if err == nil {
		if _, err := q.Enqueue(ctx, DeliverArgs{MessageID: out.ID}, nil); err != nil {
			return err
		}
	}
	return completeJob(ctx, q, job)
}

// replyMessage is the stored form of reply to in: redacted is what the model
// saw (and what history shows), the original is sealed for the person.
// finishTurns ends a batch of turns with store.FinishTurns. Two attempts of
// one turn (a job River rescued while its first attempt still ran) go in
// separate statements, so that each learns whether it claimed the turn.
func (s *Service) finishTurns(ctx context.Context, rows []*store.FinishRow) error {
	for len(rows) > 0 {
		seen := make(map[int64]bool, len(rows))
		var batch []store.FinishRow
		var in, later []*store.FinishRow
		for _, r := range rows {
			if seen[r.InboundID] {
				later = append(later, r)
				continue
			}
			seen[r.InboundID] = true
			in = append(in, r)
			batch = append(batch, *r)
		}
		if err := s.store.FinishTurns(ctx, batch, DeliverArgs{}.Kind(), DeliverArgs{}.InsertOpts()); err != nil {
			return err
		}
		for i, r := range in {
			r.Claimed, r.JobID, r.Held = batch[i].Claimed, batch[i].JobID, batch[i].Held
		}
		rows = later
	}
	return nil
}

func (s *Service) replyMessage(in *jaga.Message, reply *Reply, redacted string, key *seal.Key, now time.Time) *jaga.Message {
	return &jaga.Message{
		ConversationID:   in.ConversationID,
		SubjectID:        in.SubjectID,
		Direction:        jaga.Outbound,
		Channel:          in.Channel,
		RedactedText:     strings.ReplaceAll(redacted, "\x00", "\uFFFD"), // PostgreSQL's text refuses NUL
		Sealed:           seal.SealText(key, in.SubjectID, reply.Text),
		Status:           jaga.StatusQueued,
		Author:           reply.Author,
		ReplyTo:          in.ID,
		ModelCalled:      reply.ModelCalled,
		PromptVersion:    reply.PromptVersion,
		TokensIn:         reply.TokensIn,
		TokensOut:        reply.TokensOut,
		TokenCount:       s.cfg.CountTokens(redacted),
		SnapshotSections: reply.SnapshotSections,
		CreatedAt:        now,
	}
}
