package privacy

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jaga-id/jaga"
)

// detectCases are the cases the detector must get right whatever else
// changes; the broad measurement is in detect_corpus_test.go.
var detectCases = []struct {
	text      string
	want      jaga.RequestType
	ambiguous bool
	clarify   string
	command   string
}{
	// Commands, with Telegram's @botname suffix, arguments, case and
	// leading invisible or emoji characters.
	{text: "/privasi", want: jaga.RequestInformation, command: "/privasi"},
	{text: "/privacy", want: jaga.RequestInformation, command: "/privacy"},
	{text: "/datasaya", want: jaga.RequestAccess, command: "/datasaya"},
	{text: "/ekspor", want: jaga.RequestExport, command: "/ekspor"},
	{text: "/export@jaga_bot", want: jaga.RequestExport, command: "/export"},
	{text: "/hapusdata@jaga_bot", want: jaga.RequestErasure, command: "/hapusdata"},
	{text: "/HAPUSDATA", want: jaga.RequestErasure, command: "/hapusdata"},
	{text: "/delete semua", want: jaga.RequestErasure, command: "/delete"},
	{text: "/erase", want: jaga.RequestErasure, command: "/erase"},
	{text: "  /tarik", want: jaga.RequestWithdrawal, command: "/tarik"},
	{text: "\u200b/withdraw", want: jaga.RequestWithdrawal, command: "/withdraw"},
	{text: "\ufeff/koreksi nomor hp", want: jaga.RequestRectification, command: "/koreksi"},
	{text: "👋 /correct", want: jaga.RequestRectification, command: "/correct"},
	{text: "🙏🏽 /batasi", want: jaga.RequestRestriction, command: "/batasi"},
	{text: "/restrict\n", want: jaga.RequestRestriction, command: "/restrict"},
	{text: "/manusia", want: jaga.RequestObjection, command: "/manusia"},
	{text: "/human@jaga_bot tolong", want: jaga.RequestObjection, command: "/human"},
	{text: "/keluhan", want: jaga.RequestComplaint, command: "/keluhan"},
	{text: "/complaint", want: jaga.RequestComplaint, command: "/complaint"},
	// Not commands: unknown, glued to other text, or not the first token.
	{text: "/start"},
	{text: "/hapusdatasaya"},
	{text: "/hapusdata-sekarang"},
	{text: "halo /hapusdata"},
	{text: "kak /ekspor laporan penjualan"},
	{text: "1/2 kg kopi"},
	{text: "/"},

	// Formal, slang and English requests.
	{text: "Hapus data saya.", want: jaga.RequestErasure},
	{text: "hapusss data gw dong min", want: jaga.RequestErasure},
	{text: "DELETE MY DATA!!!", want: jaga.RequestErasure},
	{text: "tlg apusin akun gue", want: jaga.RequestErasure},
	{text: "saya minta salinan data pribadi saya sesuai UU PDP", want: jaga.RequestAccess},
	{text: "data2 sy apa aja yg kalian punya? kirimin dong", want: jaga.RequestAccess},
	{text: "export data akun saya ke json", want: jaga.RequestExport},
	{text: "nama aku salah ketik, tolong dibenerin", want: jaga.RequestRectification},
	{text: "saya tarik persetujuan saya", want: jaga.RequestWithdrawal},
	{text: "jangan pakai chat saya buat training AI", want: jaga.RequestWithdrawal},
	{text: "tunda dulu pemrosesan data saya", want: jaga.RequestRestriction},
	{text: "saya keberatan keputusan ini cuma dari sistem", want: jaga.RequestObjection},
	{text: "data saya bocor, saya mau ganti rugi", want: jaga.RequestComplaint},
	{text: "data saya dipakai buat apa aja?", want: jaga.RequestInformation},

	// Ambiguous: ask, don't guess.
	{text: "hapus chat ini", want: jaga.RequestErasure, ambiguous: true, clarify: ClarifyErasureScope},
	{text: "hapus pesan tadi", want: jaga.RequestErasure, ambiguous: true, clarify: ClarifyErasureScope},
	{text: "hapus data", want: jaga.RequestErasure, ambiguous: true, clarify: ClarifyErasureScope},
	{text: "cara hapus data aplikasi di hp", want: jaga.RequestErasure, ambiguous: true, clarify: ClarifyErasureApp},
	{text: "tutup akun saya", want: jaga.RequestErasure, ambiguous: true, clarify: ClarifyErasureAccount},
	{text: "stop promo", want: jaga.RequestWithdrawal, ambiguous: true, clarify: ClarifyWithdrawalScope},
	{text: "jangan kirim iklan", want: jaga.RequestWithdrawal, ambiguous: true, clarify: ClarifyWithdrawalScope},
	{text: "ganti nomor", want: jaga.RequestRectification, ambiguous: true, clarify: ClarifyRectificationScope},
	{text: "How do I file a complaint?", want: jaga.RequestComplaint, ambiguous: true, clarify: ClarifyComplaintScope},

	// Clearly not privacy requests.
	{text: "blokir kartu saya"},
	{text: "blokir kartu"},
	{text: "cara hapus cache aplikasi"},
	{text: "hapus item dari keranjang"},
	{text: "hapus transaksi kemarin yang salah input"},
	{text: "export laporan penjualan ke excel"},
	{text: "data penjualan bulan ini"},
	{text: "akses wifi"},
	{text: "koreksi harga produk"},
	{text: "batasi diskon"},
	{text: "jangan hapus data saya"},
	{text: "kode promo saya gak bisa dipakai"},
	{text: "berapa omzet bulan ini?"},
	{text: ""},
	{text: "   \n\t "},
	{text: "🙂🙂🙂"},
}

