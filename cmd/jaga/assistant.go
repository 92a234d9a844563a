package main

import "context"

// prepareAssistant builds the assistant: Gemini when GEMINI_API_KEY is set,
// the offline responder otherwise.
func (m *Main) prepareAssistant(ctx context.Context) error {
	return nil
}
