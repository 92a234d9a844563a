package sqlstore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/store"
)

const messageColumns = `id, conversation_id, subject_id, direction, channel, channel_message_id, redacted_text, sealed, status,
	author, reply_to, model_called, prompt_version, tokens_in, tokens_out, token_count, snapshot_sections, created_at, updated_at`

// prefixed qualifies a column list with a table alias.
func prefixed(alias, columns string) string {
	cols := strings.Split(columns, ",")
	for i, c := range cols {
		cols[i] = alias + "." + strings.TrimSpace(c)
	}
	return strings.Join(cols, ", ")
}

// mColumns is messageColumns for a query that calls messages m.
var mColumns = prefixed("m", messageColumns)

func scanMessage(r Row) (*jaga.Message, error) { return scanMessageWith(r) }

// scanMessageWith scans messageColumns, then extra.
func scanMessageWith(r Row, extra ...any) (*jaga.Message, error) {
	m := &jaga.Message{}
	var dir, ch, status, sections string
	dest := append([]any{&m.ID, &m.ConversationID, &m.SubjectID, &dir, &ch, &m.ChannelMessageID, &m.RedactedText,
		&m.Sealed, &status, &m.Author, &m.ReplyTo, &m.ModelCalled, &m.PromptVersion, &m.TokensIn, &m.TokensOut,
		&m.TokenCount, &sections, &m.CreatedAt, &m.UpdatedAt}, extra...)
	err := r.Scan(dest...)
	m.Direction, m.Channel, m.Status = jaga.Direction(dir), jaga.Channel(ch), jaga.MessageStatus(status)
	if sections != "" {
		m.SnapshotSections = strings.Split(sections, ",")
	}
	return m, err
}

// InsertInbound stores inbound messages of people already known, each with
// its job, in one statement: on PostgreSQL one round trip and one commit for
// the whole batch instead of a transaction's five per message, which is the
// accept path's whole cost. Each row's job is written to River's job table
// as River's own insert writes it (kind, queue, max attempts and priority
// from opts, args {"message_id": <the message's new id>}, available now);
// River's workers find it at their next poll. A conversation's messages are
// stored in the order of rows; conversations in ascending id, so that
// concurrent batches, each of which updates its conversations (the trigger
// of migration 0006), take those row locks in one order and never deadlock.
//
// Each row's conversation and identity are looked up by primary key, never
// joined whole (lookupByKey).
//
// It sets the ID of each message it stored. A row it did not store keeps
// ID 0: its conversation no longer belongs to that identity and subject
// (the person was erased, or the caller's cache is stale), or it is a
// redelivery (also of another row of the batch). The caller takes the
// transactional path for the rows left, which tells these cases apart. On
// SQLite the batch is one transaction (insertInboundSQLite).
func (q *Queries) InsertInbound(ctx context.Context, rows []store.InboundRow, kind string, opts river.InsertOpts) error {
	if len(rows) == 0 {
		return nil
	}
	if q.dialect != Postgres {
		return q.insertInboundSQLite(ctx, rows, kind, opts)
	}
	n := len(rows)
	var (
		conv, subj, ident = make([]int64, n), make([]int64, n), make([]int64, n)
		ch, cmid, text    = make([]string, n), make([]string, n), make([]string, n)
		sealed            = make([][]byte, n)
		tokens            = make([]int32, n)
		created, updated  = make([]time.Time, n), make([]time.Time, n)
		byKey             = make(map[[2]string]*jaga.Message, n)
	)
	for i, r := range rows {
		m := r.Message
		if err := checkInbound(i, m); err != nil {
			return err
		}
		m.ID = 0
		if m.UpdatedAt.IsZero() {
			m.UpdatedAt = m.CreatedAt
		}
		conv[i], subj[i], ident[i] = m.ConversationID, m.SubjectID, r.IdentityID
		ch[i], cmid[i], text[i], sealed[i] = string(m.Channel), m.ChannelMessageID, m.RedactedText, m.Sealed
		tokens[i], created[i], updated[i] = int32(m.TokenCount), m.CreatedAt, m.UpdatedAt
		k := [2]string{ch[i], cmid[i]}
		if _, ok := byKey[k]; !ok {
			byKey[k] = m // a repeat within the batch is a redelivery, left to the caller
		}
	}
	res, err := q.db.Query(ctx,
		`WITH t AS (
			SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::bytea[],
				$8::integer[], $9::timestamptz[], $10::timestamptz[]) WITH ORDINALITY
				AS t(conversation_id, subject_id, identity_id, channel, channel_message_id, redacted_text, sealed,
					token_count, created_at, updated_at, ord)
		), m AS (
			INSERT INTO messages (conversation_id, subject_id, direction, channel, channel_message_id, redacted_text, sealed,
				status, token_count, created_at, updated_at)
			SELECT c.id, c.subject_id, 'in', t.channel, t.channel_message_id, t.redacted_text, t.sealed,
				'received', t.token_count, t.created_at, t.updated_at
			  FROM t CROSS JOIN LATERAL (
				SELECT c.id, c.subject_id FROM conversations c JOIN identities i ON i.id = c.identity_id
				 WHERE c.id = t.conversation_id AND c.subject_id = t.subject_id
				   AND i.id = t.identity_id AND i.subject_id = t.subject_id
				 LIMIT 1) c
			 ORDER BY t.conversation_id, t.ord
			ON CONFLICT DO NOTHING
			RETURNING id, channel, channel_message_id
		), `+jobCTE(11)+`
		SELECT id, channel, channel_message_id FROM m`,
		conv, subj, ident, ch, cmid, text, sealed, tokens, created, updated,
		kind, jobMaxAttempts(opts), jobPriority(opts), jobQueue(opts))
	if err != nil {
		return err
	}
	defer res.Close()
	for res.Next() {
		var id int64
		var k [2]string
		if err := res.Scan(&id, &k[0], &k[1]); err != nil {
			return err
		}
		if m := byKey[k]; m != nil {
			m.ID = id
		}
	}
	return res.Err()
}

