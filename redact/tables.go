package redact

import (
	"maps"
	"slices"
)

// Character classes for the byte scanner.
const (
	cDigit = 1 << iota
	cUpper
	cLower
	cHigh // a byte of a multi-byte UTF-8 sequence; treated as a letter
	cSpace
	cNumSep     // a separator inside a digit run: " .-()*"
	cAfterWord  // after a word, ends it for good: no API key or MRZ line goes on
	cPlainShort // a first letter that makes a short word neither "at" nor a plate region
)

// ctab is a variable initialiser, not an init func, so that the tables
// derived from it below are built after it.
var ctab = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = cUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLower
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = cHigh
	}
	t[' '] = cSpace
	t['\t'] = cSpace
	for _, c := range " .-()*" { // and "*" between groups: "0812*3456*7893"
		t[c] |= cNumSep
	}
	// The bytes after which word does not try keyToken (nor the MRZ "P<").
	for c := 0; c <= ' '; c++ {
		t[c] |= cAfterWord
	}
	t[','] |= cAfterWord
	t['\''] |= cAfterWord
	// A one- or two-letter word starting with a small letter other than
	// 'a' or 'e', or with a multi-byte character, is neither a plate
	// region (capitals) nor "at" or "et" (a spelled-out '@').
	for c := 0; c < 256; c++ {
		if t[c]&(cLower|cHigh) != 0 && c != 'a' && c != 'e' {
			t[c] |= cPlainShort
		}
	}
	return t
}()

func isDigit(c byte) bool  { return ctab[c]&cDigit != 0 }
func isUpper(c byte) bool  { return ctab[c]&cUpper != 0 }
func isLower(c byte) bool  { return ctab[c]&cLower != 0 }
func isLetter(c byte) bool { return ctab[c]&(cUpper|cLower|cHigh) != 0 }
func isAlnum(c byte) bool  { return ctab[c]&(cUpper|cLower|cHigh|cDigit) != 0 }
func isSpace(c byte) bool  { return ctab[c]&cSpace != 0 }

// lowerTab maps ASCII capitals to small letters and every other byte to itself.
var lowerTab = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c + 'a' - 'A')
	}
	return t
}()

func lowerASCII(c byte) byte { return lowerTab[c] }

// wordTab maps a letter byte (isLetter) to its lowercase form and every
// other byte to 0, so the word loop finds the end of a word, lowercases
// and hashes it with one lookup per byte.
var wordTab = func() (t [256]byte) {
	for i := range t {
		if isLetter(byte(i)) {
			t[i] = lowerASCII(byte(i))
		}
	}
	return t
}()

// What the main pass does with a byte; mainTab holds it for every byte.
const (
	mSkip = iota
	mDigit
	mLetter
	mNewline
	mBracket // '[', or a '/', '|' or ';' that may part the fields of a record (see records, fieldNames), or a '(' (see relationInBrackets), a ':' or a '"' (counted for the readers after the main pass)
)

var mainTab = func() (t [256]uint8) {
	for i := range t {
		switch c := byte(i); {
		case isDigit(c):
			t[i] = mDigit
		case isLetter(c):
			t[i] = mLetter
		case c == '\n':
			t[i] = mNewline
		case c == '[':
			t[i] = mBracket
		case c == '/' || c == '|' || c == '(' || c == ';' || c == ':' || c == '"':
			// Not a class of its own: a sixth case makes the main loop's
			// switch slower for every byte (callgrind: +10 % in mainUpTo
			// on business text).
			t[i] = mBracket
		}
	}
	return t
}()

// ctxClass is what a keyword says about the number that follows it.
type ctxClass uint8

const (
	ctxNone ctxClass = iota
	ctxNIK
	ctxKK
	ctxNPWP
	ctxNITKU
	ctxPhone
	ctxCard
	ctxBank
	ctxVA
	ctxBPJS
	ctxIP
	ctxPlate
	ctxGovID    // NIP, NISN, NRP, SIM: a state-issued number other than the NIK
	ctxBusiness // order, invoice, SKU, total, qty…: the number is business data
	ctxCurrency // Rp, IDR: the number is an amount
)

// trigger is what a word starts: a name, an address, a date of birth…
type trigger uint8

const (
	trigNone         trigger = iota
	trigHonorific            // Pak, Bu, Kak…: a capitalised name may follow
	trigNama                 // "nama" (saya/aku/lengkap/:) or "atas nama"
	trigNameEN               // "name" in "my name is"
	trigNamaku               // "namaku", "namaku:"
	trigAN                   // "a.n.", "an.", "a/n"
	trigSignature            // "Salam,", "Regards,", "Hormat saya,"
	trigAddress              // Jl., Gg., Komp., Kel., Kec., Kab.…
	trigAddressKW            // "alamat", "address", "domisili"
	trigRT                   // RT/RW
	trigKodePos              // "pos" after "kode"
	trigDOB                  // "lahir", "TTL", "DOB", "birth"…
	trigSecret               // password, PIN, OTP, API key…
	trigSecretDigits         // OTP, PIN: digits only
	trigCVV                  // CVV, CVC: a card's three or four security digits
	trigPassport             // paspor, passport
	trigAccount              // "account": VA after "virtual", bank otherwise
	trigBayar                // "bayar": VA after "kode", business otherwise
	trigKey                  // "key": a secret after "api"
	trigSaya                 // "saya Budi", "I\'m Budi": a title-case name may follow
	trigIm                   // "m" in "I'm", "am" in "I am": as trigSaya after "I"
	trigSocial               // IG, TikTok, Twitter…: a handle or a profile link may follow
	trigUnder                // "under": the holder of an account just named
	trigStreet               // Street, Road, Avenue: an English street address ends here
	trigDigitWord            // "nol", "delapan", "zero": a number spelled out in words may start
	trigIni                  // "ini", "dengan": a known given name may follow ("ini Budi")
	trigField                // "From:", "To:", "Contact:": a capitalised name may follow the colon
	trigOwner                // "pemilik", "holder": "pemilik rekening Joko Susilo"
	trigMe                   // "me" in "call me Kevin"
	trigCorrect              // "jadi", "seharusnya", "bukan": a corrected name may follow "nama"
	trigMaps                 // "maps", "goo": a map link names a place
	trigTransfer             // "tf ke", "transfer ke", "refund ke": an account number follows "ke"
	trigLicense              // "license", "licence": a document number as a passport's
	trigCallMe               // "panggil aja Ucok", "dipanggil Ijah": the name a person goes by
	trigPlatform             // "akun shopee saya: rina99": a marketplace's or an app's name after "akun", "id", "username"
	trigCodeSecret           // "akses", "keamanan" after "kode"; "code" after "security", "access": digits follow
	trigSeedPhrase           // "phrase", "mnemonic", "pemulihan": a wallet's recovery words follow
	trigForeignID            // "NRIC", "MyKad", "IC", "KITAS", "TIN": a foreign ID's or a permit's number follows
	trigPolicy               // "polis", "policy": an insurance policy's number follows, maybe after the insurer's name
	trigVehicle              // "rangka", "mesin", "VIN": a vehicle's frame or engine number, with letters in it, follows
	trigUtility              // "PLN", "PEL", "meter", "Indihome": after "ID" or "no", a utility's customer number follows
	trigAge                  // "umur", "usia", "age": the name before ", umur 19" is a person's
	trigIMEI                 // "IMEI": a phone's fifteen digits follow
	trigUnit                 // "unit 21F Tower Orchid": an apartment's unit, by its code and its tower
	trigGame                 // "ML", "FF", "PUBG", "UID", "player": a game account's ID follows "ID"
	trigStaff                // "admin", "kurir", "CS": a staff member's given name may follow ("admin Lina")
	trigKeDari               // "Ke: BUDI SANTOSO", "Dari: RINA MARLINA", "Ke 5271234567 ANDI WIJAYA": a transfer receipt's parties
	trigMember               // "CIF", "no RM", "kartu pelajar", "no kontrak": a person's number with an institution follows
	trigWelcome              // "Selamat bergabung Citra Ayu": the newcomer's name follows
	trigAnswer               // "Jawab:", "Answer:": a security question's answer follows, when one was asked
	trigExpiry               // "exp", "valid thru", "berlaku": a card's expiry follows, when the text speaks of a card
	trigCarer                // "drivernya", "tetangga", "jemput": as trigSaya, before a common given name only
	trigWedding              // "The Wedding of", "pernikahan": a couple's names follow, joined by "&" or "dan"
	trigPolda                // "POLDA METRO JAYA": a driving licence's number follows the police that issued it
	trigHousehold            // "maid", "gardener", "pembantu": who works in a home, named after it
	trigRestOf               // "lanjutannya", "sambungannya": the rest of a number cut in two follows
	trigOffice               // "Presiden", "Menteri", "Menkeu": a public figure by office may follow (see dropOfficials)
	trigFile                 // "pdf", "jpg": after a dot, a file's name, which may hold a person's (see fileNames)
)

type keyword struct {
	ctx  ctxClass
	trig trigger
}

var keywords = map[string]keyword{}

// kwHashMul multiplies the hash of the letters past the eighth of a word
// (see wordAt).
const kwHashMul = 0x9E3779B1

// Word-set flags, stored in wordTable next to the keyword.
const (
	fRoleWords uint32 = 1 << iota
	fAbortWords
	fStopWords
	fAddrWords
	fAddrAbbrev
	fCapStop
	fGivenNames
	fIntroFillers
	fAddrKWFillers
	fSecretFillers
	fStrongAddr
	fUnitWords
	fFamily
	fCallFillers
)

// wordSets lists the sets folded into wordTable; filled by init in words.go
// and tables.go order-independently through buildKWTable.
func wordSets() map[uint32]map[string]bool {
	return map[uint32]map[string]bool{
		fRoleWords: roleWords, fAbortWords: abortWords, fStopWords: stopWords, fAddrWords: addrWords,
		fAddrAbbrev: addrAbbrev, fCapStop: capStop, fGivenNames: givenNames, fIntroFillers: introFillers,
		fAddrKWFillers: addrKWFillers, fSecretFillers: secretFillers, fStrongAddr: strongAddrWords,
		fUnitWords: unitWords, fFamily: familyWords, fCallFillers: callFillers,
	}
}

// wordEntry is a word of wordTable or kwFast: its first eight bytes folded
// and packed as wordAt packs them, its length, and for a word longer than
// eight bytes 1 + the index of the rest in wordTails. Sixteen bytes, so
// that the tables stay in a few cache lines; the word itself is not needed
// to tell two words apart.
type wordEntry struct {
	packed uint64
	n      uint8
	isKW   bool
	kw     keyword
	flags  uint16 // membership in the word sets (fRoleWords…)
	tail   uint16
}

