package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/sqlite"
	"github.com/jaga-id/jaga/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t testing.TB) store.Store { return storetest.SQLite(t, store.Options{}) })
}

func BenchmarkInsertMessages(b *testing.B) {
	storetest.BenchmarkInsertMessages(b, storetest.SQLite(b, store.Options{}))
}

func BenchmarkInsertInbound(b *testing.B) {
	storetest.BenchmarkInsertInbound(b, storetest.SQLite(b, store.Options{}))
}

// TestInsertJobMatchesRiver holds the job rows InsertInbound and
// FinishTurns write to the rows River's own insert writes for the same jobs,
// column by column (the JSON columns byte for byte), so that an upgrade of
// River that changes its table fails here.
func TestInsertJobMatchesRiver(t *testing.T) {
	ctx := context.Background()
	st := storetest.SQLite(t, store.Options{})
	storetest.WriteParityJobs(t, st)
	// River's SQLite driver puts a random nonce into every job's metadata
	// to learn, right after its insert, whether the row is new; nothing
	// reads it later, and our rows do not need it.
	rows, err := st.SQL().QueryContext(ctx, `SELECT hex(args), kind, max_attempts,
		hex(jsonb(json_remove(metadata, '$."river:unique_nonce"'))), priority, queue, state,
		hex(tags), quote(unique_key), quote(unique_states), attempt, quote(attempted_at), quote(attempted_by), quote(errors),
		quote(finalized_at), typeof(created_at), length(created_at), typeof(scheduled_at), length(scheduled_at),
		scheduled_at <= datetime('now', 'subsec') AND created_at <= datetime('now', 'subsec')
		FROM river_job WHERE kind = 'parity' ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var got [][]any
	for rows.Next() {
		row := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		got = append(got, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	storetest.CompareParityJobs(t, got)
	if due := got[0][len(cols)-1]; due != int64(1) {
		t.Fatalf("jobs not due now: %v", due)
	}
}

// TestCheckpointsOffTheWorkingConnection: commits on the working connection
// never checkpoint (no webhook waits for one), yet the WAL does not grow
// without bound, and a closed database is one file.
func TestCheckpointsOffTheWorkingConnection(t *testing.T) {
	ctx := context.Background()
	st := storetest.SQLite(t, store.Options{})
	var auto int
	if err := st.SQL().QueryRow(`PRAGMA wal_autocheckpoint`).Scan(&auto); err != nil || auto != 0 {
		t.Fatalf("wal_autocheckpoint = %d, %v; want 0 on the working connection", auto, err)
	}
	s, _, c := storetest.NewPerson(t, st, jaga.ChannelTelegram, "wal")
	walSize := func() int64 {
		fi, err := os.Stat(st.Path() + "-wal")
		if err != nil {
			return 0
		}
		return fi.Size()
	}
	text := strings.Repeat("stok kopi susu tinggal berapa? ", 30)
	var round, largest int64
	for r := range 6 {
		before := walSize()
		for i := range 300 {
			m := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
				ChannelMessageID: fmt.Sprintf("wal-%d-%d", r, i), RedactedText: text, Status: jaga.StatusReceived, CreatedAt: time.Now()}
			if err := st.CreateMessage(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
		if r == 0 {
			round = walSize() - before
		}
		largest = max(largest, walSize())
		time.Sleep(500 * time.Millisecond) // two checkpoint intervals
	}
	if round <= 0 || largest > 3*round {
		t.Fatalf("WAL grew to %d bytes; one round writes %d: nothing checkpoints it", largest, round)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if n := walSize(); n != 0 {
		t.Fatalf("WAL of a closed database holds %d bytes", n)
	}
}

// A LIMIT bound as the last parameter (River's job fetch) is inlined by the
// connection; the rows are the same as asked for, whatever the limit.
func TestBoundLimit(t *testing.T) {
	st := storetest.SQLite(t, store.Options{})
	for _, limit := range []int64{2, 3, 2, 0, 5} {
		rows, err := st.SQL().Query(`SELECT value FROM json_each(?1) ORDER BY value LIMIT ?2`, "[4,1,3,2]", limit)
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for rows.Next() {
			var v int
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			got = append(got, v)
		}
		rows.Close()
		if want := min(int(limit), 4); len(got) != want || (want > 0 && got[0] != 1) {
			t.Fatalf("LIMIT %d: %v", limit, got)
		}
	}
}

type idleArgs struct{}

func (idleArgs) Kind() string { return "idle" }

// TestHeldJobsReleasedAtStart: a reply's held job (its turn was to send the
// reply) is due at once when a process starts on the file, since the turn
// died with the process before it.
func TestHeldJobsReleasedAtStart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "jaga.db")
	db, err := sqlite.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	s, _, c := storetest.NewPerson(t, db, jaga.ChannelTelegram, "held")
	in := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
		ChannelMessageID: "held-1", Status: jaga.StatusReceived, CreatedAt: time.Now()}
	if err := db.CreateMessage(ctx, in); err != nil {
		t.Fatal(err)
	}
	rows := []store.FinishRow{{InboundID: in.ID, At: time.Now(), Hold: time.Hour, Reply: &jaga.Message{ConversationID: c.ID,
		SubjectID: s.ID, Direction: jaga.Outbound, Channel: jaga.ChannelTelegram, RedactedText: "ok", Sealed: []byte("x"),
		Status: jaga.StatusQueued, Author: "assistant", ReplyTo: in.ID, CreatedAt: time.Now()}}}
	if err := db.FinishTurns(ctx, rows, "deliver", river.InsertOpts{Queue: "deliveries"}); err != nil || !rows[0].Held {
		t.Fatalf("FinishTurns: held %v, %v", rows[0].Held, err)
	}
	due := func(db *sqlite.DB) bool {
		t.Helper()
		var due bool
		if err := db.SQL().QueryRow(`SELECT scheduled_at <= datetime('now', 'subsec') FROM river_job WHERE id = ?`,
			rows[0].JobID).Scan(&due); err != nil {
			t.Fatal(err)
		}
		return due
	}
	if due(db) {
		t.Fatal("a held job is due at once")
	}
	db.Close() // as if the process died before the turn sent the reply

	workers := river.NewWorkers()
	river.AddWorker(workers, river.WorkFunc(func(context.Context, *river.Job[idleArgs]) error { return nil }))
	// The jobs' own queue is not worked, so the job stays to be looked at.
	db, err = sqlite.Open(ctx, path, store.Options{Workers: workers, Queues: map[string]int{"idle": 1}})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.StartJobs(ctx); err != nil {
		t.Fatal(err)
	}
	defer db.StopJobs(ctx)
	if !due(db) {
		t.Fatal("the held job of a turn lost in a crash is not due after the restart")
	}
}
