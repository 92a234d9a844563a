// Package sqlite is the default store backend: one SQLite file in the data
// directory through modernc.org/sqlite (pure Go), with River's SQLite driver
// for durable jobs. SQLite allows one writer at a time, so the pool holds a
// single connection shared by jaga's queries and River: no SQLITE_BUSY, and
// writes are serialised in one place.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"
	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/sqlstore"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migrations returns jaga's migrations for SQLite.
func Migrations() ([]sqlstore.Migration, error) {
	return sqlstore.LoadMigrations(migrationFS, "migrations")
}

// DB is an open SQLite store.
type DB struct {
	*sqlstore.Queries
	db     *sql.DB
	river  *river.Client[*sql.Tx]
	opts   store.Options
	path   string
	events []func(store.JobEvent)
	stop   func()

	checkpoints *checkpointer
	gate        gate // orders our callers' turns at the one connection
}

var _ store.Store = (*DB)(nil)

// Open opens (creating if needed) the SQLite database at path. Call Migrate
// before use.
func Open(ctx context.Context, path string, opts store.Options) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create data directory: %w", err)
		}
	}
	q := url.Values{}
	// temp_store(MEMORY) keeps statement journals in memory: a statement
	// that may fail halfway (a batch insert with ON CONFLICT and a
	// trigger) journals each page it changes, and past 64 KiB SQLite
	// spilled that journal to a temporary file, a write syscall per page:
	// 16% of InsertInbound's time, measured (BenchmarkInsertInbound).
	for _, p := range []string{"journal_mode(WAL)", "busy_timeout(10000)", "synchronous(NORMAL)", "foreign_keys(ON)", "temp_store(MEMORY)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	// No automatic checkpoints on the working connection: SQLite runs one
	// inside whichever commit takes the WAL past 1,000 pages, copying pages
	// and syncing the file while every webhook waits. checkpointer does
	// them on a connection of its own.
	sqldb := sql.OpenDB(&connector{dsn: dsn + "&_pragma=wal_autocheckpoint(0)", drv: &sqlite.Driver{}})
	// One connection: SQLite has one writer, and River's driver asks for it.
	sqldb.SetMaxOpenConns(1)
	sqldb.SetMaxIdleConns(1)
	sqldb.SetConnMaxLifetime(0)
	if err := sqldb.PingContext(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	d := &DB{db: sqldb, opts: opts, path: path}
	client, err := river.NewClient(riversqlite.New(sqldb), opts.RiverConfig())
	if err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("river client: %w", err)
	}
	d.checkpoints = startCheckpointer(sql.OpenDB(&connector{dsn: dsn, drv: &sqlite.Driver{}}), checkpointInterval)
	d.river = client
	d.Queries = sqlstore.New(&adapter{q: sqldb, river: client, gate: &d.gate}, d.begin, sqlstore.SQLite)
	return d, nil
}

// SQL returns the underlying database/sql handle (for tests and tools).
func (d *DB) SQL() *sql.DB { return d.db }

// Path returns the database file's path.
func (d *DB) Path() string { return d.path }

// Backend returns "sqlite".
func (d *DB) Backend() string { return "sqlite" }

// Ping checks the database answers.
func (d *DB) Ping(ctx context.Context) error { return d.db.PingContext(ctx) }

// Migrate applies jaga's and River's pending migrations.
func (d *DB) Migrate(ctx context.Context) error {
	migrator, err := rivermigrate.New(riversqlite.New(d.db), nil)
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
		return fn(sqlstore.New(tx, nil, sqlstore.SQLite))
	})
}

