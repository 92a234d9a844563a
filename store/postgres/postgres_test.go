package postgres_test

import (
	"context"
	"testing"

	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/postgres"
	"github.com/jaga-id/jaga/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t testing.TB) store.Store { return storetest.Postgres(t, store.Options{}) })
}

func BenchmarkInsertMessages(b *testing.B) {
	storetest.BenchmarkInsertMessages(b, storetest.Postgres(b, store.Options{}))
}

func BenchmarkInsertInbound(b *testing.B) {
	storetest.BenchmarkInsertInbound(b, storetest.Postgres(b, store.Options{}))
}

// TestInsertJobMatchesRiver holds the job rows InsertInbound and
// FinishTurns write to the rows River's own insert writes for the same jobs,
// column by column, so that an upgrade of River that changes its table
// fails here.
func TestInsertJobMatchesRiver(t *testing.T) {
	ctx := context.Background()
	st := storetest.Postgres(t, store.Options{})
	storetest.WriteParityJobs(t, st)
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
	storetest.CompareParityJobs(t, got)
	var due bool
	if err := st.Pool().QueryRow(ctx, `SELECT bool_and(scheduled_at <= now() AND created_at <= now()) FROM river_job WHERE kind = 'parity'`).Scan(&due); err != nil || !due {
		t.Fatalf("jobs not due now: %v, %v", due, err)
	}
}

// Prepared statements are planned once per connection unless DATABASE_URL
// says otherwise.
func TestPlanCacheMode(t *testing.T) {
	ctx := context.Background()
	mode := func(st *postgres.DB) string {
		t.Helper()
		var m string
		if err := st.Pool().QueryRow(ctx, `SHOW plan_cache_mode`).Scan(&m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	url := storetest.PostgresURL(t)
	st, err := postgres.Open(ctx, url, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if m := mode(st); m != "force_generic_plan" {
		t.Fatalf("plan_cache_mode = %q, want force_generic_plan", m)
	}
	own, err := postgres.Open(ctx, url+"&plan_cache_mode=auto", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer own.Close()
	if m := mode(own); m != "auto" {
		t.Fatalf("plan_cache_mode = %q with auto in the URL", m)
	}
}
