package jaga

import "time"

// LinkCode is a one-time code that links a chat identity to an account on
// the host platform. Only the code's hash is stored.
type LinkCode struct {
	ID         int64
	CodeHash   []byte
	AccountID  int64
	BusinessID int64
	CreatedAt  time.Time
	ExpiresAt  time.Time
	UsedAt     *time.Time
	IdentityID int64 // the identity that used it
}
