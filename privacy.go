package jaga

import "time"

// RequestType is the kind of a data-subject request (UU PDP Pasal 5–13).
type RequestType string

// Request types.
const (
	RequestInformation   RequestType = "information"   // Pasal 5
	RequestAccess        RequestType = "access"        // Pasal 7, 32
	RequestExport        RequestType = "export"        // Pasal 13 (portability)
	RequestRectification RequestType = "rectification" // Pasal 6, 30
	RequestErasure       RequestType = "erasure"       // Pasal 8, 43–44
	RequestWithdrawal    RequestType = "withdrawal"    // Pasal 9, 40
	RequestRestriction   RequestType = "restriction"   // Pasal 11, 41
	RequestObjection     RequestType = "objection"     // Pasal 10
	RequestComplaint     RequestType = "complaint"     // Pasal 12
)

// RequestStatus is where a privacy request is.
type RequestStatus string

// Request statuses.
const (
	RequestAwaitingConfirmation RequestStatus = "awaiting_confirmation"
	RequestOpen                 RequestStatus = "open"
	RequestDone                 RequestStatus = "done"
	RequestRejected             RequestStatus = "rejected"
	RequestCancelled            RequestStatus = "cancelled"
)

// PrivacyRequest is a recorded request (UU PDP Pasal 14) with its legal due
// time. The record outlives an erasure; it holds no message content.
type PrivacyRequest struct {
	ID         int64
	SubjectID  int64
	IdentityID int64
	Channel    Channel
	Type       RequestType
	Status     RequestStatus
	ReceivedAt time.Time
	DueAt      time.Time
	ClosedAt   *time.Time
	HandledBy  string // "jaga" for automatic fulfilment, "staff:<id>" otherwise
	Outcome    string // what was done, without personal data
}

// AuditRecord is one entry of the append-only, hash-chained audit log. Hash
// covers PrevHash and the record's fields, so an edit or a removal breaks the
// chain.
type AuditRecord struct {
	ID        int64
	At        time.Time
	Actor     string // "jaga", "staff:<id>", "subject:<id>"
	Action    string // "reveal", "privacy_request", "erase", "purge", …
	SubjectID int64
	Detail    string // no personal data
	PrevHash  []byte
	Hash      []byte
}

// StaffUser is a member of support staff who uses the console.
type StaffUser struct {
	ID           int64
	Email        string
	Name         string
	Role         string // "agent", "auditor", "admin"
	PasswordHash []byte
	CreatedAt    time.Time
	DisabledAt   *time.Time
}
