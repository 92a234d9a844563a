package privacy

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// Purposes recorded in the consent ledger besides jaga.PurposeAI.
const (
	// PurposeNotice records that the privacy notice was shown (UU PDP Pasal
	// 21): Granted is always true, NoticeVersion says which text.
	PurposeNotice = "privacy_notice"
	// PurposeRestriction records a restriction of processing (Pasal 11,
	// 41): Granted true means restricted, until staff lift it.
	PurposeRestriction = "restriction"
)

// Confirmation words for erasure, by language.
var confirmWords = map[string]string{"id": "HAPUS", "en": "DELETE"}

// Notice renders the privacy notice with the consent question.
type Notice interface {
	// Notice returns the notice and consent question in lang.
	Notice(lang string) string
	// Version is the notice's version, recorded as proof of what was shown.
	Version() string
}

// Config configures a Service.
type Config struct {
	Store     store.Store
	Keyring   *seal.Keyring
	Policy    *Policy
	Notice    Notice
	Clock     jaga.Clock
	Logger    *slog.Logger
	Registry  *prometheus.Registry
	PublicURL string // export links: PublicURL + ExportPath + token
	// ExportTTL is how long an export link works. Zero means 24 hours.
	ExportTTL time.Duration
	// Retention describes retention periods for the information answer,
	// e.g. "percakapan 90 hari" / "conversations 90 days", by language.
	Retention map[string]string
}

// ExportPath is the HTTP path prefix of export downloads.
const ExportPath = "/privacy/exports/"

// Service runs the privacy side of conversations: the consent gate, privacy
// requests (recorded with their legal due time, fulfilled where the law
// allows), erasure and exports. Nothing here ever reaches the model.
type Service struct {
	cfg      Config
	store    store.Store
	clock    jaga.Clock
	log      *slog.Logger
	requests *prometheus.CounterVec
}

// New returns a Service.
func New(cfg Config) *Service {
	if cfg.Clock == nil {
		cfg.Clock = jaga.SystemClock{}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Policy == nil {
		cfg.Policy = DefaultPolicy()
	}
	if cfg.Notice == nil {
		cfg.Notice = NewNotice(NoticeConfig{})
	}
	if cfg.ExportTTL == 0 {
		cfg.ExportTTL = 24 * time.Hour
	}
	s := &Service{cfg: cfg, store: cfg.Store, clock: cfg.Clock, log: cfg.Logger}
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "jaga_privacy_requests_total", Help: "Privacy requests received, by type.",
	}, []string{"type"})
	if cfg.Registry != nil {
		cfg.Registry.MustRegister(s.requests)
	}
	return s
}

// Input is one inbound message as the privacy side sees it.
type Input struct {
	Subject      *jaga.Subject
	Identity     *jaga.Identity
	Conversation *jaga.Conversation
	Inbound      *jaga.Message
	Text         string // the person's original text
	Lang         string // "id" or "en"
	// State is the subject's privacy state when the caller has read it
	// already (store.TurnContext); nil makes HandleTurn read it.
	State *store.PrivacyState
}

// Output is the privacy side's answer.
type Output struct {
	// Handled is false when the assistant may answer the message.
	Handled bool
	// Text is the reply; it holds no personal data of anyone else.
	Text string
	// Redacted is the copy stored in the clear and shown to the model as
	// history, when it must differ from Text (a download link is a secret).
	Redacted string
	// Erased reports that the person's data was erased in this turn: the
	// reply must be sent without the (deleted) data key, and the remaining
	// rows purged once it is sent.
	Erased bool
}

func handled(text string) (*Output, error) { return &Output{Handled: true, Text: text}, nil }

