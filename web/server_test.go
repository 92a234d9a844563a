package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/web"
)

func TestHealthAndReady(t *testing.T) {
	t.Parallel()
	ready := errors.New("database down")
	s := web.NewServer(web.Config{Ready: func(context.Context) error { return ready }})
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		s.Router().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code, rec.Body.String()
	}
	if code, body := get("/healthz"); code != 200 || body != "ok\n" {
		t.Fatalf("/healthz = %d %q", code, body)
	}
	if code, body := get("/readyz"); code != 503 || strings.Contains(body, "database down") {
		t.Fatalf("/readyz not ready = %d %q (must not leak the error)", code, body)
	}
	ready = nil
	if code, _ := get("/readyz"); code != 200 {
		t.Fatalf("/readyz ready = %d", code)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "jaga_http_request_duration_seconds") {
		t.Fatalf("/metrics = %d, missing latency histogram", code)
	}
}

func TestErrorWriter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err    error
		status int
		msg    string
	}{
		{jaga.Errorf(jaga.EINVALID, "Bad input."), 400, "Bad input."},
		{jaga.Errorf(jaga.ENOTFOUND, "Not here."), 404, "Not here."},
		{jaga.Errorf(jaga.EUNAUTHORIZED, "No."), 401, "No."},
		{jaga.Errorf(jaga.ETOOLARGE, "Too big."), 413, "Too big."},
		{errors.New("secret internal detail 0812-0000-0001"), 500, "Internal error."},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		web.Error(rec, httptest.NewRequest(http.MethodGet, "/", nil), tt.err)
		var body struct {
			Error struct{ Code, Message string }
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		if rec.Code != tt.status || body.Error.Message != tt.msg {
			t.Errorf("Error(%v) = %d %q, want %d %q", tt.err, rec.Code, body.Error.Message, tt.status, tt.msg)
		}
	}
}

func TestBodyLimitAndRecovery(t *testing.T) {
	t.Parallel()
	s := web.NewServer(web.Config{})
	s.Router().Post("/echo", func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.ReadAll(r.Body); err != nil {
			web.Error(w, r, err)
			return
		}
		w.WriteHeader(204)
	})
	s.Router().Get("/panic", func(w http.ResponseWriter, r *http.Request) { panic("boom 3171011708450001") })
	srv := httptest.NewServer(s.Router())
	defer srv.Close()

	big := bytes.Repeat([]byte("a"), 2<<20)
	resp, err := http.Post(srv.URL+"/echo", "text/plain", bytes.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Fatalf("2 MB body = %d, want 413", resp.StatusCode)
	}
	// Chunked (no Content-Length) bodies are cut while reading.
	resp, err = http.Post(srv.URL+"/echo", "text/plain", io.MultiReader(bytes.NewReader(big)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Fatalf("chunked 2 MB body = %d, want 413", resp.StatusCode)
	}
	resp, err = http.Get(srv.URL + "/panic")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 500 || strings.Contains(string(b), "3171011708450001") {
		t.Fatalf("panic = %d %q", resp.StatusCode, b)
	}
	if resp.Header.Get("X-Request-Id") == "" {
		t.Fatal("no request id")
	}
}
