package redact

import (
	"strings"
	"unicode/utf8"
)

// prepass finds e-mail addresses around '@' with the runtime's vectorised
// search; they are found first because their span starts before the anchor.
// An '@' that starts a word and no address is a social media handle
// ("IG: @budisantoso90").
// Spelled-out addresses ("budi [at] gmail [dot] com"), QRIS payloads,
// API-key prefixes and MRZ lines are found by the main pass.
func (sc *scanner) prepass() {
	s := sc.s
	for k := 0; k < len(s); {
		x := strings.IndexByte(s[k:], '@')
		if x < 0 {
			break
		}
		at := k + x
		if st, en := emailAround(s, at, at+1); en > 0 {
			if !roleMailbox(s, st, at) {
				sc.pre = append(sc.pre, span{emailIdx, st, en})
			}
			k = en
		} else if en := handleEnd(s, at); en > 0 {
			sc.pre = append(sc.pre, span{builtinKind(Handle), at, en})
			k = en
		} else {
			k = at + 1
		}
	}
	if len(sc.pre) > 1 {
		sc.pre = mergeSpans(sc.pre)
	}
}

// roleMailbox reports whether the address whose local part is s[st:at]
// is a company's role mailbox rather than a person's: the local part is a
// role ("cs@tokoku.id", "customer.service@bank.co.id", "sales2@…"), and
// the domain no free mail provider's ("cs@gmail.com" is someone's).
func roleMailbox(s string, st, at int) bool {
	l := at
	for l > st && isDigit(s[l-1]) && at-l < 2 {
		l-- // "cs1@", "admin2@"
	}
	var b [20]byte
	if l-st < 2 || l-st > len(b) || !roleLocals[string(lowerWord(b[:], s, st, l))] {
		return false
	}
	d := at + 1
	return d < len(s) && providerEnd(s, d) == 0
}

// roleLocals are the local parts of a company's role mailboxes.
var roleLocals = setOf("cs", "info", "admin", "support", "sales", "halo", "hallo", "hello", "hai", "noreply",
	"no-reply", "no_reply", "donotreply", "do-not-reply", "marketing", "billing", "help", "helpdesk", "contact",
	"contactus", "kontak", "hubungi", "order", "orders", "hr", "hrd", "recruitment", "rekrutmen", "career",
	"careers", "karir", "finance", "keuangan", "office", "layanan", "pengaduan", "humas", "redaksi",
	"customerservice", "customer.service", "customer-service", "customer_service", "customercare",
	"customer.care", "care", "partnership", "kemitraan", "corporate", "sekretariat", "secretariat", "legal",
	"privacy", "dpo", "security", "abuse", "webmaster", "postmaster", "media", "press", "booking", "reservasi",
	"reservation", "reservations", "tiket", "ticket", "tickets", "refund", "payment", "payments", "pembayaran",
	"invoice", "tagihan", "accounting", "purchasing", "procurement", "enquiry", "enquiries", "inquiry",
	"feedback", "complaint", "komplain", "bantuan", "service", "cs.online", "admin.toko", "official",
	"notifikasi", "notification", "notifications", "newsletter", "promo", "events", "event", "team", "tim")

// keyPrefix is a well-known credential prefix, found without a keyword:
// a token starting with it and at least min long is a secret (a JWT also
// needs its two dots).
type keyPrefix struct {
	prefix string
	min    int
	jwt    bool
}

var keyPrefixes = []keyPrefix{
	{"sk-", 20, false}, {"sk_live_", 20, false}, {"sk_test_", 20, false}, {"rk_live_", 20, false},
	{"AKIA", 20, false}, {"ASIA", 20, false}, {"ghp_", 30, false}, {"gho_", 30, false},
	{"github_pat_", 30, false}, {"glpat-", 20, false}, {"AIza", 35, false}, {"xoxb-", 20, false},
	{"xoxp-", 20, false}, {"eyJ", 30, true}, {"SG.", 40, false}, {"pk_live_", 20, false},
}

// keyPrefixesBy lists keyPrefixes by their first byte, so keyToken tries
// only those that can match.
var keyPrefixesBy = func() (t [256][]keyPrefix) {
	for _, p := range keyPrefixes {
		t[p.prefix[0]] = append(t[p.prefix[0]], p)
	}
	return t
}()

