package main

import (
	"context"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/assistant"
	"github.com/jaga-id/jaga/assistant/offline"
	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/store"
)

// prepareAssistant builds the assistant: Gemini when GEMINI_API_KEY is set,
// the offline responder otherwise (and whenever Gemini is down).
func (m *Main) prepareAssistant(ctx context.Context) error {
	model, err := m.model(ctx)
	if err != nil {
		return err
	}
	if model == nil {
		m.Logger.Info("GEMINI_API_KEY not set: answering with the offline responder")
	}
	a := assistant.New(assistant.Config{
		Model: model, Offline: offline.Answer, Redactor: redact.New(redact.Options{Dictionary: m.dictionary}),
		Source: m.source, Registry: m.Registry, Logger: m.Logger.With("component", "assistant"),
		MonthlyTokens: m.Config.Gemini.MonthlyTokens, Usage: usageCounter{m.Store},
	})
	m.assistant = &assistantAdapter{a: a}
	m.countTokens = assistant.CountTokens
	return nil
}

// assistantAdapter answers a bot turn with the assistant.
type assistantAdapter struct{ a *assistant.Assistant }

func (x *assistantAdapter) Answer(ctx context.Context, t *bot.Turn, onChunk func(string) error) (*bot.Reply, error) {
	in := assistant.Input{Question: t.Inbound.RedactedText, Vault: t.Vault, SubjectID: t.Subject.ID,
		Channel: string(t.Conversation.Channel), Lang: t.Lang}
	if t.Identity.Linked() {
		in.BusinessID, in.AccountID = t.Identity.BusinessID, t.Identity.AccountID
	}
	for _, h := range t.History {
		in.History = append(in.History, assistant.HistoryItem{FromUser: h.Direction == jaga.Inbound,
			Text: h.RedactedText, Tokens: h.TokenCount})
	}
	res, err := x.a.Turn(ctx, in, onChunk)
	if err != nil {
		return nil, err
	}
	r := &bot.Reply{Text: res.Text, Redacted: res.Redacted, Author: res.Author, ModelCalled: res.ModelCalled,
		PromptVersion: res.PromptVersion, TokensIn: res.TokensIn, TokensOut: res.TokensOut}
	for _, s := range res.Sections {
		r.SnapshotSections = append(r.SnapshotSections, string(s))
	}
	return r, nil
}

// usageCounter keeps the monthly token counts in the database, shared by
// every replica.
type usageCounter struct{ st store.Usage }

func (u usageCounter) Used(ctx context.Context, businessID int64, month string) (int64, error) {
	return u.st.TokensUsed(ctx, businessID, month)
}

func (u usageCounter) Add(ctx context.Context, businessID int64, month string, tokens int64) error {
	return u.st.AddTokens(ctx, businessID, month, tokens)
}
