package assistant

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/prompts"
	"github.com/jaga-id/jaga/redact"
)

// Config configures an Assistant.
type Config struct {
	// Model answers; nil means offline answers only.
	Model Model
	// Offline answers from the snapshot without a model (when Model is nil,
	// the breaker is open, or the model fails).
	Offline func(question, lang string, snap *business.Snapshot) string
	// Redactor runs the egress check on every request before it is sent.
	Redactor *redact.Redactor
	// Source provides business snapshots; nil means no business data.
	Source business.Source

	// PromptBudget is the most tokens a request may hold (system, history,
	// question). Zero means 8,000.
	PromptBudget int
	// MaxOutputTokens caps an answer. Zero means 800.
	MaxOutputTokens int
	// RatePerMinute is how many model turns one person may start a minute.
	// Zero means 10.
	RatePerMinute int
	// MonthlyTokens caps a business's model tokens per calendar month; zero
	// means no cap.
	MonthlyTokens int64
	// Usage keeps the monthly token counts; nil keeps them in memory.
	Usage UsageCounter
	// BreakerFailures is how many model failures in a row open the circuit
	// breaker; BreakerCooldown how long it stays open. Zero means 5 and 30s.
	BreakerFailures int
	BreakerCooldown time.Duration

	Clock    jaga.Clock
	Logger   *slog.Logger
	Registry *prometheus.Registry
}

// UsageCounter keeps model tokens per business and month.
type UsageCounter interface {
	Used(ctx context.Context, businessID int64, month string) (int64, error)
	Add(ctx context.Context, businessID int64, month string, tokens int64) error
}

// Input is one question to answer.
type Input struct {
	Question   string // redacted
	History    []HistoryItem
	Vault      *redact.Vault // the conversation's pseudonyms, to restore the answer
	BusinessID int64         // zero for a person with no linked account
	AccountID  int64
	SubjectID  int64
	Channel    string // "telegram", "whatsapp", "widget"
	Lang       string // "id" or "en"
}

// HistoryItem is an earlier message, redacted, with its token count.
type HistoryItem struct {
	FromUser bool
	Text     string
	Tokens   int
}

// Result is an answer.
type Result struct {
	Text          string // for the person: placeholders restored
	Redacted      string // what the model wrote: placeholders kept
	Author        string // "assistant", "offline" or "bot" (refusals)
	ModelCalled   bool
	Model         string
	PromptVersion string
	TokensIn      int
	TokensOut     int
	Sections      []business.Section
}

// Assistant runs model turns.
type Assistant struct {
	cfg     Config
	clock   jaga.Clock
	log     *slog.Logger
	metrics *metrics

	mu       sync.Mutex
	rates    map[int64]rateWindow // subject → model turns this minute
	failures int
	openTill time.Time
	margin   float64 // our estimate × margin ≈ the model's own count

	sysCache sync.Map // snapshot version|lang|channel → token count
}

type metrics struct {
	blocked  prometheus.Counter
	errors   *prometheus.CounterVec
	tokens   *prometheus.CounterVec
	offline  prometheus.Counter
	breakers prometheus.Counter
}

// New returns an Assistant.
func New(cfg Config) *Assistant {
	if cfg.PromptBudget == 0 {
		cfg.PromptBudget = 8000
	}
	if cfg.MaxOutputTokens == 0 {
		cfg.MaxOutputTokens = 800
	}
	if cfg.RatePerMinute == 0 {
		cfg.RatePerMinute = 10
	}
	if cfg.BreakerFailures == 0 {
		cfg.BreakerFailures = 5
	}
	if cfg.BreakerCooldown == 0 {
		cfg.BreakerCooldown = 30 * time.Second
	}
	if cfg.Usage == nil {
		cfg.Usage = &MemoryUsage{}
	}
	if cfg.Clock == nil {
		cfg.Clock = jaga.SystemClock{}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	a := &Assistant{cfg: cfg, clock: cfg.Clock, log: cfg.Logger, rates: map[int64]rateWindow{}, margin: 1.15}
	a.metrics = &metrics{
		blocked: prometheus.NewCounter(prometheus.CounterOpts{Name: "jaga_egress_blocked_total",
			Help: "Model calls blocked because the egress check found personal data in the request."}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "jaga_model_errors_total",
			Help: "Model call failures by kind."}, []string{"kind"}),
		tokens: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "jaga_model_tokens_total",
			Help: "Model tokens by direction (prompt, output)."}, []string{"direction"}),
		offline: prometheus.NewCounter(prometheus.CounterOpts{Name: "jaga_offline_answers_total",
			Help: "Answers given by the offline responder."}),
		breakers: prometheus.NewCounter(prometheus.CounterOpts{Name: "jaga_model_breaker_opened_total",
			Help: "Times the model circuit breaker opened."}),
	}
	if cfg.Registry != nil {
		cfg.Registry.MustRegister(a.metrics.blocked, a.metrics.errors, a.metrics.tokens, a.metrics.offline, a.metrics.breakers)
	}
	return a
}

