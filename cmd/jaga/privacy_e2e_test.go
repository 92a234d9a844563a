package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/privacy"
	"github.com/jaga-id/jaga/seal"
)

// consented starts a conversation and agrees to AI processing: notice, YA.
func (e *e2e) consented(user int64, yes string) {
	e.t.Helper()
	e.say(user, "halo")
	e.tgReplies(user, 1)
	e.say(user, yes)
	e.tgReplies(user, 2)
}

func (e *e2e) requests(user int64) []*jaga.PrivacyRequest {
	e.t.Helper()
	ctx := context.Background()
	ident, err := e.main.Store.FindIdentity(ctx, jaga.ChannelTelegram, itoa(user))
	if err != nil {
		e.t.Fatal(err)
	}
	reqs, err := e.main.Store.ListPrivacyRequestsBySubject(ctx, ident.SubjectID)
	if err != nil {
		e.t.Fatal(err)
	}
	return reqs
}

func itoa(n int64) string { return strings.TrimSpace(strings.ReplaceAll(jsonNumber(n), "\"", "")) }

func jsonNumber(n int64) string { b, _ := json.Marshal(n); return string(b) }

// TestPrivacyRequestsInChat runs one scripted conversation per request type,
// in Indonesian and in English, through webhooks, jobs and the fake
// Telegram, and checks each request's record.
func TestPrivacyRequestsInChat(t *testing.T) {
	backends(t, func(t *testing.T, backend string) {
		e := newE2E(t, backend)
		e.start()
		tests := []struct {
			lang, yes, text string
			typ             jaga.RequestType
			status          jaga.RequestStatus
			reply           string // a piece of the reply
		}{
			{"id", "ya", "data saya dipakai buat apa aja ya?", jaga.RequestInformation, jaga.RequestDone, "Pemberitahuan privasi"},
			{"en", "yes", "What do you do with my data?", jaga.RequestInformation, jaga.RequestDone, "Privacy notice"},
			{"id", "ya", "Saya mau minta salinan data saya", jaga.RequestAccess, jaga.RequestDone, ""},
			{"en", "yes", "/mydata", jaga.RequestAccess, jaga.RequestDone, ""},
			{"id", "ya", "/ekspor", jaga.RequestExport, jaga.RequestDone, privacy.ExportPath},
			{"en", "yes", "Export my data in a machine-readable format", jaga.RequestExport, jaga.RequestDone, privacy.ExportPath},
			{"id", "ya", "Nama aku salah ketik, tolong dibenerin", jaga.RequestRectification, jaga.RequestOpen, ""},
			{"en", "yes", "Please correct my address", jaga.RequestRectification, jaga.RequestOpen, ""},
			{"id", "ya", "Tolong hapus semua data pribadi gue dari sistem kalian", jaga.RequestErasure, jaga.RequestAwaitingConfirmation, "HAPUS"},
			{"en", "yes", "Delete my data", jaga.RequestErasure, jaga.RequestAwaitingConfirmation, "DELETE"},
			{"id", "ya", "Saya tarik persetujuan penggunaan data saya", jaga.RequestWithdrawal, jaga.RequestDone, ""},
			{"en", "yes", "I withdraw my consent", jaga.RequestWithdrawal, jaga.RequestDone, ""},
			{"id", "ya", "Tolong tunda dulu pemrosesan data saya", jaga.RequestRestriction, jaga.RequestOpen, ""},
			{"en", "yes", "Please restrict processing of my data", jaga.RequestRestriction, jaga.RequestOpen, ""},
			{"id", "ya", "Saya keberatan keputusan ini cuma dari sistem, mau ditinjau manusia", jaga.RequestObjection, jaga.RequestOpen, ""},
			{"en", "yes", "I want a human to review this decision", jaga.RequestObjection, jaga.RequestOpen, ""},
			{"id", "ya", "Saya mau komplain soal penyalahgunaan data pribadi", jaga.RequestComplaint, jaga.RequestOpen, ""},
			{"en", "yes", "How do I file a complaint about my personal data?", jaga.RequestComplaint, jaga.RequestOpen, ""},
		}
		for i, tt := range tests {
			user := int64(20000 + i)
			e.consented(user, tt.yes)
			before := time.Now()
			e.say(user, tt.text)
			got := e.tgReplies(user, 3)[2]
			if tt.reply != "" && !strings.Contains(got, tt.reply) {
				t.Errorf("%s %q: reply %q does not contain %q", tt.lang, tt.text, got, tt.reply)
			}
			reqs := e.requests(user)
			if len(reqs) != 1 {
				t.Fatalf("%s %q: %d requests recorded, want 1", tt.lang, tt.text, len(reqs))
			}
			r := reqs[0]
			if r.Type != tt.typ || r.Status != tt.status {
				t.Errorf("%s %q: recorded %s/%s, want %s/%s", tt.lang, tt.text, r.Type, r.Status, tt.typ, tt.status)
			}
			if due := r.DueAt.Sub(r.ReceivedAt); due != 72*time.Hour {
				t.Errorf("%s %q: due %s after receipt, want 72h", tt.lang, tt.text, due)
			}
			if r.ReceivedAt.Before(before.Add(-time.Second)) {
				t.Errorf("received_at %s before the message was sent", r.ReceivedAt)
			}
			if tt.status == jaga.RequestOpen && !strings.Contains(got, "2026") && !strings.Contains(got, "2027") {
				t.Errorf("%s %q: acknowledgement %q does not state the due time", tt.lang, tt.text, got)
			}
		}
	})
}

