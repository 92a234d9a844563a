package storetest

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/sqlstore"
)

// Run runs the conformance suite against stores made by open. Each subtest
// gets a fresh store.
func Run(t *testing.T, open func(t testing.TB) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, st store.Store)
	}{
		{"Subjects", testSubjects},
		{"Identities", testIdentities},
		{"Conversations", testConversations},
		{"FindPerson", testFindPerson},
		{"MessageDedupe", testMessageDedupe},
		{"MessageReplyOnce", testMessageReplyOnce},
		{"MessageListing", testMessageListing},
		{"Consents", testConsents},
		{"PrivacyRequests", testPrivacyRequests},
		{"PrivacyState", testPrivacyState},
		{"InsertInbound", testInsertInbound},
		{"FinishTurn", testFinishTurn},
		{"MarkSentMany", testMarkSentMany},
		{"HeldJobs", testHeldJobs},
		{"OlderWaiting", testOlderWaiting},
		{"AuditChain", testAuditChain},
		{"Vaults", testVaults},
		{"CryptoShredding", testCryptoShredding},
		{"TxRollback", testTxRollback},
		{"Ready", testReady},
		{"TokenUsage", testTokenUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, open(t))
		})
	}
}

var t0 = time.Date(2026, 11, 1, 9, 30, 0, 123456000, time.UTC)

// NewPerson stores a subject with an identity and a conversation on ch.
func NewPerson(t testing.TB, q store.Queries, ch jaga.Channel, externalID string) (*jaga.Subject, *jaga.Identity, *jaga.Conversation) {
	t.Helper()
	ctx := context.Background()
	s := &jaga.Subject{Language: "id", CreatedAt: t0}
	if err := q.CreateSubject(ctx, s); err != nil {
		t.Fatalf("CreateSubject: %v", err)
	}
	i := &jaga.Identity{SubjectID: s.ID, Channel: ch, ExternalID: externalID, CreatedAt: t0}
	if err := q.CreateIdentity(ctx, i); err != nil {
		t.Fatalf("CreateIdentity: %v", err)
	}
	c := &jaga.Conversation{SubjectID: s.ID, IdentityID: i.ID, Channel: ch, ExternalChatID: externalID, CreatedAt: t0, LastMessageAt: t0}
	if err := q.CreateConversation(ctx, c); err != nil {
		t.Fatalf("CreateConversation: %v", err)
	}
	return s, i, c
}

func testSubjects(t *testing.T, st store.Store) {
	ctx := context.Background()
	s := &jaga.Subject{Language: "en", CreatedAt: t0}
	if err := st.CreateSubject(ctx, s); err != nil {
		t.Fatal(err)
	}
	got, err := st.GetSubject(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Language != "en" || !got.CreatedAt.Equal(t0) || got.ErasedAt != nil {
		t.Fatalf("GetSubject = %+v", got)
	}
	if err := st.SetSubjectLanguage(ctx, s.ID, "id"); err != nil {
		t.Fatal(err)
	}
	if err := st.MarkSubjectErased(ctx, s.ID, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	got, _ = st.GetSubject(ctx, s.ID)
	if got.ErasedAt == nil || !got.ErasedAt.Equal(t0.Add(time.Hour)) {
		t.Fatalf("ErasedAt = %v", got.ErasedAt)
	}
	if _, err := st.GetSubject(ctx, s.ID+1000); !jaga.IsNotFound(err) {
		t.Fatalf("GetSubject(missing) error = %v, want not found", err)
	}
	if err := st.SetSubjectLanguage(ctx, s.ID+1000, "id"); !jaga.IsNotFound(err) {
		t.Fatalf("SetSubjectLanguage(missing) error = %v, want not found", err)
	}
}

func testIdentities(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, i, _ := NewPerson(t, st, jaga.ChannelTelegram, "1001")
	got, err := st.FindIdentity(ctx, jaga.ChannelTelegram, "1001")
	if err != nil || got.ID != i.ID || got.SubjectID != s.ID || got.Linked() {
		t.Fatalf("FindIdentity = %+v, %v", got, err)
	}
	if _, err := st.FindIdentity(ctx, jaga.ChannelWhatsApp, "1001"); !jaga.IsNotFound(err) {
		t.Fatalf("FindIdentity(other channel) error = %v", err)
	}
	dup := &jaga.Identity{SubjectID: s.ID, Channel: jaga.ChannelTelegram, ExternalID: "1001", CreatedAt: t0}
	if err := st.CreateIdentity(ctx, dup); !jaga.IsConflict(err) {
		t.Fatalf("duplicate identity error = %v, want conflict", err)
	}
	if err := st.LinkIdentity(ctx, i.ID, 7, 3, t0); err != nil {
		t.Fatal(err)
	}
	got, _ = st.GetIdentity(ctx, i.ID)
	if got.AccountID != 7 || got.BusinessID != 3 || got.LinkedAt == nil || !got.Linked() {
		t.Fatalf("linked identity = %+v", got)
	}
	list, err := st.ListIdentitiesBySubject(ctx, s.ID)
	if err != nil || len(list) != 1 {
		t.Fatalf("ListIdentitiesBySubject = %v, %v", list, err)
	}
	if n, err := st.DeleteIdentitiesBySubject(ctx, s.ID); err != nil || n != 1 {
		t.Fatalf("DeleteIdentitiesBySubject = %d, %v", n, err)
	}
}

func testConversations(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, i, c := NewPerson(t, st, jaga.ChannelWhatsApp, "6281200000001")
	got, err := st.FindConversation(ctx, jaga.ChannelWhatsApp, "6281200000001", i.ID)
	if err != nil || got.ID != c.ID || got.SubjectID != s.ID || got.LastInboundAt != nil {
		t.Fatalf("FindConversation = %+v, %v", got, err)
	}
	// A stored message records itself in its conversation.
	at := t0.Add(time.Minute)
	m := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Inbound, Channel: jaga.ChannelWhatsApp,
		ChannelMessageID: "wamid.touch", Status: jaga.StatusReceived, CreatedAt: at}
	if err := st.CreateMessage(ctx, m); err != nil {
		t.Fatal(err)
	}
	got, _ = st.GetConversation(ctx, c.ID)
	if !got.LastMessageAt.Equal(at) || got.LastInboundAt == nil || !got.LastInboundAt.Equal(at) {
		t.Fatalf("conversation after an inbound message = %+v", got)
	}
	later := at.Add(time.Minute)
	reply := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Outbound, Channel: jaga.ChannelWhatsApp,
		Status: jaga.StatusQueued, ReplyTo: m.ID, CreatedAt: later}
	if err := st.CreateMessage(ctx, reply); err != nil {
		t.Fatal(err)
	}
	got, _ = st.GetConversation(ctx, c.ID)
	if !got.LastMessageAt.Equal(later) || !got.LastInboundAt.Equal(at) {
		t.Fatalf("conversation after a reply = %+v", got)
	}
	if err := st.SetHandoff(ctx, c.ID, &at); err != nil {
		t.Fatal(err)
	}
	got, _ = st.GetConversation(ctx, c.ID)
	if got.HandoffAt == nil {
		t.Fatal("handoff not set")
	}
	if err := st.SetHandoff(ctx, c.ID, nil); err != nil {
		t.Fatal(err)
	}
	got, _ = st.GetConversation(ctx, c.ID)
	if got.HandoffAt != nil {
		t.Fatal("handoff not cleared")
	}
	list, _ := st.ListConversationsBySubject(ctx, s.ID)
	if len(list) != 1 {
		t.Fatalf("ListConversationsBySubject = %d", len(list))
	}
}

