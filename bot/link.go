package bot

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"strings"
	"time"
	"unicode"

	"github.com/jaga-id/jaga"
)

// AccountChecker tells whether an account belongs to a business, so a code
// can only be made for a real account.
type AccountChecker interface {
	AccountInBusiness(ctx context.Context, accountID, businessID int64) (bool, error)
}

// linkAlphabet avoids characters people confuse (0/O, 1/I/L).
const linkAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// linkCodeLen gives 31^8 ≈ 8.5·10^11 codes; with five attempts an hour per
// identity and a 15-minute life, guessing is hopeless.
const linkCodeLen = 8

// maxLinkAttempts is how many failed codes an identity may try an hour.
const maxLinkAttempts = 5

// CreateLinkCode makes a one-time code that links the chat identity that
// sends it to an account of a business.
func (s *Service) CreateLinkCode(ctx context.Context, accountID, businessID int64) (string, time.Time, error) {
	if accountID <= 0 || businessID <= 0 {
		return "", time.Time{}, jaga.Errorf(jaga.EINVALID, "Account and business ids must be positive.")
	}
	if s.cfg.Accounts != nil {
		ok, err := s.cfg.Accounts.AccountInBusiness(ctx, accountID, businessID)
		if err != nil {
			return "", time.Time{}, err
		}
		if !ok {
			return "", time.Time{}, jaga.Errorf(jaga.ENOTFOUND, "Account %d has no role in business %d.", accountID, businessID)
		}
	}
	var raw [linkCodeLen]byte
	_, _ = rand.Read(raw[:])
	code := make([]byte, linkCodeLen)
	for i, b := range raw {
		code[i] = linkAlphabet[int(b)%len(linkAlphabet)]
	}
	now := s.clock.Now()
	lc := &jaga.LinkCode{CodeHash: hashCode(string(code)), AccountID: accountID, BusinessID: businessID,
		CreatedAt: now, ExpiresAt: now.Add(s.cfg.LinkCodeTTL)}
	if err := s.store.CreateLinkCode(ctx, lc); err != nil {
		return "", time.Time{}, err
	}
	return string(code), lc.ExpiresAt, nil
}

func hashCode(code string) []byte {
	h := sha256.Sum256([]byte("jaga-link:" + strings.ToUpper(code)))
	return h[:]
}

// linkCommand recognises "/start CODE" (Telegram's deep link) and
// "LINK CODE" / "HUBUNGKAN CODE" (WhatsApp and others).
func linkCommand(ch jaga.Channel, text string) (string, bool) {
	fields := strings.Fields(text)
	if len(fields) != 2 {
		return "", false
	}
	cmd := strings.ToLower(fields[0])
	if i := strings.IndexByte(cmd, '@'); i > 0 && strings.HasPrefix(cmd, "/") {
		cmd = cmd[:i]
	}
	switch cmd {
	case "/start", "/link", "link", "hubungkan", "/hubungkan":
	default:
		return "", false
	}
	code := strings.ToUpper(fields[1])
	if len(code) != linkCodeLen {
		return "", false
	}
	for _, r := range code {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return "", false
		}
	}
	return code, true
}

// link links the turn's identity with a code.
func (s *Service) link(ctx context.Context, t *Turn, code string) (*Reply, error) {
	now := s.clock.Now()
	n, err := s.store.CountLinkAttempts(ctx, t.Identity.ID, now.Add(-time.Hour))
	if err != nil {
		return nil, err
	}
	if n >= maxLinkAttempts {
		return botReply(t.Lang,
			"Terlalu banyak percobaan kode. Coba lagi dalam satu jam, atau minta kode baru ke admin.",
			"Too many code attempts. Try again in an hour, or ask your admin for a new code."), nil
	}
	lc, err := s.store.UseLinkCode(ctx, hashCode(code), t.Identity.ID, now)
	if jaga.IsNotFound(err) {
		if err := s.store.RecordLinkAttempt(ctx, t.Identity.ID, now); err != nil {
			return nil, err
		}
		return botReply(t.Lang,
			"Kode tidak valid atau sudah kedaluwarsa. Minta kode baru ke admin bisnis Anda.",
			"That code is not valid or has expired. Ask your business admin for a new code."), nil
	} else if err != nil {
		return nil, err
	}
	if err := s.store.LinkIdentity(ctx, t.Identity.ID, lc.AccountID, lc.BusinessID, now); err != nil {
		return nil, err
	}
	if err := s.store.AppendAudit(ctx, &jaga.AuditRecord{At: now, Actor: "jaga", Action: "identity_linked",
		SubjectID: t.Subject.ID, Detail: "identity linked to a business account"}); err != nil {
		return nil, err
	}
	t.Identity.AccountID, t.Identity.BusinessID, t.Identity.LinkedAt = lc.AccountID, lc.BusinessID, &now
	return botReply(t.Lang,
		"Akun Anda sudah terhubung. Sekarang Anda bisa bertanya tentang data bisnis Anda, misalnya \"berapa kas saya bulan ini?\"",
		"Your account is linked. You can now ask about your business data, for example \"what is my cash position this month?\""), nil
}

func botReply(lang, id, en string) *Reply {
	text := id
	if lang == "en" {
		text = en
	}
	return &Reply{Text: text, Redacted: text, Author: "bot"}
}
