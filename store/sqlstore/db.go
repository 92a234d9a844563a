// Package sqlstore is the SQL that both backends share. Queries are written
// once, in PostgreSQL's dialect with $1-style placeholders and time.Time
// arguments; the SQLite backend's DB adapter rewrites placeholders to ?1 and
// stores times as Unix microseconds. Backend-specific schema lives in each
// backend's migrations.
package sqlstore

import (
	"context"
	"strconv"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// DB is what a backend gives the shared SQL: its pool or one transaction.
// Implementations translate errors once: no rows → jaga.ENOTFOUND, a unique
// violation → jaga.ECONFLICT.
type DB interface {
	Exec(ctx context.Context, query string, args ...any) (rowsAffected int64, err error)
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, query string, args ...any) Row
	// InsertJob enqueues a River job, inside the transaction when DB is one.
	InsertJob(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (int64, error)
	// CompleteJob marks a running job completed inside the transaction, so a
	// job's effects and its completion commit together (exactly once).
	CompleteJob(ctx context.Context, job *rivertype.JobRow) error
}

// Rows iterates over a query's result.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Row is a single-row result.
type Row interface {
	Scan(dest ...any) error
}

// TxFunc runs fn in a new transaction on the backend.
type TxFunc func(ctx context.Context, fn func(tx DB) error) error

// Queries implements every record operation over a DB. Backends embed one
// bound to their pool; WithTx hands out one bound to a transaction.
type Queries struct {
	db      DB
	begin   TxFunc // nil when db is already a transaction
	dialect Dialect
}

// Dialect tells the few places where SQL differs between backends.
type Dialect string

// Dialects.
const (
	Postgres Dialect = "postgres"
	SQLite   Dialect = "sqlite"
)

// New returns Queries over db. begin starts a transaction on the same
// backend; it is nil when db is a transaction.
func New(db DB, begin TxFunc, dialect Dialect) *Queries {
	return &Queries{db: db, begin: begin, dialect: dialect}
}

// InTx runs fn with Queries bound to a transaction: a new one, or the
// current one when q is already bound to a transaction.
func (q *Queries) InTx(ctx context.Context, fn func(q *Queries) error) error {
	if q.begin == nil {
		return fn(q)
	}
	return q.begin(ctx, func(tx DB) error {
		return fn(&Queries{db: tx, dialect: q.dialect})
	})
}

// Dialect returns the backend's dialect.
func (q *Queries) Dialect() Dialect { return q.dialect }

// limitSQL renders a row limit as a literal rather than a parameter.
// SQLite's planner reads a LIMIT's bound value, so binding one — even the
// same value again — expires the prepared statement, and every run compiled
// the statement anew (measured: a fifth of a cached history query's time).
// Limits come from code and configuration, a handful of values, so each
// stays one cached statement on either backend.
func limitSQL(n int) string { return " LIMIT " + strconv.Itoa(n) }
