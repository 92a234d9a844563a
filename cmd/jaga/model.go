package main

import (
	"context"

	"github.com/jaga-id/jaga/assistant"
)

// model returns the configured model, or nil for offline answers.
func (m *Main) model(ctx context.Context) (assistant.Model, error) {
	return nil, nil
}
