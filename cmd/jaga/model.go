package main

import (
	"context"

	"github.com/jaga-id/jaga/assistant"
	"github.com/jaga-id/jaga/assistant/gemini"
)

// model returns Gemini when GEMINI_API_KEY is set, or nil for offline
// answers.
func (m *Main) model(ctx context.Context) (assistant.Model, error) {
	c := m.Config.Gemini
	if c.APIKey == "" {
		return nil, nil
	}
	return gemini.New(ctx, gemini.Config{APIKey: c.APIKey, Model: c.Model, BaseURL: c.BaseURL})
}
