package bot

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

// fakeNow is a clock the test moves by hand.
type fakeNow struct {
	mu sync.Mutex
	t  time.Time
}

func (f *fakeNow) now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.t
}

func (f *fakeNow) add(d time.Duration) {
	f.mu.Lock()
	f.t = f.t.Add(d)
	f.mu.Unlock()
}

func newTestPacer(workers int) (*pacer, *fakeNow) {
	clock := &fakeNow{t: time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)}
	p := newPacer(workers, clock.now)
	p.window = 5 * time.Millisecond // the waiters' ticks; the windows follow clock
	return p, clock
}

// closeWindow ends the pacer's current window after n accepts of latency d.
func closeWindow(p *pacer, clock *fakeNow, n int, d time.Duration) {
	for range n {
		p.accepted(d)
	}
	clock.add(paceWindow)
	p.mu.Lock()
	p.adjust()
	p.mu.Unlock()
}

func wantState(t *testing.T, p *pacer, limit, running, waiting int) {
	t.Helper()
	l, r, w := p.state()
	if l != limit || r != running || w != waiting {
		t.Fatalf("limit, running, waiting = %d, %d, %d; want %d, %d, %d", l, r, w, limit, running, waiting)
	}
}

func TestPacerRunsEveryWorkerWhileAcceptsAreFast(t *testing.T) {
	p, clock := newTestPacer(4)
	ctx := context.Background()
	for range 4 {
		if !p.acquire(ctx, time.Second) {
			t.Fatal("acquire refused below the limit")
		}
	}
	// Fast accepts change nothing.
	closeWindow(p, clock, 300, time.Millisecond)
	wantState(t, p, 4, 4, 0)
	// A fifth turn (a worker beyond the limit cannot exist, but the
	// limit is what counts) waits for a slot and gets the one released.
	got := make(chan bool)
	go func() { got <- p.acquire(ctx, 10*time.Second) }()
	waitFor(t, func() bool { _, _, w := p.state(); return w == 1 })
	p.release()
	if !<-got {
		t.Fatal("waiting turn not let in when a slot was released")
	}
	wantState(t, p, 4, 4, 0)
}

// A burst of webhooks finds every turn allowed: a window that is already
// lost halves the limit at once, without waiting for its end.
func TestPacerCutsEarlyInALostWindow(t *testing.T) {
	p, _ := newTestPacer(32)
	for range paceEarlyCut - 1 {
		p.accepted(time.Second)
	}
	wantState(t, p, 32, 0, 0) // the window may yet hold enough fast accepts
	p.accepted(time.Second)
	wantState(t, p, 16, 0, 0) // the clock has not moved
	// The cut began a new window: the next cut takes as many slow accepts.
	for range paceEarlyCut - 1 {
		p.accepted(time.Second)
	}
	wantState(t, p, 16, 0, 0)
	p.accepted(time.Second)
	wantState(t, p, 8, 0, 0)

	// As many slow accepts among enough fast ones (one in a hundred at
	// most) are tolerated.
	p, _ = newTestPacer(32)
	for range 100 * paceEarlyCut {
		p.accepted(time.Millisecond)
	}
	for range paceEarlyCut {
		p.accepted(time.Second)
	}
	wantState(t, p, 32, 0, 0)
}

func TestPacerSlowAcceptsHoldTurnsBack(t *testing.T) {
	p, clock := newTestPacer(32)
	ctx := context.Background()

	// One slow accept in a hundred is tolerated...
	for range 99 {
		p.accepted(time.Millisecond)
	}
	p.accepted(time.Second)
	closeWindow(p, clock, 0, 0)
	wantState(t, p, 32, 0, 0)
	// ...two are not: the limit halves each window, down to the floor.
	for _, want := range []int{16, 8, 4, 2, 2} {
		closeWindow(p, clock, 2, time.Second)
		if l, _, _ := p.state(); l != want {
			t.Fatalf("limit %d, want %d", l, want)
		}
	}
	// The floor keeps turns moving.
	for range paceMin {
		if !p.acquire(ctx, time.Second) {
			t.Fatal("acquire refused at the floor")
		}
	}
	// A turn past the limit waits, and gives up after its wait.
	start := time.Now()
	if p.acquire(ctx, 30*time.Millisecond) {
		t.Fatal("acquire let a turn past the limit")
	}
	if time.Since(start) < 30*time.Millisecond {
		t.Fatal("acquire gave up before its wait")
	}
	wantState(t, p, 2, 2, 0)

	// Windows of fast accepts let one more turn in each.
	closeWindow(p, clock, 50, time.Millisecond)
	closeWindow(p, clock, 50, time.Millisecond)
	wantState(t, p, 4, 2, 0)

	// Turns already running when the limit falls finish; new ones wait.
	for range 2 {
		p.acquire(ctx, time.Second)
	}
	closeWindow(p, clock, 2, time.Second)
	wantState(t, p, 2, 4, 0)

	// A window without webhooks lets every worker run at once, and wakes
	// the turns waiting — with no accept or release to close the window.
	got := make(chan bool, 3)
	for range 3 {
		go func() { got <- p.acquire(ctx, 10*time.Second) }()
	}
	waitFor(t, func() bool { _, _, w := p.state(); return w == 3 })
	clock.add(paceWindow) // an empty window passes
	for range 3 {
		if !<-got {
			t.Fatal("waiting turn not let in when the accepts stopped")
		}
	}
	wantState(t, p, 32, 7, 0)
	for range 7 {
		p.release()
	}
	wantState(t, p, 32, 0, 0)
}

