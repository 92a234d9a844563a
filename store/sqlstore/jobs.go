package sqlstore

import (
	"context"
	"fmt"
	"sync"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga/store"
)

// Ready reports an error unless ping succeeds and every migration in ms is
// applied; both backends answer /readyz with it.
func (q *Queries) Ready(ctx context.Context, ping func(context.Context) error, ms []Migration) error {
	if err := ping(ctx); err != nil {
		return err
	}
	n, err := q.Pending(ctx, ms)
	if err != nil {
		return fmt.Errorf("migrations not applied: %w", err)
	}
	if n > 0 {
		return fmt.Errorf("%d migrations pending", n)
	}
	return nil
}

// ForwardEvents relays a River client's finished-job events to subs until
// the returned function is called.
func ForwardEvents[TTx any](client *river.Client[TTx], subs []func(store.JobEvent)) func() {
	if len(subs) == 0 {
		return func() {}
	}
	ch, cancel := client.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed, river.EventKindJobCancelled,
		river.EventKindJobSnoozed)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for ev := range ch {
			e := store.JobEvent{Kind: ev.Job.Kind, Queue: ev.Job.Queue, Snoozed: ev.Kind == river.EventKindJobSnoozed,
				Failed: ev.Kind == river.EventKindJobFailed || ev.Kind == river.EventKindJobCancelled}
			if ev.JobStats != nil {
				e.Duration = ev.JobStats.RunDuration
			}
			for _, fn := range subs {
				fn(e)
			}
		}
	}()
	return func() { cancel(); wg.Wait() }
}
