package privacy_test

import (
	"context"
	"testing"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/privacy"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

// TestErasureUnderLegalHold: a legal hold on a conversation stops erasure,
// with or without a request record, and leaves the request open for staff.
func TestErasureUnderLegalHold(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		master, _ := seal.NewKey(seal.GenerateRaw())
		ring := seal.NewKeyring(master, nil)
		svc := privacy.New(privacy.Config{Store: st, Keyring: ring})
		s, i, c := storetest.NewPerson(t, st, jaga.ChannelTelegram, "hold-1")
		if _, err := ring.Key(ctx, st, s.ID); err != nil {
			t.Fatal(err)
		}
		if err := st.SetLegalHold(ctx, c.ID, true); err != nil {
			t.Fatal(err)
		}
		// Without a request record (staff or a command): nothing erased, no panic.
		report, err := svc.Erase(ctx, s.ID, nil)
		if err != nil || !report.LegalHold {
			t.Fatalf("Erase(nil request) = %+v, %v", report, err)
		}
		if _, err := st.GetDataKey(ctx, s.ID); err != nil {
			t.Fatalf("data key deleted under legal hold: %v", err)
		}
		// With a request: it stays open for staff.
		r := &jaga.PrivacyRequest{SubjectID: s.ID, IdentityID: i.ID, Channel: jaga.ChannelTelegram,
			Type: jaga.RequestErasure, Status: jaga.RequestAwaitingConfirmation, ReceivedAt: c.CreatedAt, DueAt: c.CreatedAt}
		if err := st.CreatePrivacyRequest(ctx, r); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Erase(ctx, s.ID, r); err != nil {
			t.Fatal(err)
		}
		got, _ := st.GetPrivacyRequest(ctx, r.ID)
		if got.Status != jaga.RequestOpen || got.ClosedAt != nil {
			t.Fatalf("request under legal hold = %+v, want open", got)
		}
		if subj, _ := st.GetSubject(ctx, s.ID); subj.ErasedAt != nil {
			t.Fatal("subject marked erased under legal hold")
		}
		// Lifted: the erasure goes through and the key is gone.
		if err := st.SetLegalHold(ctx, c.ID, false); err != nil {
			t.Fatal(err)
		}
		if report, err := svc.Erase(ctx, s.ID, r); err != nil || report.LegalHold {
			t.Fatalf("Erase after the hold = %+v, %v", report, err)
		}
		if _, err := st.GetDataKey(ctx, s.ID); !jaga.IsNotFound(err) {
			t.Fatalf("data key after erasure: %v", err)
		}
	})
}
