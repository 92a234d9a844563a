// Package store declares how jaga persists its records. Two backends
// implement it: store/sqlite (the default, a file in the data directory) and
// store/postgres (pgx, for several replicas). store/sqlstore holds the SQL
// both share; store/storetest is the conformance suite both pass.
package store

import (
	"context"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Store is an open database.
type Store interface {
	Queries

	// WithTx runs fn in a transaction. fn's Queries are bound to the
	// transaction; the transaction commits when fn returns nil and rolls
	// back otherwise. Jobs enqueued through it are part of the transaction.
	WithTx(ctx context.Context, fn func(q Queries) error) error

	// Backend names the backend: "sqlite" or "postgres".
	Backend() string
	// Ping checks the database answers.
	Ping(ctx context.Context) error
	// Ready reports an error unless the database answers and every migration
	// is applied.
	Ready(ctx context.Context) error
	// Migrate applies pending migrations (jaga's and River's).
	Migrate(ctx context.Context) error

	// StartJobs starts working queued jobs with the workers registered so far.
	StartJobs(ctx context.Context) error
	// StopJobs stops working jobs, letting running ones finish until ctx ends.
	StopJobs(ctx context.Context) error
	// Subscribe registers a function called with every completed or failed job
	// (for metrics). Call before StartJobs.
	Subscribe(fn func(JobEvent))

	Close() error
}

// Queries is every record operation, bound either to the database or to a
// transaction (inside WithTx).
type Queries interface {
	Subjects
	DataKeys
	Identities
	Conversations
	Messages
	Consents
	PrivacyRequests
	Audit
	Staff
	Vaults
	Links
	Exports
	Usage
	Jobs
}

// Subjects stores people.
type Subjects interface {
	CreateSubject(ctx context.Context, s *jaga.Subject) error
	GetSubject(ctx context.Context, id int64) (*jaga.Subject, error)
	SetSubjectLanguage(ctx context.Context, id int64, lang string) error
	MarkSubjectErased(ctx context.Context, id int64, at time.Time) error
}

// DataKeys stores per-subject wrapped data keys.
type DataKeys interface {
	// CreateDataKey stores k unless the subject already has a key; it returns
	// the key in force either way.
	CreateDataKey(ctx context.Context, k *jaga.DataKey) (*jaga.DataKey, error)
	GetDataKey(ctx context.Context, subjectID int64) (*jaga.DataKey, error)
	DeleteDataKey(ctx context.Context, subjectID int64) error
}

// Identities stores channel identities.
type Identities interface {
	CreateIdentity(ctx context.Context, i *jaga.Identity) error
	GetIdentity(ctx context.Context, id int64) (*jaga.Identity, error)
	FindIdentity(ctx context.Context, ch jaga.Channel, externalID string) (*jaga.Identity, error)
	ListIdentitiesBySubject(ctx context.Context, subjectID int64) ([]*jaga.Identity, error)
	LinkIdentity(ctx context.Context, id, accountID, businessID int64, at time.Time) error
	DeleteIdentitiesBySubject(ctx context.Context, subjectID int64) (int64, error)
}

// Conversations stores conversations.
type Conversations interface {
	CreateConversation(ctx context.Context, c *jaga.Conversation) error
	GetConversation(ctx context.Context, id int64) (*jaga.Conversation, error)
	FindConversation(ctx context.Context, ch jaga.Channel, externalChatID string, identityID int64) (*jaga.Conversation, error)
	// GetConversationContext returns a conversation with its identity and
	// subject in one query.
	GetConversationContext(ctx context.Context, id int64) (*jaga.Conversation, *jaga.Identity, *jaga.Subject, error)
	// FindPerson returns a channel account's identity and its conversation
	// in a chat in one query; the conversation is nil when the identity has
	// none there yet, and the error is not-found when there is no identity.
	FindPerson(ctx context.Context, ch jaga.Channel, externalID, externalChatID string) (*jaga.Identity, *jaga.Conversation, error)
	ListConversationsBySubject(ctx context.Context, subjectID int64) ([]*jaga.Conversation, error)
	SetHandoff(ctx context.Context, id int64, at *time.Time) error
	// SetLegalHold sets or lifts a legal hold, which stops erasure and purges.
	SetLegalHold(ctx context.Context, id int64, hold bool) error
	// LockConversation takes the conversation's row lock until the
	// transaction ends, so work on one conversation is serialised.
	LockConversation(ctx context.Context, id int64) error
	DeleteConversationsBySubject(ctx context.Context, subjectID int64) (int64, error)
}

// Messages stores messages.
type Messages interface {
	// CreateMessage stores m. An inbound message whose channel message id was
	// stored before returns a conflict error and the stored message's id in
	// m.ID, so a redelivered webhook is recognised.
	CreateMessage(ctx context.Context, m *jaga.Message) error
	GetMessage(ctx context.Context, id int64) (*jaga.Message, error)
	FindMessageByChannelID(ctx context.Context, ch jaga.Channel, channelMessageID string) (*jaga.Message, error)
	// FindReply returns the outbound message that answers the inbound one.
	FindReply(ctx context.Context, inboundID int64) (*jaga.Message, error)
	// FindOutboundByChannelID returns the sent message a channel id belongs to.
	FindOutboundByChannelID(ctx context.Context, ch jaga.Channel, channelMessageID string) (*jaga.Message, error)
	// HasPendingInbound reports whether the conversation has an inbound
	// message older than beforeID whose turn has not run yet. Turns run in
	// order, so the newest older inbound message tells.
	HasPendingInbound(ctx context.Context, conversationID, beforeID int64) (bool, error)
	// InsertInbound stores known people's inbound messages, each with its
	// job (args {"message_id": id}), together: one statement on
	// PostgreSQL, one transaction on SQLite. It sets the ID of each message
	// stored; the caller takes the transactional path for the rows left
	// with ID 0.
	InsertInbound(ctx context.Context, rows []InboundRow, kind string, opts river.InsertOpts) error
	// FinishTurns marks inbound messages processed and stores their
	// replies, each with its job (args {"message_id": id}), together: one
	// statement on PostgreSQL, one transaction on SQLite.
	FinishTurns(ctx context.Context, rows []FinishRow, kind string, opts river.InsertOpts) error
	// GetTurn returns what a turn starts from, its subject's privacy state
	// included, in one query.
	GetTurn(ctx context.Context, messageID int64) (*TurnContext, error)
	// GetTurns is GetTurn for several messages, in one query on
	// PostgreSQL; messages not found are left out of the map.
	GetTurns(ctx context.Context, messageIDs []int64) (map[int64]*TurnContext, error)
	// GetDelivery returns a message to send, its conversation, and whether an
	// older reply of the conversation is still queued, in one query.
	GetDelivery(ctx context.Context, messageID int64) (*jaga.Message, *jaga.Conversation, bool, error)
	// GetDeliveries is GetDelivery for several messages, in one query on
	// PostgreSQL; messages not found are left out of the map.
	GetDeliveries(ctx context.Context, messageIDs []int64) (map[int64]*Delivery, error)
	// HasQueuedOutbound reports whether the conversation has an outbound
	// message older than beforeID still waiting to be sent. Replies go out
	// in order, so the newest older reply tells.
	HasQueuedOutbound(ctx context.Context, conversationID, beforeID int64) (bool, error)
	// ListMessages returns a conversation's messages, oldest first; limit <= 0
	// means all. With before > 0 only messages with smaller ids are returned
	// (the newest limit of them, still oldest first).
	ListMessages(ctx context.Context, conversationID int64, before int64, limit int) ([]*jaga.Message, error)
	// ListHistories is ListMessages for several conversations (a turn's
	// history each: the messages before its inbound message), in one query
	// on PostgreSQL. The i-th list answers reqs[i]; limit must be positive.
	ListHistories(ctx context.Context, reqs []HistoryRequest, limit int) ([][]*jaga.Message, error)
	ListMessagesBySubject(ctx context.Context, subjectID int64) ([]*jaga.Message, error)
	UpdateMessageStatus(ctx context.Context, id int64, status jaga.MessageStatus, at time.Time) error
	// MarkProcessed moves an inbound message from received to processed and
	// reports whether it did: false means another attempt (or an erasure)
	// got there first. The row stays locked until the transaction ends.
	MarkProcessed(ctx context.Context, id int64, at time.Time) (bool, error)
	SetChannelMessageID(ctx context.Context, id int64, channelMessageID string, at time.Time) error
	// MarkSent records that a queued message was sent with a channel id.
	MarkSent(ctx context.Context, id int64, channelMessageID string, at time.Time) error
	// MarkSentMany is MarkSent for a batch of messages, in one statement
	// (one commit) where the backend allows. A row's held job (JobID) is
	// deleted with it, unless it already started.
	MarkSentMany(ctx context.Context, rows []SentRow) error
	// ReleaseJob makes a held job (see FinishRow.Hold) due after the given
	// time from now instead, unless it already started.
	ReleaseJob(ctx context.Context, jobID int64, after time.Duration) error
	UpdateMessageText(ctx context.Context, m *jaga.Message) error
	DeleteMessagesBySubject(ctx context.Context, subjectID int64) (int64, error)
}

// Consents stores the consent ledger.
type Consents interface {
	CreateConsent(ctx context.Context, c *jaga.Consent) error
	// LatestConsent returns the newest consent record for the subject and
	// purpose, or a not-found error when none was ever recorded.
	LatestConsent(ctx context.Context, subjectID int64, purpose string) (*jaga.Consent, error)
	ListConsents(ctx context.Context, subjectID int64) ([]*jaga.Consent, error)
	// GetPrivacyState reads, in one statement, what a turn's privacy gate
	// needs: the consent in force for each purpose and the erasure request
	// awaiting confirmation, if any.
	GetPrivacyState(ctx context.Context, subjectID int64) (*PrivacyState, error)
	DeleteConsentsBySubject(ctx context.Context, subjectID int64) (int64, error)
}

// InboundRow is a row for InsertInbound: a received inbound message of a
// known person, and the identity it came from.
type InboundRow struct {
	Message    *jaga.Message
	IdentityID int64
}

// FinishRow is a row for FinishTurns: the inbound message whose turn ends,
// when, and its reply (a queued outbound message with ReplyTo set).
// FinishTurns sets Claimed when this call processed the inbound message,
// and the reply's ID and its job's JobID when it stored the reply.
//
// Hold asks for the reply's job to be due only Hold from now, because the
// caller means to send the reply itself as soon as the row is stored. The
// job is held unless an older reply of the conversation is still queued
// (replies go out in order: that one's job sends first, and this one's
// after it); Held reports whether it was. A held job is the caller's
// promise kept durably: if the caller crashes, or its send fails and it
// releases the job (ReleaseJob), the job sends the reply.
type FinishRow struct {
	InboundID int64
	At        time.Time
	Reply     *jaga.Message
	Hold      time.Duration
	Claimed   bool
	JobID     int64
	Held      bool
}

// SentRow is a row for MarkSentMany: a message sent, with the channel's id
// for it, and the held job to delete now that it has nothing to do (0 for
// none).
type SentRow struct {
	ID               int64
	ChannelMessageID string
	At               time.Time
	JobID            int64
}

// TurnContext is what a turn starts from.
type TurnContext struct {
	Message      *jaga.Message
	Conversation *jaga.Conversation
	Identity     *jaga.Identity
	Subject      *jaga.Subject
	// Vault is the conversation's sealed vault; nil when it has none.
	Vault []byte
	// Pending reports an older inbound message of the conversation whose
	// turn has not run yet.
	Pending bool
	// Privacy is the subject's privacy state, read with the rest.
	Privacy *PrivacyState
}

// HistoryRequest asks for a conversation's messages older than Before.
type HistoryRequest struct {
	ConversationID, Before int64
}

// Delivery is what sending a reply starts from: the message, its
// conversation, and whether an older reply of the conversation waits to be
// sent.
type Delivery struct {
	Message      *jaga.Message
	Conversation *jaga.Conversation
	Waiting      bool
}

// PrivacyState is a subject's consents in force and pending erasure.
type PrivacyState struct {
	// Consents maps each purpose ever recorded to its latest answer.
	Consents map[string]bool
	// ErasureAwaiting is the id of the newest erasure request awaiting the
	// person's confirmation; zero when there is none.
	ErasureAwaiting int64
}

// PrivacyRequests stores data-subject requests.
type PrivacyRequests interface {
	CreatePrivacyRequest(ctx context.Context, r *jaga.PrivacyRequest) error
	GetPrivacyRequest(ctx context.Context, id int64) (*jaga.PrivacyRequest, error)
	UpdatePrivacyRequest(ctx context.Context, r *jaga.PrivacyRequest) error
	ListPrivacyRequestsBySubject(ctx context.Context, subjectID int64) ([]*jaga.PrivacyRequest, error)
	// ListOpenPrivacyRequests returns requests not yet closed, soonest due first.
	ListOpenPrivacyRequests(ctx context.Context, limit int) ([]*jaga.PrivacyRequest, error)
	CountOverduePrivacyRequests(ctx context.Context, now time.Time) (int64, error)
}

// Audit stores the hash-chained audit log.
type Audit interface {
	// AppendAudit links r to the newest record (PrevHash, Hash) and stores it.
	// Appends are serialised so the chain never forks.
	AppendAudit(ctx context.Context, r *jaga.AuditRecord) error
	ListAudit(ctx context.Context, afterID int64, limit int) ([]*jaga.AuditRecord, error)
	ListAuditBySubject(ctx context.Context, subjectID int64) ([]*jaga.AuditRecord, error)
}

// Staff stores console users.
type Staff interface {
	CreateStaffUser(ctx context.Context, u *jaga.StaffUser) error
	GetStaffUserByEmail(ctx context.Context, email string) (*jaga.StaffUser, error)
}

// Vaults stores each conversation's pseudonym vault (placeholder → value),
// sealed under the subject's data key so erasure destroys it too.
type Vaults interface {
	// GetVault returns the sealed vault, or a not-found error.
	GetVault(ctx context.Context, conversationID int64) ([]byte, error)
	PutVault(ctx context.Context, conversationID, subjectID int64, sealed []byte, at time.Time) error
	DeleteVaultsBySubject(ctx context.Context, subjectID int64) (int64, error)
}

// Links stores identity link codes and link attempts.
type Links interface {
	CreateLinkCode(ctx context.Context, c *jaga.LinkCode) error
	// UseLinkCode marks an unused, unexpired code used by identityID and
	// returns it; an unknown, used or expired code is not found.
	UseLinkCode(ctx context.Context, codeHash []byte, identityID int64, now time.Time) (*jaga.LinkCode, error)
	RecordLinkAttempt(ctx context.Context, identityID int64, at time.Time) error
	CountLinkAttempts(ctx context.Context, identityID int64, since time.Time) (int, error)
}

// Exports stores prepared data exports.
type Exports interface {
	CreateExport(ctx context.Context, e *jaga.Export) error
	// UseExport marks an unused, unexpired export used and returns it; an
	// unknown, used or expired token is not found.
	UseExport(ctx context.Context, tokenHash []byte, now time.Time) (*jaga.Export, error)
	DeleteExportsBySubject(ctx context.Context, subjectID int64) (int64, error)
}

// Usage keeps model tokens per business and month.
type Usage interface {
	TokensUsed(ctx context.Context, businessID int64, month string) (int64, error)
	AddTokens(ctx context.Context, businessID int64, month string, tokens int64) error
}

// Jobs enqueues durable jobs. Inside WithTx the job commits or rolls back
// with the transaction.
type Jobs interface {
	Enqueue(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (jobID int64, err error)
	// CompleteJob marks a running job completed inside the transaction (call
	// it from a worker, within WithTx), so the job's effects and its
	// completion commit together: the job's work happens exactly once.
	CompleteJob(ctx context.Context, job *rivertype.JobRow) error
}

// JobEvent reports a finished job attempt, for metrics.
type JobEvent struct {
	Kind   string
	Queue  string
	Failed bool
	// Snoozed reports an attempt that asked to run again later (a turn
	// waiting for an older message of its conversation, a send waiting
	// for the channel's rate limit).
	Snoozed  bool
	Duration time.Duration
}
