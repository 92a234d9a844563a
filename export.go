package jaga

import "time"

// Export is a prepared copy of a person's data (JSON and XLSX in a zip),
// sealed under their data key and served once through a signed link that
// expires. Only the link token's hash is stored.
type Export struct {
	ID        int64
	TokenHash []byte
	SubjectID int64
	RequestID int64
	Sealed    []byte
	Size      int // bytes of the unsealed zip
	CreatedAt time.Time
	ExpiresAt time.Time
	UsedAt    *time.Time
}
