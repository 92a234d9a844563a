package sqlstore

import (
	"context"
	"time"

	"github.com/jaga-id/jaga"
)

// CreateLinkCode stores a link code (its hash only).
func (q *Queries) CreateLinkCode(ctx context.Context, c *jaga.LinkCode) error {
	return q.db.QueryRow(ctx,
		`INSERT INTO link_codes (code_hash, account_id, business_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		c.CodeHash, c.AccountID, c.BusinessID, c.CreatedAt, c.ExpiresAt).Scan(&c.ID)
}

// UseLinkCode consumes an unused, unexpired code.
func (q *Queries) UseLinkCode(ctx context.Context, codeHash []byte, identityID int64, now time.Time) (*jaga.LinkCode, error) {
	c := &jaga.LinkCode{}
	err := q.db.QueryRow(ctx,
		`UPDATE link_codes SET used_at = $1, identity_id = $2
		 WHERE code_hash = $3 AND used_at IS NULL AND expires_at > $1
		 RETURNING id, code_hash, account_id, business_id, created_at, expires_at, used_at, identity_id`,
		now, identityID, codeHash).
		Scan(&c.ID, &c.CodeHash, &c.AccountID, &c.BusinessID, &c.CreatedAt, &c.ExpiresAt, &c.UsedAt, &c.IdentityID)
	if err != nil {
		return nil, notFound(err, "Link code not valid.")
	}
	return c, nil
}

// RecordLinkAttempt records a failed link attempt.
func (q *Queries) RecordLinkAttempt(ctx context.Context, identityID int64, at time.Time) error {
	_, err := q.db.Exec(ctx, `INSERT INTO link_attempts (identity_id, at) VALUES ($1, $2)`, identityID, at)
	return err
}

// CountLinkAttempts counts an identity's failed attempts since a time.
func (q *Queries) CountLinkAttempts(ctx context.Context, identityID int64, since time.Time) (int, error) {
	var n int
	err := q.db.QueryRow(ctx, `SELECT COUNT(*) FROM link_attempts WHERE identity_id = $1 AND at >= $2`, identityID, since).Scan(&n)
	return n, err
}