// HandleTurn runs, in order: a pending erasure confirmation, privacy request
// detection, and the consent gate. It returns Handled false only when the
// person agreed to AI processing, has not restricted it, and the message is
// not a privacy request.
func (s *Service) HandleTurn(ctx context.Context, in *Input) (*Output, error) {
	lang := in.Lang
	// One read gives the consents in force and a pending erasure; a turn
	// brings it read with the rest of what the turn starts from.
	st := in.State
	if st == nil {
		var err error
		if st, err = s.store.GetPrivacyState(ctx, in.Subject.ID); err != nil {
			return nil, err
		}
	}
	if st.ErasureAwaiting != 0 {
		pending, err := s.store.GetPrivacyRequest(ctx, st.ErasureAwaiting)
		if err != nil {
			return nil, err
		}
		return s.confirmErasure(ctx, in, pending)
	}
	if d := Detect(in.Text); d.Found() {
		if d.Ambiguous {
			return handled(Text(d.Clarify, lang, nil))
		}
		return s.handleRequest(ctx, in, d.Type)
	}
	return s.consentGate(ctx, in, st)
}

// consentGate shows the notice at first contact, records the answer, and
// keeps the model away until the person agrees.
func (s *Service) consentGate(ctx context.Context, in *Input, st *store.PrivacyState) (*Output, error) {
	granted := st.Consents[jaga.PurposeAI]
	if _, noticed := st.Consents[PurposeNotice]; !granted && !noticed {
		text := s.cfg.Notice.Notice(in.Lang)
		if err := s.record(ctx, in, PurposeNotice, true); err != nil {
			return nil, err
		}
		return handled(text)
	}
	yes, no := ParseYesNo(in.Text)
	switch {
	case yes && !granted:
		if err := s.record(ctx, in, jaga.PurposeAI, true); err != nil {
			return nil, err
		}
		return handled(Text("consent_accepted", in.Lang, nil))
	case no && !granted:
		if err := s.record(ctx, in, jaga.PurposeAI, false); err != nil {
			return nil, err
		}
		return handled(Text("consent_declined", in.Lang, nil))
	case !granted:
		return handled(Text("consent_required", in.Lang, nil))
	}
	if st.Consents[PurposeRestriction] {
		return handled(Text("restriction_active", in.Lang, nil))
	}
	return &Output{}, nil
}

// ModelAllowed reports whether the model may process the subject's messages:
// consent granted and processing not restricted.
func (s *Service) ModelAllowed(ctx context.Context, subjectID int64) (bool, error) {
	ai, err := s.store.LatestConsent(ctx, subjectID, jaga.PurposeAI)
	if jaga.IsNotFound(err) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	if !ai.Granted {
		return false, nil
	}
	restricted, err := s.restricted(ctx, subjectID)
	return !restricted, err
}

func (s *Service) restricted(ctx context.Context, subjectID int64) (bool, error) {
	r, err := s.store.LatestConsent(ctx, subjectID, PurposeRestriction)
	if jaga.IsNotFound(err) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	return r.Granted, nil
}

// record appends to the consent ledger.
func (s *Service) record(ctx context.Context, in *Input, purpose string, granted bool) error {
	version := ""
	if s.cfg.Notice != nil {
		version = s.cfg.Notice.Version()
	}
	return s.store.CreateConsent(ctx, &jaga.Consent{SubjectID: in.Subject.ID, IdentityID: in.Identity.ID,
		Channel: in.Identity.Channel, Purpose: purpose, Granted: granted, NoticeVersion: version, CreatedAt: s.clock.Now()})
}

// SetRestriction records a restriction (staff lift it with restricted false).
func (s *Service) SetRestriction(ctx context.Context, subjectID int64, restricted bool, actor string) error {
	now := s.clock.Now()
	if err := s.store.CreateConsent(ctx, &jaga.Consent{SubjectID: subjectID, Purpose: PurposeRestriction,
		Granted: restricted, CreatedAt: now}); err != nil {
		return err
	}
	action := "restriction_lifted"
	if restricted {
		action = "restriction_set"
	}
	return s.store.AppendAudit(ctx, &jaga.AuditRecord{At: now, Actor: actor, Action: action, SubjectID: subjectID})
}

