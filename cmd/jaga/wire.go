package main

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/bot/telegram"
	"github.com/jaga-id/jaga/bot/whatsapp"
	"github.com/jaga-id/jaga/privacy"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/store"
)

// wire builds the services on top of the store and mounts their routes. It
// is the one place that knows every concrete type.
func (m *Main) wire(ctx context.Context) error {
	clock := jaga.SystemClock{}
	overdue := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "jaga_privacy_requests_overdue", Help: "Open privacy requests past their legal due time.",
	})
	m.Registry.MustRegister(overdue)
	river.AddWorker(m.Workers, &overdueWorker{store: m.Store, gauge: overdue, clock: clock})

	redactor := redact.New(redact.Options{Dictionary: m.dictionary})
	priv := privacy.New(privacy.Config{
		Store: m.Store, Keyring: m.Keyring, Notice: m.notice, Clock: clock, Registry: m.Registry,
		Logger: m.Logger.With("component", "privacy"), PublicURL: m.Config.PublicURL, Retention: m.retentionText,
	})
	priv.Register(m.Workers)
	m.Server.Router().Method(http.MethodGet, privacy.ExportPath+"{token}", priv.ExportHandler())

	senders := map[jaga.Channel]bot.Sender{}
	var tg *telegram.Channel
	if c := m.Config.Telegram; c.Token != "" {
		var err error
		tg, err = telegram.New(telegram.Config{Token: c.Token, APIURL: c.APIURL, WebhookSecret: c.WebhookSecret,
			Mode: c.Mode, PublicURL: m.Config.PublicURL, Logger: m.Logger.With("component", "telegram")})
		if err != nil {
			return err
		}
		senders[jaga.ChannelTelegram] = tg
	}
	var wa *whatsapp.Channel
	if c := m.Config.WhatsApp; c.AccessToken != "" {
		var err error
		wa, err = whatsapp.New(whatsapp.Config{AccessToken: c.AccessToken, PhoneNumberID: c.PhoneNumberID,
			AppSecret: c.AppSecret, VerifyToken: c.VerifyToken, APIURL: c.APIURL, Logger: m.Logger.With("component", "whatsapp")})
		if err != nil {
			return err
		}
		senders[jaga.ChannelWhatsApp] = wa
	}

	svc := bot.New(bot.Config{
		Store: m.Store, Keyring: m.Keyring, Redactor: redactor, Privacy: priv, Assistant: m.assistant,
		Senders: senders, CountTokens: m.countTokens, DetectLanguage: m.detectLanguage, Clock: clock,
		Logger: m.Logger.With("component", "bot"), Registry: m.Registry, Accounts: m.accounts,
		DraftInterval: m.Config.Telegram.DraftInterval,
		SendHold:      m.Config.JobRescueAfter,
		TurnWorkers:   queues[bot.QueueTurns],
		MinTurns:      minTurns(m.Store.Backend()),
		ChannelRates: map[jaga.Channel]bot.Rate{
			jaga.ChannelTelegram: {Global: m.Config.Telegram.SendRate, PerChat: m.Config.Telegram.ChatRate},
			jaga.ChannelWhatsApp: {Global: m.Config.WhatsApp.SendRate},
		},
	})
	svc.Register(m.Workers)
	m.Bot = svc

	if tg != nil {
		if tg.Mode() == telegram.ModeWebhook {
			m.Server.Router().Method(http.MethodPost, telegram.WebhookPath, tg.WebhookHandler(svc))
		}
		m.afterListen = append(m.afterListen, func(ctx context.Context) {
			// Registering the webhook (or clearing it for polling) needs
			// Telegram; a failure is logged and the webhook keeps working
			// once Telegram can be reached and it is registered again.
			startCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
			defer cancel()
			if err := tg.Start(startCtx); err != nil {
				m.Logger.Warn("telegram start failed", "error", err.Error())
			}
			if tg.Mode() == telegram.ModePolling {
				pollCtx, stop := context.WithCancel(context.WithoutCancel(ctx))
				done := make(chan struct{})
				go func() {
					defer close(done)
					if err := tg.Poll(pollCtx, svc); err != nil && pollCtx.Err() == nil {
						m.Logger.Error("telegram polling stopped", "error", err.Error())
					}
				}()
				m.closers = append(m.closers, func(context.Context) error { stop(); <-done; return nil })
			}
		})
	}
	if wa != nil {
		h := wa.WebhookHandler(svc)
		m.Server.Router().Method(http.MethodGet, "/webhooks/whatsapp", h)
		m.Server.Router().Method(http.MethodPost, "/webhooks/whatsapp", h)
	}
	return nil
}

// overdueArgs is the periodic job that refreshes the overdue-requests gauge.
type overdueArgs struct{}

func (overdueArgs) Kind() string { return "privacy_overdue_count" }

type overdueWorker struct {
	river.WorkerDefaults[overdueArgs]
	store store.Store
	gauge prometheus.Gauge
	clock jaga.Clock
}

func (w *overdueWorker) Work(ctx context.Context, job *river.Job[overdueArgs]) error {
	n, err := w.store.CountOverduePrivacyRequests(ctx, w.clock.Now())
	if err != nil {
		return err
	}
	w.gauge.Set(float64(n))
	return nil
}

// periodicJobs are run by the elected leader only.
func periodicJobs() []*river.PeriodicJob {
	return []*river.PeriodicJob{
		river.NewPeriodicJob(river.PeriodicInterval(time.Minute),
			func() (river.JobArgs, *river.InsertOpts) { return overdueArgs{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true}),
	}
}

// minTurns is how many turns may run while webhooks are answered slowly
// (bot/pace.go). On SQLite a turn's work is all in this process, and two
// turns can hold both cores when a webhook comes; on PostgreSQL much of a
// turn's work is the database's, in processes of their own. Measured with
// the load program at 3,000 webhooks/s on SQLite, 7 alternated pairs, the
// machine running a third slower than on other days: with one turn, accept p99
// 426, 26, 554, 24, 22, 24 and 92 ms; with two, 665, 943, 918, 26, 861,
// 19 and 780 ms. With two, the webhooks fell behind the load for good (p99
// over half a second) in 5 runs of 7; with one, in 2. Turns/s were alike
// (one: 361-500; two: 331-510); closed loop, one turn cost about 7%
// (299 and 333 against 317 and 359 turns/s).
func minTurns(backend string) int {
	if backend == "sqlite" {
		return 1
	}
	return 0 // bot's default, 2
}

// queues are the job queues and their worker counts per replica.
var queues = map[string]int{river.QueueDefault: 4, bot.QueueTurns: 32, bot.QueueDeliveries: 16}
