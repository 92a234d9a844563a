package main

import (
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga/assistant/gemini/geminitest"
)

// TestModelTurnAndWithdrawal runs model turns against the fake Gemini: the
// person's phone number never reaches it, the answer is restored for them,
// and after they withdraw consent the model hears nothing more from them.
func TestModelTurnAndWithdrawal(t *testing.T) {
	backends(t, func(t *testing.T, backend string) {
		e := newE2E(t, backend)
		fake := geminitest.NewServer(t)
		fake.SetResponder(func(r geminitest.Request) []string {
			return []string{"Baik, kami akan menghubungi [PHO", "NE_1] hari ini."}
		})
		e.vars["GEMINI_API_KEY"] = geminitest.APIKey
		e.vars["GEMINI_BASE_URL"] = fake.URL
		e.start()
		const user = 50001
		e.consented(user, "ya")
		e.say(user, "Tolong telepon saya di 0812-3456-7890 soal pesanan kopi")
		got := e.tgReplies(user, 3)[2]
		if got != "Baik, kami akan menghubungi 0812-3456-7890 hari ini." {
			t.Fatalf("reply = %q", got)
		}
		reqs := fake.Requests()
		if len(reqs) != 1 {
			t.Fatalf("%d model requests, want 1", len(reqs))
		}
		for _, r := range reqs {
			if strings.Contains(string(r.Raw), "0812") || strings.Contains(string(r.Raw), "3456-7890") {
				t.Fatalf("the phone number reached the model: %s", r.Raw)
			}
			if !strings.Contains(r.AllText(), "[PHONE_1]") {
				t.Fatalf("the model did not get the placeholder: %s", r.AllText())
			}
		}
		e.say(user, "saya tarik persetujuan penggunaan data saya")
		e.tgReplies(user, 4)
		e.say(user, "berapa harga kopi susu?")
		e.tgReplies(user, 5)
		time.Sleep(200 * time.Millisecond)
		if n := len(fake.Requests()); n != 1 {
			t.Fatalf("the model got %d requests after consent was withdrawn", n-1)
		}
	})
}

// TestStreamedAnswer: on Telegram the answer is drafted as the model writes
// it — placeholders restored, never half a placeholder, never anything the
// person may not see — and then sent once, whole.
func TestStreamedAnswer(t *testing.T) {
	backends(t, func(t *testing.T, backend string) {
		e := newE2E(t, backend)
		fake := geminitest.NewServer(t)
		chunks := []string{"Baik, ", "pesanan ", "kopi ", "Anda ", "kami ", "antar ", "ke ", "nomor [PHO", "NE_1] ", "besok ", "pagi."}
		fake.SetResponder(func(r geminitest.Request) []string { return chunks })
		fake.SetChunkDelay(60 * time.Millisecond) // drafts start 300 ms into the answer
		e.vars["GEMINI_API_KEY"] = geminitest.APIKey
		e.vars["GEMINI_BASE_URL"] = fake.URL
		e.vars["TELEGRAM_DRAFT_INTERVAL"] = "100ms"
		e.start()
		const user = 50002
		e.consented(user, "ya")
		e.say(user, "Antar kopi ke saya ya, nomor saya 0812-3456-7890")
		want := "Baik, pesanan kopi Anda kami antar ke nomor 0812-3456-7890 besok pagi."
		if got := e.tgReplies(user, 3)[2]; got != want {
			t.Fatalf("reply = %q", got)
		}
		drafts := e.tg.Drafts(user)
		if len(drafts) < 2 {
			t.Fatalf("%d drafts of an answer written over 660 ms, want several", len(drafts))
		}
		for i, d := range drafts {
			if !strings.HasPrefix(want, d.Text) {
				t.Fatalf("draft %d %q is not the start of the answer", i, d.Text)
			}
			if i > 0 && d.At.Sub(drafts[i-1].At) < 100*time.Millisecond {
				t.Fatalf("drafts %d and %d closer than the interval", i-1, i)
			}
		}
		if n := len(e.tg.Calls("sendMessage")); n != 3 {
			t.Fatalf("%d sendMessage calls, want 3 (notice, consent, answer)", n)
		}
	})
}
