package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/store"
)

const consentColumns = `id, subject_id, identity_id, channel, purpose, granted, notice_version, created_at`

func scanConsent(r Row) (*jaga.Consent, error) {
	c := &jaga.Consent{}
	var ch string
	err := r.Scan(&c.ID, &c.SubjectID, &c.IdentityID, &ch, &c.Purpose, &c.Granted, &c.NoticeVersion, &c.CreatedAt)
	c.Channel = jaga.Channel(ch)
	return c, err
}

// CreateConsent appends a consent or withdrawal to the ledger.
func (q *Queries) CreateConsent(ctx context.Context, c *jaga.Consent) error {
	return q.db.QueryRow(ctx,
		`INSERT INTO consents (subject_id, identity_id, channel, purpose, granted, notice_version, created_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
		c.SubjectID, c.IdentityID, string(c.Channel), c.Purpose, c.Granted, c.NoticeVersion, c.CreatedAt).Scan(&c.ID)
}

// LatestConsent returns the consent in force for a subject and purpose.
func (q *Queries) LatestConsent(ctx context.Context, subjectID int64, purpose string) (*jaga.Consent, error) {
	c, err := scanConsent(q.db.QueryRow(ctx,
		`SELECT `+consentColumns+` FROM consents WHERE subject_id = $1 AND purpose = $2 ORDER BY id DESC LIMIT 1`,
		subjectID, purpose))
	if err != nil {
		return nil, notFound(err, "No consent recorded.")
	}
	return c, nil
}

// GetPrivacyState reads the latest consent of each purpose and the newest
// erasure awaiting confirmation in one statement (the turn's hot path).
func (q *Queries) GetPrivacyState(ctx context.Context, subjectID int64) (*store.PrivacyState, error) {
	rows, err := q.db.Query(ctx,
		`SELECT c.purpose, c.granted, 0 FROM consents c
		 WHERE c.subject_id = $1
		   AND c.id = (SELECT MAX(l.id) FROM consents l WHERE l.subject_id = $1 AND l.purpose = c.purpose)
		 UNION ALL
		 SELECT '', false, MAX(r.id) FROM privacy_requests r
		 WHERE r.subject_id = $1 AND r.type = $2 AND r.status = $3
		 HAVING MAX(r.id) IS NOT NULL`,
		subjectID, string(jaga.RequestErasure), string(jaga.RequestAwaitingConfirmation))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	st := &store.PrivacyState{Consents: map[string]bool{}}
	for rows.Next() {
		var purpose string
		var granted bool
		var erasure int64
		if err := rows.Scan(&purpose, &granted, &erasure); err != nil {
			return nil, err
		}
		if purpose == "" {
			st.ErasureAwaiting = erasure
		} else {
			st.Consents[purpose] = granted
		}
	}
	return st, rows.Err()
}

// consentsInForce is a scalar subquery: a JSON object mapping each purpose
// the subject answered to its latest answer ({} when none), for
// decodeConsents.
func (q *Queries) consentsInForce(subject string) string {
	agg := `json_object_agg(c.purpose, c.granted)`
	if q.dialect != Postgres {
		agg = `json_group_object(c.purpose, json(CASE WHEN c.granted THEN 'true' ELSE 'false' END))`
	}
	return `COALESCE((SELECT ` + agg + ` FROM consents c
		WHERE c.subject_id = ` + subject + `
		  AND c.id = (SELECT MAX(l.id) FROM consents l WHERE l.subject_id = ` + subject + ` AND l.purpose = c.purpose)), '{}')`
}

func decodeConsents(s string) (map[string]bool, error) {
	m := map[string]bool{}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return nil, fmt.Errorf("consents in force: %w", err)
	}
	return m, nil
}

// ListConsents returns a subject's consent ledger, oldest first.
func (q *Queries) ListConsents(ctx context.Context, subjectID int64) ([]*jaga.Consent, error) {
	rows, err := q.db.Query(ctx, `SELECT `+consentColumns+` FROM consents WHERE subject_id = $1 ORDER BY id`, subjectID)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanConsent)
}

const requestColumns = `id, subject_id, identity_id, channel, type, status, received_at, due_at, closed_at, handled_by, outcome`

func scanRequest(r Row) (*jaga.PrivacyRequest, error) {
	p := &jaga.PrivacyRequest{}
	var ch, typ, status string
	err := r.Scan(&p.ID, &p.SubjectID, &p.IdentityID, &ch, &typ, &status, &p.ReceivedAt, &p.DueAt, &p.ClosedAt,
		&p.HandledBy, &p.Outcome)
	p.Channel, p.Type, p.Status = jaga.Channel(ch), jaga.RequestType(typ), jaga.RequestStatus(status)
	return p, err
}

// CreatePrivacyRequest records a data-subject request.
func (q *Queries) CreatePrivacyRequest(ctx context.Context, r *jaga.PrivacyRequest) error {
	return q.db.QueryRow(ctx,
		`INSERT INTO privacy_requests (subject_id, identity_id, channel, type, status, received_at, due_at, closed_at, handled_by, outcome)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
		r.SubjectID, r.IdentityID, string(r.Channel), string(r.Type), string(r.Status), r.ReceivedAt, r.DueAt, r.ClosedAt,
		r.HandledBy, r.Outcome).Scan(&r.ID)
}

