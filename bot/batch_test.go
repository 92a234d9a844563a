package bot

import (
	"context"
	"errors"
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