// newRequest records a privacy request and its audit entry.
func (s *Service) newRequest(ctx context.Context, q store.Queries, in *Input, typ jaga.RequestType, status jaga.RequestStatus) (*jaga.PrivacyRequest, error) {
	now := s.clock.Now()
	r := &jaga.PrivacyRequest{SubjectID: in.Subject.ID, IdentityID: in.Identity.ID, Channel: in.Identity.Channel,
		Type: typ, Status: status, ReceivedAt: now, DueAt: s.cfg.Policy.DueAt(typ, now)}
	if err := q.CreatePrivacyRequest(ctx, r); err != nil {
		return nil, err
	}
	s.requests.WithLabelValues(string(typ)).Inc()
	err := q.AppendAudit(ctx, &jaga.AuditRecord{At: now, Actor: fmt.Sprintf("subject:%d", in.Subject.ID),
		Action: "privacy_request", SubjectID: in.Subject.ID, Detail: fmt.Sprintf("request %d type %s received", r.ID, typ)})
	return r, err
}

// close marks a request fulfilled by jaga.
func (s *Service) close(ctx context.Context, q store.Queries, r *jaga.PrivacyRequest, status jaga.RequestStatus, outcome string) error {
	now := s.clock.Now()
	r.Status, r.ClosedAt, r.HandledBy, r.Outcome = status, &now, "jaga", outcome
	if err := q.UpdatePrivacyRequest(ctx, r); err != nil {
		return err
	}
	return q.AppendAudit(ctx, &jaga.AuditRecord{At: now, Actor: "jaga", Action: "privacy_request_closed",
		SubjectID: r.SubjectID, Detail: fmt.Sprintf("request %d %s: %s", r.ID, status, outcome)})
}

// formatDue renders a due time for the person, in WIB (UTC+7), where most
// users are.
func formatDue(t time.Time, lang string) string {
	wib := time.FixedZone("WIB", 7*3600)
	t = t.In(wib)
	if lang == "en" {
		return t.Format("2 January 2006, 15:04 MST")
	}
	months := []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	return fmt.Sprintf("%d %s %d, %s WIB", t.Day(), months[t.Month()-1], t.Year(), t.Format("15:04"))
}