// wordTable holds every keyword and every word of the word sets, by
// wordHash, for the readers that test a token against several sets;
// kwFast holds only the keywords, for the word loop, which wants nothing
// else and meets a keyword in every third word of chat.
//
// The tables are powers of two, sparse so that a word is found in its home
// slot, as the word loop and lookupToken test before their probe loops:
// 351 keywords in 1,024 slots left a quarter of the keyword lookups over
// the corpus ("INV", "saya", "kirim", "total"…) to findKeyword's loop.
// With 4,096 slots for the keywords and for the 1,050 words of wordTable,
// BenchmarkDetect went from 11.48M to 11.30M instructions a pass, for
// about a thousand more L1 misses (of 40,000, cachegrind) a pass; the
// tables are 64 KB each, of which a lookup reads one line. wordTable has
// grown to 3,650 words since (the given names mostly): at 4,096 slots,
// 89 % full, a word not in it took findEntry dozens of probes; 8,192
// slots took BenchmarkRedact from 73.30M to 71.88M instructions a pass
// (findEntry 1.95M to 0.48M; 16,384 slots, 0.29M, for a table of 256 KB).
const (
	wordTableSize = 8192
	kwFastSize    = 4096
)

var (
	wordTable [wordTableSize]wordEntry
	kwFast    [kwFastSize]wordEntry
	wordTails []string
)

// findEntry finds the token w (any letter case), whose first eight bytes
// folded and packed are p and whose wordHash is h, in wordTable. Folding
// compares exactly: the table's words are ASCII with bit 5 set in every
// byte (small letters, digits, '.', '-', ':' and ','), and a token
// (letters, digits, apostrophes, hyphens) folds onto one of them only by
// being it in some letter case.
func findEntry(w string, p uint64, h uint32) *wordEntry {
	for idx := h & (wordTableSize - 1); ; idx = (idx + 1) & (wordTableSize - 1) {
		e := &wordTable[idx]
		if e.n == 0 {
			return nil
		}
		if e.packed == p && int(e.n) == len(w) && (e.tail == 0 || equalLower(wordTails[e.tail-1], w[8:])) {
			return e
		}
	}
}

// findKeyword is findEntry in kwFast, for the word loop.
func findKeyword(w string, p uint64, h uint32) (keyword, bool) {
	for idx := h & (kwFastSize - 1); ; idx = (idx + 1) & (kwFastSize - 1) {
		e := &kwFast[idx]
		if e.n == 0 {
			return keyword{}, false
		}
		if e.packed == p && int(e.n) == len(w) && (e.tail == 0 || equalLower(wordTails[e.tail-1], w[8:])) {
			return e.kw, true
		}
	}
}

// tokenHash returns the wordHash of the token s[i:j] lowercased, and its
// first eight bytes folded and packed, as wordAt does for a word.
func tokenHash(s string, i, j int) (h uint32, p uint64) {
	var w uint64
	switch {
	case len(s)-i >= 8:
		w = load8(s[i:])
	case len(s) >= 8:
		w = load8(s[len(s)-8:]) >> (8 * uint(i+8-len(s)))
	default:
		for k := 0; i+k < len(s); k++ {
			w |= uint64(s[i+k]) << (8 * uint(k))
		}
	}
	f := w | 0x20*lsb8
	if j-i <= 8 {
		p = f & lowMask(j-i)
		return uint32(p * wordHashMul >> 32), p
	}
	t := uint32(0)
	for k := i + 8; k < j; k++ {
		t = t*kwHashMul + uint32(lowerTab[s[k]])
	}
	return mixWord(f, t), f
}

// lookupToken returns the keyword entry and the set flags of the token
// s[i:j] in any letter case (zero for unknown words); ok is false when the
// token is longer than scanner.buf, as lowerWord would say. Readers that
// test one token against several sets look it up once here.
func lookupToken(s string, i, j int) (ok bool, kw keyword, flags uint32) {
	if j-i > wordBufLen {
		return false, keyword{}, 0
	}
	var h uint32
	var p uint64
	if j-i <= 8 && len(s)-i >= 8 {
		// tokenHash's usual case, without the call.
		p = (load8(s[i:]) | 0x20*lsb8) & lowMask(j-i)
		h = uint32(p * wordHashMul >> 32)
	} else {
		h, p = tokenHash(s, i, j)
	}
	if !bloomHas(&kwBloom, h) {
		return true, keyword{}, 0
	}
	// findEntry's usual case, a word of up to eight letters in its home
	// slot, written out: the compiler will not inline findEntry
	// (BenchmarkDetect: 11.57M to 11.48M instructions a pass).
	if e := &wordTable[h&(wordTableSize-1)]; e.packed == p && int(e.n) == j-i && e.tail == 0 {
		return true, e.kw, uint32(e.flags)
	}
	if e := findEntry(s[i:j], p, h); e != nil {
		return true, e.kw, uint32(e.flags)
	}
	return true, keyword{}, 0
}

// inSet reports whether the token s[i:j] is in the set with flag f; a
// token longer than wordBufLen is in none.
func inSet(s string, i, j int, f uint32) bool {
	_, _, flags := lookupToken(s, i, j)
	return flags&f != 0
}

// tokenKeyword returns the keyword entry of the token s[i:j].
func tokenKeyword(s string, i, j int) keyword {
	_, kw, _ := lookupToken(s, i, j)
	return kw
}

func buildKWTable() {
	wordTable, kwFast, wordTails = [wordTableSize]wordEntry{}, [kwFastSize]wordEntry{}, nil
	kwBloom, keyBloom = [1024]uint64{}, [1024]uint64{}
	tails := map[string]uint16{}
	entry := func(w string) wordEntry {
		e := wordEntry{packed: (pack8(w) | 0x20*lsb8) & lowMask(min(len(w), 8)), n: uint8(len(w))}
		if len(w) > 8 {
			if tails[w[8:]] == 0 {
				wordTails = append(wordTails, w[8:])
				tails[w[8:]] = uint16(len(wordTails))
			}
			e.tail = tails[w[8:]]
		}
		return e
	}
	slot := func(t []wordEntry, w string) *wordEntry {
		mask := uint32(len(t) - 1)
		idx := wordHash(w) & mask
		want := entry(w)
		for t[idx].n != 0 && !(t[idx].packed == want.packed && t[idx].n == want.n && t[idx].tail == want.tail) {
			idx = (idx + 1) & mask
		}
		if t[idx].n == 0 {
			t[idx] = want
		}
		return &t[idx]
	}
	// In sorted order, so that the tables' collision chains, and so the
	// cost of a lookup, are the same in every process.
	for _, w := range slices.Sorted(maps.Keys(keywords)) {
		k := keywords[w]
		e := slot(wordTable[:], w)
		e.kw, e.isKW = k, true
		bloomAdd(&kwBloom, wordHash(w))
		if wordEnd(w, 0) != len(w) {
			continue // "ipv4", "m-banking": the word loop never sees them whole
		}
		bloomAdd(&keyBloom, wordHash(w))
		e = slot(kwFast[:], w)
		e.kw, e.isKW = k, true
	}
	sets := wordSets()
	for _, f := range slices.Sorted(maps.Keys(sets)) {
		for _, w := range slices.Sorted(maps.Keys(sets[f])) {
			slot(wordTable[:], w).flags |= uint16(f)
			bloomAdd(&kwBloom, wordHash(w))
		}
	}
	startBloom = keyBloom
	for w := range givenNames {
		bloomAdd(&startBloom, wordHash(w))
	}
	for _, w := range []string{"luh", "nengah", "ode"} {
		bloomAdd(&startBloom, wordHash(w)) // a name's second word after a particle (see lowerPrefixName)
	}
}

// startBloom is keyBloom with the common given names: the word loop calls
// word for them too, which finds a full name with no keyword before it
// ("Budi Santoso sudah transfer", see givenFamily).
var startBloom [1024]uint64

// kwBloom has one bit per word in wordTable, so most ordinary words are
// rejected with one cache line instead of a probe into the table. They
// have 65,536 bits (8 KB) each: with the given names, 32,768 bits were 8 %
// set in startBloom, and as many plain words went on to word for nothing
// (BenchmarkRedact 71.88M to 71.40M instructions a pass).
// keyBloom has one bit per keyword: the word loop wants keywords only, and
// a third of the words in chat are stop words, fillers or given names that
// are in wordTable without being keywords. Both are by wordHash.
var kwBloom, keyBloom [1024]uint64

// kwBloomBit is the bit of a word with wordHash h: its top 16 bits, which
// the multiplication that made h has mixed from every byte of the word
// (the tables probe from its low bits). Multiplying h again first cost
// three cycles on the path every word of every text takes to the
// plain-word test.
func kwBloomBit(h uint32) uint32 { return h >> 16 }

func bloomAdd(bl *[1024]uint64, h uint32) {
	b := kwBloomBit(h)
	bl[b>>6] |= 1 << (b & 63)
}

// bloomHas reports whether a word with wordHash h may have been added to
// bl; false means it certainly was not.
func bloomHas(bl *[1024]uint64, h uint32) bool {
	b := kwBloomBit(h)
	return bl[b>>6]&(1<<(b&63)) != 0
}

// equalLower reports whether w lowercased is lw.
func equalLower(lw, w string) bool {
	if len(lw) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerTab[w[k]] != lw[k] {
			return false
		}
	}
	return true
}

// addKW adds words as keywords k. A word that is a keyword already keeps
// its class or its trigger where k has none; each word merges on its own.
func addKW(kw keyword, words ...string) {
	for _, w := range words {
		k := kw
		if old, ok := keywords[w]; ok {
			if k.ctx == ctxNone {
				k.ctx = old.ctx
			}
			if k.trig == trigNone {
				k.trig = old.trig
			}
		}
		keywords[w] = k
	}
}

var honorifics = []string{
	"bapak", "bpk", "pak", "ibu", "bu", "sdr", "sdri", "saudara", "saudari", "tn", "tuan",
	"ny", "nyonya", "nn", "nona", "mas", "mbak", "mba", "kak", "kakak", "bang", "abang",
	"dik", "adik", "dek", "dedek", "si", "om", "tante", "mpok", "babe", "eda", "lik", "opung", "amang", "inang", "tulang", "lae", "wak", "koh", "ci", "cici", "cik", "uda", "uni", "aa", "akang",
	"kang", "teteh", "neng", "cak", "ning", "bli", "mbok", "daeng", "h", "hj", "ust", "ustaz",
	"ustadz", "ustazah", "dr", "drg", "ir", "prof", "mr", "mrs", "ms", "miss", "madam",
	"jeng", "bro", "sis", "opa", "oma", "engkoh", "encik", "dear", "hi", "halo", "hallo", "hai", "hello",
	"sir", "ko", "koko", "cece", "teuku", "tengku", "rr", "gusti", "drs", "dra",
	"budhe", "bude", "pakde", "pakdhe", "mbah", "abah", "umi", "ummi", "ustadzah", "suster", "romo",
	"pastor", "pdt", "pendeta", "mama", "papa", "ka", "ananda", "kapten", "chef", "coach", "bunda",
	// Ranks of the army and the police.
	"mayor", "letkol", "kolonel", "lettu", "letda", "serka", "serma", "sertu", "serda", "kopda", "praka",
	"pratu", "aiptu", "aipda", "bripka", "briptu", "bripda", "iptu", "ipda", "akp", "kompol", "akbp",
	"kombes", "brigjen", "mayjen", "letjen", "jenderal",
	"ners", "bidan", "gus", "nyai", "eyang", "engkong", "kyai", "kiai", "habib", "syekh",
	"bp", "alm", "almh", "almarhum", "almarhumah", "dokter", "dokternya", "fam", // a family by its name: "Fam. Gozali"
	"ns", "mang", "aki", "ki", "bi", // a nurse's title ("Ns. Reza"); Sundanese uncle's, grandfather's, aunt's: "Mang Oleh, Bi Ijah, Ki Sarmad"
	"gek", "bung", "haji", "hajjah", "hajah", "vikaris", "penatua", "pnt", "akh", "ukhti", "ummu", "papi", "mami", "nyong", "ompung", "amaq", "inaq", "mak", "ce", "ibunda", "ayahanda", "adinda", "kakanda",
	// Session 25, hunt 30: Malay and Betawi grandmothers, Banjar aunts,
	// Betawi fathers, Bugis elders, Minang uncles and aunts, Javanese
	// uncles, Batak siblings ("Nek Ramlah", "Acil Masitah", "Babeh Sanip").
	"nek", "acil", "babeh", "puang", "ncik", "engku", "ibuk", "mamak", "etek", "lek", "ito", "kh", "sus", "arwah", "mendiang", "notaris", "ppat", "dok", "drh", // a doctor's, a vet's: "dok Reza", "drh. Maya"; a notary's: "Notaris Yulia SH"; a cleric's: "KH. Mahfud Siddiq"; a nanny's, "suster": "sus Ningrum"; the dead's: "misa utk arwah Aloysius Harjono"
	"nyak", "teh", "yth", "cek", "sr", // only before a name (see titleGated): Palembang's elder sister, "Cek Ani"; not "cek Resi"; a nun's or a nurse's "Sr. Yuliana", not "Sr. Manager"
	"kaka", // Manado's and Papua's "kakak": "kita pe kaka Meiske"
}