// insertInboundSQLite is InsertInbound on SQLite: the whole batch in one
// transaction of two statements, one storing the messages and one their
// jobs. SQLite has no round trips to save; what this saves is River's
// general insert (its JSON batch encoding and unique-job handling) and a
// commit per message, and, with a statement per batch instead of two per
// row, the driver's work per statement, a third of each row's cost —
// all on SQLite's single connection, which every webhook waits for.
func (q *Queries) insertInboundSQLite(ctx context.Context, rows []store.InboundRow, kind string, opts river.InsertOpts) error {
	var b strings.Builder
	args := make([]any, 0, 11*len(rows))
	byKey := make(map[[2]string]*jaga.Message, len(rows))
	b.WriteString(`INSERT INTO messages (conversation_id, subject_id, direction, channel, channel_message_id, redacted_text, sealed,
			status, token_count, created_at, updated_at)
		SELECT c.id, c.subject_id, 'in', t.column5, t.column6, t.column7, t.column8, 'received', t.column9, t.column10, t.column11
		  FROM (VALUES `)
	for i, r := range rows {
		m := r.Message
		if err := checkInbound(i, m); err != nil {
			return err
		}
		m.ID = 0
		if m.UpdatedAt.IsZero() {
			m.UpdatedAt = m.CreatedAt
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for k := range 11 {
			if k > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(len(args) + k + 1))
		}
		b.WriteByte(')')
		args = append(args, i, m.ConversationID, m.SubjectID, r.IdentityID, string(m.Channel), m.ChannelMessageID,
			m.RedactedText, m.Sealed, m.TokenCount, m.CreatedAt, m.UpdatedAt)
		k := [2]string{string(m.Channel), m.ChannelMessageID}
		if _, ok := byKey[k]; !ok {
			byKey[k] = m // a repeat within the batch is a redelivery, left to the caller
		}
	}
	// A row whose conversation is not its identity's and subject's joins
	// nothing; a redelivery conflicts. Rows are stored in their order.
	b.WriteString(`) AS t
		  JOIN conversations c ON c.id = t.column2 AND c.subject_id = t.column3
		  JOIN identities i ON i.id = c.identity_id AND i.id = t.column4 AND i.subject_id = t.column3
		 WHERE true
		 ORDER BY t.column1
		ON CONFLICT DO NOTHING
		RETURNING id, channel, channel_message_id`)
	err := q.InTx(ctx, func(q *Queries) error {
		res, err := q.db.Query(ctx, b.String(), args...)
		if err != nil {
			return err
		}
		for res.Next() {
			var id int64
			var k [2]string
			if err := res.Scan(&id, &k[0], &k[1]); err != nil {
				res.Close()
				return err
			}
			if m := byKey[k]; m != nil {
				m.ID = id
			}
		}
		res.Close()
		if err := res.Err(); err != nil {
			return err
		}
		ids := make([]byte, 0, 16*len(rows))
		ids = append(ids, '[')
		for _, r := range rows {
			if r.Message.ID != 0 {
				if len(ids) > 1 {
					ids = append(ids, ',')
				}
				ids = strconv.AppendInt(ids, r.Message.ID, 10)
			}
		}
		if len(ids) == 1 {
			return nil
		}
		ids = append(ids, ']')
		// The jobs River's insert writes (insertHeldJobSQLite), in the
		// messages' order.
		_, err = q.db.Exec(ctx,
			`INSERT INTO river_job (args, kind, max_attempts, priority, queue, state, created_at, scheduled_at, tags, metadata)
			 SELECT jsonb(json_object('message_id', j.value)), $1, $2, $3, $4, 'available', datetime('now', 'subsec'),
				datetime('now', 'subsec', '+0.000 seconds'), jsonb('[]'), jsonb('{}')
			   FROM json_each($5) j
			  ORDER BY j.key`,
			kind, jobMaxAttempts(opts), jobPriority(opts), jobQueue(opts), string(ids))
		return err
	})
	if err != nil {
		for _, r := range rows {
			r.Message.ID = 0
		}
	}
	return err
}

