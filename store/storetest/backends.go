// Package storetest is the conformance suite every store backend passes, and
// the helpers tests use to get a fresh, migrated store: SQLite in a temporary
// directory always, PostgreSQL in a fresh schema whenever TEST_DATABASE_URL
// is set.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/postgres"
	"github.com/jaga-id/jaga/store/sqlite"
)

// Backend opens a fresh, migrated store of one kind for a test.
type Backend struct {
	Name string
	Open func(t testing.TB, opts store.Options) store.Store
}

// Backends returns SQLite, and PostgreSQL when TEST_DATABASE_URL is set.
func Backends() []Backend {
	bs := []Backend{{Name: "sqlite", Open: func(t testing.TB, opts store.Options) store.Store { return SQLite(t, opts) }}}
	if os.Getenv("TEST_DATABASE_URL") != "" {
		bs = append(bs, Backend{Name: "postgres", Open: func(t testing.TB, opts store.Options) store.Store { return Postgres(t, opts) }})
	}
	return bs
}

// ForEach runs fn as a subtest on every backend, each with a fresh store.
func ForEach(t *testing.T, fn func(t *testing.T, st store.Store)) {
	for _, b := range Backends() {
		t.Run(b.Name, func(t *testing.T) {
			fn(t, b.Open(t, store.Options{}))
		})
	}
}

// SQLite returns a migrated SQLite store in t's temporary directory.
func SQLite(t testing.TB, opts store.Options) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "jaga.db"), opts)
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate sqlite: %v", err)
	}
	return db
}

// PostgresURL returns TEST_DATABASE_URL with search_path set to a new,
// empty schema that is dropped when t ends. It skips t when
// TEST_DATABASE_URL is not set.
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		t.Skip("TEST_DATABASE_URL not set")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to TEST_DATABASE_URL: %v", err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "jagatest_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		_, _ = conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
	})
	return WithSearchPath(base, schema)
}

// WithSearchPath returns a PostgreSQL URL whose connections use schema.
func WithSearchPath(base, schema string) string {
	u, err := url.Parse(base)
	if err != nil || u.Scheme == "" {
		// A keyword/value connection string.
		return strings.TrimSpace(base) + " search_path=" + schema
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Postgres returns a migrated PostgreSQL store in a fresh schema, or skips
// t when TEST_DATABASE_URL is not set.
func Postgres(t testing.TB, opts store.Options) *postgres.DB {
	t.Helper()
	ctx := context.Background()
	if opts.MaxConns == 0 {
		opts.MaxConns = 8
	}
	db, err := postgres.Open(ctx, PostgresURL(t), opts)
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate postgres: %v", err)
	}
	return db
}