func keyChar(c byte) bool {
	return isAlnum(c) && c < 0x80 || c == '_' || c == '-' || c == '.' || c == '+' || c == '/' || c == '=' || c == '<'
}

func keyEnd(s string, i int) int {
	j := i
	for j < len(s) && keyChar(s[j]) && j-i < 2048 {
		j++
	}
	for j > i && (s[j-1] == '.' || s[j-1] == '-') {
		j--
	}
	return j
}

func localChar(c byte) bool {
	return isAlnum(c) && c < 0x80 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// emailAround finds an e-mail address whose '@' (or spelled-out "[at]")
// occupies s[at:after]. It returns the span, or end 0.
func emailAround(s string, at, after int) (start, end int) {
	l := at
	if l > 1 && s[l-1] == ' ' {
		l-- // "budi @gmail.com", "budi [at] gmail [dot] com"
	}
	ls := l
	for ls > 0 && localChar(s[ls-1]) && l-ls < 64 {
		ls--
	}
	raw := ls // before its leading dots and dashes
	for ls < l && (s[ls] == '.' || s[ls] == '-') {
		ls++
	}
	if ls == l {
		return 0, 0
	}
	spelled := after-at > 1
	if !spelled && after < len(s) && s[after] == '@' {
		after++ // "budi@@gmail.com"
	}
	// An '@' with a space beside it ("budi @gmail.com", "budi @ gmail .
	// com") is an address only with a top-level domain people use:
	// "instagram @budi.santoso" is a handle.
	loose := !spelled && (l < at || after < len(s) && s[after] == ' ')
	if g := raw; loose && g > 0 && (s[g-1] == ']' || s[g-1] >= utf8.RuneSelf) {
		return 0, 0 // a local part glued to a placeholder or to more than ASCII: "[PERSON_1]-0E5 @ toko.id" (FuzzRedact)
	}
	if loose && l < at && looseWord(s, ls, l) {
		return 0, 0 // "kami di @tokoku.id", "berdomain @tokoku.co.id": a word, then a handle
	}
	de := domainEnd(s, after, spelled || loose, loose)
	if de == 0 && !spelled && !loose {
		de = providerEnd(s, after) // "budi@gmail", "budi@gmail,com"
	}
	if de == 0 {
		return 0, 0
	}
	if loose && l < at && isUpper(s[ls]) {
		d := after
		if d < len(s) && s[d] == ' ' {
			d++
		}
		if providerEnd(s, d) == 0 {
			return 0, 0 // "Kopi Kenangan @kopikenangan.id": a brand, then its handle
		}
	}
	if spelled || loose {
		// A local part spelled with dots too: "budi dot santoso at gmail
		// dot com".
		for n := 0; n < 6; n++ {
			k := ls - spelledDotBefore(s, ls)
			if k == ls {
				k = ls - spelledJoinBefore(s, ls)
			}
			ks := k
			for ks > 0 && localChar(s[ks-1]) && k-ks < 64 {
				ks--
			}
			var b [8]byte
			if ks == k || ks == ls || k < ls && s[k] == ' ' && looseWord(s, ks, k) && !digitWord(lowerWord(b[:], s, ks, k)) {
				break // a spoken join goes no further back than a common word: "email saya andi dua tiga at …"
			}
			ls = ks
		}
	}
	return ls, de
}

// looseWord reports whether s[a:b], before an '@' and a space, is a
// common word rather than an address's local part: a keyword, a stop
// word, or a word about domains.
func looseWord(s string, a, b int) bool {
	for k := a; k < b; k++ {
		if !isLetter(s[k]) || s[k] >= 0x80 {
			return false // "budi.santoso", "rina99"
		}
	}
	fits, kw, fl := lookupToken(s, a, b)
	return fits && (kw != (keyword{}) || fl&(fStopWords|fCapStop|fAbortWords) != 0) ||
		b-a >= 6 && hasPrefixFold(s, b-6, "domain")
}

// spelledJoinBefore returns the length of what joins two pieces of an
// address's local part, said aloud, that ends at s[e]: an underscore or a
// hyphen in words ("budi underscore santoso"), or the space beside a
// digit's word ("andi dua tiga"). It returns 0 for anything else.
func spelledJoinBefore(s string, e int) int {
	if e < 2 || s[e-1] != ' ' {
		return 0
	}
	for _, d := range [...]string{" underscore ", " garis bawah ", " strip ", " dash ", " minus "} {
		if len(d) <= e && hasPrefixFold(s, e-len(d), d) {
			return len(d)
		}
	}
	var b [8]byte
	w := e - 1
	for w > 0 && isLetter(s[w-1]) && e-1-w < 8 {
		w--
	}
	if digitWord(lowerWord(b[:], s, e, wordEnd(s, e))) || w < e-1 && digitWord(lowerWord(b[:], s, w, e-1)) {
		return 1
	}
	return 0
}

// digitWord reports whether w (in lowercase) is a digit said aloud, in
// Indonesian or English.
func digitWord(w []byte) bool {
	switch string(w) {
	case "nol", "kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
		"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine":
		return true
	}
	return false
}

// spelledDotBefore returns the length of a spelled-out dot (spelledDots)
// ending at s[e], or 0.
func spelledDotBefore(s string, e int) int {
	for _, d := range spelledDots {
		if len(d) <= e && hasPrefixFold(s, e-len(d), d) {
			return len(d)
		}
	}
	return 0
}

// domainEnd reads a domain starting at i: labels separated by '.', or by a
// spelled-out dot ("[dot]", "(dot)", " dot ") when spelled is set. The last
// label must be letters.
func domainEnd(s string, i int, spelled, known bool) int {
	if i < len(s) && s[i] == ' ' {
		i++
	}
	q := i
	labels := 0
	good := 0 // end of the longest domain so far whose last label is a TLD
	for labels < 16 {
		e := q
		for e < len(s) && (isAlnum(s[e]) && s[e] < 0x80 || s[e] == '-') && e-q < 63 {
			e++
		}
		if e == q {
			break
		}
		labels++
		if labels >= 2 && isTLD(s[q:e]) && (!known || knownTLDs[strings.ToLower(s[q:e])]) {
			good = e
		}
		// A dot separator?
		n := 0
		switch {
		case e+1 < len(s) && s[e] == '.' && isAlnum(s[e+1]):
			n = 1
		case spelled && maySpellDot(s, e):
			for _, d := range spelledDots {
				if hasPrefixFold(s, e, d) {
					n = len(d)
					break
				}
			}
		}
		if n == 0 {
			break
		}
		q = e + n
	}
	return good
}

// providerEnd returns the end of a mail provider's name written without
// its top-level domain at p ("gmail" in "budi@gmail"), or with a comma for
// its dot ("gmail,com"), or 0.
func providerEnd(s string, p int) int {
	e := p
	for e < len(s) && isLetter(s[e]) && s[e] < 0x80 && e-p < 12 {
		e++
	}
	if e < len(s) && (isDigit(s[e]) || s[e] == '_' || s[e] == '-' || s[e] >= 0x80 || isLetter(s[e])) {
		return 0
	}
	var buf [12]byte
	for k := p; k < e; k++ {
		buf[k-p] = lowerASCII(s[k])
	}
	switch string(buf[:e-p]) {
	case "gmail", "googlemail", "yahoo", "ymail", "rocketmail", "hotmail", "outlook", "live", "icloud",
		"protonmail", "proton", "aol", "gmx", "zoho", "yandex":
	default:
		return 0
	}
	if e+3 < len(s) && s[e] == ',' && hasPrefixFold(s, e+1, "com") && (e+4 == len(s) || !isAlnum(s[e+4])) {
		e += 4
	}
	return e
}

// knownTLDs are the top-level domains an address written loosely around
// its '@' must end with (see emailAround).
var knownTLDs = setOf("com", "id", "net", "org", "co", "io", "me", "info", "biz", "edu", "gov", "ac",
	"sch", "my", "sg", "uk", "us", "au", "jp", "cn", "app", "dev", "xyz", "online", "site", "store",
	"shop", "tech", "ai", "web", "or", "go", "mil", "ponpes", "desa", "nl", "de", "fr", "in", "ph",
	"th", "vn", "hk", "tw", "kr", "ca", "nz", "ru", "br", "email", "mail", "cloud", "live")

// handleEnd returns the end of a social media handle starting with the '@'
// at s[at] ("@budisantoso90", "@toko.sejahtera"), or 0: the '@' starts a
// word, and 2 to 30 letters, digits, '_' and '.' follow, a letter among
// them ("@5000" is a price), last full stops not taken, and nothing else
// of the token.
func handleEnd(s string, at int) int {
	if at > 0 {
		if c := s[at-1]; c > ' ' && c != '(' && c != ':' && c != ',' && c != '"' && c != '\'' {
			return 0
		}
	}
	e, letter := at+1, false
	for e < len(s) && e-at <= 31 && (isAlnum(s[e]) && s[e] < 0x80 || s[e] == '_' || s[e] == '.' ||
		s[e] == '-' && e+1 < len(s) && isAlnum(s[e+1]) && s[e+1] < 0x80) { // "@jane-doe-88" (Venmo)
		letter = letter || isLetter(s[e])
		e++
	}
	end := e
	for end > at+1 && s[end-1] == '.' {
		end--
	}
	if n := end - at - 1; n < 2 || n > 30 || !letter {
		return 0
	}
	if !tokenEndsAt(s, e, ':') || priceAt(s[at+1:end]) || roleMention(s[at+1:end]) {
		return 0
	}
	return end
}

// roleMention reports whether the word after an '@' calls a group or a
// role in a team's chat rather than one person's account: "@all",
// "@spv tolong cek", "@team gudang".
func roleMention(t string) bool {
	var b [10]byte
	switch string(lowerWord(b[:], t, 0, len(t))) { // nil, no case, when longer
	case "all", "here", "everyone", "channel", "team", "tim", "semua", "spv", "supervisor", "admin", "cs", "staff",
		"gudang", "finance", "owner", "manager", "kasir", "hrd", "support", "teknisi", "leader", "moderator", "mod":
		return true
	}
	return false
}

// priceAt reports whether the token after an '@' is a price or a count, as
// order lines write them: "2x Kaos @Rp 45.000", "@Rp65.000", "@75rb",
// "@USD 25", "@2pcs".
func priceAt(t string) bool {
	var b [16]byte
	if len(t) > len(b) {
		return false
	}
	for k := range len(t) {
		b[k] = lowerASCII(t[k])
	}
	w := string(b[:len(t)])
	switch w {
	case "rp", "idr", "usd", "sgd", "myr", "eur":
		return true
	}
	if len(w) > 2 && w[:2] == "rp" && (isDigit(w[2]) || w[2] == '.') {
		return true
	}
	k := 0
	for k < len(w) && (isDigit(w[k]) || w[k] == '.' || w[k] == ',') {
		k++
	}
	if k == 0 {
		return false
	}
	switch w[k:] {
	case "k", "rb", "ribu", "jt", "juta", "pcs", "x", "kg", "gr", "g", "ml", "l", "m":
		return true
	}
	return false
}

// tokenEndsAt reports whether a token read up to s[e], full stops
// included, ends there: at the end of s, a blank, a mark that ends a word,
// or also.
func tokenEndsAt(s string, e int, also byte) bool {
	if e >= len(s) {
		return true
	}
	switch c := s[e]; {
	case c <= ' ', c == ',', c == '!', c == '?', c == ')', c == ';', c == '"', c == '\'', c == also:
		return true
	}
	return false
}

// isTLD reports a plausible top-level domain: 2–12 letters, one case.
func isTLD(tld string) bool {
	if len(tld) < 2 || len(tld) > 12 {
		return false
	}
	allUp, allLow := true, true
	for k := 0; k < len(tld); k++ {
		c := tld[k]
		if !isUpper(c) && !isLower(c) {
			return false
		}
		if isUpper(c) {
			allLow = false
		} else {
			allUp = false
		}
	}
	return allUp || allLow
}

// maySpellDot is the cheap test that lets most labels skip spelledDots:
// every spelled dot starts with a bracket, or with a space and then a
// bracket, a 'd' (dot), a 't' (titik) or a '.'.
func maySpellDot(s string, e int) bool {
	if e+1 >= len(s) {
		return false
	}
	switch s[e] {
	case '[', '(', '{', '<':
		return true
	case ' ':
		switch lowerASCII(s[e+1]) {
		case '[', '(', 'd', 't', '.':
			return true
		}
	}
	return false
}

var spelledDots = []string{"[dot]", "(dot)", "{dot}", "<dot>", " [dot] ", " (dot) ", " dot ", " titik ", "[titik]", "(titik)", " . "}

// qrisEnd parses an EMVCo merchant-presented QR payload starting at "000201"
// and returns its end when it is a QRIS payload (tag 58 "ID" or the
// "ID.CO.QRIS" globally unique identifier, or a correct CRC).
func qrisEnd(s string, i int) int {
	p := i
	fields := 0
	for p+4 <= len(s) && p-i < 1024 {
		if !isDigit(s[p]) || !isDigit(s[p+1]) || !isDigit(s[p+2]) || !isDigit(s[p+3]) {
			return 0
		}
		tag := s[p : p+2]
		n := atoi(s[p+2 : p+4])
		if p+4+n > len(s) {
			return 0
		}
		fields++
		if tag == "63" && n == 4 {
			end := p + 8
			for k := p + 4; k < end; k++ {
				if !isHex(s[k]) {
					return 0
				}
			}
			payload := s[i:end]
			// A payload with a placeholder in it is the text of an earlier
			// pass, with a value in it replaced: its fields' lengths no
			// longer hold, and it was no payload when read.
			if fields >= 4 && (strings.Contains(payload, "QRIS") || strings.Contains(payload, "5802ID") || crcOK(s[i:p+4], s[p+4:end])) &&
				placeholderIndex(payload) < 0 {
				return end
			}
			return 0
		}
		p += 4 + n
	}
	return 0
}

// placeholderIndex returns the index of the first placeholder in s, or -1.
func placeholderIndex(s string) int {
	for k := strings.IndexByte(s, '['); k >= 0; {
		if placeholderEnd(s, k) > 0 {
			return k
		}
		n := strings.IndexByte(s[k+1:], '[')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return -1
}

func isHex(c byte) bool {
	return isDigit(c) || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f'
}

// crc16CCITT is CRC-16/CCITT-FALSE, the checksum QRIS puts in tag 63.
func crc16CCITT(s string) uint16 {
	crc := uint16(0xFFFF)
	for i := 0; i < len(s); i++ {
		crc ^= uint16(s[i]) << 8
		for b := 0; b < 8; b++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

func crcOK(data, hex string) bool {
	want := crc16CCITT(data)
	const digits = "0123456789ABCDEF"
	for k := 0; k < 4; k++ {
		c := hex[k]
		if c >= 'a' {
			c -= 'a' - 'A'
		}
		if digits[want>>(12-4*uint(k))&0xF] != c {
			return false
		}
	}
	return true
}

// keyToken reports a credential with a well-known prefix starting at i and
// returns its end, or 0.
func keyToken(s string, i int) int {
	for _, p := range keyPrefixesBy[s[i]] {
		if len(s)-i < len(p.prefix) || s[i:i+len(p.prefix)] != p.prefix {
			continue
		}
		en := keyEnd(s, i)
		if en-i >= p.min && (!p.jwt || strings.Count(s[i:en], ".") == 2) {
			return en
		}
	}
	return 0
}

// mrzSecondLine returns the end of a passport's second machine-readable
// line starting at s[i], or 0: 44 characters of capitals, digits and '<'
// holding the passport's number and its check digit, the nationality, the
// birth date, the sex and the expiry (ICAO 9303). The layout is enough:
// a line typed off a photo may have a check digit wrong.
func mrzSecondLine(s string, i int) int {
	const n = 44
	if len(s)-i < n || len(s)-i > n && keyChar(s[i+n]) && s[i+n] != '.' {
		return 0
	}
	for k := i; k < i+n; k++ {
		if c := s[k]; !(isUpper(c) && c < 0x80 || isDigit(c) || c == '<') {
			return 0
		}
	}
	if sex := s[i+20]; !isUpper(s[i+10]) || sex != 'M' && sex != 'F' && sex != '<' || !isDigit(s[i+9]) ||
		digitsEnd(s, i+13) < i+20 || digitsEnd(s, i+21) < i+28 {
		return 0
	}
	return i + n
}
