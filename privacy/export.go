package privacy

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store"
)

// Dossier is everything jaga holds about a person, as exported (Pasal 7,
// 13, 32): their identities, conversations and messages (originals and
// what the model saw), consents, requests, and the processing trail.
type Dossier struct {
	Subject         DossierSubject        `json:"subject"`
	Identities      []DossierIdentity     `json:"identities"`
	Conversations   []DossierConversation `json:"conversations"`
	Messages        []DossierMessage      `json:"messages"`
	Consents        []DossierConsent      `json:"consents"`
	PrivacyRequests []DossierRequest      `json:"privacy_requests"`
	ProcessingTrail []DossierAudit        `json:"processing_trail"`
	GeneratedAt     time.Time             `json:"generated_at"`
}

// DossierSubject is the person record.
type DossierSubject struct {
	ID        int64     `json:"id"`
	Language  string    `json:"language"`
	CreatedAt time.Time `json:"created_at"`
}

// DossierIdentity is one chat account.
type DossierIdentity struct {
	Channel    string     `json:"channel"`
	ExternalID string     `json:"external_id"`
	Linked     bool       `json:"linked_to_business_account"`
	CreatedAt  time.Time  `json:"created_at"`
	LinkedAt   *time.Time `json:"linked_at,omitempty"`
}

// DossierConversation is one conversation.
type DossierConversation struct {
	ID            int64     `json:"id"`
	Channel       string    `json:"channel"`
	CreatedAt     time.Time `json:"created_at"`
	LastMessageAt time.Time `json:"last_message_at"`
}

// DossierMessage is one message, with what the model saw of it.
type DossierMessage struct {
	ID               int64     `json:"id"`
	ConversationID   int64     `json:"conversation_id"`
	Direction        string    `json:"direction"`
	Author           string    `json:"author,omitempty"`
	Text             string    `json:"text"`
	RedactedText     string    `json:"redacted_text"`
	SentToModel      bool      `json:"sent_to_model"`
	PromptVersion    string    `json:"prompt_version,omitempty"`
	SnapshotSections []string  `json:"snapshot_sections,omitempty"`
	Status           string    `json:"status"`
	CreatedAt        time.Time `json:"created_at"`
}

// DossierConsent is one consent ledger entry.
type DossierConsent struct {
	Purpose       string    `json:"purpose"`
	Granted       bool      `json:"granted"`
	NoticeVersion string    `json:"notice_version"`
	Channel       string    `json:"channel"`
	CreatedAt     time.Time `json:"created_at"`
}

// DossierRequest is one privacy request.
type DossierRequest struct {
	ID         int64      `json:"id"`
	Type       string     `json:"type"`
	Status     string     `json:"status"`
	ReceivedAt time.Time  `json:"received_at"`
	DueAt      time.Time  `json:"due_at"`
	ClosedAt   *time.Time `json:"closed_at,omitempty"`
	Outcome    string     `json:"outcome,omitempty"`
}

// DossierAudit is one audit entry about the person.
type DossierAudit struct {
	At     time.Time `json:"at"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"`
	Detail string    `json:"detail,omitempty"`
}

// BuildDossier gathers everything about a subject, originals opened with
// their data key.
func (s *Service) BuildDossier(ctx context.Context, q store.Queries, subjectID int64) (*Dossier, error) {
	subj, err := q.GetSubject(ctx, subjectID)
	if err != nil {
		return nil, err
	}
	d := &Dossier{Subject: DossierSubject{ID: subj.ID, Language: subj.Language, CreatedAt: subj.CreatedAt}, GeneratedAt: s.clock.Now()}
	idents, err := q.ListIdentitiesBySubject(ctx, subjectID)
	if err != nil {
		return nil, err
	}
	for _, i := range idents {
		d.Identities = append(d.Identities, DossierIdentity{Channel: string(i.Channel), ExternalID: i.ExternalID,
			Linked: i.Linked(), CreatedAt: i.CreatedAt, LinkedAt: i.LinkedAt})
	}
	convs, err := q.ListConversationsBySubject(ctx, subjectID)
	if err != nil {
		return nil, err
	}
	for _, c := range convs {
		d.Conversations = append(d.Conversations, DossierConversation{ID: c.ID, Channel: string(c.Channel),
			CreatedAt: c.CreatedAt, LastMessageAt: c.LastMessageAt})
	}
	msgs, err := q.ListMessagesBySubject(ctx, subjectID)
	if err != nil {
		return nil, err
	}
	var key *seal.Key
	if len(msgs) > 0 && s.cfg.Keyring != nil {
		if key, err = s.cfg.Keyring.ExistingKey(ctx, q, subjectID); err != nil && !jaga.IsNotFound(err) {
			return nil, err
		}
	}
	for _, m := range msgs {
		text := ""
		if key != nil && len(m.Sealed) > 0 {
			if text, err = seal.OpenText(key, subjectID, m.Sealed); err != nil {
				return nil, fmt.Errorf("open message %d: %w", m.ID, err)
			}
		}
		d.Messages = append(d.Messages, DossierMessage{ID: m.ID, ConversationID: m.ConversationID, Direction: string(m.Direction),
			Author: m.Author, Text: text, RedactedText: m.RedactedText, SentToModel: m.ModelCalled,
			PromptVersion: m.PromptVersion, SnapshotSections: m.SnapshotSections, Status: string(m.Status), CreatedAt: m.CreatedAt})
	}
	consents, err := q.ListConsents(ctx, subjectID)
	if err != nil {
		return nil, err
	}
	for _, c := range consents {
		d.Consents = append(d.Consents, DossierConsent{Purpose: c.Purpose, Granted: c.Granted, NoticeVersion: c.NoticeVersion,
			Channel: string(c.Channel), CreatedAt: c.CreatedAt})
	}
	reqs, err := q.ListPrivacyRequestsBySubject(ctx, subjectID)
	if err != nil {
		return nil, err
	}
	for _, r := range reqs {
		d.PrivacyRequests = append(d.PrivacyRequests, DossierRequest{ID: r.ID, Type: string(r.Type), Status: string(r.Status),
			ReceivedAt: r.ReceivedAt, DueAt: r.DueAt, ClosedAt: r.ClosedAt, Outcome: r.Outcome})
	}
	audit, err := q.ListAuditBySubject(ctx, subjectID)
	if err != nil {
		return nil, err
	}
	for _, a := range audit {
		d.ProcessingTrail = append(d.ProcessingTrail, DossierAudit{At: a.At, Actor: a.Actor, Action: a.Action, Detail: a.Detail})
	}
	return d, nil
}