func inbound(c *jaga.Conversation, channelID, text string) *jaga.Message {
	return &jaga.Message{ConversationID: c.ID, SubjectID: c.SubjectID, Direction: jaga.Inbound, Channel: c.Channel,
		ChannelMessageID: channelID, RedactedText: text, Sealed: []byte{1, 2, 3}, Status: jaga.StatusReceived,
		TokenCount: 3, CreatedAt: t0}
}

func testMessageDedupe(t *testing.T, st store.Store) {
	ctx := context.Background()
	_, _, c := NewPerson(t, st, jaga.ChannelTelegram, "42")
	m := inbound(c, "42:1", "halo")
	if err := st.CreateMessage(ctx, m); err != nil {
		t.Fatal(err)
	}
	again := inbound(c, "42:1", "halo")
	err := st.CreateMessage(ctx, again)
	if !jaga.IsConflict(err) || again.ID != m.ID {
		t.Fatalf("redelivered message: err = %v, id = %d, want conflict with id %d", err, again.ID, m.ID)
	}
	// Inside a transaction the conflict must not abort the transaction.
	err = st.WithTx(ctx, func(q store.Queries) error {
		again := inbound(c, "42:1", "halo")
		if err := q.CreateMessage(ctx, again); !jaga.IsConflict(err) {
			return fmt.Errorf("in tx: %v", err)
		}
		return q.CreateMessage(ctx, inbound(c, "42:2", "lagi"))
	})
	if err != nil {
		t.Fatal(err)
	}
	// The same channel message id on another channel is another message.
	_, _, c2 := NewPerson(t, st, jaga.ChannelWhatsApp, "42")
	if err := st.CreateMessage(ctx, inbound(c2, "42:1", "halo")); err != nil {
		t.Fatalf("same id on another channel: %v", err)
	}
	got, err := st.FindMessageByChannelID(ctx, jaga.ChannelTelegram, "42:1")
	if err != nil || got.ID != m.ID || got.RedactedText != "halo" || !bytes.Equal(got.Sealed, []byte{1, 2, 3}) ||
		got.TokenCount != 3 || !got.CreatedAt.Equal(t0) {
		t.Fatalf("FindMessageByChannelID = %+v, %v", got, err)
	}
}