// GetPrivacyRequest returns a request by id.
func (q *Queries) GetPrivacyRequest(ctx context.Context, id int64) (*jaga.PrivacyRequest, error) {
	p, err := scanRequest(q.db.QueryRow(ctx, `SELECT `+requestColumns+` FROM privacy_requests WHERE id = $1`, id))
	if err != nil {
		return nil, notFound(err, "Privacy request not found.")
	}
	return p, nil
}

// UpdatePrivacyRequest stores a request's status, handler and outcome.
func (q *Queries) UpdatePrivacyRequest(ctx context.Context, r *jaga.PrivacyRequest) error {
	return mustAffect(q.db.Exec(ctx,
		`UPDATE privacy_requests SET status = $1, due_at = $2, closed_at = $3, handled_by = $4, outcome = $5, identity_id = $6 WHERE id = $7`,
		string(r.Status), r.DueAt, r.ClosedAt, r.HandledBy, r.Outcome, r.IdentityID, r.ID))
}

// ListPrivacyRequestsBySubject returns a subject's requests, oldest first.
func (q *Queries) ListPrivacyRequestsBySubject(ctx context.Context, subjectID int64) ([]*jaga.PrivacyRequest, error) {
	rows, err := q.db.Query(ctx, `SELECT `+requestColumns+` FROM privacy_requests WHERE subject_id = $1 ORDER BY id`, subjectID)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanRequest)
}

// ListOpenPrivacyRequests returns requests not yet closed, soonest due first.
func (q *Queries) ListOpenPrivacyRequests(ctx context.Context, limit int) ([]*jaga.PrivacyRequest, error) {
	if limit <= 0 {
		limit = 1000
	}
	rows, err := q.db.Query(ctx,
		`SELECT `+requestColumns+` FROM privacy_requests WHERE closed_at IS NULL ORDER BY due_at, id`+limitSQL(limit))
	if err != nil {
		return nil, err
	}
	return collect(rows, scanRequest)
}

// CountOverduePrivacyRequests counts open requests past their due time.
func (q *Queries) CountOverduePrivacyRequests(ctx context.Context, now time.Time) (int64, error) {
	var n int64
	err := q.db.QueryRow(ctx, `SELECT COUNT(*) FROM privacy_requests WHERE closed_at IS NULL AND due_at < $1`, now).Scan(&n)
	return n, err
}

// DeleteConsentsBySubject deletes a subject's consent ledger (erasure).
func (q *Queries) DeleteConsentsBySubject(ctx context.Context, subjectID int64) (int64, error) {
	return q.db.Exec(ctx, `DELETE FROM consents WHERE subject_id = $1`, subjectID)
}