// accessSummary answers an access request in the chat: counts and the
// processing trail, identifiers masked. The full copy is the export.
func (s *Service) accessSummary(ctx context.Context, q store.Queries, subjectID int64, lang string) (string, error) {
	d, err := s.BuildDossier(ctx, q, subjectID)
	if err != nil {
		return "", err
	}
	var in, out, model int
	sections := map[string]bool{}
	var lastModel time.Time
	for _, m := range d.Messages {
		if m.Direction == string(jaga.Inbound) {
			in++
		} else {
			out++
		}
		if m.SentToModel {
			model++
			lastModel = m.CreatedAt
			for _, s := range m.SnapshotSections {
				sections[s] = true
			}
		}
	}
	var ids []string
	for _, i := range d.Identities {
		ids = append(ids, i.Channel+" "+mask(i.ExternalID))
	}
	var secs []string
	for s := range sections {
		secs = append(secs, s)
	}
	sortStrings(secs)
	granted := "-"
	for _, c := range d.Consents {
		if c.Purpose == jaga.PurposeAI {
			granted = yesNo(c.Granted, lang)
		}
	}
	last := "-"
	if !lastModel.IsZero() {
		last = formatDue(lastModel, lang)
	}
	return Text("access_summary", lang, map[string]string{
		"identities":     strings.Join(ids, ", "),
		"conversations":  strconv.Itoa(len(d.Conversations)),
		"messages_in":    strconv.Itoa(in),
		"messages_out":   strconv.Itoa(out),
		"model_messages": strconv.Itoa(model),
		"last_model":     last,
		"sections":       orDash(strings.Join(secs, ", ")),
		"consent":        granted,
		"requests":       strconv.Itoa(len(d.PrivacyRequests)),
	}), nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func yesNo(b bool, lang string) string {
	switch {
	case b && lang == "en":
		return "yes"
	case b:
		return "ya"
	case lang == "en":
		return "no"
	}
	return "tidak"
}

func sortStrings(ss []string) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j] < ss[j-1]; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

// mask shows only the last three characters of an identifier.
func mask(s string) string {
	r := []rune(s)
	if len(r) <= 3 {
		return "***"
	}
	return strings.Repeat("*", min(len(r)-3, 8)) + string(r[len(r)-3:])
}

