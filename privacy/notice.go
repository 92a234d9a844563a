package privacy

import (
	"fmt"
	"strings"
)

// NoticeVersion names the default notice's text. Change it whenever the
// text changes: consents record the version they were given under.
const NoticeVersion = "2026-11-22.1"

// NoticeConfig fills the parts of the notice that differ per deployment.
type NoticeConfig struct {
	Controller    string // who is responsible for the data, e.g. the business's name
	ChatRetention string // e.g. "90 hari" / "90 days"; by language
	Version       string // overrides NoticeVersion when the text is customised
	// Texts replaces the whole notice per language ("id", "en"); the
	// consent question is appended.
	Texts map[string]string
}

// DefaultNotice is the privacy notice shown at first contact (UU PDP Pasal
// 21): what is processed and why, that answers are produced by Google Gemini
// outside Indonesia from redacted text, how long chats are kept, the
// person's rights and how to use them in the chat, then the consent question.
type DefaultNotice struct {
	cfg NoticeConfig
}

// NewNotice returns the notice for cfg.
func NewNotice(cfg NoticeConfig) *DefaultNotice {
	if cfg.Controller == "" {
		cfg.Controller = "pengelola layanan ini"
	}
	return &DefaultNotice{cfg: cfg}
}

// Version identifies the notice text.
func (n *DefaultNotice) Version() string {
	if n.cfg.Version != "" {
		return n.cfg.Version
	}
	return NoticeVersion
}

// Notice returns the notice and the consent question in lang.
func (n *DefaultNotice) Notice(lang string) string {
	lang = langOr(lang)
	body := n.cfg.Texts[lang]
	if body == "" {
		retention := n.cfg.ChatRetention
		if lang == "en" {
			if retention == "" {
				retention = "90 days"
			}
			body = fmt.Sprintf(`Privacy notice
%s processes your chat messages to answer your questions. Answers are written by an AI assistant (Google Gemini, run outside Indonesia). Before anything reaches it, names, phone numbers, ID numbers, accounts and addresses are replaced by placeholders: the AI never sees them. The original messages are stored encrypted and kept for %s; requests about your data are kept as long as the law requires.
Your rights (Law 27/2022): ask what we hold (/mydata), download it (/export), correct it (/correct), delete it (/delete), withdraw consent (/withdraw), restrict processing (/restrict), ask for a human (/human), complain (/complaint). Type /privacy for this notice.`, orDefault(n.cfg.Controller, "This service"), retention)
		} else {
			if retention == "" {
				retention = "90 hari"
			}
			body = fmt.Sprintf(`Pemberitahuan privasi
%s memproses pesan chat Anda untuk menjawab pertanyaan Anda. Jawaban disusun oleh asisten AI (Google Gemini, dijalankan di luar Indonesia). Sebelum diteruskan, nama, nomor HP, NIK, nomor rekening, dan alamat diganti dengan penanda: AI tidak pernah melihatnya. Pesan asli disimpan terenkripsi selama %s; catatan permintaan terkait data Anda disimpan selama diwajibkan hukum.
Hak Anda (UU 27/2022): tanya data apa yang kami simpan (/datasaya), unduh (/ekspor), perbaiki (/koreksi), hapus (/hapusdata), tarik persetujuan (/tarik), batasi pemrosesan (/batasi), minta ditangani manusia (/manusia), sampaikan keluhan (/keluhan). Ketik /privasi untuk melihat pemberitahuan ini lagi.`, capitalise(n.cfg.Controller), retention)
		}
	}
	return strings.TrimSpace(body) + "\n\n" + Text("consent_required", lang, nil)
}

func orDefault(s, def string) string {
	if s == "" || s == "pengelola layanan ini" {
		return def
	}
	return s
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