func init() {
	addKW(keyword{ctx: ctxNIK}, "nik", "ktp", "ektp", "induk", "kependudukan", "identitas")
	addKW(keyword{ctx: ctxGovID}, "nip", "nisn", "nrp", "nuptk", "sim", "ssn", "nis", "nim", "nidn", "nidk", "nitk",
		"aadhaar", "aadhar", "tfn", "mtcn") // India's, Australia's tax file, a Western Union transfer's
	addKW(keyword{trig: trigLicense}, "license", "licence", "lisensi")
	addKW(keyword{ctx: ctxKK}, "kk", "keluarga")
	addKW(keyword{ctx: ctxNPWP}, "npwp", "tax", "pajak")
	addKW(keyword{ctx: ctxNITKU}, "nitku")
	addKW(keyword{ctx: ctxPhone}, "hp", "handphone", "hape", "wa", "whatsapp", "wasap", "telp", "tlp",
		"telpon", "telepon", "phone", "mobile", "cell", "call", "contact", "kontak", "hubungi", "nomer", "nmr", "sms")
	addKW(keyword{ctx: ctxCard}, "kartu", "card", "cc", "kredit", "credit", "debit", "visa", "mastercard",
		"jcb", "amex", "gpn")
	// A card's expiry: "exp 08/27", "valid thru 09/2028", "berlaku s/d 08/27".
	addKW(keyword{ctx: ctxCard, trig: trigExpiry}, "exp")
	addKW(keyword{trig: trigExpiry}, "expiry", "expired", "expires", "expiration", "thru", "berlaku", "kadaluarsa", "kedaluwarsa")
	addKW(keyword{ctx: ctxBank}, "rek", "rekening", "norek", "rekeningnya", "bank", "bca", "bni", "bri",
		"mandiri", "bsi", "cimb", "niaga", "danamon", "permata", "panin", "bukopin", "muamalat",
		"ocbc", "nisp", "btpn", "jenius", "mega", "btn", "maybank", "jago", "seabank", "blu", "acc",
		"iban", "norekening", "bpd", "acct", "bjb", "sinarmas", "uob", "hsbc", "citibank",
		"anz", "dbs", "westpac", "commbank", "barclays") // an expat's home bank: "return the deposit to ANZ 0123456789"
	addKW(keyword{ctx: ctxVA}, "va", "virtual", "pembayaran")
	addKW(keyword{ctx: ctxBPJS}, "bpjs", "kis", "jkn", "kpj", "askes", "bpjsnya", "kpjnya")
	addKW(keyword{ctx: ctxIP}, "ip", "ipv4", "server", "host")
	addKW(keyword{ctx: ctxPlate}, "plat", "plate", "nopol", "tnkb", "stnk", "polisi", "kendaraan", "motor", "mobil")
	addKW(keyword{ctx: ctxBusiness}, "order", "pesanan", "invoice", "inv", "faktur", "resi", "awb", "sku",
		"ref", "referensi", "po", "qty", "jumlah", "stok", "stock", "harga", "harganya", "hrg", "total",
		"totalnya", "subtotal", "ongkir", "diskon", "potongan", "tagihan", "nota", "kwitansi", "struk",
		"item", "barang", "produk", "product", "price", "amount", "pcs", "unit", "tiket", "booking",
		"kode", "code", "id", "trx", "transaksi", "tanggal", "tgl", "date", "jam", "pukul",
		"tahun", "bulan", "hari", "minggu", "gaji", "omzet", "omset", "laba", "modal", "biaya", "saldo",
		"dp", "cicilan", "juta", "ribu", "rb", "jt", "meter", "kg", "gram", "liter", "lot", "batch", "versi", "version")
	addKW(keyword{ctx: ctxCurrency}, "rp", "idr", "usd", "sgd", "rupiah", "dollar", "eur")
	for _, h := range honorifics {
		addKW(keyword{trig: trigHonorific}, h)
	}
	addKW(keyword{trig: trigNama}, "nama", "nm", "atasnama")
	addKW(keyword{trig: trigNameEN}, "name", "names", "fullname", "surname", "lastname", "firstname", "beneficiary", "given") // "GIVEN: AYAKO", after its colon only (see nameEN)
	addKW(keyword{trig: trigNamaku}, "namaku", "namanya")
	addKW(keyword{trig: trigNamaku}, "attn") // a letter's addressee: "… attn Yuliana"
	// The same in regional languages: Sundanese "nami abdi", Javanese "nami
	// kulo", "jenengku", Minang "namo ambo", Balinese "aran tiang".
	addKW(keyword{trig: trigNama}, "nami", "jeneng", "namo", "aran")
	addKW(keyword{trig: trigNamaku}, "jenengku", "jenenge", "namina", "namiku", "namine", "asmane", "asmanipun", "namipun")
	addKW(keyword{trig: trigAN}, "a", "an")
	addKW(keyword{trig: trigSignature}, "salam", "regards", "hormat", "kasih", "thanks", "cheers",
		"sincerely", "best", "wassalam", "ttd", "makasih", "hormatku", "br", "tangan",
		"rgds", "brgds", "thx", "trims", "makasi", "tengkyu")
	addKW(keyword{trig: trigAddress}, "jl", "jln", "jalan", "gg", "gang", "komp", "kompleks", "komplek",
		"perum", "perumahan", "apartemen", "apt", "dusun", "dsn", "desa", "ds", "kel", "kelurahan",
		"kec", "kecamatan", "kab", "kabupaten", "kp", "kampung", "ruko", "griya", "cluster", "jalanan",
		"kost", "kos", "kosan", "asrama", "villa", "br", "banjar", "jorong", "lorong", "lr", "lrg", "apartment", "apartement",
		"townhouse", "blok")
	addKW(keyword{trig: trigAddressKW}, "alamat", "alamatnya", "address", "domisili", "tinggal", "kirim", "dikirim", "antar", "diantar",
		"deliver", "ship", "live", "lives", "living", "staying", "send", "residing", "resides") // "I live at 15 Kingsway, London"
	addKW(keyword{trig: trigRT}, "rt", "rw")
	addKW(keyword{trig: trigKodePos}, "pos", "kodepos")
	addKW(keyword{trig: trigDOB}, "lahir", "lhr", "ttl", "tl", "dob", "birth", "born", "birthday", "ultah", "birthdate", "kelahiran")
	addKW(keyword{trig: trigSecret}, "password", "passwd", "pass", "pwd", "sandi", "katasandi", "token",
		"secret", "apikey", "credential", "kredensial", "passcode", "pw")
	addKW(keyword{trig: trigSecretDigits}, "otp", "pin", "verifikasi", "verification", "kodeotp", "mpin", "kombinasi", "puk") // a lock's: "kombinasi smart lock yang baru 471920#"
	addKW(keyword{trig: trigCodeSecret}, "akses", "keamanan", "code", "recovery", "aktivasi", "activation", "backup", "cadangan",
		"pintu", "door", "gerbang", "gate", "brankas", "safe", "loker", "locker", "masuk",
		"kode", "kodenya", "kodeku", "pickup", "pengambilan", "layar", "layarnya",
		"alarm", "gembok", "kombinasinya", "pagar", "pager") // only after "sms", or where the text says a code was sent: "ada sms kode 401690 dari BCA" (see word)
	addKW(keyword{trig: trigSeedPhrase}, "phrase", "mnemonic", "pemulihan")
	addKW(keyword{trig: trigStaff}, "admin", "kurir", "courier", "driver", "satpam", "cs", "sales", "teknisi", "sopir", "supir",
		"instructor", "instruktur", "guide", "nanny", "housekeeper", "gardener", "tukang", "pelatih", "trainer", "coach", "tutor", "therapist", "terapis",
		"stylist", "hairstylist", "groomer", "barber", "kapster", "mua") // a salon's and a pet shop's: "hairstylist Cathy", "groomer kalian si ojan"
	addKW(keyword{trig: trigForeignID}, "nric", "mykad", "ic", "kitas", "kitap", "itas", "itap", "tin", "itin", "arc") // ARC: Taiwan's resident card
	// A PLN customer's ID ("IDPEL 141234567890"): as a foreign ID's, a
	// token with six digits or more.
	addKW(keyword{trig: trigForeignID}, "idpel", "kip")
	// A vehicle's frame and engine numbers, as the STNK and the BPKB print
	// them: "No. Rangka: MH1JFZ123KK456789", "noka/nosin".
	addKW(keyword{trig: trigVehicle}, "rangka", "noka", "nosin", "vin", "chassis", "mesin", "engine")
	addKW(keyword{trig: trigPolicy}, "polis", "policy", "insurance", "asuransi", "polisnya")
	addKW(keyword{trig: trigAge}, "umur", "usia", "age", "aged")
	addKW(keyword{trig: trigOffice}, "presiden", "wapres", "gubernur", "wagub", "bupati", "walikota", "menteri", "kapolri", "panglima",
		"president", "governor", "minister", "menkeu", "menkes", "mendag", "menag", "mensos", "menhan", "menlu", "menko", "mendagri",
		"mendikbud", "menpora", "wamen")
	addKW(keyword{trig: trigFile}, "pdf", "jpg", "jpeg", "png", "heic", "webp", "doc", "docx", "xls", "xlsx", "zip", "rar", "ppt", "pptx", "mp4")
	addKW(keyword{trig: trigIMEI}, "imei", "mac", "iccid", "imsi") // a device's MAC address too: "MAC 3C:22:FB:91:0A:7E"
	addKW(keyword{trig: trigWelcome}, "bergabung")
	addKW(keyword{trig: trigAnswer}, "jawab", "jawaban", "jwb", "answer")
	addKW(keyword{trig: trigMember}, "record", "vaksin", "vaccine", "vaccination") // "medical record no 772341", "kartu vaksin no ICV-…"
	addKW(keyword{trig: trigMember}, "cif", "rm", "kontrak", "pelajar", "mhs", "mahasiswa", "siswa", "medis", "mrn",
		"porsi", "nop", "kks", "nis", "nim", "nipp", "bpkb", "stnk", "efin", "shm", "hgb", "shgb", "nib", "npm", "akta", "registrasi", "registration", "pinjaman", "nikah", "medisnya", "pendaftaran", "menikah", "married", "sertifikat", "certificate", "flyer", "miles", "krisflyer", "garudamiles", "perkara", "ijazah", "nopen",
		"badge", "berobat", "sampel", "sample", "spesimen", "contract", "loan", "pengajuan", "lab", "sbg", "sid", "kb") // "badge 00781", "kartu berobat no. 15-08-2211", "nomor sampel 260314-077"
	addKW(keyword{trig: trigMember}, "loyalty", "rewards", "reward", "membership") // "my loyalty number is 8850 2211 0934", "rewards no. is 112233445"
	addKW(keyword{trig: trigUnit}, "unit", "tower", "tw")
	addKW(keyword{trig: trigGame}, "uid", "ml", "mlbb", "ff", "pubg", "genshin", "pemain", "player", "game",
		"idml", "idff", "idgame", "idpubg", "fire", "topup", "diamond", "diamonds", "zona") // the last four only say a game is spoken of (see gameZones)
	// A utility's customer or meter number: "ID PLN 14234567890", "PLN ID
	// …", "ID PEL …", "no meter …", "nomor internet …", "No Indihome: …",
	// "no sambungan 12.03.456" (PDAM).
	addKW(keyword{trig: trigUtility}, "pln", "pel", "meter", "internet", "indihome", "layanan", "sambungan", "pdam",
		"plg", "plgn", "meteran", "air", "inet", "nosamb", "nosam", "decoder", "biznet") // "id plg 5321 1234 5678", "meteran no 45012398765", "tagihan air nomor 0013458"
	// The same words with "-nya" ("its", "the") or "-ku" ("my") glued on, as
	// chat writes them: "passwordnya Rahasia123!", "pinku 123456".
	for _, w := range []string{"password", "pass", "pw", "pwd", "sandi", "katasandi", "token"} {
		addKW(keyword{trig: trigSecret}, w+"nya", w+"ku")
	}
	for _, w := range []string{"otp", "pin", "verifikasi"} {
		addKW(keyword{trig: trigSecretDigits}, w+"nya", w+"ku")
	}
	addKW(keyword{trig: trigDOB}, "lahirnya", "lahirku", "kelahirannya", "ultahnya", "ultahku")
	// "ulang tahun saya 25 Desember": "ulang" only before "tahun" (see word).
	addKW(keyword{trig: trigDOB}, "ulang")
	addKW(keyword{trig: trigDOB}, "pob", "birthplace") // a place of birth: "pob Palembang"
	// "panggil aja Ucok", "biasa dipanggil Ijah": the name a person goes by.
	addKW(keyword{trig: trigPlatform}, "shopee", "tokopedia", "tokped", "lazada", "bukalapak", "blibli", "gojek",
		"grab", "gopay", "ovo", "shopeepay", "traveloka", "zalora", "jdid")
	addKW(keyword{trig: trigCallMe}, "panggil", "dipanggil", "panggilan", "panggilannya", "panggilanku")
	addKW(keyword{trig: trigCVV}, "cvv", "cvc", "cvn", "cvvnya", "cid", "csc", "cvv2")
	addKW(keyword{trig: trigPassport}, "paspor", "passport", "pasport", "paspornya", "passportnya", "passports", "pasport2", "paspor2",
		"pp") // a manifest's "PP B9876543"; chat's "pp" is a round trip (see word)
	addKW(keyword{trig: trigAccount}, "account", "akun")
	addKW(keyword{trig: trigBayar}, "bayar")
	addKW(keyword{trig: trigKey}, "key")
	addKW(keyword{trig: trigSaya}, "saya", "aku", "gue", "gw", "gua", "sy", "im", "ane", "aing")
	addKW(keyword{trig: trigIm}, "m", "am")
	addKW(keyword{trig: trigUnder}, "under")
	addKW(keyword{trig: trigIni}, "ini", "dengan", "is", "dgn")
	// "pesanan untuk Rudi Hartono", "paket buat Dewi", "dikirim oleh Agus":
	// as after "ini", a common given name only.
	addKW(keyword{trig: trigIni}, "untuk", "utk", "buat", "oleh", "for", "by")
	// "fn": a vCard's name, "FN:Sukarti"; an e-mail's "Cc: Hasnawati <…>".
	addKW(keyword{trig: trigField}, "from", "to", "contact", "cp", "pic", "owner", "narahubung", "fn", "cc", "bcc")
	// "dana" after "sumber" only: "Sumber Dana MAROJAHAN SINAGA" (see word).
	addKW(keyword{trig: trigKeDari}, "ke", "dari", "tujuan", "dana")
	// A form's or a label's party, before a colon only: "Customer: Rina W."
	addKW(keyword{trig: trigField}, "cust", "costumer", "kustomer", "customer", "pelanggan", "pembeli", "buyer", "client", "klien", "nasabah",
		"employee", "karyawan", "pegawai", "staf", "staff", "debitur", "debtor", "pelamar", "kandidat", "candidate", "tertanggung",
		"pelapor", "pengadu", "pemohon", "penghuni", "penyewa", "penyewanya", "tenant", "pemesan", "wali", "ketua", "pendaftar", "peminjam",
		"pasien", "patient", "penumpang", "passenger", "tamu", "guest", "konsumen", "member", "waris",
		"peserta", "participant", "participants", "guests", "passengers", "keluarga", "pengantin", "mempelai", "pemegang", "anggota", "witness", "donatur", "donor",
		"mitra", "student", "kary", "reseller", "agen", "agent", "emp", "pelanggannya", "nasabahnya", "membernya", "pesertanya", "anggotanya", "karyawannya") // "ID mitra KRR-88412", "student card, ID STD-88213", "nik kary K-00871"
	// A committee's roles, before a colon or a name: "bendahara: Doni",
	// "seksi acara: Fira", "humas: Joshua".
	addKW(keyword{trig: trigField}, "bendahara", "koordinator", "korlap", "moderator", "seksi", "notulen", "notulis", "pemateri", "pembicara",
		"narasumber", "relawan", "khatib", "muadzin", "humas", "mc", "manager", "manajer",
		"tergugat", "penggugat", "termohon", "pemberi") // a lawsuit's parties: "Tergugat I Pariyem", "pemberi kuasa: Tjipto Wiyono"
	addKW(keyword{trig: trigOwner}, "pemilik", "holder", "milik")
	addKW(keyword{trig: trigMe}, "me")
	addKW(keyword{trig: trigMaps}, "maps", "goo")
	addKW(keyword{trig: trigTransfer}, "tf", "transfer", "trf", "transfers", "refund", "refun", "ditransfer", "transferin")
	addKW(keyword{trig: trigCorrect}, "jadi", "jd", "menjadi", "benar", "bener", "seharusnya", "harusnya",
		"sebenarnya", "bukan", "becomes", "instead", "tertulis", "ditulis", "tercetak", "tulisannya", "padahal", "lengkapnya", "alias", "aka", "eh")
	for w := range digitWords {
		addKW(keyword{trig: trigDigitWord}, w)
	}
	addKW(keyword{trig: trigStreet}, "street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd",
		"parkway", "pkwy", "highway", "hwy", "drive", "way", "court", "ct", "place", "terrace", "crescent")
	addKW(keyword{trig: trigSocial}, "ig", "instagram", "insta", "tiktok", "twitter", "fb", "facebook",
		"telegram", "linkedin", "threads", "youtube", "snapchat", "discord", "username", "uname", "user", "userid", "usrname", "usernm", "usernamenya", "x", "t",
		"line", "kakaotalk", "kakao", "skype", "wechat", "viber", "linktree", "linktr", "roblox", "jenius", "cashtag",
		"nick", "nickname", "nicknamenya", "ign", "steam", "riot", "riotid", "behance", "dribbble", "ssid")
	// Recipients and senders of deliveries and transfers: "penerima Budi Santoso".
	addKW(keyword{trig: trigSaya}, "jamaah", "jemaah") // a pilgrim's field: "Jamaah: HASANUDDIN BIN LATIF, paspor …"
	addKW(keyword{trig: trigSaya}, "penerima", "pengirim", "kepada", "recipient", "receiver", "sender",
		"penerimanya", "pengirimnya", "pemesannya", "penjamin", "penjaminnya", "saksi", "guarantor",
		"penanggungjawab") // and "jawab" after "penanggung" (see word)
	// Family and friends: "my wife Sarah Johnson", "suami Budi".
	addKW(keyword{trig: trigSaya}, "parent", "guardian", "infant", "spouse")
	addKW(keyword{trig: trigSaya}, "wife", "husband", "son", "daughter", "mother", "father", "brother",
		"sister", "mom", "dad", "friend", "istri", "suami", "anak", "adik", "ayah", "teman", "temen", "pacar",
		"ade") // eastern Indonesia's "adik": "Sa pu ade Otto Mirino yang nanti ambil"
	// The same with "my" or "his/her" glued on: "istriku Rina", "anaknya
	// Dimas"; and "ibu kandung: Sumiati", a bank's security question.
	// Colleagues and the like: "my colleague David Lim", "his PA, Jenny".
	addKW(keyword{trig: trigSaya}, "flatmate", "roommate", "housemate", "neighbor", "neighbour", "boyfriend", "girlfriend",
		"fiance", "fiancee", "cousin", "nephew", "niece", "uncle", "aunt", "grandma", "grandpa", "boss") // "my flatmate Jake"
	addKW(keyword{trig: trigSaya}, "colleague", "coworker", "assistant", "secretary", "sekretaris", "atasan",
		"rekan", "kolega", "pa")
	addKW(keyword{trig: trigSaya}, "istriku", "suamiku", "anakku", "adikku", "kakakku", "ayahku", "ibuku",
		"bapakku", "mamaku", "papaku", "temanku", "temenku", "pacarku", "istrinya", "suaminya", "anaknya",
		"adiknya", "kakaknya", "temannya", "temennya", "pacarnya", "ibunya", "ayahnya", "mamanya", "papanya", "bapaknya", "nenek", "kakek", "mertua", "sepupu", "keponakan", "paman", "bibi", "kandung",
		"bundanya", "bundaku", "mamahnya", "neneknya", "kakeknya", "cucu", "cucunya", "cucuku", "adek", "adeknya", "adekku",
		"ponakan", "ponakanku", "keponakanku", "mahram", "menantu", "besan", "ortu", "ortunya", "tua",
		"maknya", "mamaknya", "emaknya", "bapake", "ibune", "anake", "bojoku", "bojone", // Javanese's and Sumatra's: "ini Ningsih maknya Bagus", "bapake Parno"
		"adikmu", "kakakmu", "anakmu", "istrimu", "suamimu", "ibumu", "ayahmu", "mamamu", "papamu",
		"mommy", "mommynya", "daddy", "daddynya", "maminya", "papinya", "ummanya", "uminya", // "ini mommy-nya Jayden Tanoto"
		"abahnya", "abahku", "uminya", "umiku", "abinya", "abiku", "ummanya") // "dari abahnya, Zainuddin MZ"
	// Who works for the person, or is in its care, with "-nya" ("its",
	// "the"): "drivernya dodi ga angkat", "kurirnya Anton"; and whom a
	// parent picks up, whose test a clinic reports: "tolong jemput syifa jam
	// 3", "hasil swab gaby".
	addKW(keyword{trig: trigPolda}, "polda")
	// Who works in a home is a person, named after the word, with a comma
	// between or not: "our gardener, Warsito, will", "pembantu Sumarsih".
	// "helper" and "cleaner" only after "domestic", "my", "our" or "the".
	addKW(keyword{trig: trigHousehold}, "art") // "ART Nani dan ART Sri": asisten rumah tangga
	addKW(keyword{trig: trigHousehold}, "maid", "gardener", "nanny", "babysitter", "caregiver", "housekeeper", "chauffeur",
		"pembantu", "prt", "pengasuh", "helper", "cleaner")
	addKW(keyword{trig: trigWedding}, "wedding", "pernikahan", "walimatul", "walimah", "resepsi", "engagement", "lamaran")
	addKW(keyword{trig: trigCarer}, "ketemu", "ketemuan", "drivernya", "kurirnya", "supirnya", "sopirnya", "gurunya", "muridnya",
		"pasiennya", "tetangga", "tetanggaku", "tetangganya", "jemput", "jemputin", "dijemput", "swab", "rontgen", "antigen",
		"punya", "punyanya")
	// A contact's name before its number: "Hubungi Meiske Wowor +62 811 …"
	// (see nameBeforePhone).
	addKW(keyword{trig: trigSaya}, "hubungi", "kontak")
	// "anak saya bernama Zidan Alfarizi": "named".
	addKW(keyword{trig: trigSaya}, "bernama", "named", "called")
	// "I" in Javanese, Sundanese and Minang: "kulo Sutini badhe tumbas".
	addKW(keyword{trig: trigSaya}, "kulo", "kula", "ambo")
	// Betawi's and Banjar's "I", and chat's "aq": "nama aye Saiful
	// Bahri", "ngaran ulun Masitah", "aq Nindy yg tiap hr komplen".
	addKW(keyword{trig: trigSaya}, "aye", "ulun", "aq", "ak")
	// The rest of a number a message cut: "NIK saya 327301... eh
	// kepotong, lanjutannya 1203910002".
	addKW(keyword{trig: trigRestOf}, "lanjutannya", "sambungannya", "terusannya", "sisanya", "lanjutnya")
	addKW(keyword{trig: trigNama}, "ngaran")
	buildKWTable()
}

