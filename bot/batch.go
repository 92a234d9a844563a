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
	once sync.Once
	reqs chan *batchReq[T]
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
