package sqlstore

import (
	"context"
	"crypto/sha256"
	"encoding/binary"

	"github.com/jaga-id/jaga"
)

// auditLockKey is the PostgreSQL advisory lock that serialises appends.
const auditLockKey = 0x6a616761 // "jaga"

const auditColumns = `id, at, actor, action, subject_id, detail, prev_hash, hash`

func scanAudit(r Row) (*jaga.AuditRecord, error) {
	a := &jaga.AuditRecord{}
	err := r.Scan(&a.ID, &a.At, &a.Actor, &a.Action, &a.SubjectID, &a.Detail, &a.PrevHash, &a.Hash)
	return a, err
}

// AuditHash returns the chain hash of r over its predecessor's hash.
func AuditHash(prev []byte, r *jaga.AuditRecord) []byte {
	h := sha256.New()
	field := func(b []byte) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	field(prev)
	field(binary.BigEndian.AppendUint64(nil, uint64(r.At.UnixMicro())))
	field([]byte(r.Actor))
	field([]byte(r.Action))
	field(binary.BigEndian.AppendUint64(nil, uint64(r.SubjectID)))
	field([]byte(r.Detail))
	return h.Sum(nil)
}

// AppendAudit links r to the newest record and stores it. Appends are
// serialised (an advisory lock on PostgreSQL; SQLite has one writer) so the
// chain never forks.
func (q *Queries) AppendAudit(ctx context.Context, r *jaga.AuditRecord) error {
	return q.InTx(ctx, func(q *Queries) error {
		if q.dialect == Postgres {
			if _, err := q.db.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(auditLockKey)); err != nil {
				return err
			}
		}
		var prev []byte
		err := q.db.QueryRow(ctx, `SELECT hash FROM audit_records ORDER BY id DESC LIMIT 1`).Scan(&prev)
		if err != nil && !jaga.IsNotFound(err) {
			return err
		}
		r.PrevHash = prev
		r.Hash = AuditHash(prev, r)
		return q.db.QueryRow(ctx,
			`INSERT INTO audit_records (at, actor, action, subject_id, detail, prev_hash, hash)
			 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			r.At, r.Actor, r.Action, r.SubjectID, r.Detail, r.PrevHash, r.Hash).Scan(&r.ID)
	})
}

// ListAudit returns records after an id, oldest first.
func (q *Queries) ListAudit(ctx context.Context, afterID int64, limit int) ([]*jaga.AuditRecord, error) {
	if limit <= 0 {
		limit = 1000
	}
	rows, err := q.db.Query(ctx, `SELECT `+auditColumns+` FROM audit_records WHERE id > $1 ORDER BY id`+limitSQL(limit), afterID)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanAudit)
}

// ListAuditBySubject returns a subject's audit records, oldest first.
func (q *Queries) ListAuditBySubject(ctx context.Context, subjectID int64) ([]*jaga.AuditRecord, error) {
	rows, err := q.db.Query(ctx, `SELECT `+auditColumns+` FROM audit_records WHERE subject_id = $1 ORDER BY id`, subjectID)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanAudit)
}

// CreateStaffUser stores a console user.
func (q *Queries) CreateStaffUser(ctx context.Context, u *jaga.StaffUser) error {
	return q.db.QueryRow(ctx,
		`INSERT INTO staff_users (email, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		u.Email, u.Name, u.Role, u.PasswordHash, u.CreatedAt).Scan(&u.ID)
}

// GetStaffUserByEmail returns a console user by e-mail.
func (q *Queries) GetStaffUserByEmail(ctx context.Context, email string) (*jaga.StaffUser, error) {
	u := &jaga.StaffUser{}
	err := q.db.QueryRow(ctx,
		`SELECT id, email, name, role, password_hash, created_at, disabled_at FROM staff_users WHERE email = $1`, email).
		Scan(&u.ID, &u.Email, &u.Name, &u.Role, &u.PasswordHash, &u.CreatedAt, &u.DisabledAt)
	if err != nil {
		return nil, notFound(err, "Staff user not found.")
	}
	return u, nil
}