// roleWords follow an honorific without being a name: "Pak RT", "Bu Guru".
var roleWords = setOf("keluarga", "family", "utama", "kucing", "anjing", "humas", "pimpinan", "dinas", "badan", "usaha", "perusahaan", "merek", "merk",
	"penyakit", "hewan", "kecantikan", "lemon", "lime", "setia", "trainer", "instruktur", "mentor", "tutor", "terapis", "therapist",
	"stylist", "fotografer", "photographer", "desainer", "designer", "konsultan", "consultant", "kasir", "cashier",
	"pelayan", "waiter", "mandor", "tukang", "kepada", "prioritas", "premium", "vip", "loyal", "tetap", "reguler", "inf", "kav", "arh", "czi", "cpm", "ckm", "pnb", "adm", "kes", "cantik", "ganteng", "manis", "sayang", "cakep", "cantiq", "kece", "kesayangan",
	"tersayang", "terhormat", "yth", "resepsionis", "receptionist", "kosong", "walk-in", "rt", "rw", "guru", "satpam", "kurir", "dokter", "lurah", "camat", "polisi",
	"bos", "boss", "admin", "min", "cs", "sopir", "supir", "ojol", "driver", "manager", "manajer",
	"direktur", "kades", "bidan", "perawat", "haji", "hajjah", "ustadz", "ustad", "ustaz", "kyai", "kiai",
	"pendeta", "romo", "pastor", "bupati", "gubernur", "menteri", "presiden", "dosen", "kepala",
	"ketua", "owner", "seller", "penjual", "pembeli", "customer", "kasir", "tukang", "mandor", "security",
	"teknisi", "montir", "sales", "marketing", "pegawai", "karyawan", "staf", "staff", "agen", "kades",
	"sekdes", "babinsa", "bhabinkamtibmas", "bhabin", "kadus", "kapolsek", "danramil", "kasi", "kasie", "kabid", "kadis", "tentara", "jaksa", "notaris", "pengacara", "apoteker", "mantri",
	"petugas", "operator", "supervisor", "spv", "team", "tim", "all", "semua", "sekalian", "yth",
	"pelanggan", "kurirnya", "gojek", "grab", "ojek", "office", "ob", "hrd", "hr", "finance", "support",
	"bapak", "ibu", "saya", "kami", "anda", "kamu", "the")

