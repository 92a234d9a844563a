package telegram_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func httptestRecorder() *httptest.ResponseRecorder { return httptest.NewRecorder() }

func httptestServer(t testing.TB, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}
