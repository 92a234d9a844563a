// Package gemini is the assistant's Model over Google's Gemini API, through
// google.golang.org/genai (the older github.com/google/generative-ai-go is
// deprecated upstream). It is the only package that imports genai.
package gemini

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"google.golang.org/genai"

	"github.com/jaga-id/jaga/assistant"
)

// Config configures the model. cmd/jaga fills it from GEMINI_API_KEY,
// GEMINI_MODEL and GEMINI_BASE_URL.
type Config struct {
	APIKey     string
	Model      string        // default "gemini-2.5-flash"
	BaseURL    string        // a proxy or a test fake; empty for Google's endpoint
	Timeout    time.Duration // one request; default 60s
	HTTPClient *http.Client
}

// Model answers with Gemini.
type Model struct {
	client *genai.Client
	model  string
}

var _ assistant.Model = (*Model)(nil)

// New returns a Gemini model. It makes no request. Its errors never carry
// the key.
func New(ctx context.Context, cfg Config) (*Model, error) {
	if cfg.APIKey == "" {
		return nil, errors.New("gemini: no API key")
	}
	if cfg.Model == "" {
		cfg.Model = "gemini-2.5-flash"
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 60 * time.Second
	}
	timeout := cfg.Timeout
	if cfg.HTTPClient == nil {
		// net/http keeps two idle connections per host by default; turns
		// run concurrently, and each new connection is a TLS handshake.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 64
		cfg.HTTPClient = &http.Client{Transport: t}
	}
	cc := &genai.ClientConfig{
		APIKey:      cfg.APIKey,
		Backend:     genai.BackendGeminiAPI,
		HTTPClient:  cfg.HTTPClient,
		HTTPOptions: genai.HTTPOptions{BaseURL: cfg.BaseURL, Timeout: &timeout},
	}
	client, err := genai.NewClient(ctx, cc)
	if err != nil {
		// genai's errors can quote the configuration, key included.
		return nil, errors.New("gemini: cannot create the client (check GEMINI_API_KEY and GEMINI_BASE_URL)")
	}
	return &Model{client: client, model: cfg.Model}, nil
}

// Name returns the model name.
func (m *Model) Name() string { return m.model }

// Generate streams the answer over server-sent events, passing each text part
// on as it arrives.
func (m *Model) Generate(ctx context.Context, req *assistant.Request, onChunk func(string) error) (assistant.Usage, error) {
	var contents []*genai.Content
	for _, msg := range req.Messages {
		role := genai.RoleUser
		if msg.Role == "model" {
			role = genai.RoleModel
		}
		contents = append(contents, genai.NewContentFromText(msg.Text, genai.Role(role)))
	}
	temp := req.Temperature
	cfg := &genai.GenerateContentConfig{Temperature: &temp}
	if req.System != "" {
		cfg.SystemInstruction = genai.NewContentFromText(req.System, genai.RoleUser)
	}
	if req.MaxOutputTokens > 0 {
		cfg.MaxOutputTokens = int32(req.MaxOutputTokens)
	}
	var usage assistant.Usage
	for resp, err := range m.client.Models.GenerateContentStream(ctx, m.model, contents, cfg) {
		if err != nil {
			return usage, mapError(ctx, err)
		}
		if resp.PromptFeedback != nil && resp.PromptFeedback.BlockReason != "" {
			return usage, &assistant.ModelError{Kind: assistant.ErrBlocked, Message: "prompt blocked: " + string(resp.PromptFeedback.BlockReason)}
		}
		if u := resp.UsageMetadata; u != nil {
			usage = assistant.Usage{PromptTokens: int(u.PromptTokenCount), OutputTokens: int(u.CandidatesTokenCount), TotalTokens: int(u.TotalTokenCount)}
		}
		for _, c := range resp.Candidates {
			if c.Content != nil {
				for _, p := range c.Content.Parts {
					if p.Text == "" || p.Thought {
						continue
					}
					if err := onChunk(p.Text); err != nil {
						return usage, err
					}
				}
			}
			switch c.FinishReason {
			case genai.FinishReasonSafety, genai.FinishReasonBlocklist, genai.FinishReasonProhibitedContent, genai.FinishReasonSPII:
				return usage, &assistant.ModelError{Kind: assistant.ErrBlocked, Message: "answer blocked: " + string(c.FinishReason)}
			}
		}
	}
	return usage, nil
}

// mapError turns genai's errors into typed model errors, keeping only the
// status and Google's error message (never the request or the key).
func mapError(ctx context.Context, err error) error {
	var api genai.APIError
	if errors.As(err, &api) {
		me := &assistant.ModelError{Status: api.Code, Message: safeMessage(api.Message)}
		switch {
		case api.Code == http.StatusTooManyRequests || api.Status == "RESOURCE_EXHAUSTED":
			me.Kind, me.RetryAfter = assistant.ErrRateLimited, retryDelay(api.Details)
		case api.Code >= 500 || api.Code == 0:
			me.Kind = assistant.ErrUnavailable
		default:
			me.Kind = assistant.ErrBadRequest
		}
		return me
	}
	if ctx.Err() != nil {
		return &assistant.ModelError{Kind: assistant.ErrUnavailable, Message: "request cancelled or timed out"}
	}
	// Transport errors and broken streams; their text can quote the
	// response, so it is not kept.
	return &assistant.ModelError{Kind: assistant.ErrUnavailable, Message: "model unreachable or stream broken"}
}

// safeMessage keeps Google's message short and drops anything that looks
// like a key.
func safeMessage(s string) string {
	if strings.Contains(s, "key=") || strings.Contains(s, "AIza") {
		return "request refused"
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}

// retryDelay reads google.rpc.RetryInfo's retryDelay ("7s") from details.
func retryDelay(details []map[string]any) time.Duration {
	for _, d := range details {
		if t, _ := d["@type"].(string); strings.HasSuffix(t, "google.rpc.RetryInfo") {
			if s, ok := d["retryDelay"].(string); ok {
				if dur, err := time.ParseDuration(s); err == nil {
					return dur
				}
			}
		}
	}
	return 0
}

// String never prints the key.
func (m *Model) String() string { return fmt.Sprintf("gemini(%s)", m.model) }