// TestErasureInChat erases a person through the chat and checks that
// nothing of theirs can be read afterwards, on either backend, while another
// person's data is untouched.
func TestErasureInChat(t *testing.T) {
	backends(t, func(t *testing.T, backend string) {
		e := newE2E(t, backend)
		e.start()
		ctx := context.Background()
		const victim, other = 30001, 30002
		secret := "NIK saya 3171011708450001 dan HP 0812-7777-1234"
		for _, u := range []int64{victim, other} {
			e.consented(u, "ya")
			e.say(u, "/datasaya")    // a request of their own (kept after erasure)
			e.say(u, "/privasi "+"") // information
			e.tgReplies(u, 4)
		}
		_ = secret
		e.say(victim, "catatan: "+secret)
		e.say(other, "catatan: "+secret)
		e.tgReplies(victim, 5)
		e.tgReplies(other, 5)

		ident, _ := e.main.Store.FindIdentity(ctx, jaga.ChannelTelegram, itoa(victim))
		subjectID := ident.SubjectID
		msgs, _ := e.main.Store.ListMessagesBySubject(ctx, subjectID)
		var sealedCopy []byte
		for _, m := range msgs {
			if m.Direction == jaga.Inbound && strings.Contains(m.RedactedText, "catatan") {
				sealedCopy = m.Sealed // as a backup would hold it
				if strings.Contains(m.RedactedText, "3171011708450001") {
					t.Fatalf("NIK stored readable: %q", m.RedactedText)
				}
			}
		}
		if sealedCopy == nil {
			t.Fatal("no sealed original found")
		}

		e.say(victim, "hapus data saya")
		if got := e.tgReplies(victim, 6)[5]; !strings.Contains(got, "HAPUS") {
			t.Fatalf("erasure did not ask for the confirmation word: %q", got)
		}
		e.say(victim, "HAPUS")
		done := e.tgReplies(victim, 7)[6]
		if !strings.Contains(strings.ToLower(done), "hapus") {
			t.Fatalf("erasure confirmation = %q", done)
		}
		// The rows kept to send the confirmation go once it is sent.
		deadline := time.Now().Add(10 * time.Second)
		for {
			_, err := e.main.Store.FindIdentity(ctx, jaga.ChannelTelegram, itoa(victim))
			if jaga.IsNotFound(err) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("identity still there 10s after the erasure was confirmed")
			}
			time.Sleep(50 * time.Millisecond)
		}
		if msgs, _ := e.main.Store.ListMessagesBySubject(ctx, subjectID); len(msgs) != 0 {
			t.Fatalf("%d messages left after erasure", len(msgs))
		}
		if convs, _ := e.main.Store.ListConversationsBySubject(ctx, subjectID); len(convs) != 0 {
			t.Fatalf("%d conversations left after erasure", len(convs))
		}
		if _, err := e.main.Store.GetVault(ctx, subjectID); err == nil {
			t.Fatal("vault left after erasure")
		}
		if _, err := e.main.Store.GetDataKey(ctx, subjectID); !jaga.IsNotFound(err) {
			t.Fatalf("data key left after erasure: %v", err)
		}
		// A copy of the sealed original (a backup) cannot be opened: with a
		// fresh keyring over the same master key there is no key to open it.
		master, _ := seal.ParseMasterKey(testMasterK)
		ring := seal.NewKeyring(master, nil)
		if _, err := ring.ExistingKey(ctx, e.main.Store, subjectID); !jaga.IsNotFound(err) {
			t.Fatalf("key still obtainable after erasure: %v", err)
		}
		// Kept: the request records and the audit trail, without content.
		reqs, _ := e.main.Store.ListPrivacyRequestsBySubject(ctx, subjectID)
		var erased bool
		for _, r := range reqs {
			if r.Type == jaga.RequestErasure && r.Status == jaga.RequestDone {
				erased = true
			}
		}
		if !erased || len(reqs) < 3 {
			t.Fatalf("request records after erasure = %+v", reqs)
		}
		audit, _ := e.main.Store.ListAuditBySubject(ctx, subjectID)
		for _, a := range audit {
			if strings.Contains(a.Detail, "3171011708450001") || strings.Contains(a.Detail, "catatan") {
				t.Fatalf("audit entry holds message content: %q", a.Detail)
			}
		}
		// The other person is untouched and their original still opens.
		oi, err := e.main.Store.FindIdentity(ctx, jaga.ChannelTelegram, itoa(other))
		if err != nil {
			t.Fatal(err)
		}
		omsgs, _ := e.main.Store.ListMessagesBySubject(ctx, oi.SubjectID)
		ok, _ := ring.ExistingKey(ctx, e.main.Store, oi.SubjectID)
		found := false
		for _, m := range omsgs {
			if m.Direction == jaga.Inbound && strings.Contains(m.RedactedText, "catatan") {
				text, err := seal.OpenText(ok, oi.SubjectID, m.Sealed)
				if err != nil || text != "catatan: "+secret {
					t.Fatalf("other person's original = %q, %v", text, err)
				}
				found = true
			}
		}
		if !found {
			t.Fatal("other person's message gone")
		}
		// A new message from the erased person starts afresh: a new notice.
		e.say(victim, "halo lagi")
		if got := e.tgReplies(victim, 8)[7]; !strings.Contains(strings.ToLower(got), "privasi") {
			t.Fatalf("after erasure the person is not greeted afresh: %q", got)
		}
	})
}

