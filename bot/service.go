package bot

import (
	"context"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/privacy"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// Turn is what the routing steps of a conversation turn see.
type Turn struct {
	Subject      *jaga.Subject
	Identity     *jaga.Identity
	Conversation *jaga.Conversation
	Inbound      *jaga.Message
	// Text is the person's original text, opened from the sealed copy.
	Text string
	// Lang is the language to answer in: "id" or "en".
	Lang string
	// Vault is the conversation's pseudonym vault.
	Vault *redact.Vault
	// History holds the conversation's earlier messages, oldest first
	// (redacted texts only).
	History []*jaga.Message
	// Privacy is the subject's privacy state as the turn began; nil when
	// not read yet.
	Privacy *store.PrivacyState
}

// Reply is what a routing step answers.
type Reply struct {
	Text     string // for the person: placeholders restored
	Redacted string // what is stored as the redacted copy (what the model saw for model answers)
	Author   string // "assistant", "offline", "bot"

	ModelCalled      bool
	PromptVersion    string
	TokensIn         int
	TokensOut        int
	SnapshotSections []string

	// Erased marks the confirmation of an erasure: the person's data key is
	// gone, so the reply is stored unsealed (it holds no personal data) and
	// the rows kept to deliver it are purged once it is sent.
	Erased bool
}

// PrivacyHandler runs the steps that never reach the model: the consent gate
// (notice and question at first contact, the answer), privacy requests, and
// the refusal when the model may not process the person's messages.
// *privacy.Service implements it.
type PrivacyHandler interface {
	HandleTurn(ctx context.Context, in *privacy.Input) (*privacy.Output, error)
}

// Assistant answers a message with the model (or the offline responder).
type Assistant interface {
	Answer(ctx context.Context, t *Turn, onChunk func(restored string) error) (*Reply, error)
}

// Config configures a Service.
type Config struct {
	Store     store.Store
	Keyring   *seal.Keyring
	Redactor  *redact.Redactor
	Privacy   PrivacyHandler
	Assistant Assistant
	Senders   map[jaga.Channel]Sender
	// CountTokens counts a redacted text's tokens once, when it is stored.
	CountTokens func(string) int
	// DetectLanguage guesses "id" or "en" from a text; "" when unsure.
	DetectLanguage func(string) string
	Clock          jaga.Clock
	Logger         *slog.Logger
	Registry       *prometheus.Registry
	// HistoryLimit is how many earlier messages a turn loads. Zero means 40.
	HistoryLimit int
	// WhatsAppWindow is the customer-service window after the person's last
	// message in which free-form replies may be sent. Zero means 24 hours.
	WhatsAppWindow time.Duration
	// Limits per channel toward the provider.
	ChannelRates map[jaga.Channel]Rate
	// Accounts checks that a link code's account exists (optional).
	Accounts AccountChecker
	// LinkCodeTTL is how long a link code is valid. Zero means 15 minutes.
	LinkCodeTTL time.Duration
	// DraftInterval is the least time between two drafts of a streamed
	// answer to one chat, on channels that show drafts. Zero means one
	// second (Telegram's guidance of one message a second per chat);
	// negative turns drafts off.
	DraftInterval time.Duration
	// ShowWorkAfter is how long the assistant works on an answer before the
	// person is shown that it is working: the typing indicator and the
	// drafts of a streamed answer. An answer ready sooner is simply sent,
	// without two needless calls to the channel (Telegram asks bots to use
	// the typing action only when a reply takes noticeable time). Zero
	// means 300 ms; negative shows them at once.
	ShowWorkAfter time.Duration
	// TurnWorkers is how many turns the job queue runs at once. When set,
	// fewer run while webhooks are being answered slowly (pace.go): the
	// accepts come first. Zero runs every turn the queue hands out.
	TurnWorkers int
	// SlowAccept is how long an accept may take before it counts as slow
	// for that pacing. Zero means 5 ms.
	SlowAccept time.Duration
	// MinTurns is how many turns may run however slowly webhooks are
	// answered, so that a flood of them slows answers down without
	// stopping them. Zero means 2.
	MinTurns int
	// SendHold is how long a reply's delivery job waits while the turn that
	// stored the reply sends it itself; the job sends it only if the turn
	// crashed or failed to. It should be as long as a crashed process's
	// jobs take to be rescued. Zero means two minutes; negative leaves
	// every reply to its delivery job.
	SendHold time.Duration
}

// Rate is a provider's send limit: Global messages per second for the whole
// bot, PerChat messages per second to one chat.
type Rate struct {
	Global  float64
	PerChat float64
}

// DefaultRates follow the providers' guidance: Telegram about 30 messages a
// second per bot and one per second per chat; WhatsApp 80 a second per number.
var DefaultRates = map[jaga.Channel]Rate{
	jaga.ChannelTelegram: {Global: 30, PerChat: 1},
	jaga.ChannelWhatsApp: {Global: 80, PerChat: 0},
}

// Service runs conversations.
type Service struct {
	cfg     Config
	store   store.Store
	clock   jaga.Clock
	log     *slog.Logger
	limits  map[jaga.Channel]*limiter
	metrics *metrics

	// people serves the batched accept path (fastaccept.go); the batchers
	// group the commits of concurrent accepts, turns and sends (batch.go).
	people   peopleCache
	inserts  batcher[store.InboundRow]
	finishes batcher[*store.FinishRow]
	sents    batcher[store.SentRow]
	// and the reads that start turns and sends: one query for the turns
	// (or sends) starting at the same moment.
	turnReads     batcher[*idRead[*store.TurnContext]]
	deliveryReads batcher[*idRead[*store.Delivery]]
	historyReads  batcher[*historyRead]
	// pace runs fewer turns at once while accepts are slow; nil when off.
	pace *pacer
}

// idRead is one job's read of what it starts from (a turn's GetTurn, a
// send's GetDelivery), done with the other jobs starting now.
type idRead[V any] struct {
	id int64
	v  V // zero: no such message (erased since)
}

// readByID serves a batch of idReads with one call of get.
func readByID[V any](get func(context.Context, []int64) (map[int64]V, error)) func(context.Context, []*idRead[V]) error {
	return func(ctx context.Context, rows []*idRead[V]) error {
		ids := make([]int64, len(rows))
		for i, r := range rows {
			ids[i] = r.id
		}
		found, err := get(ctx, ids)
		for _, r := range rows {
			r.v = found[r.id]
		}
		return err
	}
}

// historyRead is one turn's history, read with the other turns' now.
type historyRead struct {
	req     store.HistoryRequest
	history []*jaga.Message
}

// New returns a Service.
func New(cfg Config) *Service {
	if cfg.Clock == nil {
		cfg.Clock = jaga.SystemClock{}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.DetectLanguage == nil {
		cfg.DetectLanguage = DetectLanguage
	}
	if cfg.HistoryLimit == 0 {
		cfg.HistoryLimit = 40
	}
	if cfg.WhatsAppWindow == 0 {
		cfg.WhatsAppWindow = 24 * time.Hour
	}
	if cfg.CountTokens == nil {
		cfg.CountTokens = func(s string) int { return len(s)/4 + 1 }
	}
	if cfg.LinkCodeTTL == 0 {
		cfg.LinkCodeTTL = 15 * time.Minute
	}
	if cfg.DraftInterval == 0 {
		cfg.DraftInterval = time.Second
	}
	if cfg.ShowWorkAfter == 0 {
		cfg.ShowWorkAfter = 300 * time.Millisecond
	}
	cfg.ShowWorkAfter = max(cfg.ShowWorkAfter, 0)
	if cfg.SendHold == 0 {
		cfg.SendHold = 2 * time.Minute
	}
	if cfg.ChannelRates == nil {
		cfg.ChannelRates = DefaultRates
	}
	s := &Service{cfg: cfg, store: cfg.Store, clock: cfg.Clock, log: cfg.Logger, limits: map[jaga.Channel]*limiter{}}
	for ch, r := range cfg.ChannelRates {
		s.limits[ch] = newLimiter(r)
	}
	s.inserts.linger = insertLinger
	s.inserts.exec = func(ctx context.Context, rows []store.InboundRow) error {
		// Webhooks are waiting for these rows (store.Urgent).
		return s.store.InsertInbound(store.Urgent(ctx), rows, TurnArgs{}.Kind(), TurnArgs{}.InsertOpts())
	}
	s.finishes.exec = s.finishTurns
	s.sents.exec = func(ctx context.Context, rows []store.SentRow) error { return s.store.MarkSentMany(ctx, rows) }
	s.turnReads.exec = readByID(s.store.GetTurns)
	s.historyReads.exec = func(ctx context.Context, rows []*historyRead) error {
		reqs := make([]store.HistoryRequest, len(rows))
		for i, r := range rows {
			reqs[i] = r.req
		}
		hs, err := s.store.ListHistories(ctx, reqs, s.cfg.HistoryLimit)
		if err != nil {
			return err
		}
		for i, r := range rows {
			r.history = hs[i]
		}
		return nil
	}
	s.deliveryReads.exec = readByID(s.store.GetDeliveries)
	if cfg.TurnWorkers > 0 {
		s.pace = newPacer(cfg.TurnWorkers, time.Now)
		if cfg.SlowAccept > 0 {
			s.pace.target = cfg.SlowAccept
		}
		if cfg.MinTurns > 0 {
			s.pace.min = min(cfg.MinTurns, s.pace.max)
		}
	}
	s.metrics = newMetrics(cfg.Registry, s.pace)
	return s
}

// Register adds the service's job workers.
func (s *Service) Register(workers *river.Workers) {
	river.AddWorker(workers, &turnWorker{s: s})
	river.AddWorker(workers, &deliverWorker{s: s})
}

type metrics struct {
	accepted   *prometheus.CounterVec
	duplicates *prometheus.CounterVec
	replies    *prometheus.CounterVec
	sends      *prometheus.CounterVec
	drafts     *prometheus.CounterVec
}

func newMetrics(reg *prometheus.Registry, pace *pacer) *metrics {
	m := &metrics{
		accepted: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "jaga_messages_accepted_total", Help: "Inbound messages stored, by channel.",
		}, []string{"channel"}),
		duplicates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "jaga_messages_duplicate_total", Help: "Inbound messages delivered again and ignored, by channel.",
		}, []string{"channel"}),
		replies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "jaga_replies_total", Help: "Replies stored, by author.",
		}, []string{"author"}),
		sends: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "jaga_sends_total", Help: "Send attempts by channel and result.",
		}, []string{"channel", "result"}),
		drafts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "jaga_drafts_total", Help: "Drafts of streamed answers by channel and result.",
		}, []string{"channel", "result"}),
	}
	if reg != nil {
		reg.MustRegister(m.accepted, m.duplicates, m.replies, m.sends, m.drafts)
		if pace != nil {
			reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "jaga_turns_allowed", Help: "Turns allowed to run at once; fewer while webhooks are answered slowly.",
			}, func() float64 { limit, _, _ := pace.state(); return float64(limit) }))
		}
	}
	return m
}
