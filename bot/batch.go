package bot

import (
	"context"
	"sync"
	"time"
)

// batcher is group commit: concurrent callers' rows go into the database
// together — one statement and one commit per batch on PostgreSQL, one
// transaction on SQLite — instead of one each. A batch is whatever is waiting
// when a worker is free, so a lone row waits for nobody and under load the
// batches grow by themselves; two workers run at once so that one batch's
// round trip does not hold up the next.
type batcher[T any] struct {
	exec func(ctx context.Context, rows []T) error
	// linger, when set, is how long a batch waits for more rows after its
	// first, while rows are arriving faster than batches go (the worker's
	// previous batch held more than one). See insertLinger.
	linger time.Duration
	once   sync.Once
	reqs   chan *batchReq[T]
}

type batchReq[T any] struct {
	row  T
	err  error
	done chan struct{}
}

const (
	// batchWorkers: every commit waits for a WAL flush, and the fewer
	// commits in flight, the more each flush carries. Measured with the
	// load program on PostgreSQL: four or eight workers per batcher were
	// 20-30% slower than one or two, which were within noise of each
	// other; two keep rows moving while one batch waits on a row lock.
	batchWorkers = 2
	maxBatch     = 64
	// batchTimeout bounds a batch's statement.
	batchTimeout = 10 * time.Second
)

// insertLinger: accepts are stored in batches, and while webhooks arrive
// faster than batches go, a batch waits this long for more rows. The
// database's cost of a batch is mostly per statement and per commit, not
// per row (measured, PostgreSQL, storetest.BenchmarkInsertInbound: 0.19 ms
// of execution for one row, 0.52 ms for eight, 1.46 ms for 32). Left to
// themselves, the batches held 6.7 rows on PostgreSQL at 3,000 webhooks a
// second; with a 2 ms linger, 12.9. With the load program on SQLite (3
// alternated runs) a 1 ms linger cut the CPU a message took from
// 2,401-2,740 to 1,955-2,304 µs and raised turns/s from 606-678 to
// 713-788, with accept p99 20-21 ms against 20-26 ms; on PostgreSQL it
// was within noise. Only the inserts linger; the turns' batches do not.
const insertLinger = 1 * time.Millisecond

// do runs exec for row within the next batch and returns the batch's error.
// exec writes its results into the rows (they are pointers or hold them).
func (b *batcher[T]) do(row T) error {
	b.once.Do(func() {
		b.reqs = make(chan *batchReq[T], batchWorkers*maxBatch)
		for range batchWorkers {
			go b.run()
		}
	})
	r := &batchReq[T]{row: row, done: make(chan struct{})}
	b.reqs <- r
	<-r.done
	return r.err
}

// run serves batches for the life of the process: an idle worker is a
// goroutine parked on a channel.
func (b *batcher[T]) run() {
	batch := make([]*batchReq[T], 0, maxBatch)
	rows := make([]T, 0, maxBatch)
	var linger *time.Timer
	busy := false // the previous batch held more than one row
	for r := range b.reqs {
		batch = append(batch[:0], r)
	drain:
		for len(batch) < maxBatch {
			select {
			case r := <-b.reqs:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		if b.linger > 0 && busy && len(batch) < maxBatch {
			if linger == nil {
				linger = time.NewTimer(b.linger)
			} else {
				linger.Reset(b.linger)
			}
		wait:
			for len(batch) < maxBatch {
				select {
				case r := <-b.reqs:
					batch = append(batch, r)
				case <-linger.C:
					break wait
				}
			}
			linger.Stop()
		}
		busy = len(batch) > 1
		rows = rows[:0]
		for _, r := range batch {
			rows = append(rows, r.row)
		}
		if timedOut, err := b.call(rows); err != nil && len(batch) > 1 && !timedOut {
			// One bad row must not fail the others: each goes alone
			// (unless the database did not answer at all).
			for i, r := range batch {
				_, r.err = b.call(rows[i : i+1])
			}
		} else {
			for _, r := range batch {
				r.err = err
			}
		}
		for _, r := range batch {
			close(r.done)
		}
	}
}

func (b *batcher[T]) call(rows []T) (timedOut bool, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), batchTimeout)
	defer cancel()
	err = b.exec(ctx, rows)
	return ctx.Err() != nil, err
}
