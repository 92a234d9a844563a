package privacy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDetectBytes bounds the work Detect does on one message. Privacy requests
// are short; a pasted document is not one, and its first few kilobytes are
// enough to decide.
const maxDetectBytes = 4096

// particles are chat fillers and ways of addressing the agent that carry no
// meaning for intent ("min" = admin, "kak" = older sibling, "gan" = juragan).
// They are dropped by tokens so that rules and adjacency checks see the words
// that matter.
var particles = map[string]bool{
	"min": true, "mimin": true, "kak": true, "ka": true, "kakak": true,
	"gan": true, "sis": true, "bro": true, "bang": true, "mas": true, "mbak": true, "mba": true,
	"pak": true, "bu": true, "om": true, "bos": true, "boss": true,
	"dong": true, "donk": true, "deh": true, "ya": true, "yah": true, "yaa": true, "sih": true,
	"nih": true, "lah": true, "kah": true, "toh": true, "loh": true, "lho": true, "kok": true,
	"nah": true, "wkwk": true, "wkwkwk": true, "hehe": true, "haha": true, "hihi": true,
	"gitu": true, "aja": true, "ajah": true, "doang": true, "tuh": true, "hi": true,
	"halo": true, "hallo": true, "hai": true, "hello": true, "hey": true, "permisi": true,
	"mohon": true, "tolong": true, "please": true, "pls": true, "plis": true, "plz": true,
	"pliss": true, "kindly": true, "mbok": true, "je": true, "the": true, "a": true, "an": true,
	"kan": true,
}

// slang maps abbreviations and informal spellings to one canonical word, so
// the lexicon lists each concept once. Keys and values are already in
// collapsed form (see collapse).
var slang = map[string]string{
	// Pronouns: all first-person forms become "saya".
	"gw": "saya", "gue": "saya", "gua": "saya", "aku": "saya", "sy": "saya", "sya": "saya",
	"ane": "saya", "w": "saya", "ak": "saya", "ku": "saya", "daku": "saya", "saye": "saya",
	"me": "saya", "my": "saya", "i": "saya", "mine": "saya", "myself": "saya", "im": "saya",
	"ive": "saya",
	// Common abbreviations.
	"tlg": "tolong", "tolongin": "tolong", "yg": "yang", "dgn": "dengan", "dg": "dengan",
	"utk": "untuk", "untk": "untuk", "buat": "untuk", "bwt": "untuk", "for": "untuk",
	"dr": "dari", "dri": "dari", "sdh": "sudah", "udh": "sudah", "udah": "sudah", "dah": "sudah",
	"blm": "belum", "blum": "belum", "krn": "karena", "karna": "karena", "gmn": "gimana",
	"gimana": "bagaimana", "gmna": "bagaimana", "bgmn": "bagaimana", "knp": "kenapa",
	"napa": "kenapa", "kpn": "kapan", "sm": "sama", "ama": "sama", "jg": "juga", "bs": "bisa",
	"bsa": "bisa", "tp": "tapi", "tpi": "tapi", "sy2": "saya", "lg": "lagi", "lgi": "lagi",
	"trs": "terus", "sampe": "sampai", "ampe": "sampai", "apaan": "apa", "ap": "apa",
	"pengen": "mau", "pgn": "mau", "pengin": "mau", "ingin": "mau", "want": "mau", "wanna": "mau",
	"mw": "mau", "mo": "mau", "hrs": "harus", "skrg": "sekarang", "skrang": "sekarang",
	"kalo": "kalau", "klo": "kalau", "kl": "kalau", "gak": "tidak", "ga": "tidak", "gk": "tidak",
	"nggak": "tidak", "ngak": "tidak", "enggak": "tidak", "engga": "tidak", "ngga": "tidak",
	"nga": "tidak", "tdk": "tidak", "tak": "tidak", "ndak": "tidak", "nda": "tidak", "g": "tidak",
	"jgn": "jangan", "jngn": "jangan", "jangn": "jangan", "dont": "jangan", "donot": "jangan",
	"hp": "hp", "handphone": "hp", "ponsel": "hp", "hape": "hp", "nmr": "nomor",
	"nomer": "nomor", "nmor": "nomor", "tlp": "telepon", "telp": "telepon", "telpon": "telepon",
	"alamt": "alamat", "almt": "alamat", "tgl": "tanggal", "dtg": "datang",
	"apus": "hapus", "hps": "hapus", "hpus": "hapus", "hpsin": "hapusin", "apusin": "hapusin",
	"diapus": "dihapus", "diapusin": "dihapusin", "ngapus": "hapus", "ngehapus": "hapus",
	"dipake": "dipakai", "pake": "pakai", "makai": "pakai", "dipakek": "dipakai",
	"nyimpen": "simpan", "nyimpan": "simpan", "simpen": "simpan", "disimpen": "disimpan",
	"liat": "lihat", "ngeliat": "lihat", "ngecek": "cek", "kirimin": "kirim", "kirimkan": "kirim",
	"ngirim": "kirim", "krm": "kirim", "benerin": "perbaiki", "dibenerin": "perbaiki",
	"betulin": "perbaiki", "dibetulin": "perbaiki", "gantiin": "ganti", "ngganti": "ganti",
	"ngubah": "ubah", "ngupdate": "update", "apdet": "update", "updet": "update", "updt": "update",
	"izinin": "izin", "ijinin": "izin", "ijin": "izin", "ngizinin": "izin", "ngasih": "kasih",
	"kumpulin": "kumpul", "ngumpulin": "kumpul", "dikumpulin": "kumpul",
	"pindahin": "pindah", "mindahin": "pindah", "dipindahin": "pindah",
	"brenti": "berhenti", "berenti": "berhenti", "stopin": "stop", "distop": "stop",
	"dimusnahin": "musnah", "musnahin": "musnah", "tunjukin": "tunjuk", "kasihin": "kasih",
	"bikin": "buat", "gimanasih": "bagaimana", "infoin": "info", "dikirimin": "kirim",
	"akunku": "akun saya", "dataku": "data saya", "datamu": "data", "chatku": "chat saya",
	"nomorku": "nomor saya", "namaku": "nama saya", "alamatku": "alamat saya",
	"emailku": "email saya", "riwayatku": "riwayat saya", "pesanku": "pesan saya",
	"infoku": "info saya", "profilku": "profil saya", "identitasku": "identitas saya",
	"privasiku": "privasi saya",
}

