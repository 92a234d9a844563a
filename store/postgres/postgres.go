// Package postgres is the store backend for several replicas: PostgreSQL
// through a pgx/v5 pool, with River's pgx driver for durable jobs (leader
// election for periodic jobs, LISTEN/NOTIFY for prompt job pickup).
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/sqlstore"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migrations returns jaga's migrations for PostgreSQL.
func Migrations() ([]sqlstore.Migration, error) {
	return sqlstore.LoadMigrations(migrationFS, "migrations")
}

// DB is an open PostgreSQL store.
type DB struct {
	*sqlstore.Queries
	pool   *pgxpool.Pool
	river  *river.Client[pgx.Tx]
	opts   store.Options
	events []func(store.JobEvent)
	stop   func()
}

var _ store.Store = (*DB)(nil)

// ParseURL checks a postgres:// URL without connecting, with an error that
// never repeats the URL (it may hold a password).
func ParseURL(url string) error {
	if _, err := pgxpool.ParseConfig(url); err != nil {
		return errors.New("DATABASE_URL is not a valid PostgreSQL URL")
	}
	return nil
}

// Open connects to PostgreSQL. Call Migrate before use.
func Open(ctx context.Context, url string, opts store.Options) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, errors.New("DATABASE_URL is not a valid PostgreSQL URL")
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = int32(opts.MaxConns)
	} else if cfg.MaxConns < 16 {
		cfg.MaxConns = 16
	}
	// Plan each prepared statement once per connection. Left to choose,
	// PostgreSQL kept custom plans for the statements that carry arrays
	// (the batched writes and reads, River's fetch and completion), whose
	// generic plan it costs for 100-element arrays, and planned them again
	// at every run: planning was a quarter of PostgreSQL's CPU under load.
	// Every statement here looks rows up by key through an index, which the
	// generic plan does as well. A plan_cache_mode in DATABASE_URL wins.
	if _, set := cfg.ConnConfig.RuntimeParams["plan_cache_mode"]; !set {
		cfg.ConnConfig.RuntimeParams["plan_cache_mode"] = "force_generic_plan"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to postgres: %w", safe(err))
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to postgres: %w", safe(err))
	}
	d := &DB{pool: pool, opts: opts}
	client, err := river.NewClient(riverpgxv5.New(pool), opts.RiverConfig())
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("river client: %w", err)
	}
	d.river = client
	d.Queries = sqlstore.New(&adapter{q: pool, river: client}, d.begin, sqlstore.Postgres)
	return d, nil
}

// safe strips connection details from connection errors, which can quote
// the URL's user and host.
func safe(err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return fmt.Errorf("server error %s", pgErr.Code)
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return errors.New("cannot reach the server")
	}
	return err
}

// Pool returns the pgx pool (for tests and tools).
func (d *DB) Pool() *pgxpool.Pool { return d.pool }

// Backend returns "postgres".
func (d *DB) Backend() string { return "postgres" }

// Ping checks the database answers.
func (d *DB) Ping(ctx context.Context) error { return d.pool.Ping(ctx) }

// Migrate applies River's and jaga's pending migrations.
func (d *DB) Migrate(ctx context.Context) error {
	migrator, err := rivermigrate.New(riverpgxv5.New(d.pool), nil)
	if err != nil {
		return fmt.Errorf("river migrator: %w", err)
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	ms, err := Migrations()
	if err != nil {
		return err
	}
	_, err = d.Queries.Migrate(ctx, ms)
	return err
}

// Ready reports an error unless the database answers and is fully migrated.
func (d *DB) Ready(ctx context.Context) error {
	ms, err := Migrations()
	if err != nil {
		return err
	}
	return d.Queries.Ready(ctx, d.Ping, ms)
}

// WithTx runs fn in a transaction.
func (d *DB) WithTx(ctx context.Context, fn func(q store.Queries) error) error {
	return d.begin(ctx, func(tx sqlstore.DB) error {
		return fn(sqlstore.New(tx, nil, sqlstore.Postgres))
	})
}

func (d *DB) begin(ctx context.Context, fn func(tx sqlstore.DB) error) error {
	tx, err := d.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", safe(err))
	}
	if err := fn(&adapter{q: tx, tx: tx, river: d.river}); err != nil {
		_ = tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", translate(err))
	}
	return nil
}

