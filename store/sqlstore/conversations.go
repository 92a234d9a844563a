package sqlstore

import (
	"context"
	"time"

	"github.com/jaga-id/jaga"
)

const conversationColumns = `id, subject_id, identity_id, channel, external_chat_id, created_at, last_message_at, last_inbound_at, handoff_at, legal_hold`

// cColumns is conversationColumns for a query that calls conversations c.
var cColumns = prefixed("c", conversationColumns)

// conversationDest returns the scan destinations of conversationColumns.
func conversationDest(c *jaga.Conversation) []any {
	return []any{&c.ID, &c.SubjectID, &c.IdentityID, (*string)(&c.Channel), &c.ExternalChatID, &c.CreatedAt,
		&c.LastMessageAt, &c.LastInboundAt, &c.HandoffAt, &c.LegalHold}
}

func scanConversation(r Row) (*jaga.Conversation, error) {
	c := &jaga.Conversation{}
	return c, r.Scan(conversationDest(c)...)
}

// CreateConversation stores c and sets its ID.
func (q *Queries) CreateConversation(ctx context.Context, c *jaga.Conversation) error {
	return q.db.QueryRow(ctx,
		`INSERT INTO conversations (subject_id, identity_id, channel, external_chat_id, created_at, last_message_at, last_inbound_at, handoff_at, legal_hold)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		c.SubjectID, c.IdentityID, string(c.Channel), c.ExternalChatID, c.CreatedAt, c.LastMessageAt,
		c.LastInboundAt, c.HandoffAt, c.LegalHold).Scan(&c.ID)
}

// GetConversation returns a conversation by id.
func (q *Queries) GetConversation(ctx context.Context, id int64) (*jaga.Conversation, error) {
	c, err := scanConversation(q.db.QueryRow(ctx, `SELECT `+conversationColumns+` FROM conversations WHERE id = $1`, id))
	if err != nil {
		return nil, notFound(err, "Conversation not found.")
	}
	return c, nil
}

// FindConversation returns the conversation of an identity in a chat.
func (q *Queries) FindConversation(ctx context.Context, ch jaga.Channel, externalChatID string, identityID int64) (*jaga.Conversation, error) {
	c, err := scanConversation(q.db.QueryRow(ctx,
		`SELECT `+conversationColumns+` FROM conversations WHERE channel = $1 AND external_chat_id = $2 AND identity_id = $3`,
		string(ch), externalChatID, identityID))
	if err != nil {
		return nil, notFound(err, "Conversation not found.")
	}
	return c, nil
}

// ListConversationsBySubject returns a subject's conversations.
func (q *Queries) ListConversationsBySubject(ctx context.Context, subjectID int64) ([]*jaga.Conversation, error) {
	rows, err := q.db.Query(ctx, `SELECT `+conversationColumns+` FROM conversations WHERE subject_id = $1 ORDER BY id`, subjectID)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanConversation)
}

// SetHandoff marks (at != nil) or clears a staff hand-off.
func (q *Queries) SetHandoff(ctx context.Context, id int64, at *time.Time) error {
	return mustAffect(q.db.Exec(ctx, `UPDATE conversations SET handoff_at = $1 WHERE id = $2`, at, id))
}

// DeleteConversationsBySubject deletes a subject's conversations.
func (q *Queries) DeleteConversationsBySubject(ctx context.Context, subjectID int64) (int64, error) {
	return q.db.Exec(ctx, `DELETE FROM conversations WHERE subject_id = $1`, subjectID)
}

// LockConversation takes the conversation's row lock for the transaction.
// SQLite transactions start with the database's write lock (immediate), so
// there is nothing more to take.
func (q *Queries) LockConversation(ctx context.Context, id int64) error {
	if q.dialect != Postgres {
		return nil
	}
	var got int64
	return notFound(q.db.QueryRow(ctx, `SELECT id FROM conversations WHERE id = $1 FOR UPDATE`, id).Scan(&got),
		"Conversation not found.")
}

// FindPerson returns an identity and its conversation in a chat, joined.
func (q *Queries) FindPerson(ctx context.Context, ch jaga.Channel, externalID, externalChatID string) (*jaga.Identity, *jaga.Conversation, error) {
	i := &jaga.Identity{}
	var ich string
	var cid, csubj, cident *int64
	var cch, cchat *string
	var ccreated, clast *time.Time
	c := &jaga.Conversation{}
	var hold *bool
	err := q.db.QueryRow(ctx,
		`SELECT i.id, i.subject_id, i.channel, i.external_id, i.account_id, i.business_id, i.created_at, i.linked_at,
			c.id, c.subject_id, c.identity_id, c.channel, c.external_chat_id, c.created_at, c.last_message_at,
			c.last_inbound_at, c.handoff_at, c.legal_hold
		 FROM identities i
		 LEFT JOIN conversations c ON c.identity_id = i.id AND c.channel = i.channel AND c.external_chat_id = $3
		 WHERE i.channel = $1 AND i.external_id = $2`,
		string(ch), externalID, externalChatID).
		Scan(&i.ID, &i.SubjectID, &ich, &i.ExternalID, &i.AccountID, &i.BusinessID, &i.CreatedAt, &i.LinkedAt,
			&cid, &csubj, &cident, &cch, &cchat, &ccreated, &clast, &c.LastInboundAt, &c.HandoffAt, &hold)
	if err != nil {
		return nil, nil, notFound(err, "Identity not found.")
	}
	i.Channel = jaga.Channel(ich)
	if cid == nil {
		return i, nil, nil
	}
	c.ID, c.SubjectID, c.IdentityID, c.Channel, c.ExternalChatID = *cid, *csubj, *cident, jaga.Channel(*cch), *cchat
	c.CreatedAt, c.LastMessageAt, c.LegalHold = *ccreated, *clast, hold != nil && *hold
	return i, c, nil
}

// GetConversationContext returns a conversation, its identity and its
// subject, joined: the turn needs all three.
func (q *Queries) GetConversationContext(ctx context.Context, id int64) (*jaga.Conversation, *jaga.Identity, *jaga.Subject, error) {
	c, i, s := &jaga.Conversation{}, &jaga.Identity{}, &jaga.Subject{}
	dest := append(conversationDest(c), identityDest(i)...)
	err := q.db.QueryRow(ctx,
		`SELECT `+cColumns+`, `+iColumns+`, `+sColumns+`
		 FROM conversations c
		 JOIN identities i ON i.id = c.identity_id
		 JOIN subjects s ON s.id = c.subject_id
		 WHERE c.id = $1`, id).Scan(append(dest, subjectDest(s)...)...)
	if err != nil {
		return nil, nil, nil, notFound(err, "Conversation not found.")
	}
	return c, i, s, nil
}

// SetLegalHold sets or lifts a conversation's legal hold.
func (q *Queries) SetLegalHold(ctx context.Context, id int64, hold bool) error {
	return mustAffect(q.db.Exec(ctx, `UPDATE conversations SET legal_hold = $1 WHERE id = $2`, hold, id))
}
