package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/privacy"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/postgres"
	"github.com/jaga-id/jaga/store/sqlite"
	"github.com/jaga-id/jaga/web"
)

// errUsage reports a command-line mistake already explained to the user.
var errUsage = errors.New("usage")

// Main is a running jaga: the store, the job workers and the HTTP server.
// Tests start it in-process: NewMain, ParseFlags, Run, then Close.
type Main struct {
	Config Config
	Logger *slog.Logger
	Env    Env
	// StoreOptions lets tests tune job polling and rescue times.
	StoreOptions store.Options

	Store    store.Store
	Keyring  *seal.Keyring
	Server   *web.Server
	Registry *prometheus.Registry
	Workers  *river.Workers

	started   time.Time
	serveDone chan error
	// closers stop services wired on top of the store, before it closes.
	closers []func(context.Context) error
	// afterListen run once the server listens (webhook registration).
	afterListen []func(context.Context)

	// Bot is the conversation service.
	Bot *bot.Service
	// Pieces wire() builds on (set by prepare).
	dictionary     *redact.Dictionary
	notice         privacy.Notice
	assistant      bot.Assistant
	accounts       bot.AccountChecker
	source         business.Source
	countTokens    func(string) int
	detectLanguage func(string) string
	retentionText  map[string]string
}

// NewMain returns a Main configured from env.
func NewMain(env Env) *Main {
	return &Main{Env: env, Config: ConfigFromEnv(env.Getenv), started: time.Now()}
}

// ParseFlags reads serve's flags, which override the environment.
func (m *Main) ParseFlags(args []string) error {
	fs := flag.NewFlagSet("jaga serve", flag.ContinueOnError)
	fs.SetOutput(m.Env.Stderr)
	fs.StringVar(&m.Config.Addr, "addr", m.Config.Addr, "listen address (JAGA_ADDR)")
	fs.StringVar(&m.Config.DataDir, "data-dir", m.Config.DataDir, "data directory (JAGA_DATA_DIR)")
	fs.StringVar(&m.Config.PublicURL, "public-url", m.Config.PublicURL, "public base URL (JAGA_PUBLIC_URL)")
	fs.StringVar(&m.Config.LogLevel, "log-level", m.Config.LogLevel, "debug, info, warn or error (JAGA_LOG_LEVEL)")
	fs.Usage = func() {
		fmt.Fprintf(m.Env.Stderr, "Usage: jaga serve [flags]\n\nRuns the gateway. Flags override the environment.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errUsage
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Env.Stderr, "jaga serve: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}
	if err := m.Config.Validate(); err != nil {
		return fmt.Errorf("invalid configuration:\n  %s", strings.ReplaceAll(err.Error(), "\n", "\n  "))
	}
	m.Logger = newLogger(m.Env.Stderr, m.Config.LogLevel)
	return nil
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}

// openStore opens and migrates the configured database.
func (m *Main) openStore(ctx context.Context, opts store.Options) (store.Store, error) {
	if m.Config.DatabaseURL != "" {
		db, err := postgres.Open(ctx, m.Config.DatabaseURL, opts)
		if err != nil {
			return nil, err
		}
		if err := db.Migrate(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("migrate: %w", err)
		}
		return db, nil
	}
	db, err := sqlite.Open(ctx, m.Config.SQLitePath(), opts)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return db, nil
}

// Run opens the store, wires the services, starts the job workers and the
// HTTP server, and returns once the server is listening.
func (m *Main) Run(ctx context.Context) error {
	if m.Logger == nil {
		m.Logger = newLogger(m.Env.Stderr, m.Config.LogLevel)
	}
	master, generated, err := m.Config.LoadMasterKey()
	if err != nil {
		return err
	}
	if generated {
		m.Logger.Warn("JAGA_MASTER_KEY not set: generated a development master key in the data directory; set JAGA_MASTER_KEY in production and keep it safe, losing it makes every sealed original unreadable",
			"file", m.Config.masterKeyFile())
	}
	m.Keyring = seal.NewKeyring(master, jaga.SystemClock{})

	m.Registry = prometheus.NewRegistry()
	m.Registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	jobs := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "jaga_jobs_total", Help: "Finished job attempts by kind and result.",
	}, []string{"kind", "result"})
	jobDur := prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "jaga_job_duration_seconds", Help: "Job run time by kind.",
		Buckets: prometheus.ExponentialBuckets(0.0005, 4, 10),
	}, []string{"kind"})
	m.Registry.MustRegister(jobs, jobDur)

	m.Workers = river.NewWorkers()
	opts := m.StoreOptions
	opts.Workers = m.Workers
	if opts.RescueStuckJobsAfter == 0 {
		opts.RescueStuckJobsAfter = m.Config.JobRescueAfter
		if opts.JobTimeout == 0 && opts.RescueStuckJobsAfter <= 2*time.Minute {
			opts.JobTimeout = opts.RescueStuckJobsAfter / 2
		}
	}
	opts.PeriodicJobs = append(opts.PeriodicJobs, periodicJobs()...)
	if opts.Queues == nil {
		opts.Queues = queues
	}
	opts.Logger = m.Logger.With("component", "jobs")
	st, err := m.openStore(ctx, opts)
	if err != nil {
		return err
	}
	m.Store = st
	st.Subscribe(func(e store.JobEvent) {
		result := "completed"
		switch {
		case e.Failed:
			result = "failed"
		case e.Snoozed:
			result = "snoozed"
		}
		jobs.WithLabelValues(e.Kind, result).Inc()
		jobDur.WithLabelValues(e.Kind).Observe(e.Duration.Seconds())
	})

	m.Server = web.NewServer(web.Config{
		Addr: m.Config.Addr, Logger: m.Logger.With("component", "http"), Registry: m.Registry, Ready: st.Ready,
	})
	if err := m.prepare(ctx); err != nil {
		return err
	}
	if err := m.wire(ctx); err != nil {
		return err
	}
	// Jobs run until Close stops them, not until the signal context ends,
	// so running jobs finish and nothing logs spurious cancellations.
	if err := st.StartJobs(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	if err := m.Server.Listen(); err != nil {
		return fmt.Errorf("listen on %s: %w", m.Config.Addr, err)
	}
	m.serveDone = make(chan error, 1)
	go func() { m.serveDone <- m.Server.Serve() }()
	for _, fn := range m.afterListen {
		fn(ctx)
	}
	m.Logger.Info("jaga serving", "addr", m.Server.Addr(), "backend", st.Backend(), "version", Version,
		"startup", time.Since(m.started).Round(time.Millisecond).String())
	return nil
}