// abortWords after an honorific mean it was not an honorific at all: "Ibu Kota".
// So do the words that start an organisation's name: "Penerima: Gudang
// Cikarang", "From: Toko Sejahtera".
var abortWords = setOf("kota", "negara", "jari", "rumah", "tiri", "hamil", "mertua", "kandung",
	"toko", "gudang", "pt", "cv", "ud", "divisi", "kantor", "cabang", "koperasi", "yayasan", "rs",
	"klinik", "apotek", "sekolah", "warung", "restoran", "resto", "kafe", "cafe", "hotel", "bengkel",
	"mall", "pasar", "perusahaan", "company", "store", "shop", "official", "bagian", "departemen",
	// Teams, offices and groups that sign or receive a message: "Salam,
	// Tim CS", "Hormat kami,\nManajemen Hotel Melati", "Dear Valued
	// Customer", "Kepada: Seluruh Karyawan", "Penerima: Tim Produksi".
	"tim", "team", "management", "manajemen", "office", "department", "direksi", "panitia", "pengurus",
	"komite", "masjid", "musholla", "mushola", "gereja", "vihara", "pura", "klenteng", "kampus",
	"universitas", "university", "rsud", "puskesmas", "outlet", "warehouse", "seluruh", "semua", "para",
	"valued", "dear", "parents", "guys", "everyone", "all", "wali", "murid", "siswa", "karyawan", "staff",
	"front", "head", "main", "accounts", "reservations", "reservation", "admissions", "kitchen", "crew",
	"customer", "pelanggan", "menara", "gedung", "isi", "sesuai", "xxx", "tba", "anonim", "anonymous",
	"hamba", "jne", "jnt", "sicepat", "anteraja", "tiki", "wahana", "lalamove", "gosend", "grabexpress",
	"swastiastu", "sinar", "sehubungan", "bersama", "ninja", "paxel", "lion", "grab", "gojek", "shopee", "lazada",
	"tokopedia", "ybs", "express", "xpress", "insurance", "asuransi", "berkah", "barokah", "abadi", "sentosa")

// stopWords end a name. They are the function words and chat fillers that
// follow a name in Indonesian and English messages.
var stopWords = setOf("balik", "laki", "lelaki", "perempuan", "cowok", "cewek", "pola", "kunci", "mungkin", "apakah", "dimana", "semoga", "soalnya", "padahal", "namun", "selama", "ketika",
	"jika", "bila", "kalaupun", "ternyata", "biasanya", "sepertinya", "kayaknya", "kayanya",
	"lucu", "spesialis", "umum", "nasional", "gigi", "kandungan", "praktek", "praktik", "atas", "baik", "ramah", "sabar", "sibuk", "online", "offline",
	// Health, a vehicle's trouble and religious words, in title case too:
	// "Anak Saya Demam 3 Hari", "Maulid Nabi Muhammad SAW".
	"demam", "batuk", "pilek", "sakit", "pusing", "mual", "muntah", "diare", "bunyi", "mogok", "bocor", "nyeri", "gatal", "nabi", "rasul", "allah", "saw", "swt", "idul", "puasa", "ibadah", "maulid",
	// Common words of chat typed in title case ("Kak Konfirmasi Pesanan Ya",
	// "Saya Izin Tidak Masuk"), no name: not the colours and sizes, which
	// name places too ("Cempaka Putih", "Tanjung Panjang").
	"konfirmasi", "garansi", "estimasi", "warna", "ukuran", "pengiriman", "pesanan", "paket", "barang",
	"harga", "stok", "ongkir", "ditunggu", "dicek", "dibantu", "dimengerti", "diundang", "diambil",
	"dikabari", "titip", "jadwal", "kontrol", "rapat", "izin", "ambil", "kabari", "lakukan", "bicara",
	"kamar", "struk", "kue", "ready", "info", "promo", "diskon", "ongkos", "resi", "total", "refund",
	"retur", "tukar", "batal", "cancel", "jual", "sewa", "datang", "cepat", "lambat", "bekas",
	"original", "murah", "mahal", "jelek", "rusak", "cacat", "kurang", "lebih", "navy", "jumbo",
	"size", "model", "tipe", "bahan", "kualitas", "pengambilan", "pembayaran", "pengembalian",
	"penukaran", "pemesanan", "pembelian", "penjualan", "tagihan", "kwitansi", "nota", "jam", "menit",
	"lusa", "sehubungan", "bersama", "berikut", "terlampir", "mengetahui", "diketahui", "menyetujui",
	"kelas", "dan", "atau", "yang", "yg", "mau", "ingin", "pengen", "ya", "yah", "dong", "kak", "min", "sudah",
	"udah", "udh", "sdh", "belum", "blm", "tolong", "tlg", "mohon", "dari", "dr", "di", "ke", "untuk", "utk",
	"buat", "saya", "sy", "aku", "gue", "gw", "gua", "ini", "itu", "adalah", "ialah", "is", "and", "the",
	"from", "i", "im", "here", "nih", "sih", "kok", "juga", "jg", "lagi", "lg", "bisa", "bs", "boleh", "apa",
	"gimana", "gmn", "kapan", "berapa", "brp", "terima", "kasih", "makasih", "thanks", "thank", "halo",
	"hai", "hi", "hello", "selamat", "pagi", "siang", "sore", "malam", "no", "nomor", "pesan", "order",
	"beli", "tanya", "cek", "kirim", "transfer", "bayar", "sama", "dengan", "dgn", "pakai", "pake", "ok",
	"oke", "okay", "baik", "siap", "tapi", "tp", "karena", "krn", "kalau", "kalo", "klo", "sekarang",
	"skrg", "besok", "kemarin", "kmrn", "hari", "tadi", "dulu", "aja", "saja", "deh", "lah", "pun", "a",
	"an", "my", "your", "please", "pls", "plz", "will", "would", "can", "could", "has", "have", "had",
	"was", "were", "are", "am", "be", "to", "of", "in", "on", "for", "with", "at", "by", "as", "it",
	"this", "that", "he", "she", "they", "we", "you", "me", "him", "her", "them", "us", "our", "their",
	"his", "its", "not", "no", "yes", "iya", "gak", "ga", "nggak", "ngga", "enggak", "tidak", "tdk",
	"bukan", "jangan", "jgn", "akan", "sedang", "masih", "punya", "minta", "mengirim", "menerima",
	"terus", "trus", "langsung", "segera", "sebentar", "bentar", "tunggu", "nanti", "ntar", "sudah",
	"kenapa", "knp", "mana", "siapa", "bagaimana", "gitu", "begitu", "kayak", "kyk", "seperti", "banget",
	"bgt", "sangat", "sekali", "semua", "sampai", "sampe", "via", "lewat", "per", "tiap", "setiap", "rp",
	"wa", "hp", "email", "emailnya", "alamat", "alamatnya", "rek", "rekening", "nik", "ktp", "npwp",
	"said", "says", "told", "asked", "called", "sent", "paid", "wants", "needs", "just", "already",
	"also", "too", "very", "so", "then", "if", "when", "but", "or", "nya", "dapat", "dpt", "harus",
	"perlu", "jadi", "jd", "lalu", "habis", "abis", "baru", "lama", "sendiri", "mengatakan", "bilang",
	"katanya", "kata", "sebagai", "selaku", "pemilik", "ada", "tak", "team", "tim", "customer",
	"service", "cs", "admin", "support", "silakan", "silahkan", "mari", "ayo", "yuk", "coba", "kami",
	"kita", "anda", "kamu", "lo", "lu", "dia", "beliau", "mereka", "bapak", "ibu", "pak", "bu", "mas",
	"mbak", "regards", "salam", "hormat", "best", "sincerely", "cheers", "wassalam", "barusan",
	"ok", "sip", "mantap", "noted", "done", "good", "great", "nice", "sorry", "maaf", "permisi",
	"selesai", "berhasil", "gagal", "sukses", "lunas", "pending", "proses", "diproses", "dikirim",
	"diterima", "dibayar", "ditransfer", "kan", "sebelum", "sesudah", "setelah", "please", "thx", "loh", "lho", "kah", "tah", "pa", "bro", "sis", "gan", "yaa", "yaaa", "yuk", "tq", "makasi",
	"salah", "keliru", "ketik", "typo", "benar", "bener", "seharusnya", "harusnya", "ganti", "diganti", "wrong", "misspelled",
)