// handleRequest records and, where the law allows, fulfils a request.
func (s *Service) handleRequest(ctx context.Context, in *Input, typ jaga.RequestType) (*Output, error) {
	lang := in.Lang
	switch typ {
	case jaga.RequestInformation:
		err := s.store.WithTx(ctx, func(q store.Queries) error {
			r, err := s.newRequest(ctx, q, in, typ, jaga.RequestOpen)
			if err != nil {
				return err
			}
			return s.close(ctx, q, r, jaga.RequestDone, "privacy notice and information sent")
		})
		if err != nil {
			return nil, err
		}
		return handled(s.information(lang))
	case jaga.RequestAccess:
		var summary string
		err := s.store.WithTx(ctx, func(q store.Queries) error {
			r, err := s.newRequest(ctx, q, in, typ, jaga.RequestOpen)
			if err != nil {
				return err
			}
			summary, err = s.accessSummary(ctx, q, in.Subject.ID, lang)
			if err != nil {
				return err
			}
			return s.close(ctx, q, r, jaga.RequestDone, "access summary sent in chat")
		})
		if err != nil {
			return nil, err
		}
		return handled(summary)
	case jaga.RequestExport:
		var link string
		var expires time.Time
		err := s.store.WithTx(ctx, func(q store.Queries) error {
			r, err := s.newRequest(ctx, q, in, typ, jaga.RequestOpen)
			if err != nil {
				return err
			}
			link, expires, err = s.prepareExport(ctx, q, in.Subject.ID, r.ID)
			if err != nil {
				return err
			}
			return s.close(ctx, q, r, jaga.RequestDone, "export prepared behind a single-use link")
		})
		if err != nil {
			return nil, err
		}
		// The link is a bearer secret: only the sealed copy keeps it.
		return &Output{Handled: true,
			Text:     Text("export_ready", lang, map[string]string{"link": link, "expires": formatDue(expires, lang)}),
			Redacted: Text("export_ready", lang, map[string]string{"link": "[EXPORT_LINK]", "expires": formatDue(expires, lang)}),
		}, nil
	case jaga.RequestErasure:
		var due time.Time
		err := s.store.WithTx(ctx, func(q store.Queries) error {
			r, err := s.newRequest(ctx, q, in, typ, jaga.RequestAwaitingConfirmation)
			due = r.DueAt
			return err
		})
		if err != nil {
			return nil, err
		}
		return handled(Text("erasure_confirm", lang, map[string]string{"word": confirmWords[langOr(lang)], "due": formatDue(due, lang)}))
	case jaga.RequestWithdrawal:
		err := s.store.WithTx(ctx, func(q store.Queries) error {
			r, err := s.newRequest(ctx, q, in, typ, jaga.RequestOpen)
			if err != nil {
				return err
			}
			now := s.clock.Now()
			// Model calls stop at once: the turn's gate reads this record.
			if err := q.CreateConsent(ctx, &jaga.Consent{SubjectID: in.Subject.ID, IdentityID: in.Identity.ID,
				Channel: in.Identity.Channel, Purpose: jaga.PurposeAI, Granted: false, NoticeVersion: s.noticeVersion(),
				CreatedAt: now}); err != nil {
				return err
			}
			return s.close(ctx, q, r, jaga.RequestDone, "consent withdrawn; model processing stopped")
		})
		if err != nil {
			return nil, err
		}
		return handled(Text("withdrawal_done", lang, map[string]string{"command": "/hapusdata"}))
	default: // rectification, restriction, objection, complaint: staff handle them
		var due time.Time
		err := s.store.WithTx(ctx, func(q store.Queries) error {
			r, err := s.newRequest(ctx, q, in, typ, jaga.RequestOpen)
			if err != nil {
				return err
			}
			due = r.DueAt
			if typ == jaga.RequestRestriction {
				return q.CreateConsent(ctx, &jaga.Consent{SubjectID: in.Subject.ID, IdentityID: in.Identity.ID,
					Channel: in.Identity.Channel, Purpose: PurposeRestriction, Granted: true, CreatedAt: s.clock.Now()})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		return handled(Text(string(typ)+"_ack", lang, map[string]string{"due": formatDue(due, lang)}))
	}
}

func (s *Service) noticeVersion() string {
	if s.cfg.Notice == nil {
		return ""
	}
	return s.cfg.Notice.Version()
}

func langOr(lang string) string {
	if lang == "en" {
		return "en"
	}
	return "id"
}

// information answers the information right (Pasal 5, 21): the notice, the
// retention periods and who processes the data.
func (s *Service) information(lang string) string {
	var b strings.Builder
	if s.cfg.Notice != nil {
		b.WriteString(s.cfg.Notice.Notice(lang))
	}
	if r := s.cfg.Retention[langOr(lang)]; r != "" {
		b.WriteString("\n\n")
		b.WriteString(r)
	}
	return strings.TrimSpace(b.String())
}

// confirmErasure erases on the confirmation word and cancels otherwise.
func (s *Service) confirmErasure(ctx context.Context, in *Input, r *jaga.PrivacyRequest) (*Output, error) {
	lang := in.Lang
	if !IsConfirmation(in.Text, confirmWords["id"]) && !IsConfirmation(in.Text, confirmWords["en"]) {
		err := s.store.WithTx(ctx, func(q store.Queries) error {
			return s.close(ctx, q, r, jaga.RequestCancelled, "not confirmed")
		})
		if err != nil {
			return nil, err
		}
		return handled(Text("erasure_cancelled", lang, nil))
	}
	report, err := s.Erase(ctx, in.Subject.ID, r)
	if err != nil {
		return nil, err
	}
	return &Output{Handled: true, Erased: true, Text: Text("erasure_done", lang, report.textData())}, nil
}