// ErrEgressBlocked is reported (in logs and metrics, by kind only) when the
// egress check stopped a request.
var ErrEgressBlocked = errors.New("egress check found personal data in the request")

// Turn answers one question. It never returns personal data to the model:
// the request is built from redacted texts and the aggregated snapshot, then
// checked again as a whole (the egress check) before it is sent. The answer
// streams to onChunk (restored for the asker) as the model writes it.
func (a *Assistant) Turn(ctx context.Context, in Input, onChunk func(restored string) error) (*Result, error) {
	lang := prompts.Lang(in.Lang)
	now := a.clock.Now()
	if in.Vault == nil {
		in.Vault = redact.NewVault()
	}
	var snap *business.Snapshot
	if a.cfg.Source != nil && in.BusinessID != 0 {
		var err error
		snap, err = business.ForQuestion(ctx, a.cfg.Source, in.BusinessID, in.AccountID, in.Question, lang, now)
		if err != nil {
			return nil, err
		}
	}
	res := &Result{PromptVersion: prompts.Version}
	if snap != nil {
		res.Sections = snap.Sections
	}
	if a.cfg.Model == nil || a.breakerOpen(now) {
		return a.offline(in, lang, snap, res, onChunk)
	}
	if !a.allow(in.SubjectID, now) {
		return a.refusal(res, "refusal_rate", lang, onChunk)
	}
	month := now.Format("2006-01")
	if a.cfg.MonthlyTokens > 0 && in.BusinessID != 0 {
		used, err := a.cfg.Usage.Used(ctx, in.BusinessID, month)
		if err != nil {
			return nil, err
		}
		if used >= a.cfg.MonthlyTokens {
			return a.refusal(res, "refusal_budget", lang, onChunk)
		}
	}
	req, estimate, err := a.build(in, lang, snap)
	if err != nil {
		return nil, err
	}
	if findings := a.egress(req); len(findings) > 0 {
		a.metrics.blocked.Inc()
		kinds := make([]string, 0, len(findings))
		for _, f := range findings {
			kinds = append(kinds, string(f.Kind))
		}
		a.log.Warn("model call blocked by the egress check", "subject_id", in.SubjectID, "kinds", strings.Join(kinds, ","))
		return a.refusal(res, "refusal_blocked", lang, onChunk)
	}

	// Stream: restore placeholders chunk by chunk, never buffering the
	// whole answer.
	restorer := redact.NewRestorer(in.Vault)
	var raw, restored strings.Builder
	emit := func(s string) error {
		if s == "" {
			return nil
		}
		restored.WriteString(s)
		if onChunk != nil {
			return onChunk(s)
		}
		return nil
	}
	usage, err := a.cfg.Model.Generate(ctx, req, func(chunk string) error {
		raw.WriteString(chunk)
		return emit(restorer.Write(chunk))
	})
	if err != nil {
		kind := KindOf(err)
		a.metrics.errors.WithLabelValues(string(kind)).Inc()
		switch kind {
		case ErrBlocked:
			return a.refusal(res, "refusal_safety", lang, nil)
		case ErrBadRequest:
			return nil, fmt.Errorf("model refused the request: %w", err)
		}
		a.failed(now)
		if raw.Len() > 0 {
			// The person saw part of an answer: finish it honestly.
			_ = emit(restorer.Flush())
		}
		a.log.Warn("model call failed; answering offline", "kind", kind, "subject_id", in.SubjectID)
		return a.offline(in, lang, snap, res, nil)
	}
	if err := emit(restorer.Flush()); err != nil {
		return nil, err
	}
	a.succeeded()
	a.calibrate(estimate, usage)
	res.Text, res.Redacted = restored.String(), raw.String()
	res.Author, res.ModelCalled, res.Model = "assistant", true, a.cfg.Model.Name()
	res.TokensIn, res.TokensOut = usage.PromptTokens, usage.OutputTokens
	a.metrics.tokens.WithLabelValues("prompt").Add(float64(usage.PromptTokens))
	a.metrics.tokens.WithLabelValues("output").Add(float64(usage.OutputTokens))
	if in.BusinessID != 0 && usage.TotalTokens > 0 {
		if err := a.cfg.Usage.Add(ctx, in.BusinessID, month, int64(usage.TotalTokens)); err != nil {
			a.log.Warn("token usage not recorded", "error", err.Error())
		}
	}
	return res, nil
}

