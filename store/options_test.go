package store

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

func TestRiverShutdownErrorsAreQuiet(t *testing.T) {
	var buf bytes.Buffer
	log := Options{Logger: slog.New(slog.NewTextHandler(&buf, nil))}.RiverConfig().Logger.With("component", "jobs")
	log.Error("maintenance.PeriodicJobEnqueuer: Error starting transaction", "error", context.Canceled)
	if buf.Len() != 0 {
		t.Fatalf("a cancelled context at shutdown was logged: %s", buf.String())
	}
	log.Error("job failed", "error", errors.New("connection refused"))
	if !strings.Contains(buf.String(), "level=ERROR") || !strings.Contains(buf.String(), "connection refused") {
		t.Fatalf("a real error was not logged as one: %q", buf.String())
	}
}