func testMessageReplyOnce(t *testing.T, st store.Store) {
	ctx := context.Background()
	_, _, c := NewPerson(t, st, jaga.ChannelTelegram, "43")
	in := inbound(c, "43:1", "berapa kas?")
	if err := st.CreateMessage(ctx, in); err != nil {
		t.Fatal(err)
	}
	reply := func() *jaga.Message {
		return &jaga.Message{ConversationID: c.ID, SubjectID: c.SubjectID, Direction: jaga.Outbound, Channel: c.Channel,
			RedactedText: "Kas Rp 1.000", Status: jaga.StatusQueued, Author: "assistant", ReplyTo: in.ID,
			ModelCalled: true, PromptVersion: "v1", TokensIn: 100, TokensOut: 10, SnapshotSections: []string{"cash", "summary"},
			CreatedAt: t0}
	}
	r1 := reply()
	if err := st.CreateMessage(ctx, r1); err != nil {
		t.Fatal(err)
	}
	r2 := reply()
	if err := st.CreateMessage(ctx, r2); !jaga.IsConflict(err) || r2.ID != r1.ID {
		t.Fatalf("second reply: err = %v, id = %d want %d", err, r2.ID, r1.ID)
	}
	got, err := st.FindReply(ctx, in.ID)
	if err != nil || got.ID != r1.ID || len(got.SnapshotSections) != 2 || got.SnapshotSections[1] != "summary" || !got.ModelCalled {
		t.Fatalf("FindReply = %+v, %v", got, err)
	}
	dm, dc, waiting, err := st.GetDelivery(ctx, r1.ID)
	if err != nil || dm.ID != r1.ID || dm.Status != jaga.StatusQueued || len(dm.SnapshotSections) != 2 || dc.ID != c.ID || waiting {
		t.Fatalf("GetDelivery = %+v, %+v, %v, %v", dm, dc, waiting, err)
	}
	if err := st.SetChannelMessageID(ctx, r1.ID, "43:99", t0); err != nil {
		t.Fatal(err)
	}
	if err := st.UpdateMessageStatus(ctx, r1.ID, jaga.StatusSent, t0.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	got, _ = st.GetMessage(ctx, r1.ID)
	if got.Status != jaga.StatusSent || got.ChannelMessageID != "43:99" || !got.UpdatedAt.Equal(t0.Add(time.Second)) {
		t.Fatalf("sent reply = %+v", got)
	}
	// A sent reply's channel id does not collide with inbound ids.
	if err := st.CreateMessage(ctx, inbound(c, "43:99", "x")); err != nil {
		t.Fatalf("inbound with an outbound's id: %v", err)
	}
}

func testMessageListing(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, _, c := NewPerson(t, st, jaga.ChannelTelegram, "44")
	var ids []int64
	for i := range 10 {
		m := inbound(c, fmt.Sprintf("44:%d", i), fmt.Sprintf("pesan %d", i))
		if err := st.CreateMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	all, err := st.ListMessages(ctx, c.ID, 0, 0)
	if err != nil || len(all) != 10 || all[0].ID != ids[0] || all[9].ID != ids[9] {
		t.Fatalf("ListMessages(all) = %d, %v", len(all), err)
	}
	last3, _ := st.ListMessages(ctx, c.ID, 0, 3)
	if len(last3) != 3 || last3[0].ID != ids[7] || last3[2].ID != ids[9] {
		t.Fatalf("ListMessages(limit 3) wrong: %v", last3)
	}
	before, _ := st.ListMessages(ctx, c.ID, ids[5], 2)
	if len(before) != 2 || before[0].ID != ids[3] || before[1].ID != ids[4] {
		t.Fatalf("ListMessages(before) wrong")
	}
	// ListHistories answers each request as ListMessages does, in order;
	// a conversation with nothing before gets an empty list.
	_, _, c2 := NewPerson(t, st, jaga.ChannelTelegram, "44b")
	reqs := []store.HistoryRequest{{ConversationID: c.ID, Before: ids[5]}, {ConversationID: c2.ID}, {ConversationID: c.ID}, {ConversationID: c.ID, Before: ids[1]}}
	hs, err := st.ListHistories(ctx, reqs, 3)
	if err != nil || len(hs) != len(reqs) {
		t.Fatalf("ListHistories = %d lists, %v", len(hs), err)
	}
	for i, r := range reqs {
		want, _ := st.ListMessages(ctx, r.ConversationID, r.Before, 3)
		if len(want) != len(hs[i]) {
			t.Fatalf("ListHistories[%d] = %d messages, want %d", i, len(hs[i]), len(want))
		}
		for j := range want {
			if !reflect.DeepEqual(want[j], hs[i][j]) {
				t.Fatalf("ListHistories[%d][%d] = %+v, want %+v", i, j, hs[i][j], want[j])
			}
		}
	}
	if len(hs[1]) != 0 || len(hs[2]) != 3 || hs[2][2].ID != ids[9] || len(hs[3]) != 1 || hs[3][0].ID != ids[0] {
		t.Fatalf("ListHistories = %v", hs)
	}
	bySubject, _ := st.ListMessagesBySubject(ctx, s.ID)
	if len(bySubject) != 10 {
		t.Fatalf("ListMessagesBySubject = %d", len(bySubject))
	}
	upd := all[0]
	upd.RedactedText, upd.Sealed, upd.UpdatedAt = "[diubah]", []byte{9}, t0.Add(time.Hour)
	if err := st.UpdateMessageText(ctx, upd); err != nil {
		t.Fatal(err)
	}
	got, _ := st.GetMessage(ctx, upd.ID)
	if got.RedactedText != "[diubah]" || !bytes.Equal(got.Sealed, []byte{9}) {
		t.Fatalf("UpdateMessageText: %+v", got)
	}
	if n, err := st.DeleteMessagesBySubject(ctx, s.ID); err != nil || n != 10 {
		t.Fatalf("DeleteMessagesBySubject = %d, %v", n, err)
	}
}

func testConsents(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, i, _ := NewPerson(t, st, jaga.ChannelTelegram, "45")
	if _, err := st.LatestConsent(ctx, s.ID, jaga.PurposeAI); !jaga.IsNotFound(err) {
		t.Fatalf("LatestConsent(none) error = %v", err)
	}
	for k, granted := range []bool{true, false, true, false} {
		c := &jaga.Consent{SubjectID: s.ID, IdentityID: i.ID, Channel: jaga.ChannelTelegram, Purpose: jaga.PurposeAI,
			Granted: granted, NoticeVersion: "2026-11", CreatedAt: t0.Add(time.Duration(k) * time.Minute)}
		if err := st.CreateConsent(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	latest, err := st.LatestConsent(ctx, s.ID, jaga.PurposeAI)
	if err != nil || latest.Granted || latest.NoticeVersion != "2026-11" || !latest.CreatedAt.Equal(t0.Add(3*time.Minute)) {
		t.Fatalf("LatestConsent = %+v, %v", latest, err)
	}
	all, _ := st.ListConsents(ctx, s.ID)
	if len(all) != 4 || !all[0].Granted {
		t.Fatalf("ListConsents = %d", len(all))
	}
}

func testPrivacyRequests(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, i, _ := NewPerson(t, st, jaga.ChannelWhatsApp, "46")
	mk := func(typ jaga.RequestType, due time.Duration) *jaga.PrivacyRequest {
		r := &jaga.PrivacyRequest{SubjectID: s.ID, IdentityID: i.ID, Channel: jaga.ChannelWhatsApp, Type: typ,
			Status: jaga.RequestOpen, ReceivedAt: t0, DueAt: t0.Add(due)}
		if err := st.CreatePrivacyRequest(ctx, r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	a := mk(jaga.RequestAccess, 72*time.Hour)
	b := mk(jaga.RequestRectification, 24*time.Hour)
	c := mk(jaga.RequestRestriction, 48*time.Hour)
	now := t0.Add(30 * time.Hour)
	closed := now
	c.Status, c.ClosedAt, c.HandledBy, c.Outcome = jaga.RequestDone, &closed, "staff:1", "restricted"
	if err := st.UpdatePrivacyRequest(ctx, c); err != nil {
		t.Fatal(err)
	}
	open, err := st.ListOpenPrivacyRequests(ctx, 10)
	if err != nil || len(open) != 2 || open[0].ID != b.ID || open[1].ID != a.ID {
		t.Fatalf("ListOpenPrivacyRequests = %v, %v", open, err)
	}
	n, err := st.CountOverduePrivacyRequests(ctx, now)
	if err != nil || n != 1 {
		t.Fatalf("CountOverduePrivacyRequests = %d, %v", n, err)
	}
	got, _ := st.GetPrivacyRequest(ctx, c.ID)
	if got.Status != jaga.RequestDone || got.HandledBy != "staff:1" || got.ClosedAt == nil {
		t.Fatalf("GetPrivacyRequest = %+v", got)
	}
	all, _ := st.ListPrivacyRequestsBySubject(ctx, s.ID)
	if len(all) != 3 {
		t.Fatalf("ListPrivacyRequestsBySubject = %d", len(all))
	}
}

func testInsertInbound(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, i, c := NewPerson(t, st, jaga.ChannelTelegram, "49")
	s2, i2, c2 := NewPerson(t, st, jaga.ChannelTelegram, "50")
	at := t0.Add(time.Hour)
	in := func(subj *jaga.Subject, conv *jaga.Conversation, cmid string) *jaga.Message {
		return &jaga.Message{ConversationID: conv.ID, SubjectID: subj.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
			ChannelMessageID: cmid, RedactedText: "stok kopi? " + cmid, Sealed: []byte("sealed " + cmid), Status: jaga.StatusReceived,
			TokenCount: 4, CreatedAt: at}
	}
	opts := river.InsertOpts{Queue: "turns", MaxAttempts: 5}
	a, b := in(s, c, "ii-1"), in(s2, c2, "ii-2")
	a2 := in(s, c, "ii-3")
	rows := []store.InboundRow{{Message: a, IdentityID: i.ID}, {Message: b, IdentityID: i2.ID}, {Message: a2, IdentityID: i.ID}}
	if err := st.InsertInbound(ctx, rows, "turn", opts); err != nil {
		t.Fatal(err)
	}
	if a.ID == 0 || b.ID == 0 || a2.ID == 0 || a.ID > a2.ID {
		t.Fatalf("InsertInbound ids %d, %d, %d: want all stored, a conversation's in row order", a.ID, b.ID, a2.ID)
	}
	for _, m := range []*jaga.Message{a, b, a2} {
		got, err := st.GetMessage(ctx, m.ID)
		if err != nil || got.RedactedText != m.RedactedText || string(got.Sealed) != string(m.Sealed) ||
			got.Status != jaga.StatusReceived || got.TokenCount != 4 || got.Direction != jaga.Inbound ||
			got.ConversationID != m.ConversationID || got.SubjectID != m.SubjectID || !got.CreatedAt.Equal(at) {
			t.Fatalf("stored = %+v, %v; want %+v", got, err, m)
		}
	}
	if conv, _ := st.GetConversation(ctx, c.ID); conv.LastInboundAt == nil || !conv.LastInboundAt.Equal(at) {
		t.Fatalf("conversation not touched: %+v", conv)
	}
	// A redelivery, a repeat within the batch, an identity that is not the
	// conversation's and a subject that is not its owner store nothing;
	// the good row beside them is stored.
	redelivered := in(s, c, "ii-1")
	good, repeat := in(s, c, "ii-4"), in(s, c, "ii-4")
	wrongIdentity := in(s, c, "ii-5")
	wrongSubject := in(s2, c, "ii-6")
	rows = []store.InboundRow{{Message: redelivered, IdentityID: i.ID}, {Message: good, IdentityID: i.ID},
		{Message: repeat, IdentityID: i.ID}, {Message: wrongIdentity, IdentityID: i2.ID}, {Message: wrongSubject, IdentityID: i.ID}}
	if err := st.InsertInbound(ctx, rows, "turn", opts); err != nil {
		t.Fatal(err)
	}
	if good.ID == 0 {
		t.Fatal("the good row of a mixed batch was not stored")
	}
	for name, m := range map[string]*jaga.Message{"redelivery": redelivered, "repeat": repeat, "identity": wrongIdentity, "subject": wrongSubject} {
		if m.ID != 0 {
			t.Fatalf("%s: stored as %d; want nothing", name, m.ID)
		}
	}
	if msgs, _ := st.ListMessagesBySubject(ctx, s.ID); len(msgs) != 3 {
		t.Fatalf("%d messages stored, want 3", len(msgs))
	}
	if jobs := countJobs(t, st, "turn"); jobs != 4 {
		t.Fatalf("%d turn jobs, want 4", jobs)
	}
	// A row that is not a received inbound message is refused.
	bad := in(s, c, "ii-7")
	bad.Direction = jaga.Outbound
	if err := st.InsertInbound(ctx, []store.InboundRow{{Message: bad, IdentityID: i.ID}}, "turn", opts); err == nil {
		t.Fatal("an outbound message was accepted")
	}
}

func testFinishTurn(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, _, c := NewPerson(t, st, jaga.ChannelTelegram, "51")
	s2, _, c2 := NewPerson(t, st, jaga.ChannelTelegram, "52")
	inbound := func(subj *jaga.Subject, conv *jaga.Conversation, cmid string) *jaga.Message {
		m := &jaga.Message{ConversationID: conv.ID, SubjectID: subj.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
			ChannelMessageID: cmid, Status: jaga.StatusReceived, CreatedAt: t0}
		if err := st.CreateMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	in, in2 := inbound(s, c, "ft-1"), inbound(s2, c2, "ft-2")
	at := t0.Add(time.Second)
	reply := func(in *jaga.Message, text string) *jaga.Message {
		return &jaga.Message{ConversationID: in.ConversationID, SubjectID: in.SubjectID, Direction: jaga.Outbound,
			Channel: jaga.ChannelTelegram, RedactedText: text, Sealed: []byte("sealed " + text), Status: jaga.StatusQueued,
			Author: "assistant", ReplyTo: in.ID, ModelCalled: true, PromptVersion: "v1", TokensIn: 10, TokensOut: 3,
			TokenCount: 3, SnapshotSections: []string{"stock", "hours"}, CreatedAt: at}
	}
	opts := river.InsertOpts{Queue: "deliveries", MaxAttempts: 10}
	rows := []store.FinishRow{{InboundID: in.ID, At: at, Reply: reply(in, "Stok ada.")}, {InboundID: in2.ID, At: at, Reply: reply(in2, "Buka jam 8.")}}
	if err := st.FinishTurns(ctx, rows, "deliver", opts); err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if !r.Claimed || r.Reply.ID == 0 {
			t.Fatalf("row %d: claimed %v, reply id %d", i, r.Claimed, r.Reply.ID)
		}
		if got, _ := st.GetMessage(ctx, r.InboundID); got.Status != jaga.StatusProcessed || !got.UpdatedAt.Equal(at) {
			t.Fatalf("row %d: inbound status %s at %v", i, got.Status, got.UpdatedAt)
		}
		got, err := st.GetMessage(ctx, r.Reply.ID)
		want := r.Reply
		if err != nil || got.RedactedText != want.RedactedText || string(got.Sealed) != string(want.Sealed) ||
			got.ReplyTo != r.InboundID || got.Status != jaga.StatusQueued || got.Author != "assistant" ||
			!got.ModelCalled || got.PromptVersion != "v1" || got.TokensIn != 10 || got.TokensOut != 3 || got.TokenCount != 3 ||
			strings.Join(got.SnapshotSections, ",") != "stock,hours" || got.ConversationID != want.ConversationID ||
			got.SubjectID != want.SubjectID || !got.CreatedAt.Equal(at) {
			t.Fatalf("row %d: reply = %+v, %v", i, got, err)
		}
	}
	// Another attempt finds the first turn done and stores nothing for it;
	// a turn beside it in the same batch still ends.
	in3 := inbound(s, c, "ft-3")
	again := []store.FinishRow{{InboundID: in.ID, At: at, Reply: reply(in, "Stok ada.")}, {InboundID: in3.ID, At: at, Reply: reply(in3, "Sama-sama.")}}
	if err := st.FinishTurns(ctx, again, "deliver", opts); err != nil {
		t.Fatalf("second FinishTurns: %v", err)
	}
	if again[0].Claimed || again[0].Reply.ID != 0 || !again[1].Claimed || again[1].Reply.ID == 0 {
		t.Fatalf("second FinishTurns: %+v", again)
	}
	if msgs, _ := st.ListMessagesBySubject(ctx, s.ID); len(msgs) != 4 {
		t.Fatalf("%d messages, want two inbound and one reply each", len(msgs))
	}
	if jobs := countJobs(t, st, "deliver"); jobs != 3 {
		t.Fatalf("%d deliver jobs, want 3", jobs)
	}
	// A row that is not a queued reply to its inbound message is refused.
	bad := reply(in3, "x")
	bad.ReplyTo = in.ID
	if err := st.FinishTurns(ctx, []store.FinishRow{{InboundID: in3.ID, At: at, Reply: bad}}, "deliver", opts); err == nil {
		t.Fatal("a reply to another message was accepted")
	}
}

func testPrivacyState(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, i, c := NewPerson(t, st, jaga.ChannelTelegram, "47")
	other, oi, _ := NewPerson(t, st, jaga.ChannelTelegram, "48")
	m := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
		ChannelMessageID: "ps-1", RedactedText: "halo", Status: jaga.StatusReceived, CreatedAt: t0}
	if err := st.CreateMessage(ctx, m); err != nil {
		t.Fatal(err)
	}
	// GetPrivacyState, and GetTurn's copy of it, which must agree.
	state := func() *store.PrivacyState {
		t.Helper()
		ps, err := st.GetPrivacyState(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		tc, err := st.GetTurn(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(tc.Privacy, ps) {
			t.Fatalf("GetTurn's privacy state %+v, GetPrivacyState's %+v", tc.Privacy, ps)
		}
		return ps
	}
	if ps := state(); len(ps.Consents) != 0 || ps.ErasureAwaiting != 0 {
		t.Fatalf("fresh subject: %+v", ps)
	}
	consent := func(subj, ident int64, purpose string, granted bool) {
		if err := st.CreateConsent(ctx, &jaga.Consent{SubjectID: subj, IdentityID: ident, Channel: jaga.ChannelTelegram,
			Purpose: purpose, Granted: granted, CreatedAt: t0}); err != nil {
			t.Fatal(err)
		}
	}
	consent(s.ID, i.ID, "privacy_notice", true)
	consent(s.ID, i.ID, jaga.PurposeAI, true)
	consent(s.ID, i.ID, jaga.PurposeAI, false)
	consent(s.ID, i.ID, "restriction", true)
	consent(s.ID, i.ID, "restriction", false)
	consent(other.ID, oi.ID, jaga.PurposeAI, true)
	ps := state()
	want := map[string]bool{"privacy_notice": true, jaga.PurposeAI: false, "restriction": false}
	if len(ps.Consents) != len(want) || ps.ErasureAwaiting != 0 {
		t.Fatalf("state = %+v, want consents %v", ps, want)
	}
	for p, g := range want {
		if got, ok := ps.Consents[p]; !ok || got != g {
			t.Fatalf("consent %s = %v (%v), want %v", p, got, ok, g)
		}
	}
	mk := func(typ jaga.RequestType, status jaga.RequestStatus) *jaga.PrivacyRequest {
		r := &jaga.PrivacyRequest{SubjectID: s.ID, IdentityID: i.ID, Channel: jaga.ChannelTelegram, Type: typ,
			Status: status, ReceivedAt: t0, DueAt: t0.Add(time.Hour)}
		if err := st.CreatePrivacyRequest(ctx, r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	mk(jaga.RequestAccess, jaga.RequestAwaitingConfirmation)
	mk(jaga.RequestErasure, jaga.RequestCancelled)
	if ps := state(); ps.ErasureAwaiting != 0 {
		t.Fatalf("no erasure awaits, got %d", ps.ErasureAwaiting)
	}
	mk(jaga.RequestErasure, jaga.RequestAwaitingConfirmation)
	newest := mk(jaga.RequestErasure, jaga.RequestAwaitingConfirmation)
	if ps := state(); ps.ErasureAwaiting != newest.ID || !ps.Consents["privacy_notice"] {
		t.Fatalf("state = %+v, want erasure %d", ps, newest.ID)
	}
}

func testAuditChain(t *testing.T, st store.Store) {
	ctx := context.Background()
	errs := make(chan error, 20)
	for k := range 20 {
		go func() {
			errs <- st.AppendAudit(ctx, &jaga.AuditRecord{At: t0.Add(time.Duration(k) * time.Second), Actor: "jaga",
				Action: "test", SubjectID: int64(k % 3), Detail: fmt.Sprintf("record %d", k)})
		}()
	}
	for range 20 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	recs, err := st.ListAudit(ctx, 0, 100)
	if err != nil || len(recs) != 20 {
		t.Fatalf("ListAudit = %d, %v", len(recs), err)
	}
	if err := VerifyAuditChain(recs); err != nil {
		t.Fatal(err)
	}
	bySubject, _ := st.ListAuditBySubject(ctx, 1)
	if len(bySubject) != 7 {
		t.Fatalf("ListAuditBySubject = %d, want 7", len(bySubject))
	}
}

// VerifyAuditChain checks every record's hash and link, from the first.
func VerifyAuditChain(recs []*jaga.AuditRecord) error {
	var prev []byte
	for _, r := range recs {
		if !bytes.Equal(r.PrevHash, prev) {
			return fmt.Errorf("audit record %d: chain broken (prev hash mismatch)", r.ID)
		}
		if !bytes.Equal(r.Hash, sqlstore.AuditHash(prev, r)) {
			return fmt.Errorf("audit record %d: hash mismatch", r.ID)
		}
		prev = r.Hash
	}
	return nil
}

func testVaults(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, _, c := NewPerson(t, st, jaga.ChannelTelegram, "47")
	if _, err := st.GetVault(ctx, c.ID); !jaga.IsNotFound(err) {
		t.Fatalf("GetVault(none) error = %v", err)
	}
	for _, v := range [][]byte{{1}, {2, 2}} {
		if err := st.PutVault(ctx, c.ID, s.ID, v, t0); err != nil {
			t.Fatal(err)
		}
	}
	got, err := st.GetVault(ctx, c.ID)
	if err != nil || !bytes.Equal(got, []byte{2, 2}) {
		t.Fatalf("GetVault = %v, %v", got, err)
	}
	if n, err := st.DeleteVaultsBySubject(ctx, s.ID); err != nil || n != 1 {
		t.Fatalf("DeleteVaultsBySubject = %d, %v", n, err)
	}
}

func testCryptoShredding(t *testing.T, st store.Store) {
	ctx := context.Background()
	master, _ := seal.NewKey(seal.GenerateRaw())
	ring := seal.NewKeyring(master, nil)
	s, _, c := NewPerson(t, st, jaga.ChannelTelegram, "48")
	other, _, oc := NewPerson(t, st, jaga.ChannelTelegram, "49")
	original := "NIK saya 3171011708450001, hp 0812-0000-0001"
	store1 := func(subject *jaga.Subject, conv *jaga.Conversation, id string) *jaga.Message {
		k, err := ring.Key(ctx, st, subject.ID)
		if err != nil {
			t.Fatal(err)
		}
		m := inbound(conv, id, "NIK saya [NIK_1], hp [PHONE_1]")
		m.Sealed = seal.SealText(k, subject.ID, original)
		if err := st.CreateMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	m := store1(s, c, "48:1")
	om := store1(other, oc, "49:1")

	// A fresh keyring (another process, no cache) opens the original.
	fresh := seal.NewKeyring(master, nil)
	open := func(ring *seal.Keyring, subjectID, msgID int64) (string, error) {
		got, err := st.GetMessage(ctx, msgID)
		if err != nil {
			return "", err
		}
		k, err := ring.ExistingKey(ctx, st, subjectID)
		if err != nil {
			return "", err
		}
		return seal.OpenText(k, subjectID, got.Sealed)
	}
	if text, err := open(fresh, s.ID, m.ID); err != nil || text != original {
		t.Fatalf("open before shredding = %q, %v", text, err)
	}
	// The sealed value is bound to its subject: another subject's key cannot open it.
	ok, _ := ring.Key(ctx, st, other.ID)
	if _, err := seal.OpenText(ok, other.ID, m.Sealed); !errors.Is(err, seal.ErrOpen) {
		t.Fatalf("opened with another subject's key: %v", err)
	}

	if err := st.DeleteDataKey(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	ring.Forget(s.ID)
	after := seal.NewKeyring(master, nil)
	if _, err := open(after, s.ID, m.ID); !jaga.IsNotFound(err) {
		t.Fatalf("open after shredding: error = %v, want not found (key gone)", err)
	}
	// Even a brand-new key for the same subject does not open old originals.
	nk, err := after.Key(ctx, st, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seal.OpenText(nk, s.ID, m.Sealed); !errors.Is(err, seal.ErrOpen) {
		t.Fatalf("old original opened with a new key: %v", err)
	}
	// Other people's originals are untouched.
	if text, err := open(after, other.ID, om.ID); err != nil || text != original {
		t.Fatalf("other subject after shredding = %q, %v", text, err)
	}
}

func testTxRollback(t *testing.T, st store.Store) {
	ctx := context.Background()
	sentinel := errors.New("rollback")
	var id int64
	err := st.WithTx(ctx, func(q store.Queries) error {
		s := &jaga.Subject{CreatedAt: t0}
		if err := q.CreateSubject(ctx, s); err != nil {
			return err
		}
		id = s.ID
		return sentinel
	})
	if !errors.Is(err, sentinel) {
		t.Fatalf("WithTx error = %v", err)
	}
	if _, err := st.GetSubject(ctx, id); !jaga.IsNotFound(err) {
		t.Fatalf("rolled-back subject visible: %v", err)
	}
}

func testReady(t *testing.T, st store.Store) {
	ctx := context.Background()
	if err := st.Ready(ctx); err != nil {
		t.Fatalf("Ready: %v", err)
	}
	// Migrating again is a no-op.
	if err := st.Migrate(ctx); err != nil {
		t.Fatalf("second Migrate: %v", err)
	}
}

func testFindPerson(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, i, c := NewPerson(t, st, jaga.ChannelTelegram, "person-1")
	if err := st.SetHandoff(ctx, c.ID, &t0); err != nil {
		t.Fatal(err)
	}
	gi, gc, err := st.FindPerson(ctx, jaga.ChannelTelegram, "person-1", "person-1")
	if err != nil || gi.ID != i.ID || gi.SubjectID != s.ID || gc == nil || gc.ID != c.ID ||
		gc.ExternalChatID != "person-1" || !gc.CreatedAt.Equal(t0) || gc.HandoffAt == nil || gc.LastInboundAt != nil || gc.LegalHold {
		t.Fatalf("FindPerson = %+v, %+v, %v", gi, gc, err)
	}
	cc, ci, cs, err := st.GetConversationContext(ctx, c.ID)
	if err != nil || cc.ID != c.ID || cc.HandoffAt == nil || ci.ID != i.ID || ci.ExternalID != "person-1" || cs.ID != s.ID ||
		cs.Language != "id" || !cs.CreatedAt.Equal(t0) || cs.ErasedAt != nil {
		t.Fatalf("GetConversationContext = %+v, %+v, %+v, %v", cc, ci, cs, err)
	}
	in := func(cmid string) *jaga.Message {
		m := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
			ChannelMessageID: cmid, RedactedText: "halo", Status: jaga.StatusReceived, CreatedAt: t0}
		if err := st.CreateMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	m1, m2 := in("tc-1"), in("tc-2")
	tc, err := st.GetTurn(ctx, m1.ID)
	if err != nil || tc.Message.ID != m1.ID || tc.Message.RedactedText != "halo" || tc.Pending || tc.Vault != nil ||
		tc.Conversation.ID != c.ID || tc.Conversation.HandoffAt == nil || tc.Identity.ID != i.ID ||
		tc.Identity.Channel != jaga.ChannelTelegram || tc.Subject.ID != s.ID || tc.Subject.Language != "id" {
		t.Fatalf("GetTurn(first) = %+v, %v", tc, err)
	}
	if err := st.PutVault(ctx, c.ID, s.ID, []byte("sealed-vault"), t0); err != nil {
		t.Fatal(err)
	}
	if tc, err = st.GetTurn(ctx, m2.ID); err != nil || !tc.Pending || string(tc.Vault) != "sealed-vault" {
		t.Fatalf("GetTurn(second) = %+v, %v: the first is still pending", tc, err)
	}
	if _, err := st.MarkProcessed(ctx, m1.ID, t0); err != nil {
		t.Fatal(err)
	}
	if tc, err = st.GetTurn(ctx, m2.ID); err != nil || tc.Pending {
		t.Fatalf("GetTurn(second) = %+v, %v after the first was processed", tc, err)
	}
	if _, err := st.GetTurn(ctx, m2.ID+100); !jaga.IsNotFound(err) {
		t.Fatalf("GetTurn(unknown) error = %v", err)
	}
	gi, gc, err = st.FindPerson(ctx, jaga.ChannelTelegram, "person-1", "a-group-chat")
	if err != nil || gi.ID != i.ID || gc != nil {
		t.Fatalf("FindPerson(other chat) = %+v, %+v, %v", gi, gc, err)
	}
	if _, _, err := st.FindPerson(ctx, jaga.ChannelWhatsApp, "person-1", "person-1"); !jaga.IsNotFound(err) {
		t.Fatalf("FindPerson(unknown) error = %v", err)
	}
}

func testTokenUsage(t *testing.T, st store.Store) {
	ctx := context.Background()
	if n, err := st.TokensUsed(ctx, 1, "2026-11"); err != nil || n != 0 {
		t.Fatalf("TokensUsed(none) = %d, %v", n, err)
	}
	for _, add := range []int64{100, 250} {
		if err := st.AddTokens(ctx, 1, "2026-11", add); err != nil {
			t.Fatal(err)
		}
	}
	_ = st.AddTokens(ctx, 1, "2026-12", 7)
	_ = st.AddTokens(ctx, 2, "2026-11", 9)
	if n, err := st.TokensUsed(ctx, 1, "2026-11"); err != nil || n != 350 {
		t.Fatalf("TokensUsed = %d, %v, want 350", n, err)
	}
}

func testMarkSentMany(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, _, c := NewPerson(t, st, jaga.ChannelTelegram, "53")
	var ids []int64
	for i := range 3 {
		m := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Outbound, Channel: jaga.ChannelTelegram,
			RedactedText: "ok", Status: jaga.StatusQueued, Author: "assistant", ReplyTo: int64(1000 + i), CreatedAt: t0}
		if err := st.CreateMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	at := t0.Add(time.Minute)
	if err := st.MarkSentMany(ctx, []store.SentRow{{ID: ids[1], ChannelMessageID: "tg-2", At: at}, {ID: ids[0], ChannelMessageID: "tg-1", At: at}}); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"tg-1", "tg-2"} {
		got, err := st.GetMessage(ctx, ids[i])
		if err != nil || got.Status != jaga.StatusSent || got.ChannelMessageID != want || !got.UpdatedAt.Equal(at) {
			t.Fatalf("message %d = %+v, %v", i, got, err)
		}
		if found, err := st.FindOutboundByChannelID(ctx, jaga.ChannelTelegram, want); err != nil || found.ID != ids[i] {
			t.Fatalf("FindOutboundByChannelID(%s) = %+v, %v", want, found, err)
		}
	}
	if got, _ := st.GetMessage(ctx, ids[2]); got.Status != jaga.StatusQueued {
		t.Fatalf("a message outside the batch changed: %s", got.Status)
	}
	if err := st.MarkSentMany(ctx, []store.SentRow{{ID: ids[2], ChannelMessageID: "tg-3", At: at}, {ID: 1 << 40, ChannelMessageID: "x", At: at}}); !jaga.IsNotFound(err) {
		t.Fatalf("a missing message: %v, want not found", err)
	}
}

// testHeldJobs: a reply's job is held when its turn will send it, unless
// an older reply of the conversation is still queued; marking the reply sent
// deletes its held job, and a released job is due when asked.
func testHeldJobs(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, _, c := NewPerson(t, st, jaga.ChannelTelegram, "56")
	s2, _, c2 := NewPerson(t, st, jaga.ChannelTelegram, "57")
	turn := func(subj *jaga.Subject, conv *jaga.Conversation, cmid string, hold time.Duration) store.FinishRow {
		t.Helper()
		in := &jaga.Message{ConversationID: conv.ID, SubjectID: subj.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
			ChannelMessageID: cmid, Status: jaga.StatusReceived, CreatedAt: t0}
		if err := st.CreateMessage(ctx, in); err != nil {
			t.Fatal(err)
		}
		return store.FinishRow{InboundID: in.ID, At: t0, Hold: hold, Reply: &jaga.Message{ConversationID: conv.ID,
			SubjectID: subj.ID, Direction: jaga.Outbound, Channel: jaga.ChannelTelegram, RedactedText: "ok",
			Sealed: []byte("sealed"), Status: jaga.StatusQueued, Author: "assistant", ReplyTo: in.ID, CreatedAt: t0}}
	}
	opts := river.InsertOpts{Queue: "deliveries", MaxAttempts: 10}
	rows := []store.FinishRow{turn(s, c, "hj-1", time.Hour), turn(s2, c2, "hj-2", 0)}
	if err := st.FinishTurns(ctx, rows, "deliver", opts); err != nil {
		t.Fatal(err)
	}
	if r := rows[0]; !r.Claimed || r.Reply.ID == 0 || r.JobID == 0 || !r.Held {
		t.Fatalf("held row: %+v", r)
	}
	if r := rows[1]; !r.Claimed || r.JobID == 0 || r.Held {
		t.Fatalf("row without a hold: %+v", r)
	}
	if ok, due := jobDue(t, st, rows[0].JobID); !ok || due {
		t.Fatalf("held job: exists %v, due %v; want it waiting", ok, due)
	}
	if ok, due := jobDue(t, st, rows[1].JobID); !ok || !due {
		t.Fatalf("job without a hold: exists %v, due %v; want it due", ok, due)
	}
	// The first reply is still queued: the next one of that conversation
	// is left to its job, which sends it after the first.
	next := []store.FinishRow{turn(s, c, "hj-3", time.Hour)}
	if err := st.FinishTurns(ctx, next, "deliver", opts); err != nil {
		t.Fatal(err)
	}
	if r := next[0]; !r.Claimed || r.JobID == 0 || r.Held {
		t.Fatalf("a reply behind a queued one was held: %+v", r)
	}
	if ok, due := jobDue(t, st, next[0].JobID); !ok || !due {
		t.Fatalf("job behind a queued reply: exists %v, due %v; want it due", ok, due)
	}
	// Sent: the reply is marked and its held job deleted.
	if err := st.MarkSentMany(ctx, []store.SentRow{{ID: rows[0].Reply.ID, ChannelMessageID: "tg-h1", At: t0, JobID: rows[0].JobID}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.GetMessage(ctx, rows[0].Reply.ID); got.Status != jaga.StatusSent {
		t.Fatalf("reply status %s after MarkSentMany", got.Status)
	}
	if ok, _ := jobDue(t, st, rows[0].JobID); ok {
		t.Fatal("the held job of a sent reply is still there")
	}
	// Not sent: the held job is released, due when the channel asked.
	later := []store.FinishRow{turn(s, c, "hj-4", time.Hour), turn(s2, c2, "hj-5", time.Hour)}
	if err := st.MarkSentMany(ctx, []store.SentRow{{ID: next[0].Reply.ID, ChannelMessageID: "tg-h3", At: t0}}); err != nil {
		t.Fatal(err)
	}
	if err := st.MarkSentMany(ctx, []store.SentRow{{ID: rows[1].Reply.ID, ChannelMessageID: "tg-h2", At: t0}}); err != nil {
		t.Fatal(err)
	}
	if err := st.FinishTurns(ctx, later, "deliver", opts); err != nil {
		t.Fatal(err)
	}
	if !later[0].Held || !later[1].Held {
		t.Fatalf("replies with nothing queued before them were not held: %+v", later)
	}
	if err := st.ReleaseJob(ctx, later[0].JobID, 0); err != nil {
		t.Fatal(err)
	}
	if err := st.ReleaseJob(ctx, later[1].JobID, time.Minute); err != nil {
		t.Fatal(err)
	}
	if ok, due := jobDue(t, st, later[0].JobID); !ok || !due {
		t.Fatalf("released job: exists %v, due %v; want it due", ok, due)
	}
	if ok, due := jobDue(t, st, later[1].JobID); !ok || due {
		t.Fatalf("job released for a minute: exists %v, due %v; want it waiting", ok, due)
	}
}

// testOlderWaiting: a turn waits while the conversation's previous inbound
// message awaits its turn, a reply while the previous reply is unsent —
// whatever lies between them, and only within the conversation.
func testOlderWaiting(t *testing.T, st store.Store) {
	ctx := context.Background()
	s, _, c := NewPerson(t, st, jaga.ChannelTelegram, "54")
	s2, _, c2 := NewPerson(t, st, jaga.ChannelTelegram, "55")
	n := 0
	add := func(subj *jaga.Subject, conv *jaga.Conversation, dir jaga.Direction) *jaga.Message {
		n++
		m := &jaga.Message{ConversationID: conv.ID, SubjectID: subj.ID, Direction: dir, Channel: jaga.ChannelTelegram,
			Status: jaga.StatusReceived, CreatedAt: t0}
		if dir == jaga.Inbound {
			m.ChannelMessageID = fmt.Sprintf("ow-%d", n)
		} else {
			m.Status, m.Author, m.ReplyTo = jaga.StatusQueued, "assistant", int64(5000+n)
		}
		if err := st.CreateMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	in1, out1 := add(s, c, jaga.Inbound), add(s, c, jaga.Outbound)
	add(s2, c2, jaga.Inbound) // another conversation's messages count for nothing
	add(s2, c2, jaga.Outbound)
	in2, out2 := add(s, c, jaga.Inbound), add(s, c, jaga.Outbound)
	check := func(when string, wantTurn, wantReply bool) {
		t.Helper()
		tc, err := st.GetTurn(ctx, in2.ID)
		if err != nil || tc.Pending != wantTurn {
			t.Fatalf("%s: GetTurn pending %v, %v; want %v", when, tc.Pending, err, wantTurn)
		}
		if got, err := st.HasPendingInbound(ctx, c.ID, in2.ID); err != nil || got != wantTurn {
			t.Fatalf("%s: HasPendingInbound %v, %v; want %v", when, got, err, wantTurn)
		}
		_, _, waiting, err := st.GetDelivery(ctx, out2.ID)
		if err != nil || waiting != wantReply {
			t.Fatalf("%s: GetDelivery waiting %v, %v; want %v", when, waiting, err, wantReply)
		}
		if got, err := st.HasQueuedOutbound(ctx, c.ID, out2.ID); err != nil || got != wantReply {
			t.Fatalf("%s: HasQueuedOutbound %v, %v; want %v", when, got, err, wantReply)
		}
		// The batched reads answer as the single ones, and leave out a
		// message that does not exist.
		turns, err := st.GetTurns(ctx, []int64{in1.ID, in2.ID, out2.ID + 1000})
		if err != nil || len(turns) != 2 {
			t.Fatalf("%s: GetTurns = %d turns, %v", when, len(turns), err)
		}
		for _, id := range []int64{in1.ID, in2.ID} {
			if one, err := st.GetTurn(ctx, id); err != nil || !reflect.DeepEqual(one, turns[id]) {
				t.Fatalf("%s: GetTurns[%d] = %+v, GetTurn %+v, %v", when, id, turns[id], one, err)
			}
		}
		ds, err := st.GetDeliveries(ctx, []int64{out1.ID, out2.ID, out2.ID + 1000})
		if err != nil || len(ds) != 2 {
			t.Fatalf("%s: GetDeliveries = %d, %v", when, len(ds), err)
		}
		for _, id := range []int64{out1.ID, out2.ID} {
			m, conv, waiting, err := st.GetDelivery(ctx, id)
			if err != nil || !reflect.DeepEqual(&store.Delivery{Message: m, Conversation: conv, Waiting: waiting}, ds[id]) {
				t.Fatalf("%s: GetDeliveries[%d] = %+v, GetDelivery %+v, %+v, %v, %v", when, id, ds[id], m, conv, waiting, err)
			}
		}
	}
	check("both older ones waiting", true, true)
	if ok, err := st.MarkProcessed(ctx, in1.ID, t0); !ok || err != nil {
		t.Fatal(ok, err)
	}
	check("older turn done", false, true)
	if err := st.MarkSent(ctx, out1.ID, "tg-ow", t0); err != nil {
		t.Fatal(err)
	}
	check("older reply sent", false, false)
	if tc, err := st.GetTurn(ctx, in1.ID); err != nil || tc.Pending {
		t.Fatalf("the first message waits for nothing: %v, %v", tc.Pending, err)
	}
	if _, _, waiting, err := st.GetDelivery(ctx, out1.ID); err != nil || waiting {
		t.Fatalf("the first reply waits for nothing: %v, %v", waiting, err)
	}
}

// countJobs counts the jobs of a kind in River's table, on either backend.
func countJobs(t *testing.T, st store.Store, kind string) int {
	t.Helper()
	var n int
	var err error
	switch db := st.(type) {
	case interface{ Pool() *pgxpool.Pool }:
		err = db.Pool().QueryRow(context.Background(), `SELECT count(*) FROM river_job WHERE kind = $1`, kind).Scan(&n)
	case interface{ SQL() *sql.DB }:
		err = db.SQL().QueryRow(`SELECT count(*) FROM river_job WHERE kind = ?`, kind).Scan(&n)
	default:
		t.Fatalf("cannot count jobs in %T", st)
	}
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// jobDue reports whether a job exists and whether it is due (River would
// fetch it now), on either backend.
func jobDue(t *testing.T, st store.Store, id int64) (exists, due bool) {
	t.Helper()
	var err error
	switch db := st.(type) {
	case interface{ Pool() *pgxpool.Pool }:
		err = db.Pool().QueryRow(context.Background(),
			`SELECT scheduled_at <= now() FROM river_job WHERE id = $1 AND state = 'available'`, id).Scan(&due)
	case interface{ SQL() *sql.DB }:
		err = db.SQL().QueryRow(
			`SELECT scheduled_at <= datetime('now', 'subsec') FROM river_job WHERE id = ? AND state = 'available'`, id).Scan(&due)
	default:
		t.Fatalf("cannot read jobs in %T", st)
	}
	if errors.Is(err, sql.ErrNoRows) || errors.Is(err, pgx.ErrNoRows) {
		return false, false
	} else if err != nil {
		t.Fatal(err)
	}
	return true, due
}

// ParityArgs is the job kind of WriteParityJobs.
type ParityArgs struct {
	MessageID int64 `json:"message_id"`
}

// Kind implements river.JobArgs.
func (ParityArgs) Kind() string { return "parity" }

// WriteParityJobs writes four jobs of kind "parity" for a backend's test
// that jaga's own job rows match River's: InsertInbound's and FinishTurns'
// rows first, then River's own for the same two messages, in that order.
func WriteParityJobs(t *testing.T, st store.Store) {
	t.Helper()
	ctx := context.Background()
	s, i, c := NewPerson(t, st, jaga.ChannelTelegram, "parity")
	opts := river.InsertOpts{Queue: "turns", MaxAttempts: 5}
	m := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Inbound, Channel: jaga.ChannelTelegram,
		ChannelMessageID: "parity-1", Status: jaga.StatusReceived, CreatedAt: time.Now()}
	if err := st.InsertInbound(ctx, []store.InboundRow{{Message: m, IdentityID: i.ID}}, ParityArgs{}.Kind(), opts); m.ID == 0 || err != nil {
		t.Fatalf("InsertInbound: id %d, %v", m.ID, err)
	}
	reply := &jaga.Message{ConversationID: c.ID, SubjectID: s.ID, Direction: jaga.Outbound, Channel: jaga.ChannelTelegram,
		Status: jaga.StatusQueued, Author: "assistant", ReplyTo: m.ID, CreatedAt: time.Now()}
	if err := st.FinishTurns(ctx, []store.FinishRow{{InboundID: m.ID, At: time.Now(), Reply: reply}}, ParityArgs{}.Kind(), opts); reply.ID == 0 || err != nil {
		t.Fatalf("FinishTurns: id %d, %v", reply.ID, err)
	}
	for _, id := range []int64{m.ID, reply.ID} {
		if _, err := st.Enqueue(ctx, ParityArgs{MessageID: id}, &opts); err != nil {
			t.Fatal(err)
		}
	}
}

// CompareParityJobs fails unless the four rows read back after
// WriteParityJobs (in id order) pair up: ours for the message and the reply
// equal River's for the same two.
func CompareParityJobs[Row any](t *testing.T, got []Row) {
	t.Helper()
	if len(got) != 4 {
		t.Fatalf("%d parity jobs, want 4", len(got))
	}
	for k := range 2 {
		if !reflect.DeepEqual(got[k], got[k+2]) {
			t.Fatalf("job %d differs from River's:\n ours  %v\n River %v", k, got[k], got[k+2])
		}
	}
}