// insertHeldJobSQLite writes the job River's insert writes on SQLite for
// args {"message_id": id}, no tags, no unique key, due hold from now and
// marked held (HeldMetadata) when hold is positive. TestInsertJobMatchesRiver
// (store/sqlite) holds it, and insertInboundSQLite's jobs, to River's own
// insert.
func (q *Queries) insertHeldJobSQLite(ctx context.Context, id int64, kind string, opts river.InsertOpts, hold time.Duration) (int64, error) {
	var jobID int64
	meta := "{}"
	if hold > 0 {
		meta = HeldMetadata
	}
	err := q.db.QueryRow(ctx,
		`INSERT INTO river_job (args, kind, max_attempts, priority, queue, state, created_at, scheduled_at, tags, metadata)
		 VALUES (jsonb(json_object('message_id', $1)), $2, $3, $4, $5, 'available', datetime('now', 'subsec'),
			datetime('now', 'subsec', $6), jsonb('[]'), jsonb($7))
		 RETURNING id`,
		id, kind, jobMaxAttempts(opts), jobPriority(opts), jobQueue(opts),
		fmt.Sprintf("+%.3f seconds", hold.Seconds()), meta).Scan(&jobID)
	return jobID, err
}

// HeldMetadata is the River metadata of a held job (store.FinishRow.Hold),
// so that a SQLite process starting after a crash can release the held
// jobs of the turns it lost at once.
const HeldMetadata = `{"jaga_held":true}`

// checkInbound refuses a row for InsertInbound that is not a received
// inbound message with nothing else set.
func checkInbound(i int, m *jaga.Message) error {
	if m.Direction != jaga.Inbound || m.Status != jaga.StatusReceived || m.Author != "" || m.ReplyTo != 0 ||
		m.ModelCalled || m.PromptVersion != "" || m.TokensIn != 0 || m.TokensOut != 0 || len(m.SnapshotSections) != 0 {
		return fmt.Errorf("InsertInbound: row %d is not a received inbound message", i)
	}
	return nil
}

// FinishTurns ends turns: for each row it marks the inbound message
// processed and stores the reply with the reply's job (args
// {"message_id": <reply id>}), all rows in one statement on PostgreSQL —
// the turns' last step in one round trip and one commit instead of a
// transaction's five each — and in one transaction on SQLite
// (finishTurnsSQLite). A row's Claimed is false when another attempt had
// already processed its message; nothing is stored for it then. A stored
// reply gets its ID. Replies are stored by ascending conversation id, as
// InsertInbound stores messages, so that concurrent batches never deadlock
// on their conversations.
func (q *Queries) FinishTurns(ctx context.Context, rows []store.FinishRow, kind string, opts river.InsertOpts) error {
	if len(rows) == 0 {
		return nil
	}
	n := len(rows)
	if q.dialect != Postgres {
		return q.finishTurnsSQLite(ctx, rows, kind, opts)
	}
	var (
		inbound, conv, subj  = make([]int64, n), make([]int64, n), make([]int64, n)
		ch, text, author, pv = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		sections             = make([]string, n)
		sealed               = make([][]byte, n)
		model                = make([]bool, n)
		tin, tout, tokens    = make([]int32, n), make([]int32, n), make([]int32, n)
		at, created, updated = make([]time.Time, n), make([]time.Time, n), make([]time.Time, n)
		hold                 = make([]int64, n)
		byInbound            = make(map[int64]*store.FinishRow, n)
	)
	if err := checkFinish(rows); err != nil {
		return err
	}
	for i := range rows {
		r := &rows[i]
		m := r.Reply
		byInbound[r.InboundID] = r
		if m.UpdatedAt.IsZero() {
			m.UpdatedAt = m.CreatedAt
		}
		inbound[i], conv[i], subj[i] = r.InboundID, m.ConversationID, m.SubjectID
		ch[i], text[i], author[i], pv[i] = string(m.Channel), m.RedactedText, m.Author, m.PromptVersion
		sections[i], sealed[i], model[i] = strings.Join(m.SnapshotSections, ","), m.Sealed, m.ModelCalled
		tin[i], tout[i], tokens[i] = int32(m.TokensIn), int32(m.TokensOut), int32(m.TokenCount)
		at[i], created[i], updated[i] = r.At, m.CreatedAt, m.UpdatedAt
		hold[i] = r.Hold.Milliseconds()
	}
	res, err := q.db.Query(ctx,
		`WITH t AS (
			SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::bytea[], $7::text[],
				$8::boolean[], $9::text[], $10::integer[], $11::integer[], $12::integer[], $13::text[], $14::timestamptz[],
				$15::timestamptz[], $16::timestamptz[], $21::bigint[]) WITH ORDINALITY
				AS t(inbound_id, conversation_id, subject_id, channel, redacted_text, sealed, author, model_called,
					prompt_version, tokens_in, tokens_out, token_count, snapshot_sections, at, created_at, updated_at,
					hold_ms, ord)
		), p AS (
			UPDATE messages SET status = 'processed', updated_at = t.at FROM t
			 WHERE messages.id = t.inbound_id AND messages.status = 'received'
			RETURNING messages.id
		), m AS (
			INSERT INTO messages (conversation_id, subject_id, direction, channel, channel_message_id, redacted_text, sealed,
				status, author, reply_to, model_called, prompt_version, tokens_in, tokens_out, token_count, snapshot_sections,
				created_at, updated_at)
			SELECT t.conversation_id, t.subject_id, 'out', t.channel, '', t.redacted_text, t.sealed, 'queued', t.author,
				t.inbound_id, t.model_called, t.prompt_version, t.tokens_in, t.tokens_out, t.token_count, t.snapshot_sections,
				t.created_at, t.updated_at
			  FROM t JOIN p ON p.id = t.inbound_id
			 ORDER BY t.conversation_id, t.ord
			ON CONFLICT DO NOTHING
			RETURNING id, reply_to, conversation_id
		), job AS (
			INSERT INTO river_job (args, kind, max_attempts, priority, queue, state, scheduled_at, tags, metadata)
			SELECT jsonb_build_object('message_id', m.id), $17, $18, $19, $20, 'available',
				CASE WHEN h.held THEN now() + t.hold_ms * interval '1 millisecond' ELSE now() END, '{}',
				CASE WHEN h.held THEN '`+HeldMetadata+`'::jsonb ELSE '{}' END
			  FROM m JOIN t ON t.inbound_id = m.reply_to
			 CROSS JOIN LATERAL (SELECT t.hold_ms > 0 AND NOT `+olderWaiting("m.conversation_id", "m.id", "out", "queued")+` AS held) h
			RETURNING id, (args->>'message_id')::bigint AS message_id, scheduled_at > now() AS held
		)
		SELECT p.id, coalesce(m.id, 0), coalesce(job.id, 0), coalesce(job.held, false)
		  FROM p LEFT JOIN m ON m.reply_to = p.id LEFT JOIN job ON job.message_id = m.id`,
		inbound, conv, subj, ch, text, sealed, author, model, pv, tin, tout, tokens, sections, at, created, updated,
		kind, jobMaxAttempts(opts), jobPriority(opts), jobQueue(opts), hold)
	if err != nil {
		return err
	}
	defer res.Close()
	for res.Next() {
		var in, id, jobID int64
		var held bool
		if err := res.Scan(&in, &id, &jobID, &held); err != nil {
			return err
		}
		if r := byInbound[in]; r != nil {
			r.Claimed, r.Reply.ID, r.JobID, r.Held = true, id, jobID, held
		}
	}
	return res.Err()
}

