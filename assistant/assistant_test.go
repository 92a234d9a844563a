package assistant_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/assistant"
	"github.com/jaga-id/jaga/assistant/offline"
	"github.com/jaga-id/jaga/redact"
)

// scripted is a model that records requests and answers with chunks or an
// error; it stands in for the remote model at the Model seam.
type scripted struct {
	mu     sync.Mutex
	reqs   []*assistant.Request
	chunks []string
	err    error
}

func (m *scripted) Generate(ctx context.Context, req *assistant.Request, onChunk func(string) error) (assistant.Usage, error) {
	m.mu.Lock()
	m.reqs = append(m.reqs, req)
	chunks, err := m.chunks, m.err
	m.mu.Unlock()
	for _, c := range chunks {
		if err := onChunk(c); err != nil {
			return assistant.Usage{}, err
		}
	}
	if err != nil {
		return assistant.Usage{}, err
	}
	return assistant.Usage{PromptTokens: 100, OutputTokens: 10, TotalTokens: 110}, nil
}

func (m *scripted) Name() string { return "scripted" }

func newAssistant(m assistant.Model, cfg assistant.Config) *assistant.Assistant {
	cfg.Model = m
	cfg.Redactor = redact.New(redact.Options{})
	cfg.Offline = offline.Answer
	return assistant.New(cfg)
}

func TestStreamingRestoresSplitPlaceholders(t *testing.T) {
	t.Parallel()
	r := redact.New(redact.Options{})
	v := redact.NewVault()
	q, _ := r.Redact("Tolong hubungi 0812-3456-7890 ya", v)
	m := &scripted{chunks: []string{"Baik, saya akan menghubungi [PHO", "NE_1] sekarang. [PHONE_9] tidak dikenal."}}
	a := newAssistant(m, assistant.Config{})
	var got []string
	res, err := a.Turn(context.Background(), assistant.Input{Question: q, Vault: v, SubjectID: 1, Channel: "telegram", Lang: "id"},
		func(s string) error { got = append(got, s); return nil })
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(got, "")
	if !strings.Contains(joined, "0812-3456-7890") || strings.Contains(joined, "[PHO") == true && !strings.Contains(joined, "[PHONE_9]") {
		t.Fatalf("streamed %q", got)
	}
	if res.Text != joined || !strings.Contains(res.Redacted, "[PHONE_1]") || strings.Contains(res.Redacted, "0812") {
		t.Fatalf("result text %q redacted %q", res.Text, res.Redacted)
	}
	if !strings.Contains(res.Text, "[PHONE_9]") {
		t.Fatalf("an invented placeholder was resolved: %q", res.Text)
	}
	if len(got) < 2 {
		t.Fatalf("answer not streamed: %d chunks", len(got))
	}
	if strings.Contains(m.reqs[0].Messages[0].Text, "0812") {
		t.Fatal("the model saw the phone number")
	}
}

func TestBudgetTrimsHistoryNeverQuestion(t *testing.T) {
	t.Parallel()
	m := &scripted{chunks: []string{"ok"}}
	a := newAssistant(m, assistant.Config{PromptBudget: 1500})
	var hist []assistant.HistoryItem
	for i := range 400 {
		text := fmt.Sprintf("pesan lama nomor %d tentang stok kopi dan harga gula di gudang", i)
		hist = append(hist, assistant.HistoryItem{FromUser: i%2 == 0, Text: text, Tokens: assistant.CountTokens(text)})
	}
	question := "pertanyaan terbaru: berapa harga kopi arabika hari ini?"
	if _, err := a.Turn(context.Background(), assistant.Input{Question: question, History: hist, SubjectID: 2, Channel: "telegram", Lang: "id"}, nil); err != nil {
		t.Fatal(err)
	}
	req := m.reqs[0]
	last := req.Messages[len(req.Messages)-1]
	if last.Text != question || last.Role != "user" {
		t.Fatalf("the question is not the last message: %+v", last)
	}
	if n := len(req.Messages) - 1; n == 0 || n >= len(hist) {
		t.Fatalf("history kept %d of %d messages: not trimmed", n, len(hist))
	}
	// The newest history is kept, oldest dropped, in order.
	kept := req.Messages[len(req.Messages)-2].Text
	if kept != hist[len(hist)-1].Text {
		t.Fatalf("newest history message dropped: %q", kept)
	}
	total := assistant.CountTokens(req.System)
	for _, msg := range req.Messages {
		total += assistant.CountTokens(msg.Text)
	}
	if total > 1500 {
		t.Fatalf("request holds %d tokens, over the 1500 budget", total)
	}
	// A question longer than the budget is still sent whole: never trimmed.
	long := strings.Repeat("kopi ", 3000)
	if _, err := a.Turn(context.Background(), assistant.Input{Question: long, History: hist, SubjectID: 3, Lang: "id"}, nil); err != nil {
		t.Fatal(err)
	}
	if got := m.reqs[1].Messages; len(got) != 1 || got[0].Text != long {
		t.Fatalf("long question: %d messages sent", len(got))
	}
}

