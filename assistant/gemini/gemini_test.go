package gemini_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga/assistant"
	"github.com/jaga-id/jaga/assistant/gemini"
	"github.com/jaga-id/jaga/assistant/gemini/geminitest"
)

func setup(t *testing.T) (*geminitest.Server, *gemini.Model) {
	t.Helper()
	// genai reads these on its own; point them at the fake too.
	fake := geminitest.NewServer(t)
	t.Setenv("GEMINI_API_KEY", geminitest.APIKey)
	t.Setenv("GOOGLE_GEMINI_BASE_URL", fake.URL)
	m, err := gemini.New(context.Background(), gemini.Config{APIKey: geminitest.APIKey, BaseURL: fake.URL, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return fake, m
}

func req(q string) *assistant.Request {
	return &assistant.Request{System: "Kamu asisten.", Messages: []assistant.Message{
		{Role: "user", Text: "halo"}, {Role: "model", Text: "halo juga"}, {Role: "user", Text: q}}, MaxOutputTokens: 100}
}

func TestStreamAndUsage(t *testing.T) {
	fake, m := setup(t)
	fake.SetResponder(func(geminitest.Request) []string { return []string{"Hubungi [PHO", "NE_1] ", "ya."} })
	var chunks []string
	u, err := m.Generate(context.Background(), req("nomor siapa?"), func(s string) error { chunks = append(chunks, s); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(chunks, "|") != "Hubungi [PHO|NE_1] |ya." {
		t.Fatalf("chunks = %q", chunks)
	}
	if u.PromptTokens == 0 || u.OutputTokens != 3 || u.TotalTokens != u.PromptTokens+3 {
		t.Fatalf("usage = %+v", u)
	}
	r := fake.Requests()[0]
	if !r.Stream || r.Model != "gemini-2.5-flash" || r.System != "Kamu asisten." || len(r.Contents) != 3 ||
		r.Contents[1].Role != "model" || r.Contents[2].Text != "nomor siapa?" {
		t.Fatalf("fake received %+v", r)
	}
}

func TestChunksArriveBeforeTheStreamEnds(t *testing.T) {
	fake, m := setup(t)
	fake.SetChunkDelay(time.Second) // wide gaps: a slow scheduler cannot make the check flaky
	fake.SetResponder(func(geminitest.Request) []string { return []string{"satu ", "dua ", "tiga"} })
	first := make(chan struct{})
	var n int
	done := make(chan error, 1)
	go func() {
		_, err := m.Generate(context.Background(), req("hitung"), func(s string) error {
			n++
			if n == 1 {
				close(first)
			}
			return nil
		})
		done <- err
	}()
	select {
	case <-first:
	case err := <-done:
		t.Fatalf("stream ended (%v) before the first chunk was handed on", err)
	}
	select {
	case err := <-done:
		t.Fatalf("stream ended right after the first chunk (%v): answers are being buffered", err)
	default:
	}
	if err := <-done; err != nil || n != 3 {
		t.Fatalf("err %v, %d chunks", err, n)
	}
}

func TestErrors(t *testing.T) {
	fake, m := setup(t)
	fake.RateLimitNext(7 * time.Second)
	_, err := m.Generate(context.Background(), req("a"), func(string) error { return nil })
	var me *assistant.ModelError
	if !errors.As(err, &me) || me.Kind != assistant.ErrRateLimited || me.RetryAfter != 7*time.Second {
		t.Fatalf("429: %v", err)
	}
	fake.FailNext(500, "Internal error encountered.")
	if _, err := m.Generate(context.Background(), req("a"), func(string) error { return nil }); assistant.KindOf(err) != assistant.ErrUnavailable {
		t.Fatalf("500: %v", err)
	}
	fake.SetResponder(func(geminitest.Request) []string { return []string{"a", "b", "c", "d"} })
	fake.ErrorMidStream(2)
	var got []string
	_, err = m.Generate(context.Background(), req("a"), func(s string) error { got = append(got, s); return nil })
	if assistant.KindOf(err) != assistant.ErrUnavailable || len(got) != 2 {
		t.Fatalf("mid-stream error: %v after %q", err, got)
	}
	fake.BlockNext()
	if _, err := m.Generate(context.Background(), req("a"), func(string) error { return nil }); assistant.KindOf(err) != assistant.ErrBlocked {
		t.Fatalf("blocked: %v", err)
	}
	fake.FailNext(400, "Invalid argument.")
	if _, err := m.Generate(context.Background(), req("a"), func(string) error { return nil }); assistant.KindOf(err) != assistant.ErrBadRequest {
		t.Fatalf("400: %v", err)
	}
}

func TestKeyNeverInErrors(t *testing.T) {
	fake := geminitest.NewServer(t)
	key := "AIzaSECRET-distinctive-key-987654321"
	t.Setenv("GEMINI_API_KEY", key)
	m, err := gemini.New(context.Background(), gemini.Config{APIKey: key, BaseURL: fake.URL})
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.Generate(context.Background(), req("a"), func(string) error { return nil })
	if err == nil || strings.Contains(err.Error(), key) || strings.Contains(err.Error(), "SECRET") {
		t.Fatalf("error with a wrong key = %v", err)
	}
	if _, err := gemini.New(context.Background(), gemini.Config{}); err == nil {
		t.Fatal("no key accepted")
	}
}
