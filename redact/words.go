package redact

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameMode says which tokens a name reader accepts.
type nameMode uint8

const (
	// modeCap accepts capitalised tokens and lowercase common given names.
	modeCap nameMode = iota
	// modeIntro accepts any token that is not a stop word: after "nama saya"
	// people often type their name in lowercase.
	modeIntro
	// modeTitle is modeCap after a title ("Bu", "Pak"): a capitalised
	// word that is a common word and a given name too is the name ("Bu
	// Sabar", "Pak Setia").
	modeTitle
)

// nameStop reports the capitalised common words that are given names as
// often, which a title or "nama" before them makes names: "Bu Sabar",
// "nama aku Kasih".
func nameStop(w string) bool {
	switch w {
	case "Kasih", "Bulan", "Setia", "Sabar", "Mega", "Permata", "Murni", "Damai", "Indah", "Bunga", "Bintang", "Surya",
		"Cahya", "Cahaya", "Sekar", "Mawar", "Melati", "Intan", "Mulia", "Tegar", "Embun", "Fajar", "Adil", "Jujur",
		"Ikhlas", "Rela", "Suci", "Ayu", "Sinta", "Rizki", "Rezeki", "Berkah", "Harapan", "Pelangi", "Hari", "Oleh":
		return true
	}
	return false
}

// nameStopAt is nameStop for the word s[q:e], but not "Hari" before a
// day's or a holiday's word, where it is the day's: "Pak Hari sudah
// datang", but "Om Hari Minggu libur?", "Bu Hari Raya buka?".
func nameStopAt(s string, q, e int) bool {
	if !nameStop(s[q:e]) {
		return false
	}
	if e-q == 4 && s[q] == 'H' && e+1 < len(s) && s[e] == ' ' {
		var w [12]byte
		switch string(lowerWord(w[:], s, e+1, wordEnd(s, e+1))) {
		case "senin", "selasa", "rabu", "kamis", "jumat", "jum", "sabtu", "minggu", "ahad", "raya", "libur", "kerja", "ini", "itu",
			"h", "pertama", "kedua", "terakhir", "besar", "lahir", "jadi", "ulang", "kemerdekaan", "pahlawan", "ibu", "guru", "anak",
			"buruh", "kartini", "santri", "natal", "valentine", "keluarga", "pendidikan", "bumi", "batik", "nasional", "pelanggan":
			return false
		}
	}
	return true
}

// introFillers may sit between "nama" and the name itself.
var introFillers = setOf("saya", "aku", "gue", "gw", "gua", "sy", "ku", "aq", "ak", "sya", "bayi", "bayinya", "putra", "putranya", "putrinya",
	"anak2", "anak-anak", "lengkap", "lengkapnya",
	"panggilan", "penerima", "pemesan", "pengirim", "pelanggan", "customer", "nasabah", "pemilik",
	"asli", "istri", "suami", "anak", "ibu", "ayah", "bapak", "kandung", "adalah", "ialah", "yaitu",
	"is", "my", "full", "beliau", "dia", "nya", "sesuai", "di", "ktp", "rekening", "akun", "pasien",
	"penumpang", "pembeli", "peserta", "tamu", "siswa", "mahasiswa", "anggota", "konsumen", "member",
	"debitur", "tertanggung", "pemegang", "wali", "ortu", "orang", "tua", "kakak", "adik", "passenger",
	"guest", "patient", "student", "member's", "customer's", "holder", "gadis", "maiden",
	"depan", "belakang", "tengah", "kecil", "transfer", "beneficiary", "waris", "ahli", "kepala", "keluarga",
	"abdi", "kulo", "kula", "ambo", "den", "tiang", "ana", "ane", "aye", "ulun", "lon", "pelapor", "pengadu", "pemohon", "pendaftar", "peminjam",
	"sayanya", "akunnya", "penjamin", "karyawan", "pegawai", "paspor", "passport", "kartu", "card", "tabungan", "buku", "dropshipper",
	"dropship", "reseller", "agen", "owner", "kurir", "driver", "narahubung", "kontak", "pic", "cp", "identitas",
	"identity", "tiket", "bordir", "undangan", "sertifikat", "jersey", "punggung", "ucapan", "plakat", "piagam",
	"tertulis", "ditulis", "tercetak", "tercantum", "terdaftar", "tulisannya", "terbaca", // "nama di KTP tertulis Sugiarto"
	"struk", "slip", "nota", "kwitansi", "resi", "label",
	"sopir", "supir", "sopirnya", "supirnya", "drivernya", "kurirnya", "kan", "kita", "beta", "pacar", "pacarnya", "teman", "temen", "temannya", "temennya") // "nama pelanggan di struk H SUBROTO"

// nameTokenEnd returns the end of a name token: letters, with an inner
// apostrophe or hyphen ("Nur'aini", "Siti-Aminah").
func nameTokenEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if isLetter(s[j]) {
			if s[j] >= utf8.RuneSelf {
				n := letterRune(s, j)
				if n == 0 {
					break // a mark past ASCII ends it: "Santoso’BUDI@…", "Rizky»…"
				}
				j += n
				continue
			}
			j++
			continue
		}
		if (s[j] == '\'' || s[j] == '-') && j+1 < len(s) && isLetter(s[j+1]) && j > i {
			j++
			continue
		}
		break
	}
	return j
}

// nameTokenGlue is nameTokenEnd that also returns where the token's first
// hyphen or apostrophe is, or 0 when it has none.
func nameTokenGlue(s string, i int) (int, int) {
	j, glue := i, 0
	for j < len(s) {
		if isLetter(s[j]) {
			if s[j] >= utf8.RuneSelf {
				n := letterRune(s, j)
				if n == 0 {
					break
				}
				j += n
				continue
			}
			j++
			continue
		}
		if (s[j] == '\'' || s[j] == '-') && j+1 < len(s) && isLetter(s[j+1]) && j > i {
			if glue == 0 {
				glue = j
			}
			j++
			continue
		}
		break
	}
	return j, glue
}

// letterRune returns the size of the rune past ASCII at s[j] when it is a
// letter, and 0 for any other mark ('’', '»', an emoji, U+FFFD for an
// invalid byte).
func letterRune(s string, j int) int {
	r, n := utf8.DecodeRuneInString(s[j:])
	if r == utf8.RuneError {
		// Bytes that were no UTF-8 (U+FFFD once normalised) are a letter
		// garbled: "Bud\x8b Santoso" is one name.
		return n
	}
	if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r)) {
		return n
	}
	return 0
}

// personAfter reads a name of up to four tokens starting at p.
func (sc *scanner) personAfter(p int, mode nameMode) int {
	s := sc.s
	q := p
	for q < len(s) && (s[q] == '.' || s[q] == ':' || s[q] == ' ' || s[q] == '\t' || s[q] == '=' || s[q] == '-' || s[q] == '"' ||
		s[q] == '*' || s[q] == '_' || s[q] == '~' || s[q] == '(' || s[q] == '\'' && q+1 < len(s) && isUpper(s[q+1])) {
		q++ // and a quote: "name": "Budi Santoso", namanya 'Hendra W.'; chat's *bold*, _italic_, ~strike~; a bracket
	}
	if e := spacedLetters(s, q); e > 0 {
		sc.add(Person, q, e) // a name spelled letter by letter: "B U D I  S A N T O S O"
		return e
	}
	if mode == modeTitle {
		if g := sc.keywordPairName(q); g > 0 {
			sc.add(Person, q, g) // a name whose first word is a place's too, after a title: "bed 1 Tn. Jaya Kusuma (PPOK)"
			return g
		}
	}
	start, end, tokens, skipped := -1, -1, 0, 0
	lowerName := false // the first token was a lowercase given name
	role := false      // a role's word was passed by: "Pak Mantri", "Bu RT"
	// Up to six tokens: "Ni Luh Putu Ayu Sari Dewi".
	for tokens < 6 && q < len(s) && isLetter(s[q]) {
		if tokens == 1 && end-start <= 5 && koreanFamily(s[start:end]) {
			if e := koreanGivenEnd(s, q); e > 0 {
				end = e // a Korean given name after the family's: "I am Kim Min-jun"
				break
			}
		}
		e, glue := nameTokenGlue(s, q)
		last := false // the name ends with this token
		// (After a name's word, not an initial's letter: "B'RT'RT0".)
		if h := glue - q; glue > 0 && h > 1 {
			// "SANTOSO-Jl. Mawar": a hyphen or an apostrophe before an
			// address's word ends the name there, as it does once the
			// address is replaced.
			if g := q + h + 1; g < e {
				if _, kw2, fl2 := lookupToken(s, g, wordEnd(s[:e], g)); kw2.trig == trigAddress || kw2.trig == trigRT || fl2&fAddrWords != 0 {
					e, last = q+h, true
				}
			}
		}
		if replacementIn(s, q, e) {
			break // a word with an invalid byte's mark in it is no name's: "na\x81me" (FuzzRedact)
		}
		fits, kw, fl := lookupToken(s, q, e)
		if glue > q && e > glue && !last && stopPart(s, q, glue) {
			break // "dr. Senin-Jumat"
		}
		if !fits || e < len(s) && (isDigit(s[e]) || s[e] <= '_' && localGlued(s, q, e) || (s[e] == '\'' || s[e] == '-' || s[e] == '[' || s[e] == '.') && placeholderGlued(s, e) ||
			s[e] == '-' && e+1 < len(s) && isDigit(s[e+1])) {
			break // not a word on its own: "AB12345", "B'[ADDRESS_1]", "Ha.[PERSON_1]", "EMP-0456"
		}
		if e-q <= 2 && isUpper(s[q]) && e+1 < len(s) && s[e] == ' ' && (isDigit(s[e+1]) || s[e+1] == '[') {
			break // a plate's region: "Supriyadi, Honda Beat B 3456 UJK"; and as before a number's placeholder
		}
		if e < len(s) && (s[e] == '_' || s[e] == '.') {
			if u := usernameEnd(s, q, e); u > 0 {
				if tokens == 0 && start < 0 {
					sc.add(Handle, q, u) // "Pembeli: andreas_kurniawan", "gmail aku rina.lestari"
					return u
				}
				break
			}
		}
		if k := skipSpaces(s, e); tokens == 0 && (kw.trig == trigNama || kw.trig == trigNameEN) && k < len(s) && (s[k] == ':' || s[k] == '-' && k+1 < len(s) && s[k+1] == ' ') {
			return 0 // the name's own label: "pasien: Nama : Herman Ayomi", "profile: Name – Oluwaseun Adebayo", which the main pass reads
		}
		if tokens == 0 && e-q <= 4 && (s[q] == 'L' || s[q] == 'W' || s[q] == 'S' || s[q] == 'B') {
			if c := namePrefixEnd(s, q, e); c > 0 {
				// "La Ode Muh. Safaruddin", "SAID ABDURRAHMAN": the
				// prefix is a word of the name, whatever else it is.
				start, end, tokens = q, c, 1
				if q = skipNameGap(s, c); q < 0 {
					break
				}
				continue
			}
		}
		if tokens == 0 && e-q <= 5 && isUpper(s[q]) && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && wordEnd(s, e+1)-e <= 7 {
			if c := chineseNameEnd(s, q, e); c > 0 {
				sc.add(Person, q, c) // "a.n. Tan Kok Wei": "kok" is a word too
				return c
			}
		}
		if tokens == 0 && skipped < 3 {
			if fl&fAbortWords != 0 || e-q == 7 && hasPrefixFold(s, q, "pertiwi") {
				return 0 // "Ibu Kota", "Ibu Pertiwi"; but "Hilda Pertiwi" is a name
			}
			if kw.trig == trigHonorific && mode == modeTitle && (e == len(s) || s[e] == ',' || s[e] == '.' || s[e] == '!' || s[e] == '?') && titleName(s[q:e]) {
				sc.add(Person, q, e) // "Mbak Umi, transfernya …": the title's word is the name
				return e
			}
			if e-q >= 5 && publicOffice(s, q, e) {
				return 0 // a public figure by office, no private person: "Pak Presiden Prabowo", "Bapak Gubernur …"
			}
			rt := kw.trig == trigRT && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isLower(s[e+2]) // "Pak RT Budi"
			if (fl&fRoleWords != 0 || kw.trig == trigHonorific || rt) && !(mode != modeCap && nameStopAt(s, q, e) && nameStopEnds(s, e)) {
				skipped++
				role = role || fl&fRoleWords != 0 || rt
				if e < len(s) && s[e] == '.' {
					if e-q > 4 {
						break // a full stop after a word: "Customer: Walk-in. Nama: …"
					}
					if e+1 < len(s) && s[e+1] == ' ' {
						e++ // "Kapten Inf. Bambang", "Salam,\nPdt. Yohanes"
					}
				}
				q = skipNameGap(s, e)
				if q < 0 {
					break
				}
				continue
			}
		}
		if tokens > 0 && particleStart[s[q]] {
			if b := binEnd(s, q); b > 0 {
				q = b // "Lukman Hakim bin Abdullah": a father's name follows
				continue
			}
		}
		if tokens > 0 && e-q == 1 && e+1 < len(s) && s[e] == '.' && isLetter(s[e+1]) {
			break // a degree after the name: "Abdul Rahman S.Ag", "Rina S.Pd"
		}
		bali := e == q+1 && s[q] == 'I' && sc.balinese(q, e)
		// An initial: "A. Rahman", "M. Yusuf S."
		initial := e-q == 1 && isUpper(s[q]) && e < len(s) && s[e] == '.' && (tokens > 0 || e+2 < len(s) && s[e+1] == ' ' && isUpper(s[e+2])) ||
			tokens > 0 && e-q == 1 && isUpper(s[q]) && isUpper(s[start+1]) && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isUpper(s[e+2]) // in capitals, without its dot: "MARGARET A THOMPSON"
		strong := tokens == 0 && (mode != modeCap || e-q == 4 && s[q] == 'H' && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isLower(s[e+2])) && nameStopAt(s, q, e) && nameStopEnds(s, e)
		if fl&(fStopWords|fCapStop) != 0 && !bali && !initial && !strong || kw.ctx != ctxNone && fl&fGivenNames == 0 && tokens == 0 && !strong ||
			kw.trig == trigAddress || kw.trig == trigRT || kw.trig == trigDOB && e-q == 3 && isUpper(s[q+1]) {
			// And a bank's or a number's keyword first ("rek istri: BRI
			// 0123…", but "Santi Permata"); an address's word ends it:
			// "Penerima: Rini Susanti Jl. Anggrek No. 5"; so does "DOB" or
			// "TTL": "Paul Henderson DOB 5 Jan 1970".
			break
		}
		if e-q == 2 && e+1 < len(s) && s[e] == '.' && isUpper(s[e+1]) {
			break // a specialist's degree: "dr. Sp.A", "drg. Sp.Ort"
		}
		if e < len(s) && (s[e] == ':' || tokens > 0 && e+1 < len(s) && s[e] == ' ' && (isDigit(s[e+1]) || s[e+1] == ':')) && kw != (keyword{}) ||
			tokens > 0 && kw != (keyword{}) && isLower(s[q]) && isUpper(s[start]) ||
			tokens > 0 && (kw.trig == trigNama || kw.trig == trigNameEN) && e+1 < len(s) && s[e] == ' ' && isUpper(s[e+1]) {
			// The next field's label: "Pak Budi Norek: 1234 5678 90", "an.
			// Danu Saputra NISN 0098765432", "bpk sugeng polis 7712…";
			// a keyword in lowercase after a capitalised name: "Ujang
			// Sutisna id pel 5311 …".
			break
		}
		if e-q == 1 && e+1 < len(s) && s[e] == '&' && isUpper(s[e+1]) && (e+2 >= len(s) || !isLetter(s[e+2])) {
			break // a brand: "Kurir: J&T Express", "H&M"
		}
		if tokens > 0 && isLower(s[q]) && e < len(s) && s[e] == ':' {
			break // a word in lowercase before a colon is the next field's label: "Nama: Rime tag: …" (FuzzRedact)
		}
		if tokens > 0 && (kw.ctx != ctxNone && kw.ctx != ctxBusiness || e-q == 2 && s[q] == 'I' && s[q+1] == 'D') && e-q >= 2 && upperCount(s, q, e) == e-q && isLower(s[start+1]) {
			break // a value's keyword in capitals after a name in title case: "a/n Slamet Riyadi SIM B2 Umum 6302-…"
		}
		if e-q >= 6 && fl&fGivenNames == 0 && lowerASCII(s[e-3]) == 'n' && lowerASCII(s[e-2]) == 'y' && lowerASCII(s[e-1]) == 'a' {
			break // a word with "-nya" is no name: "Mbak Kuenya Bisa …", "Kasir Struknya Mana"
		}
		if tokens == 0 && skipped == 0 && e-q <= 4 && e-q >= 2 && isUpper(s[q+1]) && isUpper(s[q]) && upperCount(s, q, e) == e-q && shopWord(s, q, e) {
			return 0 // a school's or a shop's short form: "manasik haji TK dilaksanakan Sabtu"
		}
		if tokens == 0 && skipped == 0 && e+1 < len(s) && s[e] == ' ' && (isUpper(s[e+1]) || s[e+1] == '[') && isUpper(s[q]) && fl&fGivenNames == 0 && shopWord(s, q, e) {
			return 0 // a place's, a train's, a shop's name: "penumpang: Kereta Api Taksaka", "Toko Maju Jaya"; and before a placeholder, as before the name it replaced (FuzzRedact)
		}
		if tokens > 0 && isUpper(s[q]) && businessWord(s, q, e) {
			return e // a shop's name, read whole and no name: "Owner: Rina Collection", "Kakak Ber Rina Caadik Store"
		}
		if tokens == 0 && isUpper(s[q]) && fl&fGivenNames == 0 && businessWord(s, q, e) {
			return 0 // a shop's word right after the title: "Mae Rina Bu Center" (FuzzRedact)
		}
		if tokens == 0 && skipped == 0 && mode == modeCap && e-q >= 6 && fl&fGivenNames == 0 && chatWord(s, q, e) {
			return 0 // a greeting after a field's colon: "Admin Pusat: Assalamualaikum reseller semua"
		}
		if tokens == 0 && role && fl&fGivenNames == 0 && chatWord(s, q, e) {
			break // after a role, what it does: "PAK MANTRI GANTIAN JAGA", "Pak RT Bilang"
		}
		if tokens == 0 && role && fl&fGivenNames == 0 && e-q <= 5 && upperCount(s, q, e) == e-q && vowelCount(s, q, e) <= 1 && q >= 2 && s[q-1] == ' ' && isLower(s[q-2]) {
			break // after a role in lowercase, an acronym is its service's: "Halo admin PPOB, sy …"; not "admin ANTO"
		}
		if mode == modeIntro && tokens == 0 && isLower(s[q]) && e-q <= 3 && fl&fGivenNames == 0 && e+1 < len(s) && s[e] == ' ' && s[e+1] == '[' {
			return 0 // a particle before a placeholder, which was no name's: "Nama karyawan de [PERSON_1]: …" (FuzzRedact)
		}
		if mode == modeIntro && tokens == 0 && isLower(s[q]) && fl&fGivenNames == 0 && hasPrefixFold(s, e, " nya") && (e+4 == len(s) || !isLetter(s[e+4])) {
			return 0 // whose a thing is, typed apart: "nama anak les nya siapa"
		}
		ok := isUpper(s[q]) || mode == modeIntro || fl&fGivenNames != 0 || (lowerName && e-q >= 3 && !chatWord(s, q, e)) // not "eko susanto libur"
		if !ok || (mode == modeIntro && e-q < 2 && !bali && !initial) {
			break
		}
		if tokens == 0 && !isUpper(s[q]) && fl&fGivenNames != 0 {
			lowerName = true
		}
		if start < 0 {
			start = q
		}
		end = e
		tokens++
		if last {
			break
		}
		q = skipNameGap(s, e)
		if q < 0 {
			break
		}
	}
	if start < 0 {
		return 0
	}
	if mode == modeIntro && end+1 < len(s) && s[end] == ' ' && s[end+1] == '[' && end-wordStart(s, end) <= 3 && isLower(s[wordStart(s, end)]) && wordStart(s, end) > start {
		return 0 // a particle last before a placeholder, which was no name's: "Nama �aryawan de [PERSON_1]: …" (FuzzRedact)
	}
	sc.add(Person, start, end)
	return end
}

// placeComma reports whether a place's name in capitals at q ends at a
// comma and a digit follows: "JAKARTA, 09-09-1961", "KAB. BOGOR, 1 JAN".
func placeComma(s string, q int) bool {
	w := q
	for w < len(s) && w-q < 28 && (isUpper(s[w]) || s[w] == ' ' || s[w] == '.') {
		w++
	}
	return w > q+2 && w+2 < len(s) && s[w] == ',' && s[w+1] == ' ' && isDigit(s[w+2])
}

// asideBracket reports whether s[a:b], inside brackets after a name, is
// an aside a list of names goes on past: an age or a relation ("7th",
// "adik"), no bracket, no clause's mark and no person's title, which the
// main pass reads as the list does not ("sa (2 Raff; Pak B) dan Raisa").
func asideBracket(s string, a, b int) bool {
	run := 0 // digits in a row: a number of five or more is no age's but a value the main pass reads, "Suryani (0822-1234-555) & Endang" (FuzzRedact)
	for k := a; k < b; k++ {
		if c := s[k]; c == '(' || c == ';' || c == ':' {
			return false
		}
		if isDigit(s[k]) {
			if run++; run >= 5 {
				return false
			}
		} else if s[k] != '-' && s[k] != '.' && s[k] != ' ' {
			run = 0
		}
		if isLetter(s[k]) && (k == a || !isLetter(s[k-1])) {
			if _, kw, _ := lookupToken(s, k, wordEnd(s[:b], k)); kw.trig == trigHonorific || kw.trig == trigDOB || kw.trig == trigPassport ||
				kw.ctx == ctxNIK || kw.ctx == ctxPhone || kw.ctx == ctxBank || kw.ctx == ctxBPJS || kw.ctx == ctxGovID {
				return false // nor a value's keyword, whose value the main pass reads: "TANUWIJAYA/GABRIEL MSTR (DOB 22JAN2017), …"
			}
		}
	}
	return true
}

// personList reads the names of a field that lists people: "penumpang:
// 1. Budi Santoso 2. Rina Santoso", "peserta: Budi, Rina Marlina, dan
// Andi Wijaya". Each name after the first must be capitalised.
func (sc *scanner) personList(p int, mode nameMode) int {
	s := sc.s
	q := skipListNumber(s, skipFieldBlanks(s, p))
	end := sc.personAfter(q, mode)
	numbered := false // each name has its number after it: "ANDRE 10, YOGI 7, FIKRI 1"
	for n := 0; end > 0 && n < 12; n++ {
		k, bracket := end, false
		if k+3 < len(s) && s[k] == ' ' && isDigit(s[k+1]) && (n == 0 || numbered) {
			// A shirt's number, a count: "nama punggung ANDRE 10, YOGI 7".
			if d := digitsEnd(s, k+1); d-k-1 <= 2 && d+2 < len(s) && s[d] == ',' && s[d+1] == ' ' {
				k, numbered = d, true
			}
		}
		ie := k // where the item ends
		if k+2 < len(s) && s[k] == ' ' && s[k+1] == '(' {
			// An age or a relation after the name: "Kenzo (7th), Kayla (5th)".
			if c := strings.IndexByte(s[k+2:min(len(s), k+16)], ')'); c >= 0 && asideBracket(s, k+2, k+2+c) {
				k, bracket = k+2+c+1, true // but not past a bracket in it: "sa (2 Raffa (5 th)"
			}
		}
		slash := false
		switch {
		case k+2 < len(s) && s[k] == ',' && s[k+1] == ' ':
			k += 2
		case k+3 < len(s) && s[k] == ' ' && s[k+1] == '/' && s[k+2] == ' ':
			k, slash = k+3, true // "Penerima: Budi / Rina / Joko"
		case k+1 < len(s) && s[k] == ' ':
			k++
		default:
			return end
		}
		if hasPrefixFold(s, k, "dan ") || hasPrefixFold(s, k, "and ") || hasPrefixFold(s, k, "& ") {
			k = skipSpaces(s, wordEnd(s, k)+1)
			if s[k-2] == '&' {
				k = skipSpaces(s, k)
			}
		}
		nq := skipListNumber(s, k)
		if nq == k && s[ie] == ' ' && !slash && !bracket && !(end+1 < len(s) && (s[end+1] == '&' || hasPrefixFold(s, end+1, "dan ") || hasPrefixFold(s, end+1, "and "))) {
			return end // only a comma, a conjunction or a number goes on with a list
		}
		if nq >= len(s) || !isUpper(s[nq]) {
			return end
		}
		if w := nameTokenEnd(s, nq); labelAhead(s, nq) || !plainName(s, nq, w) {
			return end // the next field ("…, Contact: John Smith", "Given names: …") or a keyword
		}
		if w := nameTokenEnd(s, nq); w+1 < len(s) && s[w] == ' ' && isDigit(s[w+1]) && !(numbered && digitsEnd(s, w+1)-w-1 <= 2 && (digitsEnd(s, w+1) == len(s) || s[digitsEnd(s, w+1)] == ',')) {
			return end // the next field's value: "Debitur: Tn. Surya Darma, Tenor 48 bln"
		}
		if w := nameTokenEnd(s, nq); w+2 < len(s) && s[w] == ' ' && tokenKeyword(s, w+1, wordEnd(s, w+1)).ctx == ctxPlate {
			return end // a vehicle's make before its plate: "…, Vario plat DB 3345 AG"
		}
		e := sc.personAfter(nq, modeCap)
		if e == 0 {
			return end
		}
		end = e
	}
	return end
}

// labelAhead reports whether a field's label starts at q: up to three
// words and a colon.
func labelAhead(s string, q int) bool {
	for w := 0; w < 3 && q < len(s); w++ {
		e := nameTokenEnd(s, q)
		if e == q {
			return false
		}
		if e < len(s) && s[e] == ':' {
			return true
		}
		if e+1 >= len(s) || s[e] != ' ' {
			return false
		}
		q = e + 1
	}
	return false
}

// skipFieldBlanks skips the blanks after a field's colon.
func skipFieldBlanks(s string, q int) int {
	for q < len(s) && (s[q] == ' ' || s[q] == '\t') {
		q++
	}
	return q
}

// skipListNumber skips a list's number at q ("1. ", "2) "), if any.
func skipListNumber(s string, q int) int {
	e := q
	for e < len(s) && isDigit(s[e]) && e-q < 2 {
		e++
	}
	if e > q && e+1 < len(s) && (s[e] == '.' || s[e] == ')') && s[e+1] == ' ' {
		return e + 2
	}
	return q
}

// stopPart reports whether s[q:e], the first part of a hyphenated word,
// is a common word that is never a name: "Senin-Jumat".
func stopPart(s string, q, e int) bool {
	_, _, fl := lookupToken(s, q, e)
	return fl&(fStopWords|fCapStop) != 0
}

// placeholderGlued reports whether a placeholder starts at s[e], or after
// an apostrophe or a hyphen there: the value it replaced went on from the
// word before it.
func placeholderGlued(s string, e int) bool {
	if e < len(s) && (s[e] == '\'' || s[e] == '-' || s[e] == '.') {
		e++
	}
	return e < len(s) && s[e] == '[' && placeholderEnd(s, e) > 0
}

// skipNameGap moves past the gap between two name tokens: one space, or ". "
// after an initial. It returns -1 when the name cannot continue.
func skipNameGap(s string, e int) int {
	r := e
	if r+1 < len(s) && s[r] == '/' && isUpper(s[r+1]) && r > 0 && isUpper(s[r-1]) {
		return r + 1 // "SANTOSO/BUDI MR", a ticket's surname first
	}
	if r+1 < len(s) && s[r] == '+' && isUpper(s[r+1]) {
		return r + 1 // a form's encoding: "name=Budi+Santoso"
	}
	if r+3 < len(s) && s[r] == '%' && s[r+1] == '2' && s[r+2] == '0' && isUpper(s[r+3]) {
		return r + 3 // a link's encoding: "?name=Budi%20Santoso"
	}
	if r < len(s) && s[r] == '.' {
		// After an initial or a short form ("Budi S. Wijaya", "Muh.
		// Rizky"); after a whole word a full stop ends the sentence
		// ("Thanks! - Anna. Tanda tangan").
		b := e
		for b > 0 && e-b <= 5 && isLetter(s[b-1]) {
			b--
		}
		if e-b > 2 && !nameAbbrev(s[b:e]) {
			return -1
		}
		r++
	}
	if r < len(s) && s[r] == ' ' {
		return r + 1
	}
	return -1
}

// nameAbbrev reports whether w is a short form used inside names:
// Muhammad's and Abdul's ("Muh.", "Moch.", "Abd.").
func nameAbbrev(w string) bool {
	var b [5]byte
	if len(w) > len(b) {
		return false
	}
	switch string(lowerWord(b[:], w, 0, len(w))) {
	case "muh", "moh", "mohd", "moch", "mhd", "abd", "sri", "st":
		return true
	}
	return false
}

// honorific handles "Pak Budi", "Bu Sari", "Kak Rina".
func (sc *scanner) honorific(i, j int) int {
	s := sc.s
	if j+5 < len(s) && s[j] == ' ' && isUpper(s[i]) && koreanFamily(s[i:j]) {
		if g := koreanGivenEnd(s, j+1); g > 0 {
			sc.add(Person, i, g) // "Kang Ji-ho": Sundanese's "Kang" is a Korean family name too
			return g
		}
	}
	if j-i >= 2 && j-i <= 4 && isUpper(s[i+1]) && i >= 4 && s[i-1] == ' ' && s[i] == 'M' {
		sc.ticketName(i) // "SANTOSO/BUDI MR", a ticket's SURNAME/GIVEN before its title (MR, MRS, MS, MSTR, MISS)
	}
	if j-i == 3 && s[i] == 'M' && s[i+1] == 'a' && s[i+2] == 's' && i >= 4 && s[i-1] == ' ' && isLower(s[i-2]) {
		if a := wordStart(s, i-1); i-1-a >= 3 && isUpper(s[a]) && tokenKeyword(s, a, i-1) == (keyword{}) && !inSet(s, a, i-1, fStopWords|fCapStop|fRoleWords|fGivenNames) && !sentenceStartsAt(s, a, false) &&
			!(a < sc.entEnd && sc.inValue(a)) && !sc.inPre(a) && !(a > 0 && (s[a-1] == '@' || s[a-1] == '_' || isAlnum(s[a-1]))) {
			// (Not a value's word, its placeholder next pass: "Rina Wulandari
			// Cag Mas Mp", "Aya @Bakar Mas Mono" (FuzzRedact).)
			return 0 // a brand's word, no title: "Developer Sinar Mas Land"
		}
	}
	if i >= 2 && s[i-1] == '-' && wordStart(s, i-1) == i-1-(j-i) && strings.EqualFold(s[i-1-(j-i):i-1], s[i:j]) {
		return 0 // a title said twice is many people's: "untuk ibu-ibu majelis taklim"
	}
	q := j
	if q+1 < len(s) && s[q] == '/' {
		// "Sdr/i Wulan Sari", "Sdr/Sdri", "Bpk/Ibu": a short ending or
		// another honorific, not a name ("om/Rina").
		if e := wordEnd(s, q+1); e > q+1 && e-q <= 5 {
			if _, kw, _ := lookupToken(s, q+1, e); e-q <= 3 || kw.trig == trigHonorific {
				q, j = e, e
			}
		}
	}
	if j-i == 1 && (j >= len(s) || s[j] != '.' || !isUpper(s[i]) && !(j+3 < len(s) && s[j+1] == ' ' && isUpper(s[j+2]) && isLower(s[j+3]))) {
		return 0 // "H." (Haji) only with its full stop; in lowercase before a capitalised name: "suami h. Zainuddin"
	}
	if j-i == 2 && s[i] == 'K' && s[i+1] == 'A' {
		return 0 // "KA Taksaka": kereta api, a train; "ka Tiara" is "kak"
	}
	if j-i == 2 && s[i] == 'C' && s[i+1] == 'E' {
		return 0 // "CE Mark", a certification; "ce Vonny" is "cece"
	}
	if j-i == 2 && lowerASCII(s[i]) == 'b' && lowerASCII(s[i+1]) == 'p' && (j >= len(s) || s[j] != '.') &&
		!(s[i] == 'B' && s[i+1] == 'p' && j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isLower(s[j+2])) {
		return 0 // "Bp." is "Bapak", as "Bp Darsono" is; "BP Jamsostek" is a body
	}
	if q < len(s) && (s[q] == '.' || s[q] == ':') {
		if s[q] == '.' && isLower(s[i]) && chatTitle(s[i:j]) && q+2 < len(s) && s[q+1] == ' ' && isUpper(s[q+2]) && !inSet(s, q+2, wordEnd(s, q+2), fGivenNames) {
			return 0 // the sentence ends with whom it addresses: "nggih kak. Paracetamol 500mg …"
		}
		q++ // "Ibu: Nadia Hidayat", a form's field
	}
	if q >= len(s) || s[q] != ' ' {
		return 0
	}
	if r := skipSpaces(s, q); r+6 < len(s) && isUpper(s[r]) {
		// A Korean name after the title: "Mr. Park Ji-hoon" ("Park" is a
		// place's word too).
		if f := wordEnd(s, r); f-r <= 5 && f+1 < len(s) && s[f] == ' ' && koreanFamily(s[r:f]) && !(r < sc.entEnd && sc.inValue(r)) {
			if g := koreanGivenEnd(s, f+1); g > 0 && !sc.overlaps(r, g) {
				sc.add(Person, r, g)
				return g
			}
		}
	}
	if q+7 < len(s) && hasPrefixFold(s, q+1, "nya") && (s[q+4] == ' ' || s[q+4] == ',' && s[q+5] == ' ') {
		// "-nya" typed apart: "ini ibu nya Alyssa", "om nya, Gibran".
		r := q + 5
		if s[q+4] == ',' {
			r++
		}
		if r+1 < len(s) && isUpper(s[r]) && isLower(s[r+1]) {
			q = r - 1
		}
	}
	if q+8 < len(s) && s[q+1] == '(' && (hasPrefixFold(s, q+2, "purn") || hasPrefixFold(s, q+2, "ret")) {
		// A retired officer's rank: "Letkol (Purn.) Bambang Sutrisno",
		// "Kolonel (Purn) Hadi", "Major (Ret.) Smith".
		r := wordEnd(s, q+2)
		if r < len(s) && s[r] == '.' {
			r++
		}
		if r+1 < len(s) && s[r] == ')' && s[r+1] == ' ' {
			q = r + 1
		}
	}
	if (j-i == 3 && (lowerASCII(s[i]) == 'y' || (lowerASCII(s[i]) == 't' || lowerASCII(s[i]) == 'c') && lowerASCII(s[i+1]) == 'e') || j-i == 2 && lowerASCII(s[i]) == 's' && lowerASCII(s[i+1]) == 'r') &&
		!titleGated(s, skipSpaces(s, q), lowerASCII(s[i]) == 'y') {
		return 0
	}
	// Chat typed in title case is no name: "Kak Barangnya Belum Sampai",
	// "Kak Refund Kapan Cair" (a word with "-nya", a keyword).
	if r := skipSpaces(s, q); r < len(s) && isUpper(s[r]) {
		e := nameTokenEnd(s, r)
		if e-r >= 6 && lowerASCII(s[e-3]) == 'n' && lowerASCII(s[e-2]) == 'y' && lowerASCII(s[e-1]) == 'a' {
			return 0
		}
		if j-i >= 4 && lowerASCII(s[i]) == 'h' && lowerASCII(s[i+1]) == 'a' && hajjPackage(s, r, e) {
			return 0 // a pilgrimage's package: "paket Haji Plus", "Haji Furoda"
		}
		if j-i == 2 && s[i] == 'd' && s[i+1] == 'r' && q == j && shopWord(s, r, e) {
			return 0 // chat's "dr" for "dari": "dr Stasiun Manggarai", "dr Terminal Pulo Gebang"
		}
		if isLower(s[i]) && chatTitle(s[i:j]) && (shopWord(s, r, e) || affixedWord(s, r, e)) && !inSet(s, r, e, fGivenNames) {
			return 0 // chat's title, then what it asks for: "kak Kopi Kenangan Mantan masih ada?", "min Roti Sobek ready?"
		}
		var tb [6]byte
		if isUpper(s[i]) && j-i < len(tb) && chatTitle(string(lowerWord(tb[:], s, i, j))) && isLower(s[i+1]) &&
			(shopWord(s, r, e) || j-i == 2 && siWord(s, r, e)) && !inSet(s, r, e, fGivenNames) {
			return 0 // and in title case, a brand's or a dish's word: "Mas Kopi", "Kak Bika Ambon", "Si Kembar"
		}
		if _, kw, fl := lookupToken(s, r, e); (kw != (keyword{}) && kw.trig != trigHonorific && kw.trig != trigStaff &&
			fl&(fRoleWords|fGivenNames) == 0 || fl&fAddrWords != 0 && fl&fGivenNames == 0 && e-r > 1) && !nameStopAt(s, r, e) && sc.keywordPairName(r) == 0 &&
			!(kw.trig == trigRT && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isLower(s[e+2])) {
			return 0 // and a place: "Pasar Tanah Abang Blok A"; but "Pak RT Budi" names him
		}
		if businessAfter(s, e, true) || sc.businessBefore(i) && !lateTitle(s, i, j) && !graveBefore(s, i) && !(personalTitle(s, i, j) && i >= 2 && isLower(s[wordStart(s, i-1)])) && !roomBefore(s, i) && !phoneAfterName(s, r) && !roleShopBefore(s, i) || isUpper(s[i]) && sc.titledShopBefore(i) {
			// A shop's name: "Ci Mehong Cake", "Mas Mansyur Center", "Toko
			// Mas Sinar Jaya", "Bakso Pak Kumis". Its capitalised words
			// are read whole, so that none of them starts a name of its
			// own ("Resto Bu Rudy Surabaya").
			for w := 0; w < 3 && e+1 < len(s) && s[e] == ' ' && isUpper(s[e+1]); w++ {
				e = nameTokenEnd(s, e+1)
			}
			return e
		}
	} else if r < len(s) && isLower(s[r]) && isLower(s[i]) && chatTitle(s[i:j]) {
		if j-i == 2 && s[i] == 's' && siWord(s, r, wordEnd(s, r)) {
			return 0 // "si kecil", "si doi", "si penjual"
		}
		if (i == 0 || s[i-1] == '\n') && agentTitle(s[i:j]) && !inSet(s, r, wordEnd(s, r), fGivenNames) {
			// The title that opens a message addresses whoever answers it;
			// the words after it say what about: "kak aplikasi PLN Mobile
			// error", "kak premi asuransi mobil brp". A common given
			// name there is a name still: "kak rina, …".
			return 0
		}
		if e := sc.lowerNameAfter(r); e > 0 {
			return e
		}
	}
	n := len(sc.ents)
	e := sc.personAfter(q, modeTitle)
	if len(sc.ents) > n && e+1 < len(s) && s[e] == ' ' {
		// "Pak Kim Min-jun": the given name after a Korean family name.
		if sp := &sc.ents[len(sc.ents)-1]; sp.end == e && e-sp.start <= 5 && koreanFamily(s[sp.start:e]) {
			if g := koreanGivenEnd(s, e+1); g > 0 {
				sp.end, e = g, g
			}
		}
	}
	if len(sc.ents) > n && isUpper(s[i]) && givenTitle(s[i:j]) {
		// "atas nama Ananda Prasetyo", "Umi Kalsum": a title that is a
		// given name too is read with the name after it.
		if sp := &sc.ents[len(sc.ents)-1]; sp.start == skipSpaces(s, q) {
			sp.start = i
		}
	}
	return e
}

// roleShopBefore reports whether a shop's word in lowercase before the
// title at i follows whose role it is, so that the title names a person,
// no shop: "Pemilik homestay Bu Sumiati", "Spv resto mba Nita".
func roleShopBefore(s string, i int) bool {
	if i < 4 || s[i-1] != ' ' {
		return false
	}
	a := wordStart(s, i-1)
	if a < 3 || a == i-1 || !isLower(s[a]) || s[a-1] != ' ' {
		return false
	}
	b := wordStart(s, a-1)
	var w [12]byte
	switch string(lowerWord(w[:], s, b, a-1)) {
	case "pemilik", "owner", "spv", "supervisor", "manager", "manajer", "kepala", "pengelola", "pegang", "pj", "koordinator":
		return true
	}
	return false
}

// personalTitle reports a title that names a professional, whose name
// is a person's after a business's word in lowercase: "di klinik dr.
// Farid", not "RSUD Dr. Soetomo", "Klinik Kecantikan dr. Tirta".
func personalTitle(s string, i, j int) bool {
	var b [6]byte
	switch string(lowerWord(b[:], s, i, j)) {
	case "dr", "drg", "bidan", "prof", "ners":
		return true
	}
	return false
}

// phoneAfterName reports whether a mobile's number follows the one to
// three capitalised words at r: whom to call, not the place named after
// him ("koordinator lapangan pak Marwan 0813 …", "warung bu Eni 0812 …").
func phoneAfterName(s string, r int) bool {
	e := nameTokenEnd(s, r)
	for w := 0; w < 2 && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isLower(s[e+2]); w++ {
		e = nameTokenEnd(s, e+1)
	}
	return e+10 < len(s) && s[e] == ' ' && mobileAt(s, e+1)
}

// roomBefore reports whether the word before the title at i is a room's,
// which a title after makes someone's: "depan kamar Pak Slamet", not
// "Kamar Melati".
func roomBefore(s string, i int) bool {
	if i < 6 || s[i-1] != ' ' {
		return false
	}
	a := wordStart(s, i-1)
	var b [8]byte
	switch string(lowerWord(b[:], s, a, i-1)) {
	case "kamar", "kmr", "ruang", "ruangan", "rumah", "meja":
		return true
	}
	return false
}

// givenTitle reports the titles that are given names as often: "Ananda"
// (a pupil, addressed by the school), "Umi" (a mother, a teacher).
func givenTitle(w string) bool {
	switch w {
	case "Ananda", "Umi", "ANANDA", "UMI":
		return true
	}
	return false
}

// nameStopEnds reports whether what follows a common word at e makes it
// a name after a title or "nama": the clause ends, a capitalised word
// follows (the family name), or a verb said of a person, or "ya", "atau".
// "Bu Bulan depan ya" is "next month"; "Permata 0123…" a bank.
func nameStopEnds(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	switch s[e] {
	case ',', '.', '!', '?', ';', ')', '\n':
		return true
	case ' ':
	default:
		return false
	}
	if e+1 >= len(s) {
		return true
	}
	if isUpper(s[e+1]) {
		return true
	}
	if personVerb(s, e+1) {
		return true
	}
	var w [6]byte
	switch string(lowerWord(w[:], s, e+1, wordEnd(s, e+1))) {
	case "ya", "atau", "yg", "yang", "dari", "di", "ke":
		return true
	}
	return false
}

// lateTitle reports whether s[i:j] is the title of someone who has died
// ("alm.", "almarhumah"), which names no shop after a dish's word: "Ayam
// Bakar almarhum Suparno" is the late Suparno's.
func lateTitle(s string, i, j int) bool {
	var b [10]byte
	switch string(lowerWord(b[:], s, i, j)) {
	case "alm", "almh", "almarhum", "almarhumah":
		return true
	}
	return false
}

// commonWords are the words of everyday chat, in Indonesian and English,
// that are no person's name when typed in lowercase ("kerja", "sakit",
// "barang", "polos"); words that are names as often ("indah", "sari",
// "mawar") are not among them. Only the readers of names in lowercase ask.
//
//go:embed commonwords.txt
var commonWordsText string

var commonWords = func() map[string]struct{} {
	m := make(map[string]struct{}, 4096)
	for _, w := range strings.Fields(commonWordsText) {
		m[w] = struct{}{}
	}
	return m
}()

// chatWord reports whether s[a:b], in lowercase, is one of commonWords.
func chatWord(s string, a, b int) bool {
	var w [16]byte
	lw := lowerWord(w[:], s, a, b)
	if lw == nil {
		return false
	}
	_, ok := commonWords[string(lw)]
	if !ok && len(lw) >= 4 && lw[len(lw)-1] == lw[len(lw)-2] {
		// Chat draws a word's last letter out: "plisss", "makasihhh".
		n := len(lw) - 1
		for n > 1 && lw[n-1] == lw[n] {
			n--
		}
		_, ok = commonWords[string(lw[:n+1])]
	}
	return ok
}

// lowerSurnameEnd returns the end of a family name in lowercase after a
// given name that ends at e, or e: one word of four letters or more that
// is no common word of any list, no verb and no business's word, with
// the clause's end, a stop word or a keyword after it: "suami saya
// hendrik wattimena yang ambil", not "anak saya kevin sakit".
func lowerSurnameEnd(s string, e int) int {
	q := e + 1
	if q >= len(s) || s[e] != ' ' || !isLower(s[q]) {
		return e
	}
	f := wordEnd(s, q)
	if f-q < 4 || f < len(s) && !(s[f] == ' ' || s[f] == ',' || s[f] == '.' || s[f] == '!' || s[f] == '?' || s[f] == '\n' || s[f] == ';') {
		return e
	}
	fits, kw, fl := lookupToken(s, q, f)
	if !fits || kw != (keyword{}) || fl&^fGivenNames != 0 || personVerb(s, q) || businessWord(s, q, f) || lowerWordAmbiguous(s[q:f]) || chatWord(s, q, f) ||
		hasPrefixFold(s, f-3, "nya") || hasPrefixFold(s, q, "ter") && !vowel(s[q+3]) || hasPrefixFold(s, q, "di") && !vowel(s[q+2]) ||
		hasPrefixFold(s, q, "me") || hasPrefixFold(s, q, "ber") {
		return e
	}
	if f < len(s) && s[f] == ' ' && !mobileAt(s, f+1) {
		g := wordEnd(s, f+1)
		if _, kw, fl := lookupToken(s, f+1, g); g == f+1 || fl&(fStopWords|fCapStop) == 0 && (kw == (keyword{}) || kw.trig == trigGame) {
			return e
		}
	}
	return f
}

// chatEndAfter reports whether a clause ends at e, or a chat particle
// or a form of address follows: "atas nama tegar ya", "… tegar, kak".
func chatEndAfter(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	switch s[e] {
	case ',', '.', '!', '?', '\n', ';':
		return true
	case ' ':
	default:
		return false
	}
	var w [6]byte
	switch string(lowerWord(w[:], s, e+1, wordEnd(s, e+1))) {
	case "ya", "yah", "kak", "ka", "dong", "sih", "aja", "deh", "bu", "pak", "mas", "mbak", "min", "gan", "sis", "bro", "ok", "oke":
		return true
	}
	return false
}

// namaObject reports the common words after "atas nama" that name no
// one: "atas nama pribadi", "atas nama perusahaan", "atas nama siapa?".
func namaObject(s string, q int) bool {
	var w [12]byte
	switch string(lowerWord(w[:], s, q, wordEnd(s, q))) {
	case "pribadi", "perusahaan", "bersama", "siapa", "toko", "kantor", "instansi", "lembaga", "sekolah", "orang",
		"orangtua", "usaha", "yayasan", "rekening", "akun", "sendiri", "kami", "kita", "mereka", "dia", "beliau",
		"apa", "yang", "the", "badan", "koperasi", "organisasi", "keluarga", "bank", "negara", "rakyat", "tuhan", "allah":
		return true
	}
	return false
}

// titleName reports the titles that are names as often, said alone:
// "Mbak Umi", "Koh Cici".
func titleName(w string) bool {
	switch w {
	case "Umi", "Cici", "Ananda", "Koko", "Cece", "Habib":
		return true
	}
	return false
}

// siWord reports the words after "si" that name no one by name: "si
// kecil", "si doi", "si penjual".
func siWord(s string, a, b int) bool {
	var w [10]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "kecil", "bungsu", "sulung", "kembar", "doi", "dia", "bocah", "cewek", "cowok", "mantan", "bos", "penjual",
		"pembeli", "kurir", "miskin", "kaya", "jago", "manis", "cantik", "ganteng", "putih", "hitam", "oren", "belang":
		return true
	}
	return false
}

// graveBefore reports whether the word before s[i] is a grave's, which
// names the person buried there: "makam Oma Pauline Lengkey", not a
// place named after someone.
func graveBefore(s string, i int) bool {
	if i < 3 || s[i-1] != ' ' {
		return false
	}
	a := wordStart(s, i-1)
	var b [8]byte
	switch string(lowerWord(b[:], s, a, i-1)) {
	case "makam", "kuburan", "pusara", "nisan", "jenazah":
		return isLower(s[a])
	}
	return false
}

// hajjPackage reports the words after "Haji" that name a pilgrimage's
// kind or package, not a pilgrim: "Haji Plus", "Haji Furoda".
func hajjPackage(s string, a, b int) bool {
	var w [10]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "plus", "furoda", "reguler", "regular", "khusus", "mabrur", "mabrurah", "backpacker", "mandiri", "lane", "indonesia":
		return true
	}
	return false
}

// affixedWord reports an Indonesian word derived with a prefix and a
// suffix that no given name carries: pe(m|n|r)-…-an ("Pembuatan",
// "Pengiriman", "Pendaftaran"), ke-…-an ("Keterangan") and di-…-kan
// ("Disewakan", "Dikirimkan").
func affixedWord(s string, a, b int) bool {
	if b-a < 7 {
		return false
	}
	c0, c1, c2 := lowerASCII(s[a]), lowerASCII(s[a+1]), lowerASCII(s[a+2])
	z2, z1, z0 := lowerASCII(s[b-3]), lowerASCII(s[b-2]), lowerASCII(s[b-1])
	switch {
	case c0 == 'p' && c1 == 'e' && (c2 == 'm' || c2 == 'n' || c2 == 'r'), c0 == 'k' && c1 == 'e':
		return z1 == 'a' && z0 == 'n' && z2 != 'w' && z2 != 'y' // not "Permawan", "Kesyan"
	case c0 == 'd' && c1 == 'i':
		return z2 == 'k' && z1 == 'a' && z0 == 'n'
	}
	return false
}

// namePrefixEnd returns the end of a name's first words at q (s[q:e] the
// first) that are common words or keywords too, when a capitalised word
// follows: Buton's nobility, "La Ode" and "Wa Ode" ("WA" is WhatsApp),
// and the Arabic "Said" (English "said"). It returns 0 for any other word.
func namePrefixEnd(s string, q, e int) int {
	var b [4]byte
	switch string(lowerWord(b[:], s, q, e)) {
	case "la", "wa":
		if e+5 < len(s) && s[e] == ' ' && hasPrefixFold(s, e+1, "ode ") && isUpper(s[e+1]) && isUpper(s[e+5]) {
			return e + 4
		}
		if e+2 < len(s) && s[e] == ' ' && isUpper(s[q]) && isLower(s[q+1]) && isUpper(s[e+1]) && isLower(s[e+2]) {
			// Buton's and Muna's "La" and "Wa" alone before a name: "Wa
			// Ina", "La Hasani"; not "WA Budi", WhatsApp's.
			if f := nameTokenEnd(s, e+1); f-e > 3 && plainName(s, e+1, f) && tokenKeyword(s, e+1, f) == (keyword{}) {
				return e
			}
		}
	case "said":
		if e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && (isUpper(s[q+1]) == isUpper(s[e+2])) {
			return e
		}
	case "lalu", "baiq":
		// Lombok's Sasak nobility before a name: "Lalu Mustiadi", "Baiq
		// Nurul"; "lalu" is "then" in lowercase.
		if e+2 < len(s) && s[e] == ' ' && isUpper(s[q]) && isLower(s[q+1]) && isUpper(s[e+1]) && isLower(s[e+2]) {
			if f := nameTokenEnd(s, e+1); f-e > 3 && plainName(s, e+1, f) && tokenKeyword(s, e+1, f) == (keyword{}) && !chatWord(s, e+1, f) {
				return e
			}
		}
	}
	return 0
}

// titleGated reports whether the words at r name a person after "teh"
// (Sundanese "teteh", and tea: "teh Botol") or "Yth" (to whom a letter
// goes, an office as often as a person: "Yth. HRD PT Maju"): a common
// given name or another title; after "Yth" (yth) also one word in capitals
// ("Yth SUHERMAN,") or a word in title case that ends the line or its
// clause ("Yth. Suherman,"), which no keyword, role or place is.
func titleGated(s string, r int, yth bool) bool {
	if r >= len(s) || !isUpper(s[r]) {
		return false
	}
	e := nameTokenEnd(s, r)
	fits, kw, fl := lookupToken(s, r, e)
	if !yth && ambiguousGiven(s, r, e) {
		return false // a tea's flower: "Teh Melati", "Teh Sari Wangi"
	}
	if fl&fGivenNames != 0 || kw.trig == trigHonorific {
		return true
	}
	if !yth || !fits || e-r < 3 || kw != (keyword{}) || fl&(fRoleWords|fStopWords|fCapStop|fAbortWords|fAddrWords) != 0 {
		return false
	}
	caps := true
	for k := r + 1; k < e; k++ {
		caps = caps && isUpper(s[k])
	}
	return caps || e == len(s) || s[e] == ',' || s[e] == '\n' || s[e] == '\r'
}

// chatTitle reports the titles chat puts before a name in lowercase:
// "bu", "pak", "kak", "mbak", "mas", "bang"…, not "dr." or "ustadz",
// which come before a field as often ("dr. umum", "ustadz nasional").
func chatTitle(w string) bool {
	switch w {
	case "bu", "ibu", "pak", "bapak", "bpk", "kak", "kakak", "mbak", "mba", "mas", "bang", "abang", "teh", "teteh",
		"om", "tante", "koh", "ci", "cik", "sis", "bro", "neng", "akang", "kang", "uda", "uni", "bli", "si", "dek", "mpok", "babe", "aa":
		return true
	}
	return false
}

// lowerNameAfter reads a name in lowercase after a title in lowercase,
// as chat types them: "bu nurjanah minta dipanggil", "pak sugiharto
// tanya jadwal", "kak anindya". The word is no common word (no stop
// word, keyword, role, place or business, no word with "-nya") and the
// word after it is a stop word, or the clause ends: the name is the one
// word, or two when both pass.
func (sc *scanner) lowerNameAfter(r int) int {
	s := sc.s
	e := r
	for w := 0; w < 2; w++ {
		f := wordEnd(s, e)
		if f-e < 3 || f < len(s) && !(s[f] == ' ' || s[f] == ',' || s[f] == '.' || s[f] == '!' || s[f] == '?' || s[f] == '\n' || s[f] == ')') {
			break // and a bracket's end: "0856 … (koh aliong)"
		}
		if !lowerNameWord(s, e, f) {
			break
		}
		e = f
		if e+1 >= len(s) || s[e] != ' ' || !isLower(s[e+1]) {
			break
		}
		e++ // the next word may be a family name; it is read the same way
	}
	for e > r && s[e-1] == ' ' {
		e--
	}
	if e == r {
		return 0
	}
	// What follows must end the name: a stop word, a punctuation mark or
	// the end.
	if e < len(s) && s[e] == ' ' && !mobileAt(s, e+1) { // but a phone's number: "penerima mbak wiwik 0878 1234 0099"
		g := wordEnd(s, e+1) // "ke'Budi": the word is "ke", as it is once "Budi" is replaced
		if _, kw, fl := lookupToken(s, e+1, g); g == e+1 || fl&(fStopWords|fCapStop) == 0 && (kw == (keyword{}) || kw.trig == trigGame) {
			return 0 // and a value or its placeholder after it: "ibu kandu [PERSON_1]"; a game's word is a verb's object: "mas tulung topup ML"
		}
	}
	if r < sc.entEnd && sc.inValue(r) {
		return 0
	}
	sc.add(Person, r, e)
	return e
}

// lowerNameWord reports whether the word s[e:f], in lowercase, may be a
// name after a title (see lowerNameAfter): no keyword, stop word, role,
// place, family word or unit, no word with "-nya", no business's or
// everyday chat word, no verb with "ter-" or "di-"; a common given name
// passes all but the first.
func lowerNameWord(s string, e, f int) bool {
	fits, kw, fl := lookupToken(s, e, f)
	if f-e >= 6 && fl&fGivenNames == 0 && (hasPrefixFold(s, e, "ter") && !vowel(s[e+3]) || hasPrefixFold(s, e, "di") && !vowel(s[e+2]) ||
		hasPrefixFold(s, e, "me") && (lowerASCII(s[e+2]) == 'n' || lowerASCII(s[e+2]) == 'm') || hasPrefixFold(s, e, "ber") && !vowel(s[e+3])) {
		return false // a verb: "uni terjual", "bu dikirim", "ibu menyusui", "bu berangkat"; not "teresa", "dianti", "melati"
	}
	return fits && kw == (keyword{}) && (fl&(fStopWords|fCapStop|fRoleWords|fAbortWords|fAddrWords|fFamily|fUnitWords) == 0 || fl&fGivenNames != 0) &&
		!(lowerASCII(s[f-3]) == 'n' && lowerASCII(s[f-2]) == 'y' && lowerASCII(s[f-1]) == 'a') && !businessWord(s, e, f) && !lowerWordAmbiguous(s[e:f]) &&
		!(fl&fGivenNames == 0 && chatWord(s, e, f))
}

// lowerPrefixName reads a name in lowercase whose first word is a
// particle, ending at i-1 as the previous word: Bali's "i" and "ni" before
// a birth order ("i wayan sudarma", "ni luh putu ariani", "i ketut"), and
// Buton's "la ode" and "wa ode" ("la ode rahman"). The word s[i:j] is the
// birth order or "ode"; up to three words in lowercase that may be names
// (see lowerNameWord) or birth orders follow. "i made" needs one of them,
// as English "i made a …" is no name; "la ode" and "wa ode" too.
func (sc *scanner) lowerPrefixName(i, j int) int {
	s := sc.s
	var b [8]byte
	w := string(lowerWord(b[:], s, i, j))
	switch {
	case sc.prevIs("i") || sc.prevIs("ni"):
		if !baliOrder(w) {
			return 0
		}
	case sc.prevIs("la") || sc.prevIs("wa"):
		if w != "ode" {
			return 0
		}
	default:
		return 0
	}
	e := j
	for k := 0; k < 3 && e+1 < len(s) && s[e] == ' ' && isLower(s[e+1]); k++ {
		f := wordEnd(s, e+1)
		if f-e-1 < 3 || f < len(s) && !(s[f] == ' ' || s[f] == ',' || s[f] == '.' || s[f] == '!' || s[f] == '?' || s[f] == '\n' || s[f] == ';') {
			break
		}
		if !baliOrder(string(lowerWord(b[:], s, e+1, f))) && !lowerNameWord(s, e+1, f) {
			break
		}
		e = f
	}
	if e == j && (w == "made" || w == "ode") || sc.prevStart < sc.entEnd && sc.inValue(sc.prevStart) {
		return 0
	}
	sc.add(Person, sc.prevStart, e)
	return e
}

// baliOrder reports Bali's names of birth order, and "luh" of a woman's
// name, which follow "i" or "ni".
func baliOrder(w string) bool {
	switch w {
	case "wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "nengah", "gede", "luh", "gusti":
		return true
	}
	return false
}

// capsWordsName returns the end of two or three words in capitals at q
// that could be a name: three letters or more each, each with a vowel,
// and together a name for recordName; then no letter or digit. Or 0.
func capsWordsName(s string, q int) int {
	e, words := q, 0
	for words < 3 {
		f := e
		for f < len(s) && isUpper(s[f]) {
			f++
		}
		if f-e < 3 || f < len(s) && (isLower(s[f]) || isDigit(s[f])) {
			break
		}
		v := false
		for k := e; k < f; k++ {
			v = v || vowel(lowerASCII(s[k]))
		}
		if !v {
			return 0
		}
		words++
		if f+2 >= len(s) || s[f] != ' ' || !isUpper(s[f+1]) || !isUpper(s[f+2]) {
			e = f
			break
		}
		e = f + 1
	}
	for e > q && s[e-1] == ' ' {
		e--
	}
	if words < 2 || !recordName(s[:e], q, e, false) {
		return 0
	}
	return e
}

// clauseStart reports whether the word at i opens its clause: the text's
// start, a punctuation mark or an emoji before it, or a word that
// addresses someone ("kak aku anggi", "halo, sy markonah"). After a noun,
// "aku" and "saya" say whose: "motor aku vario", "premi aku autodebet".
func clauseStart(s string, i int) bool {
	p := i
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 {
		return true
	}
	switch c := s[p-1]; {
	case c == ',' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == '(':
		return true
	case c >= utf8.RuneSelf:
		return !letterBefore(s, p)
	case !isLetter(c):
		return false
	}
	a := wordStart(s, p)
	if tokenKeyword(s, a, p).trig == trigSaya {
		return true // whose friend, child, wife: "sama temen aku yasmin"
	}
	var b [8]byte
	switch string(lowerWord(b[:], s, a, p)) {
	case "kak", "ka", "kk", "min", "mimin", "gan", "sis", "bang", "mas", "mbak", "mba", "bu", "pak", "halo", "hallo", "hai", "hi", "permisi", "dear", "bund", "bunda", "om", "tante", "dok", "ustadz", "ustadzah", "teh", "aa", "uda", "uni", "bli", "bro":
		return clauseStart(s, a)
	}
	return false
}

// thingWord reports a thing's word that "saya" or "aku" may follow to say
// whose, before the thing's make or model: "mobil saya Avanza".
func thingWord(s string, a, b int) bool {
	var w [10]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "mobil", "motor", "kendaraan", "hp", "handphone", "laptop", "premi", "tagihan", "paket", "pesanan", "helm":
		return true
	}
	return false
}

// firstPerson reports whether s[i:j] is "I" as chat says it: "saya",
// "aku", "sy", "gue", "gw", "ane", "aing".
func firstPerson(s string, i, j int) bool {
	var b [4]byte
	switch string(lowerWord(b[:], s, i, j)) {
	case "saya", "aku", "sy", "gue", "gw", "ane", "aing", "aq", "ak", "kulo", "kula", "ulun", "aye", "ambo":
		return true
	}
	return false
}

// lowerIntroName returns the end of a name in lowercase that no list
// knows, right after "aku" or "sy", or 0: one or two words that may be
// names (see lowerNameWord), no verb with an affix, and after them a
// comma or what people say next about themselves: "aku anggi, paket
// aku…", "aku ciciliaa calon pengantin", "aku icha mau tanya".
func lowerIntroName(s string, q int) int {
	e := q
	for w := 0; w < 2; w++ {
		f := wordEnd(s, e)
		if f-e < 4 || f < len(s) && s[f] != ' ' && s[f] != ',' && s[f] != '.' || !lowerNameWord(s, e, f) || verbAffix(s, e, f) || !nameOnset(s, e) {
			return 0 // and chat's short forms: "aku jga mau", "saya sndiri mau"
		}
		e = f
		if e+1 < len(s) && s[e] == ' ' && introNext(s, e+1) {
			return e
		}
		if e >= len(s) || s[e] == ',' || s[e] == '.' && (e+1 == len(s) || s[e+1] == ' ') {
			return e
		}
		e++ // a family name may follow
	}
	return 0
}

// nameOnset reports whether the word at a starts as a name may: a vowel
// or one consonant first, or two that names start with ("ny", "kh",
// "sy", "br", "tr"…), not chat's short forms with their vowels left out
// ("sndiri", "tdi", "jga").
func nameOnset(s string, a int) bool {
	c0, c1 := lowerASCII(s[a]), lowerASCII(s[a+1])
	if vowel(c0) || vowel(c1) || c1 == 'y' {
		return true
	}
	switch c1 {
	case 'h':
		return c0 == 'k' || c0 == 's' || c0 == 'c' || c0 == 't' || c0 == 'd' || c0 == 'p'
	case 'r', 'l':
		return c0 == 'b' || c0 == 'p' || c0 == 't' || c0 == 'k' || c0 == 'g' || c0 == 'f' || c0 == 'c' || c0 == 'd'
	case 'g':
		return c0 == 'n'
	case 't':
		return c0 == 's'
	case 's':
		return c0 == 't' // "tsania", "tsabita"
	}
	return false
}

// lowerSignName returns the end of a name in lowercase that signs a
// message at q, one to three words that may be names (see lowerNameWord)
// up to the end of the message or of its line, or 0: "ttd winarti",
// not "ttd di atas materai" or "ttd kepala sekolah".
func lowerSignName(s string, q int) int {
	e := q
	for w := 0; w < 3; w++ {
		f := wordEnd(s, e)
		if f-e < 3 || !lowerNameWord(s, e, f) || verbAffix(s, e, f) || !nameOnset(s, e) {
			return 0
		}
		e = f
		if e == len(s) || s[e] == '\n' || s[e] == '\r' || s[e] == '.' || s[e] == '!' {
			return e
		}
		if s[e] != ' ' || e+1 >= len(s) || !isLower(s[e+1]) {
			return 0
		}
		e++
	}
	return 0
}

// verbAffix reports whether s[a:b] starts as a verb does: me-, ber-,
// ter- or di- before a consonant ("menunggu", "berharap", "terlambat",
// "dikirim"); names with those letters ("dian", "teresa") have a vowel.
func verbAffix(s string, a, b int) bool {
	return b-a >= 5 && (hasPrefixFold(s, a, "me") && !vowel(lowerASCII(s[a+2])) || hasPrefixFold(s, a, "ber") ||
		hasPrefixFold(s, a, "ter") && !vowel(s[a+3]) || hasPrefixFold(s, a, "di") && !vowel(s[a+2]) ||
		hasPrefixFold(s, a, "ke") && hasPrefixFold(s, b-2, "an"))
}

// introNext reports the words that follow a name someone gives for
// themselves: "aku icha mau tanya", "aku rina dari Bekasi", "sy dina yg
// kemarin chat", "aku ciciliaa calon pengantin".
func introNext(s string, p int) bool {
	var b [8]byte
	switch string(lowerWord(b[:], s, p, wordEnd(s, p))) {
	case "mau", "mo", "mw", "calon", "dari", "dr", "di", "yg", "yang", "ingin", "pengen", "pingin", "minta", "mohon", "tanya", "nanya",
		"pemilik", "owner", "kelas", "ortu", "wali", "ibu", "ayah", "bunda", "mama", "no", "nomor", "hp", "wa",
		"anak", "temen", "teman", "maba", "mahasiswa", "mahasiswi", "siswa", "asal", "angkatan", "alumni":
		return true
	}
	return false
}

// agentTitle reports whether the title w is one chat calls whoever answers
// a business's chat by ("kak", "min", "gan"), rather than a person it names
// ("bu nurjanah minta dipanggil").
func agentTitle(w string) bool {
	switch strings.ToLower(w) {
	case "kak", "ka", "kk", "kakak", "min", "mimin", "gan", "agan", "sis", "sist", "bang", "bro":
		return true
	}
	return false
}

// mobileAt reports whether a mobile's number starts at p, its groups
// apart by blanks, dashes or full stops: "0878 1234 0099".
func mobileAt(s string, p int) bool {
	var d [16]byte
	n := 0
	for q := p; q < len(s) && n < len(d); q++ {
		if isDigit(s[q]) {
			d[n] = s[q]
			n++
			continue
		}
		if (s[q] == ' ' || s[q] == '-' || s[q] == '.') && q+1 < len(s) && isDigit(s[q+1]) {
			continue
		}
		break
	}
	return isMobile(d[:n], false)
}

// businessAfter reports whether one of the next three capitalised words
// after e says that the words before it name a business.
func businessAfter(s string, e int, stopAtGiven bool) bool {
	for w := 0; w < 3 && e+1 < len(s) && s[e] == ' ' && (isUpper(s[e+1]) || s[e+1] == '['); w++ {
		if s[e+1] == '[' {
			// A placeholder is one word, as the name it replaced: "Tan
			// Rina Cake" is "Tan [PERSON_1] Cake" next pass (FuzzRedact).
			if e = placeholderEnd(s, e+1); e == 0 {
				return false
			}
			continue
		}
		f := nameTokenEnd(s, e+1)
		if businessWord(s, e+1, f) {
			return true
		}
		if stopAtGiven {
			// After a title, a given name starts a name of its own and an
			// address's word an address, which the next pass reads as a
			// placeholder: "Kakak Ber Rina Caadik Store", "Mas Mans Br
			// Center".
			if _, kw, fl := lookupToken(s, e+1, f); fl&fGivenNames != 0 || kw.trig != trigNone {
				return false
			}
		}
		e = f
	}
	return false
}

// businessWord reports whether s[a:b] is a word that names a business
// after the name it is called by ("Cake", "Store", "Laundry").
func businessWord(s string, a, b int) bool {
	var w [12]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "store", "shop", "cake", "cakes", "bakery", "cafe", "resto", "restaurant", "center", "centre",
		"mart", "collection", "official", "group", "kitchen", "catering", "laundry", "salon", "studio",
		"snack", "frozen", "fashion", "boutique", "butik", "olshop", "outlet", "tailor", "motor", "cell",
		"ponsel", "elektronik", "furniture", "mebel", "photography", "printing", "travel", "tour", "express",
		"insurance", "asuransi", "finance", "roti", "brownies", "tas", "krim", "gamis", "kapsul", "obat":
		return true
	}
	return false
}

// ticketName reads the name before a title in capitals (MR, MRS, MS) at i
// when it is written as an airline ticket writes it, SURNAME/GIVEN NAMES:
// "SANTOSO/BUDI MR", "TAN/KEVIN MR".
func (sc *scanner) ticketName(i int) {
	s := sc.s
	k := i - 1
	slash := -1
	for k > 0 && i-k < 48 && (isUpper(s[k-1]) || s[k-1] == ' ' && slash < 0 || s[k-1] == '/' && slash < 0) {
		if s[k-1] == '/' {
			slash = k - 1
		}
		k--
	}
	for k < i && s[k] == ' ' {
		k++
	}
	// SURNAME/GIVEN: the surname one word right before the slash (what
	// stands before it, a plate, is no part of it), two letters or more
	// each side ("A/N" is "atas nama").
	if slash < 0 || slash-k < 2 || slash+3 >= i || !isUpper(s[slash+1]) || !isUpper(s[slash+2]) || k > 0 && isAlnum(s[k-1]) {
		return
	}
	if !(k < sc.entEnd && sc.inValue(k)) {
		sc.add(Person, k, i-1)
	}
}

// nama handles "nama saya Budi", "Nama: Budi", "atas nama Budi".
func (sc *scanner) nama(i, j int) int {
	s := sc.s
	if sc.prevIs("balik") {
		// A title's transfer, which names what is transferred: "balik
		// nama sertifikat tanah", "balik nama BPKB"; to whom after "ke".
		if hasPrefixFold(s, j, " ke ") {
			return sc.personAfter(j+4, modeCap)
		}
		return 0
	}
	if sc.prevIs("atas") || j-i == 8 { // "atas nama", "atasnama"
		e := sc.atasNamaHolder(j)
		if e > 0 && e+12 < len(s) && sc.context(i) == ctxBank {
			// The account's number after its holder: "rekening atas nama
			// Budi Santoso dengan nomor 1234567890".
			if a, b := numberAfterWords(s, e); b > 0 && !sc.overlaps(a, b) {
				sc.add(BankAccount, a, b)
			}
		}
		return e
	}
	return sc.namaLabel(i, j)
}

// numberAfterWords returns where an account's number starts and ends
// after its holder's name that ends at e, past "dengan", "nomor",
// "rekening" and the like: "… dengan nomor 1234567890"; or 0, 0.
func numberAfterWords(s string, e int) (int, int) {
	q := e
	for k := 0; k < 3 && q+2 < len(s) && s[q] == ' ' && isLetter(s[q+1]); k++ {
		w := wordEnd(s, q+1)
		var b [10]byte
		switch string(lowerWord(b[:], s, q+1, w)) {
		case "dengan", "dgn", "nomor", "nomer", "no", "rek", "rekening", "norek", "account", "number", "with":
		default:
			return 0, 0
		}
		q = w
		if q < len(s) && (s[q] == '.' || s[q] == ':') {
			q++
		}
	}
	if q == e {
		return 0, 0
	}
	if b := accountAfterName(s, q); b > 0 {
		return q + 1, b
	}
	return 0, 0
}

// atasNamaHolder reads the holder's name after "atas nama" ending at j.
func (sc *scanner) atasNamaHolder(j int) int {
	s := sc.s
	if e := sc.personAfter(j, modeCap); e > 0 {
		return e
	}
	if r := j + 1; r+4 < len(s) && s[j] == ' ' && isLower(s[r]) {
		// Who the holder is first: "atas nama mahasiswa Bagus
		// Wicaksono", "atas nama istri saya Rina".
		w := wordEnd(s, r)
		if w+1 < len(s) && s[w] == ' ' && (inSet(s, r, w, fIntroFillers) || inSet(s, r, w, fFamily) || parentWord(s, r, w)) {
			q := w + 1
			if f := wordEnd(s, q); f+1 < len(s) && s[f] == ' ' && isLower(s[q]) && firstPerson(s, q, f) {
				q = f + 1 // "istri saya Rina"
			}
			if q < len(s) && isUpper(s[q]) {
				if e := sc.personAfter(q, modeCap); e > 0 {
					return e
				}
			}
		}
	}
	r := j
	if r < len(s) && s[r] == ':' {
		r++
	}
	if r+4 < len(s) && s[r] == ' ' && (s[r+1] == '"' || s[r+1] == '\'') && isLower(s[r+2]) {
		// A name in quotes, in lowercase: "order aku yg atas nama
		// \"yuyun\" ya".
		if e := nameTokenEnd(s, r+2); e-(r+2) >= 3 && e < len(s) && s[e] == s[r+1] && lowerNameWord(s, r+2, e) && !chatWord(s, r+2, e) &&
			!(r+2 < sc.entEnd && sc.inValue(r+2)) && !sc.overlaps(r+2, e) {
			sc.add(Person, r+2, e)
			return e
		}
	}
	if r+1 >= len(s) || s[r] != ' ' || !isLower(s[r+1]) {
		return 0
	}
	g := r + 1
	if w := wordEnd(s, g); w+2 < len(s) && s[w] == ' ' && isLower(s[w+1]) && inSet(s, g, w, fIntroFillers) {
		g = w + 1 // past a filler: "atas nama kartu agustinus hartono", "atas nama ibu sumarni"
	}
	if e := sc.lowerGivenRun(g); e > 0 && (e == len(s) || s[e] == ' ' || s[e] == ',' || s[e] == '\n') {
		sc.add(Person, g, e) // "paket atas nama anjani tolong dititip", "atas nama: haryati"
		return e
	}
	if s[j] == ':' || !namaObject(s, r+1) && chatEndAfter(s, wordEnd(s, r+1)) {
		// After the field's colon, any name in lowercase; without it,
		// one that is no common word before the clause ends: "atas
		// nama mawar ya", not "atas nama perusahaan".
		return sc.lowerNameAfter(r + 1)
	}
	if !namaObject(s, g) {
		// Any word that reads as a name, and one after it, before what
		// is said next: "paket atas nama satria udh dtg blm?", "atas
		// nama tommy no hp …", "atas nama sekar dan bintang".
		return sc.lowerHolders(g)
	}
	return 0
}

// lowerHolders reads one or two names in lowercase at g after "atas nama",
// each a word or two that reads as a name (see plainLowerName), apart by
// "dan" or "&", before what is said next: a verb of a person, a number's
// word, the clause's end.
func (sc *scanner) lowerHolders(g int) int {
	s := sc.s
	end := 0
	for k := 0; k < 2 && g < len(s); k++ {
		w := wordEnd(s, g)
		if !(plainLowerName(s, g, w) || inSet(s, g, w, fGivenNames) && !ambiguousGiven(s, g, w)) || g < sc.entEnd && sc.inValue(g) || sc.overlaps(g, w) {
			break
		}
		e := w
		if e+1 < len(s) && s[e] == ' ' {
			if f := wordEnd(s, e+1); f > e+1 && plainLowerName(s, e+1, f) && !namesNext(s, e+1) {
				e = f // a family name: "wahyu hidayat"
			}
		}
		for _, p := range [...]string{" br ", " bin ", " binti "} {
			if hasPrefixFold(s, e, p) {
				if f := wordEnd(s, e+len(p)); f-e-len(p) >= 3 && lowerNameWord(s, e+len(p), f) {
					e = f // a clan's, a father's name: "rosmawati br sitorus"
				}
				break
			}
		}
		if !namesNext(s, e) {
			break
		}
		sc.add(Person, g, e)
		end = e
		switch {
		case hasPrefixFold(s, e, " dan "):
			g = e + 5
		case hasPrefixFold(s, e, " & "):
			g = e + 3
		default:
			return end
		}
	}
	return end
}

// namesNext reports whether what follows e ends a name in lowercase: the
// clause's end, a chat's word (see chatEndAfter), a person's verb, a
// number's word, "dan" or "yang".
func namesNext(s string, e int) bool {
	if chatEndAfter(s, e) {
		return true
	}
	if e+1 >= len(s) || s[e] != ' ' {
		return false
	}
	if personVerb(s, e+1) || s[e+1] == '&' {
		return true
	}
	var w [6]byte
	switch string(lowerWord(w[:], s, e+1, wordEnd(s, e+1))) {
	case "no", "nomor", "nmr", "hp", "wa", "dan", "yg", "yang", "tp", "tapi", "udh", "sdh", "blm", "di", "dari", "dr", "nis", "nisn", "nik", "nim":
		return true
	}
	return false
}

// namaLabel reads the name after "nama" at i..j as a label: "Nama: Budi",
// "nama saya Budi".
func (sc *scanner) namaLabel(i, j int) int {
	s := sc.s
	if c := labelWordsColon(s, j); c > 0 {
		return sc.personList(c, modeIntro) // "Nama Pelanggar: Suparman", "Nama Peserta Didik : TEUKU ZULFIKAR HASAN"
	}
	q := j
	intro := false
	for k := 0; k < 5; k++ {
		r := q
		for r < len(s) && (s[r] == ' ' || s[r] == ':' || s[r] == ';' || s[r] == '\t' || s[r] == '=' || s[r] == '|' || s[r] == '*' || s[r] == '-' || s[r] >= utf8.RuneSelf ||
			s[r] == '"' && (r == j || s[r-1] == ':' || s[r-1] == ' ')) { // JSON's quotes: "nama":"Sukarti"
			if s[r] >= utf8.RuneSelf {
				// An emoji as the separator: "Nama 👉 Siska Amelia".
				rr, size := utf8.DecodeRuneInString(s[r:])
				if unicode.IsLetter(rr) || unicode.IsDigit(rr) {
					break
				}
				r += size
				intro = true
				continue
			}
			if s[r] == ':' || s[r] == ';' || s[r] == '=' || s[r] == '|' || s[r] == '-' && (r > j || r+1 < len(s) && s[r+1] == ' ') {
				intro = true // "Nama: Budi", "Nama; Budi", "nama=Budi", a table's "| Nama | Budi |", "Nama - Siska"; not "Nama-nama"
			}
			r++ // and a bold label's stars: "*Nama* : Budi Santoso"
		}
		e := wordEnd(s, r)
		if e > r && e+1 < len(s) && s[e] == '2' && !isAlnum(s[e+1]) && inSet(s, r, e, fIntroFillers) {
			e++ // a word said twice, as chat writes it: "anak2"
		}
		if e > r && (inSet(s, r, e, fIntroFillers) && !(e-r == 5 && s[r] == 'P' && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isLower(s[e+2])) ||
			intro && e < len(s) && s[e] == ':' && isLower(s[r])) {
			// and the rest of the label: "Nama peserta tour: …", "nama di
			// slip: …"; but "Putra" opens a name: "nama: Putra Wibisono".
			intro = true
			q = e
			if e+1 < len(s) && s[e] == '.' && s[e+1] == ' ' {
				return 0 // the sentence ends: "sebutkan nama ibu kandung. Jawab: …"
			}
			if e-r == 2 && lowerASCII(s[r]) == 'd' && lowerASCII(s[r+1]) == 'i' && e+1 < len(s) && s[e] == ' ' && (clauseEndAt(s, wordEnd(s, e+1)) || wordEnd(s, e+1)+1 < len(s) && rpAt(s, wordEnd(s, e+1)+1)) {
				return 0 // where the name is shown, not a label: "memajang nama saya di website", "custom nama di mug Rp 55.000"; but "nama di slip: …"
			}
			continue
		}
		if k == 0 && e > r && e+5 < len(s) && s[e] == '-' && hasPrefixFold(s, e+1, "nya ") && (isUpper(s[e+5]) || s[e+5] == '[') {
			// Whose name: "Nama OVO-nya Gita Permata Sari".
			intro = true
			q = e + 4
			continue
		}
		if intro && e > r && e < len(s) && isLower(s[r]) && s[e] == ' ' && colonInClause(s, e) {
			// The label's last words in lowercase before its colon: "Nama
			// karyawan di name tag: Rini".
			c := e
			for c < len(s) && (isLower(s[c]) || s[c] == ' ' || s[c] == '[' || s[c] >= utf8.RuneSelf) {
				if s[c] == '[' {
					// A placeholder among them, a word of the label a
					// name's repeat replaced (FuzzRedact); not a name
					// after a title: "Nama sesuai pa [PERSON_1]: …".
					pe := placeholderEnd(s, c)
					if pe == 0 || c >= 2 && s[c-1] == ' ' && (tokenKeyword(s, wordStart(s, c-1), c-1).trig == trigHonorific || tokenKeyword(s, wordStart(s, c-1), c-1).trig == trigSaya || shortWordBefore(s, c-1) || s[c-2] >= utf8.RuneSelf || upperCount(s, wordStart(s, c-1), c-1) > 0) {
						break // nor after a word of a letter or two, Bali's "I" or "Ni", an initial: "nama saya i [PERSON_1] :…", "… f [PERSON_1] :…", nor one with a mark past ASCII last: "f׹� [PERSON_1] :…", nor one with a capital, a name's first word: "f�Luuh [PERSON_1] :…" (FuzzRedact)
					}
					c = pe
					continue
				}
				c++
			}
			if c < len(s) && s[c] == ':' && !valueLabelBefore(s, c) {
				q = c
				continue
			}
		}
		q = r
		break
	}
	if !intro && q < len(s) && isLower(s[q]) {
		// Common given names in lowercase: "nama siti nurhaliza nomor
		// kontrak …" (after "nama saya", personList reads them).
		if e := sc.lowerGivenRun(q); e > 0 && (e == len(s) || s[e] == ' ' || s[e] == ',' || s[e] == '\n') {
			sc.add(Person, q, e) // but not a username: "nama saya budi_s"
			return e
		}
		if e := lowerNameBeforeField(s, q); e > 0 && !namaObject(s, q) && !(q < sc.entEnd && sc.inValue(q)) && !sc.overlaps(q, e) {
			sc.add(Person, q, e) // "nama melati kusumawardani sesuai ktp", "nama soedjatmiko lahir 8 agustus 1952"
			return e
		}
		if j-i == 4 && q > j && !namaObject(s, q) {
			// Any two words in lowercase that read as a name and end
			// there: "nama anastasia halim, mau tanya", not "nama barang
			// kaos polos" or "nama toko maju jaya".
			n := len(sc.ents)
			if e := sc.lowerNameAfter(q); e > 0 {
				if strings.IndexByte(s[q:e], ' ') > 0 {
					return e
				}
				sc.ents = sc.ents[:n]
			}
		}
	}
	if !intro {
		// "nama Rina, email …": without a colon or a filler, a common
		// given name only ("nama Toko", "nama produk" name no one), or a
		// name alone before a comma, as a KTP read out ("NIK 3201…, Nama
		// BUDI SANTOSO, TTL …"); after "nama", any one name there
		// ("nama Sutarni, faskes …").
		if q+1 < len(s) && isUpper(s[q]) && isLower(s[q+1]) {
			if e := nameTokenEnd(s, q); inSet(s, q, e, fGivenNames) {
				return sc.personAfter(q, modeCap)
			}
		}
		if e := sc.nameAlone(q, j-i == 4); e > 0 {
			return e
		}
		return 0
	}
	return sc.personList(q, modeIntro) // "Daftar nama: Stefanus Kurnia, Yosephine Lie", "Nama: Budi dan Rina"
}

// forKind reports whether the word before the current one says the kind
// of thing a relative's word qualifies, no relative: "Menu anak:",
// "Paket keluarga:", "ukuran anak:".
func (sc *scanner) forKind() bool {
	if sc.prevLen == 0 {
		return false
	}
	var w [10]byte
	switch string(lowerWord(w[:], sc.s, sc.prevStart, sc.prevStart+sc.prevLen)) {
	case "menu", "paket", "porsi", "ukuran", "size", "harga", "tiket", "kategori", "kelas", "baju", "sepatu", "mainan", "kolam", "wahana", "tarif",
		"level", "tier", "jenis", "tipe", "status":
		return true
	}
	return false
}

// valueLabelBefore reports whether the word before the colon at c is a
// value's field, which a name in lowercase comes before: "nama: wahyu
// hidayat hp: 0857…", not "Nama karyawan di name tag: Rini".
func valueLabelBefore(s string, c int) bool {
	e := c
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	a := wordStart(s, e)
	if kw := tokenKeyword(s, a, e); kw.ctx != ctxNone && kw.ctx != ctxBusiness || kw.trig == trigAddress || kw.trig == trigDOB || kw.trig == trigSocial {
		return true
	}
	var w [8]byte
	switch string(lowerWord(w[:], s, a, e)) {
	case "email", "mail", "surel":
		return true
	}
	return false
}

// digitBeforeColon reports whether the word before the last colon in
// s[a:b] has a digit in it, as a value's word does and no label's.
func digitBeforeColon(s string, a, b int) bool {
	p := strings.LastIndexByte(s[a:b], ':')
	if p < 0 {
		return false
	}
	p += a
	for k := p; k > a && isAlnum(s[k-1]); k-- {
		if isDigit(s[k-1]) {
			return true
		}
	}
	return false
}

// addressIn reports whether s[a:b] holds a digit or an address's word,
// as the words before a colon that are an address are: "alamat perumahan
// griya indah blok a3:no 7" (FuzzRedact).
func addressIn(s string, a, b int) bool {
	for q := a; q < b; {
		if isDigit(s[q]) {
			return true
		}
		if !isLetter(s[q]) {
			q++
			continue
		}
		e := wordEnd(s[:b], q)
		if _, kw, fl := lookupToken(s, q, e); fl&fAddrWords != 0 || kw.trig == trigAddress || kw.trig == trigRT {
			return true
		}
		q = e
	}
	return false
}

// streetParticle reports the particles of streets' names abroad: "de",
// "la", "del", "van"…
func streetParticle(w string) bool {
	switch w {
	case "de", "la", "le", "du", "des", "del", "della", "van", "von", "der", "den":
		return true
	}
	return false
}

// countNounAfter reports whether the word after the number that ends at e
// says what it counts, no house's number: "3 bedroom", "6 pax", "2 malam".
func countNounAfter(s string, e int) bool {
	if e+2 >= len(s) || s[e] != ' ' || !isLetter(s[e+1]) {
		return false
	}
	var w [10]byte
	switch string(lowerWord(w[:], s, e+1, wordEnd(s, e+1))) {
	case "bedroom", "bedrooms", "br", "pax", "orang", "org", "malam", "night", "nights", "hari", "days", "rooms", "guests", "tamu", "person", "people",
		"menit", "mnt", "minutes", "mins", "km", // a distance: "dekat Jl. Sudirman, 5 menit ke stasiun"
		"floors", "floor", "storey", "pintu": // a building's size: "Jl. Kemang Raya, 3 floors", "kos 15 pintu"
		return true
	}
	return false
}

// shortWordBefore reports whether the word that ends at e has one or two
// ASCII letters, in any case, past an invalid byte's mark before them.
func shortWordBefore(s string, e int) bool {
	if e < 1 || !isLetter(s[e-1]) || s[e-1] >= utf8.RuneSelf {
		return false
	}
	a := e - 1
	if a > 0 && isLetter(s[a-1]) && s[a-1] < utf8.RuneSelf {
		a--
		if _, kw, fl := lookupToken(s, a, e); fl&fStopWords != 0 && (kw.trig == trigNone || kw.trig == trigMe) {
			return false // a word of the label: "Nama ;aryawan me [PERSON_1]: …", as "me tag:" read before; not "jd", after which a name is read (FuzzRedact)
		}
	}
	return a == 0 || !(isLetter(s[a-1]) && s[a-1] < utf8.RuneSelf)
}

// lowerNameBeforeField returns the end of one to three words in
// lowercase at q that read as a name (a given name, however common a word
// it is too, or see plainLowerName) before the next field's word: "melati
// kusumawardani sesuai ktp", "ayu hpl minggu dpn"; or 0.
func lowerNameBeforeField(s string, q int) int {
	e := q
	for w := 0; w < 3; w++ {
		f := wordEnd(s, e)
		if f == e || !(inSet(s, e, f, fGivenNames) || plainLowerName(s, e, f)) || f+1 >= len(s) || s[f] != ' ' {
			return 0
		}
		var b [8]byte
		switch string(lowerWord(b[:], s, f+1, wordEnd(s, f+1))) {
		case "hp", "wa", "no", "nomor", "nmr", "lahir", "lhr", "ttl", "nik", "sesuai", "alamat", "umur", "usia", "kelas", "tgl", "ktp", "hpl", "bin", "binti":
			return f
		}
		e = f + 1
	}
	return 0
}

// colonInClause reports whether a colon comes after e before the clause
// ends (a full stop, a comma, a line's end) within a few words.
func colonInClause(s string, e int) bool {
	for k := e; k < len(s) && k-e < 32; k++ {
		switch s[k] {
		case ':':
			return true
		case '.', ',', '\n', '!', '?':
			return false
		}
	}
	return false
}

// labelWordsColon returns where the label after "Nama" (ending at j)
// ends, past its colon, when one to three capitalised words finish it
// ("Nama Pelanggar: …", "Nama Peserta Didik : …", "NAMA PEMILIK : …") that
// are a person's label (see personLabels), or 0.
func labelWordsColon(s string, j int) int {
	q := j
	for w := 0; w < 3; w++ {
		if q+1 >= len(s) || s[q] != ' ' || !isUpper(s[q+1]) {
			return 0
		}
		e := wordEnd(s, q+1)
		var lw [12]byte
		if e == q+1 || e-q-1 > len(lw) || !personLabels[string(lowerWord(lw[:], s, q+1, e))] {
			return 0 // a person's label only: not "Nama Toko: Maju Jaya"
		}
		if e < len(s) && s[e] == ':' {
			return e + 1
		}
		if e+1 < len(s) && s[e] == ' ' && s[e+1] == ':' {
			return e + 2
		}
		q = e
	}
	return 0
}

// nameEN handles "my name is Budi" and "Name: Budi", and the same after
// "surname", "fullname", "beneficiary", which name a person on their own
// too: "surname Lim".
func (sc *scanner) nameEN(i, j int) int {
	s := sc.s
	q := skipSpaces(s, j)
	if q < len(s) && s[q] == '"' {
		q = skipSpaces(s, q+1) // JSON: "name": "Budi Santoso"
	}
	if q < len(s) && (s[q] == ':' || s[q] == '=' || s[q] == '-' && q+1 < len(s) && s[q+1] == ' ' && q > j) {
		return sc.personAfter(q+1, modeIntro) // "Name: Budi", "name=Budi+Santoso", "Name – Oluwaseun Adebayo"
	}
	if j-i == 5 && lowerASCII(s[i]) == 'g' {
		return 0 // "given" names only with its colon: "GIVEN: AYAKO"; not "given Budi's schedule"
	}
	if sc.prevIs("company") || sc.prevIs("product") || sc.prevIs("business") || sc.prevIs("brand") || sc.prevIs("store") || sc.prevIs("shop") || sc.prevIs("file") || sc.prevIs("app") {
		return 0 // no person's: "company name is fine"
	}
	if hasPrefixFold(s, q, "is ") {
		return sc.personAfter(q+3, modeIntro)
	}
	if hasPrefixFold(s, q, "was ") && q+4 < len(s) && isUpper(s[q+4]) {
		return sc.personAfter(q+4, modeCap) // "The guide's name was Wayan I think?"
	}
	if hasPrefixFold(s, q, "should be ") || hasPrefixFold(s, q, "must be ") {
		// A corrected name: "my personal name should be Jean-Luc Moreau".
		return sc.personAfter(wordEnd(s, wordEnd(s, q)+1), modeCap)
	}
	if hasPrefixFold(s, q, "on card") && q+7 < len(s) && (s[q+7] == ' ' || s[q+7] == ':') || hasPrefixFold(s, q, "on the card ") {
		// "Name on card LAURA J BENNETT", "Name on card: MARGARET A
		// THOMPSON", as a card's holder is asked.
		r := q + 8
		if s[q+3] == 't' || s[q+3] == 'T' {
			r = q + 12
		}
		return sc.personAfter(r-1, modeCap)
	}
	if hasPrefixFold(s, q, "on my ") || hasPrefixFold(s, q, "on the ") || hasPrefixFold(s, q, "on his ") || hasPrefixFold(s, q, "on her ") {
		// The document it is written on, then "is": "the name on my
		// passport is SATO HARUKI".
		if d := wordEnd(s, q+3) + 1; wordEnd(s, d)+4 < len(s) && hasPrefixFold(s, wordEnd(s, d), " is ") {
			if tokenKeyword(s, d, wordEnd(s, d)).trig == trigPassport {
				sc.passLines.note(s, d, wordEnd(s, d)) // its number may follow, as the main pass would have noted (FuzzRedact)
			}
			return sc.personAfter(wordEnd(s, d)+4, modeCap)
		}
	}
	if q+2 < len(s) && s[q] == ',' && s[q+1] == ' ' && isUpper(s[q+2]) && i >= 3 && s[i-1] == ' ' && s[i-3] == '\'' && lowerASCII(s[i-2]) == 's' {
		return sc.personAfter(q+1, modeCap) // "under my wife's name, Linda Susanto"
	}
	if q == j && hasPrefixFold(s, q, "'s ") {
		return sc.personAfter(q+3, modeCap) // "My name's Tom Hardy"
	}
	if sc.prevIs("the") || sc.prevIs("full") || sc.prevIs("account") || sc.prevIs("beneficiary") || j-i > 4 {
		if hasPrefixFold(s, q, "of ") {
			q += 3 // "under the name of Rahman"
		}
		return sc.personAfter(q, modeCap) // "under the name Budi"
	}
	return sc.nameAlone(q, false) // "Customer ID: CUST-00123, name Anthony Hopkins"
}

// nameAlone reads a name that stands alone after a label without its
// colon ("Nama BUDI SANTOSO, TTL …", "patient John Doe, age 45"): from q
// to a comma, a full stop, a semicolon, a bracket or the end of the line,
// a name in title case or in capitals (see recordName), two words or more
// or a common given name.
// With one set, one word alone is a name too.
func (sc *scanner) nameAlone(q int, one bool) int {
	s := sc.s
	if q >= len(s) || !isUpper(s[q]) {
		return 0
	}
	if q+1 < len(s) && isUpper(s[q+1]) {
		// In capitals, the name ends where they do: "Nama BUDI SANTOSO
		// Tempat/Tgl Lahir …", as a KTP read out has it.
		if e := capsNameRun(s, q); e > q && !colonAfterGlue(s, e) && recordName(s[:e], q, e, one && e-q >= 5) { // to its end: "KETUT'B 1234 ABC", as "KETUT'[PLATE_1]"
			sc.add(Person, q, e)
			return e
		}
		return 0
	}
	// Capitalised words up to the end of the clause, read word by word:
	// most words after such a label are not capitalised, and the reading
	// stops there. Bali's "I" and "Ni" first are the name's: "pasien I
	// Kompyang Astawa", "pemegang polis Ni Kompyang Ariasih".
	pre := q
	if q+3 < len(s) && s[q] == 'I' && s[q+1] == ' ' && isUpper(s[q+2]) && isLower(s[q+3]) {
		q += 2
	} else if q+4 < len(s) && s[q] == 'N' && s[q+1] == 'i' && s[q+2] == ' ' && isUpper(s[q+3]) && isLower(s[q+4]) {
		q += 3
	}
	b := q
	seg, segEnd := -1, -1 // the part after "bin" or "binti", and the end of the part before
	for w := 0; ; w++ {
		e := nameTokenEnd(s, b)
		if e == b || w == 4 {
			return 0
		}
		if e >= len(s) {
			b = e
			break
		}
		if c := s[e]; c == ',' || c == '.' || c == ';' || c == ')' || c == '\n' || c == '\r' || c == ' ' && mobileAt(s, e+1) ||
			c == ' ' && e+2 < len(s) && (s[e+1] == '(' || (s[e+1] == '&' || s[e+1] == '/' || s[e+1] == '|') && s[e+2] == ' ') ||
			c == ' ' && e+1 < len(s) && isLower(s[e+1]) && (tokenKeyword(s, e+1, wordEnd(s, e+1)) != (keyword{}) || personVerb(s, e+1) ||
				w > 0 && (chatWord(s, e+1, wordEnd(s, e+1)) || verbAffix(s, e+1, wordEnd(s, e+1)))) {
			b = e // and before a phone's number: "nama Ferdi 081355667788"; before the next field's word or a verb: "nama Galang hp …", "nama Hengky ngaku …"; after two words, before an everyday word: "penyewa Cornelius Lengkong jaminan KTP"
			break
		}
		if w > 0 && s[e] == ' ' && e+1 < len(s) && isUpper(s[e+1]) {
			if f := wordEnd(s, e+1); !inSet(s, e+1, f, fGivenNames) {
				if kw := tokenKeyword(s, e+1, f); kw.ctx != ctxNone && kw.ctx != ctxBusiness && kw.ctx != ctxCurrency || kw.trig == trigDOB || kw.trig == trigAddressKW || kw.trig == trigNama {
					b = e // the next field's label in capitals: "nama Herman Ayomi TTL …", "… NIK …", "… Alamat …"
					break
				}
			}
		}
		if c := binEnd(s, e+1); c > 0 && s[e] == ' ' && w < 3 && seg < 0 {
			seg, segEnd = c, e // a father's name: "nama Rohimah binti Sarmin"; each part is checked
			b = c
			continue
		}
		if e+1 >= len(s) || s[e] != ' ' || !isUpper(s[e+1]) {
			return 0 // "name Anthony is …", and a label: "Nama Tujuan: …"
		}
		b = e + 1
	}
	if seg >= 0 {
		if !recordName(s[:segEnd], q, segEnd, true) || !recordName(s, seg, b, true) {
			return 0
		}
	} else if !recordName(s, q, b, one && b-q >= 4 && (b == len(s) || s[b] == ',' || s[b] == ';' || s[b] == ' ' || s[b] == '\n' || s[b] == '.' && (b+1 == len(s) || s[b+1] == ' '))) {
		return 0
	}
	if wordEnd(s, q) == b && !inSet(s, q, b, fGivenNames) && chatWord(s, q, b) {
		return 0 // one word of chat, capitalised: a department's, "Staff Accounting"
	}
	sc.add(Person, pre, b)
	return b
}

// partyBefore reports whether the word before is a party's ("nasabah",
// "pelanggan"…) or a bank's, after which "an" is "atas nama".
func (sc *scanner) partyBefore() bool {
	if sc.prevLen < 3 {
		return false
	}
	a, b := sc.prevStart, sc.prevStart+sc.prevLen
	return memberLabel(sc.s, a, b) || tokenKeyword(sc.s, a, b).ctx == ctxBank
}

// atasNama handles "a.n. BUDI", "a/n Budi" and "an. Budi".
func (sc *scanner) atasNama(i, j int) int {
	s := sc.s
	var q int
	switch {
	case j-i == 1 && j+1 < len(s) && (s[j] == '.' || s[j] == '/') && (s[j+1] == 'n' || s[j+1] == 'N'):
		q = j + 2
		if q < len(s) && isLetter(s[q]) {
			return 0
		}
	case j-i == 2 && j < len(s) && (s[j] == '.' || s[j] == ':'):
		q = j + 1 // "an. Budi", "an: Budi"
	case j-i == 2 && j < len(s) && s[j] == ' ' && sc.afterAccount(i):
		q = j // "rek BCA 1234567890 an Budi Santoso"
	case j-i == 2 && s[i] == 'a' && i >= 2 && s[i-1] == ' ' && (s[i-2] == ',' || sc.partyBefore()) && j+4 < len(s) && s[j] == ' ' && isLower(s[j+1]) && inSet(s, j+1, wordEnd(s, j+1), fGivenNames) && !ambiguousGiven(s, j+1, wordEnd(s, j+1)):
		return sc.lowerHolders(j + 1) // after a comma, before a common given name: "…, an dewi lestari"; after a party's word or a bank's: "nasabah an herman", "bca an herman susanto"
	case j-i == 2 && s[i] == 'a' && j+4 < len(s) && s[j] == ' ' && isLetter(s[j+1]) && contactWordAfter(s, gluedNameEnd(s, j+1)) &&
		(isUpper(s[j+1]) && isLower(s[j+2]) && plainName(s, j+1, gluedNameEnd(s, j+1)) && recordName(s, j+1, gluedNameEnd(s, j+1), true) ||
			inSet(s, j+1, gluedNameEnd(s, j+1), fGivenNames) && !ambiguousGiven(s, j+1, gluedNameEnd(s, j+1))):
		// A given name before a phone's word: "kirim … an ipul hp 0812…",
		// "cancel pesanan an Putra wa 0813…".
		e := gluedNameEnd(s, j+1)
		if j+1 < sc.entEnd && sc.inValue(j+1) || sc.overlaps(j+1, e) {
			return 0
		}
		sc.add(Person, j+1, e)
		return e
	case j-i == 2 && s[i] == 'A' && s[i+1] == 'N' && j+3 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isUpper(s[j+2]) &&
		inSet(s, j+1, wordEnd(s, j+1), fGivenNames):
		q = j // in capitals, before a given name: "TOPUP … AN NANDA"
	default:
		return 0
	}
	if q < len(s) && s[q] == '.' {
		q++
	}
	if e := sc.personAfter(q, modeCap); e > 0 {
		return e
	}
	if r := skipSpaces(s, q); r+2 < len(s) && isUpper(s[r]) && isLower(s[r+1]) {
		// A given name that is a word too, alone to the clause's end: "BCA,
		// an Putra".
		if e := nameTokenEnd(s, r); e-r >= 3 && nameStopEnds(s, e) && (e == len(s) || s[e] != ' ') && inSet(s, r, e, fGivenNames) && !(r < sc.entEnd && sc.inValue(r)) && !sc.inPre(r) {
			sc.add(Person, r, e)
			return e
		}
	}
	if r := skipSpaces(s, q); r < len(s) && isLower(s[r]) && j < len(s) && (s[j] != ' ' || q == j && j-i == 2) {
		if w := wordEnd(s, r); w+2 < len(s) && s[w] == ' ' && isLower(s[w+1]) && (inSet(s, r, w, fIntroFillers) || inSet(s, r, w, fFamily) || parentWord(s, r, w)) {
			// Whose, then the name: "a.n mamah yuliani", "a.n siswa
			// kenzie nis 2022…".
			if e := sc.lowerHolders(w + 1); e > 0 {
				return e
			}
		}
		return sc.lowerNameAfter(r) // "an. cinta lestari, alamat …", as after "bu"; "0987 6543 21 (BCA) an hendro wibowo utk refund"
	}
	return 0
}

// contactWordAfter reports whether a phone's word follows the name ending
// at e: " hp", " wa", " telp", " no " or " nomor".
func contactWordAfter(s string, e int) bool {
	if e+4 >= len(s) || s[e] != ' ' {
		return false
	}
	f := wordEnd(s, e+1)
	var w [6]byte
	switch string(lowerWord(w[:], s, e+1, f)) {
	case "hp", "wa", "telp", "tlp", "no", "nomor", "nmr":
		return f < len(s) && (s[f] == ' ' || s[f] == ':' || s[f] == '.')
	}
	return false
}

// parentWord reports whether s[a:b] is what chat calls a parent or a
// grandparent: "mamah", "papi", "abah", "oma".
func parentWord(s string, a, b int) bool {
	var w [6]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "mamah", "mama", "mami", "papah", "papa", "papi", "abah", "abi", "umi", "emak", "mak", "nenek", "kakek", "oma", "opa", "eyang", "mbah":
		return true
	}
	return false
}

// relativeWord reports whether s[a:b] names a relative, "-nya" glued on
// or not: "Ibunya", "ayah", "mamanya", "bunda".
func relativeWord(s string, a, b int) bool {
	if b-a > 5 && hasPrefixFold(s, b-3, "nya") {
		b -= 3
	}
	return b > a && (inSet(s, a, b, fFamily) || parentWord(s, a, b) || b-a == 5 && hasPrefixFold(s, a, "bunda"))
}

// notNameEN reports whether the word at q, after "I'm" or "I am", is an
// English word people capitalise there rather than a name: a state ("I'm
// Sorry", "I am Ready"), a verb's -ing or -ed form ("I'm Waiting"), an
// adverb ("I'm Still…"), a nationality or a faith.
func (sc *scanner) notNameEN(q int) bool {
	s := sc.s
	e := wordEnd(s, q)
	lw := lowerWord(sc.buf[:], s, q, e)
	if lw == nil || len(lw) < 2 {
		return true
	}
	if n := len(lw); n > 5 && string(lw[n-3:]) == "ing" || n > 5 && string(lw[n-2:]) == "ed" || n > 4 && string(lw[n-2:]) == "ly" {
		return true
	}
	return notNamesEN[string(lw)]
}

// placeNames are Indonesia's provinces, its larger cities and regencies:
// two joined by "&" are a pair of places, not of people ("lokasi Denpasar
// & Badung", "Surabaya & Sidoarjo").
var placeNames = setOf("aceh", "sumut", "sumbar", "riau", "jambi", "bengkulu", "lampung", "babel", "kepri", "banten",
	"jabar", "jateng", "jatim", "diy", "kalbar", "kalteng", "kalsel", "kaltim", "kaltara", "sulut", "sulteng", "sulsel",
	"sultra", "gorontalo", "sulbar", "maluku", "papua", "jakarta", "jogja", "yogyakarta", "jogjakarta", "bandung",
	"surabaya", "medan", "semarang", "makassar", "palembang", "denpasar", "badung", "gianyar", "tabanan", "bangli",
	"klungkung", "karangasem", "buleleng", "jembrana", "sleman", "bantul", "gunungkidul", "kulonprogo", "solo",
	"surakarta", "magelang", "klaten", "boyolali", "sukoharjo", "karanganyar", "sragen", "wonogiri", "salatiga",
	"pekalongan", "tegal", "cirebon", "bogor", "depok", "tangerang", "bekasi", "karawang", "purwakarta", "cimahi",
	"sumedang", "garut", "tasikmalaya", "ciamis", "sukabumi", "cianjur", "serang", "cilegon", "pandeglang",
	"sidoarjo", "gresik", "mojokerto", "jombang", "kediri", "blitar", "tulungagung", "madiun", "ponorogo",
	"pasuruan", "probolinggo", "jember", "banyuwangi", "situbondo", "bondowoso", "lumajang", "lamongan", "tuban",
	"bojonegoro", "padang", "bukittinggi", "payakumbuh", "pekanbaru", "dumai", "batam", "bintan", "tanjungpinang",
	"pangkalpinang", "belitung", "bandarlampung", "metro", "binjai", "pematangsiantar", "siantar", "sibolga",
	"tarutung", "balige", "samosir", "deli", "serdang", "langkat", "banda", "lhokseumawe", "sabang", "pontianak",
	"singkawang", "banjarmasin", "banjarbaru", "palangkaraya", "samarinda", "balikpapan", "bontang", "tarakan",
	"manado", "bitung", "tomohon", "minahasa", "palu", "kendari", "gowa", "maros", "bone", "parepare", "palopo",
	"toraja", "ambon", "ternate", "tidore", "jayapura", "sorong", "manokwari", "merauke", "timika", "nabire",
	"wamena", "kupang", "ende", "maumere", "labuanbajo", "mataram", "lombok", "sumbawa", "flores", "sumba",
	"purwokerto", "banyumas", "cilacap", "kebumen", "purworejo", "wonosobo", "temanggung", "kendal", "demak",
	"kudus", "jepara", "pati", "rembang", "blora", "grobogan", "malang", "batu", "ubud", "kuta", "sanur", "canggu",
	// And abroad, where tours and pilgrims go: "City tour Istanbul - Blue Mosque - Hagia Sophia".
	"hagia", "istanbul", "mekkah", "makkah", "madinah", "jeddah", "dubai", "tokyo", "kyoto", "osaka", "seoul",
	"singapore", "bangkok", "paris", "london", "sydney", "melbourne", "perth", "amsterdam", "cairo", "kairo")

// placeWord reports whether s[a:b] is one of placeNames, in any case.
func placeWord(s string, a, b int) bool {
	var w [12]byte
	return placeNames[string(lowerWord(w[:], s, a, b))]
}

// notNamesEN are the capitalised words after "I'm" that notNameEN does not
// tell by their ending.
var notNamesEN = setOf("sorry", "fine", "ready", "new", "happy", "sad", "glad", "good", "great", "okay",
	"still", "just", "also", "really", "very", "so", "not", "here", "there", "back", "home", "done",
	"sure", "busy", "free", "late", "early", "available", "afraid", "aware", "sick", "ill", "tired",
	"hungry", "unable", "able", "interested", "confused", "worried", "upset", "angry", "disappointed",
	"satisfied", "unhappy", "excited", "curious", "old", "single", "married", "pregnant", "alone",
	"indonesian", "indonesia", "american", "chinese", "japanese", "korean", "indian", "malaysian",
	"singaporean", "australian", "british", "dutch", "german", "french", "muslim", "christian", "catholic",
	"nigerian", "filipino", "filipina", "thai", "vietnamese", "russian", "italian", "spanish", "canadian", "egyptian",
	"turkish", "saudi", "pakistani", "bangladeshi", "nepali", "african", "european", "asian", "brazilian", "mexican",
	"swedish", "norwegian", "danish", "finnish", "polish", "ukrainian", "iranian", "iraqi", "kenyan", "ghanaian",
	"taiwanese", "timorese", "swiss", "belgian", "irish", "scottish", "zealander", "protestant",
	"hindu", "buddhist", "a", "an", "the", "in", "at", "on", "from", "with", "about", "trying", "going",
	"calling", "writing", "asking", "wondering", "looking", "waiting", "having", "getting",
	"currently", "already", "always", "never", "only", "too", "quite", "pretty", "bit", "little",
	"customer", "client", "member", "user", "owner", "seller", "buyer", "student", "teacher", "doctor",
	"manager", "admin", "staff", "driver", "courier", "reseller", "dropshipper", "agent", "partner")

// afterAccount reports whether the word at i, "an" written without its
// dots, follows a bank account or a virtual account just before it (after
// a space, or a comma and a space): found in this pass, or a placeholder
// of one from an earlier pass, so that redacting the output again finds
// the same.
func (sc *scanner) afterAccount(i int) bool {
	s := sc.s
	k := i - 1
	if k >= 0 && s[k] == ' ' {
		k--
	}
	if k >= 0 && s[k] == ',' {
		k-- // "tf ke 5230 8814 67 BCA, an Putra"
	}
	// The bank's name may come between: "rek 1234567890 bank bca an dimas".
	for w := 0; w < 2 && k > 0 && isLetter(s[k]); w++ {
		b := k
		for b > 0 && isLetter(s[b-1]) {
			b--
		}
		if _, kw, _ := lookupToken(s, b, k+1); kw.ctx != ctxBank || b == 0 || s[b-1] != ' ' {
			break
		}
		k = b - 2
	}
	if k > 3 && s[k] == ')' {
		// Or in brackets: "0987 6543 21 (BCA) an hendro".
		b := k - 1
		for b > 0 && isLetter(s[b]) {
			b--
		}
		if s[b] == '(' && b > 1 && s[b-1] == ' ' {
			if _, kw, _ := lookupToken(s, b+1, k); kw.ctx == ctxBank {
				k = b - 2
			}
		}
	}
	if k >= 0 && s[k] == ',' {
		k--
	}
	if k < 0 {
		return false
	}
	if s[k] == ']' {
		for st := k - 1; st >= 0 && k-st < maxPlaceholder; st-- {
			if s[st] == '[' {
				ph := s[st : k+1]
				return placeholderEnd(s, st) == k+1 &&
					(strings.HasPrefix(ph, "[BANK_ACCOUNT_") || strings.HasPrefix(ph, "[VA_") || strings.HasPrefix(ph, "[PHONE_"))
			}
		}
		return false
	}
	// The number's value, found already; a run's look-alike letters may
	// have added it before a value earlier in the run ("7934753(4753(
	// 2323174I under …"), so any of the last few is looked at.
	for m := len(sc.ents) - 1; m >= 0 && m >= len(sc.ents)-4; m-- {
		sp := sc.ents[m]
		e := sp.end
		for e <= k && isAlnum(s[e]) {
			e++ // letters glued to the number, which its placeholder takes
		}
		// An e-wallet's number is a phone's: "dana: 0857 1234 9876 an rina".
		if e == k+1 && (sp.kind == builtinKind(BankAccount) || sp.kind == builtinKind(VA) || sp.kind == phoneIdx) {
			return true
		}
	}
	return false
}

// signature handles "Salam,\nBudi", "Regards, Rina", "Hormat saya,\nBudi".
func (sc *scanner) signature(i, j int) int {
	s := sc.s
	if lowerASCII(s[i]) == 'k' && !sc.prevIs("terima") { // "kasih" only in "terima kasih"
		return 0
	}
	if j-i == 6 && lowerASCII(s[i]) == 't' && lowerASCII(s[i+1]) == 'a' && !sc.prevIs("tanda") { // "tangan" only in "tanda tangan"
		return 0
	}
	if j+4 < len(s) && s[j] == '!' && s[j+1] == ' ' && s[j+2] == '-' && s[j+3] == ' ' {
		return sc.personAfter(j+4, modeCap) // "Thanks! - Kevin"
	}
	if j-i == 3 && lowerASCII(s[i]) == 't' && j < len(s) && (s[j] == '.' || s[j] == ':') {
		return sc.personAfter(j+1, modeCap) // "ttd. Ahmad Dahlan" (tanda tangan, signed)
	}
	if j-i == 3 && lowerASCII(s[i]) == 't' && lowerASCII(s[i+1]) == 't' && j+1 < len(s) && s[j] == ' ' && isLower(s[j+1]) {
		if e := lowerSignName(s, j+1); e > 0 && !(j+1 < sc.entEnd && sc.inValue(j+1)) {
			sc.add(Person, j+1, e) // "… sampe jam 3. ttd winarti"
			return e
		}
	}
	q := j
	r := skipSpaces(s, j)
	e := wordEnd(s, r)
	if lw := lowerWord(sc.buf[:], s, r, e); e > r && lw != nil {
		switch string(lw) {
		case "saya", "kami", "regards", "wishes", "wishes,", "ya", "hangat", "sukses", "sejahtera", "kenal", "manis":
			q = e
		}
	}
	if q == j {
		if q+2 < len(s) && s[q] == ' ' && isUpper(s[q+1]) && isLower(s[q+2]) {
			// No comma: "Regards Budi", only with a given name.
			if e := nameTokenEnd(s, q+1); inSet(s, q+1, e, fGivenNames) {
				return sc.personAfter(q+1, modeCap)
			}
		}
		q = r
	}
	if q >= len(s) || (s[q] != ',' && s[q] != '\n' && s[q] != '\r') {
		return 0
	}
	q++
	nl := 0
	for q < len(s) && (s[q] == ' ' || s[q] == '\n' || s[q] == '\r' || s[q] == '\t') {
		if s[q] == '\n' {
			nl++
		}
		q++
	}
	if nl > 2 || q >= len(s) {
		return 0
	}
	if !isUpper(s[q]) {
		// "rgds, tommy", "makasih, rina": a given name in lowercase, the
		// last word of the message or of its line.
		e := nameTokenEnd(s, q)
		if e > q && (e == len(s) || s[e] == '\n' || s[e] == '\r' || s[e] == '.' || s[e] == '!') && inSet(s, q, e, fGivenNames) {
			sc.add(Person, q, e)
			return e
		}
		if e := lowerSignName(s, q); e > 0 && lowerASCII(s[i]) == 't' && lowerASCII(s[i+1]) == 't' {
			sc.add(Person, q, e) // "ttd, budi santoso": after "ttd", any name
			return e
		}
		return 0
	}
	if _, _, fl := lookupToken(s, q, nameTokenEnd(s, q)); fl&fAddrWords != 0 && fl&fGivenNames == 0 {
		return 0 // a place: "Terima kasih\nJakarta Selatan, 12 Mei"
	}
	return sc.personAfter(q, modeCap)
}

// addrSep reports the bytes allowed between address tokens.
func addrSep(c byte) bool { return addrSepTab[c] }

var addrSepTab = func() (t [256]bool) {
	for _, c := range " ,./-:()\t#+" { // '#' before a unit: "#05-01"; '+' of a form's encoding
		t[c] = true
	}
	return t
}()

// addressFrom reads address tokens after p (the trigger ends at p and the
// span starts at start). It records an Address when at least minTokens
// tokens follow; strong reports whether one of them was a number or an
// address word.
func (sc *scanner) addressFrom(start, p, minTokens int) int {
	end, strong := sc.addressSpan(start, p, minTokens, true)
	_ = strong
	return end
}

// addrWordAt reports whether an address's word starts at r: "Blok", "No".
func addrWordAt(s string, r int) bool {
	_, _, fl := lookupToken(s, r, wordEnd(s, r))
	return fl&fAddrWords != 0
}

func (sc *scanner) addressSpan(start, p, minTokens int, trigAbbrev bool) (int, bool) {
	s := sc.s
	q := p
	end := p
	tokens := 0
	strong := false
	// After "jl", "gg", "perum", "kel." people often type the name of the
	// street or the place in lowercase: up to three lowercase words after
	// each such word, and before a number unless a place word comes
	// just before them ("jl. kenanga no 5 kel. cempaka putih").
	lower := 0
	if trigAbbrev {
		lower = 3
	}
	lastAbbrev := trigAbbrev
	if lastAbbrev && p < len(s) && s[p] == '.' && isLetter(s[p-1]) {
		if w := wordStart(s, p); p-w >= 4 && w >= start {
			if _, _, fl := lookupToken(s, w, p); fl&fAddrAbbrev == 0 {
				lastAbbrev = false // a whole word's full stop ends the sentence: "kirim paket ke kampung. Penerima: …"
			}
		}
	}
	lastAddr := false  // the last token was an address word ("blok", "no")
	lastPlace := false // the last token named a street or a place ("jl", "kel", "kota")
	lastCap := false   // the last token was a capitalised word
	pr, pe := 0, 0     // the last token
	lastNum := false   // the last token was a number's word after an address's word
	lastLower := false // the last token was a lowercase word of a street's name
	for q < len(s) && q-start < 240 {
		r := q
		dot := false
		for r < len(s) && addrSep(s[r]) {
			if s[r] == '.' {
				dot = true
			}
			r++
		}
		if r >= len(s) || r == q && tokens > 0 {
			break
		}
		if r < sc.entEnd && sc.inValue(r) {
			break // a value found already, a secret after its label: "pwd wiSi baru ruko: Ruko_Sentosa/99Jaya" (FuzzRedact)
		}
		if r-q >= 3 && s[r-1] == ' ' && s[r-2] == '/' && s[r-3] == ' ' && isDigit(s[r]) && mobileAt(s, r) {
			break // a record's next field, a phone's number: "jl. pahlawan no 112 / 0813 …"
		}
		c := s[r]
		if dot && !lastAbbrev && (isUpper(c) || r == len(s)) && !(r == q+1 && addrWordAt(s, r)) {
			break // a full stop ended the sentence, but not one glued to an address's word: "RT 03.Blok E17"
		}
		if !isAlnum(c) {
			break
		}
		e := r
		digit := false
		for e < len(s) && isAlnum(s[e]) {
			if isDigit(s[e]) {
				digit = true
			}
			e++
		}
		// A token with a digit makes the span strong whatever it is,
		// and no address abbreviation has a digit (lastAbbrev below),
		// so it is not looked up.
		ok, fl, kw, viaLower, num := true, uint32(0), keyword{}, false, false
		if !digit {
			ok, kw, fl = lookupToken(s, r, e)
		}
		switch {
		case digit && e-r <= 2 && strong && e+2 < len(s) && (s[e] == '.' || s[e] == ')') && s[e+1] == ' ' && isUpper(s[e+2]) && !numberTaker(s, pr, pe):
			e = -1 // a list's next number: "4. JL. MAWAR NO 5 RT 01 RW 02 JAKARTA 5. SWASTA", "… No. 12 Ambon, 2) Bertha …"
		case !digit && (lastCap || streetParticle(s[pr:pe])) && tokens > 0 && e-r <= 4 && isLower(c) && streetParticle(s[r:e]) && e+2 < len(s) && s[e] == ' ' && (isUpper(s[e+1]) || streetParticle(s[e+1:wordEnd(s, e+1)])):
			// A particle in a street's name abroad: "14 Rue de la Paix",
			// "Calle de Alcalá", "Via del Corso".
		case digit && e-r <= 4 && isLetter(s[e-1]) && roomCount(s, r, e):
			// A unit's size says no place: "Apartemen 2BR di Kalibata City
			// disewakan".
		case digit && tokens > 0 && !numberTaker(s, pr, pe) && (priceAt(s[r:e]) || countNounAfter(s, e) || e < len(s) && s[e] == '%'):
			e = -1 // a price after the street: "Mie ayam Tumini di Jl. Imogiri Timur 13rb semangkuk"; a count: "Villa Sari Dewi 3 bedroom"
		case digit:
			strong = true
		case kw.ctx == ctxKK && e-r == 2:
			e = -1 // a family card's number next: "Jl. Mawar 5 KK 3217…"
		case !digit && e-r == 2 && c == 'L' && (s[r+1] == 'T' || s[r+1] == 'B') && landArea(s, e):
			e = -1 // a plot's size: "Perumahan Taman Sari, LT 150 / LB 110", "LT 2.500 m2"
		case fl&fAddrWords != 0:
			if fl&fCapStop == 0 || isUpper(c) {
				strong = strong || fl&(fAddrAbbrev|fStrongAddr) != 0
			}
		case lastAddr && e-r <= 2 && isUpper(c) && (e-r == 1 || isUpper(s[r+1])):
			// A block's or a house's letters after its word: "blok A no 3",
			// "Blok AA-5" (AA is a title elsewhere).
		case e-r <= 2 && isUpper(c) && (e-r == 1 || isUpper(s[r+1])) && e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]):
			// A unit's or a block's letters before its number: "unit
			// A-2107" ("A" is a stop word elsewhere).
		case kw.trig == trigHonorific && (tokens == 0 || lastAbbrev && (lastCap || isLower(c)) || streetWord(s, pr, pe)) && titledStreet(s, r, e):
			// A title in a street's name, first or after another title
			// or the street's word: "Jl. Mas Mansyur No 12", "Jl. KH Mas
			// Mansyur", "Jl. Raya Bogor Km 28 Gg. Haji Saman RT 06".
		case kw.trig == trigHonorific && fl&fAddrAbbrev == 0 && tokens > 0:
			e = -1 // a person's title ends the address: "Jl. Mawar 5 Mrs. Lisa"
		case isUpper(c) && fl&(fCapStop|fStopWords) == 0:
			// A street named in capitals takes no lowercase words after
			// it: "Jl. Ahmad Yani macet total pagi ini".
			lower = 0
		case isUpper(c) && fl&fCapStop == 0 && lastCap && kw == (keyword{}) && addrGoesOn(s, e):
			// A common word that is a name's part in a street's name,
			// before the street's number or a comma: "Jl. HR Rasuna Said,
			// Kuningan", "Jl. Rasuna Said Kav. 5".
			lower = 0
		case isUpper(c) && e-r >= 3 && isLower(s[r+1]) && lastCap && tokens > 0 && kw.trig == trigNone && fl&fAddrWords == 0 && addrGoesOn(s, e):
			// A common word or a keyword, capitalised, in a street's name
			// before its number: "Jl. Sei Batang Hari No. 77" ("hari" is
			// a day elsewhere).
			lower = 0
		case !digit && !isUpper(c) && (lastAddr && numberTaker(s, pr, pe) || lastNum || lastLower) && spelledNumberWord(s, r, e):
			// A number spelled out after its word, as a voice note's
			// transcript writes it: "rt tiga rw lima", "nomor dua belas";
			// or after the street's name: "jalan cempaka putih tengah
			// tiga puluh tiga a".
			strong = strong || !lastLower || lastNum
			num = true
		case lastNum && e-r == 1 && isLower(c):
			num = true // the house's letter after its number: "tiga puluh tiga a"
		case lower > 0 && ok && fl&(fCapStop|fStopWords) == 0 && (!strong || lastPlace) && (kw.trig == trigHonorific || kw.trig == trigDigitWord) && !isUpper(c):
			// A title or a number word in a street's name in lowercase:
			// "jl. kapten tendean no 12", "jl. mangga dua raya no 8".
			lower--
			viaLower = true
		case !digit && e-r == 2 && c == 'B' && s[r+1] == 'y' && hasPrefixFold(s, e, " pass") && (e+5 == len(s) || !isLetter(s[e+5])):
			// A ring road's "By Pass": "Jl. By Pass Ngurah Rai No. 108" ("by"
			// is a stop word elsewhere).
		case lastAbbrev && tokens == 0 && e-r == 2 && isUpper(c) && isUpper(s[r+1]):
			// Two initials in capitals first in a street's name: "Jl. DI
			// Panjaitan" ("di" is a common word elsewhere).
		case dot && lastAbbrev && isUpper(c) && (fl&fAddrAbbrev != 0 || e-r == 1):
			// A title or an initial after one in a street's name: "Jl.
			// Prof. Dr. Soepomo", "Jl. R.A. Kartini" ("Dr" and "A" are
			// stop words elsewhere).
		case lower > 0 && ok && fl&(fCapStop|fStopWords) == 0 && (!strong || lastPlace) && kw == (keyword{}):
			lower--
			viaLower = true
		case lower > 0 && ok && !isUpper(c) && !strong && lastLower && kw.trig == trigNone && kw.ctx == ctxBusiness && fl&fAddrWords == 0 && e-r >= 4 && addrGoesOn(s, e) &&
			!(e-r == 5 && hasPrefixFold(s, r, "pukul")): // but a time: "warga desa adat, berangkat pukul 05.00"
			// A keyword of a day or a time in a street's name in
			// lowercase, before its number: "jl. raya pasar minggu no 18".
			lower--
			viaLower = true
		default:
			e = -1
		}
		if e < 0 {
			break
		}
		end = e
		tokens++
		pr, pe = r, e
		lastCap = isUpper(c) && !digit
		// An initial's dot does not end the sentence either: "Jl. Letjen S.
		// Parman", "Jl. K.H. Hasyim Ashari".
		lastAbbrev = fl&fAddrAbbrev != 0 || e-r == 1 && isUpper(c)
		lastAddr = fl&fAddrWords != 0
		lastNum = num
		lastLower = viaLower
		// The lowercase words right after a place word name it: "kel.
		// cempaka putih", not the "yaa" after "Kota Makassar".
		if kw.trig == trigAddress || fl&fStrongAddr != 0 && !digit {
			lastPlace, lower = true, 3
		} else if !viaLower && fl&fAddrWords == 0 {
			lastPlace = false
		}
		q = e
	}
	if tokens < minTokens {
		return 0, false
	}
	if strong {
		end = cityLine(s, end)
		if start > 0 && s[start-1] == '\n' {
			sc.nameLine(start - 1)
		}
	}
	sc.add(Address, start, end)
	return end, strong
}

// landArea reports whether a land's or a building's area follows "LT" or
// "LB" ending at e: its number, then "m2" or the other's "/ LB".
func landArea(s string, e int) bool {
	q := e
	for q < len(s) && (s[q] == ' ' || s[q] == ':') {
		q++
	}
	d := q
	for d < len(s) && (isDigit(s[d]) || s[d] == '.' && d+1 < len(s) && isDigit(s[d+1])) {
		d++
	}
	if d == q {
		return false
	}
	for d < len(s) && s[d] == ' ' {
		d++
	}
	return hasPrefixFold(s, d, "m2") || hasPrefixFold(s, d, "/ l") || hasPrefixFold(s, d, "m\u00b2") || hasPrefixFold(s, d, "meter")
}

// roomCount reports whether s[a:b] counts a home's bedrooms: "2BR",
// "3KT", "1bed".
func roomCount(s string, a, b int) bool {
	d := digitsEnd(s, a)
	if d == a || d-a > 1 || b-d < 2 || b-d > 3 {
		return false
	}
	var w [4]byte
	switch string(lowerWord(w[:], s, d, b)) {
	case "br", "kt", "bed", "bd", "bhk":
		return true
	}
	return false
}

// numberTaker reports whether s[i:j] is an address's word a number
// follows: "No 5", "Blok 3", "RT 01", "Lantai 2".
func numberTaker(s string, i, j int) bool {
	var b [8]byte
	switch string(lowerWord(b[:], s, i, j)) {
	case "no", "nomor", "nomer", "nmr", "blok", "blk", "block", "rt", "rw", "kav", "km", "lt", "lantai", "gang", "gg",
		"unit", "kamar", "tower", "lot", "jl", "jalan", "lorong", "kios", "ruko", "lrg":
		return true
	}
	return false
}

// titledStreet reports whether the title s[r:e] begins a street's name:
// one or two names follow it, capitalised as the title is, and then the
// address goes on ("Jl. Mas Mansyur No 12", "Jl. KH Mas Mansyur,
// Jakarta", "jl mas mansyur no 12"), not a person's words ("Jl. Mawar,
// Mas Budi").
func titledStreet(s string, r, e int) bool {
	up := isUpper(s[r])
	for n := 0; n < 2; n++ {
		q := e + 1
		if e < len(s) && s[e] == '.' {
			q++
		}
		if q >= len(s) || s[q-1] != ' ' || isUpper(s[q]) != up || !isLetter(s[q]) {
			return false
		}
		e = wordEnd(s, q)
		if !plainName(s, q, e) {
			return false
		}
		if addrGoesOn(s, e) {
			return true
		}
	}
	return false
}

// addrGoesOn reports whether an address goes on after a word that ends at
// e: a comma, a street's number or "No", "Kav", "Blok" come next.
func addrGoesOn(s string, e int) bool {
	if e >= len(s) {
		return false
	}
	if s[e] == ',' {
		return true
	}
	if s[e] != ' ' || e+1 >= len(s) {
		return false
	}
	return isDigit(s[e+1]) || hasPrefixFold(s, e+1, "no") || hasPrefixFold(s, e+1, "kav") || hasPrefixFold(s, e+1, "blok") ||
		(hasPrefixFold(s, e+1, "rt") || hasPrefixFold(s, e+1, "rw") || hasPrefixFold(s, e+1, "gg")) && (e+3 == len(s) || !isLetter(s[e+3]))
}

// cityLine returns the end of the line after an address that ends at end
// when that line holds only a city and its postal code ("Bandung 40162",
// "Sleman, DIY 55281"), or end.
func cityLine(s string, end int) int {
	// The lines after it: each only capitalised words and commas, the
	// last with a postal code ("Sukamaju, Cibeunying Kaler,\nKota Bandung,
	// Jawa Barat 40123"; Shopee's "CIBEUREUM, KOTA BANDUNG, JAWA BARAT, ID
	// 40184"). A line without the code goes with the address only when
	// the line before ended with a comma, as an address going on does.
	comma := false
	for lines := 0; lines < 3; lines++ {
		k := end
		for k < len(s) && (s[k] == ' ' || s[k] == ',' || s[k] == '\r') {
			comma = comma || s[k] == ','
			k++
		}
		if k >= len(s) || s[k] != '\n' {
			return end
		}
		q := k + 1
		last := q // the end of the line's last word
		trailing := false
		for words := 0; q < len(s) && isUpper(s[q]) && words < 8; words++ {
			w := q
			q = wordEnd(s, q)
			if _, _, fl := lookupToken(s, w, q); fl&(fCapStop|fStopWords) != 0 && fl&fAddrWords == 0 {
				return end // "Terima Kasih," is no place
			}
			last, trailing = q, false
			for q < len(s) && (s[q] == ' ' || s[q] == ',') {
				trailing = trailing || s[q] == ','
				q++
			}
		}
		e := q
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		lineEnd := e >= len(s) || s[e] == '\n' || s[e] == '\r'
		switch {
		case e-q == 5 && s[q] != '0' && (lineEnd || s[e] == ' '):
			return e
		case e == q && last > k+1 && comma && trailing && lineEnd:
			end, comma = last, false // "Sukamaju, Cibeunying Kaler,": the address goes on
		default:
			return end
		}
	}
	return end
}

// nameLine handles the name on the line before an address, as on a
// shipping label ("Kirim ke:\nRina Marlina\nJl. Kenanga 12"): a line of
// only capitalised words, two or more or a known given name. nl is the
// newline before the address.
func (sc *scanner) nameLine(nl int) {
	s := sc.s
	e := nl
	if e > 0 && s[e-1] == '\r' {
		e--
	}
	st := sc.capsBefore(e)
	if st < 0 || st > 0 && s[st-1] != '\n' {
		return
	}
	words := 0
	for q := st; q < e; {
		w := nameTokenEnd(s, q)
		if w == q {
			q++ // a blank or a mark between the words
			continue
		}
		if inSet(s, q, w, fIntroFillers|fAddrWords|fAbortWords) {
			return // "Data Pemesan", "Kota Bandung", "Toko Sejahtera"
		}
		words++
		q = w
	}
	if words < 2 && !inSet(s, st, wordEnd(s, st), fGivenNames) {
		return
	}
	sc.add(Person, st, e)
}

// strongAddrWords are the address words that make a span an address on
// their own (besides the abbreviations).
var strongAddrWords = setOf("blok", "kota", "kabupaten", "kelurahan", "kecamatan", "desa", "gang", "jalan")

// addressStrong handles Jl., Gg., Komp., Kel., Kec., Kab. and friends: the
// next token must be capitalised or a number.
func (sc *scanner) addressStrong(i, j int) int {
	s := sc.s
	if isUpper(s[i]) && sc.prevLen == 6 && sc.prevIs("kantor") && isUpper(s[sc.prevStart]) {
		return 0 // a public office by its region: "Kantor Kelurahan Cempaka Putih Timur", "Kantor Desa Wonosari"
	}
	if isLower(s[i]) && (sc.prevIs("tingkat") || sc.prevIs("level") || sc.prevIs("se")) {
		return 0 // a level, not a place: "OSN tingkat kabupaten ditutup 15 Maret"
	}
	if sc.businessBefore(i) && !streetWord(s, i, j) || sc.ourPlaceBefore(i) {
		// A place's name ("Terminal Kampung Rambutan", "Lumpia Gang
		// Lombok"), and the business's own ("Outlet baru kami di Jl.
		// Malioboro No. 52", "Kirim ke gudang di Jl. Daan Mogot Km 12").
		return 0
	}
	q := j
	if f := fieldValue(s, j); f > 0 && (isLetter(s[f]) && !(isLower(s[f]) && (chatWord(s, f, wordEnd(s, f)) || affixedWord(s, f, wordEnd(s, f)))) || isDigit(s[f]) && !countAfter(s, f)) {
		return sc.addressFrom(i, j, 1) // a form's field: "Kecamatan : Cempaka Putih", "Kel/Desa: …"
	}
	if q+2 < len(s) && s[q] == ' ' && isUpper(s[q+1]) && isUpper(s[i]) {
		// An estate's name alone before an advert's words: "Perumahan
		// Griya Asri harga mulai Rp 650 juta" names no one's home.
		e := q
		for w := 0; w < 4 && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isLower(s[e+2]); w++ {
			e = wordEnd(s, e+1)
		}
		if e > q && advertAfter(s, e) {
			return 0
		}
	}
	if q < len(s) && s[q] == '.' {
		q++
	}
	q = skipSpaces(s, q)
	if q == j && (q >= len(s) || s[q] != '.') {
		return 0
	}
	if q >= len(s) {
		return 0
	}
	e := wordEnd(s, q)
	_, kw0, fl := lookupToken(s, q, e)
	if fl&(fCapStop|fStopWords) != 0 && fl&fAddrWords == 0 && !(kw0.trig == trigHonorific && titledStreet(s, q, e)) &&
		!((fl&fAddrAbbrev != 0 || e-q == 1) && q > j && s[j] == '.' && e < len(s) && s[e] == '.' && isUpper(s[q])) &&
		!(e-q == 2 && isUpper(s[q]) && isUpper(s[q+1])) && !(e < len(s) && isDigit(s[e])) {
		return 0 // but "Jl. Dr. Setiabudi", "Jl. A. Yani": a title or an initial in the street's name; "Jl. DI Panjaitan"; a code: "Blok A2 No 3"
	}
	if streetWord(s, i, j) && (hasPrefixFold(s, q, "tol") && (q+3 == len(s) || !isLetter(s[q+3])) || sc.prevIs("surat")) {
		return 0 // a toll road ("Jalan Tol Cipularang KM 92"), a delivery note ("Surat Jalan No. 45")
	}
	property := propertyWord(s, i, j)
	if isLower(s[q]) && isUpper(s[i]) && regionWord(s, i, j) && !sc.homeWordBefore(i, true) {
		return 0 // a capitalised region's word before a word in lowercase names no region: "BLT Dana Desa tahap 2"
	}
	if isLower(s[q]) && !(j < len(s) && s[j] == '.' && j-i <= 3) {
		// "jl ahmad yani no 12", "gang haji naim no 12": a lowercase
		// street needs a number in the span, unless its abbreviation
		// says it is one ("jl. raya cibubur"). After a lodging's or a
		// property's word the number is a room's or a house's ("kost
		// putri melati kamar 5"): "Kos putri dekat kampus UI,
		// 1,5jt/bulan" is an advert.
		n := len(sc.ents)
		end, strong := sc.addressSpan(i, j, 2, true)
		if end > 0 && strong && property {
			if c := sc.endBeforeAdvert(j, end, true); c > 0 {
				return c
			}
		}
		if end > 0 && (!strong || property && (!numberedAddrWord(s, j, end) || advertIn(s, j, end) || advertAfter(s, end))) {
			sc.ents = sc.ents[:n]
			return 0
		}
		return end
	}
	if !(isUpper(s[q]) || isDigit(s[q]) || isLower(s[q])) {
		return 0
	}
	if isDigit(s[q]) && countAfter(s, q) {
		return 0 // "gang 3 kanan", "villa 2 malam"
	}
	if property {
		// "Villa Puncak kapasitas 20 orang": a property's name alone is
		// an advert's; with a unit's or a house's number it is where
		// someone lives ("Apartemen Gading Nias Tower B unit 1205").
		n := len(sc.ents)
		end, strong := sc.addressSpan(i, j, 1, false)
		if end > 0 && len(sc.ents) == n+1 {
			if c := nextPlaceAt(s, j, end); c > 0 {
				// "kost 2 …, perumahan …": the next address's word starts
				// an address of its own, as its placeholder does.
				end, sc.ents[n].end = c, c
			}
		}
		if end > 0 && strong {
			if c := sc.endBeforeAdvert(j, end, false); c > 0 {
				return c
			}
		}
		// The advert's words are looked for before the next place's word
		// only: what follows is that place's, and its placeholder next
		// pass ("kost 2l desa i, … 5 km" (FuzzRedact)).
		if end > 0 && (!strong || advertIn(s, j, placeWordIn(s, j, end)) || advertAfter(s, end)) {
			sc.ents = sc.ents[:n]
			return 0
		}
		return end
	}
	if streetWord(s, i, j) && i >= 2 && s[i-1] == ' ' && isDigit(s[i-2]) && q < len(s) && isUpper(s[q]) && plainName(s, q, wordEnd(s, q)) && !roadSize(s, q, wordEnd(s, q)) {
		// The house's number first, in English order: "deliver the cake
		// to 15 Jalan Sudirman".
		a := i - 1
		for a > 0 && isDigit(s[a-1]) && i-1-a < 5 {
			a--
		}
		if a == 0 || s[a-1] == '\n' || s[a-1] == ' ' && placeWordBefore(s, a-1) {
			if e := sc.addressFrom(a, j, 1); e > 0 {
				return e
			}
		}
	}
	if lowerASCII(s[i]) == 'b' && j-i == 4 {
		// "Blok F No. 21", "blok G-7 nomor 3": a block with its number,
		// after a name or a title as a courier's note has it. "Blok M"
		// alone is an area of Jakarta, "1 blok" a quantity.
		if i >= 2 && s[i-1] == ' ' && (isDigit(s[i-2]) && !sectorBefore(s, i-1) && !sc.inPre(i-2) && !(i-2 < sc.entEnd && sc.inValue(i-2)) || bizPlace(s, wordStart(s, i-1), i-1) && !handleBefore(s, wordStart(s, i-1))) || sc.businessBefore(i) {
			return 0 // and a business's own place: "gudang blok B no 5"
		}
		n := len(sc.ents)
		end, strong := sc.addressSpan(i, j, 2, true)
		if end > 0 && (!strong || !numberedAddrWord(s, i, end) && !blockCode(s, j) || advertAfter(s, end)) {
			sc.ents = sc.ents[:n]
			return 0
		}
		return end
	}
	if regionWord(s, i, j) && !sc.homeWordBefore(i, true) {
		// A region named alone, with no street, number or house in it and
		// no word before it of where someone lives or gets a parcel, is
		// an area's: "ongkir ke Kab. Bogor Kec. Cibinong berapa?",
		// "Posyandu Desa Sukamaju"; not "rumah saya di Desa Sukamaju".
		n := len(sc.ents)
		end := sc.addressFrom(i, j, 1)
		if end > 0 && !houseLevel(s, j, end) {
			sc.ents = sc.ents[:n]
			return 0
		}
		return end
	}
	if streetWord(s, i, j) && !sc.homeBefore(i) {
		// A street named alone, with no number, block or area and no word
		// before it of where someone lives or gets a parcel, is the
		// street's: "Jalan Sudirman macet total", "Outlet baru di Jl.
		// Diponegoro Surabaya".
		n := len(sc.ents)
		end, strong := sc.addressSpan(i, j, 1, true)
		if end > 0 && !strong {
			sc.ents = sc.ents[:n]
			return 0
		}
		return end
	}
	return sc.addressFrom(i, j, 1)
}

// blockCode reports whether a block's code with a digit in it follows
// "blok" ending at j: "blok M5/22", "Blok A2/15".
func blockCode(s string, j int) bool {
	q := j
	for q < len(s) && s[q] == ' ' {
		q++
	}
	e := q
	for e < len(s) && (isAlnum(s[e]) && s[e] < 0x80 || s[e] == '/' || s[e] == '-') {
		e++
	}
	return e > q && isLetter(s[q]) && strings.IndexAny(s[q:e], "0123456789") >= 0 && e-q <= 8
}

// roadSize reports a road's size or rank, which "2 Jalan Kecil" counts
// rather than names.
func roadSize(s string, a, b int) bool {
	var w [8]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "kecil", "besar", "utama", "raya", "lain", "baru":
		return true
	}
	return false
}

// bizPlace reports whether s[a:b] names a business's own place: a
// warehouse, an office, a branch, a drop point.
func bizPlace(s string, a, b int) bool {
	var w [12]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "gudang", "kantor", "cabang", "outlet", "pabrik", "drop", "warehouse", "counter", "loket", "agen", "toko", "ruko", "kios", "lapak", "stand", "booth":
		return true
	}
	return false
}

// placeWordBefore reports whether the word that ends at e says where: "to",
// "at", "ke", "di", "address:".
func placeWordBefore(s string, e int) bool {
	if e > 0 && s[e-1] == ':' {
		return true
	}
	a := wordStart(s, e)
	var w [8]byte
	switch string(lowerWord(w[:], s, a, e)) {
	case "to", "at", "in", "ke", "di", "from", "dari":
		return true
	}
	return false
}

// streetWord reports whether s[i:j] is a street's or a housing estate's
// word: "Jl.", "Jalan", "Gg.", "Perumahan".
func streetWord(s string, i, j int) bool {
	var w [10]byte
	switch string(lowerWord(w[:], s, i, j)) {
	case "jl", "jln", "jalan", "gg", "gang", "perum", "perumahan":
		return true
	}
	return false
}

// regionWord reports whether s[i:j] names a region: a village, a
// district, a regency, a city, a province.
func regionWord(s string, i, j int) bool {
	var w [10]byte
	switch string(lowerWord(w[:], s, i, j)) {
	case "kel", "kelurahan", "kec", "kecamatan", "kab", "kabupaten", "desa", "ds", "kota", "kodya", "kotamadya", "prov", "provinsi":
		return true
	}
	return false
}

// houseLevel reports whether the address s[a:b] comes down to a street or
// a house: a number in it, or a street's, a block's, a hamlet's word.
func houseLevel(s string, a, b int) bool {
	for q := a; q < b; {
		c := s[q]
		if isDigit(c) {
			if d := digitsEnd(s, q); d-q == 4 && (s[q] == '1' && s[q+1] == '9' || s[q] == '2' && s[q+1] == '0') && (q == 0 || s[q-1] == ' ') && (d == len(s) || !isAlnum(s[d]) && s[d] != '/' && s[d] != '-' && s[d] != '.') {
				q = d // a year after the region: "UMR Kabupaten Bekasi 2024 Rp 5.219.263"
				continue
			}
			return true
		}
		if !isLetter(c) {
			q++
			continue
		}
		e := min(wordEnd(s, q), b)
		var w [10]byte
		switch string(lowerWord(w[:], s, q, e)) {
		case "jl", "jln", "jalan", "gg", "gang", "rt", "rw", "blok", "blk", "no", "nomor", "perum", "perumahan", "komp", "kompleks", "komplek",
			"dusun", "dsn", "kp", "kampung", "apt", "apartemen", "unit", "lt", "lantai", "tower", "cluster", "griya", "ruko", "banjar", "br", "lorong", "lr":
			return true
		}
		q = e
	}
	return false
}

// homeBefore reports whether a word of where someone lives or gets a
// parcel, or of the person, comes within the five words before p on its
// line: "rumah saya di Jl. Diponegoro", "jemput di Jl. Sudirman", "saya di
// Jl. A.".
func (sc *scanner) homeBefore(p int) bool {
	return sc.homeWordBefore(p, false)
}

// homeWordBefore reads the five words before p as homeBefore does. With
// residence set, only a word of where someone lives, or who, counts: a
// region alone after it is an address ("rumah saya di Desa Sukamaju");
// after "kirim ke" or "Kantor" a parcel's destination or an office's
// region is an area ("dikirim ke luar kota seperti Kab. Karawang",
// "Kantor Desa Sukamaju").
func (sc *scanner) homeWordBefore(p int, residence bool) bool {
	s := sc.s
	if sc.addressJustBefore(p) {
		return true // the same address goes on: "Kost Putri Melati kamar 7, Gg. Nitipuran, Sewon"
	}
	q := p
	for words := 0; words < 5 && q > 0; words++ {
		for q > 0 && !isLetter(s[q-1]) {
			if s[q-1] == '\n' {
				return false
			}
			if s[q-1] == ']' {
				if b := strings.LastIndexByte(s[:q-1], '['); b >= 0 && placeholderEnd(s, b) == q {
					q = b // a placeholder is one word, as the value it replaced
					break
				}
			}
			q--
		}
		if a := sc.valueAt(q - 1); a >= 0 {
			q = glueStart(s, a) // a value found is one word, as its placeholder is
			continue
		}
		if q > 0 && isAlnum(s[q-1]) {
			// And the letters glued on either side of it, which its
			// placeholder takes ("Susan\ufffdd", "\ufffd15-04-19mat\ufffd").
			g, a := glueStart(s, q), -1
			for k := g; k < q && a < 0; k++ {
				a = sc.valueAt(k)
			}
			if a >= 0 {
				q = glueStart(s, min(a, g))
				continue
			}
		}
		e := q
		for q > 0 && isLetter(s[q-1]) {
			q--
		}
		var w [12]byte
		lw := string(lowerWord(w[:], s, q, e))
		if residence {
			switch lw {
			case "kantor", "balai", "kepala":
				if words == 0 {
					return false // the region's own office: "Kantor Kecamatan Cibinong"
				}
			case "rumah", "rumahnya", "rmh", "tinggal", "kos", "kost", "kosan", "alamat", "alamatnya", "address", "domisili",
				"saya", "sy", "aku", "gw", "gue", "warga", "penerima", "ktp", "jemput", "dijemput":
				return true
			}
			continue
		}
		switch lw {
		case "rumah", "rumahnya", "rmh", "tinggal", "kos", "kost", "kosan", "jemput", "dijemput", "antar", "diantar",
			"kirim", "dikirim", "alamat", "alamatnya", "address", "domisili", "deliver", "send", "ship", "pickup",
			"penerima", "tujuan", "ktp", "kantor", "kantornya", "tempat", "saya", "sy", "aku", "gw", "gue":
			return true
		}
	}
	return false
}

// addressJustBefore reports whether an address found, or its placeholder,
// ends right before p, past a comma and a blank.
func (sc *scanner) addressJustBefore(p int) bool {
	s := sc.s
	k := p
	for k > 0 && s[k-1] == ' ' && p-k < 2 {
		k--
	}
	if k > 0 && s[k-1] == ',' {
		k--
	}
	if k == 0 || k == p {
		return false
	}
	if s[k-1] == ']' {
		b := strings.LastIndexByte(s[:k-1], '[')
		return b >= 0 && placeholderEnd(s, b) == k && strings.HasPrefix(s[b+1:], "ADDRESS_")
	}
	for _, sp := range sc.ents {
		if sp.kind == addrIdx && sp.end == k {
			return true
		}
	}
	return false
}

// valueAt returns where the value found that holds s[p] starts, or -1.
func (sc *scanner) valueAt(p int) int {
	if p < 0 {
		return -1
	}
	for _, sp := range sc.pre {
		if p >= sp.start && p < sp.end {
			return sp.start // a pre-pass's value too: "@SKU-BRS-005 to Jl. …" (FuzzRedact)
		}
	}
	if p >= sc.entEnd {
		return -1
	}
	for _, sp := range sc.ents {
		if p >= sp.start && p < sp.end {
			return sp.start
		}
	}
	return -1
}

// advertAfter reports whether one of the three words after e offers the
// property: "Ruko blok F no 9 disewakan, 80 juta per tahun".
func advertAfter(s string, e int) bool {
	q := e
	for w := 0; w < 3 && q < len(s); w++ {
		for q < len(s) && (s[q] == ' ' || s[q] == ',' || s[q] == ':') {
			q++
		}
		if pe := placeholderEnd(s, q); pe > 0 {
			q = pe // a value's placeholder is a word, as the value was: "Apartemen 2BW ki [PERSON_1] disewakan" (FuzzRedact)
			continue
		}
		f := wordEnd(s, q)
		if f == q {
			return false
		}
		if _, kw, _ := lookupToken(s, q, f); kw.trig == trigAddress {
			return false // another address, which the words after describe (see nextPlaceAt)
		}
		var b [12]byte
		switch string(lowerWord(b[:], s, q, f)) {
		case "mau", "mo", "minta", "mohon", "tolong", "ingin", "pengen":
			return false // what a person wants there: "…, mau perpanjang sewa 1 thn"
		case "disewakan", "dijual", "dikontrakkan", "dikontrakan", "sewa", "jual", "for", "harga", "tersewa", "terjual",
			"laku", "kosong", "tersedia", "sisa", "tinggal", "ready", "available", "promo", "dp", "cicilan", "nup":
			return true
		}
		q = f
	}
	return false
}

// nextPlaceAt returns where the address s[j:end] ends before its last
// word when that word, after a comma, is an address's word of its own
// ("kost 2 …, perumahan"), or 0.
func nextPlaceAt(s string, j, end int) int {
	for k := j + 1; k+2 < end; k++ {
		if s[k] != ',' && s[k] != '#' && s[k] != ':' && s[k] != '/' && s[k] != '+' && s[k] != '(' {
			continue // a mark an address holds, not a blank or a full stop: "Jl." starts one
		}
		w := k + 1 // past the blanks and the marks after the comma, as the span reads them: "…,:perumahan", "…,#perumahan" (FuzzRedact)
		for w < end && addrSep(s[w]) && s[w] != ',' {
			w++
		}
		if w >= end || !isLetter(s[w]) {
			continue
		}
		// The first such word, wherever it stands in the span: "kost
		// 2lanilagi, perumahan penit terjual, …" (FuzzRedact).
		if _, kw, _ := lookupToken(s, w, wordEnd(s, w)); kw.trig == trigAddress {
			return k
		}
	}
	return 0
}

// placeWordIn returns where the first word of s[a:b] past a that starts
// an address of its own ("desa", "kel.", "perumahan") stands, or b.
func placeWordIn(s string, a, b int) int {
	for q := a + 1; q < b; q++ {
		if !isLetter(s[q]) || isLetter(s[q-1]) || isDigit(s[q-1]) {
			continue
		}
		if _, kw, _ := lookupToken(s, q, wordEnd(s, q)); kw.trig == trigAddress {
			return q
		}
	}
	return b
}

// advertIn reports whether s[a:b], after a property's word, describes the
// property rather than where it is: its floor area ("24 m2"), its number
// of floors or rooms ("3 lantai", "2 kamar") or its price ("120jt").
func advertIn(s string, a, b int) bool {
	for q := a; q < b; q++ {
		if !isDigit(s[q]) || q > a && isDigit(s[q-1]) {
			continue
		}
		e := q
		for e < b && (isDigit(s[e]) || s[e] == ',' || s[e] == '.') {
			e++
		}
		if q >= 2 && s[q-1] == ' ' && isLetter(s[q-2]) {
			var lw [8]byte
			switch string(lowerWord(lw[:], s, wordStart(s, q-1), q-1)) {
			case "tower", "tw", "blok", "no", "nomor", "unit":
				q = e // a tower's or a house's number: "Tower 9 lt 15", not "2 lantai"
				continue
			}
		}
		r := e
		if r < b && s[r] == ' ' {
			r++
		}
		w := wordEnd(s, r)
		if w == r && hasPrefixFold(s, r, "m²") {
			return true
		}
		var lw [8]byte
		switch string(lowerWord(lw[:], s, r, w)) {
		case "m", "sqm", "lantai", "lt", "kamar", "kt", "km", "jt", "juta", "rb", "ribu":
			if string(lowerWord(lw[:], s, r, w)) != "m" || w < len(s) && s[w] == '2' {
				return true
			}
		}
		q = e
	}
	return false
}

// numberedAddrWord reports whether an address word with a number after
// it ("kamar 5", "no 12", "unit 3") is in s[a:b].
func numberedAddrWord(s string, a, b int) bool {
	for q := a; q < b; {
		for q < b && !isLetter(s[q]) {
			q++
		}
		e := wordEnd(s, q)
		if e == q {
			return false
		}
		r := e
		for r < b && (s[r] == ' ' || s[r] == '.') {
			r++
		}
		if r < b && (isDigit(s[r]) || isLetter(s[r]) && spelledNumberWord(s, r, wordEnd(s, r))) && inSet(s, q, e, fAddrWords) {
			return true // and its number read out: "cluster bougenville nomor dua puluh dua"
		}
		q = e
	}
	return false
}

// propertyWord reports whether s[i:j] names a lodging or a property
// rather than a street or an area.
func propertyWord(s string, i, j int) bool {
	var w [12]byte
	switch string(lowerWord(w[:], s, i, j)) {
	case "kost", "kos", "kosan", "asrama", "villa", "ruko", "apartemen", "apt", "apartment", "apartement",
		"townhouse", "cluster":
		return true
	}
	return false
}

// fieldValue returns where the value of a form's field starts when the
// word ending at j is its label, alone or with a second word after a
// slash ("Kel/Desa :", "Kab/Kota:"), and 0 otherwise.
func fieldValue(s string, j int) int {
	q := j
	if q+1 < len(s) && s[q] == '/' && isLetter(s[q+1]) {
		q = wordEnd(s, q+1)
	}
	for q < len(s) && s[q] == ' ' {
		q++
	}
	if q >= len(s) || s[q] != ':' {
		return 0
	}
	q = skipSpaces(s, q+1)
	if q >= len(s) {
		return 0
	}
	return q
}

// countAfter reports whether the number at q is followed by a word that
// says what it counts ("3 unit", "2 malam", "5 km").
func countAfter(s string, q int) bool {
	e := q
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e < len(s) && s[e] == ' ' {
		e++
	}
	w := wordEnd(s, e)
	// The unit may be said twice as chat writes it: "2 bulan2". A unit's
	// word with a number after it is a label: "lantai 15 unit 1507".
	return w > e && (w == len(s) || !isDigit(s[w]) || s[w] == '2' && (w+1 == len(s) || !isAlnum(s[w+1]))) && inSet(s, e, w, fUnitWords) &&
		!labelAfter(s, w) // "lantai 15 unit 1507", "unit S507", "unit fS057", "unit :507"
}

// labelAfter reports whether a token with a digit follows a unit's word
// that ends at w, past blanks and a colon: the word is its label.
func labelAfter(s string, w int) bool {
	p := w
	for p < len(s) && p-w < 3 && (s[p] == ' ' || s[p] == ':') {
		p++
	}
	// And the token's word before its number: "unit tower:507"; and a
	// tower's word, which unit reads as the unit's: "unit tower:…507"
	// (FuzzRedact).
	return p > w && (codeHasDigit(s, p) || hasPrefixFold(s, p, "tower"))
}

// codeHasDigit reports whether the code at p, ASCII letters and digits
// with ':', '-' or '/' between, holds a digit in its first twelve bytes:
// "tower:507", "HR-7721".
func codeHasDigit(s string, p int) bool {
	for e := p; e < len(s) && e-p < 12 && (isAlnum(s[e]) && s[e] < utf8.RuneSelf || s[e] == ':' || s[e] == '-' || s[e] == '/'); e++ {
		if isDigit(s[e]) {
			return true
		}
	}
	return false
}

// alnumHasDigit reports whether the run of ASCII letters and digits at p
// holds a digit.
func alnumHasDigit(s string, p int) bool {
	for ; p < len(s) && isAlnum(s[p]) && s[p] < utf8.RuneSelf; p++ {
		if isDigit(s[p]) {
			return true
		}
	}
	return false
}

// hallBefore reports whether the word before s[i], or the one before that,
// is a public hall's or post's: "Balai", "Pos", "Aula", "Posyandu".
func (sc *scanner) hallBefore(i int) bool {
	s := sc.s
	for w, e := 0, i-1; w < 2 && e > 0 && s[e] == ' '; w++ {
		a := wordStart(s, e)
		if a < e && (a < sc.entEnd && sc.inValue(a) || sc.inPre(a) || a > 0 && s[a-1] == '@') {
			return false // a value's word, its placeholder next time, and a handle's (FuzzRedact)
		}
		var b [8]byte
		switch string(lowerWord(b[:], s, a, e)) {
		case "balai", "pos", "aula", "posyandu", "sekretariat", "gedung", "grup", "group", "warga", "arisan", "iuran", "kas", "pengurus", "ketua",
			"bakti", "rapat", "ronda", "lomba", "senam", "pengajian": // the neighbourhood's own event: "Kerja bakti RW 05 dilaksanakan Minggu"
			return true
		}
		e = a - 1
	}
	return false
}

// addrKWFillers may sit between "alamat" and the address.
var addrKWFillers = setOf("saya", "aku", "gue", "gw", "sy", "lengkap", "lengkapnya", "rumah", "kantor",
	"di", "ke", "my", "is", "nya", "pengiriman", "penerima", "kirim", "to", "at", "home", "baru",
	"sekarang", "ya", "kak", "min", "tujuan", "mohon", "tolong", "dong", "aja", "alamat", "the",
	"delivery", "shipping", "sesuai", "ktp", "domisili", "tinggal", "skrg", "yg", "yang", "jadi",
	"will", "be", "now", "new", "forwarding", "permanent", "current", "mailing") // "My forwarding address will be 14 Rue de la Paix, …"

// townBanjar reports whether s[k:e] is "Banjar" after "Kota" or "Kab.":
// the town in West Java, no hamlet of Bali's.
func townBanjar(s string, k, e int) bool {
	if e-k != 6 || lowerASCII(s[k]) != 'b' || k < 5 {
		return false
	}
	a := k - 1
	for a > 0 && (s[a] == ' ' || s[a] == '.') {
		a--
	}
	w := wordStart(s, a+1)
	return hasPrefixFold(s, w, "kota") || hasPrefixFold(s, w, "kab") || hasPrefixFold(s, w, "city")
}

// addressKeyword handles "alamat: Griya Asri Blok C5 No. 7" and, more
// strictly, "kirim ke …"/"tinggal di …".
func (sc *scanner) addressKeyword(j int, weak bool) int {
	s := sc.s
	q := j
	if k := strings.IndexByte(s[j:], ':'); !weak && k > 0 && strings.IndexByte(s[j:j+k], '\n') < 0 {
		// A colon on the line first, as most texts have none after the
		// keyword: past the label's words to it, "alamat untuk pengiriman
		// laptop WFH: Taman Surya 5 …".
		if c := labelColon(s, j); c > 0 && !addressIn(s, j, c) {
			q = c
		}
	}
	for k := 0; k < 5; k++ {
		r := q
		for r < len(s) && (s[r] == ' ' || s[r] == ':' || s[r] == '\t' || s[r] == '-' || s[r] == '=') {
			r++
		}
		e := wordEnd(s, r)
		if e > r && inSet(s, r, e, fAddrKWFillers) && !(e < len(s) && s[e] == '.') {
			q = e
			continue
		}
		q = r
		break
	}
	if q >= len(s) || !(isUpper(s[q]) || isDigit(s[q]) || isLower(s[q])) {
		return 0
	}
	n := len(sc.ents)
	// In lowercase, as chat types it: "kirim ke graha raya bintaro blok
	// J3 no 10"; the span must then have a number and an address's word.
	low := isLower(s[q])
	if low && bizPlace(s, q, wordEnd(s, q)) {
		return 0 // "kirim ke gudang blok B no 5", a business's own place
	}
	end, strong := sc.addressSpan(q, q, 2, low)
	if low && end > 0 && (!strong || !numberedAddrWord(s, q, end)) {
		sc.ents = sc.ents[:n]
		return 0
	}
	if end == 0 {
		return 0
	}
	if weak {
		// Demand an explicit address word ("Jl.", "Blok", "RT") in the span,
		// or a house's number before the street's name and its town, in
		// English order: "I live at 15 Kingsway, London".
		ok := false
		if d := digitsEnd(s, q); d > q && d-q <= 4 && s[q] != '0' && d+3 < end && s[d] == ' ' && isUpper(s[d+1]) && isLower(s[d+2]) {
			if w := wordEnd(s, d+1); w+2 < end && s[w] == ',' && s[w+1] == ' ' && isUpper(s[w+2]) && recordName(s, d+1, w, true) {
				ok = true
			}
		}
		for k := q; k < end; {
			e := wordEnd(sc.s, k)
			if e > k {
				if lw := lowerWord(sc.buf[:], sc.s, k, e); lw != nil && (tokenKeyword(sc.s, k, e).trig == trigAddress && !townBanjar(s, k, e) || string(lw) == "blok" || string(lw) == "rt") {
					ok = true
					break
				}
				if lw := lowerWord(sc.buf[:], sc.s, k, e); lw != nil && string(lw) == "tower" &&
					strings.IndexFunc(s[q:end], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
					ok = true // an apartment tower's unit or floor: "kirim ke 21F Tower Orchid"
					break
				}
				k = e
			} else {
				k++
			}
		}
		strong = ok
	}
	if !strong {
		sc.ents = sc.ents[:n]
		return 0
	}
	return end
}

// addressRT handles "RT 003/RW 004", "RT.01/RW.02", "RT/RW 003/004".
func (sc *scanner) addressRT(i, j int) int {
	s := sc.s
	q := j
	for q < len(s) && (s[q] == ' ' || s[q] == '.' || s[q] == ':') {
		q++
	}
	if q < len(s) && isDigit(s[q]) {
		if d := digitsEnd(s, q); d-q > 3 || d < len(s) && isLetter(s[d]) {
			return 0 // a model's code: "RT38K5032S8/SE"
		} else if q == j && d-q >= 2 && s[i] == 'R' && s[i+1] == 'T' && sc.prevLen > 0 && sc.prevStart+sc.prevLen+1 == i && isUpper(s[sc.prevStart]) && !(sc.prevStart < sc.entEnd && sc.inValue(sc.prevStart)) && !(d < len(s) && (s[d] == '/' || hasPrefixFold(s, d, " rw"))) {
			return 0 // and glued after a make's name, with no RW: "Samsung RT38 free delivery"
		}
	}
	if q+7 < len(s) && s[q] == '/' && hasPrefixFold(s, q+1, "rw net") && (q+7 == len(s) || !isLetter(s[q+7])) {
		return 0 // "RT/RW net", a neighbourhood's shared internet
	}
	if q == j+1 && q+2 < len(s) && isUpper(s[q]) && isLower(s[q+1]) && (sc.prevIs("ketua") || sc.prevIs("pengurus")) {
		if e := nameTokenEnd(s, q); pairWord(s, q, e) || inSet(s, q, e, fGivenNames) {
			return sc.personAfter(q, modeCap) // the neighbourhood's head by name: "sy ketua RT Darsono hp …"
		}
	}
	if q < len(s) && s[q] == '/' && hasPrefixFold(s, q+1, "rw") && !digitAhead(s, q+3) {
		return 0 // the neighbourhood's heads, no number: "surat pengantar RT/RW, …"
	}
	if q < len(s) && (isDigit(s[q]) || (s[q] == '/' && hasPrefixFold(s, q+1, "rw"))) {
		if i >= 4 && sc.hallBefore(i) {
			return 0 // the neighbourhood's own hall: "di Balai RW 03", "Balai Warga RW 07", "Pos Ronda RT 04"
		}
		return sc.addressFrom(i, j, 1)
	}
	return 0
}

// unit reads an apartment's unit after "unit" (s[i:j]): its code, with a
// digit in it, and the tower, the floor or the building's words around
// it ("unit 21F Tower Orchid", "penghuni unit 18-05 Tower Bougenville",
// "Unit: Tower B Lt 12 No. 08 Apartemen Kalibata City"). "2 unit" and
// "unit 3 AC" count things.
func (sc *scanner) unit(i, j int) int {
	s := sc.s
	if i >= 2 && isDigit(s[i-2]) && !floorBefore(s, i-1) && !(i-2 < sc.entEnd && sc.inValue(i-2)) { // not a value's digit, its placeholder next pass (FuzzRedact)
		k := i - 2
		for k > 0 && isDigit(s[k-1]) {
			k--
		}
		if k == 0 || !isAlnum(s[k-1]) && s[k-1] != '_' && s[k-1] != '.' && s[k-1] != '@' {
			return 0 // "tinggal 3 unit"; not "lantai 15 unit 1507", nor a handle's digit ("@antavvv5 unit 1507" (FuzzRedact))
		}
	}
	q := j
	for q < len(s) && (s[q] == ' ' || s[q] == ':') {
		q++
	}
	own := false // whose unit it is: "unit saya 3A-11", "unit aq B-07-12"
	if w := wordEnd(s, q); w > q && w < len(s) && (s[w] == ' ' || s[w] == ':') {
		var b [8]byte
		switch string(lowerWord(b[:], s, q, w)) {
		case "saya", "sy", "aku", "aq", "ak", "gw", "gue", "kami", "my", "our":
			own = true
			for q = w; q < len(s) && (s[q] == ' ' || s[q] == ':'); q++ {
			}
		case "sebelah", "samping", "depan", "seberang", "atas", "bawah":
			// A neighbour's: "unit sebelah B-1203 berisik terus".
			if w+1 < len(s) && s[w] == ' ' && unitLetterCode(s, w+1) > 0 {
				q, own = w+1, true // the code only, as the unit's own
			}
		}
	}
	e := q
	for e < len(s) && (isAlnum(s[e]) && s[e] < 0x80 || s[e] == '-' && e+1 < len(s) && isAlnum(s[e+1])) {
		e++
	}
	code := strings.IndexFunc(s[q:e], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 && e-q <= 8 && e-q >= 2
	if !code && e-q <= 1 {
		if f := spelledCodeEnd(s, q); f > 0 {
			// Read out in a voice note: "unit a tujuh belas nol tiga",
			// "unit saya c nol lima satu dua".
			if q < sc.entEnd && sc.inValue(q) || sc.overlaps(q, f) {
				return 0
			}
			if own {
				sc.add(Address, q, f)
			} else {
				sc.add(Address, i, f)
			}
			return f
		}
	}
	if own {
		if !code || e < len(s) && (s[e] == '@' || s[e] == '_' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) || q < sc.entEnd && sc.inValue(q) || countAfter(s, q) {
			return 0
		}
		sc.add(Address, q, e) // the code only: "unit saya 3A-11"
		return e
	}
	if !code && !(q < len(s) && hasPrefixFold(s, q, "tower")) {
		return 0 // "unit AC 2 PK", the usual quantity's word
	}
	// A tower, a floor or an apartment's word near it says where.
	// It is looked for in the whole line, not in so many bytes around:
	// the values between shrink to placeholders ("tenant Oliver Bennett,
	// KITAS 2C11AB1234567, unit 12A").
	a := strings.LastIndexByte(s[:i], '\n') + 1
	b := len(s)
	if k := strings.IndexByte(s[e:], '\n'); k >= 0 {
		b = e + k
	}
	near := saysAny(s[a:b], "tower", "apartemen", "apartment", "apt", "lantai", "lt", "penghuni", "tenant", "residence", "condo", "kondominium", "owner", "rusun",
		"disewakan", "penyewa", "sewa", "lobby", "lobi", "resepsionis", "pengelola", "ipl") ||
		unitCodeAt(s, q) || flatDash(s[q:e]) || // a floor and a unit apart by a dash: "unit 22-05", "unit 3A-17"
		// An apartment's unit by its code's own form ("from unit 12B"),
		// or a number of three digits or four whose neighbour or owner
		// speaks: "TETANGGA UNIT 1512", "pemilik unit 7B".
		flatCode(s[q:e]) || unitLetterCode(s, q) == e || e-q >= 3 && e-q <= 4 && allDigits(s[q:e]) && !(e+2 < len(s) && s[e] == ' ' && tokenKeyword(s, e+1, wordEnd(s, e+1)).ctx != ctxNone) &&
		(sc.prevIs("from") || sc.prevIs("di") || sc.prevIs("pemilik") || sc.prevIs("tetangga") || sc.prevIs("saya") || sc.prevIs("my") || sc.prevIs("our") || sc.prevIs("dari"))
	if !near || !code && !(q < len(s) && hasPrefixFold(s, q, "tower")) {
		return 0
	}
	if c := s[q:e]; len(c) >= 3 && (strings.HasSuffix(strings.ToLower(c), "br") || strings.HasSuffix(strings.ToLower(c), "kt")) {
		return 0 // a unit's size, "Unit 2BR Apartemen …", as an advert has it
	}
	n := len(sc.ents)
	end, strong := sc.addressSpan(i, j, 1, true)
	if end == 0 || !strong || advertAfter(s, end) {
		sc.ents = sc.ents[:n]
		if code && !advertAfter(s, e) && !(end > 0 && advertAfter(s, end)) && (e == len(s) || !isAlnum(s[e]) && s[e] != '.' && s[e] != '_' && s[e] != '@') && !(q < sc.entEnd && sc.inValue(q)) && !sc.overlaps(i, e) {
			sc.add(Address, i, e) // the unit alone: "owner unit 2817 yg disewakan"
			return e
		}
		return 0
	}
	if end < e && len(sc.ents) == n+1 && sc.ents[n].start == i {
		sc.ents[n].end, end = e, e // the whole code: "pemilik unit 31-A Tower 2"
	}
	if k := strings.Index(s[e:end], " / "); k >= 0 && len(sc.ents) == n+1 && sc.ents[n].start == i {
		sc.ents[n].end, end = e+k, e+k // a record's next field: "Unit 5B-08 / Penerima: …"
	}
	return end
}

// unitCodeAt reports whether an apartment unit's code starts at r: a
// floor's digits, a dash and the unit's digits or letter ("25-07",
// "18-B"), or a floor and a letter ("8C", see flatCode); then no more of
// the token.
func unitCodeAt(s string, r int) bool {
	d := digitsEnd(s, r)
	if d == r || d-r > 3 {
		return false
	}
	e := d
	if e+1 < len(s) && s[e] == '-' && isAlnum(s[e+1]) {
		e++
		f := e
		for f < len(s) && isAlnum(s[f]) && f-e < 3 {
			f++
		}
		return f == len(s) || !isAlnum(s[f])
	}
	if e < len(s) && isUpper(s[e]) {
		e++
	}
	return (e == len(s) || !isAlnum(s[e])) && flatCode(s[r:e])
}

// flatDash reports whether t is a floor, its tower's letter and a unit
// apart by a dash: "3A-17", "5B-08".
func flatDash(t string) bool {
	d := strings.IndexByte(t, '-')
	return d >= 2 && d <= 4 && flatCode(t[:d]) && d+1 < len(t) && len(t)-d-1 <= 3 && allDigits(t[d+1:])
}

// flatCode reports whether t is an apartment's unit by its form: a
// floor's one to three digits and a letter, "12B", "3A", not a measure's
// or a make's letter ("2PK", "5G", "3D").
func flatCode(t string) bool {
	n := len(t)
	if n < 2 || n > 4 || !isUpper(t[n-1]) || !allDigits(t[:n-1]) {
		return false
	}
	switch t[n-1] {
	case 'D', 'G', 'K', 'L', 'M', 'P', 'T', 'V', 'W', 'X':
		return false
	}
	return true
}

// tower reads an apartment's unit from its tower's word ending at j: the
// tower's letter, number or name, then its floor or its unit's number:
// "Tower C lantai 22 nomor 2211", "Tw. E #09-12", "Tower 9 lt 15 no 3".
// A tower alone ("Tower B sedang renovasi") names a building.
func (sc *scanner) tower(i, j int) int {
	s := sc.s
	q := j
	if q < len(s) && s[q] == '.' {
		q++
	}
	if q+2 >= len(s) || s[q] != ' ' || !isAlnum(s[q+1]) {
		return 0
	}
	q++
	c := q
	for c < len(s) && isAlnum(s[c]) && c-q < 12 {
		c++
	}
	if c == q {
		return 0
	}
	r := c
	if r < len(s) && s[r] == ',' {
		r++
	}
	for r < len(s) && s[r] == ' ' {
		r++
	}
	code := unitCodeAt(s, r)
	if c-q > 3 && !isUpper(s[q]) && !(code && r > c && s[r-1] == ' ' && tokenKeyword(s, q, c) == (keyword{}) && !chatWord(s, q, c)) {
		return 0 // "tower lampu", "tower 3 lantai" counts below; but "tower jasmine 17cd"
	}
	w := r
	if r < len(s) && s[r] == '#' && r+1 < len(s) && isDigit(s[r+1]) {
		w = r + 1 // "Tw. E #09-12"
	} else if code {
		// The unit's code right after the tower's name: "Tower Bellavista
		// 25-07", "Tower B 8C", "Tower Montreal 18-B".
	} else if d := digitsEnd(s, r); c-q <= 2 && d-r >= 3 && d-r <= 4 && (d == len(s) || !isAlnum(s[d]) && s[d] != '-' && s[d] != '.') {
		// A unit's number of its floor and its own after the tower's
		// letter: "Tower D 1512", "tower d 1512".
	} else {
		e := wordEnd(s, r)
		var lw [8]byte
		switch string(lowerWord(lw[:], s, r, e)) {
		case "lantai", "lt", "floor", "fl", "no", "nomor", "unit":
			w = e
			if w < len(s) && s[w] == '.' {
				w++
			}
			for w < len(s) && s[w] == ' ' {
				w++
			}
		default:
			return 0
		}
	}
	if w >= len(s) || !isDigit(s[w]) && !(isLower(s[w]) && spelledNumberWord(s, w, wordEnd(s, w))) || countAfter(s, w) {
		return 0 // "Tower A lantai 3 kamar" counts floors; "Tower B lantai dasar" names one; "tower b lantai dua belas" is read out
	}
	n := len(sc.ents)
	end, strong := sc.addressSpan(i, j, 2, true)
	if end <= w || !strong || advertAfter(s, end) || sc.businessBefore(i) || sc.ourPlaceBefore(i) {
		sc.ents = sc.ents[:n]
		return 0
	}
	return end
}

// ourPlaceBefore reports whether the words just before a place, in its
// clause, say it is the business's own: "kantor kami di Tower 2 lantai 5",
// "our office is at …", "kirim ke gudang di …". A customer's office
// ("kirim ke kantor saya di …") is a place that names them.
func (sc *scanner) ourPlaceBefore(i int) bool {
	s := sc.s
	if i >= 10 && s[i-1] == ' ' && s[i-2] == ',' {
		// A public office's address after its name: "Kantor Kecamatan
		// Coblong, Jl. Sangkuriang No. 2", "Kantor Desa Wonosari, Jl. …".
		ps := strings.LastIndexAny(s[:i-2], ",;\n") + 1
		ps = skipSpaces(s, ps)
		if hasPrefixFold(s, ps, "kantor ") && isUpper(s[ps]) || hasPrefixFold(s, ps, "balai ") && isUpper(s[ps]) {
			return true
		}
	}
	// The clause, however long: a limit in bytes would read a different
	// stretch once a value before is a placeholder.
	a := strings.LastIndexAny(s[:i], ",;\n") + 1
	for c := i; ; {
		k := strings.LastIndex(s[a:c], ". ")
		if k < 0 {
			break
		}
		if w := wordStart(s, a+k); a+k-w > 3 || w == a+k || a+k-1 < sc.entEnd && sc.inValue(a+k-1) {
			// A sentence's end, or a value's, as after its placeholder
			// (FuzzRedact: "Jl. Melati No. m ke kantor …"); not an
			// abbreviation's full stop: "gudang Jl. Industri Raya Blok C3".
			a += k + 2
			break
		}
		c = a + k
	}
	we, shop, chain, ours := false, false, false, false
	named := -1 // where a capitalised place's word starts a name in the clause: "Toko Bintang Jaya di Jl. …"
	for q := a; q < i; {
		for q < i && !isLetter(s[q]) {
			q++
		}
		e := wordEnd(s, q)
		if e == q {
			break
		}
		if q > 0 && (isAlnum(s[q-1]) || s[q-1] == '@' || s[q-1] == '_' || s[q-1] == '.') || e < len(s) && (isAlnum(s[e]) || s[e] == '@' || s[e] == '_') ||
			q < sc.entEnd && sc.inValue(q) || sc.inPre(q) {
			q = e // a word of a token or a value: "@outlet_kami", a placeholder next time
			continue
		}
		var w [9]byte
		switch string(lowerWord(w[:], s, q, e)) {
		case "gudang", "cabang", "outlet", "showroom", "warehouse", "branch", "pusat", "workshop", "seminar", "pameran", "bazar", "depot":
			ours = true // and "kantor pusat", an event's place: "Lokasi workshop di Jl. …"
		case "alamat", "alamatnya", "rumah", "rumahnya", "address", "home", "kos", "kost", "kosan":
			ours = false // a person's place after ours: "tukar langsung dari gudang ke alamat dia Jl. …"
		case "indomaret", "alfamart", "alfamidi", "lawson", "superindo", "hypermart", "transmart", "carrefour", "spbu", "samsat":
			// A chain's shop or a public office named by its street, right
			// before it: "Drop point terdekat: Indomaret Jl. Pemuda"; not
			// a home's landmark ("rumah saya dekat Indomaret Jl. …").
			chain = skipSpaces(s, e) == i
		case "kami", "our", "we":
			we = true
		case "kantor", "office", "toko", "store", "shop", "usaha", "resto", "kafe", "cafe", "butik", "studio", "klinik",
			"apotek", "hotel", "kampus", "sekolah", "restoran", "bengkel", "salon", "pabrik", "warung", "masjid", "gereja":
			shop = true
			if isUpper(s[q]) {
				named = e
			} else if skipSpaces(s, e) == i && lowerASCII(s[q]) == 'k' && e-q == 6 && lowerASCII(s[q+1]) == 'a' {
				chain = true // a campus by its street: "di kampus Jl. Raya Bogor KM 21"
			}
		}
		if named >= 0 && q >= named && !isUpper(s[q]) && !(e-q == 2 && hasPrefixFold(s, q, "di") && skipSpaces(s, e) == i) {
			named = -1 // only capitalised words between the place's word and "di"
		}
		q = e
	}
	if ours {
		return true
	}
	if named >= 0 && (hasPrefixFold(s, max(0, i-4), " di ") || hasPrefixFold(s, max(0, i-4), " ke ") && saysAny(s[max(0, i-24):i], "pindah")) {
		return true // a place by its name, then where: "Toko Bintang Jaya di Jl. Ahmad Yani No. 120"
	}
	return we && shop || chain && !homeBefore(s, i, sc) // "kantor kami", "our office"; not "rumah kami"
}

// homeBefore reports whether the line before i speaks of a home ("rumah",
// "kos", "tinggal", "alamat"…) outside any value: then a chain's shop by
// its street is a landmark of it. The whole line, not the clause: an
// address's "Jl. " before would end a clause that its placeholder does
// not ("rumah Jl. Mawar 5 dekat Indomaret Jl. Pemuda No. 5").
func homeBefore(s string, i int, sc *scanner) bool {
	for q := strings.LastIndexByte(s[:i], '\n') + 1; q < i; {
		for q < i && !isLetter(s[q]) {
			q++
		}
		e := wordEnd(s, q)
		if e == q {
			break
		}
		if q > 0 && isAlnum(s[q-1]) || q < sc.entEnd && sc.inValue(q) {
			q = e
			continue
		}
		var w [10]byte
		switch string(lowerWord(w[:], s, q, e)) {
		case "rumah", "kos", "kost", "kosan", "tinggal", "alamat", "alamatnya", "home", "live":
			return true
		}
		q = e
	}
	return false
}

// endBeforeAdvert handles a property's address s[j:end], just added, with
// an advert after it that belongs to a second address read into it ("kost
// 2 bulan, perumahan 3 uni terjual"): this one ends before the second, as
// it does once the second is a placeholder. It returns the new end, or 0
// when there is no such second address or the first part is an advert
// too (or, with numbered, has no numbered word).
func (sc *scanner) endBeforeAdvert(j, end int, numbered bool) int {
	s := sc.s
	if !advertAfter(s, end) {
		return 0
	}
	c := nextAddressAt(s, j, end)
	if c == 0 || numbered && !numberedAddrWord(s, j, c) || advertIn(s, j, c) || advertAfter(s, c) {
		return 0
	}
	sc.ents[len(sc.ents)-1].end = c
	return c
}

// nextAddressAt returns where, in s[a:b], the text before the last word
// that starts another address ends ("kost 2 bulan, perumahan 3" ends
// after "bulan"), or 0: the word after a blank or a comma, and the
// blanks and commas before it left out.
func nextAddressAt(s string, a, b int) int {
	cut := 0
	for q := a + 1; q < b; q++ {
		if !isLetter(s[q]) || s[q-1] != ' ' && s[q-1] != ',' && s[q-1] != '(' {
			continue // and in brackets: "kost 2 bulan,(perumahan 3 …"
		}
		// Only a word whose own address no advert undoes: not a
		// property's nor a block's ("Cluster Sakura blok K2 tinggal 3
		// unit" is an advert whole).
		if w := wordEnd(s, q); w > q && tokenKeyword(s, q, w).trig == trigAddress && !propertyWord(s, q, w) && !(w-q == 4 && hasPrefixFold(s, q, "blok")) {
			c := q
			for c > a && (s[c-1] == ' ' || s[c-1] == ',' || s[c-1] == '(') {
				c--
			}
			if c > a {
				cut = c
			}
		}
	}
	return cut
}

// sectorBefore reports whether the number that ends at b follows a word
// of an estate's part: "sektor 1.2 blok AB", "cluster 3 blok C".
func sectorBefore(s string, b int) bool {
	d := b
	for d > 0 && (isDigit(s[d-1]) || s[d-1] == '.' && d >= 2 && isDigit(s[d-2])) {
		d--
	}
	for d > 0 && s[d-1] == ' ' {
		d--
	}
	w := d
	for w > 0 && isLetter(s[w-1]) {
		w--
	}
	var buf [8]byte
	switch string(lowerWord(buf[:], s, w, d)) {
	case "sektor", "sector", "cluster", "klaster", "fase", "phase", "tahap", "zona", "zone":
		return true
	}
	return false
}

// floorBefore reports whether the number that ends at b follows a
// floor's word: "lantai 15", "lt. 3", "floor 12".
func floorBefore(s string, b int) bool {
	d := b
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	for d > 0 && (s[d-1] == ' ' || s[d-1] == '.') {
		d--
	}
	w := d
	for w > 0 && isLetter(s[w-1]) {
		w--
	}
	var buf [8]byte
	switch string(lowerWord(buf[:], s, w, d)) {
	case "lantai", "lt", "floor", "lante":
		return true
	}
	return false
}

// imei reads a phone's IMEI after its keyword ending at j: fifteen to
// seventeen digits, in groups or not ("IMEI 1: 861234056789012", "IMEI HP
// ku: 35 209908 123456 7"). A phone is registered with its owner's NIK.
func (sc *scanner) imei(j int) int {
	s := sc.s
	ls := strings.LastIndexByte(s[:j], '\n') + 1
	if sc.productLine(ls, j) || strings.Contains(strings.ToLower(s[ls:j]), "dijual") || strings.Contains(strings.ToLower(s[ls:j]), "display") {
		return 0 // a shop's stock: "Stok iPhone 13 second, IMEI …"
	}
	q := j
	// Up to six short words first: "IMEI HP saya yang hilang …", "IMEI-nya …".
	for k := 0; k < 7 && q < len(s); k++ {
		for q < len(s) && (s[q] == ' ' || s[q] == ':' || s[q] == '.' || s[q] == '#' || s[q] == '-' && k == 0) {
			q++
		}
		if k == 6 {
			break
		}
		if q < len(s) && isDigit(s[q]) {
			if d := digitsEnd(s, q); d-q == 1 && d < len(s) && (s[d] == ':' || q == j && s[d] == ' ') {
				q = d // "IMEI 1: …", the phone's first slot; "IMEI1 3527…"
				continue
			}
			break
		}
		e := wordEnd(s, q)
		if e == q || e-q > 8 {
			return 0
		}
		q = e // "IMEI HP ku: …"
	}
	if q >= len(s) || !isDigit(s[q]) || q > 0 && isAlnum(s[q-1]) {
		return 0
	}
	e, n := q, 0
	for e < len(s) && n < 21 {
		if isDigit(s[e]) {
			n++
			e++
			continue
		}
		if (s[e] == ' ' || s[e] == '-') && e+1 < len(s) && isDigit(s[e+1]) && n < 15 {
			e++
			continue
		}
		break
	}
	if n < 15 || n > 20 || e < len(s) && isAlnum(s[e]) { // an IMEI's 15 to 17 digits, an IMSI's 15, a SIM card's ICCID's 19 or 20
		return 0
	}
	sc.add(GovID, q, e)
	for k := j; k < q; k++ {
		if isLetter(s[k]) {
			return 0 // the words before it are read as usual, as they are once it is a placeholder: "IMEI HP saya Aang hilang …"
		}
	}
	return e
}

// macAddress reads a device's MAC address after "MAC" ending at j, past
// "address" and a colon: six pairs of hexadecimal digits apart by colons
// or dashes, "3C:22:FB:91:0A:7E", which name a person's device.
func (sc *scanner) macAddress(j int) int {
	s := sc.s
	q := j
	for q < len(s) && (s[q] == ' ' || s[q] == ':') {
		q++
	}
	if hasPrefixFold(s, q, "address") {
		q += 7
		for q < len(s) && (s[q] == ' ' || s[q] == ':') {
			q++
		}
	}
	e := q
	for g := 0; g < 6; g++ {
		if e+2 > len(s) || !isHex(s[e]) || !isHex(s[e+1]) {
			return 0
		}
		e += 2
		if g < 5 {
			if e >= len(s) || s[e] != ':' && s[e] != '-' || s[e] != s[q+2] {
				return 0
			}
			e++
		}
	}
	if e < len(s) && (isAlnum(s[e]) || s[e] == ':') || q < sc.entEnd && sc.inValue(q) || sc.overlaps(q, e) {
		return 0
	}
	sc.add(GovID, q, e)
	return e
}

// dob finds the date after "tgl lahir", "TTL", "DOB", "born on"….
func (sc *scanner) dob(j int, place bool) int {
	s := sc.s
	lim := j + 48
	if lim > len(s) {
		lim = len(s)
	}
	p0 := -1 // where the place of birth starts, when place
	for q := j; q < lim; {
		c := s[q]
		if c == '\n' {
			return 0
		}
		if isDigit(c) {
			e := sc.parseDate(q, true)
			if e > 0 {
				e = dateParts(s, e) // "lahir thn 1990 bln 3 tgl 15"
			} else if e = dayParts(s, q); e > 0 {
				// "lahir tgl 5 bln 11 th 1993"
			} else if e = dayMonth(s, q); e == 0 {
				e = alphaDate(s, q) // "DOB 12APR80", as airlines print it
			}
			if e > 0 && e+1 < len(s) && (s[e] == '-' || s[e] == '/' || s[e] == '.') && s[e+1] == '[' {
				return 0 // glued to a placeholder, the rest of a longer number that was replaced: "lahir 12-02-[PHONE_1]" (FuzzRedact)
			}
			if e > 0 {
				st := q
				if p0 >= 0 && placeBefore(s, p0, q) {
					st = p0 // "TTL: Jakarta, 17-08-1990"
				} else if pe := birthPlaceEnd(s, p0); p0 >= 0 && pe > 0 && dateLabelOnly(s, pe, q) && !sc.overlaps(p0, pe) && !(p0 < sc.entEnd && sc.inValue(p0)) {
					sc.add(DOB, p0, pe) // the place apart from the date by its label: "tempat lahir Gianyar, tgl lahir 22/11/1995"
				}
				if e+5 < len(s) && s[e] == ' ' && hasPrefixFold(s, e+1, "di ") {
					if pe := birthPlaceEnd(s, e+4); pe > 0 {
						e = pe // and after it: "sy lahir 12-03-1990 di Medan"
					}
				}
				sc.add(DOB, st, e)
				sc.ctx = ctxNone // as its placeholder does: "ultah tgl 5 Mei 021-5551234"
				if f := sc.dobCorrected(e); f > 0 {
					return f
				}
				return e
			}
			return 0
		}
		if isLetter(c) {
			e := wordEnd(s, q)
			if lw := lowerWord(sc.buf[:], s, q, e); lw != nil {
				if numberWord(lw) {
					if d := spelledDate(s, q, true); d > 0 {
						sc.add(DOB, q, d) // "lahir tanggal dua puluh lima Desember dua ribu dua puluh"
						sc.ctx = ctxNone
						return d
					}
				}
				if _, ok := monthNames[string(lw)]; ok {
					if d := sc.monthFirst(q, e); d > 0 {
						sc.add(DOB, q, d)
						sc.ctx = ctxNone
						return d
					}
				}
				if place && p0 < 0 && isUpper(c) {
					switch string(lw) {
					case "tempat", "tgl", "tanggal", "lahir", "ttl":
					default:
						p0 = q
					}
				}
			}
			q = e
			continue
		}
		q++
	}
	if place && p0 >= 0 {
		// A place of birth with no date: "pob Palembang", "born in Perth",
		// "saya lahir di Medan".
		if pe := birthPlaceEnd(s, p0); pe > 0 && (pe == len(s) || s[pe] == ',' || s[pe] == ';' || s[pe] == '.' || s[pe] == ' ' || s[pe] == '\n' || s[pe] == '!' || s[pe] == '?') &&
			dateLabelOnly(s, j, p0) && !sc.overlaps(p0, pe) && !(p0 < sc.entEnd && sc.inValue(p0)) {
			sc.add(DOB, p0, pe)
		}
	}
	return 0
}

// birthPlaceEnd returns the end of a place of birth at p: one to three
// capitalised words of letters, no keyword or word of chat ("Gianyar",
// "Kota Bandung", "Perth"); or 0.
func birthPlaceEnd(s string, p int) int {
	if p < 0 || p >= len(s) || !isUpper(s[p]) {
		return 0
	}
	e := p
	for w := 0; w < 3 && e < len(s) && isUpper(s[e]); w++ {
		f := e
		for f < len(s) && isLetter(s[f]) && s[f] < 0x80 {
			f++
		}
		if f-e < 3 || f < len(s) && (isAlnum(s[f]) || s[f] == '@' || s[f] == '[') {
			break
		}
		if kw := tokenKeyword(s, e, f); kw.trig != trigNone && kw.trig != trigAddress || kw.ctx != ctxNone && kw.ctx != ctxBusiness || chatWord(s, e, f) && !inSet(s, e, f, fAddrWords) {
			break
		}
		e = f
		if f+1 >= len(s) || s[f] != ' ' || !isUpper(s[f+1]) {
			break
		}
		e = f + 1
	}
	for e > p && s[e-1] == ' ' {
		e--
	}
	if e == p {
		return 0
	}
	return e
}

// dateLabelOnly reports whether s[a:b] holds only blanks, marks and the
// words of a birth date's label or place's: "tgl lahir", "di", "in", "is".
func dateLabelOnly(s string, a, b int) bool {
	for q := a; q < b; {
		if !isLetter(s[q]) {
			if isDigit(s[q]) {
				return false
			}
			q++
			continue
		}
		e := wordEnd(s, q)
		var w [10]byte
		switch string(lowerWord(w[:], s, q, e)) {
		case "tgl", "tanggal", "tang", "lahir", "lhr", "date", "of", "birth", "di", "in", "is", "at", "place", "tempat", "tmp", "tpt", "kota", "city", "pob", "tahun", "thn", "th", "pada", "on":
		default:
			return false
		}
		q = e
	}
	return true
}

// spelledCodeEnd returns the end of a unit's code read out at q: one
// letter or none, then three digits or more in words ("a tujuh belas nol
// tiga"); or 0.
func spelledCodeEnd(s string, q int) int {
	r := q
	if r+2 < len(s) && isAlphaASCII(s[r]) && s[r+1] == ' ' {
		r += 2
	}
	n, e := 0, r
	for e < len(s) && n < 8 {
		f, _, m := spelledDigits(s, e)
		if m == 0 {
			break
		}
		n += m
		e = f
		if e+1 < len(s) && s[e] == ' ' && isLetter(s[e+1]) {
			if g, _, m2 := spelledDigits(s, e+1); m2 > 0 && g > e+1 {
				e++
				continue
			}
		}
		break
	}
	if n < 3 {
		return 0
	}
	return e
}

// spelledNumberWord reports whether s[r:e] is a word of a number spelled
// in Indonesian, or a digit's word: "tiga", "belas", "nol".
func spelledNumberWord(s string, r, e int) bool {
	var b [10]byte
	lw := lowerWord(b[:], s, r, e)
	if numberWord(lw) {
		return true
	}
	_, ok := digitWordByte(lw)
	return ok && e-r > 2 // not English's "oh"
}

// numberWord reports whether w (in lowercase) is a word of a number
// spelled in Indonesian: "dua", "sepuluh", "belas", "puluh", "ribu"…
func numberWord(w []byte) bool {
	switch string(w) {
	case "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
		"belas", "puluh", "ratus", "seratus", "ribu", "seribu":
		return true
	}
	return false
}

// spelledDate returns the end of a date spelled in words at q, as a birth
// certificate writes it: "sepuluh Juli dua ribu sembilan belas", "dua
// puluh lima Desember seribu sembilan ratus sembilan puluh". The day is
// one to three number words, the year two to seven with "ribu" in them.
// After a birth's keyword (keyed) the year may be said in two digits or
// left out: "tanggal lahir dua belas maret sembilan puluh tujuh", "lahir
// tiga mei". It returns 0 for anything else.
func spelledDate(s string, q int, keyed bool) int {
	var b [10]byte
	words, month, year, end := 0, false, false, 0
	for q < len(s) && isLetter(s[q]) && words < 12 {
		e := wordEnd(s, q)
		lw := lowerWord(b[:], s, q, e)
		switch {
		case numberWord(lw):
			if month {
				year = year || keyed || string(lw) == "ribu" || string(lw) == "seribu"
				end = e
			}
		case !month && words > 0 && words <= 3 && monthNames[string(lw)] > 0 && e-q >= 3:
			month = true
			if keyed {
				year, end = true, e
			}
		default:
			return dateIf(year, end)
		}
		words++
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		q = e + 1
	}
	return dateIf(year, end)
}

func dateIf(ok bool, end int) int {
	if ok {
		return end
	}
	return 0
}

// spelledDateBefore returns the start of a date spelled in words that
// ends at e, with the words "telah" or "sudah" between ("pada tanggal
// sepuluh Juli dua ribu sembilan belas telah lahir"), or -1.
func spelledDateBefore(s string, e int) int {
	for _, w := range [...]string{"telah ", "sudah "} {
		if e >= len(w) && hasPrefixFold(s, e-len(w), w) {
			e -= len(w)
			break
		}
	}
	if e < 1 || s[e-1] != ' ' {
		return -1
	}
	// Back over the number words and the month, then read forward from
	// the earliest that starts a date ending at e.
	var b [10]byte
	q, best := e-1, -1
	for words := 0; words < 12 && q > 0; words++ {
		w := q
		for w > 0 && isLetter(s[w-1]) {
			w--
		}
		lw := lowerWord(b[:], s, w, q)
		if !numberWord(lw) && monthNames[string(lw)] == 0 {
			break
		}
		if spelledDate(s, w, false) == e-1 {
			best = w
		}
		if w < 2 || s[w-1] != ' ' {
			break
		}
		q = w - 1
	}
	return best
}

// dobCorrected finds the other date a correction of a birth date that
// ends at e names, on its line: "tgl lahir harusnya 04-11-1999 bukan
// 11-04-1999", "di paspor 1978-03-09 tp di sistem jd 09-03-1987". A full
// date with its year, after "bukan", "jd", "jadi", "tertulis" or "not"
// within six words. It returns its end, or 0.
func (sc *scanner) dobCorrected(e int) int {
	s := sc.s
	q := e
	said := false
	for w := 0; w < 6 && q < len(s); w++ {
		for q < len(s) && (s[q] == ' ' || s[q] == ',' || s[q] == ':') {
			q++
		}
		if q >= len(s) || s[q] == '\n' || s[q] == '.' {
			return 0
		}
		if isDigit(s[q]) {
			if !said {
				return 0
			}
			f := sc.parseDate(q, true)
			if f == 0 || !sc.birthDate(q, f) {
				return 0
			}
			sc.add(DOB, q, f)
			return f
		}
		r := wordEnd(s, q)
		if r == q {
			return 0
		}
		var b [10]byte
		switch string(lowerWord(b[:], s, q, r)) {
		case "bukan", "bkn", "jd", "jadi", "menjadi", "tertulis", "ditulis", "not", "instead", "of", "harusnya", "seharusnya", "tp", "tapi",
			"padahal", "yang", "yg", "benar", "bener", "aslinya", "sebenarnya", // "tertulis 12-08-1984 padahal yang benar 17-01-1975"
			"atau", "atw", "ato", "apa", "or", // one of two: "lahirnya kapan ya? 14/02/2010 apa 14/02/2011?"
			"tepatnya", "persisnya", "lengkapnya", "ketulis", "tertulisnya": // the year, then the whole date: "saya lahir 1998, tepatnya tgl 7 Juli 1998"
			said = true
		}
		q = r
	}
	return 0
}

// placeBefore reports whether s[p:q] is a place of birth before its date:
// one to three capitalised words, then a comma or a blank.
func placeBefore(s string, p, q int) bool {
	for words := 1; words <= 3; words++ {
		e := wordEnd(s, p)
		if e == p {
			return false
		}
		p = e
		if p < q && s[p] == ',' {
			p++
		}
		for p < q && s[p] == ' ' {
			p++
		}
		if p == q {
			return true
		}
		if !isUpper(s[p]) {
			return false
		}
	}
	return false
}

// tempatBefore reports whether "tempat" (place) comes shortly before the
// word at i: "Tempat/Tgl Lahir", "tempat, tanggal lahir".
func tempatBefore(s string, i int) bool {
	for k := i - 6; k >= 0 && k >= i-20; k-- {
		if hasPrefixFold(s, k, "tempat") {
			return true
		}
	}
	return false
}

func readDigits(s string, i, max int) int {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i <= max {
		j++
	}
	return j
}

// dayParts returns the end of a date written as a form's parts, day
// first, at q: "5 bln 11 th 1993", "05 bulan 11 tahun 1993"; or 0.
func dayParts(s string, q int) int {
	d := readDigits(s, q, 3)
	if d-q > 2 || d < len(s) && isAlnum(s[d]) {
		return 0
	}
	for _, l := range [...]string{" bln ", " bulan "} {
		if hasPrefixFold(s, d, l) {
			m := d + len(l)
			e := readDigits(s, m, 3)
			if e-m < 1 || e-m > 2 {
				return 0
			}
			for _, y := range [...]string{" th ", " thn ", " tahun ", " th. ", " thn. "} {
				if hasPrefixFold(s, e, y) {
					f := readDigits(s, e+len(y), 5)
					if f-(e+len(y)) == 4 && (f == len(s) || !isAlnum(s[f])) {
						return f
					}
				}
			}
			return 0
		}
	}
	return 0
}

// dateParts extends a date of birth that ends at e with the month and the
// day written as a form's parts after it: "1990 bln 3 tgl 15".
func dateParts(s string, e int) int {
	for k := 0; k < 2; k++ {
		q := e
		switch {
		case hasPrefixFold(s, q, " bln "), hasPrefixFold(s, q, " tgl "):
			q += 5
		case hasPrefixFold(s, q, " bulan "):
			q += 7
		case hasPrefixFold(s, q, " tanggal "):
			q += 9
		default:
			return e
		}
		d := readDigits(s, q, 3)
		if n := d - q; n < 1 || n > 2 || d < len(s) && isAlnum(s[d]) {
			return e
		}
		e = d
	}
	return e
}

// dayMonth returns the end of a day and a month without a year at q
// ("14/02", "5-8"), or 0.
func dayMonth(s string, q int) int {
	e1 := readDigits(s, q, 3)
	if n := e1 - q; n < 1 || n > 2 || e1+1 >= len(s) || s[e1] != '/' && s[e1] != '-' || !isDigit(s[e1+1]) {
		return 0
	}
	e2 := readDigits(s, e1+1, 3)
	if n := e2 - e1 - 1; n > 2 || e2 < len(s) && (isAlnum(s[e2]) || (s[e2] == '/' || s[e2] == '-' || s[e2] == '.') && e2+1 < len(s) && isDigit(s[e2+1])) {
		return 0
	}
	if d, m := atoi(s[q:e1]), atoi(s[e1+1:e2]); d < 1 || d > 31 || m < 1 || m > 12 {
		return 0
	}
	return e2
}

// alphaDate returns the end of a date written as airlines and passports
// print it at q: the day, the month's three letters and the year, with no
// blank ("12APR80", "12JAN2024"), or 0.
func alphaDate(s string, q int) int {
	d := readDigits(s, q, 3)
	if n := d - q; n < 1 || n > 2 || d+3 >= len(s) {
		return 0
	}
	var w [3]byte
	for k := 0; k < 3; k++ {
		w[k] = lowerASCII(s[d+k])
	}
	if m, ok := monthNames[string(w[:])]; !ok || m == 0 {
		return 0
	}
	y := readDigits(s, d+3, 5)
	if n := y - (d + 3); n != 2 && n != 4 || y < len(s) && isAlnum(s[y]) {
		return 0
	}
	return y
}

// parseDate reads 17-08-1945, 17/8/45, 1945-08-17, 17 Agustus 1945, 17 Aug
// or a bare year after a birth keyword. It returns the end or 0.
func (sc *scanner) parseDate(q int, allowYear bool) int {
	s := sc.s
	e1 := readDigits(s, q, 4)
	n1 := e1 - q
	if e1 < len(s) && isDigit(s[e1]) {
		return compactDate(s, q)
	}
	ordinal := false
	if n1 <= 2 && e1+2 <= len(s) && (e1+2 == len(s) || !isAlnum(s[e1+2])) {
		switch uint16(lowerASCII(s[e1]))<<8 | uint16(lowerASCII(s[e1+1])) {
		case 's'<<8 | 't', 'n'<<8 | 'd', 'r'<<8 | 'd', 't'<<8 | 'h':
			e1, ordinal = e1+2, true // "3rd of March 1992", "21st May"
			if hasPrefixFold(s, e1, " of ") {
				e1 += 3
			}
		}
	}
	if e1 < len(s) && isAlnum(s[e1]) {
		return 0
	}
	if n1 == 4 {
		if e1+1 < len(s) && (s[e1] == '-' || s[e1] == '/' || s[e1] == '.') && isDigit(s[e1+1]) {
			e2 := readDigits(s, e1+1, 2)
			if e2-e1-1 <= 2 && e2+1 < len(s) && s[e2] == s[e1] && isDigit(s[e2+1]) {
				e3 := readDigits(s, e2+1, 2)
				if e3-e2-1 <= 2 {
					return e3
				}
			}
		}
		y := atoi(s[q:e1])
		if allowYear && y >= 1900 && y <= 2030 {
			return e1
		}
		return 0
	}
	if n1 > 2 || n1 == 0 {
		return 0
	}
	r := dateSepEnd(s, e1)
	if r == 0 || r >= len(s) {
		return 0
	}
	if isDigit(s[r]) && !ordinal {
		e2 := readDigits(s, r, 2)
		k := dateSepEnd(s, e2)
		if e2-r > 2 || k == 0 || k >= len(s) || !isDigit(s[k]) {
			return 0
		}
		e3 := readDigits(s, k, 4)
		if n := e3 - k; n != 2 && n != 4 {
			return 0
		}
		a, b := atoi(s[q:q+n1]), atoi(s[r:e2])
		if a == 0 || b == 0 || a > 31 || b > 31 || a > 12 && b > 12 {
			return 0 // the day first, or the month first as in "DOB: 08/17/1985"
		}
		return e3
	}
	if isLetter(s[r]) {
		e2 := wordEnd(s, r)
		lw := lowerWord(sc.buf[:], s, r, e2)
		if lw == nil {
			return 0
		}
		if _, ok := monthNames[string(lw)]; !ok {
			// A month in Roman numerals between dashes, slashes or full
			// stops, as forms write it: "30-IX-2018".
			if c := s[r-1]; romanMonth(string(lw)) && (c == '-' || c == '/' || c == '.') && e2+1 < len(s) && s[e2] == c && isDigit(s[e2+1]) {
				if e3 := readDigits(s, e2+1, 4); e3-e2-1 == 4 && (e3 == len(s) || !isAlnum(s[e3])) {
					return e3
				}
			}
			return 0
		}
		k := e2
		if k < len(s) && s[k] == '.' {
			k++
		}
		if k+1 < len(s) && (s[k] == ' ' || s[k] == '-' || s[k] == ',') {
			k2 := k + 1
			if s[k] == ',' {
				k2 = skipSpaces(s, k2)
			}
			if k2 < len(s) && isDigit(s[k2]) {
				e3 := readDigits(s, k2, 4)
				if n := e3 - k2; n == 2 || n == 4 && atoi(s[k2:e3]) >= 1900 && atoi(s[k2:e3]) <= 2100 {
					return e3 // a year, not a card's first group: "17 Agustus 4111 1111 …"
				}
			}
		}
		return e2
	}
	return 0
}

// romanMonth reports the months in Roman numerals, in lowercase.
func romanMonth(w string) bool {
	switch w {
	case "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii":
		return true
	}
	return false
}

// dateSepEnd returns where a date's next part starts after the separator
// at s[k] ('-', '/', '.' or a space, or one of the first three between
// spaces: "05 - 11 - 1987"), or 0 when there is none.
func dateSepEnd(s string, k int) int {
	if k+2 < len(s) && s[k] == ' ' && (s[k+1] == '-' || s[k+1] == '/' || s[k+1] == '.') && s[k+2] == ' ' {
		return k + 3
	}
	if k < len(s) && (s[k] == '-' || s[k] == '/' || s[k] == '.' || s[k] == ' ') {
		return k + 1
	}
	return 0
}

// compactDate reads a date of birth written without separators at q:
// DDMMYYYY, YYYYMMDD or DDMMYY ("tgl lahir 17081985"). It returns the end
// or 0.
func compactDate(s string, q int) int {
	e := q
	for e < len(s) && isDigit(s[e]) && e-q <= 8 {
		e++
	}
	if e < len(s) && isAlnum(s[e]) {
		return 0
	}
	v := func(i, n int) int { return atoi(s[q+i : q+i+n]) }
	day := func(d, m int) bool { return d >= 1 && d <= 31 && m >= 1 && m <= 12 }
	switch e - q {
	case 8:
		if y := v(4, 4); y >= 1900 && y <= 2030 && day(v(0, 2), v(2, 2)) {
			return e
		}
		if y := v(0, 4); y >= 1900 && y <= 2030 && day(v(6, 2), v(4, 2)) {
			return e
		}
	case 6:
		if day(v(0, 2), v(2, 2)) {
			return e
		}
	}
	return 0
}

// monthFirst reads "August 17, 1945" / "Agustus 1945" starting at a month word.
func (sc *scanner) monthFirst(q, e int) int {
	s := sc.s
	k := e
	if k < len(s) && s[k] == '.' {
		k++
	}
	k = skipSpaces(s, k)
	if k >= len(s) || !isDigit(s[k]) {
		return 0
	}
	e2 := readDigits(s, k, 4)
	if e2-k == 4 {
		return e2
	}
	if e2-k > 2 {
		return 0
	}
	if e2+1 < len(s) && isLower(s[e2]) && (hasPrefixFold(s, e2, "st") || hasPrefixFold(s, e2, "nd") ||
		hasPrefixFold(s, e2, "rd") || hasPrefixFold(s, e2, "th")) && (e2+2 == len(s) || !isLetter(s[e2+2])) {
		e2 += 2 // "August 17th, 1985"
	}
	r := e2
	if r < len(s) && s[r] == ',' {
		r++
	}
	r = skipSpaces(s, r)
	if r < len(s) && isDigit(s[r]) {
		e3 := readDigits(s, r, 4)
		if e3-r == 4 {
			return e3
		}
	}
	return e2
}

// powerUnitAt reports whether an electrical unit follows a number that
// ends at e: "1300 VA", "900va", "2200 watt", "50 kWh".
func powerUnitAt(s string, e int) bool {
	if e < len(s) && s[e] == ' ' {
		e++
	}
	f := wordEnd(s, e)
	if f < len(s) && isAlnum(s[f]) {
		return false
	}
	var b [6]byte
	switch string(lowerWord(b[:], s, e, f)) {
	case "va", "kva", "watt", "w", "kw", "kwh":
		return true
	}
	return false
}

// secretFillers may sit between "password" and the secret.
var secretFillers = setOf("kost", "kos", "kosan", "saya", "aku", "gue", "gw", "ku", "nya", "is", "adalah", "anda", "kamu", "lo", "you", "sent", "got", "received", "mobile", "sim", "layarnya",
	"pintu", "door", "gerbang", "gate", "brankas", "safe", "loker", "locker", "for",
	"yang", "jadi", "menjadi", "kredit", "debit", "klikbca", "ibanking", "layar", "warnet", "billing", "member", "lock", "smart",
	"lu", "my", "your", "the", "baru", "lama", "new", "old", "sementara", "akun", "account", "login",
	"wifi", "wi-fi", "router", "modem", "hotspot", "windows", "laptop", "pc", "komputer", "hp", "handphone", "zoom", "netflix", "icloud", "gmail", "digital", "pegadaian", "linkaja", "email", "ig", "instagram", "fb", "kode", "code", "nomor", "no", "pin", "otp", "listrik",
	"pln", "was", "itu", "ini", "yaitu", "tuh", "nih", "ya", "kak", "min", "sandi", "masuk", "api",
	"key", "nya:", "verifikasi", "verification", "atm", "mbanking", "m-banking", "bank", "kartu", "transaksi",
	"dari", "sms", "wa", "token", "admin", "root", "user", "username", "server", "db", "database", "rahasia", "secret", "number", "aplikasi", "app",
	"reset", "whatsapp", "google", "shopee", "tokopedia", "gojek", "grab", "akses", "keamanan",
	"bca", "bri", "bni", "mandiri", "brimo", "livin", "bsi", "cimb", "jago", "dana", "ovo", "gopay", "internet",
	"banking", "ib", "yg", "tadi", "td", "barusan", "toko", "rumah", "kantor", "terakhir", "dikirim", "diterima", "dapat", "dapet",
	// Chat's: "pin m-banking sy 112233", "password udh sy ganti ke
	// Qwerty!2024", "pass lama kalo gk salah Rina@2023", "pin sy buat
	// ambil paket di loker 738291".
	"sy", "aq", "gua", "ane", "udh", "udah", "sdh", "sudah", "ganti", "diganti", "ke", "kalo", "kalau", "gk", "ga",
	"gak", "salah", "buat", "ambil", "paket", "di", "utk", "untuk", "lupa",
	// Chat's hedges: "passwordnya kayaknya Rudi@1985", "pw wifi rumah
	// saya kan Bintang123".
	"kayaknya", "kayanya", "kyknya", "sepertinya", "mungkin", "biasanya", "kan", "dulu", "sih", "dong", "juga", "jg",
	"awal", "default", "bawaan", // the first one: "pw awal Ks20122604"
	// What was done to it: "tadi aku set \"Kucing#Oren22\"", "yang baru 471920#".
	"set", "setel", "smart", "yg", "yang",
	// What the person says of it: "password udah bener Wahyuni#2024",
	// "password baru mau Tantri@1990".
	"bener", "benar", "betul", "mau", "mo", "pengen", "pingin", "ingin", "pakai", "pake",
	// Where it is used, and chat's English: "password dashboard saya ganti
	// jadi …", "OTP I got was 739204".
	"dashboard", "portal", "web", "website", "i", "last", "latest")

// seedFillers may sit between "seed phrase" and its words; none is a
// recovery word itself.
var seedFillers = map[string]bool{"saya": true, "aku": true, "gue": true, "gw": true, "ku": true, "nya": true,
	"my": true, "is": true, "adalah": true, "wallet": true, "dompet": true, "berikut": true, "ini": true}

// seedPhrase reads a cryptocurrency wallet's recovery words after "seed
// phrase", "recovery phrase", "mnemonic", "frasa pemulihan": twelve to
// twenty-four small words, whoever has them owns the wallet.
func (sc *scanner) seedPhrase(i, j int) int {
	s := sc.s
	if j-i == 6 && !(sc.prevIs("seed") || sc.prevIs("recovery") || sc.prevIs("secret") || sc.prevIs("backup")) {
		return 0 // "phrase" alone
	}
	if j-i == 9 && !sc.prevIs("frasa") && !sc.prevIs("kata") {
		return 0 // "pemulihan" alone
	}
	q := j
	for k := 0; k < 4; k++ {
		r := q
		for r < len(s) && (s[r] == ' ' || s[r] == ':' || s[r] == '=' || s[r] == '\n') {
			r++
		}
		e := wordEnd(s, r)
		if e > r && e-r <= 7 && seedFillers[string(lowerWord(sc.buf[:], s, r, e))] {
			q = e
			continue
		}
		q = r
		break
	}
	st, end, words := q, q, 0
	for words < 24 && q < len(s) && isLower(s[q]) {
		e := q
		for e < len(s) && isLower(s[e]) && e-q < 9 {
			e++
		}
		if e-q < 3 || e < len(s) && isLetter(s[e]) {
			break
		}
		words++
		end = e
		if e+1 >= len(s) || (s[e] != ' ' && s[e] != ',') {
			break
		}
		q = e + 1
		if s[e] == ',' && q < len(s) && s[q] == ' ' {
			q++
		}
	}
	if words < 12 {
		return 0
	}
	sc.add(Secret, st, end)
	return end
}

// secret reads the value after "password", "PIN", "OTP", "API key"….
// cvv reads a card's security code after "cvv"/"cvc" ending at j: an
// optional "2", then ':', '=', '-' or spaces, then three or four digits.
func (sc *scanner) cvv(j int) int {
	s := sc.s
	q := j
	if q < len(s) && s[q] == '2' && (q+1 >= len(s) || !isDigit(s[q+1])) {
		q++ // "cvv2", "cvc2"
	}
	for q < len(s) && (s[q] == ' ' || s[q] == ':' || s[q] == '=' || s[q] == '-') && q-j < 4 {
		q++
	}
	// Words before the digits: "cvv nya 321", "kode cvv belakang kartu
	// 987", "CVV on the back: 123".
	for w := 0; w < 4 && q < len(s) && isLetter(s[q]); w++ {
		e := wordEnd(s, q)
		var b [10]byte
		switch string(lowerWord(b[:], s, q, e)) {
		case "nya", "belakang", "kartu", "di", "yang", "ada", "saya", "aku", "card", "on", "the", "back", "at", "is", "my":
		default:
			return 0
		}
		q = e
		for q < len(s) && (s[q] == ' ' || s[q] == ':') {
			q++
		}
	}
	// Three or four digits, or spaced apart ("cvv: 4 5 6").
	e, n := q, 0
	for e < len(s) && isDigit(s[e]) {
		e++
		n++
		alone := e-1 == q || s[e-2] == ' ' // the digit read stands alone
		if alone && e+1 < len(s) && s[e] == ' ' && isDigit(s[e+1]) && (e+2 >= len(s) || !isDigit(s[e+2])) {
			e++ // one digit, a space, one digit
		}
	}
	if n < 3 || n > 4 || e < len(s) && isAlnum(s[e]) {
		return 0
	}
	sc.add(Secret, q, e)
	return e
}

func (sc *scanner) secret(j int, digitsOnly bool) int {
	s := sc.s
	q := j
	// "pass akun tokped: qwerty88", "Password wifi rumah: Keluarga123",
	// "OTP 4 digit: 8899": the secret comes after its label's colon, and
	// there it may be any word ("pw nya: rahasia").
	labelled, loose := false, false
	if c := labelColon(s, j); c > 0 {
		q, labelled = c, true
		sc.secretLabels.add(j, c) // its words are no password's: "password e-learning a7Q77nak saya: …" (FuzzRedact)
	}
	words := 5
	if digitsOnly {
		words = 7 // a code, which digits say: "pin sy buat ambil paket di loker 738291"
	}
	for k := 0; k < words && !labelled; k++ {
		r := q
		if (r == j || k > 0) && r+1 < len(s) && s[r] == ',' && s[r+1] == ' ' {
			// "kirim ulang OTP, yg tadi 482913 udh expired": the words
			// after it say which; and after its fillers: "pin nya,
			// kyknya 123321", "password email saya lupa, kayaknya …".
			r++
		}
		for r < len(s) && (s[r] == ' ' || s[r] == ':' || s[r] == '=' || s[r] == '\t' || s[r] == '-' || s[r] == '_' || s[r] == '*' || s[r] == '"') {
			r++ // and chat's italics and bold: "OTP _482913_"; JSON's quotes: "otp":"482913"
		}
		e := wordEnd(s, r)
		if e > r && e+1 < len(s) && s[e] == '-' && isLetter(s[e+1]) {
			if e2 := wordEnd(s, e+1); inSet(s, r, e2, fSecretFillers) {
				e = e2 // "m-banking"
			} else if e-r <= 2 && lowerRun(s, r, e) && isLower(s[e+1]) && lowerRun(s, e+1, e2) && e2+1 < len(s) && s[e2] == ' ' && !digitsOnly {
				q = e2 // an app's name with a letter and a hyphen: "password e-learning a7Q77nak"
				continue
			}
		}
		if e > r && inSet(s, r, e, fSecretFillers) && (e >= len(s) || s[e] <= ' ' || s[e] == ':' || s[e] == '=' || s[e] == ',' || s[e] == '-') {
			// A filler glued to more ("Secret!23", "admin123") is the secret.
			q = e
			continue
		}
		if d := digitsEnd(s, r); d > r && d-r <= 2 && (hasPrefixFold(s, d, " digit") || hasPrefixFold(s, d, " angka")) {
			q = d + 6 // the code's length first: "pin akun gw 4 digit 2580"
			continue
		}
		if digitsOnly && e-r >= 2 && k < words-1 && e < len(s) && s[e] == ' ' && isUpper(s[r]) && appName(s, r, e) {
			q, loose = e, true // an app's or a firm's name: "OTP for my MyPLN account is 552918"
			continue
		}
		h := e
		if digitsOnly && e-r >= 1 && e+2 < len(s) && s[e] == '-' && isLower(s[e+1]) && isLower(s[r]) {
			e = wordEnd(s, e+1) // and a word with a hyphen: "kode otp e-rapor 730158"
		}
		if digitsOnly && e-r >= 2 && k < words-1 && isLower(s[r]) && e < len(s) && s[e] == ' ' && lowerRun(s, r, h) && (h == e || lowerRun(s, h+1, e)) {
			if _, kw, _ := lookupToken(s, r, e); kw.ctx == ctxNone && !shopWord(s, r, e) && !offerWord(s, r, e) && !digitWord([]byte(s[r:e])) {
				// Any other word in lowercase that names no number, for a code of
				// four to eight digits: "kode verifikasi akun ruangbelajar
				// anakku 903 114", "pin absen sy kereset jd 000000".
				q, loose = e, true
				continue
			}
		}
		if digitsOnly && r+1 < len(s) && s[r] == '(' && isDigit(s[r+1]) {
			if d := digitsEnd(s, r+1); d < len(s) && s[d] == ')' {
				r++ // in brackets: "PIN lama (2834) sudah saya ganti"
			}
		}
		q = r
		break
	}
	if q >= len(s) || s[q] == '[' || s[q] == '\n' {
		return 0
	}
	if q+8 <= len(s) && s[q] == 'G' && s[q+1] == '-' && digitsEnd(s, q+2) == q+8 && (q+8 == len(s) || !isAlnum(s[q+8])) {
		sc.add(Secret, q, q+8) // Google's code: "verification code google classroom G-748201"
		return q + 8
	}
	if isDigit(s[q]) {
		if e := prepaidToken(s, q); e > 0 {
			sc.add(Secret, q, e) // "token listrik: 1234-5678-9012-3456-7890"
			return e
		}
		// Digits, possibly grouped: "123 456", "1234-5678-9012-3456-7890".
		e := q
		nd := 0
		firstEnd := -1
		for {
			d := readDigits(s, e, 64)
			nd += d - e
			e = d
			if firstEnd < 0 {
				firstEnd = d
			}
			if e+1 < len(s) && (s[e] == ' ' || s[e] == '-') && isDigit(s[e+1]) && nd < 24 &&
				!longRunAt(s, e+1) { // a long number after it is something else
				e++
				continue
			}
			if e+3 < len(s) && s[e] == ' ' && s[e+1] == '-' && s[e+2] == ' ' && isDigit(s[e+3]) && nd < 24 {
				e += 3 // "9 1 8 - 2 7 3"
				continue
			}
			break
		}
		if nd > 24 {
			e, nd = firstEnd, firstEnd-q // a long number after it is something else
		}
		if digitsOnly && e < len(s) && nd < 4 && lookAlikes(s[e:e+1]) {
			// A code typed with a letter for a digit: "OTP nya ya: 9O4 217".
			k, n, dg := q, 0, 0
			for k < len(s) && n < 10 {
				switch c := s[k]; {
				case isDigit(c):
					n, dg = n+1, dg+1
				case lookAlikes(s[k:k+1]) && (isDigit(s[k-1]) || k+1 < len(s) && isDigit(s[k+1])):
					n++
				case c == ' ' && k+1 < len(s) && isDigit(s[k+1]) && n < 6 && n+digitsEnd(s, k+1)-(k+1) <= 8:
					// A group after it, not a longer number that its
					// placeholder would end the code before: "OTP000O 12345" (FuzzRedact).
				default:
					goto read
				}
				k++
			}
		read:
			if n >= 4 && n <= 8 && 2*dg > n && (k >= len(s) || !isAlnum(s[k])) {
				sc.add(Secret, q, k)
				return k
			}
		}
		if powerUnitAt(s, e) {
			return 0 // a connection's power: "listrik token 1300 VA"
		}
		if e < len(s) && isLetter(s[e]) && !digitsOnly {
			te := e
			for te < len(s) && isAlnum(s[te]) && s[te] < utf8.RuneSelf {
				te++
			}
			if priceAt(s[q:te]) {
				return 0 // a price: "Token listrik 100rb"
			}
			e = tokenEnd(s, q)
		} else if nd < 4 || nd > 24 || loose && (nd > 8 || e < len(s) && isLetter(s[e])) {
			return 0
		} else {
			for e < len(s) && isAlnum(s[e]) && s[e] < utf8.RuneSelf {
				e++ // glued to letters, the whole token, as its placeholder will be: "pin layar 1122Order ID …"
			}
		}
		sc.add(Secret, q, e)
		return e
	}
	if digitsOnly {
		// A code spelled out: "kode otp nya empat delapan dua sembilan
		// satu tiga".
		if e, n := sc.spelledDigitsEnd(q); n >= 4 && n <= 8 {
			sc.add(Secret, q, e)
			return e
		}
		return 0
	}
	if s[q] == '(' {
		return 0 // "Password: (dikirim terpisah)"
	}
	if !labelled && isLower(s[q]) {
		if r := newValueAfter(s, q); r > 0 {
			q = r // the new one after what it is for: "ganti password akun member apotek jadi Melati#1990"
		}
	}
	e := tokenEnd(s, q)
	// A trailing '!' or '#' is more often part of a password than prose.
	for e < len(s) && (s[e] == '!' || s[e] == '#' || s[e] == '@' || s[e] == '$') {
		e++
	}
	if e-q < 4 {
		return 0
	}
	var up, low, dig, sym bool
	for k := q; k < e; k++ {
		c := s[k]
		switch {
		case isUpper(c):
			up = true
		case isLower(c):
			low = true
		case isDigit(c):
			dig = true
		case c < 0x80:
			sym = true
		}
	}
	if !(dig || sym || (up && low && !isUpper(s[q]))) {
		if _, kw, fl := lookupToken(s, q, e); !labelled || !low || kw != (keyword{}) || fl&(fStopWords|fCapStop) != 0 {
			return 0
		}
	}
	if h := strings.IndexByte(s[q:e], '-'); !labelled && !dig && h > 0 && strings.EqualFold(s[q:q+h], s[q+h+1:e]) {
		return 0 // a word said twice: "token masing-masing kamar"
	}
	direct := j
	for direct < len(s) && (s[direct] == ' ' || s[direct] == ':' || s[direct] == '=') {
		direct++
	}
	if !labelled && q > direct && e-q >= 4 && s[e-1] == '2' && !up && isLetter(s[e-2]) && chatWord(s, q, e-1) && negationBefore(s, q) {
		return 0 // chat's "2" for a word said twice: "token listrik sy gak masuk2", "password gw ga bisa2"
	}
	sc.add(Secret, q, e)
	return e
}

// newValueAfter returns where the value after "jadi", "menjadi" or "to"
// starts, up to five words in lowercase on from q, as a changed
// password's new value is said: "ganti password akun member apotek jadi
// Melati#1990", "changed my password for the app to Bunga_2024"; or 0.
func newValueAfter(s string, q int) int {
	for k := 0; k < 6 && q < len(s) && isLower(s[q]); k++ {
		e := q
		for e < len(s) && isLower(s[e]) {
			e++
		}
		if e+1 >= len(s) || s[e] != ' ' {
			return 0
		}
		switch s[q:e] {
		case "jadi", "jd", "menjadi", "to":
			if s[e+1] > ' ' && s[e+1] != '[' {
				return e + 1
			}
			return 0
		}
		q = e + 1
	}
	return 0
}

// negationBefore reports whether the word before s[q] denies or says
// when, as chat does before a verb said twice: "gak masuk2", "ga
// bisa2", "masih error2".
func negationBefore(s string, q int) bool {
	if q < 3 || s[q-1] != ' ' {
		return false
	}
	a := wordStart(s, q-1)
	var b [8]byte
	switch string(lowerWord(b[:], s, a, q-1)) {
	case "gak", "ga", "gk", "nggak", "ngga", "enggak", "tidak", "tdk", "belum", "blm", "udah", "sudah", "udh", "sdh", "masih", "msh", "lagi", "lg":
		return true
	}
	return false
}

// labelColon returns where the value after a secret's label starts when
// the keyword that ends at j is followed, on its line, by up to five
// words and a colon ("pass akun tokped:", "OTP 4 digit:", "password email
// kantor aku kayaknya bocor:", "password e-learning anak saya:"), or 0.
func labelColon(s string, j int) int {
	q := j
	// Up to five words, however long: a limit in bytes would reach further
	// once a name in the label is a placeholder ("password e-learning anak
	// maya: …"), which counts as a word as the name did.
	for words := 0; q < len(s); {
		switch c := s[q]; {
		case c == ':' || c == '=':
			if words == 0 {
				return 0 // "password: …" itself: the usual reading
			}
			if w := asciiWordBefore(s, q); w >= 0 {
				if kw := tokenKeyword(s, w, q); kw.trig == trigRT || kw.trig == trigDOB ||
					kw.ctx == ctxPhone || kw.ctx == ctxNIK || kw.ctx == ctxKK || kw.ctx == ctxNPWP || kw.ctx == ctxBPJS {
					return 0 // another value's label: "token rese3aac rt: 210" (FuzzRedact)
				}
			}
			q++
			for q < len(s) && s[q] == ' ' {
				q++
			}
			if q >= len(s) || s[q] == '\n' {
				return 0
			}
			return q
		case c == ' ':
			q++
		case isLetter(c) || isDigit(c) && words < 3:
			e := q
			for e < len(s) && (isLetter(s[e]) || isDigit(s[e])) {
				e++
			}
			if isDigit(c) && e-q > 2 {
				return 0 // a value before any colon: "OTP 123456 jangan …"
			}
			if d := strings.IndexAny(s[q:e], "0123456789"); e-q >= 6 && d >= 0 && strings.IndexAny(s[q+d+1:e], "0123456789") >= 0 {
				return 0 // and one of letters and digits: "token rese3aa98f7e6d5c rt: 210" (FuzzRedact)
			}
			if words++; words > 5 {
				return 0
			}
			q = e
		case c == '[':
			// A name's placeholder is a word of the label, as the name
			// was (passwordShapes takes no word of it: see secretLabels);
			// first, or any other value's, it ends it: the keyword's
			// value read already, or a value no label word was
			// ("OTP 4sia,: raha digit: 8899").
			e := placeholderEnd(s, q)
			if e == 0 || words == 0 || !strings.HasPrefix(s[q:], "[PERSON_") {
				return 0
			}
			if words++; words > 5 {
				return 0
			}
			q = e
		case c == '-' && q > j && isLetter(s[q-1]) && q+1 < len(s) && isLetter(s[q+1]):
			q++ // "password e-learning anak saya: …"
		default:
			return 0
		}
	}
	return 0
}

// hasLowerIn reports whether w holds a small ASCII letter.
func hasLowerIn(w string) bool {
	for k := 0; k < len(w); k++ {
		if isLower(w[k]) {
			return true
		}
	}
	return false
}

// prepaidToken returns the end of a prepaid electricity token at q, twenty
// digits in five groups of four ("1234-5678-9012-3456-7890"), or 0.
func prepaidToken(s string, q int) int {
	e := q
	for g := 0; g < 5; g++ {
		if g > 0 {
			if e+1 >= len(s) || s[e] != '-' && s[e] != ' ' {
				return 0
			}
			e++
		}
		if readDigits(s, e, 5) != e+4 {
			return 0
		}
		e += 4
	}
	if e < len(s) && isAlnum(s[e]) {
		return 0
	}
	return e
}

// tokenEnd returns the end of a whitespace-delimited token, without trailing
// sentence punctuation.
func tokenEnd(s string, q int) int {
	e := q
	for e < len(s) && s[e] > ' ' && e-q < 200 {
		e++
	}
	if k := placeholderIndex(s[q:e]); k >= 0 {
		e = q + k // a placeholder is a value of its own, not the token's
	}
	for e > q {
		switch s[e-1] {
		case '.', ',', '!', '?', ';', ')', ']', '}', '"', '\'':
			e--
			continue
		}
		break
	}
	return e
}

// passport reads "paspor: X1234567".
func (sc *scanner) passport(j int) int {
	if e := sc.documentNumber(j, Passport); e > 0 {
		return e
	}
	if q := skipSpaces(sc.s, j); q+4 < len(sc.s) && sc.s[q+2] == ' ' && countryCode(sc.s[q:q+2]) {
		// The issuing country's code first: "passport FR 18AV12345".
		if e := docToken(sc.s, q+3); e > 0 && !sc.overlaps(q+3, e) && !(q+3 < sc.entEnd && sc.inValue(q+3)) {
			sc.add(Passport, q+3, e)
			return e
		}
	}
	// The holder's name first, the number after "no" or "nomor": "Paspor
	// atas nama NGUYEN THI LAN no C1234567", "Paspor a.n. Budi Santoso
	// nomor C1234567". The main pass reads the name.
	s := sc.s
	lim := min(len(s), j+60)
	if nl := strings.IndexByte(s[j:lim], '\n'); nl >= 0 {
		lim = j + nl
	}
	if q := skipSpaces(s, j); q+3 < lim && isLower(s[q]) {
		// A common given name in lowercase right before the number:
		// "paspor ziva E 1122904".
		if g := gluedNameEnd(s, q); g+1 < lim && s[g] == ' ' && (inSet(s, q, g, fGivenNames) || g-q >= 3 && lowerNameWord(s, q, g) && !chatWord(s, q, g)) && !(q < sc.entEnd && sc.inValue(q)) && !sc.overlaps(q, g) {
			if f := docToken(s, g+1); f > 0 {
				sc.add(Person, q, g)
				sc.add(Passport, g+1, f)
				return f
			}
		}
	}
	for q := j; q < lim; q++ {
		if s[q] == '[' || s[q] == ';' {
			return 0 // past a value or a clause: "paspor [PASSPORT_1]; … nomor …" is another's
		}
		if s[q] != ' ' || q+3 >= lim || lowerASCII(s[q+1]) != 'n' || lowerASCII(s[q+2]) != 'o' {
			continue
		}
		r := q + 3
		if hasPrefixFold(s, q+1, "nomor") || hasPrefixFold(s, q+1, "nomer") {
			r = q + 6
			if wordEnd(s, q+1) == q+9 && hasPrefixFold(s, q+6, "nya") {
				r = q + 9 // "paspor saya nomernya C 4821736"
			}
		}
		for r < len(s) && (s[r] == '.' || s[r] == ':' || s[r] == ' ') {
			r++
		}
		if r > q+3 || r < len(s) && r == q+3 {
			if e := docToken(s, r); e > 0 {
				sc.add(Passport, r, e)
				return 0 // the words before it are read as usual
			}
		}
	}
	// The holder's name right before the number: "paspor Citra Kirana
	// X1234567".
	q := j
	for q < lim && s[q] == ' ' {
		q++
	}
	a, b := q, q
	for w := 0; w < 4 && q+1 < lim && isUpper(s[q]) && isLower(s[q+1]); w++ {
		e := nameTokenEnd(s, q)
		if e == q || !plainName(s, q, e) {
			return 0
		}
		b = e
		if e >= lim || s[e] != ' ' {
			return 0
		}
		q = e + 1
		if f := docToken(s, q); f > 0 && isLetter(s[q]) {
			if recordName(s, a, b, true) && hasGiven(s, a, b) && !sc.overlaps(a, b) {
				sc.add(Person, a, b)
			}
			sc.add(Passport, q, f)
			return f
		}
	}
	return 0
}

// documentNumber reads the number of an identity document after its
// keyword, a few filler words on: one or two letters and seven or eight
// digits ("A1234567", "X 1234567"), or six to nine digits ("123456789"),
// reported as kind k.
func (sc *scanner) documentNumber(j int, k Kind) int {
	s := sc.s
	q := sc.docFillers(j)
	e := docToken(s, q)
	if e == 0 && q+5 < len(s) && isUpper(s[q]) && isUpper(s[q+1]) && isUpper(s[q+2]) && s[q+3] == ' ' {
		// The issuing country's code first: "passport IRL PE1234567".
		if e = docToken(s, q+4); e > 0 {
			q += 4
		}
	}
	if e == 0 {
		return 0
	}
	sc.add(k, q, e)
	if c := e + 1; c < len(s) && (s[e] == ' ' || s[e] == ',' && s[c] == ' ' && c+1 < len(s)) {
		// A corrected one: "yang lama B 8821934 yang baru X1029384",
		// "baru saya E2819403, yang lama B8123377".
		if s[e] == ',' {
			c++
		}
		if n := correctionAt(s, c); n > 0 {
			if f := docToken(s, c+n); f > 0 {
				sc.add(k, c+n, f)
				return f
			}
		}
	}
	// A second one: "paspor A1234567 dan B7654321".
	for _, sep := range []string{" dan ", " and ", " & ", ", ", " / "} {
		if hasPrefixFold(s, e, sep) {
			if f := docToken(s, e+len(sep)); f > 0 {
				sc.add(k, e+len(sep), f)
				return f
			}
			// Whose it is first: "My passport X1234567, his C 7732118",
			// "paspor A1234567 dan istri B7654321".
			r := e + len(sep)
			if w := wordEnd(s, r); w > r && w-r <= 8 && isLower(s[r]) && w+1 < len(s) && s[w] == ' ' {
				if f := docToken(s, w+1); f > 0 && !(r < sc.entEnd && sc.inValue(r)) {
					sc.add(k, w+1, f)
					return f
				}
			}
		}
	}
	return e
}

// countryCode reports the two capitals of a country that issues the
// passports of visitors and residents: "FR", "US", "AU".
func countryCode(t string) bool {
	switch t {
	case "FR", "US", "GB", "UK", "AU", "DE", "NL", "JP", "KR", "CN", "SG", "MY", "IN", "PH", "TH", "VN", "IT", "ES", "CA", "NZ",
		"BE", "CH", "AT", "SE", "NO", "DK", "FI", "IE", "PT", "BR", "RU", "TW", "HK", "SA", "AE", "TL", "PG":
		return true
	}
	return false
}

// docToken returns the end of a document's number at q (see
// documentNumber), or 0: six to nine digits, one or two letters and seven
// or eight digits, or eight or nine capitals and digits with four digits
// or more ("C4XT91234", a German passport).
func docToken(s string, q int) int {
	if q >= len(s) || q > 0 && isAlnum(s[q-1]) {
		return 0
	}
	if isDigit(s[q]) {
		if q+9 <= len(s) && isDigit(s[q+1]) && isUpper(s[q+2]) && isUpper(s[q+3]) && readDigits(s, q+4, 6) == q+9 && (q+9 == len(s) || !isAlnum(s[q+9])) {
			return q + 9 // France's: "22AB18734"
		}
		// Some countries' passports are digits only: "passport no: 123456789".
		d := readDigits(s, q, 10)
		if d-q == 2 && d+8 <= len(s) && s[d] == ' ' {
			// A series and a number: "Russian passport 75 4829163".
			if f := readDigits(s, d+1, 8); f-d-1 == 7 && (f == len(s) || !isAlnum(s[f])) {
				return f
			}
		}
		if n := d - q; n < 6 || n > 9 || (d < len(s) && isAlnum(s[d])) {
			return 0
		}
		return d
	}
	if !isLetter(s[q]) || s[q] >= 0x80 {
		return 0
	}
	e := q
	for e < len(s) && e-q < 2 && (isUpper(s[e]) || isLower(s[e])) {
		e++
	}
	r := e
	if r < len(s) && s[r] == ' ' {
		r++
	}
	d := readDigits(s, r, 9)
	if n := d - r; n >= 7 && n <= 8 && (d >= len(s) || !isAlnum(s[d])) {
		return d
	}
	if r > e && d == r+1 {
		// Digit by digit: "paspor no. A 9 8 7 6 5 4 3".
		k, n := r, 0
		for k < len(s) && isDigit(s[k]) && (k+1 == len(s) || !isAlnum(s[k+1])) && n < 9 {
			n++
			if k+2 < len(s) && s[k+1] == ' ' && isDigit(s[k+2]) {
				k += 2
				continue
			}
			k++
			break
		}
		if n >= 6 && n <= 8 && (k >= len(s) || !isDigit(s[k])) {
			return k
		}
	}
	d, digits := q, 0
	for d < len(s) && d-q < 10 && (isUpper(s[d]) || isDigit(s[d])) {
		if isDigit(s[d]) {
			digits++
		}
		d++
	}
	if n := d - q; n >= 8 && n <= 9 && digits >= 4 && (d >= len(s) || !isAlnum(s[d])) {
		return d
	}
	return 0
}

// docFillers returns where a document's number starts after its keyword
// ending at j, past the words people put between: "paspor saya nomor",
// "passport no.", "IC number is".
func (sc *scanner) docFillers(j int) int {
	s := sc.s
	q := j
	for k := 0; k < 5; k++ {
		r := q
		for r < len(s) && (s[r] == ' ' || s[r] == ':' || s[r] == '.' || s[r] == '#' || s[r] == '\t' || s[r] == '=' || s[r] == '"' || s[r] == '(' || s[r] == ',' && r == j && r+1 < len(s) && s[r+1] == ' ') {
			r++ // and a form's "passport=X1234567", JSON's "ppt":"E9876…", "passport (A09876543)", "my passport, TK8820341"
		}
		e := wordEnd(s, r)
		lw := lowerWord(sc.buf[:], s, r, e)
		if e > r && (e-r > 2 || string(lw) == "is" || string(lw) == "sy") && lw != nil && (inSet(s, r, e, fIntroFillers|fSecretFillers) || string(lw) == "nomor" || string(lw) == "number" || string(lw) == "numbers" || string(lw) == "indonesia") {
			q = e
			continue
		}
		if lw != nil && (string(lw) == "no" || string(lw) == "nr") && e < len(s) && (s[e] == '.' || s[e] == ' ' || s[e] == ':') {
			q = e // "paspor no. A 1234567", not the letters of "NO1234567"
			continue
		}
		q = r
		break
	}
	return q
}

// govToken reads a foreign or a residence permit's number after its
// keyword: a token of letters and digits, with dashes or dots inside, that has six
// digits or more: "850101-14-5678" (a Malaysian MyKad), "S1234567D" (a
// Singapore NRIC), "2C21AB1234-A" (a KITAS). "IC 555" names a chip.
// Up to skip words of letters may come first: an insurer's or a
// utility's name ("polis Prudential 12345678", "pelanggan PLN saya …").
// With letter set, the token must have a letter too.
func (sc *scanner) govToken(j, skip int, letter bool) int {
	s := sc.s
	q := sc.docFillers(j)
	q0 := q
	prefix := -1 // a last word of two capitals right before the digits: "AJ 123 456 789", not an insurer's "AXA"
	for ; skip > 0 && q < len(s) && isLetter(s[q]) && s[q] < 0x80; skip-- {
		e := q
		for e < len(s) && isLetter(s[e]) && s[e] < 0x80 {
			e++
		}
		if e >= len(s) || s[e] != ' ' && s[e] != ':' {
			break // the token itself: "PL-2023-0987654"
		}
		if e-q > 16 || tokenKeyword(s, q, e).ctx == ctxCurrency {
			return 0 // and an amount: "asuransi kesehatan Rp 500.000"
		}
		prefix = -1
		if e-q == 2 && upperCount(s, q, e) == 2 && s[e] == ' ' && e+1 < len(s) && isDigit(s[e+1]) {
			prefix = q
		}
		q = sc.docFillers(e)
	}
	if q >= len(s) || !isAlnum(s[q]) || s[q] >= 0x80 || q > 0 && isAlnum(s[q-1]) {
		return 0
	}
	e, digits := q, 0
	for e < len(s) && e-q < 24 && (isAlnum(s[e]) && s[e] < 0x80 || (s[e] == '-' || s[e] == '.' || s[e] == '/' && skip > 0) && e+1 < len(s) && isAlnum(s[e+1]) && s[e+1] < 0x80) {
		if isDigit(s[e]) {
			digits++
		}
		e++
	}
	if letter && strings.IndexFunc(s[q:e], func(r rune) bool { return r < utf8.RuneSelf && isLetter(byte(r)) }) < 0 || dashedDate(s[q:e]) || dottedAmount(s[q:e]) {
		return 0 // "Polis aktif mulai 03-12-2024", "premi 1.500.000"
	}
	if digits == e-q && digits <= 4 {
		// A number typed in groups: "5321 1234 5678", "14 2345 6789 0".
		f, n, groups := e, digits, 1
		for f+1 < len(s) && s[f] == ' ' && (isDigit(s[f+1]) || f+3 < len(s) && s[f+1] == '-' && s[f+2] == ' ' && isDigit(s[f+3])) {
			d := f + 1
			if s[d] == '-' {
				d += 2 // apart by dashes between blanks: "no polis 2023 - 0045 - 7781"
			}
			g := digitsEnd(s, d)
			if g-d > 4 || n+g-d > 16 {
				break
			}
			f, n, groups = g, n+g-d, groups+1
		}
		if (n >= 10 || n >= 9 && groups >= 3) && (f == len(s) || !isAlnum(s[f])) {
			e, digits = f, n // and three groups of three: "no polis sy AJ 123 456 789"
		}
	}
	if digits < 6 || e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_' || (s[e] == '.' || s[e] == '/') && e+1 < len(s) && s[e+1] == '[') {
		return 0 // too long, or glued to more: "9509-15-[CARD_1]", "9509-15.[CARD_1]" once a part was replaced
	}
	if prefix >= 0 && prefix+3 >= q-1 && !(prefix < sc.entEnd && sc.inValue(prefix)) {
		q = prefix
	}
	sc.add(GovID, q, e)
	if q > q0 {
		return 0 // the words skipped are read as usual, as they are once it is a placeholder: "UID Genshin saya shin s812345678" (FuzzRedact)
	}
	return e
}

// idWordBefore reports whether the previous word names a number: "no",
// "nomor", "ID", "NIK", "kartu"…
func (sc *scanner) idWordBefore() bool {
	if sc.prevLen < 2 || sc.prevLen > 6 {
		return false
	}
	var b [8]byte
	switch string(lowerWord(b[:], sc.s, sc.prevStart, sc.prevStart+sc.prevLen)) {
	case "no", "nomor", "nomer", "nmr", "id", "nik", "nip", "kode", "kartu", "induk", "nr", "number":
		n := len(sc.ents) // and no word of a value found already, as prevIs
		return n == 0 || sc.prevStart >= sc.ents[n-1].end || sc.prevStart < sc.ents[n-1].start
	}
	return false
}

// memberLabel reports whether s[i:j] is a form's party that has a number
// with an institution: "karyawan", "member", "pasien"…
func memberLabel(s string, i, j int) bool {
	var b [13]byte
	w := lowerWord(b[:], s, i, j)
	if len(w) > 6 && string(w[len(w)-3:]) == "nya" {
		w = w[:len(w)-3] // "ID pelanggannya 3255…", "nomor pasiennya …"
	}
	switch string(w) {
	case "karyawan", "pegawai", "employee", "member", "pasien", "patient", "nasabah", "pelanggan", "peserta", "driver", "mitra",
		"klien", "client", "anggota", "student", "staff", "staf", "donatur", "donor", "kary", "reseller", "pelamar", "emp", "customer", "cust", "agen", "agent",
		"konsumen", "debitur", "debitor":
		return true
	}
	return false
}

// clockLike reports a time of day, "22.00" or "07:30", which numbers no
// one: "kartu akses untuk tamu di atas pukul 22.00".
func clockLike(t string) bool {
	return len(t) == 5 && (t[2] == '.' || t[2] == ':') && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[3]) && isDigit(t[4]) &&
		(t[0] < '2' || t[0] == '2' && t[1] <= '4') && t[3] <= '5'
}

// versionLike reports a version's number: digits in groups of one or two
// apart by full stops, "10.2.4", as no institution numbers a person.
func versionLike(t string) bool {
	g, dots := 0, 0
	for k := 0; k < len(t); k++ {
		switch {
		case isDigit(t[k]):
			if g++; g > 2 {
				return false
			}
		case t[k] == '.':
			g, dots = 0, dots+1
		default:
			return false
		}
	}
	return dots >= 2
}

// memberID reads a person's number with an institution after its label:
// an employee's, a student's, a patient's record, a bank's customer
// (CIF), a loan's contract, a loyalty member's: "NIK karyawan 88213",
// "nomor karyawan saya EMP-00452", "kartu pelajar no 0012/SMA/2023", "no
// RM 00-45-12", "nomor member garuda miles saya GA 123456789". Up to
// three words may come first, which the main pass then reads (it returns
// 0). The token has five digits or more, or four with a letter or a mark,
// and is no date or amount.
func (sc *scanner) memberID(j int) int {
	s := sc.s
	if j+1 < len(s) && s[j] == ',' && s[j+1] == ' ' {
		j++ // "kartu pelajar, nomor kartu 31-0422-0098"
	}
	if j+4 <= len(s) && s[j] == '-' && hasPrefixFold(s, j+1, "nya") && (j+4 == len(s) || !isLetter(s[j+4])) {
		j += 4 // "Nomor KKS-nya 6013 …"
	}
	q := sc.docFillers(j)
	if q+1 < len(s) && s[q] == ',' && s[q+1] == ' ' {
		q = sc.docFillers(q + 1) // "student card, ID STD-88213"
	}
	q0 := q
	for k := 0; k < 3 && q < len(s) && isLetter(s[q]) && s[q] < 0x80; k++ {
		e := q
		for e < len(s) && (isLetter(s[e]) && s[e] < 0x80 || s[e] == '-' && e > q && e+2 < len(s) && isLetter(s[e+1]) && s[e+1] < 0x80 && !isLetter(s[e+2])) {
			e++ // and a letter after a hyphen: "nomor pendaftaran KIP-K 2430…"
		}
		if e+1 >= len(s) || s[e] != ' ' && s[e] != ':' || isDigit(s[e+1]) && e-q <= 3 && isUpper(s[q]) && isUpper(s[e-1]) && !(e-q == 2 && s[q] == 'I' && s[q+1] == 'D') {
			break // the token itself ("EMP-00452"), or its letters before its digits: "GA 123456789"
		}
		if e-q > 16 || tokenKeyword(s, q, e).ctx == ctxCurrency {
			return 0 // and an amount: "member gold Rp 500.000"
		}
		q = sc.docFillers(e)
	}
	if q >= len(s) || !isAlnum(s[q]) || s[q] >= 0x80 || q > 0 && isAlnum(s[q-1]) {
		return 0
	}
	e, digits, marks := q, 0, false
	if d := q; isUpper(s[d]) {
		for d < len(s) && d-q < 3 && isUpper(s[d]) {
			d++
		}
		if d+1 < len(s) && s[d] == ' ' && isDigit(s[d+1]) {
			e = d + 1 // "GA 123456789"
		}
	}
	for e < len(s) && e-q < 32 && (isAlnum(s[e]) && s[e] < 0x80 || (s[e] == '-' || s[e] == '.' || s[e] == '/') && e+1 < len(s) && isAlnum(s[e+1]) && s[e+1] < 0x80) {
		if isDigit(s[e]) {
			digits++
		} else {
			marks = true
		}
		e++
	}
	for !marks && digits >= 4 && e+2 < len(s) && s[e] == ' ' {
		g := digitsEnd(s, e+1)
		n := g - (e + 1)
		if n < 2 || n > 4 || g < len(s) && isAlnum(s[g]) || n < 4 && digits < 8 {
			break
		}
		e, digits = g, digits+n // a card's groups: "No KKS 6013 0198 7654 3210", "frequent flyer KF 8876 5543 21"
		if n < 4 {
			break // a short group ends the number
		}
	}
	if digits < 4 || digits == 4 && !marks && s[q] != '0' && !(sc.short4 && !yearLike(s[q:e])) || e < len(s) && (isAlnum(s[e]) || s[e] == '_') || dashedDate(s[q:e]) || dottedAmount(s[q:e]) || versionLike(s[q:e]) || clockLike(s[q:e]) || // four digits with a leading zero are no year: "Nomor anggota saya 0221"
		e+1 < len(s) && (s[e] == '-' || s[e] == '.' || s[e] == '/') && s[e+1] == '[' {
		return 0 // and glued to a placeholder, a longer token before it was replaced (FuzzRedact: "nis 950G-15-[CARD_1]")
	}
	sc.add(GovID, q, e)
	if q > q0 || strings.IndexFunc(s[j:q0], unicode.IsLetter) >= 0 {
		// The words before it are read as usual, as they are once it is
		// a placeholder: "ID pelanggan PLN saya Den belu1316…" (FuzzRedact).
		return 0
	}
	return e
}

// yearLike reports whether t, four digits, reads as a year from 1900 to
// 2099.
func yearLike(t string) bool {
	return len(t) == 4 && (t[0] == '1' && t[1] == '9' || t[0] == '2' && t[1] == '0')
}

// dashedDate reports whether t is a date written with dashes, slashes or
// full stops: "03-12-2024", "3/1/2024", "2025-02-24".
func dashedDate(t string) bool {
	k := strings.IndexAny(t, "-/.")
	if k < 0 {
		return false
	}
	a, rest, _ := strings.Cut(t, t[k:k+1])
	b, c, ok := strings.Cut(rest, t[k:k+1])
	if !ok || strings.ContainsAny(c, "-/.") || !allDigits(a) || !allDigits(b) || !allDigits(c) || len(b) > 2 {
		return false
	}
	year := func(y string) bool { return y[0] == '1' && y[1] == '9' || y[0] == '2' && y[1] == '0' }
	return len(a) <= 2 && len(c) == 4 && year(c) || len(a) == 4 && len(c) <= 2 && year(a) // not a student's "NIS 22.10.0471"
}

// dottedAmount reports whether t is an amount with thousands' full stops:
// "500.000", "1.250.000".
func dottedAmount(t string) bool {
	parts := strings.Split(t, ".")
	if len(parts) < 2 || len(parts[0]) > 3 || !allDigits(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 || !allDigits(p) {
			return false
		}
	}
	return true
}

// allDigits reports whether t is digits only, and not empty.
func allDigits(t string) bool {
	for k := 0; k < len(t); k++ {
		if !isDigit(t[k]) {
			return false
		}
	}
	return t != ""
}

// ibanEnd returns the end of an IBAN starting at i ("DE89 3704 0044 0532
// 0130 00"): a country's two capitals, two check digits and up to thirty
// capitals and digits, in groups of four or not, 15 to 34 in all, that
// pass the ISO 7064 mod-97 check. It returns 0 when there is none.
func ibanEnd(s string, i int) int {
	var b [34]byte
	var cut [9]int // where a blank ended a group: the IBAN may end there
	var cutN [9]int
	nc := 0
	n, e := 0, i
	for e < len(s) && n < len(b) {
		c := s[e]
		switch {
		case isDigit(c) || isUpper(c):
			b[n] = c
			n++
			e++
			continue
		case c == ' ' && e+1 < len(s) && (isDigit(s[e+1]) || isUpper(s[e+1])) && n%4 == 0:
			if nc < len(cut) {
				cut[nc], cutN[nc] = e, n
				nc++
			}
			e++
			continue
		}
		break
	}
	if n < 15 || !isDigit(b[2]) || !isDigit(b[3]) {
		return 0
	}
	// The longest that passes: what follows a valid IBAN after a blank
	// is read as text of its own, as it is once it is replaced. A token
	// that goes on past it ("…0007-0200…") is something else.
	glued := e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '/' || s[e] == '_' || s[e] == '@' ||
		(s[e] == '.' || s[e] == ',') && e+1 < len(s) && !isSpace(s[e+1]))
	if !glued && mod97(b[:n]) == 1 {
		return e
	}
	for k := nc - 1; k >= 0; k-- {
		if cutN[k] >= 15 && mod97(b[:cutN[k]]) == 1 {
			return cut[k]
		}
	}
	return 0
}

// mod97 is the ISO 7064 remainder of an IBAN: its first four characters
// moved to the end, letters counting 10 to 35.
func mod97(b []byte) int {
	n, rem := len(b), 0
	for k := 0; k < n; k++ {
		c := b[(k+4)%n]
		if isDigit(c) {
			rem = (rem*10 + int(c-'0')) % 97
		} else {
			rem = (rem*100 + int(c-'A'+10)) % 97
		}
	}
	return rem
}

// plate reads a vehicle plate "B 1234 XYZ" starting with the region letters
// s[i:j]; without a plate keyword nearby the full spaced form is required.
func (sc *scanner) plate(i, j int) int {
	s := sc.s
	if !isPlateRegion(s[i:j]) {
		return 0
	}
	if i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	kw := sc.context(i) == ctxPlate
	if !kw && i >= 2 && s[i-1] == ' ' {
		t := glueStart(s, i-1) // the word before, whose start a value may hold ("17/08/19X0": the date's token)
		if isDigit(s[i-2]) && !(t < sc.entEnd && (sc.inValue(i-2) || sc.inValue(t))) && !handleBefore(s, i-1) && !underscoreBefore(s, i-1) {
			return 0 // after a number, a unit: "LED 12 W 220 V"; but a plate after a phone, as after its placeholder
		}
		a := i - 1
		for a > 0 && isLetter(s[a-1]) {
			a--
		}
		// Not a word of a value found already ("@Tipe A 2024 XL": the
		// next pass reads "[HANDLE_1] A 2024 XL").
		if codeBefore(s, a, i-1) && !handleBefore(s, a) && !(a < sc.entEnd && sc.inValue(a)) {
			return 0 // a room, a type, a size, a gate: "Kamar B 1204 AC", "Size L 42 EU"
		}
	}
	q := j
	spaced := q < len(s) && s[q] == ' '
	if spaced {
		q++
		if kw && q+1 < len(s) && s[q] == ' ' && isDigit(s[q+1]) {
			q++ // two blanks, after a plate's word: "plat: B  4567  TUV"
		}
	} else if !kw && q < len(s) && isDigit(s[q]) {
		return sc.plateGlued(i, j)
	} else if !kw || q < len(s) && s[q] == '-' {
		return sc.plateDashed(i, j, kw)
	}
	e := readDigits(s, q, 4)
	if n := e - q; n < 1 || n > 4 {
		return 0
	}
	r := e
	sp2 := r < len(s) && s[r] == ' '
	if sp2 {
		r++
		if kw && q > j+1 && r+1 < len(s) && s[r] == ' ' && isUpper(s[r+1]) {
			r++
		}
	}
	k := r
	for k < len(s) && isUpper(s[k]) && k-r < 4 {
		k++
	}
	if n := k - r; n >= 1 && n <= 3 && (k >= len(s) || !isAlnum(s[k])) && (sp2 || kw) && (kw || !romanOrStandard(s[r:k])) {
		sc.add(Plate, i, k)
		return k
	}
	if kw && e-q >= 2 && (e >= len(s) || !isAlnum(s[e])) {
		// No letters after it: two digits or more, as "mobil B3" is a
		// parking's basement.
		sc.add(Plate, i, e)
		return e
	}
	return 0
}

// plateGlued reads a plate written with no blanks and no keyword, its
// region s[i:j] in capitals, after a vehicle's word in the words before:
// "unit Avanza hitam B1779SKW a.n. …", "motor beat AB1234XY"; not a
// product's code ("SKU B1779SKW").
func (sc *scanner) plateGlued(i, j int) int {
	s := sc.s
	if j >= len(s) || s[j] < '1' || s[j] > '9' {
		return 0
	}
	e := readDigits(s, j, 4)
	k := e
	for k < len(s) && isUpper(s[k]) && k-e < 4 {
		k++
	}
	if e-j > 4 || k-e < 1 || k-e > 3 || k < len(s) && (isAlnum(s[k]) || s[k] == '-' || s[k] == '/' || s[k] == '_') || romanOrStandard(s[e:k]) || !vehicleBefore(s, i) {
		return 0
	}
	sc.add(Plate, i, k)
	return k
}

// vehicleBefore reports whether a vehicle's word is among the five words
// before i on its line: "mobil", "motor", "unit", a model's name.
func vehicleBefore(s string, i int) bool {
	q := i
	for w := 0; w < 5; w++ {
		for q > 0 && (s[q-1] == ' ' || s[q-1] == ',') {
			q--
		}
		a := q
		for a > 0 && isLetter(s[a-1]) && s[a-1] < 0x80 {
			a--
		}
		if a == q {
			return false
		}
		var b [10]byte
		switch string(lowerWord(b[:], s, a, q)) {
		case "mobil", "motor", "unit", "kendaraan", "truk", "pickup", "avanza", "xenia", "innova", "fortuner", "pajero", "xpander", "ertiga",
			"brio", "jazz", "agya", "ayla", "calya", "sigra", "rush", "terios", "livina", "beat", "vario", "nmax", "aerox", "scoopy", "mio", "supra", "pcx":
			return true
		}
		q = a
	}
	return false
}

// plateDashed reads a plate written with dashes and no keyword, its region
// s[i:j] in capitals: "(DK-7656-WN)", "motornya AB-1234-XY". Its number
// never starts with 0, as an SKU's may ("KT-001-M"). After a plate's
// keyword its letters may be left out: "nopol AB-1234".
func (sc *scanner) plateDashed(i, j int, kw bool) int {
	s := sc.s
	if j+2 >= len(s) || s[j] != '-' || s[j+1] < '1' || s[j+1] > '9' {
		return 0
	}
	e := readDigits(s, j+1, 4)
	if e-j-1 > 4 {
		return 0
	}
	if kw && e-j-1 >= 2 && (e == len(s) || !isAlnum(s[e]) && s[e] != '-' && s[e] != '/' && s[e] != '_') {
		sc.add(Plate, i, e)
		return e
	}
	if e+1 >= len(s) || s[e] != '-' {
		return 0
	}
	k := e + 1
	for k < len(s) && isUpper(s[k]) && k-e-1 < 4 {
		k++
	}
	if n := k - e - 1; n < 1 || n > 3 || k < len(s) && (isAlnum(s[k]) || s[k] == '-' || s[k] == '/' || s[k] == '_') || romanOrStandard(s[e+1:k]) {
		return 0
	}
	switch s[e+1 : k] {
	case "XS", "S", "M", "L", "XL", "XXL":
		return 0 // a size ends an SKU: "kaos BK-2040-XL"
	}
	sc.add(Plate, i, k)
	return k
}

// plateAfter reads a plate typed loosely after its keyword ending at j,
// which the strict form of plate does not take: in lowercase ("plat
// b1234xyz", "nopol b 1234 xyz") or with dashes ("plat B-1234-XYZ"), a
// filler word or two between ("plat nomor d 1234 abc"). In lowercase the
// plate has two digits or more and its last letters are no chat word
// ("mobil ad 1 aja").
func (sc *scanner) plateAfter(j int) int {
	s := sc.s
	q := sc.docFillers(j)
	i := q
	for q < len(s) && q-i < 2 && isLetter(s[q]) && s[q] < 0x80 {
		q++
	}
	if q == i || q-i > 2 || q >= len(s) || !isPlateRegion(strings.ToUpper(s[i:q])) || i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	lower := isLower(s[i])
	dash := s[q] == '-'
	if s[q] == ' ' || dash {
		q++
	}
	e := readDigits(s, q, 4)
	if n := e - q; n < 1 || n > 4 || lower && n < 2 {
		return 0
	}
	r := e
	if r < len(s) && (s[r] == ' ' && !dash || s[r] == '-' && dash) {
		r++
	}
	k := r
	for k < len(s) && isLetter(s[k]) && s[k] < 0x80 && k-r < 4 {
		k++
	}
	if n := k - r; n < 1 || n > 3 || k < len(s) && isAlnum(s[k]) {
		return 0
	}
	if isLower(s[r]) && chatWordAfterPlate(s[r:k]) {
		return 0 // "motor B2 dan mobil B3": a parking level, and a word after it
	}
	if lower || !dash && isUpper(s[i]) && isUpper(s[r]) && s[q-1] == ' ' {
		// In capitals and with blanks, plate reads it as usual.
		if lower && chatWordAfterPlate(s[r:k]) || !lower {
			return 0
		}
	}
	sc.add(Plate, i, k)
	return k
}

// chatWordAfterPlate reports a short chat word that may follow a number:
// "ad 1 aja" is no plate.
func chatWordAfterPlate(w string) bool {
	switch strings.ToLower(w) {
	case "aja", "ya", "yg", "dan", "di", "ke", "dr", "sm", "ga", "gk", "gak", "kak", "pak", "bu", "lg", "jg",
		"nya", "kok", "sih", "deh", "kah", "pcs", "kg", "km", "cc", "x", "rb", "jt", "thn", "th", "bln", "hr":
		return true
	}
	return false
}

// handleBefore reports whether the word at a is part of a handle, which
// the pre-pass finds ("@Tipe", "@x.Tipe").
func handleBefore(s string, a int) bool {
	for a > 0 && (isAlnum(s[a-1]) && s[a-1] < utf8.RuneSelf || s[a-1] == '_' || s[a-1] == '.' || s[a-1] == '-') {
		a--
	}
	return a > 0 && s[a-1] == '@'
}

// underscoreBefore reports whether the token ending at a has a '_' in it,
// a username a post-pass may find ("dewi_88 L 5555 AB" reads as
// "[HANDLE_1] L 5555 AB" next pass).
func underscoreBefore(s string, a int) bool {
	for a > 0 && (isAlnum(s[a-1]) && s[a-1] < utf8.RuneSelf || s[a-1] == '_' || s[a-1] == '.') {
		if s[a-1] == '_' {
			return true
		}
		a--
	}
	return false
}

// romanOrStandard reports a suffix that ends a product's name rather than a
// plate: a roman numeral ("Sony A 7 III") or a standard ("D 10 SNI").
func romanOrStandard(w string) bool {
	switch w {
	case "II", "III", "VII", "VIII", "SNI", "ISO": // not one letter: "B 1234 V" is a plate
		return true
	}
	return false
}

// codeBefore reports whether the word s[a:b] names what a letter and a
// number after it are, when they are no vehicle plate.
func codeBefore(s string, a, b int) bool {
	var w [8]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "kamar", "room", "tipe", "type", "size", "ukuran", "gate", "lot", "seat", "kursi", "batch", "model",
		"varian", "versi", "gerbong", "baris", "row", "lantai", "floor", "terminal", "pintu", "loket", "meja",
		"blok", "rak", "kupon", "kode", "seri", "series", "bilik", "beton", "besi", "kamera", "lampu", "led", "mesin":
		return true
	}
	return false
}

// saya handles "saya Budi Santoso dari Bandung" and "I'm Budi": only
// title-case tokens that are not keywords count, so "saya pakai BCA" and
// "saya Mau tanya" stay as they are.
func (sc *scanner) saya(i, j int) int {
	s := sc.s
	if j-i <= 4 && sc.prevLen >= 2 && sc.prevStart+sc.prevLen+1 == i && thingWord(s, sc.prevStart, sc.prevStart+sc.prevLen) && firstPerson(s, i, j) {
		return 0 // whose thing, and its model after it: "mobil saya Avanza", "motor aku Vario", "premi aku …"
	}
	if j-i <= 4 && j+1 < len(s) && s[j] == ' ' && isLower(s[j+1]) && strings.Contains(s[j:min(len(s), j+64)], ", ") && firstPerson(s, i, j) {
		sc.selfApposition(j + 1) // and the words before it are read as usual, as they are once it is a placeholder (FuzzRedact)
	}
	if j-i >= 6 && j+1 < len(s) && s[j] == ' ' && isUpper(s[j+1]) {
		if w := wordEnd(s, j+1); w < len(s) && s[w] == ':' && !inSet(s, j+1, w, fGivenNames) {
			// "Penerima Paket: SUWANDI": the second word is the field's
			// label, never a name (the value may be a placeholder).
			if c := fieldColon(s, j); c > 0 {
				return sc.personList(c, modeIntro)
			}
			return 0
		}
	}
	if j+3 < len(s) && (s[j] == '-' || s[j] == ' ') && strings.IndexByte(s[j:min(len(s), j+24)], ':') > 0 && inSet(s, i, j, fFamily) {
		// The relatives' field with whose they are first: "Anak-anak
		// beliau: Ramlan, Tiurlan, dan Rosdiana", "anak saya: Raka, …".
		c := j
		if s[c] == '-' && wordEnd(s, c+1)-(c+1) == j-i && strings.EqualFold(s[c+1:wordEnd(s, c+1)], s[i:j]) {
			c = wordEnd(s, c+1)
		}
		if c+1 < len(s) && s[c] == ' ' {
			if e := wordEnd(s, c+1); e < len(s) && s[e] == ':' {
				var b [8]byte
				switch string(lowerWord(b[:], s, c+1, e)) {
				case "beliau", "saya", "kami", "sy", "aku", "nya":
					return sc.personList(e+1, modeIntro)
				}
			}
		} else if c > j && c < len(s) && s[c] == ':' {
			return sc.personList(c+1, modeIntro)
		}
	}
	if j-i == 5 && hasPrefixFold(s, i, "saksi") && j+1 < len(s) && s[j] == ' ' && isLower(s[j+1]) {
		if c := fieldColon(s, j); c > 0 {
			return sc.personList(c, modeIntro) // "saksi nikah: Usman dan Karyo"
		}
	}
	if c := j; (c < len(s) && s[c] == ':' || c+1 < len(s) && s[c] == ' ' && s[c+1] == ':') && (j-i >= 6 || inSet(s, i, j, fFamily) && !sc.forKind() || j-i == 5 && (lowerASCII(s[i]) == 'j' || hasPrefixFold(s, i, "saksi"))) {
		// A form's field: "Penerima: Rahmat Hidayat", "pengirim: rina",
		// "penerima : rudi", "Ayah: Budi Santoso"; not "saya:" or "aku:".
		if s[c] == ' ' {
			c++
		}
		return sc.personList(c+1, modeIntro)
	}
	if j+2 < len(s) && s[j] == ',' && s[j+1] == ' ' && (isUpper(s[j+2]) && (sc.family(i, j) || relativeGlued(s, i, j)) || sc.commaName(j+2)) {
		j++ // "suami saya, Andi, di …", "my wife, Sarah", "ini aku, rina, yg …": the name set off by commas
	}
	if j+3 < len(s) && s[j] == ' ' && s[j+1] == '(' && isUpper(s[j+2]) && isLower(s[j+3]) && i > 0 {
		// The name in brackets: "kemarin saya (Yulia) sudah kirim".
		if e := strings.IndexByte(s[j+2:min(len(s), j+40)], ')'); e > 0 && recordName(s, j+2, j+2+e, true) {
			sc.add(Person, j+2, j+2+e)
			return j + 2 + e
		}
	}
	if j >= len(s) || s[j] != ' ' {
		return 0
	}
	q := j + 1
	for j-i >= 6 && q < len(s) && s[q] == ' ' && q-j < 4 {
		q++ // a form's column: "PENERIMA  SAID ABDULLAH"
	}
	// Chat's fillers before the name: "aku tuh Citra", "saya pribadi, Wahyuni,".
	for k := 0; k < 2 && q < len(s); k++ {
		if c := s[q] | 0x20; c != 't' && c != 'n' && c != 's' && c != 'p' && c != 'k' && c != 'b' {
			break // no filler starts so: the usual case, without reading the word
		}
		e := wordEnd(s, q)
		if !sayaFiller(s, q, e) || e+2 >= len(s) {
			break
		}
		if s[e] == ',' && s[e+1] == ' ' {
			if sc.commaName(e + 2) {
				q = e + 2
				break
			}
			return 0 // "saya pribadi, …" names no one, and the filler is no name either
		}
		if s[e] != ' ' {
			return 0
		}
		q = e + 1
	}
	if q+3 < len(s) && s[q] == 's' && s[q+1] == 'i' && s[q+2] == ' ' && (isUpper(s[q+3]) || sc.givenAt(q+3)) {
		q += 3 // "anakku si Kevin", "gw si bambang": "si" before a person's name
		if !isUpper(s[q]) {
			e := nameTokenEnd(s, q)
			sc.add(Person, q, e)
			return e
		}
	}
	if q < len(s) && isLower(s[q]) && q >= 2 && s[q-2] == ',' && sc.commaName(q) {
		e := nameTokenEnd(s, q) // "ini aku, rina, yg kemarin chat"
		sc.add(Person, q, e)
		return e
	}
	if q < len(s) && isLower(s[q]) {
		// "aku nadia mau nanya", "saya yusuf, mau komplain", "dgn
		// ferry": a common given name in lowercase, and those after it.
		if !sc.givenAt(q) {
			if j-i <= 4 && firstPerson(s, i, j) && (clauseStart(s, i) || i >= 4 && s[i-1] == ' ' && (hasPrefixFold(s, i-4, "ini") || hasPrefixFold(s, i-3, "ni")) && clauseStart(s, wordStart(s, i-1))) {
				if e := lowerIntroName(s, q); e > 0 && !(q < sc.entEnd && sc.inValue(q)) {
					sc.add(Person, q, e) // "aku anggi, paket aku…", "sy markonah, kurirnya…"
					return e
				}
			}
			return 0
		}
		e := gluedNameEnd(s, q)
		if u := usernameEnd(s, q, e); u > 0 {
			sc.add(Handle, q, u) // "nama saya budi_s"
			return u
		}
		if e < len(s) && (s[e] == '@' || (s[e] == '.' || s[e] == '_') && e+1 < len(s) && (isAlnum(s[e+1]) || s[e+1] == '[')) {
			return 0 // an e-mail address's local part: "email saya dewi.lestari88@gmail.com", "joko@[EMAIL_1]"
		}
		if lowerWordAmbiguous(s[q:e]) {
			if f := lowerSurnameEnd(s, e); f > e && !(q < sc.entEnd && sc.inValue(q)) {
				sc.add(Person, q, f) // but with a family name after it: "aku intan permatasari mau apply"
				return f
			}
			if (e == len(s) || s[e] == '.' || s[e] == ',' || s[e] == '\n' || s[e] == '!' || s[e] == '?') && (inSet(s, i, j, fFamily) || sc.prevLen > 0 && sc.prevStart+sc.prevLen+1 == i && inSet(s, sc.prevStart, sc.prevStart+sc.prevLen, fFamily)) && i > 0 && !(q < sc.entEnd && sc.inValue(q)) {
				// A relative's name alone at the clause's end: "td pagi
				// ditinggal sm istri sy mega"; not "anak saya indah sekali".
				sc.add(Person, q, e)
				return e
			}
			return 0 // "anak saya indah sekali"
		}
		for k := 0; k < 2 && e+1 < len(s) && s[e] == ' ' && sc.givenAt(e+1); k++ {
			e = nameTokenEnd(s, e+1) // "aku dewi lestari"
		}
		e = lowerSurnameEnd(s, e)
		sc.add(Person, q, e)
		return e
	}
	if q+1 < len(s) && isUpper(s[q]) && isUpper(s[q+1]) && (sc.givenAt(q) || s[q] == 'S' && namePrefixEnd(s, q, wordEnd(s, q)) > 0) {
		// A name in capitals, as a whole message in capitals has it:
		// "SAYA BUDI SANTOSO MAU KOMPLAIN", "diterima oleh SUWARNO".
		e := capsNameRun(s, q)
		sc.add(Person, q, e)
		return e
	}
	if q+1 < len(s) && isUpper(s[q]) && isUpper(s[q+1]) && isUpper(s[i]) && i+1 < j && isUpper(s[i+1]) && sc.family(i, j) {
		// In a message in capitals, a name no list knows after a relative's
		// word, to the next word of chat: "KTP ISTRI SAYA SUMIYATI HILANG".
		e := wordEnd(s, q)
		if e-q >= 4 && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && chatWord(s, e+1, wordEnd(s, e+1)) && !chatWord(s, q, e) && recordName(s[:e], q, e, true) &&
			!(q < sc.entEnd && sc.inValue(q)) && !sc.inPre(q) {
			sc.add(Person, q, e)
			return e
		}
		// Or two words or three to the clause's end: "AHLI WARIS ISTRI
		// FLORENTINA NAHAK, HP …".
		if e := capsWordsName(s, q); e > 0 && clauseEndAt(s, e) && !(q < sc.entEnd && sc.inValue(q)) && !sc.inPre(q) {
			sc.add(Person, q, e)
			return e
		}
	}
	if f := wordEnd(s, q); q+1 < len(s) && isUpper(s[q]) && f-q <= 5 && f+2 < len(s) && s[f] == ' ' && isUpper(s[f+1]) && koreanFamily(s[q:f]) && !(q < sc.entEnd && sc.inValue(q)) {
		if g := koreanGivenEnd(s, f+1); g > 0 && !sc.overlaps(q, g) {
			sc.add(Person, q, g) // a Korean name, its family's word an address's too: "my wife Park Ji-yeon"
			return g
		}
	}
	if q+1 < len(s) && isUpper(s[q]) && isUpper(s[q+1]) && isLower(s[i]) {
		// A name in capitals no list knows, of two words or three, in a
		// message in lowercase: "penerima LAM WAI MAN, HSBC …", "paspor
		// suami sy MUHAMAD ROSYID habis". Each word has a vowel, as no
		// programme's acronym does ("penerima BANSOS PKH").
		if e := capsWordsName(s, q); e > 0 && !(q < sc.entEnd && sc.inValue(q)) {
			sc.add(Person, q, e)
			return e
		}
	}
	start, end := -1, -1
	for tokens := 0; tokens < 4 && q+1 < len(s) && isUpper(s[q]) && (isLower(s[q+1]) || s[q+1] >= utf8.RuneSelf && letterAt(s, q+1) || s[q] == 'I' && sc.balinese(q, q+1) || apostropheName(s, q)); tokens++ {
		e := nameTokenEnd(s, q)
		if tokens == 0 && (e-q == 2 && (s[q] == 'W' || s[q] == 'L') || e-q == 4 && (s[q] == 'L' || s[q] == 'B')) {
			if c := namePrefixEnd(s, q, e); c > 0 && c+1 < len(s) {
				start, end, q = q, c, c+1 // "pengirim Wa Ina", "penerima Wa Ode Nurhayati"
				continue
			}
		}
		fits, kw, fl := lookupToken(s, q, e)
		if !fits || (e < len(s) && (isDigit(s[e]) || s[e] <= '_' && localGlued(s, q, e) ||
			(s[e] == '\'' || s[e] == '-' || s[e] == '[') && placeholderGlued(s, e))) {
			break // "email aku Asepgunawan@gmail.com" names an address; "Ab'[EMAIL_1]" is one too
		}
		surname := tokens > 0 && kw.ctx == ctxBusiness && kw.trig == trigNone && fl&(fStopWords|fCapStop|fRoleWords|fAddrWords) == 0 && isLower(s[q+1]) &&
			!(e+1 < len(s) && s[e] == ' ' && (isDigit(s[e+1]) || rpAt(s, e+1))) // a family name that is an order's word too: "this is Jonathan Price from room 12"
		if (fl&(fStopWords|fCapStop|fRoleWords) != 0 || fl&fAddrWords != 0 && fl&fGivenNames == 0 || kw != (keyword{}) && !surname && !(tokens > 0 && kw.trig == trigHonorific && honorificName(s, q, e))) && !(s[q] == 'I' && sc.balinese(q, e)) {
			break // a keyword: every keyword has a context class or a trigger; "Indah" is a name too
		}
		if h := strings.IndexByte(s[q:e], '-'); h > 0 && stopPart(s, q, q+h) {
			break // "anak Senin-Jumat"
		}
		if start < 0 && isUpper(s[q]) && shopWord(s, q, e) && !inSet(s, q, e, fGivenNames) {
			return 0 // a product's words: "Baju Koko Anak Motif Batik"
		}
		if start < 0 {
			start = q
		}
		end = e
		if e >= len(s) || s[e] != ' ' {
			break
		}
		q = e + 1
		if b := binEnd(s, q); b > 0 {
			q = b
		}
		if tokens == 0 && e-start <= 5 && koreanFamily(s[start:e]) {
			if g := koreanGivenEnd(s, q); g > 0 {
				end = g // a Korean given name after the family's: "I am Kim Min-jun"
				break
			}
		}
	}
	if start < 0 {
		return 0
	}
	sc.add(Person, start, end)
	return end
}

// honorificName reports whether the capitalised word s[q:e], a title's,
// is a word of the name before it too: "anak saya Rizky Ananda",
// "Muhammad Habib".
func honorificName(s string, q, e int) bool {
	return isLower(s[q+1]) && (e-q == 6 && hasPrefixFold(s, q, "ananda") || e-q == 5 && hasPrefixFold(s, q, "habib"))
}

// apostropheName reports whether a family name with an apostrophe after
// its first capital starts at q: "O'Connor", "D'Souza", "D'Angelo".
func apostropheName(s string, q int) bool {
	return q+3 < len(s) && isUpper(s[q]) && s[q+1] == '\'' && isUpper(s[q+2]) && isLower(s[q+3])
}

// lowerWordAmbiguous reports a given name that is a common word as well,
// which in lowercase names no one: "indah" (beautiful), "putri"
// (daughter), "sari", "jaya", "suci"…
func lowerWordAmbiguous(w string) bool {
	switch w {
	case "indah", "ayu", "putri", "sari", "jaya", "bintang", "mega", "citra", "iman", "cahya", "setia",
		"mulia", "suci", "dian", "nur", "intan", "permata", "tari", "rizki", "berkah", "bahagia", "sehat", "ramadhan", "bagus",
		"ramadan", "agustus", "juni", "juli", "april", "mei", "maret",
		// Flowers and plants, which products, rooms and motifs are named after.
		"mark", "galang", "lintang", "cut", "melati", "mawar", "kenanga", "dahlia", "cempaka", "anggrek", "lily", "tulip", "kamelia", "teratai", "seruni", "kemuning":
		return true
	}
	return false
}

// sayaFiller reports whether the word s[q:e] may sit between "saya" and
// the name: "aku tuh Citra", "saya pribadi, Wahyuni,". It is asked after
// every "saya", so it compares rather than hashes.
func sayaFiller(s string, q, e int) bool {
	switch e - q {
	case 3:
		return hasPrefixFold(s, q, "tuh") || hasPrefixFold(s, q, "nih") || hasPrefixFold(s, q, "sih") || hasPrefixFold(s, q, "kan") // "sy kan Salim Alatas"
	case 4:
		return hasPrefixFold(s, q, "kami") // "anak kami Jeremy Sirait"
	case 5:
		return hasPrefixFold(s, q, "kedua") || hasPrefixFold(s, q, "tetap") || hasPrefixFold(s, q, "tetep") // a child by birth order: "anak kedua Raka"; "penerima tetap agus wibowo"
	case 6:
		return hasPrefixFold(s, q, "ketiga") || hasPrefixFold(s, q, "sulung") || hasPrefixFold(s, q, "bungsu")
	case 7:
		return hasPrefixFold(s, q, "pribadi") || hasPrefixFold(s, q, "sendiri") || hasPrefixFold(s, q, "pertama")
	}
	return false
}

// givenAt reports whether a common given name starts at q.
func (sc *scanner) givenAt(q int) bool {
	e := gluedNameEnd(sc.s, q)
	return e > q && inSet(sc.s, q, e, fGivenNames)
}

// commaName reports whether a name set off by commas starts at q: a
// common given name, or a capitalised word, followed by a comma
// ("saya, Wahyuni, keberatan", "ini aku, rina, yg").
func (sc *scanner) commaName(q int) bool {
	s := sc.s
	e := nameTokenEnd(s, q)
	if e == q || e >= len(s) || s[e] != ',' {
		return false
	}
	if inSet(s, q, e, fGivenNames) {
		return true
	}
	return isUpper(s[q]) && plainName(s, q, e)
}

// binEnd returns where the name after "bin" or "binti" ("son of",
// "daughter of"), or after a family name's particle ("van der Berg", "de
// Vries", "da Silva", "von Trapp"), starting at s[q] begins, or 0 when no
// such word and capitalised name are there.
func binEnd(s string, q int) int {
	if q+4 >= len(s) || !particleStart[s[q]] {
		return 0
	}
	if s[q] == 'B' {
		if w := wordEnd(s, q); (w-q == 3 || w-q == 5) && w+1 < len(s) && s[w] == ' ' && isUpper(s[w+1]) {
			var b [8]byte
			if l := string(lowerWord(b[:], s, q, w)); l == "bin" || l == "binti" {
				return w + 1 // in title case or capitals: "Nama di paspor YUSRIL BIN YUSUF"
			}
		}
		// A Batak woman's clan in title case or capitals, "Mariani Br
		// Ginting", "ROSMA BR. SIREGAR": only before a clan's name, as
		// "Br." is a Balinese address's banjar too ("Br. Kaja").
		e := q + 2
		if s[q+1] != 'r' && s[q+1] != 'R' || isLetter(s[e]) {
			return 0
		}
		if s[e] == '.' {
			e++
		}
		if e+1 >= len(s) || s[e] != ' ' || !isUpper(s[e+1]) {
			return 0
		}
		var b [16]byte
		if w := wordEnd(s, e+1); w-(e+1) < len(b) && batakClans[string(lowerWord(b[:], s, e+1, w))] {
			return e + 1
		}
		return 0
	}
	e := q
	for k := 0; k < 2; k++ { // "van der", "de la"
		w := wordEnd(s, e)
		if w-e > 5 || w >= len(s) || s[w] != ' ' || !particles[s[e:w]] {
			break
		}
		e = w + 1
	}
	if e > q && e < len(s) && isUpper(s[e]) {
		return e
	}
	return 0
}

// particles are the words in lowercase between a name and a family name:
// a father's name in Malay and Arabic names, a Batak woman's clan ("br
// Sitompul", boru), a family's particle in Dutch,
// German, French, Italian, Spanish and Portuguese ones. "dan" (and) and
// "di" (at) are no particles: "Budi dan Rina", "Budi di Jakarta".
var particles = map[string]bool{"bin": true, "binti": true, "br": true, "boru": true, "van": true, "von": true, "der": true,
	"den": true, "de": true, "da": true, "dos": true, "das": true, "del": true, "della": true,
	"du": true, "la": true, "le": true, "ter": true, "ten": true}

// batakClans are the commonest Batak clans (marga), the family names
// after "Br" in a Batak woman's name.
var batakClans = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ginting sembiring tarigan sitepu siregar simanjuntak nainggolan situmorang
		sinaga hutapea hutagalung pardede sitompul simbolon panjaitan manurung napitupulu sihombing silalahi
		lubis harahap nasution damanik purba saragih pasaribu tampubolon simatupang marpaung lumbantobing
		hasibuan rangkuti batubara tambunan sianturi aritonang sibarani butarbutar sinurat bangun barus
		surbakti sinulingga sebayang gurusinga kaban keliat pinem munthe sipayung girsang silaen gultom
		hutauruk siahaan sitorus samosir simamora sihite sagala rajagukguk matondang pakpahan pangaribuan
		nababan situngkir sitanggang hutabarat lumbangaol simorangkir pohan daulay pulungan ritonga`) {
		batakClans[w] = true
	}
}

var particleStart = func() (t [256]bool) {
	for w := range particles {
		t[w[0]] = true
	}
	t['B'] = true // "Br Ginting" (see binEnd)
	return t
}()

// social handles what follows the name of a social network: a profile
// link ("instagram.com/budisantoso", "x.com/budi", "t.me/budi") or a
// handle written without its '@' ("IG: budisantoso", "my ig is
// budi.santoso"). Without a colon, only a token with a full stop, an
// underscore or a digit is a handle: "ig saya lagi error" names none.
func (sc *scanner) social(i, j int) int {
	s := sc.s
	if i > 0 && s[i-1] == '-' && i > 1 && isAlnum(s[i-2]) {
		return 0 // a model's code: "Sharp SJ-IG565MS"
	}
	if j < len(s) && s[j] == '.' {
		// A profile link: the path after the host is the person.
		k := j + 1
		for k < len(s) && isLetter(s[k]) && k-j < 5 {
			k++
		}
		if k >= len(s) || s[k] != '/' || !socialHost(s[i:k]) {
			return 0
		}
		q := k + 1
		if hasPrefixFold(s, q, "in/") {
			q += 3 // linkedin.com/in/budi-santoso
		} else if q < len(s) && s[q] == '@' {
			q++ // tiktok.com/@budi
		}
		e := q
		for e < len(s) && s[e] > ' ' && s[e] != '[' && s[e] != '"' && s[e] != '\'' && s[e] != ')' && s[e] != ',' {
			e++
		}
		for e > q && (s[e-1] == '.' || s[e-1] == '/' || s[e-1] == '!' || s[e-1] == '?') {
			e--
		}
		if n := len(sc.ents); e-q < 2 || n > 0 && sc.ents[n-1].end > q {
			return 0
		}
		sc.add(Handle, q, e)
		return e
	}
	if j-i == 1 {
		return 0 // "x" and "t" only as the hosts x.com and t.me
	}
	q, colon, viaID := j, false, false
	if lowerASCII(s[i]) == 'n' && (j-i > 4 || s[i] == 'n' || isUpper(s[i+1])) || j-i == 3 && lowerASCII(s[i]) == 'i' {
		// A game's nickname, which names its player as a handle does:
		// "nick RaffiGG", "NICK ZaskiaGG", "ign aku Dafa"; not the given
		// name "Nick Carter".
		colon = true
		sc.game = sc.game || j-i == 3 // an in-game name: "ign aku Dafa, id 300123456"
	}
	if j-i >= 4 && (hasPrefixFold(s, i, "user") || hasPrefixFold(s, i, "uname")) {
		if c := labelColon(s, j); c > 0 && !digitBeforeColon(s, j, c) {
			q, colon = c, true // "username klikbca: tonihar1985"; not a value's colon: "username dai pass2word:r …" (FuzzRedact)
		} else if j-i >= 5 {
			colon = true // "username zahranamf, password …": the word after it is the account's
			if r := j + 1; r+2 < len(s) && s[j] == ' ' && isUpper(s[r]) {
				if e := wordEnd(s, r); e+2 < len(s) && s[e] == ' ' && upperCount(s, r, e) >= 2 && (s[e+1] == '[' || strings.ContainsAny(s[e+1:tokenEnd(s, e+1)], "_.0123456789")) {
					q = e // the system's name first: "username PPPoE wiryo_s31"
				}
			}
		}
	}
	for f := 0; f < 3; f++ {
		for q < len(s) && (s[q] == ' ' || s[q] == ':' || s[q] == '=' || s[q] == '-' || s[q] == '"' || s[q] == '@' && q+1 < len(s) && s[q+1] == ' ') {
			colon = colon || s[q] == ':' || s[q] == '=' || s[q] == '@' // "IG: @ rina_kartika", JSON's "user":"sinta.m"
			q++
		}
		e := wordEnd(s, q)
		if e == q || e < len(s) && (isDigit(s[e]) || s[e] == '_' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) ||
			!inSet(s, q, e, fIntroFillers|fSecretFillers) && !(e-q == 2 && hasPrefixFold(s, q, "id")) && !(e-q == 4 && hasPrefixFold(s, q, "live:")) && !(e-q == 3 && (hasPrefixFold(s, q, "itu") || hasPrefixFold(s, q, "nya"))) {
			break // "line id: budi_s", "skype: live:budi.santoso"
		}
		viaID = viaID || e-q == 2
		q = e
	}
	if q+1 < len(s) && s[q] == ' ' && q > j && isAlnum(s[q+1]) {
		q++ // past the third filler: "user id klikbca sy ANDISAP1234"
	}
	if b := skipSpaces(s, q); q > j && b+1 < len(s) && s[b] == '$' && s[b+1] == '[' {
		q = b + 1 // and a cashtag's: "ig Rahasia gue Rahasia$[HANDLE_1]" (FuzzRedact)
	}
	if b := skipSpaces(s, q); q > j && b < len(s) && s[b] == '[' {
		if p := placeholderEnd(s, b); p > 0 {
			// The handle's placeholder: the words before it were its
			// fillers, and no name ("ig gue Rahasia bilang2" (FuzzRedact)).
			// It ends the keyword's reach, as the main pass's placeholder
			// does: "akun shopee saya: [EMAIL_1], danan 2400904" (FuzzRedact).
			sc.ctx = ctxNone
			return p
		}
	}
	if q+2 < len(s) && s[q] == '$' && isLetter(s[q+1]) {
		q++ // a Jenius $cashtag: "jenius $budisantoso"
		colon = true
	}
	e, marked, letter := q, false, false
	for e < len(s) && e-q <= 30 && (isAlnum(s[e]) && s[e] < 0x80 || s[e] == '_' || s[e] == '.' ||
		s[e] == '#' && e > q && e+1 < len(s) && (isDigit(s[e+1]) || isUpper(s[e+1]) || colon && isLower(s[e+1]))) { // "budi#1234", a Discord tag; "Jett#SEA12", a Riot one
		marked = marked || !isLetter(s[e])
		letter = letter || isLetter(s[e])
		e++
	}
	end := e
	for end > q && s[end-1] == '.' {
		end--
		marked = strings.ContainsAny(s[q:end], "._0123456789")
	}
	if !colon && !marked && end-q >= 3 && end+2 < len(s) && s[end] == ':' && isUpper(s[q]) && (inSet(s, q, end, fGivenNames) || pairWord(s, q, end)) &&
		!sc.overlaps(q, end) && !(q < sc.entEnd && sc.inValue(q)) {
		// Whose account, then the account after the colon: "ini ig nya
		// Salsa: salsabila.n".
		sc.add(Person, q, end)
		r := skipSpaces(s, end+1)
		u := r
		for u < len(s) && u-r <= 30 && (isAlnum(s[u]) && s[u] < 0x80 || s[u] == '_' || s[u] == '.') {
			u++
		}
		for u > r && s[u-1] == '.' {
			u--
		}
		if u-r >= 3 && tokenEndsAt(s, u, 0) && !sc.inPre(r) && !(r < sc.entEnd && sc.inValue(r)) {
			sc.add(Handle, r, u)
			return u
		}
		return end
	}
	if !colon && !marked && end-q >= 5 && lowerCount(s, q, end) == end-q && (j-i == 2 || j-i == 6 || j-i == 9) && !chatWord(s, q, end) && !verbAffix(s, q, end) && tokenEndsAt(s, e, 0) &&
		!hasPrefixFold(s, end-3, "nya") && !hasPrefixFold(s, end, " @") && !hasPrefixFold(s, end, " [") { // not whose: "ig pribadinya @sherly.tanu"
		colon = true // a bare account after "ig", "tiktok", "instagram": "ig nya aryadwiputra kak", "IG yasminazr"
	}
	if end-q < 2 || end-q > 30 || !letter || !tokenEndsAt(s, e, 0) || !colon && !marked {
		return 0
	}
	if j-i == 4 && hasPrefixFold(s, i, "line") && !marked && !viaID {
		return 0 // "line: sibuk terus" is a phone line; "line id: budi", "LINE aku rina.w" are accounts
	}
	if fits, kw, fl := lookupToken(s, q, end); fits && (kw != (keyword{}) || fl&(fStopWords|fCapStop) != 0) {
		return 0 // "IG: saya", "ig: error"
	}
	if n := len(sc.ents); n > 0 && sc.ents[n-1].end > q && sc.ents[n-1].start < end {
		return 0 // a value found already: "password ig gue: Rahasia123!"
	}
	if !marked && isUpper(s[q]) && end-q >= 2 && isLower(s[q+1]) {
		// A display name, as Facebook's are: "facebook: Budi Santoso",
		// the capitalised words after it too.
		for w := 0; w < 3 && end+2 < len(s) && s[end] == ' ' && isUpper(s[end+1]) && isLower(s[end+2]); w++ {
			f := nameTokenEnd(s, end+1)
			if !recordName(s[:f], end+1, f, true) {
				break
			}
			end = f
		}
	}
	sc.add(Handle, q, end)
	return end
}

// vowelCount returns how many vowels s[a:b] holds.
func vowelCount(s string, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if vowel(s[k]) {
			n++
		}
	}
	return n
}

// lowerCount returns how many bytes of s[a:b] are lowercase letters.
func lowerCount(s string, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if isLower(s[k]) {
			n++
		}
	}
	return n
}

// upperCount returns how many capitals s[a:b] holds.
func upperCount(s string, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if isUpper(s[k]) {
			n++
		}
	}
	return n
}

// socialHost reports whether host (any letter case) is a social network's
// site whose link path names a person.
func socialHost(host string) bool {
	switch strings.ToLower(host) {
	case "instagram.com", "tiktok.com", "twitter.com", "x.com", "fb.com", "facebook.com",
		"t.me", "linkedin.com", "threads.net", "youtube.com", "snapchat.com", "linktr.ee",
		"behance.net", "dribbble.com":
		return true
	}
	return false
}

// capsBefore returns the start of the one to four capitalised words that
// end at or before p (blanks between), or -1: the words of a name or a
// street before what names them ("Budi Santoso, S.H.", "12 Baker
// Street"). A keyword, a stop word or a role word ends them, and so does a
// value found already.
func (sc *scanner) capsBefore(p int) int {
	s := sc.s
	start := -1
	floor := 0
	if n := len(sc.ents); n > 0 {
		floor = sc.ents[n-1].end
	}
	for k := 0; k < 4; k++ {
		e := p
		for e > floor && s[e-1] == ' ' {
			e--
		}
		st := e
		for st > floor && (isLetter(s[st-1]) || (s[st-1] == '-' || s[st-1] == '\'') && st < e && isLetter(s[st])) {
			st--
		}
		if st == e || !isUpper(s[st]) || st > 0 && !(s[st-1] == ' ' || s[st-1] == '\n' || s[st-1] == ',' && k > 0) {
			break
		}
		fits, kw, fl := lookupToken(s, st, e)
		if !fits || kw != (keyword{}) || fl&(fStopWords|fCapStop|fRoleWords) != 0 {
			break
		}
		start, p = st, st
	}
	return start
}

// postNominal handles the degrees after a name: "Budi Santoso, S.H.,
// M.M.", "Rina, S.Kom". i is the first letter of the degree, after ", ".
func (sc *scanner) postNominal(i int) int {
	s := sc.s
	if i < 2 || s[i-1] != ' ' || s[i-2] != ',' || !isDegree(s, i) {
		return 0
	}
	st := sc.capsBefore(i - 2)
	if st < 0 {
		return 0
	}
	sc.add(Person, st, i-2)
	return 0
}

// isDegree reports whether an academic degree starts at s[i]: "S.H.",
// "S.Kom.", "M.Sc", "A.Md.", "Ph.D", "Sp.A": a capital, up to two small
// letters and a full stop, then a capital and up to four letters.
func isDegree(s string, i int) bool {
	k := i + 1
	for k < len(s) && k-i < 3 && isLower(s[k]) {
		k++
	}
	if k+1 >= len(s) || s[k] != '.' || !isUpper(s[k+1]) {
		return false
	}
	k += 2
	for k < len(s) && isLetter(s[k]) {
		k++
		if k-i > 9 {
			return false
		}
	}
	return k >= len(s) || s[k] == '.' || s[k] == ',' || s[k] == ' ' || s[k] == '\n'
}

// street handles an English street address: "12 Baker Street", "5B
// Orchard Rd". j ends the street word; the house number and one to four
// capitalised words come before it.
func (sc *scanner) street(i, j int) int {
	s := sc.s
	st := sc.capsBefore(i)
	if st < 2 || s[st-1] != ' ' {
		return 0
	}
	e := st - 1
	if isUpper(s[e-1]) {
		e-- // "5B"
	}
	d := e
	for d > 0 && isDigit(s[d-1]) && e-d < 5 {
		d--
	}
	if d == e || d > 0 && s[d-1] != ' ' && s[d-1] != '\n' && s[d-1] != ',' {
		return 0
	}
	if n := len(sc.ents); n > 0 && sc.ents[n-1].end > d {
		return 0
	}
	return sc.addressFrom(d, j, 0)
}

// glueIndex returns the index of the first hyphen or apostrophe in the
// word w, or -1: strings.IndexAny was a tenth of the work on a dense
// message.
func glueIndex(w string) int {
	for k := 0; k < len(w); k++ {
		if w[k] == '-' || w[k] == '\'' {
			return k
		}
	}
	return -1
}

// capsNameRun returns the end of a name in capitals that starts with the
// word at q: that word and up to three more in capitals that are no stop
// word, keyword, place or role ("BUDI SANTOSO" of "BUDI SANTOSO MAU
// KOMPLAIN").
func capsNameRun(s string, q int) int {
	e := wordEnd(s, q) // "KETUT'B 1234": the name ends at the apostrophe, as it does once the plate is replaced
	if e+1 < len(s) && s[e] == '-' && isUpper(s[e+1]) || e+2 < len(s) && s[e] == '\'' && isUpper(s[e+1]) && isUpper(s[e+2]) {
		e = nameTokenEnd(s, q) // but a name of two joined by a hyphen or an apostrophe is one: "WILHELMINA-ANGGRAINI ZR", "ANDI'SETIAWAN" (FuzzRedact)
	}
	for words := 1; words < 4 && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isUpper(s[e+2]); words++ {
		f := nameTokenEnd(s, e+1)
		if f < len(s) && isLower(s[f]) || !recordName(s, e+1, f, true) {
			// "SITI AMINAH-Budi Santoso": the name ends at the hyphen, as
			// it does once what follows is replaced.
			if h := glueIndex(s[e+1 : f]); h > 0 && recordName(s[:e+1+h], e+1, e+1+h, true) {
				e += 1 + h
			}
			break
		}
		e = f
	}
	return e
}

// usernameEnd returns the end of a username that the word s[q:e] starts
// ("andreas_kurniawan", "rina.lestari", "budi_s"): the word, two letters
// or more, glued to '_' or to a dot and a small letter or a digit, and the
// letters, digits, '_' and '.' after it; or 0. A name split there would
// leave its rest in the clear ("[PERSON_1]_kurniawan").
func usernameEnd(s string, q, e int) int {
	if e-q < 2 || e+1 >= len(s) || !(s[e] == '_' && isAlnum(s[e+1]) && s[e+1] < utf8.RuneSelf ||
		s[e] == '.' && (isLower(s[e+1]) || isDigit(s[e+1]))) {
		return 0
	}
	if s[e] == '_' && digitsEnd(s, e+1)-(e+1) >= 8 {
		return 0 // a name glued to a number: "Budi Santoso_081234567890"
	}
	u := e
	for u < len(s) && u-q < 40 && (isAlnum(s[u]) && s[u] < utf8.RuneSelf || s[u] == '_' || s[u] == '.') {
		u++
	}
	for s[u-1] == '.' {
		u--
	}
	k := u
	for k < len(s) && s[k] == '.' {
		k++
	}
	if u < len(s) && (s[u] == '@' || s[u] == '[') || k > u && k < len(s) && s[k] == '[' {
		return 0 // an e-mail address, which the pre-pass finds; and the same glued to a placeholder ("B.sBB..[SECRET_1]")
	}
	return u
}

// localGlued reports whether the word s[q:e] goes on as the local part of
// an e-mail address: "Asepgunawan@…", "Hendra_nugroho@…",
// "Khairul.yulianti@…".
func localGlued(s string, q, e int) bool {
	if s[e] != '@' && s[e] != '_' && s[e] != '.' {
		return false
	}
	for k := q; k < e; k++ {
		if !localChar(s[k]) {
			return false // "A\ufffd.0@…": the address starts after the word
		}
	}
	for k := e; k < len(s) && k-e < 64; k++ {
		if s[k] == '@' {
			// Only into an address the pre-pass finds: "B.sAndi00A@"
			// has no domain, and the next pass reads "B.[SECRET_1]".
			_, en := emailAround(s, k, k+1)
			return en > 0
		}
		if !localChar(s[k]) {
			return false
		}
	}
	return false
}

// longRunAt reports whether the digit groups from p on, apart by single
// blanks or hyphens, hold ten digits or more, as a number the digit run
// reads as one ("0000 0000000 00000"), or run into a number's placeholder,
// as they do once that number is replaced.
func longRunAt(s string, p int) bool {
	n := 0
	for {
		e := readDigits(s, p, 10)
		if n += e - p; n >= 10 {
			return true
		}
		if e+1 >= len(s) || s[e] != ' ' && s[e] != '-' {
			return false
		}
		if s[e+1] == '[' {
			return numberPlaceholderEndsAt(s, placeholderEnd(s, e+1))
		}
		if !isDigit(s[e+1]) {
			return false
		}
		p = e + 1
	}
}

// owner handles "pemilik rekening Joko Susilo": the holder of an account,
// a card or a shop named after "pemilik".
func (sc *scanner) owner(j int) int {
	s := sc.s
	q := j
	if r := skipSpaces(s, j); r > j {
		if e := wordEnd(s, r); e > r {
			switch string(lowerWord(sc.buf[:], s, r, e)) {
			case "rekening", "rek", "akun", "kartu", "account", "nomor", "no", "is", "name", "adalah":
				q = e // "the account holder is Jessica Lim"
			}
		}
	}
	if q >= len(s) || (s[q] != ' ' && s[q] != ':') {
		return 0
	}
	return sc.personAfter(q, modeCap)
}

// mapLink handles a link to a map, which names a place as an address
// does: "maps.app.goo.gl/AbC123", "goo.gl/maps/AbC", "maps.google.com/?q=…",
// "google.com/maps/…" (from its "maps"). The span is the link from the host.
func (sc *scanner) mapLink(i, j int) int {
	s := sc.s
	st := i
	switch {
	case hasPrefixFold(s, j, ".app.goo.gl/"), hasPrefixFold(s, j, ".google."), hasPrefixFold(s, j, ".gl/maps/"):
	case j < len(s) && s[j] == '/' && i >= 11 && hasPrefixFold(s, i-11, "google.com/"):
		st = i - 11
		for st >= 4 && hasPrefixFold(s, st-4, "www.") {
			st -= 4
		}
		if n := len(sc.ents); n > 0 && sc.ents[n-1].end > st && sc.ents[n-1].end <= i-11 {
			st = i - 11 // a value ran into its "www.", as its placeholder does not
		}
	default:
		return 0
	}
	if n := len(sc.ents); n > 0 && sc.ents[n-1].end > st {
		return 0
	}
	e := j
	for e < len(s) && s[e] > ' ' && s[e] != '"' && s[e] != '\'' && s[e] != ')' && s[e] != '<' && s[e] != '>' {
		e++
	}
	for e > j && (s[e-1] == '.' || s[e-1] == ',' || s[e-1] == '!' || s[e-1] == '?') {
		e--
	}
	if e-j < 6 {
		return 0
	}
	sc.add(Address, st, e)
	return e
}

// balinese reports whether s[q:e] is the "I" that starts a Balinese man's
// name, before his birth-order name: "I Made Wirawan", "I Gusti Ngurah".
func (sc *scanner) balinese(q, e int) bool {
	s := sc.s
	if e != q+1 || s[q] != 'I' || e+1 >= len(s) || s[e] != ' ' || !isUpper(s[e+1]) {
		return false
	}
	w := wordEnd(s, e+1)
	switch string(lowerWord(sc.buf[:], s, e+1, w)) {
	case "wayan", "made", "nyoman", "ketut", "putu", "gede", "kadek", "komang", "nengah", "gusti", "dewa", "nym", "kt":
		return true
	}
	return false
}

// greetingWord reports a greeting's first word, which a name follows
// only after it: "Happy Anniversary", "Selamat Ulang Tahun".
func greetingWord(s string, a, b int) bool {
	var w [8]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "happy", "selamat", "congrats", "met", "hbd", "merry":
		return true
	}
	return false
}

// correctedName reads the name after "jadi", "seharusnya", "to" once the
// text has said "nama": not a place ("kirim to Jakarta").
func (sc *scanner) correctedName(j int) int {
	s := sc.s
	q := skipSpaces(s, j)
	if q < len(s) && s[q] == '"' {
		q++
	}
	if q+4 < len(s) && isLower(s[q]) && s[q+1] == '.' && s[q+2] == ' ' && isLower(s[q+3]) {
		// An initial in lowercase first: "ganti nama penerima jd m. rizky
		// ramadhan ya".
		if e := sc.lowerGivenRun(q + 3); e > 0 && !(q < sc.entEnd && sc.inValue(q)) && !sc.overlaps(q, e) {
			if f := wordEnd(s, e+1); e+1 < len(s) && s[e] == ' ' && f-e-1 >= 4 && isLower(s[e+1]) && !chatWord(s, e+1, f) && !verbAffix(s, e+1, f) && chatEndAfter(s, f) {
				e = f // a family name before the clause ends, whatever else it is: "… ramadhan ya"
			}
			sc.add(Person, q, e)
			return e
		}
	}
	if e := nameTokenEnd(s, q); e > q && inSet(s, q, e, fAddrWords|fAbortWords|fUnitWords) && !inSet(s, q, e, fGivenNames) || greetingWord(s, q, wordEnd(s, q)) {
		return 0 // and a cake's greeting: tulisannya "Happy Anniversary 25th"
	}
	if e := sc.personAfter(j, modeCap); e > 0 {
		return e
	}
	// A name found already, with more of it: "nama sy Kasih, lengkapnya
	// Kasih Natalia" ("kasih" is a word too).
	if f := nameTokenEnd(s, q); f > q && isUpper(s[q]) {
		for _, sp := range sc.ents {
			if sp.kind == personIdx && s[sp.start:sp.end] == s[q:f] {
				e := f
				if f+2 < len(s) && s[f] == ' ' && isUpper(s[f+1]) {
					e, _ = capNameRun(s, f+1)
				}
				if e > f && !sc.overlaps(q, e) && (e == len(s) || !isAlnum(s[e])) {
					sc.add(Person, q, e)
					return e
				}
				break
			}
		}
	}
	return 0
}

// familyWords name a relative or a friend, whose name may follow after a
// comma: "suami saya, Andi", "my wife, Sarah".
var familyWords = setOf("colleague", "coworker", "assistant", "secretary", "sekretaris", "atasan", "rekan", "kolega", "pa",
	"suami", "istri", "isteri", "anak", "adik", "kakak", "ayah", "ibu", "bapak", "mama",
	"papa", "teman", "temen", "pacar", "mertua", "sepupu", "keponakan", "paman", "bibi", "om", "tante",
	"nenek", "kakek", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
	"mom", "dad", "friend", "partner", "ortu", "cucu", "adek", "menantu", "besan",
	"adikmu", "kakakmu", "anakmu", "istrimu", "suamimu", "ibumu", "ayahmu", "mamamu", "papamu")

// family reports whether the word s[i:j] is a family word, or a word for
// "I", "my" or "our" after one ("suami saya", "my wife", "adik kami").
func (sc *scanner) family(i, j int) bool {
	s := sc.s
	if inSet(s, i, j, fFamily) {
		return true
	}
	if sc.prevLen == 0 || !inSet(s, sc.prevStart, sc.prevStart+sc.prevLen, fFamily) {
		return false
	}
	return hasPrefixFold(s, i, "saya") || hasPrefixFold(s, i, "aku") || hasPrefixFold(s, i, "gue") ||
		hasPrefixFold(s, i, "my") || hasPrefixFold(s, i, "sy") || j-i == 4 && hasPrefixFold(s, i, "kami") || j-i == 3 && hasPrefixFold(s, i, "our") ||
		j-i == 2 && hasPrefixFold(s, i, "gw") || j-i == 3 && (hasPrefixFold(s, i, "gua") || hasPrefixFold(s, i, "ane")) // "ultah anak gw, Abimanyu"
}

// vowel reports whether c is a vowel, in either case.
func vowel(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// spacedLetters returns the end of a name spelled letter by letter at q,
// a blank between the letters and two between the words ("B U D I
// S A N T O S O", "J o h a n  S i r e g a r"), or 0: four letters or more.
func spacedLetters(s string, q int) int {
	if q+6 >= len(s) || !isLetter(s[q]) || s[q] >= 0x80 || s[q+1] != ' ' || !isLetter(s[q+2]) || s[q+3] != ' ' {
		return 0 // the usual name: no call
	}
	e, n := q, 0
	for e < len(s) && isLetter(s[e]) && s[e] < 0x80 && (e+1 == len(s) || !isLetter(s[e+1])) {
		n++
		f := e + 1
		if f+1 < len(s) && s[f] == ' ' && isLetter(s[f+1]) {
			if f+2 < len(s) && isLetter(s[f+2]) {
				e = f // a word after the letters ends them: "D I M A S  d A N T O S Ong …", as "… S [PERSON_1]" (FuzzRedact)
				break
			}
			e = f + 1
			continue
		}
		if f+2 < len(s) && s[f] == ' ' && s[f+1] == ' ' && isLetter(s[f+2]) && f+3 < len(s) && s[f+3] == ' ' {
			e = f + 2 // two blanks: the next word
			continue
		}
		e = f
		break
	}
	if n < 4 || e < len(s) && isLetter(s[e]) {
		return 0
	}
	return e
}

// relativeGlued reports whether s[i:j] is a relative with "-nya" or "-ku"
// glued on: "ibunya", "istriku" ("ini ibunya, Sumiati").
func relativeGlued(s string, i, j int) bool {
	if j-i < 5 || tokenKeyword(s, i, j).trig != trigSaya {
		return false
	}
	return hasPrefixFold(s, j-3, "nya") || hasPrefixFold(s, j-2, "ku")
}

// callFillers may sit between "panggil" and the name.
var callFillers = setOf("aja", "ajah", "saja", "saya", "aku", "gue", "gw", "sy", "ya", "sih", "dengan",
	"dgn", "juga", "nya", "cukup", "biasanya", "me", "just")

// callMe reads the name after "panggil" or "dipanggil": "panggil aja
// Ucok", "biasa dipanggil Ijah", "panggilannya Bowo".
func (sc *scanner) callMe(j int) int {
	s := sc.s
	q := j
	for k := 0; k < 3; k++ {
		r := skipSpaces(s, q)
		for r < len(s) && s[r] == ':' {
			r = skipSpaces(s, r+1)
		}
		e := wordEnd(s, r)
		if e > r && inSet(s, r, e, fCallFillers) {
			q = e
			continue
		}
		q = r
		break
	}
	if q >= len(s) || !isUpper(s[q]) {
		return 0
	}
	return sc.personAfter(q, modeCap)
}

// answer reads the answer to a security question after "Jawab:",
// "Jawaban:" or "Answer:" (j is the keyword's end), when the text before
// asked one: "Pertanyaan keamanan: nama ibu kandung? Jawab: Sumarni".
// The answer is a secret, up to the end of its clause, eight words at
// most. An FAQ's "Jawaban: …" names no secret.
func (sc *scanner) answer(j int) int {
	s := sc.s
	q := skipSpaces(s, j)
	if q >= len(s) || s[q] != ':' && s[q] != '=' || !securityAsked(s, j) {
		return 0
	}
	q = skipSpaces(s, q+1)
	if q >= len(s) || s[q] == '[' || s[q] == '\n' {
		return 0 // the answer's placeholder, or none
	}
	e, words := q, 0
	for e < len(s) && words < 8 {
		f := e
		for f < len(s) && s[f] != ' ' && s[f] != '\n' && s[f] != ',' && s[f] != ';' {
			f++
		}
		if f > e && (s[f-1] == '.' && f-e > 4 || s[f-1] == '?' || s[f-1] == '!') {
			e = f - 1 // the sentence ends, but not at a short word's full stop: "St. Mary"
			break
		}
		e = f
		words++
		if e+1 >= len(s) || s[e] != ' ' || s[e+1] == ' ' {
			break
		}
		e++
	}
	for e > q && s[e-1] == ' ' {
		e--
	}
	if e == q {
		return 0
	}
	sc.add(Secret, q, e)
	return e
}

// securityAsked reports whether the text before p asks a security
// question: it says "keamanan", "security", "rahasia", "secret" or
// "kandung" (a mother's maiden name).
func securityAsked(s string, p int) bool {
	return saysAny(s[:p], "keamanan", "kandung", "security", "secret", "rahasia")
}

// saysAny reports whether s holds one of words (in lowercase ASCII), in
// any letter case, at the start of a word; a word of two letters or less
// as a whole word ("cc"). Placeholders are passed by: "[CARD_1]" says no
// "card", so that the redacted text reads the same.
func saysAny(s string, words ...string) bool {
	var first [8]uint32 // the words' first letters, a bit each
	for _, w := range words {
		first[w[0]>>5] |= 1 << (w[0] & 31)
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c == '[' {
			if e := placeholderEnd(s, k); e > 0 {
				k = e - 1
			}
			continue
		}
		c = lowerASCII(c)
		if first[c>>5]&(1<<(c&31)) == 0 || k > 0 && isLetter(s[k-1]) {
			continue // most bytes start none of the words
		}
		for _, w := range words {
			if w[0] == c && hasPrefixFold(s, k, w) && (len(w) > 2 || k+len(w) == len(s) || !isLetter(s[k+len(w)])) {
				return true
			}
		}
	}
	return false
}

// expiry reads a payment card's expiry after "exp", "expiry", "valid
// thru" or "berlaku s/d" (j is the keyword's end): "MM/YY" or "MM/YYYY",
// a month from 01 to 12, when the text speaks of a card ("kartu", "card",
// "cvv"…). A product's "exp 08/27" is no secret.
func (sc *scanner) expiry(j int) int {
	s := sc.s
	q := j
	for w := 0; w < 4; w++ {
		for q < len(s) && (s[q] == ' ' || s[q] == ':' || s[q] == '.' || s[q] == '-') {
			q++
		}
		if q >= len(s) || !isLetter(s[q]) {
			break
		}
		e := wordEnd(s, q)
		if e-q == 1 && lowerASCII(s[q]) == 's' && e+1 < len(s) && s[e] == '/' && lowerASCII(s[e+1]) == 'd' {
			q = e + 2 // "s/d", sampai dengan
			continue
		}
		var b [10]byte
		switch string(lowerWord(b[:], s, q, e)) {
		case "date", "sd", "sampai", "until", "hingga", "tgl", "tanggal", "thru", "through", "kartu", "card", "nya", "di", "on":
		default:
			return 0
		}
		q = e
	}
	if q+5 > len(s) || q > 0 && isDigit(s[q-1]) || !isDigit(s[q]) || !isDigit(s[q+1]) || s[q+2] != '/' {
		return 0
	}
	if m := atoi(s[q : q+2]); m < 1 || m > 12 {
		return 0
	}
	y := digitsEnd(s, q+3)
	if n := y - (q + 3); n != 2 && n != 4 || y < len(s) && (isAlnum(s[y]) || s[y] == '/') {
		return 0
	}
	// The card is spoken of on the expiry's line: a long text's other
	// lines are other messages.
	a := strings.LastIndexByte(s[:q], '\n') + 1
	b := len(s)
	if k := strings.IndexByte(s[y:], '\n'); k >= 0 {
		b = y + k
	}
	if !saysAny(s[a:b], "kartu", "card", "cc", "cvv", "cvc", "visa", "mastercard", "kredit", "credit", "debit") {
		return 0
	}
	sc.add(Secret, q, y)
	return y
}

// lowerRun reports whether s[a:b] is all ASCII letters in lowercase.
func lowerRun(s string, a, b int) bool {
	for _, c := range []byte(s[a:b]) {
		if !isLower(c) {
			return false
		}
	}
	return true
}

// appName reports whether s[a:b] is written as an app's or a firm's name
// is, and no person's: in capitals ("PLN", "BCA") or with a capital
// inside ("MyPLN", "GoPay", "iBanking").
func appName(s string, a, b int) bool {
	if b-a > 12 {
		return false
	}
	upper, inner := 0, false
	for k := a; k < b; k++ {
		c := s[k]
		if !isLetter(c) || c >= 0x80 {
			return false
		}
		if isUpper(c) {
			upper++
			if k > a && isLower(s[k-1]) {
				inner = true
			}
		}
	}
	return inner || upper == b-a && b-a <= 6
}

// offerWord reports a word that makes a code a shop's offer, which is no
// secret: "kode voucher 5050", "kode unik 1234".
func offerWord(s string, a, b int) bool {
	var w [10]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "voucher", "vocer", "promo", "diskon", "unik", "referral", "reff", "kupon", "hadiah", "redeem", "gift", "undangan":
		return true
	}
	return false
}

// publicOffice reports whether s[a:b] is a public office, whose holder is
// named as a public figure: "Presiden", "Gubernur", "Menteri".
func publicOffice(s string, a, b int) bool {
	var w [12]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "presiden", "wapres", "gubernur", "wagub", "bupati", "walikota", "menteri", "kapolri", "panglima", "president", "governor", "minister",
		"menkeu", "menkes", "mendag", "menag", "mensos", "menhan", "menlu", "menko", "mendagri", "mendikbud", "menpora", "menparekraf", "wamen":
		return true
	}
	return false
}

// titledShopBefore reports whether the title at i ends a business's name
// in title case of up to four words that starts with a place's word:
// "Sekolah Tata Boga Bu Sisca", "Rumah Makan Padang Uni Lis".
func (sc *scanner) titledShopBefore(i int) bool {
	s := sc.s
	q := i
	for w := 0; w < 4; w++ {
		if q < 2 || s[q-1] != ' ' || !isLetter(s[q-2]) {
			return false
		}
		a := wordStart(s, q-1)
		if q-1-a < 2 || !isUpper(s[a]) || !isLower(s[a+1]) || sc.valueAt(a) >= 0 {
			return false // and no word of a value found, a placeholder next time (FuzzRedact)
		}
		if shopWord(s, a, q-1) {
			return w > 0 // one capitalised word or more between: businessBefore reads one
		}
		q = a
	}
	return false
}

// colonAfterGlue reports whether a colon follows e, past a placeholder
// glued on by a hyphen or an apostrophe, as it does once the rest of a
// name is replaced: "WILHELMINA-[PERSON_1]:komplain" reads as
// "WILHELMINA-ANGGRAINI ZR:komplain" (FuzzRedact).
func colonAfterGlue(s string, e int) bool {
	if e+1 < len(s) && (s[e] == '-' || s[e] == '\'' || s[e] == ' ') && s[e+1] == '[' { // and a later word replaced: "WILHELMINA-ANGG [PERSON_1]:"
		if p := placeholderEnd(s, e+1); p > 0 {
			e = p
		}
	}
	return e < len(s) && s[e] == ':'
}

// selfApposition reads, after "sy" or "saya" and at most five words in
// lowercase that say who the person is, the name set off by commas: "sy
// staf baru, Laras, blm dpt akun", "sy penghuni kamar 12, Reza, AC
// rusak". It returns the name's end, or 0.
func (sc *scanner) selfApposition(q int) int {
	s := sc.s
	for w := 0; w < 5 && q < len(s); w++ {
		e := wordEnd(s, q)
		if e == q {
			if d := digitsEnd(s, q); d > q && d-q <= 3 {
				e = d // "kamar 12"
			} else {
				return 0
			}
		} else if !isLower(s[q]) {
			return 0
		}
		if e+3 < len(s) && s[e] == ',' && s[e+1] == ' ' && isUpper(s[e+2]) {
			r := e + 2
			f := nameTokenEnd(s, r)
			if !(pairWord(s, r, f) || inSet(s, r, f, fGivenNames)) || r < sc.entEnd && sc.inValue(r) || sc.overlaps(r, f) {
				return 0
			}
			if f < len(s) && s[f] == ',' {
				sc.add(Person, r, f)
				return f
			}
			// Two set off together: "anak yatim yg sy santuni, Dafa dan
			// Dafi, masih di panti?".
			k := 0
			if hasPrefixFold(s, f, " dan ") {
				k = f + 5
			} else if hasPrefixFold(s, f, " & ") {
				k = f + 3
			}
			if k > 0 && k+2 < len(s) && isUpper(s[k]) {
				if g := nameTokenEnd(s, k); g < len(s) && s[g] == ',' && pairWord(s, k, g) && !sc.overlaps(k, g) {
					sc.add(Person, r, f)
					sc.add(Person, k, g)
					return g
				}
			}
			return 0
		}
		if e >= len(s) || s[e] != ' ' {
			return 0
		}
		q = e + 1
	}
	return 0
}

// replacementIn reports whether s[a:b] holds U+FFFD, the mark that
// normalizing leaves for an invalid byte.
func replacementIn(s string, a, b int) bool {
	for k := a; k+2 < b; k++ {
		if s[k] == 0xEF && s[k+1] == 0xBF && s[k+2] == 0xBD {
			return true
		}
	}
	return false
}