// Subscribe registers fn for job events; call before StartJobs.
func (d *DB) Subscribe(fn func(store.JobEvent)) { d.events = append(d.events, fn) }

// StartJobs starts working jobs.
func (d *DB) StartJobs(ctx context.Context) error {
	if d.opts.Workers == nil {
		return errors.New("store opened without workers")
	}
	if err := d.river.Start(ctx); err != nil {
		return fmt.Errorf("start jobs: %w", err)
	}
	d.stop = sqlstore.ForwardEvents(d.river, d.events)
	return nil
}

// StopJobs stops working jobs, letting running ones finish until ctx ends.
func (d *DB) StopJobs(ctx context.Context) error {
	if d.stop == nil {
		return nil
	}
	err := d.river.Stop(ctx)
	d.stop()
	d.stop = nil
	return err
}

// Close stops jobs and closes the pool.
func (d *DB) Close() error {
	if d.stop != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = d.StopJobs(ctx)
		cancel()
	}
	d.pool.Close()
	return nil
}

// querier is what a pool and a transaction share.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

type adapter struct {
	q     querier
	tx    pgx.Tx // nil outside a transaction
	river *river.Client[pgx.Tx]
}

func (a *adapter) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	tag, err := a.q.Exec(ctx, query, args...)
	if err != nil {
		return 0, translate(err)
	}
	return tag.RowsAffected(), nil
}

func (a *adapter) Query(ctx context.Context, query string, args ...any) (sqlstore.Rows, error) {
	rows, err := a.q.Query(ctx, query, args...)
	if err != nil {
		return nil, translate(err)
	}
	return &pgRows{rows: rows}, nil
}

func (a *adapter) QueryRow(ctx context.Context, query string, args ...any) sqlstore.Row {
	return &pgRow{row: a.q.QueryRow(ctx, query, args...)}
}

func (a *adapter) InsertJob(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (int64, error) {
	var res *rivertype.JobInsertResult
	var err error
	if a.tx != nil {
		res, err = a.river.InsertTx(ctx, a.tx, args, opts)
	} else {
		res, err = a.river.Insert(ctx, args, opts)
	}
	if err != nil {
		return 0, fmt.Errorf("insert job: %w", err)
	}
	return res.Job.ID, nil
}

type anyArgs struct{}

func (anyArgs) Kind() string { return "any" }

func (a *adapter) CompleteJob(ctx context.Context, job *rivertype.JobRow) error {
	if a.tx == nil {
		return errors.New("complete job: not in a transaction")
	}
	_, err := river.JobCompleteTx[*riverpgxv5.Driver](ctx, a.tx, &river.Job[anyArgs]{JobRow: job})
	return err
}

type pgRows struct{ rows pgx.Rows }

func (r *pgRows) Next() bool { return r.rows.Next() }
func (r *pgRows) Err() error { return translate(r.rows.Err()) }
func (r *pgRows) Close()     { r.rows.Close() }
func (r *pgRows) Scan(dest ...any) error {
	if err := r.rows.Scan(dest...); err != nil {
		return translate(err)
	}
	utc(dest)
	return nil
}

type pgRow struct{ row pgx.Row }

func (r *pgRow) Scan(dest ...any) error {
	if err := r.row.Scan(dest...); err != nil {
		return translate(err)
	}
	utc(dest)
	return nil
}

// utc puts scanned times in UTC so both backends return the same values.
func utc(dest []any) {
	for _, d := range dest {
		switch t := d.(type) {
		case *time.Time:
			*t = t.UTC()
		case **time.Time:
			if *t != nil {
				u := (*t).UTC()
				*t = &u
			}
		}
	}
}

// translate maps database errors to jaga errors once, here.
func translate(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return &jaga.Error{Code: jaga.ENOTFOUND, Message: "Record not found."}
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return fmt.Errorf("%w: %w", &jaga.Error{Code: jaga.ECONFLICT, Message: "Record already exists."}, err)
	}
	return err
}
