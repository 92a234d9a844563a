package store

import (
	"context"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
)

// Options configure a backend when it is opened.
type Options struct {
	// Workers is the registry of job workers. Packages add their workers to
	// it before StartJobs; nil makes an insert-only store.
	Workers *river.Workers
	// Queues maps queue names to their worker counts; empty means the
	// default queue with 20 workers.
	Queues map[string]int
	// PeriodicJobs run on the elected leader only.
	PeriodicJobs []*river.PeriodicJob
	Logger       *slog.Logger

	// FetchPollInterval is how often a worker polls for new jobs when it
	// gets no notification (always, on SQLite). Zero means 50ms.
	FetchPollInterval time.Duration
	// JobTimeout bounds one job attempt. Zero means one minute.
	JobTimeout time.Duration
	// RescueStuckJobsAfter is when a job left running by a crashed process
	// is run again. Zero means two minutes; it must exceed JobTimeout.
	RescueStuckJobsAfter time.Duration
	// MaxConns caps the PostgreSQL pool. Zero means pgx's default.
	MaxConns int
}

// RiverConfig returns River's configuration for these options.
func (o Options) RiverConfig() *river.Config {
	poll := o.FetchPollInterval
	if poll == 0 {
		poll = 50 * time.Millisecond
	}
	timeout := o.JobTimeout
	if timeout == 0 {
		timeout = time.Minute
	}
	rescue := o.RescueStuckJobsAfter
	if rescue == 0 {
		rescue = 2 * time.Minute
	}
	if rescue <= timeout {
		rescue = timeout + time.Second
	}
	cfg := &river.Config{
		Workers:              o.Workers,
		PeriodicJobs:         o.PeriodicJobs,
		Logger:               o.Logger,
		FetchPollInterval:    poll,
		FetchCooldown:        min(poll, 20*time.Millisecond),
		JobTimeout:           timeout,
		RescueStuckJobsAfter: rescue,
		MaxAttempts:          25,
	}
	if o.Workers != nil {
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 20}}
		if len(o.Queues) > 0 {
			cfg.Queues = make(map[string]river.QueueConfig, len(o.Queues))
			for name, n := range o.Queues {
				cfg.Queues[name] = river.QueueConfig{MaxWorkers: n}
			}
		}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	} else {
		cfg.Logger = slog.New(&shutdownQuiet{cfg.Logger.Handler()})
	}
	return cfg
}

// shutdownQuiet lowers River's errors that only say its context was
// cancelled — every clean shutdown logs one from a maintenance service — to
// debug, so that an error in the log means something went wrong.
type shutdownQuiet struct{ slog.Handler }

func (h *shutdownQuiet) Handle(ctx context.Context, r slog.Record) error {
	if r.Level >= slog.LevelError {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "error" && a.Value.String() == context.Canceled.Error() {
				r.Level = slog.LevelDebug
				return false
			}
			return true
		})
		if r.Level < slog.LevelError && !h.Enabled(ctx, r.Level) {
			return nil
		}
	}
	return h.Handler.Handle(ctx, r)
}

func (h *shutdownQuiet) WithAttrs(as []slog.Attr) slog.Handler {
	return &shutdownQuiet{h.Handler.WithAttrs(as)}
}

func (h *shutdownQuiet) WithGroup(name string) slog.Handler {
	return &shutdownQuiet{h.Handler.WithGroup(name)}
}