func (d *DB) begin(ctx context.Context, fn func(tx sqlstore.DB) error) error {
	if err := d.gate.enter(ctx, store.IsUrgent(ctx)); err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer d.gate.leave()
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(&adapter{q: tx, tx: tx, river: d.river}); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
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
	// A SQLite file belongs to one process, so a job found running at start
	// was running in a process that crashed: run it again now rather than
	// after River's rescuer notices it (a minute or more). Jobs are
	// idempotent; their effects and completion commit together.
	if _, err := d.db.ExecContext(ctx, `UPDATE river_job SET state = 'available' WHERE state = 'running'`); err != nil {
		return fmt.Errorf("requeue interrupted jobs: %w", err)
	}
	// Likewise a reply's held job (store.FinishRow.Hold): the turn that was
	// to send the reply died with that process.
	if _, err := d.db.ExecContext(ctx, `UPDATE river_job SET scheduled_at = datetime('now', 'subsec')
		 WHERE state = 'available' AND attempted_at IS NULL AND metadata = jsonb(?)`, sqlstore.HeldMetadata); err != nil {
		return fmt.Errorf("release held jobs: %w", err)
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

// Close closes the database.
func (d *DB) Close() error {
	if d.stop != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = d.StopJobs(ctx)
		cancel()
	}
	err := d.db.Close()
	d.checkpoints.stop()
	return err
}

// checkpointInterval is how often checkpointer copies the WAL into the
// database. Under a heavy write load the WAL grows by a few megabytes in
// that time.
const checkpointInterval = 250 * time.Millisecond

// checkpointer copies the WAL into the database file on its own
// connection, so that commits on the working connection never do (see
// Open). Its checkpoints are PASSIVE: they never wait for, or block, the
// working connection's readers and writers; once a checkpoint has copied
// everything, the next write starts the WAL over from the beginning, so it
// does not grow without bound.
type checkpointer struct {
	db      *sql.DB
	quit    chan struct{}
	done    chan struct{}
	stopped sync.Once
}

func startCheckpointer(db *sql.DB, every time.Duration) *checkpointer {
	db.SetMaxOpenConns(1)
	c := &checkpointer{db: db, quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(c.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-c.quit:
				return
			case <-t.C:
				// A failed checkpoint is retried at the next tick; the WAL
				// keeps every commit meanwhile.
				_, _ = db.Exec(`PRAGMA wal_checkpoint(PASSIVE)`)
			}
		}
	}()
	return c
}

// stop ends the checkpoints with a last, complete one, so that a closed
// database is one file.
func (c *checkpointer) stop() {
	if c == nil {
		return
	}
	c.stopped.Do(func() {
		close(c.quit)
		<-c.done
		_, _ = c.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
		c.db.Close()
	})
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// adapter implements sqlstore.DB over database/sql: it rewrites $N
// placeholders to ?N, stores times as Unix microseconds and translates
// errors.
type adapter struct {
	q     querier
	tx    *sql.Tx // nil outside a transaction
	river *river.Client[*sql.Tx]
	// gate is the DB's outside a transaction (a transaction has passed
	// it already): each statement passes it, and a query holds it until
	// its rows are read or closed, as database/sql holds the connection.
	gate *gate
}

// passage is one statement's pass through the gate (none inside a
// transaction). Its user is one goroutine, as database/sql's rows are.
type passage struct {
	g    *gate
	left bool
}

// enter passes the gate, when a has one.
func (a *adapter) enter(ctx context.Context) (passage, error) {
	if a.gate == nil {
		return passage{}, nil
	}
	if err := a.gate.enter(ctx, store.IsUrgent(ctx)); err != nil {
		return passage{}, err
	}
	return passage{g: a.gate}, nil
}

// leave leaves the gate, once.
func (p *passage) leave() {
	if p.g != nil && !p.left {
		p.left = true
		p.g.leave()
	}
}

var placeholderRE = regexp.MustCompile(`\$(\d+)`)

var rewritten sync.Map // query → rewritten query

func rewrite(query string) string {
	if v, ok := rewritten.Load(query); ok {
		return v.(string)
	}
	out := placeholderRE.ReplaceAllString(query, "?$1")
	rewritten.Store(query, out)
	return out
}

func convertArgs(args []any) []any {
	for i, a := range args {
		switch v := a.(type) {
		case time.Time:
			args[i] = v.UnixMicro()
		case *time.Time:
			if v == nil {
				args[i] = nil
			} else {
				args[i] = v.UnixMicro()
			}
		}
	}
	return args
}

func (a *adapter) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	pass, err := a.enter(ctx)
	if err != nil {
		return 0, err
	}
	defer pass.leave()
	res, err := a.q.ExecContext(ctx, rewrite(query), convertArgs(args)...)
	if err != nil {
		return 0, translate(err)
	}
	return res.RowsAffected()
}

