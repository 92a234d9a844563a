package postgres_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"

	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t testing.TB) store.Store { return storetest.Postgres(t, store.Options{}) })
}

func BenchmarkInsertMessages(b *testing.B) {
	storetest.BenchmarkInsertMessages(b, storetest.Postgres(b, store.Options{}))
}

type parityArgs struct {
	MessageID int64 `json:"message_id"`
}

func (parityArgs) Kind() string { return "parity" }

// TestInsertInboundJobMatchesRiver holds InsertInbound's job row to the row
// River's own insert writes for the same job, column by column, so that an
// upgrade of River that changes its table fails here.
func TestInsertInboundJobMatchesRiver(t *testing.T) {
	ctx := context.Background()
	st := storetest.Postgres(t, store.Options{})
	s, i, c := storetest.NewPerson(t, st, jaga.ChannelTelegram, "parity")
	opts := river.InsertOpts{Queue: "turns", MaxAttempts: 5}
	m := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
		ChannelMessageID: "parity-1", Status: jaga.StatusReceived, CreatedAt: time.Now()}
	if err := st.InsertInbound(ctx, []store.InboundRow{{Message: m, IdentityID: i.ID}}, parityArgs{}.Kind(), opts); m.ID == 0 || err != nil {
		t.Fatalf("InsertInbound: id %d, %v", m.ID, err)
	}
	if _, err := st.Enqueue(ctx, parityArgs{MessageID: m.ID}, &opts); err != nil {
		t.Fatal(err)
	}
	rows, err := st.Pool().Query(ctx, `SELECT to_jsonb(j) - 'id' - 'created_at' - 'scheduled_at' FROM river_job j
		WHERE kind = 'parity' ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	for rows.Next() {
		var row map[string]any
		if err := rows.Scan(&row); err != nil {
			t.Fatal(err)
		}
		got = append(got, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d parity jobs, want 2", len(got))
	}
	if !reflect.DeepEqual(got[0], got[1]) {
		t.Fatalf("InsertInbound's job differs from River's:\n ours  %v\n River %v", got[0], got[1])
	}
	var due bool
	if err := st.Pool().QueryRow(ctx, `SELECT bool_and(scheduled_at <= now() AND created_at <= now()) FROM river_job WHERE kind = 'parity'`).Scan(&due); err != nil || !due {
		t.Fatalf("jobs not due now: %v, %v", due, err)
	}
}
