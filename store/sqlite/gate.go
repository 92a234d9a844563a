package sqlite

import (
	"context"
	"slices"
	"sync"
)

// gate decides who gets SQLite's one connection next. database/sql hands a
// freed connection to a waiter chosen at random, so a webhook's insert
// waited behind whatever turns, deliveries and reads happened to be
// queued: measured at 3,000 webhooks a second, the accept batches' wait for
// the connection was 0.16 ms at the median but 12 ms at the 99th
// percentile, most of an accept's time in the database. Every caller of
// ours passes the gate before it asks database/sql for the connection,
// and the gate lets urgent callers (store.Urgent: webhooks) go first,
// each class in arrival order. River's own queries go to database/sql
// directly and take their chances there as before.
//
// Urgent work cannot starve the rest: when others wait, at most
// urgentRun urgent callers pass in a row before one of them does.
type gate struct {
	mu     sync.Mutex
	held   bool
	run    int                // urgent callers passed in a row while others waited
	queues [2][]chan struct{} // waiters: [0] urgent, [1] the rest
}

const urgentRun = 4

// enter waits for the gate, in order within its class, or for ctx to end.
func (g *gate) enter(ctx context.Context, urgent bool) error {
	g.mu.Lock()
	if !g.held {
		g.held = true
		g.mu.Unlock()
		return nil
	}
	c := 1
	if urgent {
		c = 0
	}
	ch := make(chan struct{})
	g.queues[c] = append(g.queues[c], ch)
	g.mu.Unlock()
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		g.mu.Lock()
		if i := slices.Index(g.queues[c], ch); i >= 0 {
			g.queues[c] = slices.Delete(g.queues[c], i, i+1)
			g.mu.Unlock()
			return ctx.Err()
		}
		g.mu.Unlock()
		// The gate was handed over as ctx ended: pass it on.
		g.leave()
		return ctx.Err()
	}
}

// leave hands the gate to the next waiter, urgent first, or opens it.
func (g *gate) leave() {
	g.mu.Lock()
	defer g.mu.Unlock()
	c := 0
	switch {
	case len(g.queues[0]) == 0 && len(g.queues[1]) == 0:
		g.held = false
		g.run = 0
		return
	case len(g.queues[0]) == 0:
		c = 1
	case len(g.queues[1]) > 0 && g.run >= urgentRun:
		c = 1
	}
	if c == 0 && len(g.queues[1]) > 0 {
		g.run++
	} else {
		g.run = 0
	}
	ch := g.queues[c][0]
	g.queues[c][0] = nil
	g.queues[c] = g.queues[c][1:]
	close(ch)
}
