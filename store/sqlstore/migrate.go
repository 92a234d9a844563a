package sqlstore

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Migration is one numbered SQL file.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// LoadMigrations reads NNNN_name.sql files from dir in fsys, in order.
func LoadMigrations(fsys fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out []Migration
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and an underscore", name)
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: name, SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	for i := 1; i < len(out); i++ {
		if out[i].Version == out[i-1].Version {
			return nil, fmt.Errorf("migrations %s and %s share a number", out[i-1].Name, out[i].Name)
		}
	}
	return out, nil
}

const migrationsTable = `CREATE TABLE IF NOT EXISTS jaga_migrations (
    version  integer PRIMARY KEY,
    name     text NOT NULL
)`

// migrationLockKey is the PostgreSQL advisory lock that keeps two replicas
// from migrating at once.
const migrationLockKey = 0x6a616761 + 1

// Migrate applies the migrations not yet applied, each in its own
// transaction, and returns how many it applied.
func (q *Queries) Migrate(ctx context.Context, migrations []Migration) (int, error) {
	if _, err := q.db.Exec(ctx, migrationsTable); err != nil {
		return 0, fmt.Errorf("create migrations table: %w", err)
	}
	applied := 0
	for _, m := range migrations {
		err := q.InTx(ctx, func(q *Queries) error {
			if q.dialect == Postgres {
				if _, err := q.db.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLockKey)); err != nil {
					return err
				}
			}
			var n int
			if err := q.db.QueryRow(ctx, `SELECT COUNT(*) FROM jaga_migrations WHERE version = $1`, m.Version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := q.db.Exec(ctx, m.SQL); err != nil {
				return fmt.Errorf("apply %s: %w", m.Name, err)
			}
			if _, err := q.db.Exec(ctx, `INSERT INTO jaga_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
				return err
			}
			applied++
			return nil
		})
		if err != nil {
			return applied, err
		}
	}
	return applied, nil
}

// Pending returns how many of migrations are not applied yet.
func (q *Queries) Pending(ctx context.Context, migrations []Migration) (int, error) {
	rows, err := q.db.Query(ctx, `SELECT version FROM jaga_migrations`)
	if err != nil {
		return len(migrations), err
	}
	defer rows.Close()
	done := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return len(migrations), err
		}
		done[v] = true
	}
	if err := rows.Err(); err != nil {
		return len(migrations), err
	}
	n := 0
	for _, m := range migrations {
		if !done[m.Version] {
			n++
		}
	}
	return n, nil
}
