package bot

import (
	"context"
	"sync"
	"time"
)

// Webhooks come first. A channel waits for the webhook's answer (Telegram
// and WhatsApp deliver again when it is slow, and Telegram sends a chat's
// next update only after it), while a message once accepted is safe in
// the database and its turn can wait a moment. On a machine whose cores
// are all busy, turns at full concurrency take the CPU — and on SQLite
// the write lock — from the accepts, whose latency then climbs (measured
// on 2 cores at 3,000 webhooks a second: 32 turns at once held accepts to
// 1,400 a second on PostgreSQL, p50 2.7 s, against 3,000 a second with a
// single turn at a time).
//
// So the number of turns running at once follows the accepts' latency, as
// TCP's window follows loss: when more than one accept in a hundred of the
// last window took longer than the target, the turns allowed at once are
// halved (down to a floor that keeps turns moving), and at once when a
// window is already lost (paceEarlyCut); when none did, one
// more is allowed each window; when no webhook came at all, every worker
// may run. Nothing changes while accepts are fast, whatever the load of
// turns.
type pacer struct {
	max, min int           // turns allowed at once: the range
	target   time.Duration // an accept slower than this counts as slow
	window   time.Duration
	now      func() time.Time

	mu       sync.Mutex
	limit    int // turns allowed at once now
	running  int
	waiters  []chan struct{}
	winStart time.Time
	accepts  int // accepts ended in the current window
	slow     int // of which slower than target
}

const (
	// paceTarget is when an accept counts as slow: a quarter of the
	// 20 ms (p99) a webhook may take, so that the turns give way while
	// the accepts still have room. It is the default of
	// Config.SlowAccept, on both backends. Measured with the load
	// program at 3,000 webhooks/s on PostgreSQL, 5 alternated pairs:
	// accept p50 3.6-3.7 ms and p99 14.8-18.9 ms (median 16.8) with
	// 5 ms, against p50 4.1-4.6 ms and p99 16.8-31.6 ms (median 20.8)
	// with 10 ms; turns/s 980-1,008 against 983-1,041. On SQLite 5 ms
	// had already beaten 10 ms (accept p99 median 17.1 against 20.7 ms
	// over 6 pairs, turns/s alike).
	paceTarget = 5 * time.Millisecond
	paceWindow = 100 * time.Millisecond
	// paceEarlyCut slow accepts in a window, more than one in a hundred of
	// its accepts so far, halve the limit at once. A burst of webhooks
	// after a quiet spell finds every turn allowed, and halving once a
	// window took four windows (400 ms) to bring 32 turns down to 2.
	// Measured with the load program at 3,000 webhooks/s on PostgreSQL, 9
	// alternated pairs: accept p99 13.2-20.5 ms (median 16.0) against
	// 15.2-24.3 ms (median 18.3) without, better in 7 pairs; turns/s
	// alike. On SQLite, 3 pairs, alike.
	paceEarlyCut = 4
	// paceMin turns may always run, so that a flood of webhooks slows
	// answers down without stopping them. It is the default of
	// Config.MinTurns.
	paceMin = 2
	// paceMaxWait bounds a turn's wait for a slot; a turn that waited
	// this long is put back in the queue (snoozed: not an attempt).
	paceMaxWait = 20 * time.Second
)

func newPacer(workers int, now func() time.Time) *pacer {
	workers = max(workers, 1)
	return &pacer{max: workers, min: min(paceMin, workers), target: paceTarget, window: paceWindow, now: now,
		limit: workers, winStart: now()}
}

// accepted records how long an accept took.
func (p *pacer) accepted(d time.Duration) {
	p.mu.Lock()
	p.adjust()
	p.accepts++
	if d > p.target {
		p.slow++
		if p.slow >= paceEarlyCut && p.slow*100 > p.accepts {
			// The window is as good as lost: halve the limit now, not
			// at its end, and start the next window.
			p.limit = max(p.min, p.limit/2)
			p.winStart, p.accepts, p.slow = p.now(), 0, 0
		}
	}
	p.mu.Unlock()
}

// adjust closes the current window once it is over and sets the limit from
// it, waking the turns it now allows. Called with p.mu held.
func (p *pacer) adjust() {
	now := p.now()
	if now.Sub(p.winStart) < p.window {
		return
	}
	switch {
	case p.accepts == 0:
		p.limit = p.max
	case p.slow*100 > p.accepts:
		p.limit = max(p.min, p.limit/2)
	default:
		p.limit = min(p.max, p.limit+1)
	}
	p.winStart, p.accepts, p.slow = now, 0, 0
	p.wake()
}

// wake lets waiting turns run while the limit allows. Called with p.mu held.
func (p *pacer) wake() {
	for len(p.waiters) > 0 && p.running < p.limit {
		close(p.waiters[0])
		p.waiters = p.waiters[1:]
		p.running++
	}
}

// acquire waits until a turn may run and reports whether it may; false
// means ctx ended or maxWait passed first. A true answer must be followed
// by release. Waiting turns run in the order they came.
func (p *pacer) acquire(ctx context.Context, maxWait time.Duration) bool {
	p.mu.Lock()
	p.adjust()
	if p.running < p.limit && len(p.waiters) == 0 {
		p.running++
		p.mu.Unlock()
		return true
	}
	ch := make(chan struct{})
	p.waiters = append(p.waiters, ch)
	p.mu.Unlock()

	// Look again at the end of every window: the window that lifts the
	// limit may have no accept or turn to close it.
	deadline := time.Now().Add(maxWait)
	tick := time.NewTicker(p.window)
	defer tick.Stop()
	for {
		select {
		case <-ch:
			return true // wake counted this turn as running
		case <-ctx.Done():
			p.leave(ch)
			return false
		case <-tick.C:
			p.mu.Lock()
			p.adjust()
			p.mu.Unlock()
			if !time.Now().Before(deadline) {
				p.leave(ch)
				return false
			}
		}
	}
}

// leave takes a waiter out of the queue; if it was woken meanwhile, the
// slot it was given goes to the next.
func (p *pacer) leave(ch chan struct{}) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, w := range p.waiters {
		if w == ch {
			p.waiters = append(p.waiters[:i], p.waiters[i+1:]...)
			return
		}
	}
	p.running--
	p.wake()
}

// release ends a turn acquire let run.
func (p *pacer) release() {
	p.mu.Lock()
	p.running--
	p.adjust()
	p.wake()
	p.mu.Unlock()
}

// state returns the limit and the turns running, for tests and metrics.
func (p *pacer) state() (limit, running, waiting int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.limit, p.running, len(p.waiters)
}