// addrWords continue an address span in any letter case.
var addrWords = setOf("no", "nomor", "nomer", "nmr", "blok", "blk", "rt", "rw", "kel", "kelurahan", "kec",
	"kecamatan", "kab", "kabupaten", "kota", "kodya", "kotamadya", "kode", "pos", "jl", "jln",
	"jalan", "gg", "gang", "desa", "ds", "dusun", "dsn", "kp", "kampung", "komp", "kompleks",
	"komplek", "perum", "perumahan", "apartemen", "apt", "tower", "lt", "lantai", "unit", "prov",
	"provinsi", "kav", "kavling", "ruko", "raya", "street", "st", "road", "rd", "ave", "avenue",
	"lane", "city", "district", "village", "province", "banjar", "nagari", "gampong", "lingkungan",
	"lingk", "link", "timur", "barat", "utara", "selatan", "tengah", "pusat", "dalam", "luar", "baru", "lama",
	"indah", "asri", "permai", "griya", "cluster", "residence", "regency", "green", "garden", "hills",
	"park", "village", "jaya", "makmur", "sejahtera", "gedung", "gd", "wisma", "menara", "plaza",
	"dukuh", "pedukuhan", "dk", "rukun", "tetangga", "warga", "kav.", "dki", "jakarta", "jabar",
	"jateng", "jatim", "diy", "bali", "ntb", "ntt", "no.", "i", "ii", "iii", "iv", "v", "vi", "x",
	"kamar", "kmr", "room", "kios", "km", "br", "jorong", "lorong", "lr", "lrg", "rue", "calle", "avenida", "strasse")

// addrAbbrev are abbreviations whose trailing dot does not end a sentence.
var addrAbbrev = setOf("jl", "jln", "gg", "no", "kel", "kec", "kab", "komp", "perum", "apt", "lt", "br",
	"kp", "ds", "dsn", "prov", "kav", "rt", "rw", "st", "rd", "ave", "blk", "gd", "dk", "lingk", "nmr",
	"kodya", "dr", "ir", "h", "hj", "ny", "tn", "sdr", "bpk", "lr", "lrg",
	// Titles in the names of streets: "Jl. Jend. Sudirman", "Jl. Letjen S.
	// Parman", "Jl. Prof. Dr. Soepomo", "Jl. K.H. Hasyim Ashari".
	"jend", "jen", "letjen", "mayjen", "brigjen", "kol", "laksda", "marsda", "prof", "drs", "kh",
	"tb", "hr", "ra", "mgr", "pdt", "kyai")

// capStop are capitalised words that start a new sentence rather than
// continue a name or an address.
var capStop = setOf("rapor", "raport", "rapot", "spp", "ukt", "polri", "tni", // a school's report and fees: "Rapor Qiandra Zahwa", "SPP Rizky Ananda"
	"samsung", "oppo", "xiaomi", "redmi", "vivo", "realme", "asus", "acer", "lenovo", "honda", "yamaha",
	"suzuki", "toyota", "daihatsu", "sharp", "polytron", "infinix", "nokia", "huawei", "poco", "iphone", "ipad", "macbook",
	"telkomsel", "indosat", "smartfren", "telkom", "pertamina", "gramedia", "alfamart", "indomaret", // firms people name
	"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday",
	"tolong", "terima", "mohon", "makasih", "thanks", "please", "kirim", "saya",
	"aku", "gue", "ya", "ok", "oke", "besok", "hari", "kalau", "kalo", "jadi", "dan", "atau", "yang",
	"untuk", "buat", "dengan", "sama", "tapi", "karena", "sudah", "udah", "belum", "mau", "bisa", "apa",
	"berapa", "kapan", "gimana", "nanti", "sekarang", "salam", "regards", "hormat", "terimakasih",
	"thank", "the", "and", "please", "will", "my", "i", "we", "you", "he", "she", "it", "is", "are",
	"was", "be", "do", "does", "did", "can", "if", "then", "also", "rp", "idr", "total", "order",
	"invoice", "pesanan", "nomor", "no", "email", "hp", "wa", "telp", "nik", "ktp", "npwp", "pin",
	"password", "otp", "bpjs", "paspor", "passport", "alamat", "address", "transfer", "bayar",
	"rek", "rekening", "bank", "va", "kode", "sku", "qty", "harga", "ongkir", "diskon", "promo",
	"kak", "min", "pak", "bu", "mas", "mbak", "bapak", "ibu", "halo", "hai", "hi", "hello", "selamat",
	"via", "ttl", "tgl", "tanggal", "lahir", "di", "ke", "dari", "pada", "sejak", "sampai",
	// The first words of what customers paste after "kak": a notice, a
	// receipt, a report ("ya kak Rekap transaksi counter …", "halo kak
	// Riwayat Pengiriman SPX…", "kak ALFAMART CIKARANG 94 …").
	"rekap", "rekapan", "error", "lokasi", "riwayat", "spesifikasi", "cashback", "packing", "bus", "status",
	"detail", "rincian", "ringkasan", "voucher", "menu", "katalog", "lowongan", "pengumuman", "daftar",
	"update", "notifikasi", "pemberitahuan", "laporan", "data", "list", "pricelist", "disewakan", "dijual",
	"hasil", "bukti", "screenshot", "alfamart", "alfamidi", "indomaret", "toserba", "hypermart", "superindo",
	"transmart", "carrefour", "ramayana", "gerai", "surat", "kutipan", "formulir", "slip")

// unitWords after a number say what it counts, so "gang 3 kanan" is a
// way and "perumahan 3 unit" a count, not an address.
var unitWords = setOf("unit", "units", "km", "meter", "m", "malam", "hari", "bulan", "minggu", "tahun",
	"jam", "menit", "kamar", "orang", "pcs", "kali", "buah", "rumah", "kanan", "kiri", "lagi", "nights",
	"night", "days", "day", "months", "rooms", "bedroom", "people", "minutes", "min", "mnt", "dari")

// plateRegions are the letter prefixes of Indonesian plates (TNKB).
var plateRegions = setOf("B", "A", "D", "F", "E", "T", "Z", "AA", "AD", "G", "H", "K", "R", "AB", "L",
	"M", "N", "P", "S", "W", "AE", "AG", "DK", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM",
	"BN", "BP", "DA", "KB", "KH", "KT", "KU", "DB", "DD", "DL", "DM", "DN", "DT", "DC", "DP", "DE",
	"DG", "DH", "DR", "EA", "EB", "ED", "PA", "PB", "PG", "PS", "PT", "PY", "CD", "CC") // DR: Lombok

// plateRegionTab holds plateRegions by letters: [first][second], with
// second 26 for a one-letter region. plate asks for every one- or
// two-letter capitalised word, so it avoids a map lookup.
var plateRegionTab = func() (t [26][27]bool) {
	for r := range plateRegions {
		if len(r) == 1 {
			t[r[0]-'A'][26] = true
		} else {
			t[r[0]-'A'][r[1]-'A'] = true
		}
	}
	return t
}()

// isPlateRegion reports whether w is in plateRegions.
func isPlateRegion(w string) bool {
	switch {
	case len(w) == 1 && isUpper(w[0]):
		return plateRegionTab[w[0]-'A'][26]
	case len(w) == 2 && isUpper(w[0]) && isUpper(w[1]):
		return plateRegionTab[w[0]-'A'][w[1]-'A']
	}
	return false
}

// monthNames maps Indonesian and English month names and abbreviations.
var monthNames = map[string]int{
	"januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2, "pebruari": 2, "peb": 2,
	"maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6,
	"jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8,
	"aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
	"oct": 10, "october": 10, "november": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12,
	"dec": 12, "december": 12,
	// Chat's misspellings: "lhr 3 agsts 2023", "12 juny", "5 febuari".
	"agsts": 8, "agts": 8, "agust": 8, "juny": 6, "febuari": 2, "febr": 2, "januri": 1, "septembr": 9, "oktbr": 10, "novembr": 11, "desembr": 12,
}

