package sqlstore

import (
	"context"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// GetVault returns a conversation's sealed pseudonym vault.
func (q *Queries) GetVault(ctx context.Context, conversationID int64) ([]byte, error) {
	var sealed []byte
	err := q.db.QueryRow(ctx, `SELECT sealed FROM vaults WHERE conversation_id = $1`, conversationID).Scan(&sealed)
	if err != nil {
		return nil, notFound(err, "Vault not found.")
	}
	return sealed, nil
}

// PutVault stores a conversation's sealed vault, replacing the old one.
func (q *Queries) PutVault(ctx context.Context, conversationID, subjectID int64, sealed []byte, at time.Time) error {
	_, err := q.db.Exec(ctx,
		`INSERT INTO vaults (conversation_id, subject_id, sealed, updated_at) VALUES ($1, $2, $3, $4)
		 ON CONFLICT (conversation_id) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at`,
		conversationID, subjectID, sealed, at)
	return err
}

// DeleteVaultsBySubject deletes a subject's vaults.
func (q *Queries) DeleteVaultsBySubject(ctx context.Context, subjectID int64) (int64, error) {
	return q.db.Exec(ctx, `DELETE FROM vaults WHERE subject_id = $1`, subjectID)
}

// Enqueue inserts a durable job, in the transaction when q is bound to one.
func (q *Queries) Enqueue(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (int64, error) {
	return q.db.InsertJob(ctx, args, opts)
}

// CompleteJob marks a running job completed in q's transaction.
func (q *Queries) CompleteJob(ctx context.Context, job *rivertype.JobRow) error {
	return q.db.CompleteJob(ctx, job)
}
