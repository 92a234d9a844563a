package main

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/store"
)

// wire builds the services on top of the store and mounts their routes. It
// is the one place that knows every concrete type.
func (m *Main) wire(ctx context.Context) error {
	overdue := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "jaga_privacy_requests_overdue", Help: "Open privacy requests past their legal due time.",
	})
	m.Registry.MustRegister(overdue)
	river.AddWorker(m.Workers, &overdueWorker{store: m.Store, gauge: overdue, clock: jaga.SystemClock{}})
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
