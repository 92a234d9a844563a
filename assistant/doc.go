// Package assistant runs one model turn: the business snapshot for the
// asker, the redacted question and history, the prompts, the token budget,
// the egress check on the complete request, the streamed call to the model,
// and the restoration of placeholders for the asking person only.
// assistant/gemini speaks to Gemini through google.golang.org/genai;
// assistant/offline answers common questions from the snapshot when no model
// is configured or the model is down.
package assistant