// isApostrophe reports whether r is an apostrophe. Apostrophes are removed
// without splitting the word, so "don't" reads as "dont"; every other rune
// that is not a letter or a digit separates tokens.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '`'
}

// rawTokens splits text into lowercase tokens of letters and digits. Invalid
// UTF-8, punctuation, symbols and emoji separate tokens; apostrophes are
// dropped. It reads at most maxDetectBytes bytes.
func rawTokens(text string) []string {
	if len(text) > maxDetectBytes {
		text = text[:maxDetectBytes]
	}
	toks := make([]string, 0, 16)
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			toks = append(toks, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			flush()
		case isApostrophe(r):
			// Dropped without splitting.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return toks
}

// collapse folds runs of the same letter into one ("hapusss" → "hapus",
// "pleeease" → "please") and strips the Indonesian plural digit ("data2" →
// "data"). Doubled letters in real words fold too ("maaf" → "maf"); the
// lexicon is folded the same way, so lookups stay consistent.
func collapse(tok string) string {
	if len(tok) > 2 && tok[len(tok)-1] == '2' && !isDigits(tok[:len(tok)-1]) {
		tok = tok[:len(tok)-1]
	}
	// "pesanpesan" (a reduplication typed without its hyphen) → "pesan".
	if n := len(tok); n >= 6 && n%2 == 0 && tok[:n/2] == tok[n/2:] {
		tok = tok[:n/2]
	}
	var prev rune
	changed := false
	for i, r := range tok {
		if i > 0 && r == prev && unicode.IsLetter(r) {
			changed = true
			break
		}
		prev = r
	}
	if !changed {
		return tok
	}
	var b strings.Builder
	b.Grow(len(tok))
	prev = 0
	for _, r := range tok {
		if r == prev && unicode.IsLetter(r) {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// words returns the normalised words of text: lowercase, collapsed, slang
// expanded, particles dropped. It is what the detector's rules read.
func words(text string) []string {
	raw := rawTokens(text)
	out := make([]string, 0, len(raw))
	for i, t := range raw {
		t = collapse(t)
		if particleSet[t] {
			continue
		}
		// "no" is Indonesian shorthand for "nomor" before an identifier and
		// English negation everywhere else.
		if t == "no" && i+1 < len(raw) && numberNouns[collapse(raw[i+1])] {
			out = append(out, "nomor")
			continue
		}
		if s, ok := slangFolded[t]; ok {
			// An expansion may be two words ("dataku" → "data saya").
			if i := strings.IndexByte(s, ' '); i >= 0 {
				out = append(out, s[:i], s[i+1:])
				continue
			}
			t = s
			if particleSet[t] {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// numberNouns are the words after which "no" means "nomor".
var numberNouns = map[string]bool{
	"hp": true, "wa": true, "telp": true, "telepon": true, "tlp": true, "hape": true,
	"ktp": true, "rek": true, "rekening": true, "handphone": true, "kk": true, "npwp": true,
	"whatsapp": true, "ponsel": true, "telpon": true, "pesanan": true, "resi": true,
	"invoice": true, "order": true, "meja": true, "antrian": true, "va": true,
}

// slangFolded holds slang in collapsed form.
var slangFolded = func() map[string]string {
	m := make(map[string]string, len(slang))
	for k, v := range slang {
		m[collapse(k)] = foldPhrase(v)
	}
	return m
}()

// particleSet is particles in collapsed form.
var particleSet = func() map[string]bool {
	folded := make(map[string]bool, len(particles))
	for k := range particles {
		folded[collapse(k)] = true
	}
	return folded
}()

// foldPhrase collapses each space-separated word of s.
func foldPhrase(s string) string {
	f := strings.Fields(s)
	for i := range f {
		f[i] = collapse(f[i])
	}
	return strings.Join(f, " ")
}