func TestPacerWaitEndsWithContext(t *testing.T) {
	p, clock := newTestPacer(2)
	closeWindow(p, clock, 2, time.Second)
	wantState(t, p, 2, 0, 0) // already at the floor
	p.acquire(context.Background(), time.Second)
	p.acquire(context.Background(), time.Second)

	ctx, cancel := context.WithCancel(context.Background())
	got := make(chan bool)
	go func() { got <- p.acquire(ctx, time.Minute) }()
	waitFor(t, func() bool { _, _, w := p.state(); return w == 1 })
	cancel()
	if <-got {
		t.Fatal("acquire succeeded after its context ended")
	}
	wantState(t, p, 2, 2, 0)
}

// A turn woken just as its wait ends passes its slot on: none is lost.
func TestPacerLeaveAfterWakePassesTheSlotOn(t *testing.T) {
	p, _ := newTestPacer(1)
	p.acquire(context.Background(), time.Second)
	ch1, ch2 := make(chan struct{}), make(chan struct{})
	p.mu.Lock()
	p.waiters = append(p.waiters, ch1, ch2)
	p.mu.Unlock()
	p.release() // wakes ch1
	select {
	case <-ch1:
	default:
		t.Fatal("first waiter not woken")
	}
	p.leave(ch1) // it gave up anyway: its slot goes to ch2
	select {
	case <-ch2:
	default:
		t.Fatal("slot of the waiter that left not passed on")
	}
	wantState(t, p, 1, 1, 0)
}

// Many turns and accepts at once: every acquire is matched by a release
// and the count of turns running never passes the limit by more than the
// turns that were running when it fell.
func TestPacerConcurrent(t *testing.T) {
	p, clock := newTestPacer(8)
	ctx := context.Background()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			d := time.Millisecond
			if i%3 == 0 {
				d = time.Second
			}
			p.accepted(d)
			if i%50 == 0 {
				clock.add(paceWindow)
			}
			time.Sleep(50 * time.Microsecond)
		}
	}()
	var turns sync.WaitGroup
	for range 32 {
		turns.Add(1)
		go func() {
			defer turns.Done()
			for range 50 {
				if p.acquire(ctx, time.Minute) {
					time.Sleep(20 * time.Microsecond)
					p.release()
				}
			}
		}()
	}
	turns.Wait()
	close(stop)
	wg.Wait()
	if _, r, w := p.state(); r != 0 || w != 0 {
		t.Fatalf("running %d, waiting %d after every turn ended", r, w)
	}
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 5s")
		}
		time.Sleep(time.Millisecond)
	}
}

// TestMinTurnsConfig: the configured floor is where the halving stops,
// and that many turns still run.
func TestMinTurnsConfig(t *testing.T) {
	ctx := t.Context()
	for _, c := range []struct{ set, want int }{{0, paceMin}, {1, 1}, {3, 3}, {64, 8}} {
		st := storetest.SQLite(t, store.Options{})
		s := New(Config{Store: st, TurnWorkers: 8, MinTurns: c.set})
		p, clock := s.pace, &fakeNow{t: time.Now()}
		p.now, p.winStart = clock.now, clock.now()
		for range 5 {
			closeWindow(p, clock, 2, time.Second)
		}
		if l, _, _ := p.state(); l != c.want {
			t.Fatalf("MinTurns %d: limit %d after slow windows, want %d", c.set, l, c.want)
		}
		for range c.want {
			if !p.acquire(ctx, time.Second) {
				t.Fatalf("MinTurns %d: acquire refused at the floor", c.set)
			}
		}
		if p.acquire(ctx, time.Millisecond) {
			t.Fatalf("MinTurns %d: a turn ran past the floor", c.set)
		}
	}
}

// Config.SlowAccept sets when an accept counts as slow; zero keeps 5 ms.
func TestSlowAcceptConfig(t *testing.T) {
	for _, c := range []struct {
		set, want time.Duration
	}{{0, paceTarget}, {12 * time.Millisecond, 12 * time.Millisecond}} {
		st := storetest.SQLite(t, store.Options{})
		s := New(Config{Store: st, TurnWorkers: 8, SlowAccept: c.set})
		if s.pace == nil || s.pace.target != c.want {
			t.Fatalf("SlowAccept %v: pacer target %v, want %v", c.set, s.pace.target, c.want)
		}
		// An accept just over the target is slow: two in a window halve
		// the limit.
		p, clock := s.pace, &fakeNow{t: time.Now()}
		p.now, p.winStart = clock.now, clock.now()
		closeWindow(p, clock, 2, c.want+time.Millisecond)
		p.accepted(0) // closes the window
		if p.limit != 4 {
			t.Fatalf("SlowAccept %v: limit %d after slow accepts, want 4", c.set, p.limit)
		}
	}
}
