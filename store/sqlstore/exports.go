package sqlstore

import (
	"context"
	"time"

	"github.com/jaga-id/jaga"
)

// CreateExport stores a sealed export.
func (q *Queries) CreateExport(ctx context.Context, e *jaga.Export) error {
	return q.db.QueryRow(ctx,
		`INSERT INTO exports (token_hash, subject_id, request_id, sealed, size, created_at, expires_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
		e.TokenHash, e.SubjectID, e.RequestID, e.Sealed, e.Size, e.CreatedAt, e.ExpiresAt).Scan(&e.ID)
}

// UseExport consumes an export link.
func (q *Queries) UseExport(ctx context.Context, tokenHash []byte, now time.Time) (*jaga.Export, error) {
	e := &jaga.Export{}
	err := q.db.QueryRow(ctx,
		`UPDATE exports SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1
		 RETURNING id, token_hash, subject_id, request_id, sealed, size, created_at, expires_at, used_at`,
		now, tokenHash).Scan(&e.ID, &e.TokenHash, &e.SubjectID, &e.RequestID, &e.Sealed, &e.Size, &e.CreatedAt, &e.ExpiresAt, &e.UsedAt)
	if err != nil {
		return nil, notFound(err, "This download link is not valid, was used already, or has expired.")
	}
	return e, nil
}

// DeleteExportsBySubject deletes a subject's exports.
func (q *Queries) DeleteExportsBySubject(ctx context.Context, subjectID int64) (int64, error) {
	return q.db.Exec(ctx, `DELETE FROM exports WHERE subject_id = $1`, subjectID)
}
