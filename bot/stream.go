package bot

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/jaga-id/jaga"
)

// typingEvery is how often the typing indicator is renewed while the
// assistant works: Telegram shows it for about five seconds.
const typingEvery = 4 * time.Second

// draftTimeout bounds one draft call, so that a slow channel cannot hold a
// turn back.
const draftTimeout = 3 * time.Second

// answer runs the assistant for t. Once it has worked for ShowWorkAfter,
// the typing indicator stays up while it works and, on channels that show
// drafts, the answer is streamed to the person as it is written. The reply
// is returned whole: the delivery job sends it, exactly once, whatever was
// drafted.
func (s *Service) answer(ctx context.Context, t *Turn) (*Reply, error) {
	chat := t.Conversation.ExternalChatID
	sender := s.cfg.Senders[t.Conversation.Channel]
	start := time.Now()
	if typer, ok := sender.(Typer); ok {
		stop := keepTyping(ctx, typer, chat, s.cfg.ShowWorkAfter)
		defer stop()
	}
	var onChunk func(string) error
	if d, ok := sender.(Drafter); ok && s.cfg.DraftInterval > 0 && d.CanDraft(chat) {
		ds := &draftStream{s: s, ctx: ctx, d: d, channel: t.Conversation.Channel, chat: chat,
			id: t.Inbound.ID, from: start.Add(s.cfg.ShowWorkAfter)}
		onChunk = ds.chunk
	}
	return s.cfg.Assistant.Answer(ctx, t, onChunk)
}

// keepTyping shows the typing indicator after delay and renews it until stop
// is called; stopped sooner, it shows nothing. The indicator is a courtesy:
// failures are ignored.
func keepTyping(ctx context.Context, typer Typer, chat string, delay time.Duration) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		wait := time.NewTimer(delay)
		defer wait.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-wait.C:
			}
			_ = typer.Typing(ctx, chat)
			wait.Reset(typingEvery)
		}
	}()
	return func() { cancel(); <-done }
}

// draftStream shows a streamed answer as drafts, at most one per
// DraftInterval. The first draft goes out with the first words written
// after from (what was written before is in it); later chunks wait for the
// interval. Any failure ends the drafts for this turn
// (after a 429 the chat is also held back for as long as the channel asked)
// and never fails the turn: the answer is sent whole either way.
type draftStream struct {
	s       *Service
	ctx     context.Context
	d       Drafter
	channel jaga.Channel
	chat    string
	id      int64
	from    time.Time

	text strings.Builder
	last time.Time
	off  bool
}

func (ds *draftStream) chunk(restored string) error {
	ds.text.WriteString(restored)
	if ds.off || time.Since(ds.last) < ds.s.cfg.DraftInterval || time.Now().Before(ds.from) {
		return nil
	}
	text := ds.text.String()
	if strings.TrimSpace(text) == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(ds.ctx, draftTimeout)
	err := ds.d.Draft(ctx, ds.chat, ds.id, text)
	cancel()
	// The interval runs from the end of a call, so that two calls never
	// start closer together than the interval, however slow the channel.
	ds.last = time.Now()
	if err == nil {
		ds.s.metrics.drafts.WithLabelValues(string(ds.channel), "sent").Inc()
		return nil
	}
	ds.off = true
	var retry *RetryAfterError
	if errors.As(err, &retry) {
		ds.s.metrics.drafts.WithLabelValues(string(ds.channel), "rate_limited").Inc()
		if lim := ds.s.limits[ds.channel]; lim != nil {
			lim.pause(ds.chat, retry.After)
		}
		return nil
	}
	ds.s.metrics.drafts.WithLabelValues(string(ds.channel), "error").Inc()
	ds.s.log.Debug("draft failed; the answer will be sent whole", "message_id", ds.id, "error", err.Error())
	return nil
}
