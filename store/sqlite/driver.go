package sqlite

import (
	"context"
	"database/sql/driver"
	"errors"
	"strconv"
	"strings"
)

// maxCachedStmts bounds a connection's prepared statements; queries beyond
// it run unprepared.
const maxCachedStmts = 512

// connector opens modernc.org/sqlite connections that keep every statement
// with arguments prepared, River's as well as jaga's: SQLite spends more
// time compiling a statement than running most of ours, and River's SQLite
// driver sends plain SQL. Caching at the connection, under database/sql,
// works the same inside and outside transactions.
type connector struct {
	dsn string
	drv driver.Driver
}

func (c *connector) Connect(ctx context.Context) (driver.Conn, error) {
	dc, err := c.drv.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	for _, need := range []bool{
		implements[driver.QueryerContext](dc), implements[driver.ExecerContext](dc),
		implements[driver.ConnPrepareContext](dc), implements[driver.ConnBeginTx](dc),
	} {
		if !need {
			dc.Close()
			return nil, errors.New("sqlite: driver connection lacks the context interfaces")
		}
	}
	return &conn{Conn: dc, stmts: map[string]*cachedStmt{}}, nil
}

func (c *connector) Driver() driver.Driver { return c.drv }

func implements[T any](v any) bool { _, ok := v.(T); return ok }

// conn is a connection with a statement cache. database/sql uses a
// connection from one goroutine at a time, so the cache needs no lock.
type conn struct {
	driver.Conn
	stmts map[string]*cachedStmt
}

// cachedStmt is a prepared statement; busy while rows read from it are
// open, when the same query runs unprepared instead.
type cachedStmt struct {
	st   driver.Stmt
	busy bool
}

// inlineLimits writes a LIMIT's bound integer into the query as a literal.
// SQLite's planner reads a LIMIT's bound value, so binding one — even the
// same value again — expires the prepared statement, and every run
// compiled it anew: River's job fetch ("LIMIT ?3", and "LIMIT ?5 - 1" in
// its attempted_by clause) was 5% of jaga's CPU under load on SQLite, all
// of it recompiling. Limits are small integers (River's is the number of
// free workers), so each value stays one cached statement. Only "LIMIT ?N"
// with an integer argument N that the query uses nowhere else is
// rewritten. The arguments stay as they are: SQLite binds a parameter
// number the query no longer uses without complaint, and ignores arguments
// past the highest one it uses. jaga's own queries write their limits as
// literals (sqlstore.limitSQL).
func inlineLimits(query string, args []driver.NamedValue) string {
	const marker = "LIMIT ?"
	if len(args) == 0 || !strings.Contains(query, marker) {
		return query
	}
	var b strings.Builder
	rest := query
	for {
		i := strings.Index(rest, marker)
		if i < 0 {
			break
		}
		j := i + len(marker)
		k := j
		for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
			k++
		}
		lit := ""
		if n, err := strconv.Atoi(rest[j:k]); err == nil && n >= 1 && n <= len(args) &&
			args[n-1].Ordinal == n && args[n-1].Name == "" && paramUses(query, rest[j:k]) == 1 {
			switch v := args[n-1].Value.(type) {
			case int64:
				lit = strconv.FormatInt(v, 10)
			case int:
				lit = strconv.Itoa(v)
			}
		}
		if b.Len() == 0 {
			b.Grow(len(query))
		}
		if lit == "" {
			b.WriteString(rest[:k])
		} else {
			b.WriteString(rest[:i])
			b.WriteString("LIMIT ")
			b.WriteString(lit)
		}
		rest = rest[k:]
	}
	if b.Len() == 0 {
		return query
	}
	b.WriteString(rest)
	return b.String()
}

// paramUses counts the uses of parameter ?num in query (?3, not ?30).
func paramUses(query, num string) int {
	n := 0
	for rest := query; ; {
		i := strings.Index(rest, "?"+num)
		if i < 0 {
			return n
		}
		rest = rest[i+1+len(num):]
		if rest == "" || rest[0] < '0' || rest[0] > '9' {
			n++
		}
	}
}

// stmt returns the cached statement for query, preparing it on first use,
// or nil when the query must run unprepared.
func (c *conn) stmt(ctx context.Context, query string, nargs int) (*cachedStmt, error) {
	if nargs == 0 { // migrations, scripts of several statements
		return nil, nil
	}
	cs := c.stmts[query]
	if cs == nil {
		if len(c.stmts) >= maxCachedStmts {
			return nil, nil
		}
		st, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
		if err != nil {
			return nil, err
		}
		cs = &cachedStmt{st: st}
		c.stmts[query] = cs
	}
	if cs.busy {
		return nil, nil
	}
	return cs, nil
}

func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	query = inlineLimits(query, args)
	cs, err := c.stmt(ctx, query, len(args))
	if err != nil {
		return nil, err
	}
	if cs == nil {
		return c.Conn.(driver.QueryerContext).QueryContext(ctx, query, args)
	}
	rows, err := cs.st.(driver.StmtQueryContext).QueryContext(ctx, args)
	if err != nil {
		return nil, err
	}
	cs.busy = true
	return &cachedRows{Rows: rows, cs: cs}, nil
}

func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	query = inlineLimits(query, args)
	cs, err := c.stmt(ctx, query, len(args))
	if err != nil {
		return nil, err
	}
	if cs == nil {
		return c.Conn.(driver.ExecerContext).ExecContext(ctx, query, args)
	}
	return cs.st.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (c *conn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
}

func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *conn) Ping(ctx context.Context) error {
	if p, ok := c.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

func (c *conn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *conn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

func (c *conn) Close() error {
	for _, cs := range c.stmts {
		_ = cs.st.Close()
	}
	clear(c.stmts)
	return c.Conn.Close()
}

// cachedRows frees its statement for the next query when closed.
type cachedRows struct {
	driver.Rows
	cs *cachedStmt
}

func (r *cachedRows) Close() error {
	r.cs.busy = false
	return r.Rows.Close()
}
