// Package jaga holds the domain of the jaga gateway: the records every other
// package talks about (subjects, identities, conversations, messages,
// consents, privacy requests, audit records, staff), the service interfaces
// that two or more packages share, and the one error type whose message is
// always safe to show a person.
//
// The package depends on the standard library only. Adapters live in
// sub-packages (store/postgres, bot/telegram, assistant/gemini, …) and are
// wired together in cmd/jaga, the only place that knows every concrete type.
package jaga