// Close shuts the server down gracefully, lets running jobs finish, and
// closes the store.
func (m *Main) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	var errs []error
	if m.Server != nil && m.serveDone != nil {
		errs = append(errs, m.Server.Shutdown(ctx))
		errs = append(errs, <-m.serveDone)
	}
	for _, fn := range m.closers {
		errs = append(errs, fn(ctx))
	}
	if m.Store != nil {
		errs = append(errs, m.Store.StopJobs(ctx))
		errs = append(errs, m.Store.Close())
	}
	return errors.Join(errs...)
}

func runServe(ctx context.Context, args []string, env Env) error {
	// JAGA_CPUPROFILE writes a CPU profile of the whole run, for `make bench`
	// investigations; it is not for production.
	if path := env.Getenv("JAGA_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	m := NewMain(env)
	if err := m.ParseFlags(args); err != nil {
		return err
	}
	if err := m.Run(ctx); err != nil {
		m.Close()
		return err
	}
	<-ctx.Done()
	m.Logger.Info("shutting down")
	return m.Close()
}

func runMigrate(ctx context.Context, args []string, env Env) error {
	m := NewMain(env)
	fs := flag.NewFlagSet("jaga migrate", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.StringVar(&m.Config.DataDir, "data-dir", m.Config.DataDir, "data directory (JAGA_DATA_DIR)")
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: jaga migrate [flags]\n\nApplies pending migrations to DATABASE_URL (or the SQLite file in the data directory).\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if err := m.Config.Validate(); err != nil {
		return fmt.Errorf("invalid configuration:\n  %s", strings.ReplaceAll(err.Error(), "\n", "\n  "))
	}
	st, err := m.openStore(ctx, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Fprintf(env.Stdout, "migrations applied (%s)\n", st.Backend())
	return nil
}