// givenNames is a small gazetteer of common Indonesian given names, used only
// to accept a lowercase name after an honorific ("pak budi"), where a
// capital letter is missing.
var givenNames = setOf(
	// More common given names a leak hunt of chat typed in lowercase
	// found unknown (session 27).
	"sekar", "galang", "kinan", "lintang", "nayaka", "lidya", "aiden", "dodo", "aqsha", "qiandra", "zahwa", // session 29, a hunt of schools' chat
	"rahmi", "ulfa", "sutarmi", "samsudin", "darmaji", "yudhi", "rangga", "muhamad", "mohamad", "mochamad", "mochammad", "muchamad", // and of finance's
	"ipul", "dita", "marsono", "kimberly", "tari", // and of e-commerce's
	"sonya", "margareth", "mardi", "tio", "akbar", "sasa", "tiwi", "feri", "theo", "meli", "yenny", // session 30, hunts of community, automotive and hospitality chat
	"nana", "fina", "jeje", "adinda", // and of social media's
	"robby", "mansur", "sukaesih", "rumini", // and of legal and recruitment chat
	"wahyudi", "yosep", "januarius", "tejo", "hatta", "bimo", "mikha", "lionel", // and of logistics and leisure
	"marni", "rohani", "sumarsih", "trisna", "sarmin", "sandy", "ibnu", // and of slang
	"cut", // Aceh's noblewoman's title, a word of her name: "Cut Rahmi Ulfa"; a word too (see lowerWordAmbiguous)
	"melisa", "wening", "wilson", "meyke", "tommy", "tyas", "reno", "beni", "endah", "arman", "sanusi", "karyati", "maemunah", "tarmiji", "keenan", "keisya", "suryadi", "rusdi", "diana", "fani", "yesi", "alfian", "aris", "nando", "randi", "satrio", "septian", "prasetyo", "rahmadi", "sugianto", "susilo", "triyono",
	// Names of the foreigners who write in: expats, tourists, students
	// (session 27, from a leak hunt in English).
	"camille", "lauren", "klaus", "mark", "diego", "mateus", "chiara", "giulia", "hugo", "dimitri", "aarav", "nisha",
	"brigitte", "gordon", "ingrid", "sienna", "helena", "matteo", "luca", "francesca", "alessandro", "giovanni",
	"lorenzo", "valentina", "martina", "federico", "andrea", "pierre", "louis", "antoine", "nicolas", "julien",
	"mathieu", "manon", "amelie", "celine", "sebastien", "francois", "etienne", "benoit",
	"juergen", "wolfgang", "dieter", "helmut", "gerhard", "stefan", "jonas", "maximilian", "niklas",
	"leonie", "jana", "katrin", "sabine", "ursula", "heike", "willem", "bram", "femke", "anouk", "sofie",
	"maarten", "joost", "carlos", "javier", "alejandro", "pablo", "miguel", "juan", "luis", "sergio",
	"raul", "lucia", "carmen", "isabel", "marta", "paula", "joao", "pedro", "tiago",
	"bruno", "thiago", "mariana", "beatriz", "camila", "larissa", "dmitri", "dmitry", "sergei", "sergey",
	"alexei", "alexey", "andrei", "andrey", "vladimir", "ekaterina", "tatiana", "svetlana", "irina", "rohan",
	"sanjay", "sunil", "ravi", "rajesh", "suresh", "pooja", "neha", "divya", "kavya", "ananya", "shreya", "sota",
	"yuto", "hiroki", "daiki", "ryota", "yuna", "haruka", "jiho", "minjun", "seojun", "hyun", "jiwoo", "seoyeon",
	"jiyeon", "minji", "soyeon", "eunji", "lachlan", "archie", "flynn", "matilda", "evie", "ashley", "brittany",
	"megan", "lindsay", "kelsey", "hailey", "tyler", "kyle", "brandon", "justin", "connor", "sean", "shane",
	"declan", "niamh", "siobhan", "aoife", "ciara", "stephanie", "katherine", "alexandra", "arthur", "frederick",
	"youssef", "tariq", "hassan", "leila", "yasmin",
	"sophie", "claire", "greg", "lucas", "ethan", "mia", "noah", "liam", "ava", "isabella", "oliver", "harry", "charlie", "chloe", "lily", "zoe", "ella", "jacob", "benjamin", "matthew", "anne", "laura", "julia", "lucy", "kate", "katie", "nisa", "fika", "winarti", "dika", "suwarni", "wagimin",
	// More, from the regions and faiths of the country (session 15): names
	// the leak hunt found unknown.
	"ferdinand", "stefani", "yosephine", "handoko", "supriyadi", "suwarno", "supriadi", "sugeng", "sutarno",
	"suparno", "suharti", "sumiati", "sulastri", "wahyuni", "purwanto", "haryanto", "heriyanto", "mulyadi",
	"mulyono", "priyanto", "suyanto", "widodo", "yulianto", "rudianto", "budiman", "budianto", "hariyadi",
	"kusnadi", "darsono", "tukimin", "dede", "cucu", "yayat", "dadan", "deden", "togar", "ucok", "butet",
	"maruli", "hotman", "tigor", "sahat", "poltak", "syafrizal", "afrizal", "yusrizal", "zulfikar", "irwandi",
	"hendri", "kadek", "yosef", "petrus", "paulus", "markus", "yakobus", "matius", "stevanus", "agnes",
	"yohana", "debora", "magdalena", "antonius", "ignatius", "yulius", "kristian", "christian", "kristina",
	"veronika", "abdul", "abdullah", "aziz", "faisal", "hamzah", "hasanah", "husna", "ismail", "kamal",
	"latifah", "maulana", "nabil", "rahman", "ridho", "salman", "sholeh", "sulaiman", "syarif", "yahya",
	"zaenal", "zainab", "aminah", "halimah", "hasnah", "rukmini", "maimunah", "nurhaliza", "rahmawati",
	"anggraini", "puspitasari", "permatasari", "kartini", "mulyani", "susilawati", "herlina", "yuliana",
	"nurhayati", "rafi", "raka", "daffa", "alif", "arya", "fadil", "farel", "keisha", "kirana", "nayla",
	"naura", "azzahra", "alya", "shinta", "winda", "andika", "andreas", "iqbal", "riska", "siska", "amelia",
	"aurelia", "yoga", "agustinus", "benediktus", "dimas", "fadhil", "hafiz", "ilyas", "rendy", "reza",
	"budi", "siti", "agus", "dewi", "andi", "rina", "sri", "eko", "wati", "yusuf",
	"ahmad", "muhammad", "putri", "dian", "rizki", "rizky", "fitri", "joko", "bambang", "hendra",
	"indra", "wahyu", "nur", "ayu", "rudi", "dedi", "yanti", "lestari", "hadi", "slamet", "teguh",
	"sari", "nina", "lina", "tono", "tini", "anton", "rahmat", "arif", "ari", "fajar", "dimas",
	"bayu", "galih", "gilang", "reza", "fauzi", "hasan", "husein", "ilham", "irfan", "iwan", "jaka",
	"kevin", "kurnia", "lukman", "made", "ketut", "nyoman", "wayan", "komang", "putu", "gede", "luh", "nengah", "arjuna", "nakula", "sadewa", "kenta", "aiko", "haruki", "akira", "anneke", "piotr", "agnieszka", "elif", "alexandre",
	"mega", "nanda", "novi", "nia", "ratna", "rini", "santi", "susi", "tuti", "umar", "vina", "wulan",
	"yoga", "yudi", "zainal", "asep", "ujang", "cecep", "dadang", "euis", "neneng", "nining", "ucup",
	"bowo", "heru", "wawan", "yayan", "darmawan", "kusuma", "siregar", "nasution", "lubis", "harahap",
	"sinaga", "simanjuntak", "pohan", "ginting", "tarigan", "sembiring", "wijaya", "santoso",
	"gunawan", "setiawan", "pratama", "saputra", "hidayat", "nugroho", "susanto", "halim", "tan",
	"lim", "liem", "wong", "angela", "michael", "stefanus", "yohanes", "maria", "theresia", "fransiska",
	"ani", "anisa", "annisa", "aisyah", "fatimah", "khadijah", "zahra", "nabila", "salsabila", "intan",
	"citra", "dinda", "laras", "maya", "mira", "okta", "prima", "ratih", "sinta", "tiara", "yuni",
	"adi", "aditya", "angga", "ardi", "bagus", "catur", "dwi", "tri", "eka", "firman", "guntur",
	"haris", "imam", "jefri", "krisna", "lutfi", "mahmud", "nanang", "oki", "panji", "rama", "sandi",
	"taufik", "udin", "very", "wisnu", "yogi", "zaki", "robert", "johan", "david", "daniel", "samuel",
	"jessica", "grace", "natalia", "cindy", "vivi", "melati", "kartika", "rosa", "linda", "susanti",
	"rosalina", "dhea", "andini", "yayuk", "cheryl", "febe", "meilani", "thalita", "nathanael", "charlotte",
	"lestiani", "suherman", "acong", "salsa", "juwita", "ajeng",
	"hartono", "sutrisno", "suparman", "sumarni", "sukarti", "paijo", "painem", "tukiyem", "darmi",
	// More of the common given names of Indonesia, so that a name typed in
	// lowercase after "pak" or "a.n." is still found.
	"nadia", "nadya", "lukas", "khairul", "dodi", "doni", "dani", "andri", "andre", "agung", "anita",
	"bima", "desi", "dina", "edi", "endang", "erna", "evi", "fadli", "fahmi", "farhan", "ferry",
	"fikri", "hana", "hanif", "hendro", "ika", "irma", "jamal", "lia", "nita", "nurul", "rahma",
	"rani", "rendi", "rian", "riko", "rio", "rita", "rizal", "roni", "sigit", "tika", "utami",
	"wahid", "widya", "yani", "yuli", "indah", "agustina", "rudy", "hendrik", "stevan", "yosua",
	"ronald", "wendy", "felix", "kevin", "ivan", "hengki", "fransiskus", "benny", "yulia", "sisca",
	"meliana", "wulandari", "novita", "puspita", "handayani", "rahayu", "kurniasih", "suryani",
	"hidayati", "syahputra", "ramadhan", "kurniawan", "irawan", "hermawan", "setiadi", "wibowo",
	"purnomo", "suharto", "sudarsono", "munir", "nasir", "ridwan", "syaiful", "zulkifli", "arief",
	"fauzan", "bagas", "erlangga", "irawati", "marlina", "nugraha", "purnama", "oktaviani", "januar",
	"hanafi", "larasati", "nengsih", "cahya", "gita", "citra",
	"salma", "bella", "hartini", "sulis", "raffa", "raisa", "aldo", "yuda", "fitria", "novia", "septi",
	"dewanti", "aulia", "syifa", "nadira", "kayla", "alisha", "adit", "rehan", "fajri", "ikhsan", "indri",
	"wiwik", "yati", "tutik", "darto", "karno", "mamat", "lilis",
	"clarissa", "felicia", "gracia", "jesslyn", "angeline", "kezia", "nathania", "jovita", "celine", "stefanie",
	"meylani", "arsyila", "fenny", "oktavia", "hendrawan", "hilda", "cahyono", "dafa", "raffi", "vania", "keyla",
	"zaskia", "nabilah", "syakira", "alfin", "azka", "rara", "kiki", "yudha", "aurel", "eni",
	"frans", "tobing", "hutapea", "situmorang", "simatupang", "pardede", "manurung", "sitompul", "hutagalung",
	"silalahi", "napitupulu", "sihombing", "marpaung",
	"joshua", "abigail", "fathan", "fayza", "tasya", "ocha", "yosafat", "debby", "ruth", "vita", "yosi", "andra",
	"sherly", "hendy", "imel", "tiurma", "lamhot", "stevani", "sutiyem", "paimin", "sarwono", "kenzo", "naufal",
	"danang", "yanto", "imas", "devi", "atun", "sanip", "melinda", "ardiansyah", "firmansyah", "karsinah",
	"sumarto", "ernawati", "viona", "rosmawati", "paramitha", "kalsum", "jerry", "alexander", "yuliani",
	// Chinese-Indonesian family names (see chineseNameEnd):
	"tjhin", "oey", "oei", "kwee", "tjoa", "tjan", "gouw", "thio", "khoe", "liauw", "njoo", "tjong", "goei", "tjia",
	"siauw", "lauw", "tjio", "phang", "liong", "lie", "kho", "yap", "bong", "ong",
	// Names the sixteenth hunt found missing:
	"sukirman", "irwan", "suryanto", "salwa", "silvia", "sylvia", "gabriel", "tegar", "iis", "ricky",
	// Foreign names the fifteenth hunt found missing (guests, expats):
	"alice", "marcus", "jamie", "jose", "aini",
	"kim", "lee", "choi", "jung", "yoon", "jang", "kwon", "hwang", "ahn", "shin", "seo", "takahashi", "tanaka",
	"watanabe", "yamamoto", "nakamura", "kobayashi", "yoshida", "yamada", "sasaki", "ikeda", "hashimoto",
	"hiroshi", "kenji", "akiko", "yuki", "haruto", "kaito", "takeshi", "chen", "wang", "zhang", "liu", "huang",
	"zhao", "zhou", "xu", "zhu", "guo", "luo", "liang", "wei", "jia", "hui", "ming", "xiao", "ahmed",
	"mohammed", "mohamed", "hussein", "khalid", "saeed", "omar", "ali", "fatima", "aisha", "noura", "layla",
	"yousef", "fahad", "saud", "karim", "nasser", "haddad", "khalil", "arjun", "mehta", "sharma", "gupta",
	"anil", "deepak", "sunita", "reddy", "ramesh", "iyer", "nair", "priyanka", "rahul", "amit", "vikram",
	"anjali", "kumar", "singh", "patel", "turner", "nilsson", "marco", "bianchi", "pieter", "kwame", "mensah",
	"natalie", "brooks", "alistair", "margaret", "sven", "andersson", "hannah", "schneider", "rebecca", "walsh",
	"nikolai", "ivanov", "lars", "eriksen", "lawson", "gonzalez", "ramirez", "horvat", "kowalski", "henderson",
	// Common English and other given names that customers here also carry
	// or write to: "deliver to Sarah", "his PA, Jenny".
	"sarah", "john", "jenny", "mike", "tom", "james", "peter", "paul", "anna", "emily", "olivia",
	"sophia", "emma", "william", "richard", "thomas", "andrew", "steven", "stephen", "christopher",
	"jason", "ryan", "eric", "brian", "kelly", "amanda", "jennifer", "lisa", "nancy", "susan", "helen",
	"rachel", "priya", "christina", "patricia", "elizabeth", "catherine", "joseph", "george", "edward",
	"henry", "charles", "alex", "alexander", "jonathan", "nathan", "vincent", "victor", "martin",
	"albert", "jessie", "stella", "clara", "vanessa", "veronica", "monica", "angelina", "michelle",
	// Javanese given names of the older generation, as rosters of a
	// village, a factory or a pension list them (hunt 17: "…, Paiman, Sukarti").
	"paiman", "wagiyo", "ngatini", "sutini", "sukirno", "ngadiman", "parmin", "tarno", "suparmi", "sarmi",
	"tumini", "sukinah", "wartini", "ponirah", "tukinem", "sainem", "ngadinem", "suminah", "karto", "sarijo",
	"parjo", "tukijo", "sukijan", "wakijan", "suratmi", "suyatmi", "ngatiyem", "poniyem", "sarinah", "juminten",
	"sukiyem", "rubiyem", "samijo", "wakiyem", "sutarni", "sugiyono", "sugiarto", "sukardi", "sumardi",
	"sumarno", "sumini", "suprapto", "suprihatin", "sutinah", "tukiman", "tugiman", "tugiyo", "tumiyem",
	"wagino", "wagini", "wakidi", "warsito", "warsini", "wijiyanto", "ngatijo", "ngatimin", "ngadiyo",
	"ngadino", "ngatirah", "ngatinem", "parsini", "parsiyem", "painah", "paidi", "poniman", "ponijan", "prapto",
	"sardi", "sarmini", "sarno", "satinah", "sodikin", "sukimin", "sukino", "sukiyo", "sularno", "sulistyo",
	"sumadi", "sumarsono", "sumirah", "sundari", "sunarti", "sunarto", "supardi", "suparti", "supini",
	"suratno", "surip", "surono", "sutardi", "sutarjo", "sutejo", "suwarto", "suwito", "tarmin", "tarmuji",
	"tarsih", "tukirah", "warsidi", "waginem", "wagirah", "yatmi", "yatno", "karsih", "kasmini", "kasiyem",
	"kasmo", "kasno", "legiman", "legimin", "lasmi", "lasiyem", "marsini", "marsiyem", "marto", "mujiyem",
	"mukidi", "muklis", "mursid", "mursidah", "narni", "narto", "ngasiran", "ngatmin", "ngatono", "paijem",
	"painten", "pairah", "pariyem", "parni", "partini", "partinah", "rasmini", "ratmi", "ratno", "sadiyem",
	"sagiyem", "saijo", "saimin", "samini", "sanem", "sardjo", "sariyem", "sarpin", "sartini", "siyem",
	"sukarni", "sumiyem", "sunarsih", "supiyah", "surtini", "tamini", "tasmini", "tukiyo", "tumirah", "tuminah",
	"wagiman", "warni", "waskito", "watini", "yatinah",
	// Given names of Papua, Maluku and Nusa Tenggara, most of them
	// Christian (hunt 17: "Yohanis Wenda 0896…").
	"yohanis", "marthen", "yakob", "nikolas", "yance", "obed", "elias", "daud", "simon", "habel", "melkior",
	"oktovianus", "welem", "yermias", "korneles", "yunus", "septinus", "yustinus", "kornelius", "adolf",
	"fredrik", "semuel", "mathias", "matias", "aleksander", "albertus", "alfons", "arnold", "bernadus",
	"bonifasius", "dominggus", "elisa", "esau", "ferdinandus", "gerson", "imanuel", "isak", "yulianus",
	"yeremias", "yoel", "yosias", "marthinus", "marselinus", "melianus", "otniel", "paulinus", "piter",
	"rudolf", "seprianus", "silas", "tobias", "wellem", "yafet", "yesaya", "yonatan", "zakarias", "yosina",
	"martha", "naomi", "elisabeth", "margaretha", "selvi", "serli", "meri",
	// Sundanese given names, as "teh", "euceu" and "kang" precede them
	// ("teh Ririn mau tanya").
	"ririn", "enok", "kokom", "enung", "entin", "titin", "yayah", "elis", "tati", "popon", "eneng",
	"oneng", "ijah", "ikah", "icih", "ocoh", "imas", "iis", "lilis", "yati", "eti", "enih",
	"onah", "iyah", "atikah", "tuti", "dedeh", "yoyoh", "nunung", "cicih", "herman", "sitti", "hermanto",
	// Given names of the children and young adults of today, as parents
	// and schools write them ("mamanya aira", "jemput syifa").
	"aira", "gaby", "teddy", "yunita", "dion", "arkan", "zidan", "rafa", "athaya", "khanza", "qiana",
	"alesha", "nadhira", "zahira", "shakila", "keysha", "nasya", "aqila", "syakila", "adiba",
	"humaira", "alifa", "gibran", "abizar", "arsyad", "elvano", "kenan", "rayyan", "sakha", "zayyan",
	"barra", "haikal", "hafidz", "ihsan", "rafif", "zaidan", "zafran", "yusril", "alvaro", "kenzie",
	"arsen", "devano", "evan", "gavin", "jovan", "kenneth", "leon", "reyhan", "wildan", "yazid",
	"azzam", "fadlan", "ghani", "hilmi", "irsyad", "luthfi", "mirza", "rasya", "syauqi", "tsabita",
	"ulya", "wafa", "yumna", "zalfa", "alika", "amira", "anindya", "balqis", "calista", "delisha",
	"elvina", "fayola", "ghina", "inara", "jihan", "kanaya", "kiara", "kinanti", "lubna", "mikayla",
	"naila", "nayra", "queena", "rania", "shafa", "shakira", "talita", "fira", "tania", "dodit",
	"ferdi", "juned",
	// Session 23, from hunt 22's leaks and common names it showed missing.
	"darren", "dylan", "natasya", "heri", "rusli", "joni", "meiliana", "suhendar", "fatma", "hengky", "lenny",
	"mukhlis", "rasyid", "hafizah", "anggi", "markonah", "icha", "vivian", "widyaningsih", "hasani", "alvin",
	"anastasia", "aprilia", "aryo", "astuti", "cahyo", "candra", "cornelius", "danu", "deni", "diah", "elvira",
	"emil", "erik", "febri", "franky", "hani", "lusi", "riana", "rico", "risa", "syahrul", "tina", "toni",
	"vera", "cecilia", "gregorius", "matheus", "aldi", "faris",
	// Session 25: more of the children's names of the last twenty years
	// ("Najwa dan Nizam hari ini tidak masuk").
	"najwa", "najla", "khalisa", "adzkia", "ghania", "qeisha", "hilya", "syafa", "aliya", "almira", "arumi",
	"aruna", "assyifa", "audrey", "azkia", "bilqis", "callista", "chayra", "dzakira", "falisha", "farzana",
	"hafsah", "hanifa", "hasna", "kaila", "khaira", "latisha", "maryam", "nafisa", "nasywa", "nazwa", "nuha",
	"qaireen", "qanita", "queenza", "rayya", "sabira", "safira", "shabira", "shanum", "syahira", "syaqila",
	"zafira", "zhafira", "zivanna", "zoya", "zulfa", "nizam", "nizar", "rizqi", "shaka", "nadhif", "alby",
	"ghazi", "afif", "afkar", "alfarizi", "arshaka", "arsenio", "athar", "azriel", "bilal", "dzaky", "faeyza",
	"faiz", "fathir", "fatih", "ghifari", "hafizh", "haidar", "izzan", "kaivan", "khalif", "lutfan", "nabhan",
	"qais", "raihan", "rayhan", "razka", "sabian", "shakeel", "shidqi", "tsaqif", "zayn", "zhafran", "zidane",
	"zufar",
	// Hunt 30: Christian and Western given names of Indonesians, and names
	// it showed missing ("Timothy (ortu: …)", "mommy-nya Jayden").
	"timothy", "bryan", "gerald", "jayden", "angelica", "nathaniel", "josephine", "jeremy", "jeremiah",
	"jocelyn", "kelvin", "lydia", "marcel", "marcellino", "melvin", "nicholas", "nicole", "sharon", "shirley",
	"tiffany", "zefanya", "anthony", "beatrice", "bernard", "calvin", "charlene", "daniella", "elena", "ellen",
	"erick", "evelyn", "fernando", "gabriella", "hans", "ivana", "jacqueline", "jane", "janice", "jeffrey",
	"julian", "juliana", "karen", "karina", "kathleen", "leonardo", "madeline", "marvin", "maxwell", "melissa",
	"nadine", "natasha", "niko", "priscilla", "raymond", "sandra", "sebastian", "sofia", "steffi", "theodora",
	"elsa", "attar", "cahyati", "meutia", "aep", "masitah", "suwarjono", "fiona", "rafael", "keanu",
	"karin", "wati", "sumiati", "sapto", "meyliana", "lusiana", "nurlela", "sutarno", "hendrawan", "vina", "adelia", "jesica")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
