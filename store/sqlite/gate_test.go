package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jaga-id/jaga/store"
)

// queued waits until n callers wait at g.
func queued(t *testing.T, g *gate, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		g.mu.Lock()
		got := len(g.queues[0]) + len(g.queues[1])
		g.mu.Unlock()
		if got == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d waiting, want %d", got, n)
		}
		time.Sleep(time.Millisecond)
	}
}

// passOrder lets callers in one at a time, each queued only after the one
// before it, and returns the names in the order they passed.
func passOrder(t *testing.T, g *gate, callers []string, urgent func(string) bool) []string {
	t.Helper()
	var (
		mu  sync.Mutex
		got []string
		wg  sync.WaitGroup
	)
	for i, name := range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := g.enter(context.Background(), urgent(name)); err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			got = append(got, name)
			mu.Unlock()
			g.leave()
		}()
		queued(t, g, i+1)
	}
	g.leave()
	wg.Wait()
	return got
}

func TestGateUrgentFirst(t *testing.T) {
	var g gate
	if err := g.enter(context.Background(), false); err != nil {
		t.Fatal(err)
	}
	got := passOrder(t, &g, []string{"turn1", "accept1", "turn2", "accept2"},
		func(n string) bool { return n[0] == 'a' })
	if want := "[accept1 accept2 turn1 turn2]"; fmt.Sprint(got) != want {
		t.Fatalf("passed in order %v, want %s", got, want)
	}
	if g.held {
		t.Fatal("gate still held with nobody in it")
	}
}

func TestGateUrgentDoesNotStarveOthers(t *testing.T) {
	var g gate
	if err := g.enter(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	callers := []string{"turn"}
	for i := range 2 * urgentRun {
		callers = append(callers, fmt.Sprintf("accept%d", i))
	}
	got := passOrder(t, &g, callers, func(n string) bool { return n[0] == 'a' })
	if got[urgentRun] != "turn" {
		t.Fatalf("passed in order %v, want the turn after %d accepts", got, urgentRun)
	}
}

func TestGateCancelledWait(t *testing.T) {
	var g gate
	if err := g.enter(context.Background(), false); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error)
	go func() { errc <- g.enter(ctx, true) }()
	queued(t, &g, 1)
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("enter = %v, want context.Canceled", err)
	}
	queued(t, &g, 0)
	g.leave()
	if g.held {
		t.Fatal("gate held after its only holder left")
	}
	// A caller handed the gate as its context ends passes it on.
	for range 200 {
		if err := g.enter(context.Background(), false); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- g.enter(ctx, false) }()
		queued(t, &g, 1)
		go cancel()
		g.leave()
		if err := <-done; err == nil {
			g.leave()
		}
		cancel()
		if err := g.enter(context.Background(), true); err != nil {
			t.Fatal(err)
		}
		g.leave()
		if g.held {
			t.Fatal("gate lost: held with nobody in it")
		}
	}
}

// Many callers of both kinds, some giving up: every one that entered left,
// and the gate ends open with nobody waiting.
func TestGateConcurrent(t *testing.T) {
	var g gate
	var (
		mu     sync.Mutex
		inside int
		wg     sync.WaitGroup
	)
	for w := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				ctx, cancel := context.WithTimeout(context.Background(), time.Duration(i%3)*50*time.Microsecond+time.Millisecond)
				if err := g.enter(ctx, w%2 == 0); err == nil {
					mu.Lock()
					inside++
					if inside != 1 {
						t.Errorf("%d callers inside the gate", inside)
					}
					inside--
					mu.Unlock()
					g.leave()
				}
				cancel()
			}
		}()
	}
	wg.Wait()
	if g.held || len(g.queues[0])+len(g.queues[1]) != 0 {
		t.Fatalf("gate held %v with %d+%d waiting", g.held, len(g.queues[0]), len(g.queues[1]))
	}
}

// A webhook's transaction (store.Urgent) goes before background work that
// waited longer.
func TestUrgentTransactionFirst(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "gate.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	release := make(chan struct{})
	held := make(chan struct{})
	var (
		mu    sync.Mutex
		order []string
		wg    sync.WaitGroup
	)
	tx := func(ctx context.Context, name string) {
		defer wg.Done()
		err := d.WithTx(ctx, func(store.Queries) error {
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
			return nil
		})
		if err != nil {
			t.Error(err)
		}
	}
	wg.Add(3)
	go func() {
		defer wg.Done()
		_ = d.WithTx(ctx, func(store.Queries) error { close(held); <-release; return nil })
	}()
	<-held
	go tx(ctx, "turn")
	queued(t, &d.gate, 1)
	go tx(store.Urgent(ctx), "accept")
	queued(t, &d.gate, 2)
	close(release)
	wg.Wait()
	if fmt.Sprint(order) != "[accept turn]" {
		t.Fatalf("transactions ran in order %v, want the accept first", order)
	}
}
