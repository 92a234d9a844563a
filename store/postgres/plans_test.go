package postgres_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

// TestBatchesReadByKey holds the turn pipeline's batched statements to
// reading the rows they need by key when the table statistics are stale:
// the tables are analyzed while small, as autovacuum may have left them
// before a burst, and then 3,000 inbound messages and 3,000 available turn
// jobs arrive. Plans made from such statistics (generic plans are forced,
// as in service) once read every available job, every inbound message's
// index entry or a whole table for a handful of rows; here a batch may read
// no table whole and only a few index entries.
func TestBatchesReadByKey(t *testing.T) {
	ctx := context.Background()
	// One connection, so that all the statistics below are its own.
	st := storetest.Postgres(t, store.Options{MaxConns: 1})
	pool := st.Pool()
	// 2,000 people, as in a service with a few thousand chats, and the
	// eight whose messages the batches below carry.
	if _, err := pool.Exec(ctx, `WITH s AS (
			INSERT INTO subjects (language, created_at) SELECT 'id', now() FROM generate_series(1, 2000) RETURNING id
		), i AS (
			INSERT INTO identities (subject_id, channel, external_id, created_at)
			SELECT id, 'telegram', 'bulk-' || id, now() FROM s RETURNING id, subject_id
		)
		INSERT INTO conversations (subject_id, identity_id, channel, external_chat_id, created_at, last_message_at)
		SELECT subject_id, id, 'telegram', 'bulk-' || id, now(), now() FROM i`); err != nil {
		t.Fatal(err)
	}
	type person struct {
		subject, identity, conversation int64
	}
	ps := make([]person, 8)
	for i := range ps {
		s, id, c := storetest.NewPerson(t, st, jaga.ChannelTelegram, fmt.Sprintf("plan-%d", i))
		ps[i] = person{s.ID, id.ID, c.ID}
	}
	if _, err := pool.Exec(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	// The burst, after the analysis: messages in and out, and turn jobs
	// waiting for a worker.
	if _, err := pool.Exec(ctx, `INSERT INTO messages (conversation_id, subject_id, direction, channel, channel_message_id,
			redacted_text, status, created_at, updated_at)
		SELECT c.id, c.subject_id, d.direction, 'telegram', 'burst:' || g, 'halo', d.status, now(), now()
		  FROM generate_series(1, 3000) g
		  JOIN conversations c ON c.id = (SELECT min(id) FROM conversations) + g % 2000
		 CROSS JOIN LATERAL (SELECT CASE WHEN g < 2000 THEN 'in' ELSE 'out' END AS direction,
			CASE WHEN g < 2000 THEN 'processed' ELSE 'sent' END AS status) d`); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO river_job (args, kind, max_attempts, priority, queue, state, scheduled_at)
		SELECT jsonb_build_object('message_id', 0), 'turn', 5, 1, 'turns', 'available', now() + interval '1 hour'
		  FROM generate_series(1, 3000)`); err != nil {
		t.Fatal(err)
	}

	type reads struct{ seq, idx map[string]int64 }
	read := func() reads {
		t.Helper()
		// This connection's statistics reach the shared ones when it next
		// goes idle; the snapshot is then taken afresh.
		if _, err := pool.Exec(ctx, `SELECT pg_stat_force_next_flush()`); err != nil {
			t.Fatal(err)
		}
		r := reads{map[string]int64{}, map[string]int64{}}
		rows, err := pool.Query(ctx, `SELECT 't', relname, coalesce(seq_tup_read, 0) FROM pg_stat_user_tables WHERE schemaname = current_schema()
			UNION ALL SELECT 'i', indexrelname, coalesce(idx_tup_read, 0) FROM pg_stat_user_indexes WHERE schemaname = current_schema()`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var kind, name string
			var n int64
			if err := rows.Scan(&kind, &name, &n); err != nil {
				t.Fatal(err)
			}
			if kind == "t" {
				r.seq[name] = n
			} else {
				r.idx[name] = n
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return r
	}
	check := func(step string, before reads) {
		t.Helper()
		after := read()
		for name, n := range after.seq {
			if d := n - before.seq[name]; d > 0 {
				t.Errorf("%s read the whole table %s (%d rows)", step, name, d)
			}
		}
		for name, n := range after.idx {
			if d := n - before.idx[name]; d > 100 {
				t.Errorf("%s read %d entries of index %s", step, d, name)
			}
		}
	}

	now := time.Now().UTC()
	var in []store.InboundRow
	for i, p := range ps {
		in = append(in, store.InboundRow{IdentityID: p.identity, Message: &jaga.Message{ConversationID: p.conversation,
			SubjectID: p.subject, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
			ChannelMessageID: fmt.Sprintf("plan:%d", i), RedactedText: "halo", Status: jaga.StatusReceived, CreatedAt: now}})
	}
	before := read()
	if err := st.InsertInbound(ctx, in, "turn", river.InsertOpts{Queue: "turns", MaxAttempts: 5}); err != nil {
		t.Fatal(err)
	}
	check("InsertInbound", before)
	ids := make([]int64, len(in))
	for i, r := range in {
		if r.Message.ID == 0 {
			t.Fatalf("message %d not stored", i)
		}
		ids[i] = r.Message.ID
	}

	before = read()
	turns, err := st.GetTurns(ctx, ids)
	if err != nil || len(turns) != len(ids) {
		t.Fatalf("GetTurns: %d turns, %v", len(turns), err)
	}
	check("GetTurns", before)

	finish := make([]store.FinishRow, len(in))
	for i, r := range in {
		m := r.Message
		finish[i] = store.FinishRow{InboundID: m.ID, At: now, Hold: time.Minute, Reply: &jaga.Message{
			ConversationID: m.ConversationID, SubjectID: m.SubjectID, Direction: jaga.Outbound, Channel: m.Channel,
			RedactedText: "buka jam 9", Status: jaga.StatusQueued, ReplyTo: m.ID, CreatedAt: now}}
	}
	before = read()
	if err := st.FinishTurns(ctx, finish, "deliver", river.InsertOpts{Queue: "deliveries", MaxAttempts: 10}); err != nil {
		t.Fatal(err)
	}
	check("FinishTurns", before)

	replies := make([]int64, len(finish))
	for i, f := range finish {
		replies[i] = f.Reply.ID
	}
	before = read()
	ds, err := st.GetDeliveries(ctx, replies)
	if err != nil || len(ds) != len(replies) {
		t.Fatalf("GetDeliveries: %d deliveries, %v", len(ds), err)
	}
	check("GetDeliveries", before)

	sent := make([]store.SentRow, len(finish))
	for i, f := range finish {
		if !f.Held || f.JobID == 0 {
			t.Fatalf("reply %d: job %d held %v", i, f.JobID, f.Held)
		}
		sent[i] = store.SentRow{ID: f.Reply.ID, ChannelMessageID: fmt.Sprint(100 + i), At: now, JobID: f.JobID}
	}
	before = read()
	if err := st.MarkSentMany(ctx, sent); err != nil {
		t.Fatal(err)
	}
	check("MarkSentMany", before)
	var left int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE kind = 'deliver'`).Scan(&left); err != nil || left != 0 {
		t.Fatalf("%d held jobs left after MarkSentMany (%v)", left, err)
	}
}
