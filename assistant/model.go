package assistant

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Message is one turn of the conversation as the model sees it: redacted
// text only.
type Message struct {
	Role string // "user" or "model"
	Text string
}

// Request is everything sent to the model for one answer. It holds no
// personal data: every text in it has passed the redactor and the egress
// check.
type Request struct {
	System          string    // system instruction: role, rules, answer style, business snapshot
	Messages        []Message // history then the question, oldest first; the last is the user's question
	MaxOutputTokens int
	Temperature     float32
}

// Usage is what the model reports it used.
type Usage struct {
	PromptTokens int
	OutputTokens int
	TotalTokens  int
}

// Model generates an answer, streaming it.
type Model interface {
	// Generate calls onChunk with each piece of the answer as it arrives,
	// in order, and returns the usage when the answer is complete. An error
	// from onChunk stops the stream and is returned.
	Generate(ctx context.Context, req *Request, onChunk func(text string) error) (Usage, error)
	// Name identifies the model ("gemini-2.5-flash", "offline").
	Name() string
}

// ErrorKind classifies model failures.
type ErrorKind string

// Model error kinds.
const (
	ErrRateLimited ErrorKind = "rate_limited" // HTTP 429: retry after RetryAfter
	ErrUnavailable ErrorKind = "unavailable"  // 5xx, timeouts, broken streams: retry later
	ErrBlocked     ErrorKind = "blocked"      // the model refused (safety): do not retry
	ErrBadRequest  ErrorKind = "bad_request"  // 4xx other than 429: do not retry
)

// ModelError is a typed model failure. Message never holds the API key or
// request content.
type ModelError struct {
	Kind       ErrorKind
	RetryAfter time.Duration // for ErrRateLimited, when the model said
	Status     int           // HTTP status when there was one
	Message    string
}

func (e *ModelError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("model %s (status %d, retry after %s): %s", e.Kind, e.Status, e.RetryAfter, e.Message)
	}
	return fmt.Sprintf("model %s (status %d): %s", e.Kind, e.Status, e.Message)
}

// KindOf returns the kind of a model error, or ErrUnavailable for any
// other error (timeouts, connection failures).
func KindOf(err error) ErrorKind {
	var me *ModelError
	if errors.As(err, &me) {
		return me.Kind
	}
	return ErrUnavailable
}
