package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

// TestBatcher: concurrent rows are executed together, each caller gets its
// own result, and a row that fails its batch fails alone.
func TestBatcher(t *testing.T) {
	gate := make(chan struct{})
	var mu sync.Mutex
	var sizes []int
	b := &batcher[*int]{exec: func(ctx context.Context, rows []*int) error {
		<-gate
		mu.Lock()
		sizes = append(sizes, len(rows))
		mu.Unlock()
		for _, r := range rows {
			if *r < 0 {
				return errors.New("bad row")
			}
		}
		for _, r := range rows {
			*r *= 10
		}
		return nil
	}}
	const n = 100
	vals := make([]int, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		vals[i] = i + 1
		if i == 57 {
			vals[i] = -1
		}
		wg.Go(func() { errs[i] = b.do(&vals[i]) })
	}
	time.Sleep(100 * time.Millisecond) // let the rows queue behind the gate
	close(gate)
	wg.Wait()
	for i := range n {
		if i == 57 {
			if errs[i] == nil || vals[i] != -1 {
				t.Fatalf("bad row: %v, %d", errs[i], vals[i])
			}
			continue
		}
		if errs[i] != nil || vals[i] != (i+1)*10 {
			t.Fatalf("row %d: %v, %d", i, errs[i], vals[i])
		}
	}
	if slices.Max(sizes) < 2 || slices.Max(sizes) > maxBatch {
		t.Fatalf("batch sizes %v", sizes)
	}
}

// TestBatcherLinger: a lone row waits for nobody, while rows arrive faster
// than batches go a batch waits for more (here until it is full: the
// linger is an hour, so only a full batch can end it).
func TestBatcherLinger(t *testing.T) {
	var mu sync.Mutex
	var sizes []int
	entered, release := make(chan struct{}), make(chan struct{})
	b := &batcher[int]{linger: time.Hour, exec: func(ctx context.Context, rows []int) error {
		mu.Lock()
		sizes = append(sizes, len(rows))
		first := len(sizes) == 1
		mu.Unlock()
		if first {
			close(entered)
			<-release
		}
		return nil
	}}
	// One worker, started by hand, so that every row goes to it.
	b.once.Do(func() { b.reqs = make(chan *batchReq[int], 2*maxBatch) })
	go b.run()
	send := func() *batchReq[int] {
		r := &batchReq[int]{done: make(chan struct{})}
		b.reqs <- r
		return r
	}
	wait := func(reqs ...*batchReq[int]) {
		t.Helper()
		for _, r := range reqs {
			select {
			case <-r.done:
			case <-time.After(10 * time.Second):
				t.Fatal("row not stored")
			}
		}
	}
	// Idle: a lone row goes at once (a lingering batch would take the two
	// rows below in and wait for more).
	lone := send()
	<-entered
	two := []*batchReq[int]{send(), send()}
	close(release)
	wait(lone)
	// The two rows that came while it was stored: one batch, and now the
	// worker is busy.
	wait(two...)
	// A busy worker's batch waits for rows until it is full.
	var reqs []*batchReq[int]
	for range maxBatch {
		reqs = append(reqs, send())
		time.Sleep(50 * time.Microsecond)
	}
	wait(reqs...)
	mu.Lock()
	defer mu.Unlock()
	if want := fmt.Sprint([]int{1, 2, maxBatch}); fmt.Sprint(sizes) != want {
		t.Fatalf("batch sizes %v, want %s", sizes, want)
	}
}
