package privacy

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/store"
)

// ErasureReport says what an erasure removed and what it kept.
type ErasureReport struct {
	Messages      int64
	Vaults        int64
	Consents      int64
	Exports       int64
	Conversations int
	Identities    int
	LegalHold     bool // nothing was erased: a conversation is under legal hold
	Linked        bool // the person was linked to a business account
}

func (r *ErasureReport) textData() map[string]string {
	return map[string]string{
		"messages":      strconv.FormatInt(r.Messages, 10),
		"conversations": strconv.Itoa(r.Conversations),
		"identities":    strconv.Itoa(r.Identities),
	}
}

// FinishErasureArgs is the job that removes what an erasure left for the
// last reply: the conversation and identity rows (where to send it) and the
// reply itself. It runs after that reply is sent, and as a backstop later.
type FinishErasureArgs struct {
	SubjectID int64 `json:"subject_id"`
}

// Kind implements river.JobArgs.
func (FinishErasureArgs) Kind() string { return "finish_erasure" }

// finishErasureDelay is when the backstop runs if the reply is never sent.
const finishErasureDelay = 15 * time.Minute

// Erase erases a person (UU PDP Pasal 8, 43–44): messages, vault entries,
// consents, exports and their data key, which makes every sealed original —
// in this database and in every backup — unreadable. The request record and
// the audit entries are kept, without message content (Pasal 14, 31). The
// conversation and identity rows stay only until the confirmation is sent.
func (s *Service) Erase(ctx context.Context, subjectID int64, r *jaga.PrivacyRequest) (*ErasureReport, error) {
	report := &ErasureReport{}
	now := s.clock.Now()
	err := s.store.WithTx(ctx, func(q store.Queries) error {
		convs, err := q.ListConversationsBySubject(ctx, subjectID)
		if err != nil {
			return err
		}
		for _, c := range convs {
			if c.LegalHold {
				report.LegalHold = true
			}
		}
		idents, err := q.ListIdentitiesBySubject(ctx, subjectID)
		if err != nil {
			return err
		}
		for _, i := range idents {
			if i.Linked() {
				report.Linked = true
			}
		}
		report.Conversations, report.Identities = len(convs), len(idents)
		if report.LegalHold {
			// A legal hold outranks the request: staff decide, within the
			// due time, what may go. An erasure without a request record
			// (staff, a command) simply erases nothing.
			if r == nil {
				return nil
			}
			r.Outcome = "legal hold on a conversation: queued for staff"
			return q.UpdatePrivacyRequest(ctx, withStatus(r, jaga.RequestOpen))
		}
		if report.Messages, err = q.DeleteMessagesBySubject(ctx, subjectID); err != nil {
			return err
		}
		if report.Vaults, err = q.DeleteVaultsBySubject(ctx, subjectID); err != nil {
			return err
		}
		if report.Consents, err = q.DeleteConsentsBySubject(ctx, subjectID); err != nil {
			return err
		}
		if report.Exports, err = q.DeleteExportsBySubject(ctx, subjectID); err != nil {
			return err
		}
		if err := q.DeleteDataKey(ctx, subjectID); err != nil {
			return err
		}
		if err := q.MarkSubjectErased(ctx, subjectID, now); err != nil {
			return err
		}
		if r != nil {
			if err := s.close(ctx, q, r, jaga.RequestDone, fmt.Sprintf("erased %d messages, %d vaults, %d consents, %d exports and the data key",
				report.Messages, report.Vaults, report.Consents, report.Exports)); err != nil {
				return err
			}
		}
		if err := q.AppendAudit(ctx, &jaga.AuditRecord{At: now, Actor: "jaga", Action: "erase", SubjectID: subjectID,
			Detail: fmt.Sprintf("messages=%d vaults=%d consents=%d exports=%d data_key=deleted", report.Messages,
				report.Vaults, report.Consents, report.Exports)}); err != nil {
			return err
		}
		_, err = q.Enqueue(ctx, FinishErasureArgs{SubjectID: subjectID}, &river.InsertOpts{ScheduledAt: now.Add(finishErasureDelay)})
		return err
	})
	if err != nil {
		return nil, err
	}
	if !report.LegalHold && s.cfg.Keyring != nil {
		s.cfg.Keyring.Forget(subjectID)
	}
	return report, nil
}

func withStatus(r *jaga.PrivacyRequest, st jaga.RequestStatus) *jaga.PrivacyRequest {
	r.Status = st
	return r
}

// FinishErasure removes the rows an erasure kept for its last reply. It is
// idempotent and only acts on erased subjects.
func (s *Service) FinishErasure(ctx context.Context, subjectID int64) error {
	return s.store.WithTx(ctx, func(q store.Queries) error {
		subj, err := q.GetSubject(ctx, subjectID)
		if jaga.IsNotFound(err) {
			return nil
		} else if err != nil {
			return err
		}
		if subj.ErasedAt == nil {
			return nil
		}
		// Anything that arrived in between goes too, key included.
		for _, del := range []func(context.Context, int64) (int64, error){
			q.DeleteMessagesBySubject, q.DeleteVaultsBySubject, q.DeleteConsentsBySubject, q.DeleteExportsBySubject,
			q.DeleteConversationsBySubject, q.DeleteIdentitiesBySubject,
		} {
			if _, err := del(ctx, subjectID); err != nil {
				return err
			}
		}
		return q.DeleteDataKey(ctx, subjectID)
	})
}

type finishErasureWorker struct {
	river.WorkerDefaults[FinishErasureArgs]
	s *Service
}

func (w *finishErasureWorker) Work(ctx context.Context, job *river.Job[FinishErasureArgs]) error {
	return w.s.FinishErasure(ctx, job.Args.SubjectID)
}

// Register adds the privacy job workers.
func (s *Service) Register(workers *river.Workers) {
	river.AddWorker(workers, &finishErasureWorker{s: s})
}