// checkFinish refuses rows for FinishTurns that are not queued replies to
// their inbound messages, or that repeat an inbound message, and clears the
// results.
func checkFinish(rows []store.FinishRow) error {
	seen := make(map[int64]bool, len(rows))
	for i := range rows {
		r := &rows[i]
		m := r.Reply
		if m.Direction != jaga.Outbound || m.Status != jaga.StatusQueued || m.ChannelMessageID != "" || m.ReplyTo != r.InboundID || r.InboundID == 0 {
			return fmt.Errorf("FinishTurns: row %d is not a queued reply to its inbound message", i)
		}
		if seen[r.InboundID] {
			return fmt.Errorf("FinishTurns: row %d repeats an inbound message", i)
		}
		seen[r.InboundID] = true
		m.ID, r.Claimed, r.JobID, r.Held = 0, false, 0, false
	}
	return nil
}

// finishTurnsSQLite is FinishTurns on SQLite: three statements a row, the
// whole batch in one transaction (see insertInboundSQLite).
func (q *Queries) finishTurnsSQLite(ctx context.Context, rows []store.FinishRow, kind string, opts river.InsertOpts) error {
	if err := checkFinish(rows); err != nil {
		return err
	}
	err := q.InTx(ctx, func(q *Queries) error {
		for i := range rows {
			r := &rows[i]
			claimed, err := q.MarkProcessed(ctx, r.InboundID, r.At)
			if err != nil {
				return err
			} else if !claimed {
				continue
			}
			r.Claimed = true
			m := *r.Reply
			if err := q.CreateMessage(ctx, &m); jaga.IsConflict(err) {
				continue
			} else if err != nil {
				return err
			}
			hold := r.Hold
			if hold > 0 {
				if waiting, err := q.HasQueuedOutbound(ctx, m.ConversationID, m.ID); err != nil {
					return err
				} else if waiting {
					hold = 0
				}
			}
			jobID, err := q.insertHeldJobSQLite(ctx, m.ID, kind, opts, hold)
			if err != nil {
				return err
			}
			r.Reply.ID, r.JobID, r.Held = m.ID, jobID, hold > 0
		}
		return nil
	})
	if err != nil {
		for i := range rows {
			rows[i].Claimed, rows[i].Reply.ID, rows[i].JobID, rows[i].Held = false, 0, 0, false
		}
	}
	return err
}

// jobCTE is a WITH item, job, inserting for each row of the CTE m the job
// River's insert writes for args {"message_id": m.id}: available now, no
// tags, no metadata, no unique key. Its parameters, from $n: kind, max
// attempts, priority, queue. TestInsertInboundJobMatchesRiver holds it to
// River's own insert.
func jobCTE(n int) string {
	return fmt.Sprintf(`job AS (
			INSERT INTO river_job (args, kind, max_attempts, priority, queue, state, scheduled_at, tags, metadata)
			SELECT jsonb_build_object('message_id', m.id), $%d, $%d, $%d, $%d, 'available', now(), '{}', '{}'
			  FROM m
		)`, n, n+1, n+2, n+3)
}

func jobMaxAttempts(o river.InsertOpts) int16 {
	return int16(cmp.Or(o.MaxAttempts, river.MaxAttemptsDefault))
}

func jobPriority(o river.InsertOpts) int16 { return int16(cmp.Or(o.Priority, 1)) }