// ExportZip renders a dossier as a zip holding data.json and data.xlsx.
func ExportZip(d *Dossier) ([]byte, error) {
	js, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, err
	}
	xl, err := exportXLSX(d)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, b := range map[string][]byte{"data.json": js, "data.xlsx": xl} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: d.GeneratedAt})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(b); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func exportXLSX(d *Dossier) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	ts := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	sheets := []struct {
		name   string
		header []any
		rows   [][]any
	}{
		{"Identities", []any{"channel", "external_id", "linked", "created_at"}, nil},
		{"Conversations", []any{"id", "channel", "created_at", "last_message_at"}, nil},
		{"Messages", []any{"id", "conversation_id", "direction", "author", "text", "redacted_text", "sent_to_model", "snapshot_sections", "status", "created_at"}, nil},
		{"Consents", []any{"purpose", "granted", "notice_version", "channel", "created_at"}, nil},
		{"Requests", []any{"id", "type", "status", "received_at", "due_at", "outcome"}, nil},
		{"Processing trail", []any{"at", "actor", "action", "detail"}, nil},
	}
	for _, i := range d.Identities {
		sheets[0].rows = append(sheets[0].rows, []any{i.Channel, i.ExternalID, i.Linked, ts(i.CreatedAt)})
	}
	for _, c := range d.Conversations {
		sheets[1].rows = append(sheets[1].rows, []any{c.ID, c.Channel, ts(c.CreatedAt), ts(c.LastMessageAt)})
	}
	for _, m := range d.Messages {
		sheets[2].rows = append(sheets[2].rows, []any{m.ID, m.ConversationID, m.Direction, m.Author, m.Text, m.RedactedText,
			m.SentToModel, strings.Join(m.SnapshotSections, ","), m.Status, ts(m.CreatedAt)})
	}
	for _, c := range d.Consents {
		sheets[3].rows = append(sheets[3].rows, []any{c.Purpose, c.Granted, c.NoticeVersion, c.Channel, ts(c.CreatedAt)})
	}
	for _, r := range d.PrivacyRequests {
		sheets[4].rows = append(sheets[4].rows, []any{r.ID, r.Type, r.Status, ts(r.ReceivedAt), ts(r.DueAt), r.Outcome})
	}
	for _, a := range d.ProcessingTrail {
		sheets[5].rows = append(sheets[5].rows, []any{ts(a.At), a.Actor, a.Action, a.Detail})
	}
	for i, sh := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(sh.name); err != nil {
			return nil, err
		}
		sw, err := f.NewStreamWriter(sh.name)
		if err != nil {
			return nil, err
		}
		if err := sw.SetRow("A1", sh.header); err != nil {
			return nil, err
		}
		for r, row := range sh.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+2)
			if err := sw.SetRow(cell, row); err != nil {
				return nil, err
			}
		}
		if err := sw.Flush(); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func tokenHash(token string) []byte {
	h := sha256.Sum256([]byte("jaga-export:" + token))
	return h[:]
}

// prepareExport builds the export, seals it under the subject's key and
// returns its single-use link.
func (s *Service) prepareExport(ctx context.Context, q store.Queries, subjectID, requestID int64) (string, time.Time, error) {
	d, err := s.BuildDossier(ctx, q, subjectID)
	if err != nil {
		return "", time.Time{}, err
	}
	z, err := ExportZip(d)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("build export: %w", err)
	}
	key, err := s.cfg.Keyring.Key(ctx, q, subjectID)
	if err != nil {
		return "", time.Time{}, err
	}
	var raw [32]byte
	_, _ = rand.Read(raw[:])
	token := base64.RawURLEncoding.EncodeToString(raw[:])
	now := s.clock.Now()
	e := &jaga.Export{TokenHash: tokenHash(token), SubjectID: subjectID, RequestID: requestID,
		Sealed: key.Seal(z, exportAD(subjectID)), Size: len(z), CreatedAt: now, ExpiresAt: now.Add(s.cfg.ExportTTL)}
	if err := q.CreateExport(ctx, e); err != nil {
		return "", time.Time{}, err
	}
	return s.cfg.PublicURL + ExportPath + token, e.ExpiresAt, nil
}

func exportAD(subjectID int64) []byte {
	return []byte("jaga-export:" + strconv.FormatInt(subjectID, 10))
}

// ExportHandler serves export downloads: GET {ExportPath}{token}. A link
// works once and until it expires; anything else is the same 404, so a
// guessed token learns nothing.
func (s *Service) ExportHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", http.MethodGet)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		token := strings.TrimPrefix(r.URL.Path, ExportPath)
		notFound := func() {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte("This download link is not valid, was used already, or has expired.\n"))
		}
		if token == "" || len(token) > 64 || strings.ContainsAny(token, "/.") {
			notFound()
			return
		}
		var z []byte
		err := s.store.WithTx(r.Context(), func(q store.Queries) error {
			e, err := q.UseExport(r.Context(), tokenHash(token), s.clock.Now())
			if err != nil {
				return err
			}
			key, err := s.cfg.Keyring.ExistingKey(r.Context(), q, e.SubjectID)
			if err != nil {
				return err
			}
			z, err = key.Open(e.Sealed, exportAD(e.SubjectID))
			if err != nil {
				return jaga.Errorf(jaga.ENOTFOUND, "gone")
			}
			return q.AppendAudit(r.Context(), &jaga.AuditRecord{At: s.clock.Now(), Actor: fmt.Sprintf("subject:%d", e.SubjectID),
				Action: "export_downloaded", SubjectID: e.SubjectID, Detail: fmt.Sprintf("export %d downloaded", e.ID)})
		})
		if jaga.IsNotFound(err) {
			notFound()
			return
		} else if err != nil {
			s.log.Error("export download failed", "error", err.Error())
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/zip")
		w.Header().Set("Content-Disposition", `attachment; filename="jaga-data.zip"`)
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Length", strconv.Itoa(len(z)))
		_, _ = w.Write(z)
	})
}
