package sqlstore

import (
	"context"
	"time"

	"github.com/jaga-id/jaga"
)

const identityColumns = `id, subject_id, channel, external_id, account_id, business_id, created_at, linked_at`

// iColumns is identityColumns for a query that calls identities i.
var iColumns = prefixed("i", identityColumns)

// identityDest returns the scan destinations of identityColumns.
func identityDest(i *jaga.Identity) []any {
	return []any{&i.ID, &i.SubjectID, (*string)(&i.Channel), &i.ExternalID, &i.AccountID, &i.BusinessID,
		&i.CreatedAt, &i.LinkedAt}
}

func scanIdentity(r Row) (*jaga.Identity, error) {
	i := &jaga.Identity{}
	return i, r.Scan(identityDest(i)...)
}

// CreateIdentity stores i and sets its ID. A second identity for the same
// channel and external id is a conflict.
func (q *Queries) CreateIdentity(ctx context.Context, i *jaga.Identity) error {
	return q.db.QueryRow(ctx,
		`INSERT INTO identities (subject_id, channel, external_id, account_id, business_id, created_at, linked_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
		i.SubjectID, string(i.Channel), i.ExternalID, i.AccountID, i.BusinessID, i.CreatedAt, i.LinkedAt).Scan(&i.ID)
}

// GetIdentity returns an identity by id.
func (q *Queries) GetIdentity(ctx context.Context, id int64) (*jaga.Identity, error) {
	i, err := scanIdentity(q.db.QueryRow(ctx, `SELECT `+identityColumns+` FROM identities WHERE id = $1`, id))
	if err != nil {
		return nil, notFound(err, "Identity not found.")
	}
	return i, nil
}

// FindIdentity returns the identity of a channel account.
func (q *Queries) FindIdentity(ctx context.Context, ch jaga.Channel, externalID string) (*jaga.Identity, error) {
	i, err := scanIdentity(q.db.QueryRow(ctx,
		`SELECT `+identityColumns+` FROM identities WHERE channel = $1 AND external_id = $2`, string(ch), externalID))
	if err != nil {
		return nil, notFound(err, "Identity not found.")
	}
	return i, nil
}

// ListIdentitiesBySubject returns a subject's identities.
func (q *Queries) ListIdentitiesBySubject(ctx context.Context, subjectID int64) ([]*jaga.Identity, error) {
	rows, err := q.db.Query(ctx, `SELECT `+identityColumns+` FROM identities WHERE subject_id = $1 ORDER BY id`, subjectID)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanIdentity)
}

// LinkIdentity links an identity to a business account.
func (q *Queries) LinkIdentity(ctx context.Context, id, accountID, businessID int64, at time.Time) error {
	return mustAffect(q.db.Exec(ctx,
		`UPDATE identities SET account_id = $1, business_id = $2, linked_at = $3 WHERE id = $4`,
		accountID, businessID, at, id))
}

// DeleteIdentitiesBySubject deletes a subject's identities.
func (q *Queries) DeleteIdentitiesBySubject(ctx context.Context, subjectID int64) (int64, error) {
	return q.db.Exec(ctx, `DELETE FROM identities WHERE subject_id = $1`, subjectID)
}

// collect scans every row with scan and closes rows.
func collect[T any](rows Rows, scan func(Row) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