func jobQueue(o river.InsertOpts) string { return cmp.Or(o.Queue, river.QueueDefault) }

// CreateMessage stores m and sets its ID. An inbound message whose channel
// message id is already stored is not stored again: CreateMessage returns a
// conflict error with the stored message's id in m.ID.
func (q *Queries) CreateMessage(ctx context.Context, m *jaga.Message) error {
	if m.UpdatedAt.IsZero() {
		m.UpdatedAt = m.CreatedAt
	}
	rows, err := q.db.Query(ctx,
		`INSERT INTO messages (conversation_id, subject_id, direction, channel, channel_message_id, redacted_text, sealed, status,
			author, reply_to, model_called, prompt_version, tokens_in, tokens_out, token_count, snapshot_sections, created_at, updated_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
		 ON CONFLICT DO NOTHING RETURNING id`,
		m.ConversationID, m.SubjectID, string(m.Direction), string(m.Channel), m.ChannelMessageID, m.RedactedText, m.Sealed,
		string(m.Status), m.Author, m.ReplyTo, m.ModelCalled, m.PromptVersion, m.TokensIn, m.TokensOut, m.TokenCount,
		strings.Join(m.SnapshotSections, ","), m.CreatedAt, m.UpdatedAt)
	if err != nil {
		return err
	}
	inserted := false
	for rows.Next() {
		if err := rows.Scan(&m.ID); err != nil {
			rows.Close()
			return err
		}
		inserted = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if inserted {
		return nil
	}
	// The conflict was on one of the unique indexes: an inbound message
	// delivered again, or a second reply to the same inbound message.
	var existing *jaga.Message
	if m.Direction == jaga.Inbound {
		existing, err = q.FindMessageByChannelID(ctx, m.Channel, m.ChannelMessageID)
	} else {
		existing, err = q.FindReply(ctx, m.ReplyTo)
	}
	if err != nil {
		return err
	}
	m.ID = existing.ID
	return &jaga.Error{Code: jaga.ECONFLICT, Message: "Message already stored."}
}

// GetMessage returns a message by id.
func (q *Queries) GetMessage(ctx context.Context, id int64) (*jaga.Message, error) {
	m, err := scanMessage(q.db.QueryRow(ctx, `SELECT `+messageColumns+` FROM messages WHERE id = $1`, id))
	if err != nil {
		return nil, notFound(err, "Message not found.")
	}
	return m, nil
}

// FindMessageByChannelID returns the inbound message with a channel message id.
func (q *Queries) FindMessageByChannelID(ctx context.Context, ch jaga.Channel, channelMessageID string) (*jaga.Message, error) {
	m, err := scanMessage(q.db.QueryRow(ctx,
		`SELECT `+messageColumns+` FROM messages WHERE channel = $1 AND channel_message_id = $2 AND direction = 'in'`,
		string(ch), channelMessageID))
	if err != nil {
		return nil, notFound(err, "Message not found.")
	}
	return m, nil
}

// FindOutboundByChannelID returns the outbound message a channel id was
// given when it was sent (for delivery statuses).
func (q *Queries) FindOutboundByChannelID(ctx context.Context, ch jaga.Channel, channelMessageID string) (*jaga.Message, error) {
	m, err := scanMessage(q.db.QueryRow(ctx,
		`SELECT `+messageColumns+` FROM messages WHERE channel = $1 AND channel_message_id = $2 AND direction = 'out'`,
		string(ch), channelMessageID))
	if err != nil {
		return nil, notFound(err, "Message not found.")
	}
	return m, nil
}

// FindReply returns the outbound message that answers an inbound one.
func (q *Queries) FindReply(ctx context.Context, inboundID int64) (*jaga.Message, error) {
	m, err := scanMessage(q.db.QueryRow(ctx,
		`SELECT `+messageColumns+` FROM messages WHERE reply_to = $1 AND direction = 'out' ORDER BY id LIMIT 1`, inboundID))
	if err != nil {
		return nil, notFound(err, "Reply not found.")
	}
	return m, nil
}

// ListMessages returns a conversation's messages, oldest first. limit <= 0
// means all; before > 0 keeps only messages older than that id (the newest
// limit of them).
func (q *Queries) ListMessages(ctx context.Context, conversationID int64, before int64, limit int) ([]*jaga.Message, error) {
	if before <= 0 {
		before = 1<<63 - 1
	}
	if limit <= 0 {
		limit = 1 << 30
	}
	rows, err := q.db.Query(ctx,
		`SELECT * FROM (SELECT `+messageColumns+` FROM messages WHERE conversation_id = $1 AND id < $2 ORDER BY id DESC`+
			limitSQL(limit)+`) AS recent ORDER BY id`,
		conversationID, before)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanMessage)
}