func TestEgressCheckBlocks(t *testing.T) {
	t.Parallel()
	m := &scripted{chunks: []string{"ok"}}
	a := newAssistant(m, assistant.Config{})
	// History stored before a detector existed could hold raw data: the
	// check on the complete request catches it.
	hist := []assistant.HistoryItem{{FromUser: true, Text: "NIK saya 3171011708450001"}}
	res, err := a.Turn(context.Background(), assistant.Input{Question: "halo", History: hist, SubjectID: 4, Lang: "id"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.reqs) != 0 {
		t.Fatal("a request with personal data reached the model")
	}
	if res.ModelCalled || res.Author != "bot" || !strings.Contains(res.Text, "data pribadi") {
		t.Fatalf("blocked turn = %+v", res)
	}
}

func TestModelFailuresFallBackAndOpenBreaker(t *testing.T) {
	t.Parallel()
	m := &scripted{err: &assistant.ModelError{Kind: assistant.ErrUnavailable, Status: 500}}
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	clock := jaga.ClockFunc(func() time.Time { return now })
	a := newAssistant(m, assistant.Config{BreakerFailures: 3, BreakerCooldown: time.Minute, Clock: clock, RatePerMinute: 100})
	for i := range 3 {
		res, err := a.Turn(context.Background(), assistant.Input{Question: "halo", SubjectID: 5, Lang: "id"}, nil)
		if err != nil || res.Author != "offline" {
			t.Fatalf("failure %d: %+v, %v", i, res, err)
		}
	}
	// The breaker is open: no more calls until the cool-down passes.
	if _, err := a.Turn(context.Background(), assistant.Input{Question: "halo", SubjectID: 5, Lang: "id"}, nil); err != nil {
		t.Fatal(err)
	}
	if len(m.reqs) != 3 {
		t.Fatalf("%d model calls with the breaker open, want 3", len(m.reqs))
	}
	now = now.Add(2 * time.Minute)
	m.mu.Lock()
	m.err, m.chunks = nil, []string{"kembali"}
	m.mu.Unlock()
	res, _ := a.Turn(context.Background(), assistant.Input{Question: "halo", SubjectID: 5, Lang: "id"}, nil)
	if res.Author != "assistant" || res.Text != "kembali" {
		t.Fatalf("after the cool-down: %+v", res)
	}
	// A 429 with retry-after also answers offline, and a safety block
	// refuses without retrying.
	m.mu.Lock()
	m.err = &assistant.ModelError{Kind: assistant.ErrBlocked}
	m.chunks = nil
	m.mu.Unlock()
	res, _ = a.Turn(context.Background(), assistant.Input{Question: "halo", SubjectID: 6, Lang: "en"}, nil)
	if res.Author != "bot" || !strings.Contains(res.Text, "cannot answer") {
		t.Fatalf("blocked by safety: %+v", res)
	}
}

func TestRateAndMonthlyBudget(t *testing.T) {
	t.Parallel()
	m := &scripted{chunks: []string{"ok"}}
	a := newAssistant(m, assistant.Config{RatePerMinute: 2, MonthlyTokens: 200})
	ask := func(subject, business int64) *assistant.Result {
		res, err := a.Turn(context.Background(), assistant.Input{Question: "halo", SubjectID: subject, BusinessID: business, Lang: "id"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	ask(7, 0)
	ask(7, 0)
	if res := ask(7, 0); res.ModelCalled || !strings.Contains(res.Text, "Tunggu") {
		t.Fatalf("third turn in a minute: %+v", res)
	}
	// Each call uses 110 tokens: the second passes (110 < 200), the third
	// is refused (220 ≥ 200).
	ask(8, 99)
	ask(9, 99)
	if res := ask(10, 99); res.ModelCalled || !strings.Contains(res.Text, "Kuota") {
		t.Fatalf("over the monthly budget: %+v", res)
	}
}
