package sqlstore

import (
	"context"
	"time"

	"github.com/jaga-id/jaga"
)

const subjectColumns = `id, language, created_at, erased_at`

// sColumns is subjectColumns for a query that calls subjects s.
var sColumns = prefixed("s", subjectColumns)

// subjectDest returns the scan destinations of subjectColumns.
func subjectDest(s *jaga.Subject) []any {
	return []any{&s.ID, &s.Language, &s.CreatedAt, &s.ErasedAt}
}

// CreateSubject stores s and sets its ID.
func (q *Queries) CreateSubject(ctx context.Context, s *jaga.Subject) error {
	return q.db.QueryRow(ctx,
		`INSERT INTO subjects (language, created_at) VALUES ($1, $2) RETURNING id`,
		s.Language, s.CreatedAt).Scan(&s.ID)
}

// GetSubject returns a subject by id.
func (q *Queries) GetSubject(ctx context.Context, id int64) (*jaga.Subject, error) {
	s := &jaga.Subject{}
	err := q.db.QueryRow(ctx,
		`SELECT `+subjectColumns+` FROM subjects WHERE id = $1`, id).Scan(subjectDest(s)...)
	if err != nil {
		return nil, notFound(err, "Subject not found.")
	}
	return s, nil
}

// SetSubjectLanguage records the language a subject writes in.
func (q *Queries) SetSubjectLanguage(ctx context.Context, id int64, lang string) error {
	return mustAffect(q.db.Exec(ctx, `UPDATE subjects SET language = $1 WHERE id = $2`, lang, id))
}

// MarkSubjectErased records that a subject's data was erased.
func (q *Queries) MarkSubjectErased(ctx context.Context, id int64, at time.Time) error {
	return mustAffect(q.db.Exec(ctx, `UPDATE subjects SET erased_at = $1, language = '' WHERE id = $2`, at, id))
}

// CreateDataKey stores k unless the subject has a key already, and returns
// the key in force.
func (q *Queries) CreateDataKey(ctx context.Context, k *jaga.DataKey) (*jaga.DataKey, error) {
	if _, err := q.db.Exec(ctx,
		`INSERT INTO data_keys (subject_id, wrapped, created_at) VALUES ($1, $2, $3)
		 ON CONFLICT (subject_id) DO NOTHING`,
		k.SubjectID, k.Wrapped, k.CreatedAt); err != nil {
		return nil, err
	}
	return q.GetDataKey(ctx, k.SubjectID)
}

// GetDataKey returns a subject's wrapped data key.
func (q *Queries) GetDataKey(ctx context.Context, subjectID int64) (*jaga.DataKey, error) {
	k := &jaga.DataKey{}
	err := q.db.QueryRow(ctx,
		`SELECT subject_id, wrapped, created_at FROM data_keys WHERE subject_id = $1`, subjectID).
		Scan(&k.SubjectID, &k.Wrapped, &k.CreatedAt)
	if err != nil {
		return nil, notFound(err, "Data key not found.")
	}
	return k, nil
}

// DeleteDataKey deletes a subject's data key: crypto-shredding.
func (q *Queries) DeleteDataKey(ctx context.Context, subjectID int64) error {
	_, err := q.db.Exec(ctx, `DELETE FROM data_keys WHERE subject_id = $1`, subjectID)
	return err
}