// ListHistories is ListMessages for several conversations: one query on
// PostgreSQL, walking messages_conversation_idx back from each request's
// Before.
func (q *Queries) ListHistories(ctx context.Context, reqs []store.HistoryRequest, limit int) ([][]*jaga.Message, error) {
	if limit <= 0 {
		return nil, errors.New("ListHistories: limit must be positive")
	}
	out := make([][]*jaga.Message, len(reqs))
	if q.dialect != Postgres {
		for i, r := range reqs { // see GetDeliveries
			ms, err := q.ListMessages(ctx, r.ConversationID, r.Before, limit)
			if err != nil {
				return nil, err
			}
			out[i] = ms
		}
		return out, nil
	}
	conv, before := make([]int64, len(reqs)), make([]int64, len(reqs))
	for i, r := range reqs {
		conv[i], before[i] = r.ConversationID, r.Before
		if before[i] <= 0 {
			before[i] = 1<<63 - 1
		}
	}
	rows, err := q.db.Query(ctx,
		`SELECT h.*, r.ord FROM unnest($1::bigint[], $2::bigint[]) WITH ORDINALITY AS r(conv, before, ord)
		 CROSS JOIN LATERAL (SELECT `+messageColumns+` FROM messages
		                      WHERE conversation_id = r.conv AND id < r.before ORDER BY id DESC`+limitSQL(limit)+`) h
		 ORDER BY r.ord, h.id`, conv, before)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var ord int64
		m, err := scanMessageWith(rows, &ord)
		if err != nil {
			return nil, err
		}
		out[ord-1] = append(out[ord-1], m)
	}
	return out, rows.Err()
}

// ListMessagesBySubject returns every message of a subject, oldest first.
func (q *Queries) ListMessagesBySubject(ctx context.Context, subjectID int64) ([]*jaga.Message, error) {
	rows, err := q.db.Query(ctx, `SELECT `+messageColumns+` FROM messages WHERE subject_id = $1 ORDER BY id`, subjectID)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanMessage)
}

// UpdateMessageStatus sets a message's status.
func (q *Queries) UpdateMessageStatus(ctx context.Context, id int64, status jaga.MessageStatus, at time.Time) error {
	return mustAffect(q.db.Exec(ctx, `UPDATE messages SET status = $1, updated_at = $2 WHERE id = $3`, string(status), at, id))
}

// SetChannelMessageID records the id a channel gave a sent message.
func (q *Queries) SetChannelMessageID(ctx context.Context, id int64, channelMessageID string, at time.Time) error {
	return mustAffect(q.db.Exec(ctx, `UPDATE messages SET channel_message_id = $1, updated_at = $2 WHERE id = $3`,
		channelMessageID, at, id))
}

// UpdateMessageText replaces a message's texts and model details (a reply
// filled in after streaming, or a rectification).
func (q *Queries) UpdateMessageText(ctx context.Context, m *jaga.Message) error {
	return mustAffect(q.db.Exec(ctx,
		`UPDATE messages SET redacted_text = $1, sealed = $2, model_called = $3, prompt_version = $4, tokens_in = $5,
			tokens_out = $6, token_count = $7, snapshot_sections = $8, updated_at = $9 WHERE id = $10`,
		m.RedactedText, m.Sealed, m.ModelCalled, m.PromptVersion, m.TokensIn, m.TokensOut, m.TokenCount,
		strings.Join(m.SnapshotSections, ","), m.UpdatedAt, m.ID))
}

// DeleteMessagesBySubject deletes a subject's messages.
func (q *Queries) DeleteMessagesBySubject(ctx context.Context, subjectID int64) (int64, error) {
	return q.db.Exec(ctx, `DELETE FROM messages WHERE subject_id = $1`, subjectID)
}

// HasPendingInbound reports whether an older inbound message of the
// conversation still waits for its turn (see olderWaiting).
func (q *Queries) HasPendingInbound(ctx context.Context, conversationID, beforeID int64) (bool, error) {
	var waiting bool
	err := q.db.QueryRow(ctx, `SELECT `+olderWaiting("$1", "$2", "in", "received"), conversationID, beforeID).Scan(&waiting)
	return waiting, err
}

// lookupByKey: the statements that start from a batch of messages find
// each one's conversation, identity and subject through a LATERAL subquery
// with LIMIT 1, which PostgreSQL runs as one primary-key probe per message.
// As plain joins, PostgreSQL chose hash joins over whole tables (a
// sequential scan of every conversation or identity, 0.3 ms a statement at
// 2,000 of them, growing with the table), because a batch's array is
// estimated at 10 rows and a table of a few thousand rows looks cheap to
// read whole.

// olderWaiting is an SQL expression, true when the conversation's message
// just before beforeID in the given direction still has the given status:
// an inbound message still "received" (its turn has not run) or a reply
// still "queued" (not sent). Turns run, and replies go out, in order — each
// waits while this is true — so no message leaves that status before the
// one before it did, and the newest older message tells for all of them.
// That is one step back along messages_conversation_idx instead of an
// index on the status, which every status change would have to update.
// The direction is compared after concatenating the empty string to it, so
// that no plan can build a bitmap of the whole partial index
// messages_inbound_channel_id_idx (WHERE direction = 'in') to test it: with
// statistics taken before a burst of messages PostgreSQL chose that,
// reading every inbound message's index entry for each turn (0.28 ms a turn
// at 6,000 messages, and growing with the table) instead of the few entries
// along the conversation.
func olderWaiting(conversationID, beforeID, direction, status string) string {
	return `COALESCE((SELECT o.status FROM messages o WHERE o.conversation_id = ` + conversationID + ` AND o.id < ` + beforeID +
		` AND o.direction || '' = '` + direction + `' ORDER BY o.id DESC LIMIT 1) = '` + status + `', false)`
}