var linkRE = regexp.MustCompile(`https?://\S+` + regexp.QuoteMeta(privacy.ExportPath) + `[A-Za-z0-9_-]+`)

// TestExportInChat asks for an export in the chat and downloads it once.
func TestExportInChat(t *testing.T) {
	backends(t, func(t *testing.T, backend string) {
		e := newE2E(t, backend)
		e.start()
		const person, other = 40001, 40002
		e.consented(other, "ya")
		e.say(other, "rahasia orang lain: kode ZZ-OTHER-991")
		e.tgReplies(other, 3)
		e.consented(person, "yes")
		e.say(person, "my note: call me at 0812-5555-0101")
		e.tgReplies(person, 3)
		e.say(person, "/export")
		reply := e.tgReplies(person, 4)[3]
		link := linkRE.FindString(reply)
		if link == "" {
			t.Fatalf("no export link in %q", reply)
		}
		resp, err := http.Get(link)
		if err != nil {
			t.Fatal(err)
		}
		z, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/zip" {
			t.Fatalf("download = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
		if err != nil {
			t.Fatal(err)
		}
		files := map[string][]byte{}
		for _, f := range zr.File {
			rc, _ := f.Open()
			files[f.Name], _ = io.ReadAll(rc)
			rc.Close()
		}
		if len(files["data.xlsx"]) == 0 {
			t.Fatal("no data.xlsx in the export")
		}
		var d privacy.Dossier
		if err := json.Unmarshal(files["data.json"], &d); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		ident, _ := e.main.Store.FindIdentity(ctx, jaga.ChannelTelegram, itoa(person))
		stored, _ := e.main.Store.ListMessagesBySubject(ctx, ident.SubjectID)
		exported := map[int64]bool{}
		for _, m := range d.Messages {
			exported[m.ID] = true
		}
		for _, m := range stored {
			if !exported[m.ID] && m.CreatedAt.Before(d.GeneratedAt) {
				t.Errorf("message %d missing from the export", m.ID)
			}
		}
		if !strings.Contains(string(files["data.json"]), "0812-5555-0101") {
			t.Error("the export does not hold the person's original text")
		}
		for name, b := range files {
			if bytes.Contains(b, []byte("ZZ-OTHER-991")) {
				t.Errorf("%s holds another person's message", name)
			}
		}
		// The link is a bearer secret: the copy stored in the clear (and
		// shown to the model as history) does not hold it.
		for _, m := range stored {
			if strings.Contains(m.RedactedText, privacy.ExportPath) {
				t.Fatalf("export link stored in the clear: %q", m.RedactedText)
			}
		}
		// Single use.
		resp, err = http.Get(link)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 404 {
			t.Fatalf("second download = %d, want 404", resp.StatusCode)
		}
	})
}

// TestAmbiguousRequestAsksFirst checks an ambiguous phrase gets a clarifying
// question and records nothing.
func TestAmbiguousRequestAsksFirst(t *testing.T) {
	e := newE2E(t, "sqlite")
	e.start()
	const user = 60001
	e.consented(user, "ya")
	e.say(user, "hapus chat ini dong")
	got := e.tgReplies(user, 3)[2]
	if !strings.Contains(got, "/hapusdata") {
		t.Fatalf("no clarifying question pointing to /hapusdata: %q", got)
	}
	if reqs := e.requests(user); len(reqs) != 0 {
		t.Fatalf("an ambiguous phrase recorded %d requests", len(reqs))
	}
}