func (a *adapter) Query(ctx context.Context, query string, args ...any) (sqlstore.Rows, error) {
	pass, err := a.enter(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := a.q.QueryContext(ctx, rewrite(query), convertArgs(args)...)
	if err != nil {
		pass.leave()
		return nil, translate(err)
	}
	return &sqlRows{rows: rows, pass: pass}, nil
}

func (a *adapter) QueryRow(ctx context.Context, query string, args ...any) sqlstore.Row {
	pass, err := a.enter(ctx)
	if err != nil {
		return &sqlRow{err: err}
	}
	return &sqlRow{row: a.q.QueryRowContext(ctx, rewrite(query), convertArgs(args)...), pass: pass}
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

// anyArgs lets a job of any kind be completed through JobCompleteTx, which
// only reads the job's id and state.
type anyArgs struct{}

func (anyArgs) Kind() string { return "any" }

func (a *adapter) CompleteJob(ctx context.Context, job *rivertype.JobRow) error {
	if a.tx == nil {
		return errors.New("complete job: not in a transaction")
	}
	_, err := river.JobCompleteTx[*riversqlite.Driver](ctx, a.tx, &river.Job[anyArgs]{JobRow: job})
	return err
}

// sqlRows leaves the gate when database/sql gives the connection back:
// after the last row, or at Close.
type sqlRows struct {
	rows *sql.Rows
	pass passage
}

func (r *sqlRows) Next() bool {
	if r.rows.Next() {
		return true
	}
	r.pass.leave()
	return false
}

func (r *sqlRows) Err() error             { return translate(r.rows.Err()) }
func (r *sqlRows) Close()                 { _ = r.rows.Close(); r.pass.leave() }
func (r *sqlRows) Scan(dest ...any) error { return scanConverted(r.rows.Scan, dest) }

type sqlRow struct {
	row  *sql.Row
	pass passage
	err  error // the gate's, when the row was never queried
}

func (r *sqlRow) Scan(dest ...any) error {
	if r.err != nil {
		return r.err
	}
	defer r.pass.leave()
	return scanConverted(r.row.Scan, dest)
}

// scanConverted scans times stored as Unix microseconds into *time.Time and
// **time.Time destinations.
func scanConverted(scan func(...any) error, dest []any) error {
	type fix struct {
		i   int
		raw *sql.NullInt64
	}
	var fixes []fix
	actual := dest
	for i, d := range dest {
		switch d.(type) {
		case *time.Time, **time.Time:
			if fixes == nil {
				actual = append([]any(nil), dest...)
			}
			n := &sql.NullInt64{}
			actual[i] = n
			fixes = append(fixes, fix{i, n})
		}
	}
	if err := scan(actual...); err != nil {
		return translate(err)
	}
	for _, f := range fixes {
		switch d := dest[f.i].(type) {
		case *time.Time:
			if f.raw.Valid {
				*d = time.UnixMicro(f.raw.Int64).UTC()
			} else {
				*d = time.Time{}
			}
		case **time.Time:
			if f.raw.Valid {
				t := time.UnixMicro(f.raw.Int64).UTC()
				*d = &t
			} else {
				*d = nil
			}
		}
	}
	return nil
}

// translate maps database errors to jaga errors once, here.
func translate(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return &jaga.Error{Code: jaga.ENOTFOUND, Message: "Record not found."}
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return fmt.Errorf("%w: %w", &jaga.Error{Code: jaga.ECONFLICT, Message: "Record already exists."}, err)
		}
	}
	if strings.Contains(err.Error(), "UNIQUE constraint failed") {
		return fmt.Errorf("%w: %w", &jaga.Error{Code: jaga.ECONFLICT, Message: "Record already exists."}, err)
	}
	return err
}