// HasQueuedOutbound reports whether an older reply of the conversation is
// still waiting to be sent, so replies go out in order (see olderWaiting).
func (q *Queries) HasQueuedOutbound(ctx context.Context, conversationID, beforeID int64) (bool, error) {
	var waiting bool
	err := q.db.QueryRow(ctx, `SELECT `+olderWaiting("$1", "$2", "out", "queued"), conversationID, beforeID).Scan(&waiting)
	return waiting, err
}

// MarkSent records a sent message's channel id and status in one statement.
func (q *Queries) MarkSent(ctx context.Context, id int64, channelMessageID string, at time.Time) error {
	return mustAffect(q.db.Exec(ctx,
		`UPDATE messages SET channel_message_id = $1, status = 'sent', updated_at = $2 WHERE id = $3`,
		channelMessageID, at, id))
}

// MarkSentMany records sent messages' channel ids and status, all in one
// statement on PostgreSQL (one commit for a batch of deliveries) and in one
// transaction on SQLite. When a message is missing (erased since) it
// returns a not-found error; on PostgreSQL the others are marked all the
// same, which is what a retry of each would do.
func (q *Queries) MarkSentMany(ctx context.Context, rows []store.SentRow) error {
	if len(rows) == 0 {
		return nil
	}
	if q.dialect != Postgres {
		return q.InTx(ctx, func(q *Queries) error {
			for _, r := range rows {
				if r.JobID != 0 {
					if _, err := q.db.Exec(ctx, `DELETE FROM river_job WHERE id = $1 AND state = 'available'`, r.JobID); err != nil {
						return err
					}
				}
				if err := q.MarkSent(ctx, r.ID, r.ChannelMessageID, r.At); err != nil {
					return err
				}
			}
			return nil
		})
	}
	ids, cmids, at := make([]int64, len(rows)), make([]string, len(rows)), make([]time.Time, len(rows))
	var jobs []int64
	for i, r := range rows {
		ids[i], cmids[i], at[i] = r.ID, r.ChannelMessageID, r.At
		if r.JobID != 0 {
			jobs = append(jobs, r.JobID)
		}
	}
	n, err := q.db.Exec(ctx,
		`WITH d AS (DELETE FROM river_job WHERE id = ANY($4::bigint[]) AND `+availableByID+`)
		UPDATE messages SET channel_message_id = t.cmid, status = 'sent', updated_at = t.at
		   FROM (SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[]) AS t(id, cmid, at) ORDER BY id) t
		  WHERE messages.id = t.id`,
		ids, cmids, at, jobs)
	if err != nil {
		return err
	}
	if int(n) != len(rows) {
		return jaga.Errorf(jaga.ENOTFOUND, "Message not found.")
	}
	return nil
}

// ReleaseJob makes a held job due after the given time from now instead,
// unless it already started.
func (q *Queries) ReleaseJob(ctx context.Context, jobID int64, after time.Duration) error {
	due := "now() + $2 * interval '1 millisecond'"
	arg := any(after.Milliseconds())
	if q.dialect != Postgres {
		due, arg = "datetime('now', 'subsec', $2)", fmt.Sprintf("+%.3f seconds", after.Seconds())
	}
	_, err := q.db.Exec(ctx, `UPDATE river_job SET scheduled_at = `+due+` WHERE id = $1 AND `+availableByID, jobID, arg)
	return err
}

// availableByID tests a River job's state where the job is found by its id.
// The state is compared as text so that PostgreSQL cannot read the jobs
// through River's fetching index (state, queue, priority, ...) instead of
// the primary key: after a burst of accepted messages thousands of turn jobs
// are available, while the table's statistics, taken in a quieter minute,
// may count almost none, and a plan made then scanned every available job
// for each batch of sent replies (5 ms instead of 0.05 ms).
const availableByID = `CAST(state AS text) = 'available'`

// MarkProcessed claims an inbound message's turn.
func (q *Queries) MarkProcessed(ctx context.Context, id int64, at time.Time) (bool, error) {
	n, err := q.db.Exec(ctx, `UPDATE messages SET status = 'processed', updated_at = $1 WHERE id = $2 AND status = 'received'`, at, id)
	return n == 1, err
}

// GetDelivery returns a message, its conversation and whether an older
// reply of the conversation waits to be sent.
func (q *Queries) GetDelivery(ctx context.Context, messageID int64) (*jaga.Message, *jaga.Conversation, bool, error) {
	d, err := scanDelivery(q.db.QueryRow(ctx, q.deliverySQL()+` WHERE m.id = $1`, messageID))
	if err != nil {
		return nil, nil, false, notFound(err, "Message not found.")
	}
	return d.Message, d.Conversation, d.Waiting, nil
}

