package store

import "context"

type urgentKey struct{}

// Urgent marks ctx as a webhook's: a channel is waiting for the answer. A
// backend that shares one connection among all its callers (SQLite) gives
// it to urgent work before background work (turns, deliveries).
func Urgent(ctx context.Context) context.Context {
	return context.WithValue(ctx, urgentKey{}, true)
}

// IsUrgent reports whether ctx was marked by Urgent.
func IsUrgent(ctx context.Context) bool {
	v, _ := ctx.Value(urgentKey{}).(bool)
	return v
}
