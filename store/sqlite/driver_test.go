package sqlite

import (
	"database/sql/driver"
	"testing"
)

func TestInlineLimits(t *testing.T) {
	args := func(vs ...any) []driver.NamedValue {
		var out []driver.NamedValue
		for i, v := range vs {
			out = append(out, driver.NamedValue{Ordinal: i + 1, Value: v})
		}
		return out
	}
	for _, c := range []struct {
		query string
		args  []driver.NamedValue
		want  string // "" when the query must stay as it is
	}{
		// River's job fetch.
		{"UPDATE j SET b = (SELECT x FROM e LIMIT ?5 - 1), a = ?4 WHERE id IN (SELECT id FROM j WHERE q = ?2 AND t <= ?1 LIMIT ?3)",
			args(nil, "turns", int64(32), "client", 100),
			"UPDATE j SET b = (SELECT x FROM e LIMIT 100 - 1), a = ?4 WHERE id IN (SELECT id FROM j WHERE q = ?2 AND t <= ?1 LIMIT 32)"},
		{"SELECT id FROM j WHERE q = ?1 LIMIT ?2", args("turns", int64(5)), "SELECT id FROM j WHERE q = ?1 LIMIT 5"},
		{"SELECT id FROM j LIMIT ?1 OFFSET ?2", args(int64(5), int64(10)), "SELECT id FROM j LIMIT 5 OFFSET ?2"},
		// Anything else runs as written.
		{"SELECT id FROM j WHERE q = ?1 LIMIT ?2", args("turns", "32"), ""},                              // not an integer
		{"SELECT id FROM j WHERE a = ?2 LIMIT ?2", args(1, int64(3)), ""},                                // used twice
		{"SELECT id FROM j WHERE a = ?1 LIMIT ?10", args(int64(1), int64(2)), ""},                        // no tenth argument
		{"SELECT id FROM j WHERE a = ?1", args(int64(1)), ""},                                            // no limit
		{"SELECT id FROM j WHERE a = $1 LIMIT $2", args(int64(1), int64(2)), ""},                         // other style
		{"SELECT id FROM j LIMIT ?1", []driver.NamedValue{{Name: "n", Ordinal: 1, Value: int64(3)}}, ""}, // named
	} {
		want := c.want
		if want == "" {
			want = c.query
		}
		if got := inlineLimits(c.query, c.args); got != want {
			t.Errorf("inlineLimits(%q) = %q, want %q", c.query, got, want)
		}
	}
}