// build renders the prompts and fits the history in the budget: system,
// snapshot and question always fit; history is trimmed oldest first.
func (a *Assistant) build(in Input, lang string, snap *business.Snapshot) (*Request, int, error) {
	// The system prompt and its token count depend only on the language,
	// the channel and the snapshot's content: render and count it once per
	// snapshot version.
	key := lang + "|" + in.Channel
	if snap != nil {
		key += "|" + snap.Version + "|" + business.FormatSections(snap.Sections)
	}
	var sp systemPrompt
	if v, ok := a.sysCache.Load(key); ok {
		sp = v.(systemPrompt)
	} else {
		sys := prompts.SystemInput{Lang: lang, Channel: in.Channel}
		if snap != nil {
			sys.Business, sys.Snapshot, sys.AsOf = snap.BusinessName, snap.Render(lang), snap.AsOf.Format("2006-01-02")
		}
		text, err := prompts.System(sys)
		if err != nil {
			return nil, 0, err
		}
		sp = systemPrompt{text: text, tokens: CountTokens(text)}
		a.sysCache.Store(key, sp)
	}
	system, sysTokens := sp.text, sp.tokens
	qTokens := CountTokens(in.Question)
	a.mu.Lock()
	margin := a.margin
	a.mu.Unlock()
	estimate := sysTokens + qTokens + 8
	budget := int(float64(a.cfg.PromptBudget)/margin) - sysTokens - qTokens - 8
	// Newest history first, until the budget is spent.
	var keep []HistoryItem
	for i := len(in.History) - 1; i >= 0 && budget > 0; i-- {
		h := in.History[i]
		t := h.Tokens
		if t == 0 {
			t = len(h.Text)/3 + 1 // not counted at store time: a cautious estimate
		}
		if t+4 > budget {
			break
		}
		budget -= t + 4
		estimate += t + 4
		keep = append(keep, h)
	}
	req := &Request{System: system, MaxOutputTokens: a.cfg.MaxOutputTokens, Temperature: 0.3}
	for i := len(keep) - 1; i >= 0; i-- {
		role := "model"
		if keep[i].FromUser {
			role = "user"
		}
		req.Messages = append(req.Messages, Message{Role: role, Text: keep[i].Text})
	}
	req.Messages = append(req.Messages, Message{Role: "user", Text: in.Question})
	return req, estimate, nil
}

// systemPrompt is a rendered system prompt with its token count.
type systemPrompt struct {
	text   string
	tokens int
}

// egress scans every text of the finished request.
func (a *Assistant) egress(req *Request) []redact.Finding {
	if a.cfg.Redactor == nil {
		return nil
	}
	parts := make([]string, 0, len(req.Messages)+1)
	parts = append(parts, req.System)
	for _, m := range req.Messages {
		parts = append(parts, m.Text)
	}
	return a.cfg.Redactor.Check(parts...)
}

// calibrate moves the margin between our count (estimate, from counts kept
// since the texts were stored) and the model's toward what the model
// reported, so the budget tracks Gemini's own tokenizer.
func (a *Assistant) calibrate(est int, u Usage) {
	if u.PromptTokens <= 0 || est <= 0 {
		return
	}
	ratio := float64(u.PromptTokens) / float64(est)
	a.mu.Lock()
	defer a.mu.Unlock()
	a.margin = max(1.0, 0.8*a.margin+0.2*ratio*1.05)
}

func (a *Assistant) offline(in Input, lang string, snap *business.Snapshot, res *Result, onChunk func(string) error) (*Result, error) {
	a.metrics.offline.Inc()
	text := prompts.Text("offline_public", lang)
	if a.cfg.Offline != nil {
		text = a.cfg.Offline(in.Question, lang, snap)
	}
	res.Text, res.Redacted, res.Author = in.Vault.Restore(text), text, "offline"
	if onChunk != nil {
		if err := onChunk(res.Text); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func (a *Assistant) refusal(res *Result, key, lang string, onChunk func(string) error) (*Result, error) {
	res.Text = prompts.Text(key, lang)
	res.Redacted, res.Author, res.Sections = res.Text, "bot", nil
	if onChunk != nil {
		if err := onChunk(res.Text); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// allow applies the per-person rate of model turns: a count per minute
// window, O(1) per call.
func (a *Assistant) allow(subjectID int64, now time.Time) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	window := now.Unix() / 60
	w := a.rates[subjectID]
	if w.window != window {
		w = rateWindow{window: window}
	}
	if w.count >= a.cfg.RatePerMinute {
		return false
	}
	w.count++
	if len(a.rates) > 100_000 {
		clear(a.rates)
	}
	a.rates[subjectID] = w
	return true
}

type rateWindow struct {
	window int64
	count  int
}

func (a *Assistant) breakerOpen(now time.Time) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return now.Before(a.openTill)
}

func (a *Assistant) failed(now time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.failures++
	if a.failures >= a.cfg.BreakerFailures {
		a.openTill = now.Add(a.cfg.BreakerCooldown)
		a.failures = 0
		a.metrics.breakers.Inc()
	}
}

func (a *Assistant) succeeded() {
	a.mu.Lock()
	a.failures = 0
	a.mu.Unlock()
}

// MemoryUsage counts tokens in memory (per process).
type MemoryUsage struct {
	mu sync.Mutex
	m  map[string]int64
}

// Used returns the tokens counted for a business and month.
func (u *MemoryUsage) Used(_ context.Context, businessID int64, month string) (int64, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.m[fmt.Sprint(businessID, "/", month)], nil
}

// Add counts tokens for a business and month.
func (u *MemoryUsage) Add(_ context.Context, businessID int64, month string, tokens int64) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.m == nil {
		u.m = map[string]int64{}
	}
	u.m[fmt.Sprint(businessID, "/", month)] += tokens
	return nil
}