func TestDetect(t *testing.T) {
	t.Parallel()
	for _, c := range detectCases {
		got := Detect(c.text)
		if got.Type != c.want || got.Ambiguous != c.ambiguous || got.Command != c.command ||
			(c.clarify != "" && got.Clarify != c.clarify) {
			t.Errorf("Detect(%q) = %+v, want type %q ambiguous %v clarify %q command %q",
				c.text, got, c.want, c.ambiguous, c.clarify, c.command)
		}
		if got.Found() != (got.Type != "") {
			t.Errorf("Detect(%q).Found() = %v with type %q", c.text, got.Found(), got.Type)
		}
		if got.Type != "" && (got.Confidence <= 0 || got.Confidence > 1) {
			t.Errorf("Detect(%q).Confidence = %v, want in (0, 1]", c.text, got.Confidence)
		}
		if got.Ambiguous != (got.Clarify != "") {
			t.Errorf("Detect(%q): Ambiguous %v but Clarify %q", c.text, got.Ambiguous, got.Clarify)
		}
	}
}

// TestDetectClarifyKeysHaveTexts checks that every clarifying question Detect
// can ask exists in every language.
func TestDetectClarifyKeysHaveTexts(t *testing.T) {
	t.Parallel()
	for _, r := range rules {
		if r.clarify != "" && !HasText(r.clarify) {
			t.Errorf("clarify key %q has no text in every language", r.clarify)
		}
	}
}

// TestDetectEveryCommandType checks the command table covers every request
// type.
func TestDetectEveryCommandType(t *testing.T) {
	t.Parallel()
	seen := make(map[jaga.RequestType]bool)
	for _, rt := range commands {
		seen[rt] = true
	}
	for _, rt := range RequestTypes() {
		if !seen[rt] {
			t.Errorf("no command for %s", rt)
		}
	}
}

func TestDetectLongInputIsBounded(t *testing.T) {
	t.Parallel()
	// The request sits after the first 4 KiB: it is not read.
	long := strings.Repeat("kopi susu ", 1000) + "hapus data saya"
	if d := Detect(long); d.Found() {
		t.Errorf("Detect(long) = %+v, want nothing past %d bytes", d, maxDetectBytes)
	}
	if d := Detect("hapus data saya " + strings.Repeat("kopi susu ", 1000)); d.Type != jaga.RequestErasure {
		t.Errorf("Detect(request then long text) = %+v, want erasure", d)
	}
}

func TestNormalise(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want string }{
		{"Hapusss data gw dong min!!!", "hapus data saya"},
		{"tlg apusin data2 aku yg lama", "hapusin data saya yang lama"},
		{"Data-data SAYA 😡", "data data saya"},
		{"pesanpesan aku", "pesan saya"},
		{"I don't want", "saya jangan mau"},
		{"no hp saya", "nomor hp saya"},
		{"no, thanks", "no thanks"},
		{"dataku", "data saya"},
		{"\xff\xfehapus\x80data", "hapus data"},
	} {
		if got := strings.Join(words(c.in), " "); got != c.want {
			t.Errorf("words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzDetect checks Detect never panics, always returns a consistent
// Detection and is deterministic, on arbitrary bytes including invalid UTF-8.
func FuzzDetect(f *testing.F) {
	for _, c := range detectCases {
		f.Add(c.text)
	}
	f.Add("\xff\xfe\xfd")
	f.Add("/\xffhapusdata")
	f.Add("/hapusdata@\xff")
	f.Add("hapus\x00data\x00saya")
	f.Add(strings.Repeat("a", 5000))
	f.Fuzz(func(t *testing.T, s string) {
		d := Detect(s)
		if d != Detect(s) {
			t.Fatalf("Detect(%q) is not deterministic", s)
		}
		if d.Type == "" && (d.Ambiguous || d.Clarify != "" || d.Command != "" || d.Confidence != 0) {
			t.Fatalf("Detect(%q) = %+v: no type but other fields set", s, d)
		}
		if d.Ambiguous != (d.Clarify != "") {
			t.Fatalf("Detect(%q) = %+v: Ambiguous and Clarify disagree", s, d)
		}
		if d.Command != "" && !utf8.ValidString(d.Command) {
			t.Fatalf("Detect(%q) = %+v: invalid command", s, d)
		}
		ParseYesNo(s)
		IsConfirmation(s, "HAPUS")
	})
}

// BenchmarkDetect measures Detect per message over a mix of requests and
// ordinary business questions (ns/op is per message).
func BenchmarkDetect(b *testing.B) {
	msgs := []string{
		"berapa omzet bulan ini?",
		"stok kopi arabika tinggal berapa",
		"tolong hapus semua data pribadi gue dari sistem kalian dong min",
		"Kalian nyimpen data apa aja tentang aku?",
		"export laporan penjualan ke excel",
		"I want a human to review this decision",
		"/hapusdata@jaga_bot",
		"invoice yang belum dibayar siapa aja?",
		"saya mau pesan 3 kopi susu untuk diambil jam 3 ya kak, makasih",
		"jangan kirim iklan",
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Detect(msgs[i%len(msgs)])
		i++
	}
}

// BenchmarkDetectLong measures the worst case: a 4 KiB message.
func BenchmarkDetectLong(b *testing.B) {
	msg := strings.Repeat("kopi susu gula aren dan roti bakar ", 200)
	b.ReportAllocs()
	for b.Loop() {
		Detect(msg)
	}
}
