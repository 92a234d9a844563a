package jaga

import "time"

// Consent purposes.
const (
	PurposeAI = "ai_processing" // the assistant may process the person's messages with the model
)

// Consent is one recorded consent or withdrawal: proof of consent under UU PDP
// Pasal 24. Records are never updated; the newest one per subject and purpose
// is in force.
type Consent struct {
	ID            int64
	SubjectID     int64
	IdentityID    int64
	Channel       Channel
	Purpose       string
	Granted       bool
	NoticeVersion string // the version of the privacy notice shown
	CreatedAt     time.Time
}