// GetDeliveries is GetDelivery for several messages: one query on
// PostgreSQL. Messages not found are left out.
func (q *Queries) GetDeliveries(ctx context.Context, ids []int64) (map[int64]*store.Delivery, error) {
	out := make(map[int64]*store.Delivery, len(ids))
	if q.dialect != Postgres {
		// SQLite runs in the process: a query per message costs no round
		// trip.
		for _, id := range ids {
			m, c, waiting, err := q.GetDelivery(ctx, id)
			if jaga.IsNotFound(err) {
				continue
			} else if err != nil {
				return nil, err
			}
			out[id] = &store.Delivery{Message: m, Conversation: c, Waiting: waiting}
		}
		return out, nil
	}
	rows, err := q.db.Query(ctx, q.deliverySQL()+` WHERE m.id = ANY($1::bigint[])`, ids)
	if err != nil {
		return nil, err
	}
	ds, err := collect(rows, scanDelivery)
	for _, d := range ds {
		out[d.Message.ID] = d
	}
	return out, err
}

// deliverySQL selects a reply, its conversation (lookupByKey) and whether an
// older reply waits; the caller adds the WHERE.
func (q *Queries) deliverySQL() string {
	return `SELECT ` + mColumns + `, ` + cColumns + `, ` + olderWaiting("m.conversation_id", "m.id", "out", "queued") + `
	FROM messages m` + q.byKey("conversations c", "c.id = m.conversation_id")
}

func scanDelivery(r Row) (*store.Delivery, error) {
	d := &store.Delivery{Conversation: &jaga.Conversation{}}
	m, err := scanMessageWith(r, append(conversationDest(d.Conversation), &d.Waiting)...)
	d.Message = m
	return d, err
}

// GetTurn reads everything a turn starts from in one query: the inbound
// message, whether an older one of its conversation still awaits its turn,
// the conversation with its identity and subject, the sealed vault, and the
// subject's privacy state (GetPrivacyState's answer).
func (q *Queries) GetTurn(ctx context.Context, messageID int64) (*store.TurnContext, error) {
	t, err := scanTurn(q.db.QueryRow(ctx, q.turnSQL()+` WHERE m.id = $3`,
		string(jaga.RequestErasure), string(jaga.RequestAwaitingConfirmation), messageID))
	if err != nil {
		return nil, notFound(err, "Message not found.")
	}
	return t, nil
}

// GetTurns is GetTurn for several messages: one query on PostgreSQL.
// Messages not found are left out.
func (q *Queries) GetTurns(ctx context.Context, ids []int64) (map[int64]*store.TurnContext, error) {
	out := make(map[int64]*store.TurnContext, len(ids))
	if q.dialect != Postgres {
		for _, id := range ids { // see GetDeliveries
			t, err := q.GetTurn(ctx, id)
			if jaga.IsNotFound(err) {
				continue
			} else if err != nil {
				return nil, err
			}
			out[id] = t
		}
		return out, nil
	}
	rows, err := q.db.Query(ctx, q.turnSQL()+` WHERE m.id = ANY($3::bigint[])`,
		string(jaga.RequestErasure), string(jaga.RequestAwaitingConfirmation), ids)
	if err != nil {
		return nil, err
	}
	ts, err := collect(rows, scanTurn)
	for _, t := range ts {
		out[t.Message.ID] = t
	}
	return out, err
}

// turnSQL selects a turn's context; $1 and $2 are the erasure request type
// and the awaiting-confirmation status, and the caller adds the WHERE.
// Each message's conversation, identity and subject are looked up by
// primary key (lookupByKey).
func (q *Queries) turnSQL() string {
	return `SELECT ` + mColumns + `, ` + cColumns + `, ` + iColumns + `, ` + sColumns + `, v.sealed,
			` + olderWaiting("m.conversation_id", "m.id", "in", "received") + `,
			` + q.consentsInForce("m.subject_id") + `,
			COALESCE((SELECT MAX(r.id) FROM privacy_requests r
			           WHERE r.subject_id = m.subject_id AND r.type = $1 AND r.status = $2), 0)
		 FROM messages m` + q.byKey("conversations c", "c.id = m.conversation_id") + q.byKey("identities i", "i.id = c.identity_id") +
		q.byKey("subjects s", "s.id = c.subject_id") + `
		 LEFT JOIN vaults v ON v.conversation_id = c.id`
}

// byKey joins the one row of table (with its alias) that cond finds by
// primary key: a LATERAL lookup on PostgreSQL (lookupByKey), a join on
// SQLite, whose planner probes the key for small batches on its own and
// which has no LATERAL.
func (q *Queries) byKey(table, cond string) string {
	if q.dialect == Postgres {
		_, alias, _ := strings.Cut(table, " ")
		return `
		 CROSS JOIN LATERAL (SELECT * FROM ` + table + ` WHERE ` + cond + ` LIMIT 1) ` + alias
	}
	return `
		 JOIN ` + table + ` ON ` + cond
}

func scanTurn(r Row) (*store.TurnContext, error) {
	t := &store.TurnContext{Conversation: &jaga.Conversation{}, Identity: &jaga.Identity{}, Subject: &jaga.Subject{},
		Privacy: &store.PrivacyState{}}
	var consents string
	dest := append(conversationDest(t.Conversation), identityDest(t.Identity)...)
	dest = append(dest, subjectDest(t.Subject)...)
	dest = append(dest, &t.Vault, &t.Pending, &consents, &t.Privacy.ErasureAwaiting)
	m, err := scanMessageWith(r, dest...)
	if err != nil {
		return nil, err
	}
	if t.Privacy.Consents, err = decodeConsents(consents); err != nil {
		return nil, err
	}
	t.Message = m
	return t, nil
}
