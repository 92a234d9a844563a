package redact

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Options configures a Redactor.
type Options struct {
	// Dictionary holds one business's known customers, employees and
	// vendors; their names, phones and e-mails are always found. Optional.
	Dictionary *Dictionary
}

// Redactor finds personal data. Its configuration is fixed by New; it is
// safe for concurrent use (it keeps a spare scanner, taken by one call at
// a time).
type Redactor struct {
	dict *Dictionary
	// starts has a bit (kwBloomBit of the wordHash) for every keyword and
	// every first word of a dictionary name: the word loop's one test for
	// a word that may start something.
	starts *[1024]uint64

	// spare is a scanner kept between calls, used by the call that holds
	// busy: taking it (CompareAndSwap) and giving it back (Store) cost an
	// atomic instruction each, where sync.Pool's Get and Put cost about
	// 150 instructions a call. A call that finds it taken, by a call
	// running at the same time, uses scannerPool. The padding keeps their
	// cache line, written by every call, away from the fields above, read
	// by every call. Unlike a pooled one, the spare is not dropped by the
	// garbage collector: its slabs, and the texts their entities point
	// into, live until later calls replace them (see entities).
	_     [64]byte
	busy  atomic.Bool
	spare *scanner // read and written only by the call that holds busy
	_     [48]byte
}

// New returns a Redactor. The Dictionary, if any, must not be changed
// afterwards.
func New(opts Options) *Redactor {
	r := &Redactor{dict: opts.Dictionary, starts: &startBloom}
	if d := opts.Dictionary; d != nil {
		b := startBloom
		for h := range d.names {
			bloomAdd(&b, h)
		}
		for k := range d.multi {
			bloomAdd(&b, uint32(k>>32))
		}
		r.starts = &b
	}
	return r
}

// span is an entity in normalized coordinates. Its kind is an index, not
// a Kind: a span then holds no pointer, so that recording one in the
// scanner's buffer costs no write barrier while the garbage collector
// marks, and Redact finds a value's kind in the Vault without hashing
// the Kind's name.
type span struct {
	kind       kindIdx
	start, end int
}

// kindIdx is a Kind's index in Kinds or, from numKinds on, numKinds plus
// its index in the Dictionary's other kinds (Dictionary.others). For one
// of the Kinds it is also the Vault's kind index (see Vault.counts).
type kindIdx uint32

// builtinKind returns the kindIdx of k, which must be one of the Kinds:
// the scanner's detectors report nothing else (the Dictionary's names
// carry their kindIdx).
func builtinKind(k Kind) kindIdx {
	return kindIdx(kindSlots[kindHash(k)] - 1)
}

// nikIdx is NIK's kindIdx, which addIdx compares with every entity's.
var nikIdx = builtinKind(NIK)

// personIdx is Person's kindIdx; phoneIdx, emailIdx and secretIdx those
// of Phone, Email and Secret.
var personIdx, phoneIdx, emailIdx, secretIdx = builtinKind(Person), builtinKind(Phone), builtinKind(Email), builtinKind(Secret)

// govIdx is GovID's kindIdx; bankIdx, vaIdx BankAccount's and VA's;
// addrIdx Address's.
var govIdx, bankIdx, vaIdx, addrIdx = builtinKind(GovID), builtinKind(BankAccount), builtinKind(VA), builtinKind(Address)

var passportIdx, handleIdx, cardIdx, dobIdx = builtinKind(Passport), builtinKind(Handle), builtinKind(Card), builtinKind(DOB)

// dictLonger lets a dictionary name reach past a name a keyword's reader
// found, when the name is the start of the dictionary's: "cust BUDI
// RAHAYU DRA komplain" for the customer Budi Rahayu Dra. It returns the
// end of what was read, end or later.
func (sc *scanner) dictLonger(end int) int {
	n := len(sc.ents)
	if n == 0 || sc.ents[n-1].end != end || sc.ents[n-1].kind != personIdx {
		return end
	}
	s, st := sc.s, sc.ents[n-1].start
	if !isLetter(s[st]) {
		return end
	}
	we, h, _ := wordAt(s, st)
	if !sc.r.dict.mayStart(h) {
		return end
	}
	e := sc.dictMatch(st, we, lowerWord(sc.buf[:], s, st, we), h)
	if e <= 0 {
		return end
	}
	sc.ents = sc.ents[:n]
	if e > end {
		sc.ents[n-1].end = e
		sc.entEnd = max(sc.entEnd, e)
		return e
	}
	return end
}

// kindName returns the Kind of kind index ki.
func (r *Redactor) kindName(ki kindIdx) Kind {
	if ki < numKinds {
		return kindNames[ki]
	}
	return r.dict.others[ki-numKinds]
}

// Detect returns the personal data in text, ordered by Start and never
// overlapping. It allocates nothing when it finds nothing.
func (r *Redactor) Detect(text string) []Entity {
	sc := r.getScanner()
	ents := r.detect(sc, text)
	r.putScanner(sc)
	return ents
}

// detect is Detect with the scanner sc. Redact has its own copy of the
// loop below, which sets the placeholders as it goes.
func (r *Redactor) detect(sc *scanner, text string) (ents []Entity) {
	n := normalized{s: text} // normalize, without its call for plain ASCII
	if !isASCII(text) {
		n = normalizeText(text)
	}
	spans := sc.run(r, n.s)
	if len(spans) > 0 {
		ents = sc.entities(len(spans))
		mk := 0 // a cursor for orig
		for i, sp := range spans {
			// Field by field: the entities are zero, and a whole Entity
			// stored at once goes through the runtime's bulk write
			// barrier while the garbage collector runs.
			s, e := n.orig(sp.start, &mk), n.orig(sp.end, &mk)
			en := &ents[i]
			en.Kind, en.Start, en.End, en.Value = r.kindName(sp.kind), s, e, text[s:e]
		}
	}
	return ents
}

// entitySlab is how many entities a scanner carves from one allocation:
// 107 of them and the runtime's eight-byte header for an object with
// pointers fit the 6,912-byte size class. Its spans hold seven objects in
// 48 KB, where the 4 KB class's hold two in 8 KB: the allocator fetches a
// fresh span for every seventh slab, not every second; in a profile of
// Redact, fetching spans was about half of what allocating slabs cost.
const entitySlab = 107

// maxCarved is the most entities a result carved from a slab may hold.
const maxCarved = 15

// entities returns a slice of n zero entities for detect to fill. A small
// result is carved from the scanner's slab, one allocation for many texts
// instead of one per text; its capacity is its length, so a caller's
// append never reaches a neighbour. The price is that a slab, and the
// texts its values point into, lives until every result carved from it
// and the pooled scanner have gone (about 7 KB per scanner).
func (sc *scanner) entities(n int) []Entity {
	if n > maxCarved {
		return make([]Entity, n) // a large result has an allocation of its own
	}
	if n > cap(sc.slab)-len(sc.slab) {
		sc.slab = make([]Entity, 0, entitySlab) // the rest of the old one is lost
	}
	k := len(sc.slab)
	sc.slab = sc.slab[:k+n]
	return sc.slab[k : k+n : k+n]
}

// outputSlab is the size of the buffer a scanner builds Redact's outputs
// in, one after another; a larger output has a buffer of its own.
const outputSlab = 4096

// output returns the scanner's output slab with room for size more bytes,
// a fresh one when the old one is full. Redact appends an output to it and
// keeps the bytes it appended as a string (see redactedString): like a
// strings.Builder, the slab is only ever appended to, so that bytes handed
// out are never written over, and an output keeps the slab, and the other
// outputs in it, alive.
func (sc *scanner) output(size int) []byte {
	if cap(sc.out)-len(sc.out) < size {
		sc.out = make([]byte, 0, outputSlab)
	}
	return sc.out
}

// scannerPool recycles scanners with their span buffers and their entity
// and output slabs: a scanner is a few hundred bytes of scratch space that
// would otherwise be zeroed on every call, and Detect and Redact then
// allocate only when a slab runs out (or for a large result).
var scannerPool = sync.Pool{New: func() any { return &scanner{ents: make([]span, 0, 8)} }}

// getScanner returns r's spare scanner, or one from the pool when a call
// running at the same time has it.
func (r *Redactor) getScanner() *scanner {
	if r.busy.CompareAndSwap(false, true) {
		if r.spare == nil {
			r.spare = &scanner{spare: true, ents: make([]span, 0, 8)}
		}
		return r.spare
	}
	return scannerPool.Get().(*scanner)
}

// putScanner gives back r's spare scanner, or returns sc to the pool,
// dropping buffers grown by a huge text.
func (r *Redactor) putScanner(sc *scanner) {
	huge := cap(sc.ents) > 1024 || cap(sc.pre) > 1024 || cap(sc.words.words) > 4096
	if sc.spare { // r's, and the caller holds busy
		// The spare keeps its text until the next call: clearing it
		// would cost a write barrier while the garbage collector marks,
		// for a text its slabs may keep alive anyway.
		if huge {
			r.spare = nil
		}
		r.busy.Store(false)
		return
	}
	if !huge {
		sc.r, sc.starts, sc.s = nil, nil, ""
		scannerPool.Put(sc)
	}
}

// run resets sc for text s, runs the pre-passes and the main pass, and
// returns the spans found; they live in sc's buffer until sc is reused.
// The digit-run scratch arrays are not reset: digitRun writes every entry
// it reads.
func (sc *scanner) run(r *Redactor, s string) []span {
	// Storing a pointer into the scanner, a heap object, costs a write
	// barrier while the garbage collector marks: the spare scanner has
	// its Redactor already, and only the text changes from call to call.
	if sc.r != r {
		sc.r = r
		sc.starts = r.starts
		if sc.starts == nil {
			sc.starts = &startBloom // a Redactor not made by New has no dictionary
		}
	}
	sc.s = s
	sc.ents, sc.pre, sc.pk, sc.vcand = sc.ents[:0], sc.pre[:0], 0, sc.vcand[:0]
	sc.ctx, sc.ctxEnd = ctxNone, -1
	sc.prevLen, sc.prevStart = 0, 0
	sc.sawName, sc.sawSlash, sc.entEnd, sc.game, sc.nameCol, sc.sawNIK, sc.nDates, sc.codeCue = false, false, 0, false, 0, false, 0, 0
	sc.office, sc.secretLines, sc.passLines, sc.secretLabels.n = false, keyLines{}, keyLines{}, 0
	sc.words.built, sc.nRuns, sc.sawSep, sc.colons, sc.quotes, sc.sawFile, sc.sawDeed, sc.sawPlate = false, 0, false, 0, false, false, false, false
	sc.sawGlue, sc.sawBin, sc.nPlate = false, false, 0
	if strings.IndexByte(s, '@') >= 0 {
		sc.prepass() // most texts have no '@', and no call for it
	}
	if len(s) > 0 && (s[0] == '[' || isDigit(s[0])) {
		sc.chatLine(0) // the main pass reads the name again, and finds it part of this value
	}
	if len(sc.pre) == 0 {
		sc.mainUpTo(0, len(s)) // main, for the usual text without an e-mail address
	} else {
		sc.main()
	}
	if len(sc.pre) > 0 {
		sc.ents = append(sc.ents, sc.pre...)
		sc.entEnd = max(sc.entEnd, sc.pre[len(sc.pre)-1].end) // pre is sorted
	}
	if sc.nRuns > 1 {
		sc.repeatValues() // first: the readers after read a number said again as they read it once
		sc.typoTwins()
	}
	if sc.nRuns > 0 && sc.hasKind(govIdx) {
		sc.siblingCodes() // a code or a number, and another of its form after it
	}
	if sc.nRuns > 1 && sc.hasKind(passportIdx) {
		sc.siblingPassports() // "Eko (paspor E1234098), Lusi (E1234099)"
	}
	if sc.game && sc.nRuns > 0 {
		sc.gameZones() // a game or a top-up is spoken of
	}
	if len(sc.vcand) > 0 {
		sc.vaultNames() // before the rest: a name it finds may start a list's
	}
	if sc.sawNIK && sc.nDates > 0 {
		sc.nikDates()
	}
	if strings.IndexByte(s, '&') >= 0 {
		sc.ampersandPairs() // most texts have no '&'
	}
	if sc.quotes {
		sc.cardNames() // a card's text in quotes: "… dari rara & bintang"
	}
	if sc.colons < 2 && len(sc.ents) > 0 {
		// A value's reader may have read past a colon, which the main
		// pass then did not count, where the next pass, past the value's
		// placeholder, counts it: "Rangka : 1HGVDZ…" (FuzzRedact). Two
		// are all the readers below ask for.
		if c := strings.IndexByte(s, ':'); c >= 0 {
			sc.colons = 1
			if strings.IndexByte(s[c+1:], ':') >= 0 {
				sc.colons = 2
			}
		}
	}
	if sc.colons >= 2 {
		sc.speakerLines() // "Sarah W: guys who's coming? / Bobby Tanuwijaya: me + wife"
	}
	if sc.colons > 0 {
		sc.lowerNameList() // after a label's colon // "yg ikut futsal kamis: rendy, bagus, ilham, …"
	}
	if n := len(s); n > 8 && (isLower(s[n-1]) || s[n-1] == '.' || s[n-1] == '!' || s[n-1] == '?' && sc.personFound() || s[n-1] >= utf8.RuneSelf || isUpper(s[n-1]) && (s[n-3] == ' ' || s[n-4] == ' ') || s[n-1] == ')') {
		// And a team's short name in capitals last: "… Vina dr tim CS".
		sc.signOff() // "… tolong bantu reset. Ferdiansyah Munthe"
	}
	if sc.secretLines.to > 0 {
		sc.passwordShapes() // "password wifi udah ganti … yang lama kayaknya Bali2020!"
	}
	if sc.passLines.to > 0 {
		sc.passportShapes() // "paspornya bukan C 7654321 tapi C 7654312"
	}
	if sc.sawSep {
		sc.fieldNames() // "Sutrisno 12 jam | Paijo 8 jam", "Sugianto – Jl. … ; Lenny – Jl. …"
		sc.tables()     // "Pasien | No RM / Yohana Wenda | RM-330192"
	}
	if sc.sawFile {
		sc.fileNames() // "CV_Gilang_Ramadhan.pdf"
	}
	if sc.sawDeed {
		sc.civilRecords() // "akta kematian … No. 5104-KM-18092023-0056"
	}
	if sc.sawGlue {
		sc.bareHandles() // "winners: 1) fitri.handayani 2) andre_wijaya"
	}
	if sc.sawPlate && sc.nPlate > 0 {
		sc.lowerPlates() // "b 1234 abc mobil sy nabrak tiang"
	}
	if sc.sawBin {
		sc.fatherNames() // "Hasanuddin bin Muchtar mau ikrar wakaf"
	}
	if len(sc.ents) == 0 {
		return sc.ents
	}
	if sc.nameCol > 0 {
		sc.nameColumn()
	}
	if sc.sawSlash || strings.IndexByte(s, '\t') >= 0 {
		sc.records()
	}
	sc.partners()
	for k, n := 0, len(sc.ents); k < n; k++ {
		sp := sc.ents[k]
		// The kinds compared once: builtinKind hashes its name each call,
		// and the checks below read each value's kind a dozen times.
		person, phone := sp.kind == personIdx, sp.kind == phoneIdx
		if sp.end+3 < len(s) && s[sp.end] == ' ' && s[sp.end+1] == '(' {
			if phone {
				sc.nameInBrackets(sp.end + 2) // "contact 0812 3500 7624 (Merlyn)"
			} else if person {
				sc.idsInBrackets(sp.end)  // "Andi (EMP-2231) 12 jam", "Budi (bagian produksi, ID 10234)"
				sc.genderDate(sp.end + 1) // "I Putu Gede Sanjaya (L), 12-12-2012"
				if c := strings.IndexByte(s[sp.end+2:min(len(s), sp.end+40)], ')'); c > 0 && strings.IndexByte(s[sp.end+2:sp.end+2+c], ' ') > 0 {
					sc.nameInBrackets(sp.end + 2) // another name of the person, in full: "ko Acong (Willy Tanjaya)"; not a place: "Ani (Solo)"
				}
			}
		}
		if person && sp.end+6 < len(s) && (s[sp.end] == ',' || s[sp.end] == ' ' && s[sp.end+1] == '(') && (s[sp.end+2]|0x20 == 'i' || s[sp.end+2]|0x20 == 'n' || s[sp.end+2]|0x20 == 'r' || s[sp.end+2]|0x20 == 'm') {
			sc.idAfterName(sp.end + 2) // "Saya Sinta, ID HR-7721", "rekan Yoga (ID WH-0431)"
		}
		if person && sp.end+8 < len(s) && s[sp.end] == ' ' && (s[sp.end+1]|0x20 == 'n' || s[sp.end+1]|0x20 == 'i') && s[sp.end+3] == ' ' && isDigit(s[sp.end+4]) {
			sc.idAfterName(sp.end + 1) // "Polis PRUlink a.n. Budi no 38172209"
		}
		if person && sp.end+8 < len(s) && s[sp.end] == ' ' && isUpper(s[sp.end+1]) {
			sc.codeAfterName(sp.end + 1) // "form ini utk Budi Santoso C14210087 ya"
		}
		if sp.kind == dobIdx && sp.start >= 10 {
			sc.nameBeforeBorn(sp.start) // "Jean-Luc Marchand, born 1979-05-23"
		}
		if (sp.kind == nikIdx || sp.kind == cardIdx) && sp.start >= 5 && s[sp.start-1] == ' ' && isLetter(s[sp.start-2]) {
			sc.nameBeforeValue(sp.start - 1) // a list's item, a name and its number: "Reg kartu: Budi 4111…, Rohmat 3273…"
		}
		if sp.kind == cardIdx && sp.end+4 < len(s) {
			sc.cvvAfterCard(sp.end) // "…, expires 08/28, the three digits are 917"
		}
		if sp.kind == secretIdx && sp.end+5 < len(s) && s[sp.end] == ' ' {
			sc.otherSecret(sp.end) // "kayaknya Sayang_Bunda99 atau SayangBunda99!"
		}
		if sp.kind == handleIdx && sp.end+6 < len(s) && s[sp.end] == ' ' && s[sp.end+1] == '/' && s[sp.end+2] == ' ' {
			sc.passwordAfterUser(sp.start, sp.end+3) // "username dan password: rahma.dhani02 / Dhani0202"
		}
		if person && sp.start > 0 && sp.end < len(s) && (s[sp.start-1] == '\'' || s[sp.start-1] == '"') && s[sp.end] == s[sp.start-1] {
			sc.quotedSiblings(sp.start-1, sp.end) // "from 'Jon Smyth' to 'John Smith'"
		}
		if person && sp.end+10 < len(s) && (s[sp.end] == ',' || s[sp.end] == ' ' && (s[sp.end+1] == '/' || s[sp.end+1] == '-' || s[sp.end+1] == '(')) {
			sc.birthAfterName(sp.end) // "Peserta: 1. Andi Saputra, 12-03-1990 2. …"
		}
		for p := sp.end; person && p+4 < len(s) && s[p] == ' ' && s[p+1] == '/' && s[p+2] == ' ' && isUpper(s[p+3]); {
			q := p + 3 // "Ummu Salamah / Zahrotul Jannah", and the names after: "Bu Sarinah / Karsinah / Waginem"
			e, _ := capNameRun(s, q)
			if e <= q || !pairWord(s, q, nameTokenEnd(s, q)) || !recordName(s[:e], q, e, true) || sc.overlaps(q, e) || q < sc.entEnd && sc.inValue(q) {
				break
			}
			sc.add(Person, q, e)
			p = e
		}
		if st := sp.start; sp.kind == addrIdx && st >= 5 && s[st-1] == ' ' && (isUpper(s[st-2]) || isLower(s[st-2]) || s[st-2] == ',') && isUpper(s[st]) {
			sc.nameBeforeContact(st) // "1) Johanis Manuhutu Jl. Dr. Kayadoe No. 12", "Ayesha Kapoor, Jl. Cikini Raya 44"
		}
		if st := sp.start; (phone || sp.kind == emailIdx || sp.kind == nikIdx && st >= 3 && (s[st-2] == '-' || s[st-2] == ',')) && st >= 5 {
			if isAlnum(s[st-1]) {
				st = glueStart(s, st) // where its placeholder will start
			}
			if st >= 5 && s[st-1] == ' ' {
				sc.nameBeforeContact(st) // "mohon dicek. Sutoyo 0856 4102 7735"
			} else if st >= 6 && s[st-1] == '(' && s[st-2] == ' ' {
				sc.nameBeforeContact(st - 1) // "notes: Kevin (kevin.w@gmail.com) mentioned …"
			}
		}
		if st := sp.start; (sp.kind == nikIdx || phone) && st >= 4 && s[st-1] == '/' && titleWordBefore(s, st-1) {
			// A record's fields apart by slashes, its holder's name first:
			// "Data: Hendra/3174…/0812…/Jl. …".
			if a := wordStart(s, st-1); pairWord(s, a, st-1) && (a == 0 || s[a-1] == ' ' || s[a-1] == '\n') && !(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, st-1) {
				sc.add(Person, a, st-1)
			}
		}
		if st := sp.start; sp.kind == govIdx && st >= 8 {
			// An ID in brackets after its holder's name: "Lidia Tumbelaka
			// (no pasien APT-11230)".
			if b := strings.LastIndexByte(s[max(0, st-24):st], '('); b >= 0 {
				if b += max(0, st-24); b >= 3 && s[b-1] == ' ' && strings.IndexByte(s[b:st], ')') < 0 && isLetter(s[b-2]) {
					sc.nameBeforeID(b + 1)
				}
			}
		}
		if st := sp.start; sp.kind == bankIdx && st >= 6 && s[st-1] == ' ' {
			// Whose account, before its bank: "tukang: Parjo BRI 1234-01-…,
			// Tukimin BRI …".
			if w := wordStart(s, st-1); w >= 3 && w < st-1 && s[w-1] == ' ' && isUpper(s[w]) && tokenKeyword(s, w, st-1).ctx == ctxBank {
				sc.nameBeforeID(w)
			}
		}
		if phone && sp.end+6 < len(s) && s[sp.end] == ' ' && s[sp.end+1] == '-' && s[sp.end+2] == ' ' {
			sc.nameAfterDash(sp.end + 3) // "0812… - Anggun (yang pesen 3 box kemarin)"
		}
	}
	if sc.dropFirmAccounts() {
		return sc.ents // nothing left
	}
	if sc.office && sc.dropOfficials() {
		return sc.ents // nothing left
	}
	n1 := len(sc.ents)
	sc.repeatNames(0)
	if sc.listSiblings() {
		sc.repeatNames(0) // the names a list added are said again too, and a name next to one is no longer part of another
	}
	for k := n1; k < len(sc.ents); k++ {
		// The IDs in brackets after the names these added, as after the
		// others: "… Riko (ID 00245) / Melda (ID 00198)".
		if sp := sc.ents[k]; sp.kind == personIdx && sp.end+6 < len(s) && s[sp.end] == ' ' && s[sp.end+1] == '(' && (s[sp.end+2]|0x20 == 'i' || s[sp.end+2]|0x20 == 'n') {
			sc.idAfterName(sp.end + 2)
		}
	}
	if sc.nRuns > 0 {
		sc.phonesAfterNames() // only where the main pass read a run of digits
	}
	// A placeholder must replace whole words: a span glued to letters or
	// digits ("OTP0000", "AB12…") grows to the whole token, so that the
	// redacted text reads the same when it is scanned again. The same loop
	// looks for a value next to a comma, which a record apart by commas
	// needs (see commaRecord): a loop of its own cost 0.7 % of a pass.
	done := 0 // the end of the last line commaRecord read
	n0, repeated := len(sc.ents), false
	for k := 0; k < len(sc.ents); k++ {
		sp := &sc.ents[k]
		if sp.start > 0 && isAlnum(s[sp.start-1]) {
			sp.start = glueStart(s, sp.start)
		}
		if sp.end < len(s) && isAlnum(s[sp.end]) {
			sp.end = glueEnd(s, sp.end)
		}
		if sp.end < len(s) && s[sp.end] == ',' || sp.start >= 2 && s[sp.start-2] == ',' {
			done = sc.commaRecord(k, done) // what it adds, after sp, goes through this loop too
		}
		if k == len(sc.ents)-1 && len(sc.ents) > n0 && !repeated {
			// The names a record added are said again too, as every name
			// the Vault notes is: what findAgain adds goes through this
			// loop as well.
			repeated = true
			sc.repeatNames(n0)
		}
	}
	if len(sc.ents) == 1 {
		return sc.ents // nothing to sort or merge
	}
	return mergeSpans(sc.ents)
}

// dropFirmAccounts drops the bank accounts held by a firm, which are no
// person's data: "Rekening resmi kantor: BCA 5230 888 999 a.n. PT Safari
// Haramain Wisata". It reports whether no value is left.
func (sc *scanner) dropFirmAccounts() bool {
	s := sc.s
	ents := sc.ents
	for k := range ents {
		if ents[k].kind != bankIdx || !firmHolderAfter(s, ents[k].end) {
			continue // most texts: nothing is dropped, nothing is copied
		}
		out := ents[:k]
		for _, sp := range ents[k+1:] {
			if sp.kind != bankIdx || !firmHolderAfter(s, sp.end) {
				out = append(out, sp)
			}
		}
		sc.ents = out
		return len(out) == 0
	}
	return false
}

// firmHolderAfter reports whether a firm holds the account that ends at
// e: " a.n. PT …", " an CV …", " atas nama PT …".
func firmHolderAfter(s string, e int) bool {
	q := e
	if q+6 >= len(s) || s[q] != ' ' {
		return false
	}
	q++
	switch {
	case hasPrefixFold(s, q, "a.n. "), hasPrefixFold(s, q, "a/n. "):
		q += 5
	case hasPrefixFold(s, q, "a.n "), hasPrefixFold(s, q, "a/n "), hasPrefixFold(s, q, "an. "):
		q += 4
	case hasPrefixFold(s, q, "an "):
		q += 3
	case hasPrefixFold(s, q, "atas nama "):
		q += 10
	default:
		return false
	}
	return q+3 < len(s) && (s[q] == 'P' && s[q+1] == 'T' || s[q] == 'C' && s[q+1] == 'V') && (s[q+2] == ' ' || s[q+2] == '.')
}

// dropOfficials drops the names found right after a public office,
// past its ministry's or its region's word or two: a public figure named
// by office, no private person ("Presiden Joko Widodo", "Menteri BUMN
// Erick Thohir", "Menteri Kesehatan Budi Gunadi Sadikin": the name found
// may hold the ministry's word).
// It reports whether no value is left.
func (sc *scanner) dropOfficials() bool {
	s := sc.s
	ents := sc.ents
	for k := range ents {
		if a := ents[k].start; ents[k].kind != personIdx || !(a >= 6 && s[a-1] == ' ' && sc.officeBefore(a) || officeFirst(s, a, ents[k].end)) {
			continue // most texts: nothing is dropped, nothing is copied
		}
		out := ents[:k]
		for _, sp := range ents[k+1:] {
			if sp.kind != personIdx || !sc.officeBefore(sp.start) && !officeFirst(s, sp.start, sp.end) {
				out = append(out, sp)
			}
		}
		sc.ents = out
		return len(out) == 0
	}
	return false
}

// officeFirst reports whether the name found at s[a:b] starts with a
// public office's word: "Menkeu Sri Mulyani".
func officeFirst(s string, a, b int) bool {
	switch s[a] {
	case 'P', 'M', 'G', 'B', 'W', 'K':
	default:
		return false // most names: the look costs two compares
	}
	if b-a < 7 {
		return false
	}
	switch s[a+1] | 0x20 {
	case 'e', 'r', 'u', 'a', 'o', 'i': // "Me-", "Pr-", "Gu-", "Bu-", "Wa-", "Ka-", "Pa-", "Go-", "Mi-"
	default:
		return false
	}
	e := wordEnd(s, a)
	if n := e - a; e >= b || n < 5 || n > 9 {
		return false
	}
	return publicOffice(s, a, e)
}

// officeBefore reports whether a public office's word stands within two
// capitalised words before a, with nothing else between.
func (sc *scanner) officeBefore(a int) bool {
	s := sc.s
	for w := 0; w < 3; w++ {
		if a < 3 || s[a-1] != ' ' || !isLetter(s[a-2]) {
			return false
		}
		b := wordStart(s, a-1)
		if !isUpper(s[b]) {
			return false
		}
		// The offices' words have five to nine letters and start with
		// one of these: the look costs little for the usual word.
		if n := a - 1 - b; n >= 5 && n <= 9 {
			switch s[b] | 0x20 {
			case 'p', 'm', 'g', 'b', 'w', 'k':
				if publicOffice(s, b, a-1) {
					return true
				}
			}
		}
		a = b
	}
	return false
}

// clauseEndAt reports whether a clause ends at e: the text's or a line's
// end, a comma, a sentence's end.
func clauseEndAt(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	switch s[e] {
	case ',', '.', '!', '?', ';', '\n':
		return true
	}
	return false
}

// repeatNames finds again, elsewhere in the text, each word of a name
// found: "ini ibunya Alya kelas 3B, Alya hari ini izin" names Alya twice,
// and "Pak Joko sudah datang? Joko bilang…" Joko twice, though only one
// of each stands after a keyword. A word is found again in the same
// letter case, as a word of its own outside any value; one of less than
// three letters, a keyword, a common word, or in lowercase a common word
// too ("indah"), is not.
// It reads the names from ents[from:].
func (sc *scanner) repeatNames(from int) {
	s := sc.s
	person := personIdx
	// Each word is looked for once a call: a long text names the same
	// people many times, and each look reads the whole text (a 2 KB
	// message with thirty names read it sixty times).
	seen := &sc.seen // for a long text only (see below); its first ns are set
	ns := 0
	for k := from; k < len(sc.ents); k++ { // and the names it adds, said again too: "… Bimo Aryanto …" found by "Bimo" (FuzzRedact)
		sp := sc.ents[k]
		if sp.kind != person {
			continue
		}
		if sp.end-sp.start >= 7 && strings.IndexByte(s[sp.start:sp.end], ' ') > 0 {
			sc.wholeAgain(sp.start, sp.end) // "I'm Camille Rousseau …, names on the list: Camille Rousseau and …"
		}
	words:
		for q := sp.start; q < sp.end; {
			if !isLetter(s[q]) {
				q++
				continue
			}
			e := q
			for e < sp.end && isLetter(s[e]) {
				e++
			}
			if e-q >= 3 && (q == sp.start || !isLetter(s[q-1])) {
				single := q == sp.start && e == sp.end
				if len(s) < wordIndexMin {
					// A short text names few people: looking for a word
					// twice costs less than remembering it (a second look
					// finds the places the first added, inside a value).
					sc.findAgain(q, e, single)
					q = e
					continue
				}
				h := uint64(14695981039346656037)
				for _, c := range []byte(s[q:e]) {
					h = (h ^ uint64(c)) * 1099511628211
				}
				if single {
					h ^= 1
				}
				for _, x := range seen[:ns] {
					if x == h {
						q = e
						continue words
					}
				}
				if ns < len(seen) {
					seen[ns] = h
					ns++
				}
				sc.findAgain(q, e, single)
			}
			q = e
		}
	}
}

// wholeAgain finds a name of several words, s[a:b], again elsewhere in the
// text, whole and on its own, outside any value: its words next to each
// other are no name's part of another for findAgain.
func (sc *scanner) wholeAgain(a, b int) {
	s := sc.s
	name := s[a:b]
	try := func(q int) {
		p := q + len(name)
		if q == a || !strings.HasPrefix(s[q:], name) || q > 0 && (isAlnum(s[q-1]) || s[q-1] == '@' || s[q-1] == '_' || s[q-1] == '.') ||
			p < len(s) && (isAlnum(s[p]) || s[p] == '@' || s[p] == '_') || sc.overlaps(q, p) {
			return
		}
		sc.add(Person, q, p)
	}
	if len(s) >= wordIndexMin {
		// A long text: the places of the name's first word, from the
		// text's word index, rather than a search of the whole text.
		if f := wordEnd(s, a); f-a >= 3 && isASCII(s[a:f]) {
			for pw := sc.places(s[a:f]); ; {
				q := pw.next()
				if q < 0 {
					return
				}
				try(q)
			}
		}
	}
	for p := 0; p < len(s); {
		k := strings.Index(s[p:], name)
		if k < 0 {
			return
		}
		try(p + k)
		p += k + len(name)
	}
}

// partners reads the second name of a couple after a name found: "atas
// nama calon pengantin Reza Mahendra & Putri Ayu Lestari", "Dimas
// Prasetyo dan Ayu Wandira", "Hendra & Lina", "Raffa (5 th) dan Raisa (2
// th)". The second is two words or more, has a common given name, or its
// own brackets after it: "Budi & Sons" names one.
func (sc *scanner) partners() {
	s := sc.s
	person := personIdx
	for k, n := 0, len(sc.ents); k < n; k++ {
		sp := sc.ents[k]
		if sp.kind != person {
			continue
		}
		if sp.start >= 8 && s[sp.start-1] == ' ' {
			sc.partnerBefore(sp.start)
		}
		q := sp.end
		if q+2 < len(s) && s[q] == ' ' && s[q+1] == '(' {
			// An age or a relation between: "Raffa (5 th) dan Raisa".
			c := strings.IndexByte(s[q+2:min(len(s), q+14)], ')')
			if c < 0 && q+2 < sc.entEnd {
				// Or a value found, as long as its placeholder:
				// "Suryani (0822-1234-5555) & Endang".
				for _, v := range sc.ents {
					if v.start == q+2 && v.end < len(s) && s[v.end] == ')' {
						c = v.end - (q + 2)
					}
				}
			}
			if c >= 0 {
				if a, b := q+2, q+2+c; b-a >= 3 && wordEnd(s, a) == b && inSet(s, a, b, fGivenNames) && !ambiguousGiven(s, a, b) && !sc.overlaps(a, b) {
					sc.add(Person, a, b) // the real name after a nickname: "si ucup (yusuf)"
				}
				q += 2 + c + 1
			}
		}
		if q+4 < len(s) && s[q] == ',' && s[q+1] == ' ' && isUpper(s[q+2]) {
			sc.nameSeries(q) // "Rudi, Hanif dan Salma ikut acara"
			continue
		}
		if q+4 >= len(s) || s[q] != ' ' || s[q+1] != '&' && s[q+1]|0x20 != 'd' && s[q+1]|0x20 != 'a' && s[q+1]|0x20 != 's' && s[q+1]|0x20 != 'k' {
			continue // most names are followed by no second: the test before any call
		}
		dan := false // Indonesian's "and", after which one word that could be a name is one
		switch {
		case hasPrefixFold(s, q, " & "):
			dan = namaBefore(s, sp.start) || holderBefore(s, sp.start) // a booking's couple: "a/n Reza & Melati"
			q += 3
		case hasPrefixFold(s, q, " dan "), hasPrefixFold(s, q, " and "), hasPrefixFold(s, q, " dgn "):
			dan = s[q+1]|0x20 == 'd'
			q += 5 // and a wedding's "dgn": "Tiurma Sinaga dgn Lamhot Hutagalung"
		case hasPrefixFold(s, q, " sama "):
			dan = true
			q += 6 // chat's "and": "Vina sama Ovi mau ikut"
		case hasPrefixFold(s, q, " sm "):
			dan = true
			q += 4 // and its short form: "uang kos Rani sm Dodo"
		case hasPrefixFold(s, q, " dengan "):
			q += 8
		case hasPrefixFold(s, q, " ke ") && sp.start >= 5 && hasPrefixFold(s, sp.start-5, "dari "):
			q += 4 // from one person to another: "surat kuasa dari Albert Tambayong ke Chris Polii"
		default:
			continue
		}
		if q+1 < len(s) && isLower(s[q]) && isLower(s[sp.start]) {
			// In lowercase as the first: "aku rahma & dinda mau sesi
			// berdua", a common given name only.
			if g := gluedNameEnd(s, q); sc.givenAt(q) && !ambiguousGiven(s, q, g) && !sc.overlaps(q, g) && !(q < sc.entEnd && sc.inValue(q)) &&
				(g == len(s) || !isAlnum(s[g]) && s[g] != '@' && s[g] != '_' && !(s[g] == '.' && g+1 < len(s) && s[g+1] > ' ')) {
				sc.add(Person, q, g)
			}
			continue
		}
		if q+1 >= len(s) || !isUpper(s[q]) || !isLower(s[q+1]) || q < sc.entEnd && sc.inValue(q) {
			continue
		}
		pq := q // "sama Lalu Wiradana": a prefix of the name first, which is a word too
		if c := namePrefixEnd(s, q, wordEnd(s, q)); c > 0 && c+2 < len(s) && s[c] == ' ' {
			q = c + 1
		}
		if shopWord(s, q, wordEnd(s, q)) {
			continue // a room's or a place's name: "Kartini dan Ruang Diponegoro" (FuzzRedact)
		}
		e, words := capNameRun(s, q)
		if pq < q && words > 0 {
			words++ // the prefix is a word of the name
		}
		kp := false // two words, one of them a word of a keyword too: "Budi Santoso dan Jaya Kusuma belum …"
		if g := sc.keywordPairName(q); g > 0 && pq == q && (e == q || words < 2 || !recordName(s, q, e, true)) {
			e, words, kp = g, 2, true
		}
		if e == q || e < len(s) && (isAlnum(s[e]) || s[e] == '@' || s[e] == '_') || !kp && !recordName(s, q, e, true) ||
			words < 2 && !hasGiven(s, q, e) && !(e+2 < len(s) && s[e] == ' ' && s[e+1] == '(') && !(dan && holderBefore(s, sp.start) && inSet(s, q, e, fGivenNames)) && !(dan && pairWord(s, q, e) && (clauseEndAt(s, e) || namaBefore(s, sp.start) || holderBefore(s, sp.start)) && strings.IndexByte(s[q:e], '-') < 0) &&
				!(e < len(s) && s[e] == ')' && sp.start > 0 && s[sp.start-1] == '(' && !firmWord(s, q, e)) || sc.overlaps(q, e) {
			continue // but a couple in one bracket: "anak 2 (Bima & Sakti)"
		}
		sc.add(Person, pq, e)
		if w := wordEnd(s, e+1); e+1 < w && s[e] == ' ' && w+2 < len(s) && s[w] == ' ' && isUpper(s[w+1]) &&
			tokenKeyword(s, e+1, w).trig == trigHonorific {
			// The title after it names one more, as it does once the
			// name is a placeholder: "Joko dan Uduk Kebon Kacang Ibu Sum"
			// (a shop's name, had the name not been found).
			sc.honorific(e+1, w)
		}
	}
}

// familyName reads the family named after "keluarga" ending at j: one to
// three capitalised words that are a name, after a title or Batak's "Op."
// (Ompung), with no everyday word among them ("buat keluarga Surya
// Dharma", "keluarga Op. Sinaga", "rumah keluarga Kolondam-Rorimpandey"),
// not "Keluarga Berencana" or "keluarga Besar".
func (sc *scanner) familyName(j int) int {
	s := sc.s
	q := j + 1
	if q+2 >= len(s) || s[j] != ' ' || !isUpper(s[q]) {
		return 0
	}
	if e := wordEnd(s, q); e+2 < len(s) && (s[e] == '.' && s[e+1] == ' ' && e-q <= 3 || s[e] == ' ' && tokenKeyword(s, q, e).trig == trigHonorific) {
		r := e + 1
		if s[e] == '.' {
			r++
		}
		if r+1 < len(s) && isUpper(s[r]) && isLower(s[r+1]) {
			q = r // "Op. Sinaga", "Bapak Hasan"
		} else {
			return 0 // and no name after the title, or its placeholder: "keluarga Op. [PERSON_1]"
		}
	}
	if q+7 < len(s) && hasPrefixFold(s, q, "besar ") && isUpper(s[q+6]) && isLower(s[q+7]) {
		q += 6 // the extended family: "Keluarga Besar Surbakti"
	}
	if !isLower(s[q+1]) || q < sc.entEnd && sc.inValue(q) {
		return 0
	}
	e, words := capNameRun(s, q)
	if words == 0 || words > 3 || e < len(s) && (isAlnum(s[e]) || s[e] == ':') || !recordName(s, q, e, true) || businessAfter(s, e, false) {
		return 0
	}
	for k := q; k < e; {
		f := wordEnd(s, k)
		if chatWord(s, k, f) || hasPrefixFold(s, k, "berencana") || hasPrefixFold(s, k, "sakinah") || hasPrefixFold(s, k, "cemara") {
			return 0
		}
		for k = f; k < e && !isUpper(s[k]); k++ {
		}
	}
	sc.add(Person, q, e)
	return e
}

// ageAfter reports whether an age starts at p: one or two digits and a
// word for years ("21 th", "7 tahun", "30 thn", "25 y.o", "25yo").
func ageAfter(s string, p int) bool {
	d := digitsEnd(s, p)
	if d-p > 2 {
		return false
	}
	if d < len(s) && s[d] == ' ' {
		d++
	}
	e := wordEnd(s, d)
	var b [6]byte
	switch string(lowerWord(b[:], s, d, e)) {
	case "th", "thn", "tahun", "yo", "y", "years", "tahunan":
		return e == len(s) || !isDigit(s[e])
	}
	return false
}

// signOff reads the name that ends a message as its own sentence, as
// people sign a chat: one to three capitalised words that could be a name
// (see pairWord) after a sentence's end, an emoji or a line's start, and
// at most a full stop, an exclamation mark or an emoji after them: "…
// tolong bantu reset. Ferdiansyah Munthe", "… di luar negeri? aku lagi di
// Tokyo 😭 Audrey".
func (sc *scanner) signOff() {
	s := sc.s
	e := len(s)
	for e > 0 && (s[e-1] == '.' || s[e-1] == '!' || s[e-1] == '?' || s[e-1] == ' ' || s[e-1] >= utf8.RuneSelf && !letterBefore(s, e)) {
		e--
	}
	if e > 0 && s[e-1] == ')' {
		// The writer's post in brackets after the name: "… - Sulastri
		// (Kasir Cab. Kediri)".
		lo := max(0, e-48)
		if o := strings.LastIndexByte(s[lo:e], '('); o >= 0 && lo+o >= 2 && s[lo+o-1] == ' ' && isLetter(s[lo+o-2]) && strings.IndexByte(s[lo+o:e], '\n') < 0 {
			if strings.IndexByte(s[lo+o:e], '[') >= 0 || lo+o < sc.entEnd && sc.overlaps(lo+o, e) {
				return // a value's in it, no post: "Drivewan (Br: Maria Setiawan (BK 95…)" (FuzzRedact)
			}
			e = lo + o - 1
		}
	}
	if e < 3 || !isLetter(s[e-1]) {
		return
	}
	b := wordStart(s, e)
	if b >= 4 && s[b-1] == '-' && s[b-2] == ' ' && (s[b-3] == '.' || s[b-3] == '!') && e-b >= 3 && isUpper(s[b]) && isLower(s[e-1]) {
		// A dash glued to the name that signs off, after the last
		// sentence: "… Nanti kuisi bensinnya. -Jhonson".
		if pairWord(s, b, e) && !(b < sc.entEnd && sc.inValue(b)) && !sc.overlaps(b, e) && !sc.inPre(b) {
			sc.add(Person, b, e)
		}
		return
	}
	if b >= 8 && s[b-1] == ' ' && s[b-2] == ',' && isUpper(s[b]) && inSet(s, b, e, fGivenNames) {
		// The writer's given name after whose parent she is, in a
		// dash's sign-off: "… Surat dokter nyusul. - Ibunya Naufal, Sari".
		lo := max(0, b-40)
		if d := strings.LastIndex(s[lo:b], " - "); d >= 0 && !sentenceEndIn(s, lo+d+3, b) && !(b < sc.entEnd && sc.inValue(b)) && !sc.overlaps(b, e) && !sc.inPre(b) {
			if a := lo + d + 3; a < b && relativeWord(s, a, wordEnd(s, a)) {
				sc.add(Person, b, e)
				return
			}
		}
	}
	if b >= 8 && s[b-1] == ' ' && s[b-2] == ',' && isUpper(s[b]) && isLetter(s[b-3]) {
		// The writer's town after the name that signs off: "… - Suparmi,
		// Gunungkidul".
		if placeWord(s, b, e) {
			t := b - 2
			if a := nameRunBefore(s, t); a < t && a >= 2 && s[a-1] == ' ' && s[a-2] == '-' && sentenceStartsAt(s, a, false) &&
				!(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, t) && !sc.inPre(a) && recordName(s[:t], a, t, true) {
				sc.add(Person, a, t)
			}
			return
		}
	}
	if isUpper(s[b]) {
		if t := teamTail(s, b, e); t > 0 {
			// The writer's name before the team's: "… Hendrawan,
			// Finance", "… Vina dr tim CS".
			if a := nameRunBefore(s, t); a < t && (sentenceStartsAt(s, a, false) || a >= 2 && s[a-1] == ' ' && s[a-2] == ',') && !(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, t) && !sc.inPre(a) && recordName(s[:t], a, t, true) {
				sc.add(Person, a, t)
			}
			return
		}
	}
	if !isLower(s[e-1]) {
		return
	}
	if e-b < 3 {
		return
	}
	if isLower(s[b]) {
		// A common given name in lowercase after an emoji: "… besok sy
		// ambil 🙏 vivi"; the usual end, in lowercase, with no call.
		// Or after a sentence's end or thanks: "… masih ditagih juga.
		// ryan", "… tolong hapus 0858…. makasih fitri".
		if p := b - 1; p > 1 && s[p] == ' ' && inSet(s, b, e, fGivenNames) &&
			(s[p-1] >= utf8.RuneSelf && !letterBefore(s, p) || s[p-1] == '.' || s[p-1] == '!' || s[p-1] == '?' || thanksBefore(s, p)) &&
			!ambiguousGiven(s, b, e) && !(b < sc.entEnd && sc.inValue(b)) && !sc.overlaps(b, e) {
			sc.add(Person, b, e)
		}
		return
	}
	if !isUpper(s[b]) {
		return
	}
	if p := b - 1; p > 0 && s[p] == ' ' && isLetter(s[p-1]) && s[p-1] < utf8.RuneSelf && !isUpper(s[wordStart(s, p)]) && !(p >= 5 && hasPrefixFold(s, p-4, "dari") && s[p-5] == ' ') {
		return // a capitalised word in a sentence: "mau beli Samsung Galaxy"; not whom it is from: "… bilang dari Karin"
	}
	if b >= 8 && s[b-1] == '\n' && e-b >= 3 && isLower(s[b+1]) && inSet(s, b, e, fGivenNames) && !ambiguousGiven(s, b, e) && !(b < sc.entEnd && sc.inValue(b)) && !sc.overlaps(b, e) {
		sc.add(Person, b, e) // a common given name alone on the text's last line: "… Akun 0822-3301-7788\nRosalina"
		return
	}
	// First, cheaply, whether one of the words nameRunBefore may start
	// the name at opens its sentence or follows a comma: in most texts
	// none does, and pairWord's look at each word costs ten times more.
	opens := false
	for c, w := e, 0; w < 3; w++ {
		d := wordStart(s, c)
		if c-d < 3 || !isUpper(s[d]) {
			break
		}
		if sentenceStartsAt(s, d, false) || d >= 2 && s[d-1] == ' ' && s[d-2] == ',' || d >= 6 && hasPrefixFold(s, d-5, "dari ") {
			opens = true
			break
		}
		if d < 2 || s[d-1] != ' ' || !isLetter(s[d-2]) {
			break
		}
		c = d - 1
	}
	if !opens && !(b >= 3 && s[b-1] == ' ' && s[b-2] == '-') {
		return
	}
	a := nameRunBefore(s, e)
	if a == e && b >= 3 && s[b-1] == ' ' && s[b-2] == '-' && inSet(s, b, e, fGivenNames) {
		a = b // after a dash that signs off, a given name that is a word too: "… nanti sy ganti. – Ayu"
	}

	// Its own sentence: after a sentence's end, an emoji, a line's start;
	// or after a comma, where the sentence said "I": "ibu kos, … Sy kamar
	// 4, Anita", "sy yg nerima, Felix".
	if a == e || !sentenceStartsAt(s, a, false) && !(a >= 2 && s[a-1] == ' ' && s[a-2] == ',' && (sc.selfBefore(a-2) || sc.numberEndsAt(a-2))) &&
		!(a >= 6 && hasPrefixFold(s, a-5, "dari ") && s[a-6] == ' ' && inSet(s, a, nameTokenEnd(s, a), fGivenNames) && !ambiguousGiven(s, a, nameTokenEnd(s, a))) { // whom it is from, a given name ending the message: "… bilang dari Karin"; not "dari Surabaya"
		return // and after a number, whose owner it names: "Kita pe nomor 0812…, Grace."
	}
	if a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, e) || sc.inPre(a) || !recordName(s[:e], a, e, true) {
		return
	}
	sc.add(Person, a, e)
}

// passwordShapes finds, in a text that speaks of a password, the tokens
// that read as one wherever they stand: six to 32 bytes of letters and
// digits, three letters or more and two digits or more, with capitals and
// lowercase or a symbol among them ("Bali2020!", "Melati#1990"). No
// address, link, date, code with dashes or value found is one.
func (sc *scanner) passwordShapes() {
	s := sc.s[:sc.secretLines.to]
	for q := sc.secretLines.from; q < len(s); {
		for q < len(s) && (s[q] == ' ' || s[q] == '\n' || s[q] == '\t' || s[q] == '"' || s[q] == '\'' || s[q] == '(') {
			q++
		}
		e := q
		for e < len(s) && s[e] > ' ' && s[e] != '"' && s[e] != '\'' {
			e++
		}
		t := e
		for t > q && (s[t-1] == '.' || s[t-1] == ',' || s[t-1] == '?' || s[t-1] == ')' || s[t-1] == ';' || s[t-1] == ':') {
			t--
		}
		quoted := q > 0 && (s[q-1] == '"' || s[q-1] == '\'') && t < len(s) && s[t] == s[q-1]
		if t-q >= 6 && t-q <= 32 && passwordShapeOf(s[q:t], quoted) && (q == 0 || s[q-1] != '@') && !inSet(s, q, lettersEnd(s[:t], q), fCapStop) && // a phone's model: "iPhone15", "Redmi12"
			!sc.overlaps(q, t) && !(q < sc.entEnd && sc.inValue(q)) && !sc.inPre(q) && !sc.secretLabels.has(q) {
			sc.add(Secret, q, t)
		}
		q = max(e, q+1)
	}
}

// lettersEnd returns where the ASCII letters from s[q] end.
func lettersEnd(s string, q int) int {
	for q < len(s) && (isUpper(s[q]) || isLower(s[q])) {
		q++
	}
	return q
}

// nameBeforeBorn reads the name before ", born" or ", lahir" and a birth
// date that starts at d: "… details for the Komodo trip: Jean-Luc
// Marchand, born 1979-05-23, passport …".
func (sc *scanner) nameBeforeBorn(d int) {
	s := sc.s
	w := wordStart(s, d-1)
	if w < 4 || s[d-1] != ' ' {
		return
	}
	var b [6]byte
	switch string(lowerWord(b[:], s, w, d-1)) {
	case "born", "lahir", "b", "dob", "ttl":
	default:
		return
	}
	if s[w-1] != ' ' || s[w-2] != ',' {
		return
	}
	e := w - 2
	a := e
	for k := 0; k < 4; k++ {
		c := wordStart(s, a)
		if c == a || !isUpper(s[c]) {
			break
		}
		if h := c - 1; h > 0 && s[h] == '-' && isLetter(s[h-1]) {
			c = wordStart(s, h) // "Jean-Luc"
		}
		a = c
		if a < 2 || s[a-1] != ' ' || !isLetter(s[a-2]) || !isUpper(s[wordStart(s, a-1)]) {
			break
		}
		a--
	}
	if a < e && a > 0 && s[a] == ' ' {
		a++
	}
	if a >= e || !recordName(s[:e], a, e, true) || a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, e) || sc.inPre(a) {
		return
	}
	sc.add(Person, a, e)
}

// cvvAfterCard finds a card's security code after the card's number that
// ends at e, on its line within 90 bytes: a number of three or four
// digits alone, after a word that names it or the card's expiry
// ("…, berlaku s/d 11/27, kode 3 angka di belakangnya 083", "… exp 09/29
// code 660", "card: 4457… / 05-27 / 118").
func (sc *scanner) cvvAfterCard(e int) {
	s := sc.s
	lim := min(len(s), e+90)
	if nl := strings.IndexByte(s[e:lim], '\n'); nl >= 0 {
		lim = e + nl
	}
	named := false // a word for the code, or the expiry, came before it
	for q := e; q < lim; {
		if s[q] == ';' || s[q] == '@' || (s[q] == '.' || s[q] == '!' || s[q] == '?') && q+1 < len(s) && s[q+1] == ' ' {
			return // the sentence, the item ends: "4111 1111 1111 1111 B 1234 XYA; … lahir 17/08+1990" (FuzzRedact)
		}
		if q > e && q < sc.entEnd && sc.inValue(q) && !(q+1 < len(s) && isDigit(s[q]) && isDigit(s[q+1]) && q+2 < len(s) && (s[q+2] == '/' || s[q+2] == '-')) {
			return // another value first, but the expiry
		}
		if isLetter(s[q]) {
			w := wordEnd(s, q)
			switch string(lowerWord(sc.buf[:], s, q, w)) {
			case "code", "kode", "digits", "digit", "angka", "cvv", "cvc", "cid", "csc", "security", "exp", "expiry", "expires", "berlaku", "valid":
				named = true
			}
			q = w
			continue
		}
		if !isDigit(s[q]) {
			q++
			continue
		}
		d := digitsEnd(s, q)
		if d < len(s) && (s[d] == '/' || s[d] == '-') && d+1 < len(s) && isDigit(s[d+1]) && d-q == 2 && !(q > 0 && isLetter(s[q-1])) {
			named = true // the expiry: "05-27", "11/27"; not a code's digits: "XY17/08" (FuzzRedact)
			q = digitsEnd(s, d+1)
			continue
		}
		if n := d - q; (n == 3 || n == 4) && named && (q == 0 || !isAlnum(s[q-1]) && s[q-1] != '/' && s[q-1] != '.' && s[q-1] != ',' && s[q-1] != '+') &&
			(d == len(s) || !isAlnum(s[d]) && s[d] != '/' && s[d] != '-' && !((s[d] == '.' || s[d] == ',') && d+1 < len(s) && isDigit(s[d+1]))) && !sc.overlaps(q, d) && !(q < sc.entEnd && sc.inValue(q)) {
			sc.add(Secret, q, d)
			return
		}
		q = d
	}
}

// recordNumberAfter reports whether a medical record's number follows j,
// "bayi" or "pasien" first maybe: groups of digits joined by two dashes
// or more ("12-09-44", "24-05-118"), as no amount in ringgit is written.
func recordNumberAfter(s string, j int) bool {
	q := j
	if q < len(s) && s[q] == ' ' {
		q++
	}
	if hasPrefixFold(s, q, "bayi ") || hasPrefixFold(s, q, "ibu ") {
		q = wordEnd(s, q) + 1
	}
	dashes := 0
	for {
		d := digitsEnd(s, q)
		if d == q || d-q > 4 {
			return false
		}
		if d+1 < len(s) && s[d] == '-' && isDigit(s[d+1]) {
			dashes++
			q = d + 1
			continue
		}
		return dashes >= 2 && (d == len(s) || !isAlnum(s[d]))
	}
}

// keyLines are the lines from a keyword's first use to its last one's
// end (see scanner.secretLines); to is 0 while none was met.
type keyLines struct{ from, to int }

// spans4 holds up to four spans of the text, and forgets the rest.
type spans4 struct {
	n  int
	sp [4][2]int
}

func (l *spans4) add(a, b int) {
	if l.n < len(l.sp) {
		l.sp[l.n] = [2]int{a, b}
		l.n++
	}
}

// has reports whether q is inside one of the spans.
func (l *spans4) has(q int) bool {
	for k := 0; k < l.n; k++ {
		if q >= l.sp[k][0] && q < l.sp[k][1] {
			return true
		}
	}
	return false
}

// note adds the keyword at s[i:j].
func (l *keyLines) note(s string, i, j int) {
	if l.to == 0 {
		l.from = strings.LastIndexByte(s[:i], '\n') + 1
	}
	if l.to < j {
		l.to = len(s)
		if nl := strings.IndexByte(s[j:], '\n'); nl >= 0 {
			l.to = j + nl
		}
	}
}

// passportShapes finds, on the lines that speak of a passport, the
// numbers in a passport's form wherever they stand: one or two capitals,
// a blank or none, seven or eight digits ("C 7654321", "X5533017",
// "TR5591023", "E83120477"). A plate has four digits at most; a number
// of a value found is passed by.
func (sc *scanner) passportShapes() {
	s := sc.s[:sc.passLines.to]
	for q := sc.passLines.from; q < len(s); q++ {
		if !isUpper(s[q]) || q > 0 && (isAlnum(s[q-1]) || s[q-1] == '-' || s[q-1] == '/' || s[q-1] == '_' || s[q-1] == '@') {
			continue
		}
		r := q + 1
		if r < len(s) && isUpper(s[r]) {
			r++
		}
		if r < len(s) && s[r] == ' ' {
			r++
		}
		d := readDigits(s, r, 9)
		if n := d - r; n < 7 || n > 8 || d < len(s) && (isAlnum(s[d]) || s[d] == '-' || s[d] == '/' || s[d] == '@' || s[d] == '_') {
			continue
		}
		if !sc.overlaps(q, d) && !(q < sc.entEnd && sc.inValue(q)) && !sc.inPre(q) {
			sc.add(Passport, q, d)
		}
		q = d
	}
}

// passwordShape reports whether w reads as a password (see passwordShapes).
func passwordShape(w string) bool {
	return passwordShapeOf(w, false)
}

// passwordShapeOf is passwordShape; quoted, a password's letters need not
// mix cases: "pw nya masih \"kosmelati2023\"".
func passwordShapeOf(w string, quoted bool) bool {
	var up, low, dig, sym int
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case isUpper(c):
			up++
		case isLower(c):
			low++
		case isDigit(c):
			dig++
		case c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '*' || c == '_' || c == '+' || c == '=' || c == '~' || c == '^':
			sym++
		default:
			return false // an address's '@', a link's '/', a code's '-', a placeholder's brackets, any other byte
		}
	}
	return up+low >= 3 && dig >= 2 && (quoted || low > 0 && (up > 0 || sym > 0))
}

// thanksBefore reports whether a word of thanks ends at p: "makasih",
// "thanks", "trims".
func thanksBefore(s string, p int) bool {
	a := p
	for a > 0 && isLetter(s[a-1]) {
		a--
	}
	var lw [8]byte
	switch string(lowerWord(lw[:], s, a, p)) {
	case "makasih", "makasi", "thanks", "thx", "trims", "tq", "tks", "nuhun", "suwun", "kasih":
		return true
	}
	return false
}

// shortEnder reports a short word in lowercase that ends sentences and is
// no abbreviation: "in", "it", "me", "ini".
func shortEnder(s string, a, b int) bool {
	var lw [3]byte
	switch string(lowerWord(lw[:], s, a, b)) {
	case "in", "it", "me", "us", "on", "up", "do", "so", "go", "now", "too", "out", "all", "you", "her", "him", "one", "yes", "ini", "itu", "aku", "dia":
		return isLower(s[a])
	}
	return false
}

// chatParticle reports whether s[a:b] is a short word chat ends its
// sentences with, which no abbreviation is: "ya", "deh", "sih".
func chatParticle(s string, a, b int) bool {
	var lw [4]byte
	switch string(lowerWord(lw[:], s, a, b)) {
	case "ya", "yah", "ok", "deh", "dong", "sih", "aja", "nih", "tuh", "lho", "kok", "yuk":
		return true
	}
	return false
}

// teamTail returns where the writer's name ends before the team's words
// that end a message at s[b:e]: a department after a comma ("Hendrawan,
// Finance"), or "dr tim", "dari bagian" and the team ("Vina dr tim CS");
// or 0.
func teamTail(s string, b, e int) int {
	if b >= 3 && s[b-1] == ' ' && s[b-2] == ',' && deptWord(s, b, e) {
		return b - 2
	}
	if b < 8 || s[b-1] != ' ' {
		return 0
	}
	w1 := wordStart(s, b-1)
	if w1 < 5 || s[w1-1] != ' ' {
		return 0
	}
	var lw [8]byte
	switch string(lowerWord(lw[:], s, w1, b-1)) {
	case "tim", "team", "bagian", "divisi":
	default:
		return 0
	}
	w0 := wordStart(s, w1-1)
	switch string(lowerWord(lw[:], s, w0, w1-1)) {
	case "dr", "dari", "from":
		if w0 >= 2 && s[w0-1] == ' ' && isLetter(s[w0-2]) {
			return w0 - 1
		}
	}
	return 0
}

// roomBefore2 reports whether a room's number, "kamar 11", ends at c.
func roomBefore2(s string, c int) bool {
	d := c
	for d > 0 && isDigit(s[d-1]) && c-d < 3 {
		d--
	}
	return d < c && d >= 7 && hasPrefixFold(s, d-7, " kamar ")
}

// staffTail reports whether a team's or a department's word starts at q,
// as after a staff member's name and a dash: "tim IT", "CS shift pagi".
func staffTail(s string, q int) bool {
	e := wordEnd(s, q)
	if deptWord(s, q, e) {
		return true
	}
	var lw [8]byte
	switch string(lowerWord(lw[:], s, q, e)) {
	case "tim", "team", "bagian", "divisi", "dept", "staff", "staf", "shift":
		return true
	}
	return false
}

// deptWord reports whether s[a:b] names a company's department: "Finance",
// "HRD", "Marketing".
func deptWord(s string, a, b int) bool {
	var lw [12]byte
	switch string(lowerWord(lw[:], s, a, b)) {
	case "finance", "hrd", "hr", "marketing", "sales", "accounting", "purchasing", "legal", "keuangan", "operasional",
		"produksi", "gudang", "logistik", "admin", "cs", "it", "ga", "payroll", "procurement", "warehouse":
		return true
	}
	return false
}

// selfBefore reports whether the sentence that ends at p says "I" ("sy",
// "saya", "aku"…).
func (sc *scanner) selfBefore(p int) bool {
	s := sc.s
	for q := p; q > 0; {
		c := s[q-1]
		if (c == '.' || c == '!' || c == '?') && (q == len(s) || s[q] == ' ') && !(q-1 < sc.entEnd && sc.inValue(q-1)) || c == '\n' {
			// A sentence's end; not a handle's or an address's dot, which
			// its placeholder hides: "sy ig is budi.santoso, …", "aku …
			// kirim ke jl kenanga no 163, kec. Cempaka, Kayaa" (FuzzRedact).
			return false
		}
		if !isLetter(c) {
			q--
			continue
		}
		b := wordStart(s, q)
		if firstPerson(s, b, q) {
			return true
		}
		q = b
	}
	return false
}

// ampersandPairs reads a couple that no list knows, two capitalised words
// joined by " & ", as wedding cards, cakes and bookings name them: "Fikar
// & Nadine 300 porsi", "Happy Wedding Yudis & Ayunda, from …". Each word
// could be a name (no keyword, place, role, shop's, firm's or everyday
// word); no other capitalised word stands right before the first or
// right after the second, which would make a brand ("Marks & Spencer
// Indonesia", "Bath & Body Works"); nor a placeholder, which may have been
// one ("LIE FU8G Tng & OngJEN" (FuzzRedact)).
func (sc *scanner) ampersandPairs() {
	s := sc.s
	for k := strings.Index(s, " & "); k >= 0; {
		amp := k + 1
		if p := k; p >= 3 && amp+4 < len(s) {
			a := wordStart(s, p)
			r := amp + 2
			f := nameTokenEnd(s, r)
			left := sc.personSpan(a, p) // found already: "pengantin Hendy & Clarita"
			if pairWord(s, a, p) && pairWord(s, r, f) && !firmWord(s, r, f) && !brandPair(s, a, p, r, f) && (a == 0 || !isAlnum(s[a-1]) && s[a-1] != '@' && s[a-1] != '_' && s[a-1] != ']') &&
				!(capitalBefore(s, a) && !cardWord(s, wordStart(s, a-1), a-1) && sc.valueAt(wordStart(s, a-1)) < 0) &&
				!(a >= 3 && s[a-1] == ' ' && s[a-2] == ']' && placeholderEndsAt(s, a-1)) && !streetBefore(s, a) && (f == len(s) || !isAlnum(s[f]) && s[f] != '@' && s[f] != '_' && s[f] != '[') &&
				!(f+2 < len(s) && s[f] == ' ' && (isUpper(s[f+1]) || s[f+1] == '[')) && !(r < sc.entEnd && sc.inValue(r)) && !sc.inPre(a) && !sc.inPre(r) &&
				(left || !(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, p)) && !sc.overlaps(r, f) {
				if !left {
					sc.add(Person, a, p)
				}
				sc.add(Person, r, f)
			}
		}
		n := strings.Index(s[k+3:], " & ")
		if n < 0 {
			break
		}
		k += 3 + n
	}
}

// cardWord reports whether s[a:b] is an everyday word or a wedding's: a
// capitalised one before a couple is a card's ("Happy Wedding Yudis &
// Ayunda"), not a brand's.
func cardWord(s string, a, b int) bool {
	return tokenKeyword(s, a, b).trig == trigWedding || chatWord(s, a, b)
}

// streetBefore reports whether the word before s[a], past a full stop,
// names a street, a place or a firm: "Jl. Mawar & Melati", "PT Abadi &
// Jaya".
func streetBefore(s string, a int) bool {
	e := a - 1
	for e > 0 && (s[e] == ' ' || s[e] == '.') {
		e--
	}
	b := wordStart(s, e+1)
	if b > e {
		return false
	}
	_, kw, fl := lookupToken(s, b, e+1)
	return kw.trig == trigAddress || fl&fAddrWords != 0 || shopWord(s, b, e+1) || businessWord(s, b, e+1)
}

// brandPair reports the brands and sayings that join two words with "&":
// "Dolce & Gabbana", "Procter & Gamble", "Salt & Pepper", a word twice
// ("Johnson & Johnson").
func brandPair(s string, a, p, r, f int) bool {
	if p-a == f-r && strings.EqualFold(s[a:p], s[r:f]) {
		return true
	}
	var b [10]byte
	switch string(lowerWord(b[:], s, r, f)) {
	case "gabbana", "gamble", "pepper", "spencer", "jerry", "noble", "fitch", "decker", "wesson", "roll", "white", "mortar", "gold", "silver":
		return true
	}
	return false
}

// personSpan reports whether a person's name found is s[a:b] exactly.
func (sc *scanner) personSpan(a, b int) bool {
	for _, sp := range sc.ents {
		if sp.start == a && sp.end == b && sp.kind == personIdx {
			return true
		}
	}
	return false
}

// pairWord reports whether s[a:b] could be one of a couple's names (see
// ampersandPairs): a capitalised word of three letters or more, no
// keyword, place, role, stop, shop's, business's or everyday word.
func pairWord(s string, a, b int) bool {
	if b-a < 3 || !isUpper(s[a]) || !isLower(s[a+1]) || !plainName(s, a, b) || businessWord(s, a, b) || shopWord(s, a, b) || chatWord(s, a, b) || ambiguousGiven(s, a, b) {
		return false
	}
	fits, kw, fl := lookupToken(s, a, b)
	if !fits || kw != (keyword{}) || fl&(fStopWords|fCapStop|fRoleWords|fAbortWords|fAddrWords|fUnitWords) != 0 && fl&fGivenNames == 0 {
		return false
	}
	var w [12]byte
	lw := string(lowerWord(w[:], s, a, b))
	return fl&fGivenNames != 0 && !placeNames[lw] || !notNamesEN[lw] && !placeNames[lw] // nor a nationality, a faith, a state, a town: "Japanese", "Muslim", "Badung"
}

// digitAhead reports whether the number after an ID's keyword ending at j
// starts with a digit, past blanks, a colon or a full stop ("NIK:
// 3372…"); a placeholder does not count, so that the next pass, which
// finds the name's placeholder too, reads the same.
func digitAhead(s string, j int) bool {
	for q := j; q < len(s) && q-j < 4; q++ {
		switch c := s[q]; {
		case isDigit(c) || isUpper(c) && q+1 < len(s) && isDigit(s[q+1]): // and a student's "K2520033"
			return true
		case c != ' ' && c != ':' && c != '.':
			return false
		}
	}
	return false
}

// localID reports whether s[i:j] names an Indonesian identity number
// that follows its holder's name in a list: NIK, KTP, NIP, NISN…; not a
// foreign one after a nationality or a company ("my Australian TFN",
// "Western Union, MTCN").
func localID(s string, i, j int) bool {
	var b [6]byte
	switch string(lowerWord(b[:], s, i, j)) {
	case "nik", "ktp", "ektp", "nip", "nipp", "nisn", "nis", "nim", "nrp", "kpj", "kk", "sim":
		return true
	}
	return false
}

// nameBeforeID reads the holder's name right before an identity
// number's keyword at i: one to three capitalised words that could be a
// name (see pairWord), then a blank, a comma or a bracket: "1. Kasiyem
// NIK 3372…", "ini datanya: Rosnawati, NIK …", "Gerardus Lamak, NIP …".
func (sc *scanner) nameBeforeID(i int) {
	s := sc.s
	e := i
	for k := 0; k < 3 && e > 0 && (s[e-1] == ' ' || s[e-1] == ',' || s[e-1] == '('); k++ {
		e--
	}
	if e == i || !isLetter(s[e-1]) {
		return
	}
	a := -1
	for w, q := 0, e; w < 3; w++ {
		b := wordStart(s, q)
		if b == q || !pairWord(s, b, q) && !(inSet(s, b, q, fGivenNames) && isUpper(s[b])) || b > 0 && (s[b-1] == '@' || s[b-1] == '_' || isAlnum(s[b-1]) && w > 0) {
			break // and a handle's word, its placeholder next pass: "an @Danu Saputra NISN …", "an @123Danu Saputra NISN …" (FuzzRedact)
		}
		a = b
		if b < 2 || s[b-1] != ' ' || !isLetter(s[b-2]) {
			break
		}
		q = b - 1
	}
	if a < 0 || a > 0 && (isAlnum(s[a-1]) || s[a-1] == '@' || s[a-1] == '_' || s[a-1] == ']' || s[a-1] == '.' && a >= 2 && (isLetter(s[a-2]) || s[a-2] == ']')) ||
		a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, e) || sc.inPre(a) || !recordName(s[:e], a, e, true) || sc.businessBefore(a) {
		// (And glued by a dot to a name's placeholder, as to the name:
		// "an. [PERSON_1].Nasution NISN …" (FuzzRedact).)
		return
	}
	sc.add(Person, a, e)
}

// nameBeforeValue reads the name that ends at e right before an identity
// number, when it opens a list's item: after a colon, a comma or a line's
// start ("Reg kartu: Budi 4111…, Rohmat 3273…").
func (sc *scanner) nameBeforeValue(e int) {
	s := sc.s
	a := nameRunBefore(s, e)
	if a == e || !(a == 0 || s[a-1] == '\n' || a >= 2 && s[a-1] == ' ' && (s[a-2] == ',' || s[a-2] == ':')) {
		return
	}
	if a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, e) || sc.inPre(a) || !recordName(s[:e], a, e, true) || sc.businessBefore(a) {
		return
	}
	sc.add(Person, a, e)
}

// nameBeforeContact reads the name right before a phone's number or an
// e-mail address at v, as its own sentence's start: one to three
// capitalised words that could be a name (see pairWord), a comma or a
// blank after them, and before them a sentence's end, a colon or the
// message's start: "mohon dicek. Sutoyo 0856 4102 7735", "tinggi 172.
// Kaharuddin, 0852 …", "Seminyak. Harriet Whitfield, hwhitfield@…".
func (sc *scanner) nameBeforeContact(v int) {
	s := sc.s
	e := v - 1
	if e > 0 && s[e-1] == ',' {
		e--
	} else if e >= 3 && s[e-1] == '-' && s[e-2] == ' ' {
		e -= 2 // a list's item, a dash before its value: "1. Suhartini – 3173…"
	}
	if e < 3 || !isLower(s[e-1]) {
		return
	}
	if b := wordStart(s, e); e-b >= 3 && b >= 3 && s[b-1] == ' ' && isLetter(s[b-2]) && e == v-1 {
		// Whose number it is, after the number's word: "hp intan 0812…",
		// "nomor rizky …", "Nomor Intan …".
		if c := wordStart(s, b-1); b-1-c <= 6 && contactWord(s, c, b-1) && (isUpper(s[b]) && pairWord(s, b, e) || inSet(s, b, e, fGivenNames)) &&
			!(b < sc.entEnd && sc.inValue(b)) && !sc.overlaps(b, e) && !sc.inPre(b) && isASCII(s[b:e]) {
			sc.add(Person, b, e)
			return
		}
	}
	a := nameRunBefore(s, e)
	if a == e {
		if b := wordStart(s, e); b >= 5 && e-b <= 4 && e == v-1 && s[b-1] == ' ' && isLower(s[b-2]) && isLower(s[b]) && contactWord(s, b, e) {
			e = b - 1 // the number's word between: "owner nayla putri wa +62 …"
		}
		sc.lowerNameBeforeContact(e)
		return
	}
	r := a // the name past Buton's "Wa Ode" or "La Ode", which recordName reads
	if a >= 3 && hasPrefixFold(s, a, "ode ") && (hasPrefixFold(s, a-3, "wa ") || hasPrefixFold(s, a-3, "la ")) && (a == 3 || !isLetter(s[a-4])) {
		a, r = a-3, a+4 // "Keluarga: Wa Ode Nurmi 6288…"
	}
	if r >= e || !sentenceStartsAt(s, a, true) && !listMarkerBefore(s, a) && !contactVerbBefore(s, a) {
		return
	}
	if a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, e) || sc.inPre(a) || !recordName(s[:e], r, e, true) {
		return
	}
	sc.add(Person, a, e)
}

// lowerNameBeforeContact reads a common given name in lowercase that ends
// at e, right before a phone or an address of mail, and a given name
// before it ("andi nurul"), where a clause starts before it or the person
// speaks of themselves: "…, cindy 0821 3344 5012", "sy dini 0813 …", "cp
// tyas 0857-…".
func (sc *scanner) lowerNameBeforeContact(e int) {
	s := sc.s
	b := wordStart(s, e)
	if e-b < 3 || !isLower(s[b]) {
		return
	}
	a, ok := b, inSet(s, b, e, fGivenNames) && !ambiguousGiven(s, b, e)
	if b >= 5 && s[b-1] == ' ' && isLower(s[b-2]) {
		if c := wordStart(s, b-1); b-1-c >= 3 && inSet(s, c, b-1, fGivenNames) && !ambiguousGiven(s, c, b-1) &&
			(ok || plainLowerName(s, b, e) || inSet(s, b, e, fGivenNames)) { // and a given name that is a word too after one: "rina putri"
			a, ok = c, true
		}
	}
	if a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, e) || sc.inPre(a) || !isASCII(s[a:e]) {
		return
	}
	switch {
	case !ok:
	case a == 0 || s[a-1] == '\n':
		sc.add(Person, a, e)
		return
	case a >= 2 && s[a-1] == ' ' && (s[a-2] == ',' || s[a-2] == '/' || s[a-2] == '.' || s[a-2] == ':' || s[a-2] == '('):
		sc.add(Person, a, e)
		return
	}
	// Who speaks, or whom to call, right before it: any word that reads
	// as a name there.
	if a >= 3 && s[a-1] == ' ' && isLower(s[a-2]) && (ok || plainLowerName(s, a, e)) {
		c := wordStart(s, a-1)
		var w [8]byte
		switch string(lowerWord(w[:], s, c, a-1)) {
		case "sy", "saya", "aku", "ak", "aq", "gw", "gue", "cp", "pic", "kontak", "namaku", "ayahnya", "ibunya", "mamanya", "papanya", "suaminya", "istrinya",
			"owner", "pemilik", "hubungi":
			sc.add(Person, a, e)
		}
	}
}

// plainLowerName reports whether the lowercase word s[a:b] may be a name
// that no gazetteer knows: three letters or more, no word of chat, no
// verb, no keyword or word of the scanner's sets.
func plainLowerName(s string, a, b int) bool {
	if b-a < 3 || !lowerNameWord(s, a, b) || chatWord(s, a, b) || verbAffix(s, a, b) || hasPrefixFold(s, b-3, "nya") || businessWord(s, a, b) {
		return false
	}
	fits, kw, fl := lookupToken(s, a, b)
	return fits && kw == (keyword{}) && fl&^fGivenNames == 0
}

// compassIn reports whether a word of s[a:b] is a compass point's or a
// region's, which places have in their names: "Jakarta Selatan", "Kota
// Baru", "Sumatera Utara".
func compassIn(s string, a, b int) bool {
	for q := a; q < b; {
		e := wordEnd(s, q)
		var w [8]byte
		switch string(lowerWord(w[:], s, q, e)) {
		case "selatan", "utara", "barat", "timur", "tengah", "raya", "baru", "kota", "kabupaten", "pusat", "south", "north", "west", "east", "city":
			return true
		}
		q = e
		for q < b && !isLetter(s[q]) {
			q++
		}
	}
	return false
}

// contactVerbBefore reports whether the word before a says whom to call
// or who delivers: "daftar ke Rivaldo 0823…", "hubungi Teh Gina 0812…",
// "kurir Supri (0813…)".
func contactVerbBefore(s string, a int) bool {
	if a < 3 || s[a-1] != ' ' {
		return false
	}
	b := wordStart(s, a-1)
	var w [8]byte
	switch string(lowerWord(w[:], s, b, a-1)) {
	case "hubungi", "hub", "kontak", "japri", "call", "contact", "kurir", "courier", "driver", "sopir", "supir", "teknisi", "sales":
		return b == 0 || !isAlnum(s[b-1])
	case "ke":
		// After a word that says to whom, not where: "daftar ke Rivaldo
		// 0823…"; not "kirim ke Bandung 0812…".
		if b < 3 || s[b-1] != ' ' {
			return false
		}
		c := wordStart(s, b-1)
		var v [10]byte
		switch string(lowerWord(v[:], s, c, b-1)) {
		case "daftar", "konfirmasi", "lapor", "chat", "wa", "telpon", "telp", "sms", "tanya", "info", "japri", "dm":
			return true
		}
	}
	return false
}

// listMarkerBefore reports whether a list's item number, "2) " or "2. ",
// stands right before a.
func listMarkerBefore(s string, a int) bool {
	if a < 3 || s[a-1] != ' ' || s[a-2] != ')' && s[a-2] != '.' {
		return false
	}
	d := a - 2
	k := d
	for k > 0 && isDigit(s[k-1]) && d-k < 2 {
		k--
	}
	return k < d && (k == 0 || !isAlnum(s[k-1]))
}

// contactWord reports whether s[a:b] names a phone's number: "hp",
// "nomor", "wa"….
func contactWord(s string, a, b int) bool {
	var w [6]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "hp", "nomor", "nomer", "no", "nmr", "wa", "telp", "tlp", "telpon", "kontak", "hape", "phone", "number":
		return true
	}
	return false
}

// roundNumberAhead reports whether the first number within the next five
// words after j, on its line, is an amount's: a round one ("25000",
// "1.500.000") or one with its unit ("25rb", "Rp 50"): "harga gembok
// 25000" names no code; nor does a year ("pasang alarm 2024").
func roundNumberAhead(s string, j int) bool {
	q := j
	for w := 0; w < 6 && q < len(s) && s[q] != '\n'; w++ {
		for q < len(s) && (s[q] == ' ' || s[q] == ',' || s[q] == ':') {
			q++
		}
		if q < len(s) && isDigit(s[q]) {
			d := digitsEnd(s, q)
			return d-q >= 3 && s[d-3:d] == "000" || yearLike(s[q:d]) && (d == len(s) || !isAlnum(s[d])) || d < len(s) && (s[d] == '.' || s[d] == ',') && d+1 < len(s) && isDigit(s[d+1]) || priceAt(s[q:tokenEnd(s, q)]) || q >= 2 && hasPrefixFold(s, q-2, "rp") || q >= 3 && hasPrefixFold(s, q-3, "rp")
		}
		e := wordEnd(s, q)
		if e == q {
			return false
		}
		q = e
	}
	return false
}

// landTitle reads a land title's number after its word ending at j, past
// "asli" and "No." maybe: digits and, after a slash, its village's name
// ("SHM No. 02871/Jatibening", "No. 776/Wonorejo"), three digits or more
// after "No." ("SHM No. 612 Desa Kalasey"), or four digits or more ("SHM
// 4512"), no year. It returns the number's end, or 0.
func (sc *scanner) landTitle(j int) int {
	s := sc.s
	q := j
	for q < len(s) && (s[q] == ' ' || s[q] == ':') {
		q++
	}
	if hasPrefixFold(s, q, "asli ") {
		q += 5 // the original: "SHM asli No. 3345/Sukamaju"
	}
	no := false
	if hasPrefixFold(s, q, "no") && q+2 < len(s) && (s[q+2] == '.' || s[q+2] == ' ' || s[q+2] == ':') {
		q, no = q+2, true
	} else if hasPrefixFold(s, q, "nomor ") || hasPrefixFold(s, q, "nomer ") {
		q, no = q+5, true // "SHM nomor 5532"
	}
	if no {
		for q < len(s) && (s[q] == '.' || s[q] == ' ' || s[q] == ':') {
			q++
		}
	}
	st := q
	if q+3 < len(s) && isUpper(s[q]) && s[q+1] == '.' && isDigit(s[q+2]) && (q == 0 || !isAlnum(s[q-1])) {
		q += 2 // the right's letter first: "SHM No. M.00871" (Hak Milik)
	}
	d := digitsEnd(s, q)
	if d-q < 3 || d-q > 12 || d < len(s) && (isLetter(s[d]) || s[d] == '.' || s[d] == ',') && d+1 < len(s) && isAlnum(s[d+1]) || q < sc.entEnd && sc.inValue(q) {
		return 0
	}
	e := d
	if d+1 < len(s) && s[d] == '/' && isUpper(s[d+1]) {
		e = nameTokenEnd(s, d+1) // the village's name: "/Jatibening"
	} else if !(no || d-q >= 4) || yearLike(s[q:d]) || d < len(s) && s[d] == '/' {
		return 0
	}
	if sc.overlaps(st, e) {
		return 0
	}
	sc.add(GovID, st, e)
	return e
}

// utilityIDAfter returns where a utility's customer number after "ID"
// ending at j starts and ends: eleven to thirteen digits, as PLN's and
// IndiHome's are, in a text that speaks of electricity or the internet;
// or 0, 0.
func utilityIDAfter(s string, j int) (int, int) {
	q := j
	if q < len(s) && s[q] == ':' {
		q++
	}
	if q >= len(s) || s[q] != ' ' {
		return 0, 0
	}
	q++
	d := digitsEnd(s, q)
	if n := d - q; n < 11 || n > 13 || d < len(s) && (isAlnum(s[d]) || s[d] == '-' || s[d] == '/') || !saysAny(s, "pln", "listrik", "token", "meteran", "indihome", "wifi", "internet", "inet", "modem", "pdam", "biznet") {
		return 0, 0
	}
	return q, d
}

// civilRecords finds a civil registry's certificate numbers by their form:
// the region's four digits, the deed's letters, the date of issue's eight
// digits and a serial ("5104-KM-18092023-0056", "3174-LT-12052019-0045"),
// which name the person the deed is of.
func (sc *scanner) civilRecords() {
	s := sc.s
	for k := 0; ; {
		d := strings.IndexByte(s[k:], '-')
		if d < 0 {
			return
		}
		d += k
		k = d + 1
		if d < 4 || d+17 > len(s) || !isUpper(s[d+1]) || !isUpper(s[d+2]) || s[d+3] != '-' {
			continue
		}
		a := d - 4
		if digitsEnd(s, a) != d || a > 0 && (isAlnum(s[a-1]) || s[a-1] == '-') || digitsEnd(s, d+4) != d+12 || s[d+12] != '-' {
			continue
		}
		if dd, mm := atoi(s[d+4:d+6]), atoi(s[d+6:d+8]); dd < 1 || dd > 31 || mm < 1 || mm > 12 || !yearLike(s[d+8:d+12]) {
			continue // the date of issue, DDMMYYYY
		}
		e := digitsEnd(s, d+13)
		if e-(d+13) < 3 || e-(d+13) > 6 || e < len(s) && (isAlnum(s[e]) || s[e] == '-') || sc.overlaps(a, e) || a < sc.entEnd && sc.inValue(a) {
			continue
		}
		sc.add(GovID, a, e)
		k = e
	}
}

// kipCode returns the end of a KIP card's number after its word ending at
// j: six capitals and digits, two digits or more, after a colon maybe.
func kipCode(s string, j int) int {
	q := j
	if q < len(s) && s[q] == ':' {
		q++
	}
	if q+7 > len(s) || s[q] != ' ' {
		return 0
	}
	q++
	digits := 0
	for k := q; k < q+6; k++ {
		if isDigit(s[k]) {
			digits++
		} else if !isUpper(s[k]) {
			return 0
		}
	}
	if digits < 2 || digits == 6 || q+6 < len(s) && (isAlnum(s[q+6]) || s[q+6] == '-') {
		return 0
	}
	return q + 6
}

// userBefore reads a username that ends at t, right before a password's
// keyword: "akun spada ibu ya, bu.rina.guru pw …"; not a host ("gmail.com").
func (sc *scanner) userBefore(t int) {
	s := sc.s
	a := t
	for a > 0 && (isAlnum(s[a-1]) && s[a-1] < utf8.RuneSelf || s[a-1] == '_' || s[a-1] == '.') {
		a--
	}
	if a > 0 && s[a-1] != ' ' && s[a-1] != ',' && s[a-1] != ':' || usernameEnd(s, a, wordEnd(s, a)) != t || sc.overlaps(a, t) || a < sc.entEnd && sc.inValue(a) {
		return
	}
	if d := strings.LastIndexByte(s[a:t], '.'); d >= 0 {
		switch s[a+d+1 : t] {
		case "com", "id", "net", "org", "co", "ac", "go", "io", "me", "app":
			return
		}
	}
	sc.add(Handle, a, t)
}

// codeAfterName reads a student's or a member's code right after a name,
// at q: one to three capitals and six to twelve digits, "C14210087".
func (sc *scanner) codeAfterName(q int) {
	s := sc.s
	d := q
	for d < len(s) && d-q < 3 && isUpper(s[d]) {
		d++
	}
	e := digitsEnd(s, d)
	if n := e - d; n < 6 || n > 12 || e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '/' || s[e] == '_' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) || sc.overlaps(q, e) || q < sc.entEnd && sc.inValue(q) {
		return
	}
	sc.add(GovID, q, e)
}

// digitInTokens reports whether one of the next n tokens after j, on its
// line, holds a digit: "rek BRI2012345678901", whose number is found glued
// to the bank's name and is a placeholder next pass (FuzzRedact).
func digitInTokens(s string, j, n int) bool {
	q := j
	for t := 0; t < n && q < len(s); t++ {
		for q < len(s) && s[q] == ' ' {
			q++
		}
		for q < len(s) && s[q] > ' ' {
			if isDigit(s[q]) {
				return true
			}
			q++
		}
	}
	return false
}

// numberInTokens reports whether one of the n tokens after j starts with
// a digit or has one in its first two, or is a number's placeholder; a
// name's placeholder is a token with no digit, as the name was ("rek BR…
// [PERSON_1], rek 0123…" (FuzzRedact)).
func numberInTokens(s string, j, n int) bool {
	q := j
	for t := 0; t < n && q < len(s); t++ {
		for q < len(s) && s[q] == ' ' {
			q++
		}
		a := q
		for q < len(s) && s[q] > ' ' {
			if s[q] == '[' {
				if pe := placeholderEnd(s, q); pe > 0 {
					if numberPlaceholderEndsAt(s, pe) {
						return true
					}
					q = pe
					continue
				}
			}
			if isDigit(s[q]) && (q == a || t < 2) {
				return true
			}
			q++
		}
		if q < len(s) && s[q] == '\n' {
			return false
		}
	}
	return false
}

// numberBefore reads the number whose kind the keyword after "ini" or
// "itu" at p names: "0138876120 ini NISN Budi", "3173… itu NIK istri".
func (sc *scanner) numberBefore(p int, ctx ctxClass) {
	s := sc.s
	e := p - 1
	if e < 6 || s[e] != ' ' || !isDigit(s[e-1]) {
		return
	}
	a := e - 1
	for a > 0 && isDigit(s[a-1]) {
		a--
	}
	if a > 0 && (isAlnum(s[a-1]) || s[a-1] == '.' || s[a-1] == ',' || s[a-1] == '-' || s[a-1] == '/') || sc.overlaps(a, e) || a < sc.entEnd && sc.inValue(a) {
		return
	}
	var k Kind
	switch n := e - a; {
	case ctx == ctxNIK && n == 16:
		k = NIK
	case ctx == ctxKK && n == 16:
		k = KK
	case ctx == ctxBPJS && n >= 11 && n <= 13:
		k = BPJS
	case ctx == ctxNPWP && (n == 15 || n == 16):
		k = NPWP
	case ctx == ctxGovID && n >= 6 && n <= 20:
		k = GovID
	default:
		return
	}
	sc.add(k, a, e)
}

// possessor reads the name whose the value after it is, before the "s" of
// its possessive at p: "Noah's passport number is …", "Sarah’s phone".
func (sc *scanner) possessor(p int) {
	s := sc.s
	e := p - 1
	if s[e] != '\'' {
		if e < 3 || s[e] != 0x99 || s[e-1] != 0x80 || s[e-2] != 0xE2 {
			return
		}
		e -= 2 // a typographer's apostrophe
	}
	a := nameRunBefore(s, e)
	if a == e || a > 0 && (isAlnum(s[a-1]) || s[a-1] == '@' || s[a-1] == '_') || a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, e) || sc.inPre(a) || !recordName(s[:e], a, e, true) || sc.businessBefore(a) {
		return
	}
	sc.add(Person, a, e)
}

// nameRunBefore returns where one to three capitalised ASCII words that
// could be a name (see pairWord) start, ending at e; or e when the word
// there could be none. A word with a symbol past ASCII glued on ends the
// run, as its placeholder's neighbour would: "Jos۩ Santos" (FuzzRedact).
func nameRunBefore(s string, e int) int {
	a := e
	for words := 0; words < 3; words++ {
		b := wordStart(s, a)
		if a-b < 3 || !isUpper(s[b]) || !isASCII(s[b:a]) || !pairWord(s, b, a) && !(inSet(s, b, a, fGivenNames) && !ambiguousGiven(s, b, a)) {
			break
		}
		a = b
		if a >= 3 && s[a-1] == '-' && isLower(s[a-2]) {
			if c := wordStart(s, a-1); a-1-c >= 2 && isUpper(s[c]) {
				a = c // a given name joined by a hyphen: "Anna-Lena Hoffmann"
			}
		}
		if a < 2 || s[a-1] != ' ' || !isLetter(s[a-2]) {
			break
		}
		if c := wordStart(s, a-1); a-1-c < 3 || !isUpper(s[c]) {
			break
		}
		a--
	}
	for a < e && s[a] == ' ' {
		a++ // the blank before a word that was none
	}
	return a
}

// valueDotBefore reports whether a full stop and a blank right after a
// value found come before a, which the value's placeholder makes no
// sentence's end (see sentenceStartsAt): "amo\xc6. Kenin istri saya" reads
// as "[PERSON_1]. Kenin istri saya" (FuzzRedact).
func (sc *scanner) valueDotBefore(a int) bool {
	return a >= 3 && sc.s[a-1] == ' ' && sc.s[a-2] == '.' && a-2 <= sc.entEnd && sc.inValue(a-3)
}

// sentenceStartsAt reports whether the word at a opens its sentence, past
// blanks: the text's start, a sentence's end, a line's start, a dash apart
// from the words before; an emoji, or with colon a colon. An abbreviation's full stop ("Jl. Ahmad Yani",
// "RS. Budi Asih") and a placeholder's, which may have been one, end no
// sentence. Without colon (a sign-off), a blank must stand between.
func sentenceStartsAt(s string, a int, colon bool) bool {
	p := a
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 {
		return true
	}
	switch c := s[p-1]; {
	case c == '.':
		if p > 1 && (isLetter(s[p-2]) && p-1-wordStart(s, p-1) <= 3 && !chatParticle(s, wordStart(s, p-1), p-1) && !shortEnder(s, wordStart(s, p-1), p-1) || s[p-2] == ']') {
			return false // an abbreviation's full stop ("Jl. Ahmad Yani"); not chat's "ya." or a short word's that ends its sentence: "I never opted in. Oliver"
		}
	case c == '!' || c == '?' || c == '\n':
	case c == '-':
		// A dash that signs off, after a blank or a sentence's end: "…
		// nanti sy ganti. – Ayu", "-- Kurniawati Hadiningrat, 0821…".
		k := p - 1
		for k > 0 && s[k-1] == '-' {
			k--
		}
		if k > 0 && s[k-1] != ' ' && s[k-1] != '\n' {
			return false
		}
	case colon && c == ':':
	case !colon && c >= utf8.RuneSelf && !letterBefore(s, p):
	default:
		return false
	}
	return colon || p < a
}

// nameInBrackets reads a name in brackets at q, right after a phone's
// number: one or two capitalised words that could be a name (see
// pairWord), then ')': "0812 3500 7624 (Merlyn)", "(Pak Budi)" is a
// title's and read as one.
func (sc *scanner) nameInBrackets(q int) {
	s := sc.s
	if q+8 < len(s) && isLower(s[q]) {
		// Whose number it is: "0812… (hp nya Ardi)", "(punya Rina)".
		r := q
		for w := 0; w < 2 && r < len(s) && isLower(s[r]); w++ {
			f := wordEnd(s, r)
			var b [6]byte
			switch string(lowerWord(b[:], s, r, f)) {
			case "hp", "hpnya", "nya", "punya", "nomor", "nomer", "no", "wa", "milik":
			default:
				return
			}
			if f >= len(s) || s[f] != ' ' {
				return
			}
			r = f + 1
		}
		if r == q || r >= len(s) || !isUpper(s[r]) {
			return
		}
		q = r
	}
	e := q
	for w := 0; w < 2; w++ {
		f := nameTokenEnd(s, e)
		if !pairWord(s, e, f) && !(f > e && isUpper(s[e]) && inSet(s, e, f, fGivenNames)) {
			return
		}
		e = f
		if e+1 < len(s) && s[e] == ' ' && isUpper(s[e+1]) {
			e++
			continue
		}
		break
	}
	if e >= len(s) || s[e] != ')' || e == q || sc.overlaps(q, e) || q < sc.entEnd && sc.inValue(q) {
		return
	}
	sc.add(Person, q, e)
}

// fullNameAt reports whether two or three title-case words that could be
// a name (see pairWord) start at q: "Matthias Hoffmann", not "Bank
// Indonesia" or "New Management".
func fullNameAt(s string, q int) bool {
	words := 0
	for words < 3 && q+1 < len(s) && isUpper(s[q]) && isLower(s[q+1]) {
		e := nameTokenEnd(s, q)
		if !pairWord(s, q, e) {
			return false
		}
		words++
		if e+2 >= len(s) || s[e] != ' ' || !isUpper(s[e+1]) {
			break
		}
		q = e + 1
	}
	return words >= 2
}

// packedBin and packedBinti are "bin" and "binti" as the main loop packs
// a word's letters in lowercase (see mainUpTo).
const packedBin, packedBinti = 0x6e6962, 0x69746e6962

// fatherNames reads each name whose capitalised word is followed by "bin"
// or "binti" and the father's name, which no reader found: "Hasanuddin bin
// Muchtar mau ikrar wakaf"; not a class's name after its number: "Kelas 7
// Umar bin Khattab".
func (sc *scanner) fatherNames() {
	s := sc.s
	for k := 0; ; {
		x := strings.Index(s[k:], " bin")
		if x < 0 {
			return
		}
		j := k + x
		k = j + 4
		if i := wordStart(s, j); j-i >= 3 && isUpper(s[i]) && isLower(s[i+1]) && (i < 2 || !isDigit(s[i-2])) && !sc.businessBefore(i) {
			if e := sc.fatherName(i, j); e > 0 {
				k = e
			}
		}
	}
}

// fatherName reads a name whose first word s[i:j] is followed by "bin" or
// "binti" and the father's name: "Hasanuddin bin Muchtar".
func (sc *scanner) fatherName(i, j int) int {
	s := sc.s
	b := binEnd(s, j+1)
	if b == 0 || !(s[j+1]|0x20 == 'b' && s[j+2]|0x20 == 'i') || i < sc.entEnd && sc.inValue(i) || sc.inPre(i) || !plainName(s, i, j) || !recordName(s, i, j, true) || chatWord(s, i, j) {
		return 0
	}
	e := nameTokenEnd(s, b)
	if e == b || e < len(s) && (isDigit(s[e]) || s[e] == '@' || s[e] == '[') || !plainName(s, b, e) || sc.overlaps(i, e) {
		return 0
	}
	sc.add(Person, i, e)
	return e
}

// numberWordBefore reports whether "no", "nomor" or "nomer" ends at e,
// a blank or a full stop after it.
func numberWordBefore(s string, e int) bool {
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '.') {
		e--
	}
	a := wordStart(s, e)
	var w [6]byte
	switch string(lowerWord(w[:], s, a, e)) {
	case "no", "nomor", "nomer", "nmr":
		return true
	}
	return false
}

// staffWordBefore reports whether a courier's, a member's or an
// account's word stands among the eight words before i in its sentence:
// "akun kurir saya, ID …".
func staffWordBefore(s string, i int) bool {
	q := i
	for w := 0; w < 8 && q > 0; w++ {
		e := q
		for e > 0 && !isLetter(s[e-1]) && q-e < 8 {
			if s[e-1] == '.' || s[e-1] == '\n' || s[e-1] == ']' {
				return false
			}
			e--
		}
		a := wordStart(s, e)
		if a == e {
			return false
		}
		var b [10]byte
		switch string(lowerWord(b[:], s, a, e)) {
		case "kurir", "driver", "mitra", "akun", "karyawan", "pegawai", "staf", "staff", "member", "anggota", "pelanggan", "agen", "reseller",
			"sopir", "sopirnya", "supir", "supirnya", "plat":
			return true
		}
		q = a
	}
	return false
}

// romanEnd returns the end of a roman number of two to four letters at q
// ("II", "III", "IV"), or q.
func romanEnd(s string, q int) int {
	e := q
	for e < len(s) && e-q < 4 && (s[e] == 'I' || s[e] == 'V' || s[e] == 'X') {
		e++
	}
	if e-q < 2 || e < len(s) && isAlnum(s[e]) {
		return q
	}
	return e
}

// holderBefore reports whether the short form of "atas nama" ends at p:
// "a/n Reza & Melati", "a.n. Budi".
func holderBefore(s string, p int) bool {
	return p >= 4 && (hasPrefixFold(s, p-4, "a/n ") || hasPrefixFold(s, p-4, "a.n ") || hasPrefixFold(s, p-4, "an. ")) || p >= 5 && hasPrefixFold(s, p-5, "a.n. ")
}

// namaBefore reports whether "nama" stands one or two words before p, as
// the names on a deed or an account follow it: "atas nama pembeli Budi
// Santoso dan Lusiana".
func namaBefore(s string, p int) bool {
	for w, e := 0, p-1; w < 2 && e > 4 && s[e] == ' '; w++ {
		a := wordStart(s, e)
		if e-a == 4 && hasPrefixFold(s, a, "nama") {
			return true
		}
		e = a - 1
	}
	return false
}

// partnerBefore reads the first of a pair whose second is a name found
// at b: one capitalised word before "dan", "&", "sama" or "and", after
// no other capitalised word, and no keyword, place, role or business
// ("2 org: Tigor sama Butet", "utk Ayesha dan Rayyan"); what stands in
// brackets after it is passed by ("Suhendar (NIK …) dan Endang Kusnadi").
func (sc *scanner) partnerBefore(b int) {
	s := sc.s
	p := 0
	switch {
	case hasPrefixFold(s, b-5, " dan "), hasPrefixFold(s, b-5, " and "):
		p = b - 5
	case hasPrefixFold(s, b-3, " & "):
		p = b - 3
	case hasPrefixFold(s, b-6, " sama "):
		p = b - 6
	case hasPrefixFold(s, b-4, " sm "):
		p = b - 4 // "Hendra sm Yenny jadi pagar ayu"
	default:
		return
	}
	if p > 2 && s[p-1] == ')' {
		o := strings.LastIndexByte(s[max(0, p-48):p-1], '(')
		if o < 0 {
			return
		}
		o += max(0, p-48)
		if o < 2 || s[o-1] != ' ' {
			return
		}
		p = o - 1
	}
	a := wordStart(s, p)
	if p-a < 3 || !isUpper(s[a]) || !isLower(s[a+1]) || a > 0 && isAlnum(s[a-1]) || a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, p) {
		return
	}
	if a >= 2 && s[a-1] == ' ' && isUpper(s[a-2]) || a >= 3 && s[a-1] == ' ' && isLetter(s[a-2]) && isUpper(s[wordStart(s, a-1)]) {
		// Another capitalised word before it: a place's or a shop's name
		// ("Bank Mandiri dan Budi"), or a given name and its family's:
		// "Mark Thompson and Lisa Chen".
		if g := wordStart(s, a-1); g < a-2 && isUpper(s[g]) && isLower(s[g+1]) && (g == 0 || s[g-1] == '\n' || g >= 2 && s[g-1] == ' ' && !isLetter(s[g-2])) &&
			inSet(s, g, a-1, fGivenNames) && pairWord(s, a, p) && !(g < sc.entEnd && sc.inValue(g)) && !sc.overlaps(g, p) && !businessAfter(s, p, false) {
			sc.add(Person, g, p)
		}
		return
	}
	if !recordName(s[:p], a, p, true) || businessWord(s, a, p) || businessAfter(s, p, false) || sc.businessBefore(a) {
		return
	}
	sc.add(Person, a, p)
}

// inPre reports whether s[p] is inside a value the pre-pass found (an
// e-mail address, a handle), which the main pass has not added yet.
func (sc *scanner) inPre(p int) bool {
	for _, sp := range sc.pre {
		if p >= sp.start && p < sp.end {
			return true
		}
	}
	return false
}

// codeForDoor reports whether "code for the" comes before the word at i:
// "villa code for the door is 4821".
func (sc *scanner) codeForDoor(i int) bool {
	return i >= 13 && hasPrefixFold(sc.s, i-13, "code for the ")
}

// numberAhead reports whether a number or a placeholder comes within the
// next three tokens after q, on its line.
func numberAhead(s string, q int) bool {
	for t := 0; t < 3 && q < len(s); t++ {
		for q < len(s) && s[q] == ' ' {
			q++
		}
		if q < len(s) && (isDigit(s[q]) || s[q] == '[') {
			return true
		}
		for q < len(s) && s[q] != ' ' && s[q] != '\n' {
			q++
		}
	}
	return false
}

// parentBefore reports whether the word before is a parent's or a
// relative's, after which "dari" names a child: "ibu dari Arkhan Malik",
// "(ayah dari Aqsha)".
func (sc *scanner) parentBefore() bool {
	if sc.prevLen < 2 || sc.prevLen > 7 {
		return false
	}
	var b [8]byte
	switch string(lowerWord(b[:], sc.s, sc.prevStart, sc.prevStart+sc.prevLen)) {
	case "ibu", "ayah", "bapak", "mama", "mami", "mamah", "papa", "papi", "bunda", "ibunda", "umi", "abi", "kakak", "kakek", "nenek", "tante", "paman", "bibi":
		return true
	}
	return false
}

// fromPersonBefore reports whether a name found after "dari" ends just
// before the word at i: "dari Tono Hartono ke …".
func (sc *scanner) fromPersonBefore(i int) bool {
	n := len(sc.ents)
	if n == 0 || i < 2 || sc.ents[n-1].kind != personIdx || sc.ents[n-1].end != i-1 {
		return false
	}
	st := sc.ents[n-1].start
	return st >= 5 && hasPrefixFold(sc.s, st-5, "dari ")
}

// capNameRun returns the end of up to three capitalised words at q that
// may be a name's (see plainName; no business's word), and how many.
func capNameRun(s string, q int) (e, words int) {
	e = q
	for words < 3 {
		f := nameTokenEnd(s, e)
		if f == e || !plainName(s, e, f) || businessWord(s, e, f) {
			break
		}
		e, words = f, words+1
		if f+2 >= len(s) || s[f] != ' ' || !isUpper(s[f+1]) || !isLower(s[f+2]) {
			break
		}
		e = f + 1
	}
	for e > q && s[e-1] == ' ' {
		e--
	}
	return e, words
}

// firmWord reports whether s[a:b] ends a firm's name after "&": "Budi &
// Sons", "Tan & Partners".
func firmWord(s string, a, b int) bool {
	var w [10]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "sons", "son", "co", "partners", "friends", "family", "brothers", "bros", "associates", "rekan", "kawan", "keluarga":
		return true
	}
	return false
}

// nameSeries reads the names listed after a name found that ends at q,
// apart by commas and closed by a conjunction: "Rudi, Hanif dan Salma
// ikut acara", "Hanif, Salma, dan Rudi sudah hadir". Each is one to three
// capitalised words that could be a name (see recordName). A list with no
// conjunction ("Ratna, Sari, Putri, Ayu ikut semua") is one of common
// given names only, and an item that could be no name ends the list
// with nothing added: "Budi, Jakarta Selatan dan sekitarnya".
func (sc *scanner) nameSeries(q int) {
	s := sc.s
	var items [8]span
	n, conj, given := 0, false, true
	found, pair, roles := 0, true, 0 // the items found already, whether each other could be a name, those with a role in brackets
	for n < len(items) && !conj {
		switch {
		case hasPrefixFold(s, q, ", dan "), hasPrefixFold(s, q, ", and "):
			q, conj = q+6, true
		case hasPrefixFold(s, q, ", & "):
			q, conj = q+4, true
		case hasPrefixFold(s, q, ", sama "), hasPrefixFold(s, q, ", karo "):
			q, conj = q+7, true
		case hasPrefixFold(s, q, ", jeung "), hasPrefixFold(s, q, ", serta "):
			q, conj = q+8, true
		case hasPrefixFold(s, q, ", sareng "):
			q, conj = q+9, true // Sundanese's "and": "Dede, Ujang, sareng Aep"; Javanese's "karo"
		case hasPrefixFold(s, q, ", "):
			q += 2
		case n > 0 && (hasPrefixFold(s, q, " dan ") || hasPrefixFold(s, q, " and ")):
			q, conj = q+5, true
		case n > 0 && hasPrefixFold(s, q, " sama "):
			q, conj = q+6, true // chat's "and": "Kevin Halim, Jason Wu, sama Bryan Sutanto"
		case n > 0 && hasPrefixFold(s, q, " & "):
			q, conj = q+3, true
		default:
			if n == 0 {
				return
			}
			goto done
		}
		if q < sc.entEnd && sc.inValue(q) {
			k := len(sc.ents) - 1
			for k >= 0 && !(sc.ents[k].start == q && sc.ents[k].kind == personIdx) {
				k--
			}
			if k < 0 {
				return
			}
			q = roleAfter(s, sc.ents[k].end) // a name found already: "Hanif, Salma, dan Rudi"
			n++
			found++
			continue
		}
		a := q
		if q+4 < len(s) && isUpper(s[q]) && s[q+1] == '.' && s[q+2] == ' ' && isUpper(s[q+3]) && isLower(s[q+4]) {
			q += 3 // an initial first: "…, M. Farhan, …"
		}
		if q+1 >= len(s) || !isUpper(s[q]) || !isLower(s[q+1]) {
			return
		}
		e, _ := capNameRun(s, q)
		if g := sc.keywordPairName(q); g > 0 && (e == q || !recordName(s, q, e, true)) {
			e = g // "…, Indah Permatasari dan Jaya Kusuma belum …"
		}
		if e == q || e < len(s) && (isAlnum(s[e]) || s[e] == '@' || s[e] == '_' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) || !recordName(s, q, e, true) && sc.keywordPairName(q) != e {
			return
		}
		if e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && s[e+2] == '.' && (e+3 == len(s) || s[e+3] == ',' || s[e+3] == ' ') {
			e += 3 // and one last: "…, Fajar N., …"
		}
		q = a
		given = given && hasGiven(s, q, e)
		pair = pair && pairWord(s, q, nameTokenEnd(s, q))
		items[n] = span{start: q, end: e}
		n++
		if q = roleAfter(s, e); q > e {
			roles++
		}
	}
done:
	if !conj && (n < 2 || !given) && !((found > 0 || roles == n-found) && pair && n > found) {
		return // but after two names found, one word that could be a name: "Andre, Bella, Chandra sudah datang"; or each with its role: "Yosef (ketua), Lely Panjaitan (sekretaris)"
	}
	for _, it := range items[:n] {
		if it.end > it.start && !sc.overlaps(it.start, it.end) {
			sc.add(Person, it.start, it.end)
		}
	}
}

// findLower adds, as a Person, each place where the capitalised word
// s[q:e] of a name found stands in lowercase as a word of its own, when
// that is no common word ("ani", "ucok"; not "indah"). Most names are not
// said again in lowercase: the places are looked for before the word.
func (sc *scanner) findLower(q, e int) {
	s := sc.s
	if e-q < 3 {
		return
	}
	var buf [wordBufLen]byte
	lb := lowerWord(buf[:], s, q, e)
	if lb == nil {
		return
	}
	lw := unsafe.String(&lb[0], len(lb)) // lives with buf, in this call
	checked := false
	for pw := sc.places(lw); ; {
		p := pw.next()
		if p < 0 {
			return
		}
		end := p + len(lw)
		if p > 0 && (isAlnum(s[p-1]) || s[p-1] == '_' || s[p-1] == '@' || s[p-1] == '.') || end < len(s) && (isAlnum(s[end]) || s[end] == '_' || s[end] == '@' || s[end] == '.' && end+1 < len(s) && isAlnum(s[end+1])) {
			continue // part of a longer word, a handle or an address
		}
		if !checked {
			// The word itself, once: no common word ("indah"), no keyword.
			fits, kw, fl := lookupToken(s, q, e)
			if lowerWordAmbiguous(lw) || businessWord(s, q, e) || !fits || kw != (keyword{}) ||
				fl&(fStopWords|fCapStop|fRoleWords|fAbortWords|fAddrWords) != 0 {
				return
			}
			checked = true
		}
		if !sc.overlaps(p, end) {
			sc.add(Person, p, end)
		}
	}
}

// findAgain adds, as a Person, each other place where the word s[q:e] of
// a name found stands as a word of its own (see repeatNames).
// With single set, the name is this one word.
func (sc *scanner) findAgain(q, e int, single bool) {
	s := sc.s
	w := s[q:e]
	if single && isUpper(w[0]) && len(w) <= wordBufLen {
		// A one-word name again in lowercase, as chat types it: "atas
		// nama Ucok, hp ucok 0811…", "kpd Sdri Ani, alamat ani di …".
		sc.findLower(q, e)
	}
	if !sc.elsewhere(w, q) || !plainName(s, q, e) || isLower(s[q]) && (ambiguousGiven(s, q, e) || w == "made") || businessWord(s, q, e) {
		return // most names are said once; "Bu Rina Cake" names a shop
	}
	for pw := sc.places(w); ; {
		p := pw.next()
		if p < 0 {
			return
		}
		from := p + len(w)
		if p > 0 && (isAlnum(s[p-1]) || s[p-1] == '_') || from < len(s) && (isAlnum(s[from]) || s[from] == '_' || s[from] == '@') ||
			p > 1 && s[p-1] == '-' && (isLetter(s[p-2]) || s[p-2] == ']') || from+1 < len(s) && s[from] == '-' && (isLetter(s[from+1]) || s[from+1] == '[') {
			continue // part of a longer word, a handle or an address: "Alyaa", "alya@…"; a hyphenated word's, a placeholder's word too: "WILHELMINA-SITI-…", "AMINAH-Budi" (FuzzRedact)
		}
		if sc.capitalNear(p, from) {
			// Part of another name ("Ci Mehong Cake", "Alya Bakery"); or
			// the full name, a family name after it that could be one,
			// opening its sentence: "… Pak Guru Bimo …. Bimo Aryanto, guru
			// matematika".
			if single && !capitalBefore(s, p) && sentenceStartsAt(s, p, false) && from+2 < len(s) {
				if f := nameTokenEnd(s, from+1); f < len(s) && s[f] == ',' && pairWord(s, from+1, f) && !sc.overlaps(p, f) && !(from+1 < sc.entEnd && sc.inValue(from+1)) {
					sc.add(Person, p, f)
				}
			}
			continue
		}
		inside := false
		for _, sp := range sc.ents {
			if p < sp.end && from > sp.start {
				inside = true
				break
			}
		}
		if !inside {
			sc.add(Person, p, from)
		}
	}
}

// listSiblings reads the other items of a list that a name found is an
// item of: apart by commas ("Absen hari ini: Dimas sakit, Fitri cuti, Pak
// Wahyu dinas luar") or numbered ("1. Andika Pratama 85\n2. Bella
// Safitri 90", "1. Aldo 2. Bima 3. Citra"). An item is a name when its
// first capitalised words, after a title, are one (see recordName), and
// no keyword, common, role or place word. A common given name at an
// item's start is a name found too.
// It reports whether it added any.
func (sc *scanner) listSiblings() bool {
	s := sc.s
	person := personIdx
	done := -1 // the end of the last list read
	n := len(sc.ents)
	for k := 0; k < n; k++ {
		sp := sc.ents[k]
		if sp.kind != person || sp.start < done {
			continue
		}
		a, numbered := listItemStart(s, sp.start, sp.end)
		if a < 0 {
			continue
		}
		done = sc.listItems(a, numbered)
	}
	return len(sc.ents) > n
}

// sizeAt reports whether a clothing size stands at k as a word of its
// own: "S", "M", "XL", "XXL".
func sizeAt(s string, k int) bool {
	e := k
	for e < len(s) && (s[e] == 'X' || s[e] == 'S' || s[e] == 'M' || s[e] == 'L') && e-k < 4 {
		e++
	}
	if e == k || e < len(s) && isAlnum(s[e]) {
		return false
	}
	switch s[k:e] {
	case "S", "M", "L", "XS", "XL", "XXL", "XXXL":
		return true
	}
	return false
}

// whoWord reports whether the word at q says who a person is after the
// name: "Wahyudi yg kirim", "Rini dari gudang Sunter".
func whoWord(s string, q int) bool {
	e := wordEnd(s, q)
	var w [6]byte
	switch string(lowerWord(w[:], s, q, e)) {
	case "yg", "yang", "dari":
		return e < len(s) && s[e] == ' '
	case "nih", "disini", "here":
		return e == len(s) || !isLetter(s[e]) // who writes: "Aldi nih kak, no wa baru …", "Ibnu nih, nomor gw …"
	}
	return false
}

// timeAdverb reports whether s[i:j] says when: "td", "nanti", "besok".
func timeAdverb(s string, i, j int) bool {
	var w [8]byte
	switch string(lowerWord(w[:], s, i, j)) {
	case "td", "tadi", "tdi", "nanti", "nnt", "ntar", "besok", "bsk", "kemarin", "kmrn", "kmrin", "barusan":
		return true
	}
	return false
}

// personVerb reports whether the word at q is one chat says of a person
// right after the person's name: "Rudi bilang …", "Salma udah bayar".
func personVerb(s string, q int) bool {
	e := wordEnd(s, q)
	var w [10]byte
	switch string(lowerWord(w[:], s, q, e)) {
	case "bilang", "blg", "sudah", "udah", "udh", "sdh", "belum", "blm", "mau", "minta", "lagi", "lg", "nanti", "tadi",
		"katanya", "sedang", "akan", "bisa", "ga", "gak", "nggak", "ngga", "tidak", "ikut", "datang", "pergi", "sakit",
		"izin", "ijin", "dan", "sama", "juga", "kok", "barusan", "kemarin", "besok", "tolong", "titip", "nitip", "pesan",
		"pesen", "transfer", "tf", "bayar", "ambil", "jemput", "telpon", "telepon", "wa", "chat", "nanya", "tanya",
		"ngaku", "mengaku", "said", "says", "will", "is", "has", "wants", "asked",
		"request", "komplain", "complain", "lapor", "protes", "cancel", "batal", "refund", "menanyakan", "mengeluh", "tunggu", "nunggu", "menunggu",
		"suka", "sering", "selalu", // what a child does: "bu, Kinan suka mabuk darat"
		"gk", "tlg", "bawa", "bawain", "bawakan", // "Theo tlg bawa proyektor", "Kristian gk bisa ikut"
		"dm", "jgn", "jangan", // "ivana td dm kok ga dibales", "yanti jgn lupa bayar"
		"tlp", "telp", "nelpon", "nelp", // "arman tlp aja ke 0852…"
		"nyusul", "menyusul", "pingsan", "demam", "meninggal", "dirawat", "dioperasi", "melahirkan", "lahiran", "kejang", "muntah": // a patient: "Emergency: Chandra pingsan di kantor"
		return true
	}
	return false
}

// commaItems reports whether the word at i is an item of a list apart by
// commas whose next item is a capitalised word too: "Ratna, Aldi, …".
func (sc *scanner) commaItems(i int) bool {
	s := sc.s
	j := wordEnd(s, i)
	if j+2 < len(s) && s[j] == ' ' && s[j+1] == '(' {
		// To the bracket's end, however far: a value in it is as long as
		// the placeholder that stands for it after redaction.
		k := j + 2
		for {
			c := strings.IndexByte(s[k:], ')')
			if c < 0 || strings.IndexByte(s[k:k+c], '\n') >= 0 {
				break
			}
			if f := k + c + 1; f < len(s) && !(s[f] == ' ' || s[f] == ',' || s[f] == '.' || s[f] == ';' || s[f] == ')' || s[f] == '!' || s[f] == '?' || s[f] == '\n') {
				k += c + 1 // a bracket glued to what follows ends no aside, and a value may hold it: "(ort 0812-1111-3)33)" (FuzzRedact)
				continue
			}
			j = k + c + 1 // "Andre (1/7), Bella (1/7)", "Rina (ortu 0812-1111-3333), Tirtu"
			break
		}
	}
	return j+3 < len(s) && s[j] == ',' && s[j+1] == ' ' && isUpper(s[j+2]) && isLower(s[j+3]) &&
		!sc.productLine(strings.LastIndexByte(s[:i], '\n')+1, i)
}

// inlineItemAt reports whether s[i] starts an item of a numbered list on
// one line: "1. Aldo 2. Bima".
// chineseNameEnd returns the end of a Chinese-Indonesian name whose
// family name is s[i:j]: two given syllables after it, in the family
// name's case ("Tjhin Mei Fung", "Kwee Siu Lan", "LIE FUNG TJEN"), or 0.
func chineseNameEnd(s string, i, j int) int {
	if j-i > 5 || j+2 >= len(s) || s[j] != ' ' || !isUpper(s[j+1]) {
		return 0 // most words are no family name before a given name
	}
	var b [8]byte
	switch string(lowerWord(b[:], s, i, j)) {
	case "tjhin", "oey", "oei", "kwee", "tjoa", "tjan", "gouw", "thio", "khoe", "liauw", "njoo", "tjong", "goei", "tjia",
		"siauw", "lauw", "tjio", "phang", "liong", "lie", "kho", "yap", "bong", "ong", "tan", "lim", "liem", "wong", "go", "the", "tio", "sie":
	default:
		return 0
	}
	caps := isUpper(s[i+1])
	e := j
	for k := 0; k < 2; k++ {
		if e+2 >= len(s) || s[e] != ' ' || !isUpper(s[e+1]) {
			return 0
		}
		f := e + 2
		for f < len(s) && isLetter(s[f]) && s[f] < 0x80 && (isUpper(s[f]) == caps) {
			f++
		}
		if f-e-1 > 6 || f < len(s) && isAlnum(s[f]) || !chineseSyllable(s[e+1:f]) {
			return 0
		}
		e = f
	}
	return e
}

// chineseSyllable reports the given names' syllables of Chinese-Indonesian
// names, in Hokkien and Hakka spellings, in any letter case.
func chineseSyllable(w string) bool {
	var b [8]byte
	switch string(lowerWord(b[:], w, 0, len(w))) {
	case "mei", "fung", "siu", "lan", "hong", "swie", "bing", "siang", "ling", "hwa", "tjen", "kok", "wie", "hok", "liang",
		"ing", "hui", "yin", "fang", "kiat", "tjoe", "sien", "giok", "kiem", "nio", "hoa", "djien", "ming", "jin", "hian",
		"siong", "tek", "boen", "tjay", "khiong", "liong", "gwan", "sen", "tiong", "bie", "lian", "sioe", "gie", "hien",
		"swan", "kwan", "fong", "wei", "jun", "yong", "chen", "lin", "xin", "ping", "tjie", "hauw", "hin", "kim", "kiong",
		"lay", "loan", "nie", "oen", "pik", "san", "sing", "soen", "tjin", "tjoan", "tjwan", "wan", "yung", "bun", "chin",
		"eng", "hay", "kie", "koen", "seng", "sian", "tjhoen", "tong", "tsai", "yu", "lie", "siok", "khing", "tjiang":
		return true
	}
	return false
}

// koreanGivenEnd returns the end of a Korean given name romanised with a
// hyphen that starts at p ("Min-jun", "Seo-yeon", "Ji-woo": two
// syllables of two to four letters), or 0.
func koreanGivenEnd(s string, p int) int {
	if p+4 >= len(s) || !isUpper(s[p]) {
		return 0
	}
	q := p + 1
	for q < len(s) && isLower(s[q]) && s[q] < 0x80 {
		q++
	}
	if q-p < 2 || q-p > 4 || q+2 >= len(s) || s[q] != '-' {
		return 0
	}
	r := q + 1
	for r < len(s) && isLower(s[r]) && s[r] < 0x80 {
		r++
	}
	if n := r - q - 1; n < 2 || n > 4 || r < len(s) && (isAlnum(s[r]) || s[r] == '-' || s[r] == '_') {
		return 0
	}
	return r
}

// koreanFamily reports the common Korean family names, capitalised.
func koreanFamily(w string) bool {
	switch w {
	case "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo",
		"Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Ryu":
		return true
	}
	return false
}

// idOfThing reports whether the word before "ID" at p names a thing's,
// or is a value's or a placeholder, which may have been such a word:
// "ID pesanan saya …", "order ID saya …", "@6785booking ID saya …"
// (FuzzRedact).
func (sc *scanner) idOfThing(p int) bool {
	s := sc.s
	if p < 2 || s[p-1] != ' ' {
		return false
	}
	if s[p-2] == ']' {
		return true
	}
	w := wordStart(s, p-1)
	return w < sc.entEnd && sc.inValue(w) || w > 0 && (s[w-1] == '@' || isAlnum(s[w-1])) || transactionWord(s, w, p-1)
}

// accountWordAfter reports whether the word after "ID" ending at j says
// it is a person's account: "ID akun KW-778812", "ID pengguna U-4410928".
func accountWordAfter(s string, j int) bool {
	if j+5 >= len(s) || s[j] != ' ' {
		return false
	}
	e := wordEnd(s, j+1)
	var w [9]byte
	switch string(lowerWord(w[:], s, j+1, e)) {
	case "akun", "akunnya", "pengguna", "user", "account", "login", "member":
		return true
	}
	return false
}

// userCodeAfter reports whether a code whose capitals name a user, a
// customer or a member follows "ID" ending at j: "id USR-0091827".
func userCodeAfter(s string, j int) bool {
	q := j
	if q < len(s) && s[q] == ':' {
		q++
	}
	if q+6 >= len(s) || s[q] != ' ' || !isUpper(s[q+1]) {
		return false
	}
	q++
	k := q
	for k < len(s) && k-q < 5 && isUpper(s[k]) {
		k++
	}
	if k >= len(s) || !isDigit(s[k]) && s[k] != '-' {
		return false
	}
	switch s[q:k] {
	case "USR", "USER", "UID", "CUST", "CST", "MBR", "MEM", "EMP", "ACC", "ACCT", "PLG":
		return true
	}
	return false
}

// codeAfter reports whether a person's code follows j right away, the
// label's own number with no "no" before it: capitals and then digits
// ("MEM0098812", "EMP-11923", "KTR/0923/77812"), or digits with a
// leading zero ("00421"); with long, digits only, eight or more of them
// ("kontrak 4011202200458"). An amount has no leading zero and no
// capitals.
func codeAfter(s string, j int, long bool) bool {
	q := j
	for k := 0; k < 2 && q+2 < len(s) && s[q] == ' ' && isLower(s[q+1]); k++ {
		e := wordEnd(s, q+1)
		var w [6]byte
		switch string(lowerWord(w[:], s, q+1, e)) {
		case "card", "kartu", "saya", "sy", "aku", "gw", "ku", "my":
			q = e // "member card saya SLN-2291"
			continue
		}
		break
	}
	if q+1 < len(s) && s[q] == ':' {
		q++
	}
	if q+5 >= len(s) || s[q] != ' ' {
		return false
	}
	q++
	k := q
	for k < len(s) && k-q < 4 && isUpper(s[k]) {
		k++
	}
	caps := k - q
	digits, marks := 0, false
	for ; k < len(s) && k-q < 32; k++ {
		c := s[k]
		if isDigit(c) {
			digits++
		} else if (c == '-' || c == '/' || c == '.') && k+1 < len(s) && isAlnum(s[k+1]) {
			marks = true
		} else if !isUpper(c) {
			break
		}
	}
	if k < len(s) && isAlnum(s[k]) || digits < 4 {
		return false
	}
	// Four digits after capitals with no mark may be a year: "member GOLD2024".
	return caps > 0 && caps < k-q && (digits >= 5 || marks) || s[q] == '0' && digits >= 5 && digits <= 10 || long && digits >= 8 // a JKN card's thirteen digits are its own
}

// blockCode reads a house's block after "blok" at i..j when no longer
// address follows: a capital or two and a number, "blok D7", "Blok
// C2/15", "blok F-12"; not an area's letter alone ("Blok M").
func (sc *scanner) blockCode(i, j int) int {
	s := sc.s
	q := j
	if q+2 >= len(s) || s[q] != ' ' || !isUpper(s[q+1]) {
		return 0
	}
	q++
	e := q
	for e < len(s) && e-q < 2 && isUpper(s[e]) {
		e++
	}
	if e < len(s) && s[e] == '-' {
		e++
	}
	d := digitsEnd(s, e)
	if d == e || d-e > 3 {
		return 0
	}
	if d+1 < len(s) && s[d] == '/' && isDigit(s[d+1]) {
		d = digitsEnd(s, d+1)
	}
	if d < len(s) && (isAlnum(s[d]) || s[d] == '-' || s[d] == '@') || i < sc.entEnd && sc.inValue(i) || sc.overlaps(i, d) ||
		hasPrefixFold(s, d, " no") || sc.ourPlaceBefore(i) || advertAfter(s, d) || sc.businessBefore(i) {
		return 0 // a longer address addressStrong declined, the business's own: "kirim ke gudang blok J3 no 4"; an advert: "blok K2 tinggal 3 unit lagi"
	}
	sc.add(Address, i, d)
	return d
}

// unitLetterCode returns the end of an apartment unit's code at r: its
// tower's capital, a dash and two to four digits, and a dash and the
// unit's number ("B-1204", "A-21-07"); or 0.
func unitLetterCode(s string, r int) int {
	if r+3 >= len(s) || !isUpper(s[r]) || s[r+1] != '-' {
		return 0
	}
	d := digitsEnd(s, r+2)
	if d-r-2 < 2 || d-r-2 > 4 {
		return 0
	}
	if d+1 < len(s) && s[d] == '-' && isDigit(s[d+1]) {
		if f := digitsEnd(s, d+1); f-d-1 <= 3 {
			d = f
		}
	}
	if d < len(s) && (isAlnum(s[d]) || s[d] == '-' || s[d] == '@' || s[d] == '_') {
		return 0
	}
	return d
}

// ownerWord reports whether s[a:b] says whose a thing is, as chat does
// after it: "saya", "aku", "gw" (see firstPerson), "kami", "my".
func ownerWord(s string, a, b int) bool {
	if firstPerson(s, a, b) {
		return true
	}
	var w [4]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "gua", "ku", "kami", "my":
		return true
	}
	return false
}

// gamerTag returns the end of an account's name at q after whose account
// it is: letters and digits mixed, with a lowercase letter
// ("xXDarkLord99Xx", "RaffiGG07"), or a lowercase word of five letters or
// more that is no word of chat, no keyword and no verb ("ucupgaming"),
// before the clause goes on; or 0.
func gamerTag(s string, q int) int {
	e := q
	digit, lower := false, false
	for e < len(s) && isAlnum(s[e]) && e-q <= 24 {
		digit = digit || isDigit(s[e])
		lower = lower || isLower(s[e])
		e++
	}
	if e-q < 5 || e-q > 24 || !lower || e < len(s) && (isAlnum(s[e]) || s[e] == '@' || s[e] == '_' || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) {
		return 0
	}
	if digit {
		return e
	}
	if !lowerRun(s, q, e) || e-q > 16 || chatWord(s, q, e) || verbAffix(s, q, e) || hasPrefixFold(s, e-3, "nya") || businessWord(s, q, e) {
		return 0
	}
	if fits, kw, fl := lookupToken(s, q, e); !fits || kw != (keyword{}) || fl != 0 {
		return 0
	}
	return e
}

// ijazahSerial returns the end of an Indonesian school certificate's
// serial at q: its region's capitals, a dash and two digits, its level's
// letters and six or seven digits ("DN-02 Ma 0012345", "DN-12 Dl
// 0123456", "DN-01 D 0001234"); or 0.
func ijazahSerial(s string, q int) int {
	k := q
	for k < len(s) && k-q < 3 && isUpper(s[k]) {
		k++
	}
	if k-q < 2 || k+3 >= len(s) || s[k] != '-' {
		return 0
	}
	d := digitsEnd(s, k+1)
	if d-k-1 < 2 || d-k-1 > 3 || d+3 >= len(s) || s[d] != ' ' || !isUpper(s[d+1]) {
		return 0
	}
	w := wordEnd(s, d+1)
	if w-d-1 > 2 || w+2 >= len(s) || s[w] != ' ' {
		return 0
	}
	e := digitsEnd(s, w+1)
	if e-w-1 < 6 || e-w-1 > 8 || e < len(s) && isAlnum(s[e]) {
		return 0
	}
	return e
}

// transactionWord reports whether s[a:b] names a transaction or a thing
// of the business's, whose ID is no person's: "order ID saya …".
func transactionWord(s string, a, b int) bool {
	var w [12]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "order", "pesanan", "transaksi", "trx", "invoice", "inv", "booking", "tiket", "ticket", "resi", "tracking",
		"promo", "voucher", "produk", "product", "item", "sku", "paket", "package", "payment", "pembayaran", "refund",
		"klaim", "claim", "komplain", "complaint", "laporan", "report", "case", "kasus", "meeting", "zoom", "room",
		"device", "perangkat", "toko", "shop", "store", "merchant", "outlet", "cabang", "tagihan", "bill", "kupon", "coupon":
		return true
	}
	return false
}

// holderNumber returns where the holder's name ends before the word of a
// number, up to two words on from j ("card", "saya"): "polis an. Hj. Siti
// Khadijah no. 2022-AJ-…", "member card a/n Sinta Dewi no. MBR-558712";
// or 0.
func holderNumber(s string, j int) int {
	q := j
	for k := 0; ; k++ {
		if q+1 >= len(s) || s[q] != ' ' {
			return 0
		}
		q++
		if e := holderAt(s, q); e > 0 {
			q = e
			break
		}
		e := wordEnd(s, q)
		if k == 2 || e == q || e-q > 8 {
			return 0
		}
		q = e
	}
	words := 0
	for words < 6 && q+2 < len(s) && s[q] == ' ' && isUpper(s[q+1]) {
		e := nameTokenEnd(s, q+1)
		if e == q+1 {
			break
		}
		if e < len(s) && s[e] == '.' {
			e++ // a title's or an initial's: "Hj.", "M."
		}
		q, words = e, words+1
	}
	if words == 0 || !numberWordAfter(s, q) {
		return 0
	}
	return q
}

// holderAt returns where "a/n", "a.n.", "an." or "atas nama" at q ends,
// or 0.
func holderAt(s string, q int) int {
	for _, h := range [...]string{"a/n", "a.n.", "a.n", "an.", "atas nama"} {
		if e := q + len(h); hasPrefixFold(s, q, h) && e < len(s) && s[e] == ' ' {
			return e
		}
	}
	return 0
}

// numberWordAfter reports whether a number's word follows j: " no",
// " nomor", " number", as "porsi no 1100234567" has it.
func numberWordAfter(s string, j int) bool {
	if j+4 < len(s) && s[j] == ',' {
		j++ // "kartu pelajar, nomor kartu 31-0422-0098"
	}
	if j+3 >= len(s) || s[j] != ' ' {
		return false
	}
	e := wordEnd(s, j+1)
	if e+4 < len(s) && s[e] == ' ' && (e-j-1 == 4 && (hasPrefixFold(s, j+1, "saya") || hasPrefixFold(s, j+1, "kami")) || e-j-1 == 3 && hasPrefixFold(s, j+1, "aku") || e-j-1 == 2 && hasPrefixFold(s, j+1, "sy")) {
		j = e // whose: "kontrak pinjaman saya no PK/2023/09/004127"
		e = wordEnd(s, j+1)
	}
	switch e - j - 1 {
	case 2:
		return hasPrefixFold(s, j+1, "no") || hasPrefixFold(s, j+1, "id") // "student card, ID STD-88213"
	case 5:
		return hasPrefixFold(s, j+1, "nomor") || hasPrefixFold(s, j+1, "nomer")
	case 6:
		return hasPrefixFold(s, j+1, "number")
	}
	return false
}

// asciiWordBefore returns the start of the word of ASCII letters that ends
// at e, or -1 when none does or it is part of a longer token.
func asciiWordBefore(s string, e int) int {
	a := e
	for a > 0 && isLetter(s[a-1]) && s[a-1] < 0x80 {
		a--
	}
	if a == e || a > 0 && isAlnum(s[a-1]) {
		return -1
	}
	return a
}

// comboPassword finds a password written right after an e-mail address
// that ends at i, as accounts are shared and leaked ("rina@gmail.com /
// Rahasia123", "budi@yahoo.com:qwerty88"): after a colon, a slash or a bar,
// a token with a letter and a digit or a symbol in it. It returns the
// token's span, or end 0.
func comboPassword(s string, i int) (int, int) {
	q := i
	if q < len(s) && s[q] == ' ' {
		q++
	}
	if q >= len(s) || s[q] != ':' && s[q] != '/' && s[q] != '|' {
		return 0, 0
	}
	if s[q] == ':' && q > i {
		return 0, 0 // "budi@gmail.com : …" is a label's colon
	}
	q++
	if q < len(s) && s[q] == ' ' && (s[q-1] != ':' || q-1 > i) {
		q++
	}
	e := q
	letter, other := false, false
	for e < len(s) && s[e] > ' ' && s[e] < 0x80 && s[e] != ',' && s[e] != ';' && s[e] != '[' {
		letter = letter || isLetter(s[e])
		other = other || !isLetter(s[e])
		e++
	}
	for e > q && (s[e-1] == '.' || s[e-1] == ')') {
		e--
	}
	if e-q < 6 || e-q > 64 || !letter || !other || strings.Contains(s[q:e], "://") || strings.Contains(s[q:e], "@") {
		return 0, 0
	}
	return q, e
}

// ownerBeforeHandle finds the name of a handle's owner written before it
// ("leader Yudha @yudha.esport", "Rina Kartika (@rinakartika)"): one to
// three capitalised words, no keyword or common word among them, right
// before the handle at s[h:he], one of which (of three letters or more)
// the handle spells, and one a given name. It returns the name's span, or end 0.
func ownerBeforeHandle(s string, h, he int) (int, int) {
	b := h - 1
	if s[b] == '(' {
		b--
	}
	if b < 1 || s[b] != ' ' {
		return 0, 0
	}
	a, spelled, given := b, false, false
	for w := 0; w < 3; w++ {
		st := asciiWordBefore(s, a)
		if st < 0 || !isUpper(s[st]) {
			break
		}
		fits, kw, fl := lookupToken(s, st, a)
		if fits && (kw != (keyword{}) || fl&(fStopWords|fCapStop|fRoleWords) != 0) {
			break
		}
		given = given || fl&fGivenNames != 0
		spelled = spelled || a-st >= 3 && handleSpells(s[h:he], s[st:a])
		a = st
		if a < 2 || s[a-1] != ' ' {
			break
		}
		a--
	}
	if !spelled || !given {
		return 0, 0 // a brand's: "Toko Maju @tokomaju", "JNE @jne_id"
	}
	for s[a] == ' ' {
		a++
	}
	return a, b
}

// handleSpells reports whether the handle h holds the word w, in any
// letter case.
func handleSpells(h, w string) bool {
	for k := 0; k+len(w) <= len(h); k++ {
		if strings.EqualFold(h[k:k+len(w)], w) {
			return true
		}
	}
	return false
}

// rideApp reports whether w (in lowercase) names an app or a courier whose
// drivers chat names: "driver grab", "kurir jne".
func rideApp(w string) bool {
	switch w {
	case "grab", "gojek", "gocar", "goride", "grabcar", "grabbike", "maxim", "indrive", "shopee", "shopeefood",
		"jne", "jnt", "sicepat", "anteraja", "lalamove", "deliveree", "paxel", "ninja", "tiki", "pos", "wahana", "idexpress", "lion",
		"gosend", "grabexpress", "spx", "borzo", "gofood", "grabfood":
		return true
	}
	return false
}

// staffName reports whether the capitalised word s[q:e] after a staff
// member's word ("kurir", "driver", "teknisi") is a name no list knows: a
// plain word, no app's, brand's, keyword or business, with what the person
// did after it ("kurir Joni tadi nelpon", "driver Yanto bilang …").
func staffName(s string, q, e int) bool {
	if e-q < 3 || e+1 >= len(s) || s[e] != ' ' || !personVerb(s, e+1) && !(hasPrefixFold(s, e+1, "yg ") || hasPrefixFold(s, e+1, "yang ")) || !plainName(s, q, e) || businessWord(s, q, e) || appProduct(s[q:e]) {
		return false
	}
	var b [12]byte
	lw := lowerWord(b[:], s, q, e)
	if lw == nil || rideApp(string(lw)) {
		return false
	}
	_, kw, fl := lookupToken(s, q, e)
	return kw == (keyword{}) && fl&(fStopWords|fCapStop|fRoleWords|fAbortWords|fAddrWords) == 0
}

// staffOwner reports whether s[a:b] says whose a staff member is, between
// the staff's word and the name: "kurir kalian Samsul", "admin kami Rina".
func staffOwner(s string, a, b int) bool {
	var w [6]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "kalian", "kami", "anda", "kamu", "km", "saya", "sy", "aku", "gw", "gue", "lu", "lo", "elo", "situ", "itu", "tadi", "td", "yg", "yang":
		return true
	}
	return false
}

// appProduct reports whether w names an app's service rather than its
// driver: "grab Car", "gojek Food".
func appProduct(w string) bool {
	var b [8]byte
	switch string(lowerWord(b[:], w, 0, len(w))) {
	case "car", "bike", "food", "mart", "express", "xpress", "send", "box", "ride", "regular", "reguler", "instant", "sameday", "cargo":
		return true
	}
	return false
}

// codeWordAt reports whether a word naming a code starts at a ("kode",
// "kodenya", "code"), for "kode yg masuk 918273".
func codeWordAt(s string, a int) bool {
	if a < 0 {
		return false
	}
	e := wordEnd(s, a)
	return e-a == 4 && (hasPrefixFold(s, a, "kode") || hasPrefixFold(s, a, "code")) || e-a == 7 && hasPrefixFold(s, a, "kodenya")
}

// idAfterName reads, right after a person's name and a comma or a
// bracket, the person's number with an institution after "ID" or "no":
// "Saya Sinta, ID HR-7721", "rekan Yoga (ID WH-0431)", "sy Dewi, no
// CS-2214". A number of the text's business ("no order …") has its own
// word after "no", which ends the look.
func (sc *scanner) idAfterName(q int) {
	s := sc.s
	e := wordEnd(s, q)
	if !(e-q == 2 && (lowerASCII(s[q]) == 'i' && lowerASCII(s[q+1]) == 'd' || lowerASCII(s[q]) == 'n' && lowerASCII(s[q+1]) == 'o' || lowerASCII(s[q]) == 'r' && lowerASCII(s[q+1]) == 'm') ||
		e-q == 3 && (hasPrefixFold(s, q, "mrn") || hasPrefixFold(s, q, "nip") || hasPrefixFold(s, q, "nim") || hasPrefixFold(s, q, "nrp") || hasPrefixFold(s, q, "nik"))) {
		return // "(ID WH-0431)", "(RM 204455)": a patient's record, an employee's, a student's number
	}
	r := e
	if r < len(s) && (s[r] == '.' || s[r] == ':') {
		r++
	}
	if r+5 >= len(s) || s[r] != ' ' || !isAlnum(s[r+1]) || !codeHasDigit(s, r+1) || sc.overlaps(r+1, r+2) || r+1 < sc.entEnd && sc.inValue(r+1) {
		return
	}
	sc.short4 = e-q == 2 // "Sdr. Anwar Fauzi, ID 7781": four digits name the holder here
	sc.memberID(r)
	sc.short4 = false
}

// childrenBefore reports whether the word that ends at e names children:
// "kids Lukas (9) and Mia (6)", "anak Raka (10)".
func childrenBefore(s string, e int) bool {
	a := e
	for a > 0 && isLetter(s[a-1]) {
		a--
	}
	var w [9]byte
	switch string(lowerWord(w[:], s, a, e)) {
	case "kids", "children", "anak", "anakku", "putra", "putri", "cucu", "son", "daughter", "sons", "daughters":
		return true
	}
	return false
}

// roleAfter returns the end of a role in brackets in lowercase after a
// list's name that ends at e ("Yosef (ketua), Lely Panjaitan
// (sekretaris)"), or e.
func roleAfter(s string, e int) int {
	if e+4 >= len(s) || s[e] != ' ' || s[e+1] != '(' || !isLower(s[e+2]) {
		return e
	}
	for k := e + 2; k < len(s) && k-e < 24; k++ {
		switch c := s[k]; {
		case c == ')':
			return k + 1
		case !isLower(c) && c != ' ' && c != '-':
			return e
		}
	}
	return e
}

// childrenNear reports whether the 80 bytes before b speak of children
// or pupils: "anak-anak sekolah minggu: Gloria (8), …".
func childrenNear(s string, b int) bool {
	w := s[max(0, b-80):b]
	for _, k := range []string{"anak", "kids", "children", "siswa", "murid", "sekolah", "santri", "putra", "putri", "cucu"} {
		for q := 0; q+len(k) <= len(w); q++ {
			if hasPrefixFold(w, q, k) {
				return true
			}
		}
	}
	return false
}

// groupWord reports whether s[a:b] names a group that a person heads or
// belongs to, between a party's word and the name: "Ketua rombongan Faigi
// Zebua", "ketua panitia Rudi".
func groupWord(s string, a, b int) bool {
	var w [10]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "rombongan", "kelompok", "panitia", "regu", "tim", "kelas", "arisan", "pengajian", "jemaah", "jamaah", "yayasan", "koperasi", "paguyuban", "murid", "santri":
		return true
	}
	return false
}

// closeAfter reports whether only blanks and marks, at most five bytes,
// stand between e and i: "Mama Laras... eh Laras".
func closeAfter(s string, e, i int) bool {
	if i < e || i-e > 5 {
		return false
	}
	for _, c := range []byte(s[e:i]) {
		if c != ' ' && c != ',' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// codeCued returns codeCue for the text, once a text.
func (sc *scanner) codeCued() bool {
	if sc.codeCue == 0 {
		sc.codeCue = 1
		if codeCue(sc.s) {
			sc.codeCue = 2
		}
	}
	return sc.codeCue == 2
}

// codeCue reports whether the text says a code was sent to be typed in,
// which makes the digits after "kode" or "kodenya" a secret: "sy dpt sms
// dr klinik minta konfirmasi, kodenya 5521", not a product's "kodenya
// 1023 ready?".
func codeCue(s string) bool {
	for q := 0; q < len(s); {
		if !isLetter(s[q]) {
			q++
			continue
		}
		e := wordEnd(s, q)
		// By length, then the letters: a word at a time costs a few
		// comparisons, not a copy in lowercase (a 2 KB text says "kode"
		// once and has three hundred words).
		switch e - q {
		case 3:
			if hasPrefixFold(s, q, "sms") || hasPrefixFold(s, q, "otp") || hasPrefixFold(s, q, "dpt") {
				return true
			}
		case 4:
			if hasPrefixFold(s, q, "akun") {
				return true
			}
		case 5:
			if hasPrefixFold(s, q, "login") || hasPrefixFold(s, q, "dapat") || hasPrefixFold(s, q, "dapet") || hasPrefixFold(s, q, "reset") ||
				e < len(s) && s[e] == '2' && hasPrefixFold(s, q, "siapa") || hasPrefixFold(s, q, "loker") { // "jangan kasih siapa2", "kodenya 2231 buat ambil barang di loker"
				return true
			}
		case 7:
			// And what the code's own message warns: "jangan bagikan
			// kode ini kepada siapapun", "rahasia", "jangan disebar".
			if hasPrefixFold(s, q, "expired") || hasPrefixFold(s, q, "rahasia") || hasPrefixFold(s, q, "bagikan") || hasPrefixFold(s, q, "disebar") {
				return true
			}
		case 6:
			if hasPrefixFold(s, q, "locker") {
				return true
			}
		case 8:
			if hasPrefixFold(s, q, "aktivasi") || hasPrefixFold(s, q, "siapapun") || hasPrefixFold(s, q, "sebarkan") {
				return true
			}
		case 10:
			if hasPrefixFold(s, q, "verifikasi") || hasPrefixFold(s, q, "konfirmasi") || hasPrefixFold(s, q, "kadaluarsa") {
				return true
			}
		case 11:
			if hasPrefixFold(s, q, "kedaluwarsa") {
				return true
			}
		case 12:
			if hasPrefixFold(s, q, "verification") {
				return true
			}
		}
		q = e
	}
	return false
}

// productRegistry reports whether a product's registration follows j,
// which names no one: "no registrasi BPOM MD 224510012345", "nomor
// registrasi produk …".
func productRegistry(s string, j int) bool {
	for k, q := 0, j; k < 3 && q+1 < len(s); k++ {
		q++
		e := wordEnd(s, q)
		var b [8]byte
		switch string(lowerWord(b[:], s, q, e)) {
		case "bpom", "pom", "pirt", "halal", "sni", "produk", "product", "merek", "izin", "kemenkes", "akl", "akd":
			return true
		}
		if e >= len(s) || s[e] != ' ' {
			return false
		}
		q = e
	}
	return false
}

// commonWordBefore reports whether the word that ends at e is a keyword
// or a stop word, which no value holds.
func commonWordBefore(s string, e int) bool {
	a := asciiWordBefore(s, e)
	if a < 0 || a > 0 && s[a-1] == ']' {
		return false
	}
	fits, kw, fl := lookupToken(s, a, e)
	return fits && (kw != (keyword{}) || fl&(fStopWords|fCapStop) != 0)
}

// classInBrackets reports whether a child's school or class is in the
// brackets at p: "Dani (SMP 2)", "Keenan (TK B)", "Aurel (kelas 3)".
func classInBrackets(s string, p int) bool {
	c := strings.IndexByte(s[p:min(len(s), p+16)], ')')
	if c < 4 {
		return false
	}
	e := wordEnd(s, p+1)
	if e >= p+c || s[e] != ' ' {
		return false
	}
	var w [6]byte
	switch string(lowerWord(w[:], s, p+1, e)) {
	case "tk", "paud", "sd", "smp", "sma", "smk", "mi", "mts", "kelas", "kls", "grade":
		return true
	}
	return false
}

// ageInBrackets reports whether an age in brackets, with its unit,
// starts at p: "(6 th)", "(4 thn)", "(2 tahun)", "(18 bln)", "(30 y.o.)".
func ageInBrackets(s string, p int) bool {
	if p+4 >= len(s) || s[p] != '(' {
		return false
	}
	d := digitsEnd(s, p+1)
	if d-p-1 < 1 || d-p-1 > 2 {
		return false
	}
	q := d
	if q < len(s) && s[q] == ' ' {
		q++
	}
	e := q
	for e < len(s) && (isLetter(s[e]) && s[e] < 0x80 || s[e] == '.') {
		e++
	}
	if e >= len(s) || s[e] != ')' {
		return false
	}
	var w [8]byte
	switch string(lowerWord(w[:], s, q, e)) {
	case "th", "thn", "tahun", "bln", "bulan", "y", "yo", "y.o.", "y.o", "yrs", "years", "th.", "thn.":
		return true
	}
	return false
}

// ageAfterComma reports whether an age starts at p, after a name's
// comma: "7 thn", "12 tahun", "6 y.o".
func ageAfterComma(s string, p int) bool {
	d := digitsEnd(s, p)
	if d-p < 1 || d-p > 2 || d+2 >= len(s) || s[d] != ' ' {
		return false
	}
	e := d + 1
	for e < len(s) && (isLetter(s[e]) && s[e] < 0x80 || s[e] == '.') {
		e++
	}
	for e > d+1 && s[e-1] == '.' {
		e--
	}
	var w [8]byte
	switch string(lowerWord(w[:], s, d+1, e)) {
	case "th", "thn", "tahun", "y", "yo", "y.o", "yrs", "years", "year":
		return e == len(s) || !isAlnum(s[e])
	}
	return false
}

// vocativeBefore reports whether the words before the comma at c address
// someone, as chat opens a line: "kak,", "bu guru,", "min,", "Pak,".
func vocativeBefore(s string, c int) bool {
	b := asciiWordBefore(s, c)
	if b < 0 {
		return false
	}
	_, kw, fl := lookupToken(s, b, c)
	if kw.trig == trigHonorific || kw.trig == trigStaff || fl&fRoleWords != 0 {
		return true
	}
	var w [8]byte
	switch string(lowerWord(w[:], s, b, c)) {
	case "min", "mimin", "gan", "sis", "guru", "dok", "kakak":
		return true
	}
	return false
}

// vocativeComma reports whether the word at v names the person addressed,
// then a comma: "kak,", "pak,", "min,".
func vocativeComma(s string, v int) bool {
	w := wordEnd(s, v)
	return w > v && w-v <= 6 && w < len(s) && s[w] == ',' && vocativeBefore(s, w)
}

// relativeSelf reports whether a relative's word and "I" stand at v: "istri
// saya", "anak aku", "suami sy".
func relativeSelf(s string, v int) bool {
	w := wordEnd(s, v)
	if w == v || w+3 >= len(s) || s[w] != ' ' || !inSet(s, v, w, fFamily) {
		return false
	}
	return firstPerson(s, w+1, wordEnd(s, w+1))
}

// lowerPairAtStart reads two common given names in lowercase joined by
// "sm", "sama" or "dan" that open a line, before what they do or when:
// "bayu sm intan besok dtg ambil rapor". One of them may be a word too,
// not both ("indah sm mulia" is no one).
func (sc *scanner) lowerPairAtStart(i, j int) int {
	s := sc.s
	var k int
	switch {
	case hasPrefixFold(s, j, " sm "), hasPrefixFold(s, j, " dan "), hasPrefixFold(s, j, " sama "):
		k = wordEnd(s, j+1) + 1
	case hasPrefixFold(s, j, " & "):
		k = j + 3 // "nanda & akbar mau nikah"
	default:
		return 0
	}
	if k+3 > len(s) || !isLower(s[k]) {
		return 0
	}
	f := wordEnd(s, k)
	if gluedNameEnd(s, i) != j || gluedNameEnd(s, k) != f || !inSet(s, i, j, fGivenNames) || !inSet(s, k, f, fGivenNames) ||
		ambiguousGiven(s, i, j) && ambiguousGiven(s, k, f) || f+2 >= len(s) || s[f] != ' ' {
		return 0
	}
	if !personVerb(s, f+1) && !hasPrefixFold(s, f+1, "hari ") && !hasPrefixFold(s, f+1, "bsk ") && !hasPrefixFold(s, f+1, "td ") {
		return 0
	}
	if i < sc.entEnd && sc.inValue(i) || k < sc.entEnd && sc.inValue(k) {
		return 0
	}
	sc.add(Person, i, j)
	sc.add(Person, k, f)
	return f
}

// nameAfterDash reads the owner's name after a phone's number and a dash,
// at q, as a contact list has it: one to three capitalised words that
// could be a name, then the text's or the line's end, a comma or a
// bracket: "0812… - Anggun (yang pesen 3 box kemarin)".
func (sc *scanner) nameAfterDash(q int) {
	s := sc.s
	if !isUpper(s[q]) || !pairWord(s, q, nameTokenEnd(s, q)) && !(inSet(s, q, nameTokenEnd(s, q), fGivenNames) && !ambiguousGiven(s, q, nameTokenEnd(s, q))) {
		return
	}
	e, words := capNameRun(s, q)
	if words == 0 || words > 3 || e < len(s) && !(s[e] == ',' || s[e] == '\n' || s[e] == '.' || e+1 < len(s) && s[e] == ' ' && s[e+1] == '(') ||
		q < sc.entEnd && sc.inValue(q) || sc.overlaps(q, e) || !recordName(s[:e], q, e, true) || businessAfter(s, e, false) {
		return
	}
	sc.add(Person, q, e)
}

// givenFoundAt reports whether the capitalised word at q is the first word
// of a name found before it.
func (sc *scanner) givenFoundAt(q int) bool {
	s := sc.s
	if q+2 >= len(s) || !isUpper(s[q]) {
		return false
	}
	w := s[q:wordEnd(s, q)]
	for _, sp := range sc.ents {
		if sp.start >= q {
			break
		}
		if sp.kind == personIdx && sp.end-sp.start > len(w) && s[sp.start+len(w)] == ' ' && s[sp.start:sp.start+len(w)] == w {
			return true
		}
	}
	return false
}

// quotedSiblings reads the other names in quotes in the sentence of the
// name found in quotes at s[a:b+1], as a correction has them: "change the
// name from 'Jon Smyth' to 'John Smith'", "recipient should be 'Dewi K.
// Sastrowardoyo', not 'Dewi Sastro'". A quote holds one to four
// capitalised words or initials that could be a name.
func (sc *scanner) quotedSiblings(a, b int) {
	s := sc.s
	qc := s[a]
	from := max(0, a-80)
	if k := strings.LastIndexAny(s[from:a], "\n!?"); k >= 0 {
		from += k + 1
	}
	to := min(len(s), b+80)
	if k := strings.IndexAny(s[b+1:to], "\n!?"); k >= 0 {
		to = b + 1 + k
	}
	for p := from; p < to; p++ {
		if s[p] != qc || p == a || p == b || p > 0 && isAlnum(s[p-1]) || p+2 >= to || !isUpper(s[p+1]) {
			continue
		}
		c := strings.IndexByte(s[p+1:to], qc)
		if c <= 0 || c > 48 {
			continue
		}
		q, e := p+1, p+1+c
		if e+1 < len(s) && isAlnum(s[e+1]) || sc.overlaps(q, e) || q < sc.entEnd && sc.inValue(q) {
			p = e
			continue
		}
		ok, words := true, 0
		for r := q; r < e && ok; {
			f := nameTokenEnd(s, r)
			if f < e && s[f] == '.' && f-r == 1 {
				f++ // an initial: "Dewi K. Sastrowardoyo"
			} else if f == r || !pairWord(s, r, f) && !(inSet(s, r, f, fGivenNames) && isUpper(s[r])) {
				ok = false // and no dish's, shop's or everyday word: "'Nasi Goreng'"
			}
			words++
			for r = f; r < e && s[r] == ' '; r++ {
			}
			if r < e && !isLetter(s[r]) {
				ok = false
			}
		}
		if ok && words <= 4 {
			sc.add(Person, q, e)
		}
		p = e
	}
}

// otherSecret reads the other guess at a secret after the one found that
// ends at p, as people unsure of their password give two: "kayaknya
// Sayang_Bunda99 atau SayangBunda99!", "kyknya 123321 ato 112233": a token
// of four characters or more with a digit in it, after "atau", "ato",
// "or" or a slash.
func (sc *scanner) otherSecret(p int) {
	s := sc.s
	q := p + 1
	switch {
	case hasPrefixFold(s, q, "atau "):
		q += 5
	case hasPrefixFold(s, q, "ato "), hasPrefixFold(s, q, "atw "):
		q += 4
	case hasPrefixFold(s, q, "sm "), hasPrefixFold(s, q, "dan "):
		q += 3 // both tried: "udh coba pw Gabriel2010 sm Gabriel@2010"
		if s[q] == ' ' {
			q++
		}
	case hasPrefixFold(s, q, "or "), hasPrefixFold(s, q, "/ "):
		q += 3
	default:
		n := correctionAt(s, q) // "yg lama Rudi#2024! yg baru Rudi#2025!"
		if n == 0 {
			return
		}
		q += n
	}
	e := q
	digit := false
	for e < len(s) && s[e] > ' ' && s[e] < utf8.RuneSelf && s[e] != ',' && s[e] != '[' {
		digit = digit || isDigit(s[e])
		e++
	}
	for e > q && (s[e-1] == '.' || s[e-1] == '?') {
		e-- // the sentence's end
	}
	if !digit || e-q < 4 || e < len(s) && s[e] >= utf8.RuneSelf || sc.overlaps(q, e) || q < sc.entEnd && sc.inValue(q) {
		return
	}
	sc.add(Secret, q, e)
}

// passwordAfterUser reads the password at q after a username that starts
// at h and a slash, where the label before the username names both:
// "username dan password: rahma.dhani02 / Dhani0202".
func (sc *scanner) passwordAfterUser(h, q int) {
	s := sc.s
	a := max(0, h-40)
	if k := strings.LastIndexByte(s[a:h], '\n'); k >= 0 {
		a += k + 1
	}
	said := false
	for p := a; p+2 <= h && !said; p++ {
		if c := s[p] | 0x20; c == 'p' || c == 's' {
			said = hasPrefixFold(s, p, "pass") || hasPrefixFold(s, p, "pw") || hasPrefixFold(s, p, "sandi")
		}
	}
	e := q
	for e < len(s) && s[e] > ' ' && s[e] < utf8.RuneSelf && s[e] != ',' && s[e] != '[' {
		e++
	}
	for e > q && (s[e-1] == '.' || s[e-1] == '?' || s[e-1] == ')') {
		e--
	}
	if !said && !(e-q >= 6 && e-q <= 32 && passwordShape(s[q:e])) { // or it reads as one: "user login: hendra.7d / Er4p0rt!"
		return
	}
	if e-q < 4 || e < len(s) && s[e] >= utf8.RuneSelf || sc.overlaps(q, e) || q < sc.entEnd && sc.inValue(q) {
		return
	}
	sc.add(Secret, q, e)
}

// correctionAt returns the length of the words at q that bring a value's
// new or corrected form after its old one, or its old one after the new,
// with the blank after them and a colon: "yang baru ", "yg benar: ",
// "yang lama ", "jadi ", "-> "; or 0.
func correctionAt(s string, q int) int {
	if q >= len(s) {
		return 0
	}
	switch s[q] | 0x20 {
	case 'y', 'j', 'm', 'd', 'n', 's', '-', '=', 0xe2 | 0x20:
	default:
		return 0 // most words after a value start no correction
	}
	n := 0
	switch {
	case hasPrefixFold(s, q, "yang "):
		n = 5
	case hasPrefixFold(s, q, "yg "):
		n = 3
	}
	if n > 0 {
		switch {
		case hasPrefixFold(s, q+n, "baru"), hasPrefixFold(s, q+n, "bener"), hasPrefixFold(s, q+n, "benar"), hasPrefixFold(s, q+n, "lama"):
			n = wordEnd(s, q+n) - q
		default:
			return 0
		}
	} else {
		switch {
		case hasPrefixFold(s, q, "jadi"), hasPrefixFold(s, q, "menjadi"), hasPrefixFold(s, q, "diganti"), hasPrefixFold(s, q, "diubah"), hasPrefixFold(s, q, "new"), hasPrefixFold(s, q, "now"), hasPrefixFold(s, q, "skrg"), hasPrefixFold(s, q, "sekarang"):
			n = wordEnd(s, q) - q
		case hasPrefixFold(s, q, "->"), hasPrefixFold(s, q, "=>"):
			n = 2
		case hasPrefixFold(s, q, "→"):
			n = len("→")
		default:
			return 0
		}
	}
	if q+n < len(s) && s[q+n] == ':' {
		n++
	}
	if q+n >= len(s) || s[q+n] != ' ' {
		return 0
	}
	return n + 1
}

// idsInBrackets reads a person's number in the brackets after the name
// that ends at e: a staff code alone ("Andi (EMP-2231)"), or an ID after
// the bracket's other words ("Budi (bagian produksi, ID 10234)").
func (sc *scanner) idsInBrackets(e int) {
	s := sc.s
	sc.staffCodeInBrackets(e + 2)
	sc.numberInBrackets(e + 2)
	if q := e + 2; q+3 < len(s) && isLower(s[q]) {
		// A username in brackets after the name: "1. Nayla Zahra (nayla.z07)".
		u := usernameEnd(s, q, wordEnd(s, q))
		if u == 0 {
			// Or letters and digits: "(salsa07)".
			w := wordEnd(s, q)
			if d := digitsEnd(s, w); w-q >= 3 && d > w && d-w <= 4 && d < len(s) && s[d] == ')' {
				u = d
			}
		}
		if u > 0 && u < len(s) && s[u] == ')' && !sc.overlaps(q, u) && !(q < sc.entEnd && sc.inValue(q)) {
			sc.add(Handle, q, u)
		}
	}
	if c := strings.IndexByte(s[e+2:min(len(s), e+64)], ')'); c > 0 {
		if k := strings.LastIndex(s[e+2:e+2+c], ", "); k >= 0 && e+2+k+4 < len(s) {
			sc.idAfterName(e + 2 + k + 2)
		}
	}
}

// numberInBrackets reads a person's number in brackets at q, right after
// the name, as a list of students or staff gives each name its own: six
// digits or more, with capitals, '/', '.' or '-' among them maybe
// ("Rizky Pratama (13521087)", "(H1A019045)", "(20/456789/SV/18012)");
// no year, date, time, amount or phone's area code.
func (sc *scanner) numberInBrackets(q int) {
	s := sc.s
	k, digits, caps, marks := q, 0, false, false
	for k < len(s) && k-q < 24 && (isDigit(s[k]) || isUpper(s[k]) || (s[k] == '/' || s[k] == '.' || s[k] == '-') && k > q && k+1 < len(s) && isAlnum(s[k+1])) {
		if isDigit(s[k]) {
			digits++
		} else if isUpper(s[k]) {
			caps = true
		} else {
			marks = true
		}
		k++
	}
	if digits < 6 || k >= len(s) || s[k] != ')' || marks && !caps || // marks among digits alone are a date's, a time's, an amount's: "(12/03/24)", "(08.00-15.00)"
		sc.overlaps(q, k) || q < sc.entEnd && sc.inValue(q) {
		return
	}
	sc.add(GovID, q, k)
}

// staffCodeInBrackets reads a person's code in brackets at q, right after
// the name: capitals, a dash and three digits or more, as a staff list
// gives each name its employee's number: "Andi (EMP-2231) 12 jam".
func (sc *scanner) staffCodeInBrackets(q int) {
	s := sc.s
	k := q
	for k < len(s) && isUpper(s[k]) && k-q < 5 {
		k++
	}
	if k-q < 2 || k+4 >= len(s) || s[k] != '-' {
		return
	}
	d := digitsEnd(s, k+1)
	if d-(k+1) < 3 || d >= len(s) || s[d] != ')' || sc.overlaps(q, d) {
		return
	}
	sc.add(GovID, q, d)
}

// birthAfterName reads a birth date right after the name found that ends
// at p, apart by a comma, a slash, a dash or a bracket, as a list of
// people has it with no keyword: "1. Andi Saputra, 12-03-1990", "Kenzo
// Pratama / 14 Feb 1998". Its year is from 1930 to 2012, a grown-up's or
// a teenager's birth: a name's payment or visit has a recent date.
func (sc *scanner) birthAfterName(p int) {
	if d, e := sc.birthDateAfter(p); e > 0 {
		sc.add(DOB, d, e)
	}
}

// birthDateAfter returns where the birth date that birthAfterName reads
// after p starts and ends, or 0, 0.
func (sc *scanner) birthDateAfter(p int) (int, int) {
	s := sc.s
	d := p
	if d+4 < len(s) && s[d] == ' ' && s[d+1] == '(' && isLower(s[d+2]) {
		// A relation in brackets first: "Bagus Pratama (suami), 03/04/1984".
		if c := strings.IndexByte(s[d+2:min(len(s), d+16)], ')'); c > 0 && inSet(s, d+2, d+2+c, fFamily) {
			d += 2 + c + 1
			p = d
		}
	}
	for d < len(s) && d-p < 3 && (s[d] == ',' || s[d] == '/' || s[d] == '-' || s[d] == '(' || s[d] == ' ') {
		d++
	}
	if d >= len(s) || !isDigit(s[d]) {
		return 0, 0
	}
	e := sc.parseDate(d, false)
	if e-d < 8 || !allDigits(s[e-4:e]) || e < len(s) && isAlnum(s[e]) || sc.overlaps(d, e) {
		return 0, 0
	}
	if y := atoi(s[e-4 : e]); y < 1930 || y > 2012 && !sc.dobOnLine(p) {
		return 0, 0 // a child's, in a list whose others have theirs: "3) Kirana, 03-06-2015"
	}
	return d, e
}

// dobOnLine reports whether a birth date was found on the line before p.
func (sc *scanner) dobOnLine(p int) bool {
	dob := builtinKind(DOB)
	ls := strings.LastIndexByte(sc.s[:p], '\n') + 1
	for _, sp := range sc.ents {
		if sp.kind == dob && sp.start >= ls && sp.start < p {
			return true
		}
	}
	return false
}

// genderDate reads a birth date after a person's sex in brackets at q,
// as a form's list of people has it: "(L), 12-12-2012", "(P) 03/04/1990".
func (sc *scanner) genderDate(q int) {
	s := sc.s
	c := q + 1
	for c < len(s) && c-q <= 3 && isLetter(s[c]) {
		c++
	}
	if c >= len(s) || s[c] != ')' {
		return
	}
	var b [3]byte
	switch string(lowerWord(b[:], s, q+1, c)) {
	case "l", "p", "lk", "pr", "m", "f":
	default:
		return
	}
	d := c + 1
	if d < len(s) && s[d] == ',' {
		d++
	}
	d = skipSpaces(s, d)
	if d >= len(s) || !isDigit(s[d]) {
		return
	}
	if e := sc.parseDate(d, true); e > d && e-d >= 8 && (e == len(s) || !isAlnum(s[e])) && !sc.overlaps(d, e) {
		sc.add(DOB, d, e)
	}
}

// itemAge reads the name of a list's item before its age, which starts
// at p: "anak saya 3: Raka 10 th, Salsa 7 th, dan …".
func (sc *scanner) itemAge(p int) {
	s := sc.s
	if s[p-1] == '(' {
		// In brackets: "Gloria (8), Elshadai (6), dan Timothy (4)".
		d := digitsEnd(s, p)
		if d-p > 2 || d >= len(s) || !(s[d] == ')' || ageAfter(s, p) && strings.IndexByte(s[d:min(len(s), d+8)], ')') > 0) || p < 4 || s[p-2] != ' ' {
			return
		}
		p-- // where the name's blank is, as for an age after it
		b := wordStart(s, p-1)
		if p-1-b < 3 || !isUpper(s[b]) || !isLower(s[b+1]) || b < 2 || s[b-1] != ' ' {
			return
		}
		if c := wordStart(s, b-1); isLetter(s[b-2]) && b-1-c >= 3 && isUpper(s[c]) && isLower(s[c+1]) && pairWord(s, c, b-1) {
			if !recordName(s[:p-1], c, p-1, true) {
				return
			}
			b = c // a full name: "dan Timothy Mandagi (4)"
		}
		if b < 2 || !(s[b-2] == ':' || s[b-2] == ',' || b >= 4 && (hasPrefixFold(s, b-4, "dan ") || hasPrefixFold(s, b-4, "and ")) || childrenBefore(s, b-1)) {
			return
		}
		// A number alone in brackets may count things ("Deluxe (5),
		// Superior (3)"): a common given name, or a list with a name
		// found already, makes it an age.
		if pairWord(s, b, p-1) && (inSet(s, b, wordEnd(s, b), fGivenNames) || sc.personFound() || hasPrefixFold(s, p+1, " th") || hasPrefixFold(s, p+2, " th") || childrenNear(s, b)) &&
			!(b < sc.entEnd && sc.inValue(b)) && !sc.overlaps(b, p-1) && !sc.inPre(b) {
			sc.add(Person, b, p-1)
		}
		return
	}
	b := wordStart(s, p-1)
	if d := digitsEnd(s, p); b >= 5 && s[b-1] == '(' && s[b-2] == ' ' && d < len(s) && s[d] == ')' && isLetter(s[b-3]) {
		// A room's number in brackets after a name: "ngaku saudaranya
		// Lusi (kamar 4)", "kamar Rizky (kmr 9)".
		var w [6]byte
		switch string(lowerWord(w[:], s, b, p-1)) {
		case "kamar", "kmr", "kls", "kelas", "unit", "blok":
			a := wordStart(s, b-2)
			if pairWord(s, a, b-2) && !(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, b-2) && !sc.inPre(a) {
				sc.add(Person, a, b-2)
			}
		}
		return
	}
	if p-1-b < 3 || !isUpper(s[b]) || !isLower(s[b+1]) || b < 2 || s[b-1] != ' ' ||
		!(s[b-2] == ':' || s[b-2] == ',' || b >= 4 && hasPrefixFold(s, b-4, "dan ")) || !ageAfter(s, p) {
		return
	}
	if pairWord(s, b, p-1) && !(b < sc.entEnd && sc.inValue(b)) && !sc.overlaps(b, p-1) && !sc.inPre(b) {
		sc.add(Person, b, p-1)
	}
}

// absenceAfter reports whether when and an absence follow j: "hari ini
// ijin", "besok izin", "td sakit", "hari ini tidak masuk".
func absenceAfter(s string, j int) bool {
	q := j
	for w := 0; w < 2 && q+1 < len(s) && s[q] == ' '; w++ {
		e := wordEnd(s, q+1)
		var b [8]byte
		switch string(lowerWord(b[:], s, q+1, e)) {
		case "hari", "hr", "ini", "besok", "bsk", "tadi", "td", "kemarin", "kmrn", "lusa", "pagi", "siang":
			q = e
			continue
		}
		break
	}
	if q == j || q+1 >= len(s) || s[q] != ' ' {
		return false
	}
	e := wordEnd(s, q+1)
	var b [8]byte
	switch string(lowerWord(b[:], s, q+1, e)) {
	case "izin", "ijin", "sakit", "absen", "telat", "terlambat", "cuti":
		return true
	case "tidak", "tdk", "ga", "gak", "nggak", "ngga", "gk", "belum", "blm":
		return hasPrefixFold(s, e, " masuk") || hasPrefixFold(s, e, " msk") || hasPrefixFold(s, e, " bisa") || hasPrefixFold(s, e, " hadir") || hasPrefixFold(s, e, " sekolah") || hasPrefixFold(s, e, " skolah")
	}
	return false
}

// sentenceEndIn reports whether a sentence ends in s[a:b]: a '!', a '?',
// a line's end, or a full stop before a blank; not the dot of a handle or
// a host, which its placeholder will not keep ("nyusul.al" (FuzzRedact)).
func sentenceEndIn(s string, a, b int) bool {
	for k := a; k < b; k++ {
		switch s[k] {
		case '!', '?', '\n':
			return true
		case '.':
			if k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '\n' {
				return true
			}
		}
	}
	return false
}

// rollCallAfter reports whether a roll call's word follows j and ends its
// item: " hadir", " izin", " sakit"…
func rollCallAfter(s string, j int) bool {
	if j+4 >= len(s) || s[j] != ' ' {
		return false
	}
	e := wordEnd(s, j+1)
	if e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '\n' && s[e] != '.' && s[e] != ';' {
		return false
	}
	return rollCallWord(s, j+1, e)
}

// rollCallWord reports whether s[a:b] is a roll call's word: "hadir",
// "izin", "sakit"…
func rollCallWord(s string, a, b int) bool {
	var w [8]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "hadir", "izin", "ijin", "sakit", "alpa", "alfa", "absen", "telat", "cuti", "present", "absent":
		return true
	}
	return false
}

// rpAt reports whether an amount's "Rp" starts at k: "Rp 500rb",
// "Rp500rb", "Rp. 500".
func rpAt(s string, k int) bool {
	return k+2 < len(s) && lowerASCII(s[k]) == 'r' && lowerASCII(s[k+1]) == 'p' &&
		(s[k+2] == ' ' || s[k+2] == '.' || isDigit(s[k+2]))
}

// nextGivenItem reports whether the list item whose first word ends at j
// goes on for at most four words in lowercase, digits or marks to a
// comma, and the next item starts with a common given name that is no
// common word: "Hendra 7.500.000, Rina …", "Dimas sakit, Fitri …".
func nextGivenItem(s string, j int) bool {
	k := j
	for words := 0; words < 4 && k+1 < len(s) && s[k] == ' '; words++ {
		k++
		if isUpper(s[k]) && !rpAt(s, k) && !sizeAt(s, k) || s[k] == '[' && placeholderEnd(s, k) > 0 && !numberPlaceholderEndsAt(s, placeholderEnd(s, k)) {
			// A name of more words, or another sentence; not an amount's
			// "Rp". And the placeholder of a value that is no number,
			// which may have started with a capital: "Hendra Rt 5, Rina
			// …" (FuzzRedact).
			return false
		}
		e := k
		for e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '\n' && s[e] != '.' || e < len(s) && s[e] == '.' && e+1 < len(s) && isDigit(s[e+1]) {
			e++
		}
		if e == k || strings.Contains(s[k:e], "[PERSON_") {
			return false // and a name's placeholder glued to a mark: "Rina $[PERSON_1], Rina" (FuzzRedact)
		}
		if b := strings.IndexByte(s[k:e], '['); b > 0 {
			if pe := placeholderEnd(s, k+b); pe > 0 && !numberPlaceholderEndsAt(s, pe) {
				return false // any other value's glued to a mark, as the value was: "Budi �([DOB_1]), Theodora" (FuzzRedact)
			}
		}
		k = e
		if k+3 < len(s) && s[k] == ',' && s[k+1] == ' ' && isUpper(s[k+2]) && isLower(s[k+3]) {
			f := wordEnd(s, k+2)
			return inSet(s, k+2, f, fGivenNames) && !ambiguousGiven(s, k+2, f)
		}
	}
	return false
}

func inlineItemAt(s string, i int) bool {
	return i >= 3 && s[i-1] == ' ' && (s[i-2] == '.' || s[i-2] == ')') && isDigit(s[i-3]) &&
		(i == 3 || s[i-4] == ' ' || s[i-4] == '\n' || isDigit(s[i-4]) && (i == 4 || s[i-5] == ' ' || s[i-5] == '\n'))
}

// listItemStart returns where the item of a list that the name found at
// s[p:end] starts
// in starts, past its marker, and whether the list is numbered; or -1.
// A title may stand between the marker and the name: ", Pak Wahyu".
func listItemStart(s string, p, end int) (int, bool) {
	a := p
	if l := numberedLabelBefore(s, a); l < a {
		a = l // "…, Juara 3 Budi Santoso (9B)", "kamar 2 - Rina, …"
	}
	if a >= 2 && s[a-1] == ' ' && isLetter(s[a-2]) {
		b := a - 1
		for b > 0 && isLetter(s[b-1]) {
			b--
		}
		if tokenKeyword(s, b, a-1).trig != trigHonorific {
			return -1, false
		}
		a = b
	}
	switch {
	case a >= 2 && s[a-1] == ' ' && (s[a-2] == ',' || s[a-2] == ':' || s[a-2] == '-' && a >= 3 && s[a-3] == ' '):
		return a, false // and after a group's dash: "Tenor - Yosafat, Daniel"
	case (a == 0 || s[a-1] == '\n') && end+1 < len(s) && (s[end] == ',' || s[end] == ' ' && s[end+1] == '('):
		return a, false // the line's first item: "Andre (30), Bella (28) ikut tur"
	case (a == 0 || s[a-1] == '\n') && end < len(s) && s[end] == ' ' && nextGivenItem(s, end):
		return a, false // "Hendra 7.500.000, Rina 6.200.000"
	case a >= 1 && s[a-1] == '(' && end+1 < len(s) && s[end] == ',':
		return a, false // a bracket's first item: "anak 2 (Fathan, Fayza)"
	case listItemAt(s, a) && a >= 3 && isDigit(s[a-3]):
		return a, true // "1. Andi", not a bullet's "- Rina"
	case inlineItemAt(s, a):
		return a, true // inline: "1. Aldo 2. Bima"
	}
	return -1, false
}

// listItems reads the items of the list that has an item at a (see
// listSiblings), on its line, and for a numbered list on the lines after
// that start with a number too. An item is read as a name when it has a
// common given name, or when two items of the list or more were names
// found already: products are listed that way too ("Ready: Tolak Angin,
// Batik Keris"). It returns where it stopped.
func (sc *scanner) listItems(a int, numbered bool) int {
	s := sc.s
	ls := strings.LastIndexByte(s[:a], '\n') + 1
	le := len(s)
	if !numbered {
		if e := strings.IndexByte(s[a:], '\n'); e >= 0 {
			le = a + e
		}
	}
	if !numbered && strings.IndexByte(s[ls:le], ',') < 0 {
		return le // no comma on the line: one item, "Nama: Budi Santoso"
	}
	var items [16]int
	ni := 0
	if !numbered && a > 0 && s[a-1] == '(' {
		// A list in brackets is the bracket's: "anak 2 (Fathan, Fayza)".
		ls = a
		if c := strings.IndexByte(s[a:le], ')'); c >= 0 {
			le = a + c
		}
	}
	if a == ls && !numbered {
		items[0], ni = a, 1
	}
	for q := ls; q < le && ni < len(items); q++ {
		c := s[q]
		switch {
		case !numbered && c == '-' && q > ls && s[q-1] == ' ' && q+2 < le && s[q+1] == ' ' && isUpper(s[q+2]):
			// A group's label before a dash is no item: "Tenor - Fauzan,
			// Hendra; Alto - Rina".
			if ni > 0 && wordEnd(s, items[ni-1])+1 == q {
				items[ni-1] = q + 2
			} else {
				items[ni] = q + 2
				ni++
			}
		case !numbered && (c == ',' || c == ':' && ni == 0) && q+2 < le && s[q+1] == ' ':
			// A colon opens the list ("Absen: A, B"); the colons after
			// it are a form's fields ("Bank: BRI | Cabang: Solo").
			items[ni] = q + 2
			ni++
		case !numbered && c == ':' && q+2 < le && s[q+1] == ' ' && numberedGroupBefore(s, q):
			// The next group's label opens its own items: "Kamar 101:
			// Aurel, Cantika. Kamar 102: Gerald, Budi".
			items[ni] = q + 2
			ni++
		case numbered && isDigit(c) && (q == 0 || s[q-1] == ' ' || s[q-1] == '\n') && q+3 < le:
			d := q
			for d < le && isDigit(s[d]) && d-q < 3 {
				d++
			}
			if d-q <= 2 && d+1 < le && (s[d] == '.' || s[d] == ')') && s[d+1] == ' ' {
				items[ni] = d + 2
				ni++
			}
			q = d
		case numbered && c == '\n' && !(q+1 < le && isDigit(s[q+1])):
			le = q // the list's lines end
		}
	}
	if ni < 2 {
		return le // one item: no list
	}
	found := 0
	for _, b := range items[:ni] {
		if sc.personAt(b) {
			found++
		} else if l := numberedLabelEnd(s, b); l > b && sc.personAt(l) {
			found++
		}
	}
	if found < 2 && sc.productLine(ls, items[0]) {
		return le // a list of products: "Ready stok: Melati, Mawar, Kenanga"; two names found make it people's
	}
	for _, b := range items[:ni] {
		// In a numbered list, one name found makes the others' names
		// too: "1) Maryati Sunarto 2) Tohir Rangkuti 3) Rosmala Daulay".
		sc.listItem(b, found >= 2 || numbered && found >= 1 && b+1 < len(s) && isUpper(s[b]) && isLower(s[b+1]) && capNameWords(s, b) >= 2)
	}
	return le
}

// numberedGroupBefore reports whether a numbered room's or group's label
// ends at the colon at c: "Kamar 102", "Kelompok 3", "Tim B2".
func numberedGroupBefore(s string, c int) bool {
	b := c
	for b > 0 && isAlnum(s[b-1]) && c-b < 5 {
		b--
	}
	if b == c || b < 3 || s[b-1] != ' ' || !alnumHasDigit(s, b) && c-b > 1 {
		return false
	}
	w := wordStart(s, b-1)
	var lw [10]byte
	switch string(lowerWord(lw[:], s, w, b-1)) {
	case "kamar", "room", "kelas", "tim", "team", "kelompok", "regu", "grup", "group", "meja", "bus":
		return true
	}
	return false
}

// numberedLabelBefore returns where a numbered label that ends right
// before the name at p starts (see numberedLabelEnd), or p.
func numberedLabelBefore(s string, p int) int {
	if p < 4 || s[p-1] != ' ' || isLower(s[p-2]) {
		return p // most names follow a word: a label's number ends in a digit or a capital
	}
	c := p - 1
	if c >= 2 && s[c-1] == '-' && s[c-2] == ' ' {
		c -= 2 // "kamar 2 - "
	} else if s[c-1] == ':' {
		c--
	}
	d := c
	for d > 0 && isAlnum(s[d-1]) && c-d <= 4 {
		d--
	}
	if d == c || d < 2 || s[d-1] != ' ' || !alnumHasDigit(s, d) || !isLetter(s[d-2]) {
		return p
	}
	a := wordStart(s, d-1)
	if numberedLabelEnd(s, a) != p {
		return p
	}
	return a
}

// numberedLabelEnd returns where the name after a numbered label that
// opens a list's item at b starts: "kamar 3 - Fadli", "Juara 2 Lintang
// Pamungkas", "kamar 201 Rara"; or b.
func numberedLabelEnd(s string, b int) int {
	if b >= len(s) || !isLetter(s[b]) {
		return b
	}
	w := wordEnd(s, b)
	if w == b || w-b > 8 || w+3 >= len(s) || s[w] != ' ' || !isDigit(s[w+1]) && !isUpper(s[w+1]) {
		return b
	}
	c := w + 1
	for c < len(s) && isAlnum(s[c]) && c-w <= 4 {
		c++
	}
	if !alnumHasDigit(s, w+1) || c+2 >= len(s) {
		return b
	}
	switch {
	case s[c] == ' ' && s[c+1] == '-' && c+3 < len(s) && s[c+2] == ' ':
		c += 3
	case s[c] == ':' && s[c+1] == ' ':
		c += 2
	case s[c] == ' ':
		c++
	default:
		return b
	}
	if c+1 < len(s) && isUpper(s[c]) && isLower(s[c+1]) {
		return c
	}
	return b
}

// capNameWords returns how many title-case words capNameRun reads at q.
func capNameWords(s string, q int) int {
	_, w := capNameRun(s, q)
	return w
}

// productLine reports whether the words of s[a:b], before a list's first
// item, say that the list is of products, variants, rooms or teams rather
// than of people: "Ready stok:", "Parfum ready:", "Varian warna:", "Ruang
// meeting:".
func (sc *scanner) productLine(a, b int) bool {
	s := sc.s
	for q := a; q < b; {
		if !isLetter(s[q]) || s[q] >= 0x80 {
			q++
			continue
		}
		e := wordEnd(s, q)
		if q > 0 && (isAlnum(s[q-1]) || s[q-1] == '@' || s[q-1] == '_') || e < len(s) && (isDigit(s[e]) || s[e] == '_') ||
			q < sc.entEnd && sc.inValue(q) || sc.inPre(q) {
			q = e // part of a token, a handle's: "@parfum3ready: Stella, …", "@arfum.ready: …"; or of a value, a placeholder next time
			continue
		}
		var w [12]byte
		lw := string(lowerWord(w[:], s, q, e))
		if e+2 < len(s) && s[e] == ' ' && isDigit(s[e+1]) {
			switch lw {
			case "kamar", "room", "ruang", "ruangan", "kelas", "tim", "team":
				q = e // a numbered room or group, whose people the list names: "Kamar 101: Aurel, Cantika, Dinda"
				continue
			}
		}
		if (lw == "tim" || lw == "team") && e+2 < len(s) && s[e] == ' ' {
			var w2 [10]byte
			switch string(lowerWord(w2[:], s, e+1, wordEnd(s, e+1))) {
			case "futsal", "sepakbola", "sepak", "basket", "voli", "volley", "badminton", "bulutangkis", "football", "soccer", "basketball", "volleyball":
				q = e // a sport's team, whose players the list names: "Tim futsal U-12: kiper Gibran, Arkan, …"
				continue
			}
		}
		switch lw {
		case "ready", "stok", "stock", "restock", "varian", "variant", "koleksi", "collection", "tipe", "type", "shade",
			"warna", "ukuran", "size", "menu", "paket", "produk", "product", "model", "seri", "series", "motif", "katalog",
			"catalog", "harga", "promo", "diskon", "cluster", "ruang", "ruangan", "room", "kamar", "kelas", "tim", "team",
			"aroma", "rasa", "parfum", "sabun", "lipstik", "tas", "sepatu", "hijab", "mukena", "boneka", "tanaman", "bunga",
			"bouquet", "sambal", "batik", "packing", "skincare", "foundation", "cat", "kain", "benang", "unit", "mobil",
			"motor", "lemari", "sofa", "kue", "cake", "roti", "minuman", "makanan", "list", "pilihan", "tersedia", "available",
			"beras", "kopi", "teh", "jus", "cluster's", "tower", "blok", "lantai", "gedung":
			return true
		}
		q = e
	}
	return false
}

// personAt reports whether a name found starts at b, or after the title
// there.
func (sc *scanner) personAt(b int) bool {
	s := sc.s
	if e := wordEnd(s, b); e > b && e+1 < len(s) && s[e] == ' ' && tokenKeyword(s, b, e).trig == trigHonorific {
		b = e + 1
	}
	for _, sp := range sc.ents {
		if sp.start == b && sp.kind == personIdx {
			return true
		}
	}
	return false
}

// listItem adds the name an item of a list starting at b starts with, if
// any (see listItems): with names, any name; without, one with a common
// given name.
func (sc *scanner) listItem(b int, names bool) {
	s := sc.s
	if names {
		b = numberedLabelEnd(s, b) // "kamar 3 - Fadli", "Juara 2 Lintang Pamungkas (8C)"
	}
	if b < sc.entEnd && sc.inValue(b) {
		return // a value found already: the seed, or a number
	}
	if e := wordEnd(s, b); e > b && e+1 < len(s) && s[e] == ' ' && tokenKeyword(s, b, e).trig == trigHonorific {
		if hajjPackage(s, e+1, wordEnd(s, e+1)) {
			return // "…, Haji Furoda"
		}
		b = e + 1 // "Pak Wahyu"
	}
	if b >= len(s) || !isUpper(s[b]) {
		return
	}
	if placeComma(s, b) {
		sc.dob(b, true) // a driving licence's second field: "1. ANDI WIJAYA 2. MAKASSAR, 01-01-1990"
		return
	}
	if sexWord(s, b, wordEnd(s, b)) || codeBefore(s, b, wordEnd(s, b)) {
		// Its third: "3. PRIA"; and a room's, a type's, a thing's word,
		// a code's or a plate's before its number: "Bilik T 12 R"
		// (FuzzRedact).
		return
	}
	if g := sc.keywordPairName(b); g > 0 {
		sc.add(Person, b, g) // "…, Intan Permata, Wulan"
		return
	}
	e, words, given := b, 0, false
	for words < 3 {
		f := nameTokenEnd(s, e)
		if f == e || !plainName(s, e, f) {
			break
		}
		given = given || inSet(s, e, f, fGivenNames) && !ambiguousGiven(s, e, f)
		e, words = f, words+1
		if f+1 >= len(s) || s[f] != ' ' || !isUpper(s[f+1]) {
			break
		}
		e = f + 1
	}
	for e > b && s[e-1] == ' ' {
		e--
	}
	bare := e == len(s) || s[e] == ',' || s[e] == '\n' || s[e] == '.' && (e+1 == len(s) || s[e+1] == ' ' || s[e+1] == '\n') ||
		e+1 < len(s) && s[e] == ' ' && s[e+1] == '(' // "Andre (1/7), Bella (1/7)"
	if !names && e+3 < len(s) && s[e] == ' ' && s[e+1] == '(' {
		if _, d := sc.birthDateAfter(e + 1); d > 0 && d < len(s) && s[d] == ')' {
			names = true // a birth date in brackets after it: "…, Theodora Wattimena (28 Okt 1999)"
		}
	}
	if e == b || !names && !given && (words > 1 || !bare) || e < len(s) && (isAlnum(s[e]) || s[e] == '@' || s[e] == '_' || s[e] == '\'' || s[e] == '-') {
		return // with one name found, an item of one word alone is a name too: "5 jiwa: Suherman, Ratna, Aldi"
	}
	if !recordName(s, b, e, true) || e < sc.entEnd && sc.overlaps(b, e) || shopWord(s, b, wordEnd(s, b)) || e-b <= 2 || placeWord(s, b, e) {
		return // and a shop's or a dish's word: "Bakso Pak Kumis"; an acronym: "AC rusak"; a town: "- Budi, Sleman"
	}
	for q := b; q < e; {
		w := wordEnd(s, q)
		if businessWord(s, q, w) || businessAfter(s, w, false) {
			return // a shop's name: "Bu Rina Cake"
		}
		for q = w; q < e && !isLetter(s[q]); q++ {
		}
	}
	for q := e; q < len(s) && s[q] != ',' && s[q] != '\n' && s[q] != '(' && !(s[q] == '.' && q == e && q+1 < len(s) && s[q+1] == ' '); q++ {
		if s[q] == ':' {
			// A label: "Given names: BUDI"; not the next group's, past its
			// sentence's end ("Dinda. Kamar 103: …"), nor one in the
			// item's brackets ("Timothy (ortu: 0812…)").
			return
		}
	}
	sc.add(Person, b, e)
	if e+3 < len(s) && s[e] == ' ' && s[e+1] == '(' {
		sc.idsInBrackets(e) // as for the names found before: "…, Budi (EMP-2240) 8 jam"
		sc.birthAfterName(e)
	}
}

// overlaps reports whether s[b:e] overlaps a value found.
func (sc *scanner) overlaps(b, e int) bool {
	for _, sp := range sc.ents {
		if b < sp.end && e > sp.start {
			return true
		}
	}
	return false
}

// repeatValues finds again, elsewhere in the text, each number found once
// (a value of six bytes or more that starts with a digit), where another
// run of digits the main pass read starts with it as a word of its own:
// "ulang tahun dewi 0215551234 … 0215551234" (FuzzRedact). The next pass,
// whose Vault knows the value, would find it there.
func (sc *scanner) repeatValues() {
	s := sc.s
	if sc.nRuns < 2 {
		return // one run of digits or none: nothing said twice
	}
	for k, n := 0, len(sc.ents); k < n; k++ {
		sp := sc.ents[k]
		if sp.kind == personIdx || sp.end-sp.start < 6 || !isDigit(s[sp.start]) || !numberOnly(s[sp.start:sp.end]) {
			continue // and a token with letters, whose letters the main pass may have read as a word: "1100atas nama" (FuzzRedact)
		}
		v := s[sp.start:sp.end]
		for _, r := range sc.runs[:sc.nRuns] {
			p := int(r)
			e := p + len(v)
			if p == sp.start || e > len(s) || s[p] != v[0] || s[e-1] != v[len(v)-1] || s[p:e] != v || p > 0 && isAlnum(s[p-1]) || e < len(s) && isAlnum(s[e]) || sc.overlaps(p, e) {
				continue // the bytes at its ends first: most runs are other numbers
			}
			sc.addIdx(sp.kind, p, e)
			sc.afterAdded(e)
		}
	}
}

// hasKind reports whether a value of kind ki was found.
func (sc *scanner) hasKind(ki kindIdx) bool {
	for _, sp := range sc.ents {
		if sp.kind == ki {
			return true
		}
	}
	return false
}

// afterAdded reads what follows a number that a reader after the main
// pass added, ending at e, as the next pass reads it after the number's
// placeholder: its holder ("… 8957… under Fausan", "… 1234567890 an
// Butoso"), a plate ("1234567890 B 1234 XYZ") (FuzzRedact).
func (sc *scanner) afterAdded(e int) {
	s := sc.s
	if w := wordEnd(s, e+1); e+3 < len(s) && s[e] == ' ' && w > e+1 && !(w < sc.entEnd && sc.inValue(e+1)) {
		switch tokenKeyword(s, e+1, w).trig {
		case trigUnder:
			sc.personAfter(w, modeCap)
		case trigAN:
			sc.atasNama(e+1, w)
		}
		if w-e-1 <= 2 && isUpper(s[e+1]) && !sc.overlaps(e+1, w) {
			sc.plate(e+1, w)
		}
	}
	if e+11 < len(s) && s[e] == '/' && isDigit(s[e+1]) && !sc.overlaps(e+1, e+2) {
		// A record's next field, a phone's number, which the number's
		// digits before the slash hid: "Hendra/3174…/0812-9988-7766". The
		// main pass's reader reads it, as it does after the placeholder,
		// which no keyword reaches past.
		ctx, ctxEnd, pl, ps := sc.ctx, sc.ctxEnd, sc.prevLen, sc.prevStart
		sc.ctx, sc.prevLen = ctxNone, 0
		sc.digitRun(e + 1)
		sc.ctx, sc.ctxEnd, sc.prevLen, sc.prevStart = ctx, ctxEnd, pl, ps
	}
}

// typoTwins finds, for an account's, a phone's or an identity number
// found, another number of as many digits that differs from it in one or
// two of them: the same number mistyped, or corrected ("rek BCA
// 7310299847 tapi katanya dikirim ke 7310299874", "BNI 3451 0771 26? Eh
// salah, sing leres 3451 0771 62").
func (sc *scanner) typoTwins() {
	s := sc.s
	var a, b [20]byte
	for k, n := 0, len(sc.ents); k < n; k++ {
		sp := sc.ents[k]
		switch sp.kind {
		case bankIdx, vaIdx, phoneIdx, nikIdx, govIdx:
		default:
			continue
		}
		first := byte(0)
		for q := sp.start; q < sp.end; q++ {
			if isDigit(s[q]) {
				first = s[q]
				break
			}
		}
		twin := false
		for _, r := range sc.runs[:sc.nRuns] {
			if p := int(r); s[p] == first && (p < sp.start || p >= sp.end) && p > sp.start-160 && p < sp.end+160 {
				twin = true
				break
			}
		}
		if !twin {
			continue // the usual case: no other number starts as this one does
		}
		na := 0
		for q := sp.start; q < sp.end; q++ {
			if isDigit(s[q]) {
				if na == len(a) {
					na = 0
					break
				}
				a[na] = s[q]
				na++
			}
		}
		if na < 8 {
			continue
		}
		for _, r := range sc.runs[:sc.nRuns] {
			p := int(r)
			if s[p] != a[0] || p >= sp.start && p < sp.end || p <= sp.start-160 || p >= sp.end+160 || p > 0 && isAlnum(s[p-1]) {
				continue // a twin's first digit is the same, and it is said near: most runs are other numbers
			}
			nb, e := 0, p
			for e < len(s) && nb < na {
				if isDigit(s[e]) {
					b[nb] = s[e]
					nb++
					e++
				} else if (s[e] == ' ' || s[e] == '-' || s[e] == '.') && e+1 < len(s) && isDigit(s[e+1]) && e > p {
					e++
				} else {
					break
				}
			}
			if nb != na || e < len(s) && (isAlnum(s[e]) || (s[e] == ' ' || s[e] == '-' || s[e] == '.') && e+1 < len(s) && isDigit(s[e+1])) {
				continue // and not the start of a longer number
			}
			diff := 0
			for x := 0; x < na && diff <= 2; x++ {
				if a[x] != b[x] {
					diff++
				}
			}
			if diff == 0 || diff > 2 || sc.overlaps(p, e) {
				continue // the same number is repeatValues'
			}
			sc.addIdx(sp.kind, p, e)
			sc.afterAdded(e)
		}
	}
}

// siblingCodes finds, for a person's code found with its capitals and a
// dash before its digits ("EMP-0451", "RM-330192"), the other codes of
// the same capitals and as many digits in the text, a list's other
// people's: "Employee ID EMP-0451 Rudi Hartanto, EMP-0452 Desi
// Ratnasari".
func (sc *scanner) siblingCodes() {
	s := sc.s
	for k, n := 0, len(sc.ents); k < n; k++ {
		sp := sc.ents[k]
		if t := s[sp.start:sp.end]; sp.kind == govIdx && len(t) >= 8 && isDigit(t[0]) && (allDigits(t) || dashedDigits(t)) {
			// A second number of as many digits right after it: "kontrak
			// 4011202200458 dan 4011202200459".
			q := sp.end
			switch {
			case hasPrefixFold(s, q, " dan "), hasPrefixFold(s, q, " and "):
				q += 5
			case hasPrefixFold(s, q, " & "):
				q += 3
			case hasPrefixFold(s, q, " atau "):
				q += 6
			case hasPrefixFold(s, q, ", "):
				q += 2
			default:
				continue
			}
			e := digitsEnd(s, q)
			if !allDigits(t) {
				for e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]) {
					e = digitsEnd(s, e+1) // or as many groups apart by dashes: "no RM 12-09-44 dan 24-05-118"
				}
				if !dashedSibling(t, s[q:e]) {
					continue
				}
			} else if e-q != len(t) {
				continue
			}
			if (e == len(s) || !isAlnum(s[e]) && s[e] != '-' && s[e] != '.') && !sc.overlaps(q, e) {
				sc.addIdx(govIdx, q, e)
				sc.afterAdded(e)
			}
			continue
		}
		if sp.kind != govIdx || sp.end-sp.start < 5 || !isUpper(s[sp.start]) {
			continue
		}
		d := sp.start
		for d < sp.end && d-sp.start < 5 && isUpper(s[d]) {
			d++
		}
		if d >= sp.end || s[d] != '-' || !allDigits(s[d+1:sp.end]) || sp.end-d-1 < 3 {
			continue
		}
		prefix, nd := s[sp.start:d+1], sp.end-d-1
		for q := 0; q < len(s); {
			p := strings.Index(s[q:], prefix)
			if p < 0 {
				break
			}
			p += q
			q = p + len(prefix)
			e := digitsEnd(s, q)
			if p == sp.start || e-q != nd || p > 0 && (isAlnum(s[p-1]) || s[p-1] == '_') || e < len(s) && (isAlnum(s[e]) || s[e] == '_' || s[e] == '-') || sc.overlaps(p, e) {
				continue
			}
			sc.addIdx(govIdx, p, e)
			sc.afterAdded(e)
		}
	}
}

// dashedDigits reports whether t is groups of digits apart by dashes.
func dashedDigits(t string) bool {
	dash := false
	for k := 0; k < len(t); k++ {
		if t[k] == '-' {
			if k == 0 || k == len(t)-1 || t[k-1] == '-' {
				return false
			}
			dash = true
		} else if !isDigit(t[k]) {
			return false
		}
	}
	return dash
}

// dashedSibling reports whether u has t's groups of digits, the last one
// a digit longer or shorter, as the numbers a register gives out in turn
// do: "12-09-44" and "24-05-118"; no date is one.
func dashedSibling(t, u string) bool {
	lt, lu := strings.LastIndexByte(t, '-'), strings.LastIndexByte(u, '-')
	return lt == lu && sameShape(t[:lt], u[:lu]) && len(u)-lu >= 2 && len(u)-len(t) <= 1 && len(t)-len(u) <= 1 && !dashedDate(u)
}

// sameShape reports whether a and b have their dashes at the same places.
func sameShape(a, b string) bool {
	for k := 0; k < len(a); k++ {
		if (a[k] == '-') != (b[k] == '-') {
			return false
		}
	}
	return len(a) == len(b)
}

// siblingPassports finds, for a passport's number found of one or two
// capitals and seven or eight digits, the others of its form: with the
// same letters anywhere ("paspor E1234098 … E1234100"), or any letters
// in brackets ("Eko Prasetyo (paspor E1234098), Lusi Prasetyo
// (X1234099)"), as a family's list has them.
func (sc *scanner) siblingPassports() {
	s := sc.s
	for k, n := 0, len(sc.ents); k < n; k++ {
		sp := sc.ents[k]
		if sp.kind != passportIdx {
			continue
		}
		nl := 0
		for sp.start+nl < sp.end && nl < 3 && isUpper(s[sp.start+nl]) {
			nl++
		}
		nd := sp.end - sp.start - nl
		if nl < 1 || nl > 2 || nd < 7 || nd > 8 || !allDigits(s[sp.start+nl:sp.end]) {
			continue
		}
		for _, r := range sc.runs[:sc.nRuns] {
			d := int(r) // a run of digits; the letters are before it
			p := d - nl
			if p < 0 || p == sp.start || digitsEnd(s, d) != d+nd {
				continue
			}
			e := d + nd
			same := true
			for x := 0; x < nl; x++ {
				if !isUpper(s[p+x]) {
					same = false
					break
				}
			}
			if !same || p > 0 && (isAlnum(s[p-1]) || s[p-1] == '_' || s[p-1] == '-') || e < len(s) && (isAlnum(s[e]) || s[e] == '_' || s[e] == '-') ||
				s[p:d] != s[sp.start:sp.start+nl] && !(p > 0 && s[p-1] == '(' && e < len(s) && s[e] == ')') || sc.overlaps(p, e) {
				continue
			}
			sc.addIdx(passportIdx, p, e)
		}
	}
}

// gameZones reads a game account's ID by the zone (server) after it, as a
// top-up for Mobile Legends has it, where the text speaks of a game or a
// top-up: "harusnya 334455667 (2012) malah ke 334455676 (2012)",
// "334455667 server 2012".
func (sc *scanner) gameZones() {
	s := sc.s
	for _, r := range sc.runs[:sc.nRuns] {
		p := int(r)
		d := digitsEnd(s, p)
		if d-p < 6 || d-p > 12 || d+4 >= len(s) || s[d] != ' ' || s[d+1] != '(' && s[d+1]|0x20 != 's' && s[d+1]|0x20 != 'z' {
			continue // most runs: the cheap look first
		}
		z, ze := zoneAfter(s, d)
		if ze == 0 || p > 0 && isAlnum(s[p-1]) || sc.overlaps(p, d) || sc.overlaps(z, ze) {
			continue
		}
		sc.addIdx(govIdx, p, d) // the zone alone, which many players share, stays: "(2012)"
		sc.afterAdded(d)
	}
}

// zoneAfter returns where a game's zone starts and ends after an ID that
// ends at d: " (2012)", " server 2345"; or 0, 0.
func zoneAfter(s string, d int) (int, int) {
	var z, ze int
	switch {
	case d+3 < len(s) && s[d] == ' ' && s[d+1] == '(' && isDigit(s[d+2]):
		z = d + 2
		ze = digitsEnd(s, z)
		if ze >= len(s) || s[ze] != ')' {
			return 0, 0
		}
	case d+4 < len(s) && s[d] == ' ' && (hasPrefixFold(s, d+1, "server ") || hasPrefixFold(s, d+1, "zone ") || hasPrefixFold(s, d+1, "zona ") || hasPrefixFold(s, d+1, "srv ")):
		z = wordEnd(s, d+1) + 1
		ze = digitsEnd(s, z)
		if ze < len(s) && isAlnum(s[ze]) {
			return 0, 0
		}
	default:
		return 0, 0
	}
	if ze-z < 3 || ze-z > 5 {
		return 0, 0
	}
	return z, ze
}

// foundAgain reports whether the run of digits that ends at e says again
// a value found already, which repeatValues will find there: "ID 88776655
// 88776655 ML" (FuzzRedact).
func (sc *scanner) foundAgain(e int) bool {
	s := sc.s
	b := e
	for b > 0 && (isDigit(s[b-1]) || isUpper(s[b-1])) {
		b--
	}
	if e-b < 6 || b > 0 && isAlnum(s[b-1]) {
		return false
	}
	for _, sp := range sc.ents {
		if sp.end-sp.start == e-b && sp.start != b && s[sp.start:sp.end] == s[b:e] {
			return true
		}
	}
	return false
}

// phonesAfterNames reads a phone's number right after a name found, a
// run of digits with no mark: a keyword before the name ("ulang tahun
// dewi 0215551234") held the number in its reach while the name was not
// yet found; the next pass reads the name's placeholder, which ends that
// reach, and the number as a phone's.
func (sc *scanner) phonesAfterNames() {
	s := sc.s
	for k, n := 0, len(sc.ents); k < n; k++ {
		sp := sc.ents[k]
		if sp.kind != personIdx || sp.end+10 > len(s) || s[sp.end] != ' ' || !isDigit(s[sp.end+1]) {
			continue
		}
		q := sp.end + 1
		// Its digits, in groups apart by single blanks or dashes as the
		// next pass reads a phone's: "dewi 0215551 123".
		var b [16]byte
		n, d := 0, q
		for d < len(s) && n < len(b) {
			if isDigit(s[d]) {
				b[n] = s[d]
				n++
				d++
			} else if (s[d] == ' ' || s[d] == '-') && d+1 < len(s) && isDigit(s[d+1]) && d > q {
				d++
			} else {
				break
			}
		}
		if n < 9 || n > 13 || d < len(s) && (isAlnum(s[d]) || s[d] == '-' || s[d] == '.' && d+1 < len(s) && isDigit(s[d+1])) ||
			q < sc.entEnd && sc.inValue(q) || sc.overlaps(q, d) {
			continue
		}
		if v := b[:n]; isMobile(v, false) || isLandline(v, false) {
			sc.add(Phone, q, d)
		}
	}
}

// numberOnly reports whether v holds only digits, capitals and the marks
// that group them: "0812-3344-5566", "1234 5678 90", "55H43322".
func numberOnly(v string) bool {
	for k := 0; k < len(v); k++ {
		if c := v[k]; !isDigit(c) && !isUpper(c) && c != ' ' && c != '-' && c != '.' && c != '/' {
			return false // a code's capitals pass: "55H43322"; not a word glued to it: "1100atas"
		}
	}
	return true
}

// vaultNames finds again the names said in earlier messages of the
// conversation, which its Vault holds (see Vault.noteName): "Alya" after
// "ibunya Alya" yesterday. The main pass notes each capitalised word the
// Vault's Bloom filter may have (vcand); as repeatNames, this finds one in
// the same letter case and on its own, outside any value and any other
// name.
func (sc *scanner) vaultNames() {
	s := sc.s
	for _, c := range sc.vcand {
		i, j := c.start, c.end
		if _, ok := sc.vn.words[s[i:j]]; !ok || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '_' || s[i-1] == '@') ||
			j < len(s) && (isAlnum(s[j]) || s[j] == '_' || s[j] == '@') ||
			i > 1 && s[i-1] == '-' && (isLetter(s[i-2]) || s[i-2] == ']') || j+1 < len(s) && s[j] == '-' && (isLetter(s[j+1]) || s[j+1] == '[') {
			continue // and a hyphenated word's part, as findAgain: "WILHELMINA-SITI-…" (FuzzRedact)
		}
		if sc.capitalNear(i, j) || !plainName(s, i, j) || i < sc.entEnd && sc.overlaps(i, j) {
			continue
		}
		sc.add(Person, i, j)
	}
}

// vaultWord notes the word s[i:j] of wordHash h for vaultNames when it is
// capitalised and the Vault's names may have it.
func (sc *scanner) vaultWord(i, j int, h uint32) {
	if j-i >= 3 && isUpper(sc.s[i]) && sc.vn.mayHave(h) {
		sc.vcand = append(sc.vcand, span{0, i, j})
	}
}

// capitalNear reports whether the word before p or the word after e, one
// blank away, is capitalised: the word s[p:e] is then part of another name
// ("Ci Mehong Cake", "Alya Bakery"). A value found there counts as none,
// as its placeholder does once it is replaced.
func (sc *scanner) capitalNear(p, e int) bool {
	s := sc.s
	if capitalBefore(s, p) && sc.valueAt(wordStart(s, p-1)) < 0 && sc.valueAt(glueStart(s, p-1)) < 0 && !stopPart(s, wordStart(s, p-1), p-1) && !capsChat(s, wordStart(s, p-1), p-1) {
		return true // but a common word, capitalised as a sentence's first: "Nanti Margaretha datang"
	}
	if e+1 >= len(s) || s[e] != ' ' || !isUpper(s[e+1]) || sc.valueAt(e+1) >= 0 {
		return false
	}
	g := glueEnd(s, e+1)
	return sc.valueAt(g-1) < 0 && sc.valueAt(g) != g && !capsChat(s, e+1, wordEnd(s, e+1)) // nor a word glued to a value after it, its placeholder next time: "Dimas An+62 813…" (FuzzRedact)
}

// capsChat reports whether s[a:b] is a word of chat in capitals, which in
// a message in capitals stands next to a name as any word does: "SAYA GA
// KENAL ANTON".
func capsChat(s string, a, b int) bool {
	return b-a >= 2 && upperCount(s, a, b) == b-a && chatWord(s, a, b)
}

// capitalBefore reports whether the word before p, one blank away, is
// capitalised.
func capitalBefore(s string, p int) bool {
	if p < 2 || s[p-1] != ' ' {
		return false
	}
	a := p - 1
	for a > 0 && isLetter(s[a-1]) {
		a--
	}
	return a < p-1 && isUpper(s[a])
}

// glueStart returns where the token that ends at st starts: letters and
// digits of any script and the combining marks on them ("o\u0340" is a
// letter with its accent), but not an emoji or a symbol ("📱0812…" keeps
// its emoji). A byte that is no rune of its own goes with the token, as every
// byte past ASCII did before.
func glueStart(s string, st int) int {
	for st > 0 && isAlnum(s[st-1]) {
		if s[st-1] < utf8.RuneSelf {
			st--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:st])
		if r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			break
		}
		if unicode.IsMark(r) {
			// A mark goes with the letter before it ("o\u0340"), not with
			// an emoji's ("☎\ufe0f0812…"); so do several ("ۭۙ").
			k := st - n
			for k > 0 {
				m, mn := utf8.DecodeLastRuneInString(s[:k])
				if !unicode.IsMark(m) {
					break
				}
				k -= mn
			}
			if p, _ := utf8.DecodeLastRuneInString(s[:k]); p != utf8.RuneError && !unicode.IsLetter(p) && !unicode.IsDigit(p) {
				break
			}
			st = k
			continue
		}
		st -= n
	}
	return st
}

// glueEnd is glueStart for the token that starts at e: it returns its end.
func glueEnd(s string, e int) int {
	for e < len(s) && isAlnum(s[e]) {
		if s[e] < utf8.RuneSelf {
			e++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[e:])
		if r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			break
		}
		e += n
	}
	return e
}

// mergeSpans sorts spans and merges overlapping ones, so that no byte of a
// detected value can survive because two detectors disagreed on its extent.
func mergeSpans(sp []span) []span {
	sorted := true
	for i := 1; i < len(sp); i++ {
		if sp[i].start < sp[i-1].start {
			sorted = false
			break
		}
	}
	if !sorted {
		if len(sp) <= 256 {
			// Nearly sorted, as a few values are found out of order (a
			// record's, one read ahead): an insertion sort, stable too,
			// moves only those.
			for i := 1; i < len(sp); i++ {
				x, j := sp[i], i
				for j > 0 && sp[j-1].start > x.start {
					sp[j] = sp[j-1]
					j--
				}
				sp[j] = x
			}
		} else {
			slices.SortStableFunc(sp, func(a, b span) int { return a.start - b.start })
		}
	}
	out := sp[:1]
	for _, x := range sp[1:] {
		last := &out[len(out)-1]
		if x.start < last.end {
			if x.end > last.end {
				last.end = x.end
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

// scanner holds the state of one pass over one text.
type scanner struct {
	spare bool // the spare of a Redactor, never in scannerPool
	// sawName is set once the text has said "nama" or "name": a
	// correction may follow ("ganti nama jadi Rina", "yang benar Budi").
	sawName bool
	// codeCue caches codeCue's answer for the text: 0 not asked yet, 1
	// no, 2 yes (a long text says "kode" many times).
	codeCue uint8
	// sawSlash is set when the main pass met a '/' or a '|': only then
	// may the text hold a record (see records).
	sawSlash bool
	// sawNIK is set once a NIK is found: only then does nikDates look
	// for the birth date it spells.
	sawNIK bool
	// secretLines and passLines are the lines from a password's or a
	// passport's first keyword to the last one's end: passwordShapes and
	// passportShapes read them for the tokens in those values' forms.
	secretLines, passLines keyLines
	secretLabels           spans4 // the labels before a secret's colon: "password e-learning anak saya: …"
	// dateAt holds where the first nDates runs of three groups of digits
	// the main pass met start: a date may be one (see nikDates).
	dateAt [8]int32
	nDates int
	// nameCol is one past where a table's header names its column of
	// names ("nama,hp,alamat"), or 0; nameSep is the header's separator.
	nameCol int
	nameSep byte
	// game is set once the text has named a game ("ML", "PUBG", "UID"):
	// the number after "ID" is then a player's account.
	game bool
	// office is set once the text has named a public office (see
	// dropOfficials).
	office bool
	// entEnd is at least the end of every value in ents: a word before it
	// may be inside one (see inValue).
	entEnd int
	r      *Redactor
	vn     *vaultNames   // the names of the conversation's Vault, during RedactText and Redact
	vcand  []span        // words vn may have (see vaultNames)
	starts *[1024]uint64 // r.starts
	s      string
	ents   []span
	pre    []span   // spans found by the pre-passes, sorted
	slab   []Entity // see entities
	out    []byte   // see output
	pk     int      // next pre-pass span

	ctx    ctxClass // class of the last keyword seen
	ctxEnd int      // where that keyword ended; -1 for none

	prevLen   int // length of the previous word; 0 after a number or a line break
	prevStart int
	buf       [wordBufLen]byte
	words     textWords  // the text's words, for repeatNames
	seen      [32]uint64 // the hashes of the words repeatNames looked for
	sawSep    bool       // a '|' or a '/' apart by blanks: a record's fields, for fieldNames
	sawFile   bool       // a file's extension after a dot, for fileNames
	sawPlate  bool       // a vehicle's or a plate's word, for lowerPlates
	sawGlue   bool       // a word glued to more by '.' or '_', for bareHandles
	sawBin    bool       // "bin" or "binti", for fatherNames
	plateAt   [8]int32   // the digit runs after one or two lowercase letters, for lowerPlates
	nPlate    int
	sawDeed   bool      // eight digits between dashes, a deed's date of issue, for civilRecords
	short4    bool      // memberID takes four digits alone: an ID right after its holder's name (see idAfterName)
	colons    int       // the main pass's count of ':'
	quotes    bool      // the main pass read a '"'
	runs      [16]int32 // where the main pass's first digit runs start, for repeatValues
	nRuns     int

	// Digit-run scratch space, kept here so it is not zeroed per run.
	gs, ge [maxGroups]int
	upTo   [maxGroups]int // digits collected up to the end of group k
	sep    [maxGroups]byte
	digits [maxDigits + 16]byte // room for the digits of a candidate, written eight or sixteen at a time
}

// wordBufLen is the longest word the readers lowercase (lowerWord) or
// look up (lookupToken); no keyword or set word is longer.
const wordBufLen = 24

// add records an entity of k, one of the Kinds.
func (sc *scanner) add(k Kind, start, end int) {
	sc.addIdx(builtinKind(k), start, end)
}

// addIdx records an entity of kind index ki. A keyword that keeps the
// number after it (an amount's, an order's) does not reach past a value:
// its text is replaced, and a placeholder ends any keyword's reach (see
// mainUpTo), so that redacting the output again finds nothing more.
func (sc *scanner) addIdx(ki kindIdx, start, end int) {
	if ki == personIdx && end-start > 3 && sc.s[end-1] == 's' && sc.s[end-2] == '\'' && isLetter(sc.s[end-3]) {
		end -= 2 // a name's possessive is not its: "John Smith's email"
	}
	sc.keepOff()
	sc.ents = append(sc.ents, span{ki, start, end}) // room for eight in a new scanner
	sc.sawNIK = sc.sawNIK || ki == nikIdx
	sc.entEnd = max(sc.entEnd, end)
}

// keepOff ends the reach of a keyword that keeps the numbers after it
// (ctxCurrency, ctxBusiness). A keyword that makes a number personal data
// (a bank's name, "NIK") still reaches past a value the main pass finds;
// the redacted text has that number replaced already.
func (sc *scanner) keepOff() {
	if sc.ctx == ctxCurrency || sc.ctx == ctxBusiness {
		sc.ctx = ctxNone
	}
}

// prevIs reports whether the previous word was w, and not a word of a
// value found already: the next pass reads a placeholder there ("atas
// nama AtAs nm=…": the second "atas" is a name).
// gameAfter reports whether a game is named after the number at j, on its line,
// that follows "ID": "ID 88776655 ML", "ID: 88776655 (2201) ML", "ID
// 1122334455 buat top up FF", "ID 9988776655 ga masuk diamondnya". A
// volume ("ID 1234567 botol 500 ml") names no game.
func gameAfter(s string, j int) bool {
	q := j
	for q < len(s) && (s[q] == ' ' || s[q] == ':') {
		q++
	}
	e := digitsEnd(s, q)
	if e-q < 6 {
		return false
	}
	// Anywhere on its line: a limit in bytes or in words would reach
	// further once a value after the ID is a placeholder, shorter or of
	// fewer words (FuzzRedact).
	end := len(s)
	if nl := strings.IndexByte(s[e:], '\n'); nl >= 0 {
		end = e + nl
	}
	for k := e; k < end; {
		for k < end && !isLetter(s[k]) {
			k++
		}
		w := wordEnd(s, k)
		if w == k || w > end {
			return false
		}
		var b [12]byte
		switch string(lowerWord(b[:], s, k, w)) {
		case "ml":
			d := k - 1
			for d > 0 && isDigit(s[d-1]) {
				d--
			}
			if k-1 == e || s[k-1] != ' ' && !isDigit(s[k-1]) && s[k-1] != ']' || k-1-d >= 5 || s[k-1] == ' ' && commonWordBefore(s, k-1) {
				// "ML" right after an ID, in brackets, or after a common
				// word ("main ML"), not a volume ("500 ml"). After a value
				// it says nothing: the value's placeholder does not say
				// whether a number ended it ("gg f 12 ml").
				return true
			}
		case "mlbb", "ff", "pubg", "genshin", "diamond", "diamonds", "diamondnya", "dm", "uc", "robux", "topup", "game",
			"valorant", "freefire", "hok", "codm", "nick", "nickname", "ign", "zone":
			return true
		case "top":
			if hasPrefixFold(s, w, " up") {
				return true
			}
		case "server", "srv":
			// A game's server after the account's ID: "ID 5578123 server
			// 2087", as Mobile Legends numbers them.
			if q := skipSpaces(s, w); q < end && isDigit(s[q]) {
				if d := digitsEnd(s, q); d-q >= 3 && d-q <= 5 && (d == len(s) || !isAlnum(s[d])) {
					return true
				}
			}
		}
		k = w
	}
	return false
}

func (sc *scanner) prevIs(w string) bool {
	if sc.prevLen != len(w) || !hasPrefixFold(sc.s, sc.prevStart, w) {
		return false
	}
	if n := len(sc.ents); n > 0 && sc.prevStart < sc.ents[n-1].end && sc.prevStart >= sc.ents[n-1].start {
		return false
	}
	return true
}

// main is the single pass over the bytes.
func (sc *scanner) main() {
	s := sc.s
	for i := 0; i < len(s); {
		lim := sc.limit()
		if i >= lim {
			// A pre-pass span starts here (or was overrun): skip it.
			p := sc.pre[sc.pk]
			sc.pk++
			if i < p.end {
				i = p.end
			}
			// As after a placeholder (see mainUpTo): no keyword reaches
			// past the value, and the word before it is no longer the
			// previous word ("atas [HANDLE_1] nama:" is no "atas nama").
			// A bank's keyword did reach past a handle here but not past
			// its placeholder: "VA @budi BCA 12340000" found the account
			// only once the handle was replaced.
			sc.ctx = ctxNone
			sc.prevLen = 0
			if p.kind == emailIdx {
				if q, e := comboPassword(s, i); e > 0 {
					sc.add(Secret, q, e)
					i = e
				}
			} else if p.kind == builtinKind(Handle) && p.start >= 4 && sc.entEnd <= p.start {
				if a, b := ownerBeforeHandle(s, p.start, p.end); b > 0 && sc.entEnd <= a {
					sc.add(Person, a, b) // out of order: run sorts the spans
				}
			}
			continue
		}
		i = sc.mainUpTo(i, lim)
	}
}

// mainUpTo runs the main pass from i until it reaches lim, the start of the
// next pre-pass span, and returns where it stopped.
func (sc *scanner) mainUpTo(i, lim int) int {
	t := sc.s // words may run past lim
	s := t[:lim]
	for i < len(s) {
		switch mainTab[s[i]] {
		case mSkip:
			i++
		case mLetter:
			// The word loop runs here rather than in word: most words are
			// neither keywords nor names and start nothing, and leave the
			// scanner only the previous-word bookkeeping to do.
			// wordAt, its usual case written out here because the
			// compiler will not inline it. The word may run past the
			// next pre-pass span, so it is read in t.
			var j int
			var h uint32
			var p uint64
			if len(t)-i >= 8 {
				w := load8(t[i:])
				f := w | 0x20*lsb8
				if nl := nonLetter8(w, f); nl != 0 {
					p = f & (nl&-nl>>7 - 1)
					j, h = i+bits.TrailingZeros64(nl)>>3, uint32(p*wordHashMul>>32)
				} else {
					j, h, p = wordAtSlow(t, i)
					if j-i == 34 && t[i] == 'T' {
						// A Tron address of letters only: a word of its
						// own, which the plain-word test would pass by.
						if e := walletEnd(sc.s, i); e > 0 {
							sc.add(Wallet, i, e)
							i = e
							continue
						}
					}
				}
			} else {
				j, h, p = wordAtSlow(t, i)
			}
			if p == packedBin || p == packedBinti {
				sc.sawBin = true // for fatherNames
			}
			if sc.plainWord(i, j, h) {
				sc.setPrev(i, j)
				if sc.vn != nil {
					sc.vaultWord(i, j, h)
				}
				if i < sc.entEnd && sc.inValue(i) {
					sc.ctx = ctxNone // as the value's placeholder ends a keyword's reach: "ulang tahun dewi 021…"
				}
				i = j
			} else {
				i = sc.word(i, j, h, p)
			}
			if i < len(s) && s[i] == ' ' {
				i++ // the usual space after a word, without a round of the switch
			} else if i < len(s) && (s[i] == '_' || s[i] == '.' && i+1 < len(s) && ctab[s[i+1]]&(cLower|cDigit) != 0) {
				sc.sawGlue = true                   // a word glued to more by a full stop or a '_', maybe a username: for bareHandles
				if s[i] == '_' || isLower(s[i+1]) { // (a '_' may end the text: "wechat: budi_" (FuzzRedact))
					sc.ctx = ctxNone // which ends a keyword's reach, as its placeholder will: "faktur pajak g_nakan … NPWP 0424…" (FuzzRedact)
				}
			}
		case mDigit:
			if i >= 3 && s[i-1] == ' ' && s[i-2] == '/' && s[i-3] == ' ' && i+12 < len(s) {
				sc.chatLine(i) // a chat's line pasted on after another: "… / 03/03/24, 14:12 - Doni: …"
			}
			i = sc.digitRun(i)
		case mNewline:
			sc.ctx = ctxNone
			sc.prevLen = 0
			i++
			if i < len(s) && (s[i] == '[' || isDigit(s[i])) {
				sc.chatLine(i) // the main pass reads the line on, and finds the name part of this value
			}
			if i+2 < len(s) && s[i] == '-' && s[i+1] == '-' {
				if e := sc.sigDelimiter(i + 2); e > 0 {
					i = e
				}
			}
		case mBracket:
			if s[i] == ':' {
				sc.colons++ // speakerLines and lowerNameList read only a text with colons
				i++
				break
			}
			if s[i] == '"' {
				sc.quotes = true // cardNames reads only a text with quotes
				i++
				break
			}
			if s[i] == ';' {
				sc.sawSep = true // a record's fields apart by semicolons (see fieldNames)
				i++
				break
			}
			if s[i] == '(' {
				if i >= 5 && i+3 < len(s) && isLetter(s[i+1]) {
					if j := wordEnd(t, i+1); j < len(t) && t[j] == ')' {
						sc.relationInBrackets(i+1, j) // "Kontak darurat: Mawar (kakak)"
					} else if j == i+2 && j+1 < len(t) && t[j] == ',' && t[j+1] == ' ' && (t[i+1] == 'L' || t[i+1] == 'P') && t[i-1] == ' ' && isLetter(t[i-2]) {
						sc.nameBeforeBracket(i + 1) // a person's sex first in the bracket: "Shafa (P, 24 bln, BB 11 kg)"
					}
				}
				i++
				break
			}
			if s[i] == '[' && i > 0 && i+12 < len(s) && isDigit(s[i+1]) && s[i-1] == ' ' {
				sc.chatLine(i) // a chat's line pasted on after another: "… / [15/03/24, 11:03:10] Reynaldo: …"
			}
			if s[i] != '[' {
				sc.sawSlash = true // a '/' or a '|'
				if i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
					sc.sawSep = true // apart by blanks, as a record's fields are: "Sutrisno 12 jam | Paijo 8 jam"
				}
				i++
				break
			}
			// A placeholder from an earlier pass is opaque: skip it whole so
			// redacting redacted text changes nothing.
			if e := placeholderEnd(sc.s, i); e > 0 {
				if e+3 < len(sc.s) && sc.s[e] == ' ' && sc.s[e+1] == '(' && strings.HasPrefix(sc.s[i:], "[PHONE_") {
					sc.nameInBrackets(e + 2) // as after the number itself
				}
				if i >= 5 && sc.s[i-1] == ' ' && (strings.HasPrefix(sc.s[i:], "[PHONE_") || strings.HasPrefix(sc.s[i:], "[EMAIL_")) {
					sc.nameBeforeContact(i)
				}
				i = e
				sc.prevLen = 0
				sc.ctx = ctxNone // the placeholder is the value the keyword named
			} else {
				i++
			}
		}
	}
	return i
}

// keDari reads the parties of a transfer receipt after "ke" or "dari" (j
// is the word's end): a name in capitals after its colon ("Ke: BUDI
// SANTOSO", "Dari: RINA MARLINA") or a name after a colon in title case
// that is no place ("Dari: Rina Marlina", not "Dari: Jakarta Selatan");
// and an account number followed by its holder's name in capitals, as
// m-banking prints them ("Ke 5271234567 ANDI WIJAYA").
func (sc *scanner) keDari(j int) int {
	s := sc.s
	if a := j - 4; a >= 0 && (a == 0 || s[a-1] == '\n') && j+4 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && hasPrefixFold(s, a, "dari") {
		// A message passed on, its sender first: "dari Fadli: siap bu,
		// besok saya antar".
		e := nameTokenEnd(s, j+1)
		if inSet(s, j+1, e, fGivenNames) && !ambiguousGiven(s, j+1, e) {
			f := e
			if f+2 < len(s) && s[f] == ' ' && isUpper(s[f+1]) {
				f = nameTokenEnd(s, f+1)
			}
			if f < len(s) && s[f] == ':' && !sc.overlaps(j+1, f) && !(j+1 < sc.entEnd && sc.inValue(j+1)) {
				sc.add(Person, j+1, f)
				return f
			}
		}
	}
	q, colon := j, false
	if q < len(s) && s[q] == ':' {
		q, colon = q+1, true
	} else if q+1 < len(s) && s[q] == ' ' && s[q+1] == ':' {
		q, colon = q+2, true
	}
	if q+2 >= len(s) || s[q] != ' ' {
		return 0
	}
	q++
	if isDigit(s[q]) {
		e := q
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e-q < 8 || e-q > 18 || e < len(s) && isAlnum(s[e]) || isMobile([]byte(s[q:e]), false) {
			return 0 // and a mobile's number, which the main pass reads: "Kirim ke: 081234567890"
		}
		// The holder's name after it, on its line or the next ("Ke
		// 5270123456\nSITI NURHALIZA"); or the number alone after the
		// field's colon ("Ke: 1234567890\nNama: SITI AMINAH").
		n := e
		if n < len(s) && (s[n] == ' ' || s[n] == '\n') {
			n++
		} else if n+1 < len(s) && s[n] == '\r' && s[n+1] == '\n' {
			n += 2
		}
		caps := n+1 < len(s) && isUpper(s[n]) && isUpper(s[n+1])
		if caps {
			if b := capsNameEnd(s, n); b > 0 && shrinkToName(s, n, &b) {
				sc.add(BankAccount, q, e)
				sc.add(Person, n, b)
				return b
			}
		}
		if colon && (caps || e == len(s) || s[e] == '\n' || s[e] == '\r') { // "Tujuan: 9000012345678 CV BERKAH JAYA"
			sc.add(BankAccount, q, e)
			return e
		}
		return 0
	}
	if !colon && q+1 < len(s) && isUpper(s[q]) && isUpper(s[q+1]) {
		// A name in capitals, as a bank's or an e-wallet's notice has it:
		// "Anda telah mengirim Rp50.000 ke DEWI ANGGRAINI", "DARI ANDI
		// PRATAMA\nKE YULIANA SARI".
		r := q
		if c := namePrefixEnd(s, q, wordEnd(s, q)); c > 0 && c+1 < len(s) {
			r = c + 1 // "Ke WA ODE NURHAEDAH": "WA" is WhatsApp too
		}
		if b := capsNameEnd(s, r); b > 0 && (r > q || shrinkToName(s, r, &b)) { // after "WA ODE", any name
			sc.add(Person, q, b)
			if a := accountAfterName(s, b); a > 0 {
				sc.add(BankAccount, b+1, a) // "Ke SONDANG PARDEDE 2280 2766 18", as BCA mobile prints it
				return a
			}
			return b
		}
		return 0
	}
	if (colon || j >= 4 && hasPrefixFold(s, j-4, "dari")) && isLower(s[q]) {
		if e := sc.lowerGivenRun(q); e > 0 && !(e < len(s) && (s[e] == '@' || (s[e] == '.' || s[e] == '_') && e+1 < len(s) && (isAlnum(s[e+1]) || s[e+1] == '['))) { // and "ini dari dewi lestari", not "dari anton.s@gmail.com"
			sc.add(Person, q, e) // "Dari: siti aminah"
			return e
		}
		return 0
	}
	if !colon || !isUpper(s[q]) {
		return 0
	}
	b := q
	for b < len(s) && (isLetter(s[b]) || s[b] == ' ' || s[b] == '\'' || s[b] == '-') && s[b] < 0x80 {
		b++
	}
	for b > q && s[b-1] == ' ' {
		b--
	}
	if !shrinkToName(s, q, &b) {
		return 0 // (shrunk to the name: "Dari: Rina ANDI WIJ…" names Rina, as it does once the rest is replaced)
	}
	sc.add(Person, q, b)
	return b
}

// nameBefore adds the name of one to three capitalised words that ends at
// e, if there is one (see recordName) and it is no value found already.
// With given, any name; else one with a common given name when years is
// set (the age is in years: "Sarah Connor, age 45", not a pet's or a
// plant's "umur 3 bulan", nor "Kucing Persia, umur 1 tahun").
func (sc *scanner) nameBefore(e int, given, years bool) {
	s := sc.s
	a := e
	for words := 0; words < 3; words++ {
		b := a
		for b > 0 && isLetter(s[b-1]) && s[b-1] < 0x80 {
			b--
		}
		if b == a || !isUpper(s[b]) {
			break
		}
		a = b
		if a < 2 || s[a-1] != ' ' || !isUpper(s[a-2]) && !isLower(s[a-2]) {
			break
		}
		if c := wordStart(s, a-1); !isUpper(s[c]) || !plainName(s, c, a-1) || c < sc.entEnd && sc.inValue(c) || sc.inPre(c) || c > 0 && isAlnum(s[c-1]) {
			break // and a word of a value found, a placeholder next time: "Ayah:@Budi Santoso (lahir …)"; or glued to one: "02/02/2019Paspo"
		}
		a--
	}
	for a < e && !isUpper(s[a]) {
		a++
	}
	if a >= e || a < sc.entEnd && sc.overlaps(a, e) || a > 0 && (isAlnum(s[a-1]) || s[a-1] == '@' || s[a-1] == '_') {
		return
	}
	if w := wordStart(s, a-1); capitalBefore(s, a) && !(w < sc.entEnd && sc.inValue(w) || sc.inPre(w) || w > 0 && isAlnum(s[w-1])) {
		return // part of a product's name: "Mobil Avanza, umur 5 tahun"; not a name found ("Budi܍ Santoso"), a placeholder next time
	}
	if recordName(s, a, e, true) && (given || hasGiven(s, a, e) && years) {
		sc.add(Person, a, e)
	}
}

// hasGiven reports whether one of the words of s[a:e] is a common given
// name that is no common word too.
func hasGiven(s string, a, e int) bool {
	for q := a; q < e; {
		w := wordEnd(s, q)
		if w == q {
			q++
			continue
		}
		if inSet(s, q, w, fGivenNames) && !ambiguousGiven(s, q, w) {
			return true
		}
		q = w
	}
	return false
}

// wordStart returns where the word of letters that ends at e starts.
func wordStart(s string, e int) int {
	for e > 0 && isLetter(s[e-1]) {
		e--
	}
	return e
}

// receivedBy reads who took a parcel, after "diterima oleh", "received
// by" or "delivered to" ending at j, as couriers' tracking pages print it:
// any name, in capitals or in title case, also one word alone and in
// brackets, but no role ("diterima oleh [ANDRI - SATPAM]", "DITERIMA OLEH
// YANTO", "diterima oleh: Bu Sri (tetangga)").
func (sc *scanner) receivedBy(j int) int {
	s := sc.s
	q := j
	for q < len(s) && q-j < 3 && (s[q] == ' ' || s[q] == ':' || s[q] == '[' || s[q] == '(') {
		if s[q] == '[' && placeholderEnd(s, q) > 0 {
			return 0 // the name, replaced already
		}
		q++
	}
	if q+1 >= len(s) || !isUpper(s[q]) || q > j && s[q-1] != ' ' && s[q-1] != '[' && s[q-1] != '(' {
		return 0
	}
	if isLower(s[q+1]) {
		return sc.personAfter(q, modeCap)
	}
	b := capsNameEnd(s, q)
	if b == 0 || b < len(s) && isAlnum(s[b]) {
		return 0
	}
	if shrinkToName(s, q, &b) || b-q >= 3 && recordName(s[:b], q, b, true) {
		sc.add(Person, q, b)
		return b
	}
	return 0
}

// shrinkToName drops words from the end of s[q:*b] until what is left is a
// name alone (see recordName): "HANAFI IDR 98…" is "HANAFI". It reports
// whether a name is left.
func shrinkToName(s string, q int, b *int) bool {
	for e := *b; e > q; {
		if recordName(s[:e], q, e, false) {
			*b = e
			return true
		}
		sp := strings.LastIndexByte(s[q:e], ' ')
		if sp < 0 {
			return false
		}
		e = q + sp
	}
	return false
}

// capsNameEnd returns the end of the words in capitals from q, up to
// four of them, or 0.
func capsNameEnd(s string, q int) int {
	end, words := 0, 0
	for words < 4 && q < len(s) && isUpper(s[q]) {
		e := q
		for e < len(s) && (isUpper(s[e]) || s[e] == '\'' || s[e] == '-') {
			e++
		}
		if e < len(s) && isLetter(s[e]) {
			break // "Rp"
		}
		end, words = e, words+1
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		q = e + 1
	}
	if words == 0 {
		return 0
	}
	return end // one word is a name when it is a common given name (see recordName)
}

// chatLine reads the sender of a line of an exported chat, which starts at
// p: "[12/03/24 10.15] Budi Santoso: …" (iPhone) or "12/03/24, 10:15 -
// Rina Marlina: …" (Android). The sender is a contact's name, one word
// or more, or a phone number, which the main pass finds.
func (sc *scanner) chatLine(p int) int {
	s := sc.s
	q := p
	if s[q] == '[' {
		q++
	}
	// The date and the time: digits and "/.,: " only, a slash or a dot
	// in the date, a colon or a dot in the time.
	a := q
	date, clock := false, false
	for q < len(s) && q-a < 24 && (isDigit(s[q]) || s[q] == '/' || s[q] == '.' || s[q] == ',' || s[q] == ':' || s[q] == ' ') {
		date = date || s[q] == '/'
		clock = clock || s[q] == ':' || s[q] == '.'
		q++
	}
	if q-a < 10 || q+2 >= len(s) || !date || !clock {
		return 0 // a date with its slashes and a time: "3174051208900001 - Tjitro:" is no chat's line
	}
	switch {
	case s[p] == '[' && s[q] == ']' && s[q+1] == ' ':
		q += 2
	case s[p] != '[' && s[q] == '-' && s[q-1] == ' ' && s[q+1] == ' ':
		q += 2
	default:
		return 0
	}
	if q >= len(s) || !isUpper(s[q]) {
		return 0
	}
	b := q
	for b < len(s) && b-q < 60 && s[b] != ':' && s[b] != '\n' {
		b++
	}
	if b >= len(s) || s[b] != ':' {
		return 0
	}
	sc.codeLine(b + 1)
	if w := wordEnd(s, q); groupWord(s, q, w) || w-q == 4 && hasPrefixFold(s, q, "grup") || w-q == 5 && (hasPrefixFold(s, q, "group") || hasPrefixFold(s, q, "admin")) {
		return 0 // a group's or its admin's line: "Grup Pecinta Kopi Nusantara: …"
	}
	nb := b
	for nb > q && (s[nb-1] == ' ' || s[nb-1] >= utf8.RuneSelf && !letterBefore(s, nb)) {
		_, size := utf8.DecodeLastRuneInString(s[:nb])
		if s[nb-1] == ' ' {
			size = 1
		}
		nb -= size // an emoji the contact's name was saved with: "Natasha 🌷:"
	}
	if nb == q || !recordName(s, q, nb, true) || sc.overlaps(q, nb) {
		return 0 // and "Me:", the exporter's own lines
	}
	sc.add(Person, q, nb)
	return b
}

// restOf reads the rest of a number that a message cut in two, after
// "lanjutannya" (s[i:j]), with its first part, the last digits before
// that no value holds: "NIK saya 327301... eh sorry kepotong,
// lanjutannya 1203910002", "nomor hpnya 0813 2222, sambungannya 4545".
// The two read together must be a mobile number or a valid NIK; the
// parts take that kind.
func (sc *scanner) restOf(i, j int) {
	s := sc.s
	r := j
	for r < len(s) && (s[r] == ' ' || s[r] == ':') {
		r++
	}
	var d [maxDigits]byte
	n, e := 0, r
	for e < len(s) && n < len(d) && isDigit(s[e]) {
		d[n], n, e = s[e], n+1, e+1
		if e+1 < len(s) && (s[e] == ' ' || s[e] == '-') && isDigit(s[e+1]) {
			e++
		}
	}
	if n < 3 || e < len(s) && isAlnum(s[e]) || sc.overlaps(r, e) {
		return
	}
	// The first part: the last run of digits before, within the clause's
	// reach, that no value holds.
	b := i - 1
	for b > 0 && i-b < 64 && !isDigit(s[b]) {
		b--
	}
	if b <= 0 || !isDigit(s[b]) || b < sc.entEnd && sc.inValue(b) {
		return
	}
	a := b + 1
	for a > 0 && (isDigit(s[a-1]) || (s[a-1] == ' ' || s[a-1] == '-') && a >= 2 && isDigit(s[a-2])) {
		a--
	}
	if a > 0 && isAlnum(s[a-1]) {
		return
	}
	var all [2 * maxDigits]byte
	m := 0
	for k := a; k <= b; k++ {
		if isDigit(s[k]) && m < len(all) {
			all[m], m = s[k], m+1
		}
	}
	if m < 3 || m+n > len(all) {
		return
	}
	copy(all[m:], d[:n])
	v := all[:m+n]
	var k Kind
	switch {
	case isMobile(v, false):
		k = Phone
	case nikValid(v):
		k = NIK
	default:
		return
	}
	sc.add(k, a, b+1)
	sc.add(k, r, e)
}

// codeLine reads a chat's line, from c, that is a code alone: four to
// eight digits when the text asks for a code, as a forwarded chat has
// it: "[10.02, 1/12/2026] Budi: kodenya berapa? [10.02, 1/12/2026] Me:
// 739204".
func (sc *scanner) codeLine(c int) {
	s := sc.s
	for c < len(s) && s[c] == ' ' {
		c++
	}
	d, n := c, 0
	for d < len(s) && isDigit(s[d]) && n < 9 {
		d++
		n++
		if d+1 < len(s) && s[d] == ' ' && isDigit(s[d+1]) {
			d++
		}
	}
	if n < 4 || n > 8 || d < len(s) && s[d] != '\n' && s[d] != '\r' || sc.overlaps(c, d) {
		return
	}
	if !saysAny(s, "kode", "otp", "pin ", "code", "verifikasi") {
		return
	}
	sc.add(Secret, c, d)
}

// givenFamily reads a full name with no keyword before it, where the
// capitalised word s[i:j] is a common given name and a family name
// follows: "Budi Santoso sudah transfer", "Komplain dari Siti Rahmawati".
// The name is two to four capitalised words none of which is a keyword,
// a stop word, a place or a role (see recordName); a given name that is a
// common word too ("Indah Permai", "Sari Roti") starts none.
func (sc *scanner) givenFamily(i, j int) int {
	s := sc.s
	if !inSet(s, i, j, fGivenNames) || i < sc.entEnd && sc.inValue(i) || classBefore(s, i) {
		return 0
	}
	if ambiguousGiven(s, i, j) {
		// A word that is a name as often, before a common given name that
		// is no word: "Citra Kirana Putri"; not "Sari Roti", "Indah Permata".
		q := j
		for w := 0; ; w++ {
			if w == 2 || q+2 >= len(s) || s[q] != ' ' || !isUpper(s[q+1]) || !isLower(s[q+2]) {
				return 0
			}
			f := nameTokenEnd(s, q+1)
			if !inSet(s, q+1, f, fGivenNames) || f+1 < len(s) && s[f] == '\'' && s[f+1] == '[' {
				return 0 // and one glued to a value's placeholder, as to the value: "Citra Kirana'[PASSPORT_1]" (FuzzRedact)
			}
			if !ambiguousGiven(s, q+1, f) {
				break // "Putri Ayu Lestari"
			}
			q = f
		}
	}
	e, bin, dot := j, false, -1
	for words := 1; words < 4 && e+2 < len(s) && s[e] == ' ' && (isUpper(s[e+1]) && isLower(s[e+2]) || binEnd(s, e+1) > 0 || apostropheName(s, e+1)); words++ {
		if b := binEnd(s, e+1); b > 0 {
			// "Ahmad bin Karto", "Siti Aisyah binti Abu Bakar": the
			// father's name goes with it.
			f := gluedNameEnd(s, b)
			if !recordName(s[:f], b, f, true) {
				break
			}
			e, bin = f, true
			continue
		}
		f := nameTokenEnd(s, e+1)
		if !recordName(s, e+1, f, true) {
			// "Khairul Rahayu-Griya Permai": the name ends at the
			// hyphen, as it does once the address after it is replaced.
			// (s is cut at the hyphen, where the name's words end.)
			// The last such mark that leaves a name: "Budi S'Jloso'Jl.
			// Mawar" as "Budi S'Jloso'[ADDRESS_1]" (FuzzRedact).
			for h := f - e - 2; h > 0; h-- {
				if c := s[e+1+h]; (c == '-' || c == '\'') && recordName(s[:e+1+h], e+1, e+1+h, true) {
					e += 1 + h
					break
				}
			}
			break
		}
		e = f
		if dot < 0 && e+3 < len(s) && s[e] == '.' && s[e+1] == ' ' && isUpper(s[e+2]) && isLower(s[e+3]) && nameAbbrev(s[wordStart(s, e):e]) {
			dot = e
			e++ // "Andi Muh. Arfan": Muhammad's short form, and the name goes on
		}
	}
	if e == dot+1 {
		e, dot = dot, -1 // the short form ended the name after all
	}
	c := e // the words recordName reads as one name: up to the short form's full stop
	if dot > 0 {
		c = dot
	}
	if !bin && (e == j || !recordName(s[:c], i, c, false)) || businessAfter(s, j, false) || sc.businessBefore(i) {
		return 0
	}
	sc.add(Person, i, e)
	return e
}

// classBefore reports whether a class's word and its grade come right
// before i, after which a name is the class's: "Kelas 7 Umar bin Khattab",
// "kelas 4B Ali".
func classBefore(s string, i int) bool {
	g := i - 1
	if g < 5 || s[g] != ' ' {
		return false
	}
	k := g
	for k > 0 && isAlnum(s[k-1]) && g-k < 3 {
		k--
	}
	if k == g || k < 4 || s[k-1] != ' ' || !isDigit(s[k]) {
		return false
	}
	w := asciiWordBefore(s, k-1)
	if w < 0 {
		return false
	}
	var b [5]byte
	switch string(lowerWord(b[:], s, w, k-1)) {
	case "kelas", "class", "kls", "grade":
		return true
	}
	return false
}

// nameGoesOn extends the name the dictionary found at s[i:e] when it is
// one word, a common given name, and more of the name follows in the same
// letter case ("RINA SETIAWAN SUDAH TRANSFER", "Asep bin Yusuf"): the
// dictionary knew the given name only. It returns the name's end.
func (sc *scanner) nameGoesOn(i, e int) int {
	s := sc.s
	n := len(sc.ents)
	if n == 0 || sc.ents[n-1].start != i || sc.ents[n-1].end != e || nameTokenEnd(s, i) != e ||
		e+2 >= len(s) || s[e] != ' ' || !inSet(s, i, e, fGivenNames) || e-i < 2 {
		return e
	}
	if k := coupleAt(s, e); k > 0 {
		f := gluedNameEnd(s, k) // "Fransiska & Nugraha"
		sc.add(Person, k, f)
		return f
	}
	f := e
	if isUpper(s[i+1]) {
		if isUpper(s[e+1]) && isUpper(s[e+2]) {
			f = capsNameRun(s, i)
		}
	} else if b := binEnd(s, e+1); b > 0 {
		if g := nameTokenEnd(s, b); recordName(s[:g], b, g, true) {
			f = g
		}
	} else if isUpper(s[e+1]) && isLower(s[e+2]) {
		for w := 1; w < 4 && f+2 < len(s) && s[f] == ' ' && isUpper(s[f+1]) && isLower(s[f+2]); w++ {
			g := nameTokenEnd(s, f+1)
			if !recordName(s[:g], f+1, g, true) {
				break
			}
			f = g
		}
	}
	if f > e && !businessAfter(s, e, false) { // each word after was read as a name's
		sc.ents[n-1].end = f
		sc.entEnd = max(sc.entEnd, f)
		return f
	}
	return e
}

// givenFamilyCaps is givenFamily for a name in capitals: "BUDI SANTOSO
// SUDAH TRANSFER".
func (sc *scanner) givenFamilyCaps(i, j int) int {
	s := sc.s
	if !inSet(s, i, j, fGivenNames) || ambiguousGiven(s, i, j) || i < sc.entEnd && sc.inValue(i) {
		return 0
	}
	e := capsNameRun(s, i)
	if e > j && sc.businessBefore(i) {
		return e // a street's or a shop's name, read whole: "JL AHMAD YANI MACET"
	}
	if e == j || !recordName(s[:e], i, e, false) || businessAfter(s, j, false) {
		return 0
	}
	sc.add(Person, i, e)
	return e
}

// familyAfter reads a full name whose second word s[i:j] is a common
// given or family name and whose first is a capitalised word the lists do
// not know: "Herman Susanto sudah transfer", "Irwan Setiawan". The first
// word is the word before, right before it, in title case, and no
// keyword, stop word, place, role or business (see recordName).
func (sc *scanner) familyAfter(i, j int) int {
	s := sc.s
	a := sc.prevStart
	if sc.prevLen < 3 || a+sc.prevLen+1 != i || s[i-1] != ' ' || !isUpper(s[a]) || !isLower(s[a+1]) ||
		!inSet(s, i, j, fGivenNames) || ambiguousGiven(s, i, j) || inSet(s, a, i-1, fGivenNames) || a < sc.entEnd && sc.inValue(a) ||
		a > 0 && (isAlnum(s[a-1]) || s[a-1] == '@' || s[a-1] == '.' || s[a-1] == '_' || s[a-1] == '-' && a > 1 && (isUpper(s[a-2]) || s[a-2] == ']')) {
		return 0 // and a word glued to a code by a hyphen, or to its placeholder: "Nama OVOKK-Yya Gita", "SITI AMINAH-Buk Budi" (FuzzRedact)
	}
	e := j
	for words := 2; words < 4 && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isLower(s[e+2]); words++ {
		f := nameTokenEnd(s, e+1)
		if !recordName(s[:f], e+1, f, true) {
			break
		}
		e = f
	}
	if !recordName(s[:e], a, e, false) || businessWord(s, a, a+sc.prevLen) || businessAfter(s, a+sc.prevLen, false) || sc.businessBefore(a) || sc.businessBefore(i) || placeWord(s, a, i-1) {
		return 0 // and a place named after a person: "Balai Kartini", "Gedung Sate", "Hagia Sophia"
	}
	sc.add(Person, a, e)
	return e
}

// relationInBrackets reads, when the word s[k:e] in brackets is a
// relative's or an absence's, the capitalised word before the brackets
// that could be a name, and one such word before it: "Kontak darurat:
// Mawar (kakak)", "Zembrut Saragih (suami)", "Rekap absen les kelas 3A:
// Kenzo (izin)". Not before "(anak)", a child's portion or ticket as often
// as a child, nor a business's partner.
func (sc *scanner) relationInBrackets(k, e int) {
	s := sc.s
	if e >= len(s) || s[e] != ')' || k < 6 || s[k-1] != '(' || s[k-2] != ' ' || !isLetter(s[k-3]) {
		return
	}
	if rollCallWord(s, k, e) {
		sc.nameBeforeBracket(k) // an absence: "Kenzo (izin)"
		return
	}
	var b [12]byte
	switch string(lowerWord(b[:], s, k, e)) {
	case "anak", "partner", "pa", "rekan", "kolega", "atasan", "colleague", "coworker", "assistant", "secretary", "sekretaris":
		return
	case // A person's trade: "Kurnia (notaris) bilang …", "Sapto (kurir)".
		"notaris", "pengacara", "dokter", "bidan", "perawat", "guru", "kurir", "driver", "sopir", "supir", "satpam", "teknisi", "tukang", "mandor", "tetangga",
		"buruh", "petani", "nelayan", "pedagang", "wiraswasta", "pensiunan", "honorer": // a parent's work on a form: "orang tua: Zulkarnain (buruh)"
	default:
		if !inSet(s, k, e, fFamily) {
			return
		}
	}
	sc.nameBeforeBracket(k)
}

// nameBeforeBracket adds the name of one or two capitalised words that
// ends right before the bracket opened at k-1 after a blank: what the
// bracket says is the person's relation, trade or sex.
func (sc *scanner) nameBeforeBracket(k int) {
	s := sc.s
	j := k - 2
	i := wordStart(s, j)
	if !pairWord(s, i, j) && !(isUpper(s[i]) && ambiguousGiven(s, i, j) && plainName(s, i, j)) || // "Mawar (kakak)"
		i < sc.entEnd && sc.inValue(i) || sc.businessBefore(i) {
		return
	}
	a := i
	if i >= 5 && s[i-1] == ' ' && isLetter(s[i-2]) {
		if p := wordStart(s, i-1); pairWord(s, p, i-1) && !(p < sc.entEnd && sc.inValue(p)) && !sc.inPre(p) && !sc.businessBefore(p) &&
			(p == 0 || !isAlnum(s[p-1]) && s[p-1] != '@' && s[p-1] != '_' && s[p-1] != '.' && s[p-1] != ']') {
			a = p // "Zembrut Saragih (suami)"; not a handle's word, its placeholder next pass (FuzzRedact)
		}
	}
	if a > 0 && (isAlnum(s[a-1]) || s[a-1] == '@' || s[a-1] == '_' || s[a-1] == '.' || s[a-1] == ']') || sc.overlaps(a, j) {
		return
	}
	sc.add(Person, a, j)
}

// businessBefore reports whether the word before the one at a names a
// business or an institution that the words from a name: "Toko Mas Sinar
// Jaya", "RS Dr. Soetomo", "Kampus Budi Luhur", "Bakso Pak Kumis".
func (sc *scanner) businessBefore(a int) bool {
	s := sc.s
	k := a - 1
	dot := false
	for k > 0 && (s[k] == ' ' || s[k] == '.') {
		dot = dot || s[k] == '.'
		k--
	}
	b := k + 1
	if a-b > 1 && !dot {
		return false // two blanks part the words: no shop's name, and the word before may be a name found later ("b Bakar")
	}
	if k > 0 && s[k] == ']' && placeholderEndsAt(s, k+1) {
		// A placeholder, a word of a street's name before, as the name it
		// replaced was: "Jl. [PERSON_1] dr Mawar" as "Jl. Ipul dr Mawar"
		// (FuzzRedact).
		q := strings.LastIndexByte(s[:k], '[') - 1
		for q > 0 && (s[q] == ' ' || s[q] == '.') {
			q--
		}
		c := q + 1
		for q >= 0 && isLetter(s[q]) {
			q--
		}
		return q+1 < c && !(q >= 0 && isAlnum(s[q])) && streetWord(s, q+1, c)
	}
	for k >= 0 && isLetter(s[k]) {
		k--
	}
	if dot && b-(k+1) > 3 {
		return false // a full stop after a whole word ends its sentence: "Ayam Bakar. almarhum Suparno"; not "RS. Budi"
	}
	if k+1 < b && (k+1 < sc.entEnd && sc.inValue(k+1) || handleBefore(s, k+1)) || k >= 0 && isAlnum(s[k]) {
		return false // a word of a value found already, or of a handle, which the next pass reads as a placeholder; the letters of a longer token ("Mulyanit2ka")
	}
	if shopWord(s, k+1, b) || b-(k+1) == 5 && s[k+1] == 'V' && hasPrefixFold(s, k+1, "villa") {
		return true // and a villa by its name, capitalised: "Villa Sari Dewi 3 bedroom", not "tamu villa Budi Santoso"
	}
	// One capitalised word between: "Nasi Kapau Uni Lis", "Sambal Cibiuk
	// Mang Endang", "Jl. Ahmad Yani Bekasi". A given name between is a
	// person's after any word but a street's: "es Budi. Dewi …" (the
	// name may be found only later, by repeatNames).
	if k+1 >= b || !isUpper(s[k+1]) || k < 1 || s[k] != ' ' {
		return false
	}
	given := inSet(s, k+1, b, fGivenNames)
	if _, kw, fl := lookupToken(s, k+1, b); kw.trig == trigSaya || fl&fStopWords != 0 && !given {
		return false // "I" or a word of chat is no shop's: "kelas SMP. Saya Bu Rosalina"
	}
	if k > 0 && s[k] == ' ' && s[k-1] == ' ' {
		return false // two blanks between, as above
	}
	dot = false
	for k > 0 && (s[k] == ' ' || s[k] == '.') {
		dot = dot || s[k] == '.'
		k--
	}
	b = k + 1
	for k >= 0 && isLetter(s[k]) {
		k--
	}
	if dot && b-(k+1) > 3 {
		return false // as above: "x Bakar. Mlmarhum Suparno" (FuzzRedact)
	}
	if k+1 >= b || k >= 0 && isAlnum(s[k]) || k+1 < sc.entEnd && sc.inValue(k+1) || handleBefore(s, k+1) || sc.inPre(k+1) {
		return false // as for the word right before: "@rs. H.ka QAhmad" (FuzzRedact)
	}
	return shopWord(s, k+1, b) && (!given || streetWord(s, k+1, b))
}

// shopWord reports whether s[a:b] names a business, an institution, a
// place or a dish that the words after it name after a person (see
// businessBefore): "Toko", "RS", "Bakso", "Sambal".
func shopWord(s string, a, b int) bool {
	if a >= b || b-a == 2 && s[a+1]|0x20 == 'a' && s[a]|0x20 == 'k' && s[a+1] == 'a' {
		return false // a train is "KA", "ka" and "Ka" are chat's "kak" and Minang's "to": "kirim ka Jorong Koto Tuo"
	}
	var w [12]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "ruangan", "ruang", "kamar", "tipe", "type", "varian", "warna", "motif", "model", "seri", "rasa", "aroma", "ukuran",
		"gado", "sayur", "dimsum", "batik", "kemeja", "kapau", "ronde", "guling",
		// Places and offices named after a person or a word that is a name:
		// "Gunung Agung", "Garuda Wisnu Kencana", "KPP Pratama".
		"gunung", "pantai", "danau", "pulau", "bukit", "kawah", "garuda", "kpp", "kua", "polsek", "polres", "koramil",
		"jalan", "jln", "gang", "meeting", "rapat", "rsup", "rsab", "rsu", "rspad", "toko", "warung", "rs", "rsud", "rsia", "klinik", "apotek", "kampus", "universitas", "sekolah", "alumni",
		"rsj", "rsk", "rsgm", "rsau", "rsal", "rsi", "rsb", "rsjd", "rsm", "pmb", // hospitals, a midwife's practice: "RSJ Dr. Radjiman Wediodiningrat"
		"bakso", "sate", "sop", "soto", "gudeg", "jamu", "bakpia", "kapsul", "ayam", "bebek", "mie", "babi", "kambing", "sapi", "bubur", "rawon", "pempek", "gulai",
		"restoran", "resto", "hotel", "menara", "gedung", "masjid", "gereja", "pasar", "ka", "kereta", "kapal",
		"pt", "cv", "ud", "balai", "wisma", "graha", "aula", "plaza", "mall", "galeri", "sanggar", "vihara", "pura", "klenteng", "puskesmas", "stadium", "yayasan", "stasiun", "bandara", "terminal", "jl", "gg", "lapangan",
		"stadion", "taman", "museum", "monumen", "makam", "patung", "kue", "roti", "kopi", "es", "nasi", "lumpia",
		"burger", "pizza", "kebab", "donat", "steak", "ramen", "sushi", "boba", "cafe", "kafe",
		"bika", "bakar", "goreng", "geprek", "penyet", "taliwang", "kuning", "uduk", "pecel", "seblak", "rujak", "cingur",
		"lontong", "martabak", "kerupuk", "depot", "kedai", "warkop", "warteg", "penginapan", "homestay", "bengkel",
		"salon", "katering", "catering", "buntut", "maryam", "bangka", "madrasah", "ibtidaiyah", "tsanawiyah",
		"aliyah", "uin", "iain", "pesantren", "pondok", "smp", "sma", "smk", "sd", "tk", "paud", "gki", "gbi",
		"sekretariat", "posko", "bimbel", "kursus", "terpadu", "sdit", "smpit", "smait", "sdn", "smpn", "sman", "smkn", "mts", // schools named after a person: "SDIT Nurul Fikri", "Bimbel Prima"
		"mahkamah", "pengadilan", "kejaksaan", "kepolisian", "kementerian", // courts and offices: "Mahkamah Agung", "Pengadilan Negeri Jakarta Selatan"
		"hkbp", "bpk", "tas", "brownies", "krim", "gamis", "obat", "sabun", "parfum", "hijab", "mukena", "boneka",
		// Goods sold by their brand: "beras Dewi Sri", "lulur Sariayu".
		"beras", "minyak", "gula", "susu", "lulur", "sampo", "shampoo", "bedak", "lipstik",
		// A show or a work by its performer or maker: "Konser Raisa",
		// "film karya Joko Anwar".
		"konser", "concert", "karya", "album",
		// Hotel chains, named by their district ("Aston Priority
		// Simatupang"), and a funeral home ("Rumah Duka Adi Jasa").
		"aston", "santika", "amaris", "novotel", "ibis", "mercure", "favehotel", "sheraton", "hilton",
		"marriott", "hyatt", "pullman", "swiss", "grandhika", "reddoorz", "oyo", "duka",
		// An outlet, a ward, a hostel by its name ("Gerai Sarinah Thamrin",
		// "Paviliun Kartini", "Asrama Haji Donohudan"); an advert by its star.
		"gerai", "outlet", "cabang", "paviliun", "bangsal", "asrama", "iklan":
		return true
	}
	if !isUpper(s[a]) {
		return false // "kasih tahu Pak Budi", "sudah makan Bu Rina?"
	}
	switch string(lowerWord(w[:], s, a, b)) {
	// Dishes and trades named after their cook or maker, capitalised as a
	// menu has them: "Sambal Bu Rudy", "Lapis Legit Ny. Liem", "Rawon Setan
	// Mbak Endang", "Soto Kudus Mbak Rahayu", "Warung Makan Mbah Marto",
	// "Penjahit Bu Sum".
	case "kursi", "meja", "lemari", "ranjang", "sofa", "hampers", "parsel", "tani", "gapoktan", "pokdakan", "koperasi", "jami", "paguyuban", "sakit", "kecantikan", "sambal", "lapis", "legit", "laundry", "fotokopi", "butik", "konveksi", "sablon",
		"aceh", "sumedang", "lamongan", "madiun", "beras", "florist", "rsupn", "penjahit", "jahit", "gepuk", "setan", "rawon", "pincuk", "klathak", "maranggi",
		"makan", "campur", "balap", "pempek", "betawi", "kudus", "madura", "padang", "bubur", "gado", "ketoprak",
		"siomay", "batagor", "bakmi", "tahu", "tempe", "iga", "rendang", "dawet", "cendol", "lele", "gurame",
		"kambing", "sapi", "tongseng", "gulai", "tengkleng", "ketupat", "opor", "laksa", "kwetiau", "serabi",
		"wedang", "angkringan", "lesehan", "dapur", "kantin", "pindang", "pepes", "bandeng", "keripik", "rempeyek",
		"dodol", "wingko", "tumpeng", "teler", "rica", "pisang", "bolu", "donat", "klepon", "cilok", "bakwan", "kacang":
		return true
	}
	return false
}

// givenAlone reads a common given name that stands where a name does:
// a chat's speaker ("Rahmat: min paket saya mana"), a line of its own
// after another ("Sent from my iPhone\nAgustina"), a sign-off after a
// dash ("Thx kak, - Rina", "Tim CS - Reza", "-Dimas") or between tildes
// ("~ Winarti ~").
func (sc *scanner) givenAlone(i, j int) int {
	s := sc.s
	lineStart := i == 0 || s[i-1] == '\n'
	if !lineStart && s[i-1] == ' ' {
		b := i - 1
		for b > 0 && s[b-1] == ' ' {
			b--
		}
		lineStart = b == 0 || s[b-1] == '\n' // after an emoji, now a blank: "🙏 Dewi minta …"
	}
	lineEnd := j == len(s) || s[j] == '\n' || s[j] == '\r'
	if j+5 < len(s) && s[j] == ',' && s[j+1] == ' ' && ageAfterComma(s, j+2) {
		// A person's age after the name, whatever comes before: "Yg
		// kecil Arjuna, 7 thn", "Sari, 5 tahun".
		if !inSet(s, i, j, fGivenNames) || i < sc.entEnd && sc.inValue(i) {
			return 0
		}
		sc.add(Person, i, j)
		return j
	}
	v := j // the word after, past the blanks an emoji left: "Rudi 😊 bilang …"
	for v < len(s) && s[v] == ' ' {
		v++
	}
	switch {
	case lineStart && j+1 < len(s) && s[j] == ':' && s[j+1] == ' ':
	case lineStart && lineEnd && i > 0:
	case i >= 2 && s[i-1] == ' ' && s[i-2] == ':' && v > j && v+1 < len(s) && personVerb(s, v) && coupleAt(s, j) == 0,
		i >= 7 && hasPrefixFold(s, i-7, " here, "):
		// After a label's colon, before what the person does: "Rundown
		// lamaran: Fikri dan keluarga datang"; after who writes: "Photographer
		// here, Bryan."
	case lineStart && v > j && v+4 < len(s) && (vocativeComma(s, v) || relativeSelf(s, v)):
		// A given name opening the line before the person addressed or
		// whose it is: "Sumiati kak, itu nama ibu kandung saya", "Wati
		// istri saya kontraksi tiap 5 menit".
	case lineStart && (v > j && v+1 < len(s) && (personVerb(s, v) || whoWord(s, v)) || j+1 < len(s) && s[j] == ',' && s[j+1] == ' ') && coupleAt(s, j) == 0,
		lineStart && j+1 < len(s) && s[j] == ' ' && s[j+1] == '(' && sc.commaItems(i), // "Andre (30), Bella (28) ikut tur"
		i >= 2 && s[i-1] == ' ' && (s[i-2] == ',' || s[i-2] == '.') && v > j && v+1 < len(s) && personVerb(s, v) && sc.personFound(),
		i >= 3 && s[i-1] == ' ' && s[i-2] == ',' && v > j && v+1 < len(s) && personVerb(s, v) && vocativeBefore(s, i-2):
		// A given name that opens a line, before a verb said of a person
		// or a comma: "Rudi bilang kuenya kemanisan", "Hanif, tolong
		// bawa kuncinya"; not a shop's "Tono bakso pindah ke ruko". And
		// one that opens a clause after a name found: "Rudi sudah bayar,
		// Hanif belum"; or after the person addressed: "bu guru, Rina ga
		// bisa ikut", "kak, Dimas udah transfer".
	case (lineEnd || j+1 == len(s) && (s[j] == '.' || s[j] == '!')) && i >= 1 &&
		(s[i-1] == '-' && (i == 1 || s[i-2] == ' ' || s[i-2] == '\n') || i >= 3 && s[i-1] == ' ' && s[i-2] == '-' && (s[i-3] == ' ' || s[i-3] == ',')):
	case (lineStart || i >= 2 && s[i-1] == ' ' && (s[i-2] == '.' || s[i-2] == '!')) && j+7 < len(s) && hasPrefixFold(s, j, " kamar ") && isDigit(s[j+7]),
		i >= 10 && s[i-1] == ' ' && s[i-2] == ',' && isDigit(s[i-3]) && roomBefore2(s, i-2) && (lineEnd || j < len(s) && (s[j] == '.' || s[j] == '!')):
		// A kos tenant by the room: "… nanti saya ganti. Bella kamar 5",
		// "Aku penghuni baru kamar 11, Febri."
	case (lineStart || i >= 2 && s[i-1] == ' ' && (s[i-2] == '.' || s[i-2] == '!')) && j+4 < len(s) && s[j] == ' ' && s[j+1] == '-' && s[j+2] == ' ' && staffTail(s, j+3):
		// Who writes, and their team after a dash: "Fadli - tim IT
		// support", "Nanda - CS shift pagi".
	case i >= 2 && s[i-1] == ' ' && s[i-2] == '~' && j+1 < len(s) && s[j] == ' ' && s[j+1] == '~':
	case (lineEnd || s[j] == ',' || j+2 < len(s) && s[j] == ' ' && (s[j+1] == '-' || s[j+1] == '(')) && listItemAt(s, i),
		(lineEnd || s[j] == ',' || j+3 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && (s[j+2] == '.' || s[j+2] == ')') && s[j+3] == ' ' || i >= 2 && s[i-2] == ')') && inlineItemAt(s, i),
		i >= 2 && s[i-1] == ' ' && (s[i-2] == ',' || s[i-2] == ':') && j < len(s) && (s[j] == ',' || s[j] == ' ' && j+1 < len(s) && s[j+1] == '(') && sc.commaItems(i):
		// An item of a list apart by commas, with another item after it:
		// "zakat fitrah untuk 5 jiwa: Suherman, Ratna, Aldi".
	case (lineStart || i >= 2 && s[i-1] == ' ' && (s[i-2] == ':' || s[i-2] == ',')) && j < len(s) && s[j] == ' ' &&
		nextGivenItem(s, j) && (!sc.productLine(strings.LastIndexByte(s[:i], '\n')+1, i) || sizeAt(s, j+1)):
		// An item of a list whose next item starts with a common given
		// name too, each with what is said of it: "gaji: Hendra
		// 7.500.000, Rina 6.200.000", "Absen: Dimas sakit, Fitri cuti".
		// The list's reader takes the last item.
		// A list's item: "1. Andi - 2 pcs", "- Budi", "1. Aldo 2. Bima".
	case i >= 1 && s[i-1] == '(' && j < len(s) && (s[j] == ')' || s[j] == ',' || coupleAt(s, j) > 0 || hasPrefixFold(s, j, " & ") || hasPrefixFold(s, j, " dan ")) &&
		!ambiguousGiven(s, i, j):
		// Named in brackets: "anak 2 (Bima & Sakti)", "(Rudi, Hanif)";
		// partners and the list's reader take the others.
	case i >= 2 && s[i-1] == ' ' && s[i-2] == ',' && j < len(s) && s[j] == ',' && (sc.personFound() || newcomerBefore(s, i-2)):
		// Set off by commas after a name found, as who that is: "anaknya
		// pak Eko, Lutfi, lagi cari kerja"; or after whom, new or in a
		// post: "ini pak satpam yg baru, Slamet, katanya …".
	case j+3 < len(s) && s[j] == ' ' && s[j+1] == '(' && inSet(s, j+2, wordEnd(s, j+2), fFamily):
		// A relative: "Arif (suami), Rina (istri), Dika (anak)".
	case j+5 < len(s) && s[j] == ' ' && s[j+1] == '(' && (ageInBrackets(s, j+1) || classInBrackets(s, j+1)):
		// A person's age after the name: "Aisyah (6 th) dan adiknya".
	case (i == 0 || s[i-1] == ' ' && i >= 2 && (s[i-2] == ',' || s[i-2] == '!' || s[i-2] == '.')) && hasPrefixFold(s, j, " here"):
		// "Hello, Sophie here from villa 7", "Hi! Greg here".
	case i >= 2 && s[i-1] == ' ' && lowerWordBefore(s, i-1) && (lineEnd || j+2 < len(s) && (s[j] == ' ' && isLower(s[j+1]) || s[j] == ',' || s[j] == '.' || s[j] == '?' || s[j] == '!' || s[j] == ';')):
		// A capitalised given name in a sentence in lowercase: "Kata
		// Dimas barangnya belum datang", "tolong sampaikan ke Rina ya".
		if sc.businessBefore(i) {
			return 0
		}
	case i >= 3 && s[i-1] == ' ' && (s[i-2] == '.' || s[i-2] == ')') && isDigit(s[i-3]) && rollCallAfter(s, j):
		// A roll call's numbered item: "1. Nabil hadir 2. Keanu izin".
	case i >= 6 && isDigit(s[i-2]) && (lineEnd || s[j] == ',' || s[j] == ';') && numberedLabelBefore(s, i) < i:
		// After a numbered label, the first of its names: "kamar 301
		// Fajar, Galang, Ikhsan; kamar 302 …".
	case (lineStart || i >= 3 && s[i-1] == ' ' && (s[i-2] == ',' && vocativeBefore(s, i-2) || s[i-2] == '.')) && absenceAfter(s, j):
		// Any name that could be one, before when and an absence, as a
		// parent tells the school: "Mohon maaf bu, Aurel hari ini ijin ga
		// masuk les", "Dimas besok izin".
		if !pairWord(s, i, j) || i < sc.entEnd && sc.inValue(i) {
			return 0
		}
		sc.add(Person, i, j)
		return j
	case coupleAt(s, j) > 0:
		// A couple: "Rizky & Annisa", "Sarah dan Michael".
		if ambiguousGiven(s, i, j) || !inSet(s, i, j, fGivenNames) || i < sc.entEnd && sc.inValue(i) {
			return 0
		}
		k := coupleAt(s, j)
		e := gluedNameEnd(s, k)
		if r, _ := capNameRun(s, k); r > e && gluedNameEnd(s, k) == nameTokenEnd(s, k) && recordName(s, k, r, true) {
			e = r // and the second's family name: "Joko dan Budi Santoso"
		}
		sc.add(Person, i, j)
		sc.add(Person, k, e)
		return e
	default:
		return 0
	}
	if !inSet(s, i, j, fGivenNames) || i < sc.entEnd && sc.inValue(i) {
		return 0
	}
	if ambiguousGiven(s, i, j) && !(lineStart && v > j && (hasPrefixFold(s, v, "tolong ") || hasPrefixFold(s, v, "tlg "))) &&
		!(hasPrefixFold(s, j, " here") && (j+5 == len(s) || s[j+5] == ',' || s[j+5] == '.' || s[j+5] == '!' || hasPrefixFold(s, j+5, " (") || hasPrefixFold(s, j+5, " from "))) && // who writes: "hi guys, Ayu here (the one with …)"
		!(j+3 < len(s) && s[j] == ' ' && s[j+1] == '(' && inSet(s, j+2, wordEnd(s, j+2), fFamily)) { // and a relative: "Mawar (kakak)"
		return 0 // but a name addressed, asked for something: "Indah tolong bilangin ke bos"
	}
	sc.add(Person, i, j)
	return j
}

// keywordPairName returns the end of two capitalised words at b of which
// one is a given name and the other a word of a bank's, a place's or
// some other keyword's too, in a list of names: "…, Intan Permata, Wulan",
// "… dan Jaya Kusuma belum …"; or 0.
func (sc *scanner) keywordPairName(b int) int {
	s := sc.s
	f := nameTokenEnd(s, b)
	if f-b < 3 || f+3 >= len(s) || s[f] != ' ' || !isUpper(s[b]) || !isLower(s[b+1]) || !isUpper(s[f+1]) || !isLower(s[f+2]) {
		return 0
	}
	g := nameTokenEnd(s, f+1)
	if g-f <= 3 || !(g == len(s) || s[g] == ',' || s[g] == '.' || s[g] == ' ' && (g+1 >= len(s) || isLower(s[g+1]) || s[g+1] == '(')) {
		return 0
	}
	_, _, fl1 := lookupToken(s, b, f)
	_, _, fl2 := lookupToken(s, f+1, g)
	if (fl1|fl2)&fGivenNames == 0 || (fl1|fl2)&(fStopWords|fCapStop|fRoleWords|fAbortWords) != 0 || sc.overlaps(b, g) || f+1 < sc.entEnd && sc.inValue(f+1) ||
		placeWord(s, b, f) || placeWord(s, f+1, g) || shopWord(s, b, f) || businessWord(s, f+1, g) {
		return 0
	}
	return g
}

// newcomerBefore reports whether the word that ends at e says who someone
// is: new ("yg baru"), or a post, a role ("satpam", "kurir").
func newcomerBefore(s string, e int) bool {
	a := e
	for a > 0 && isLetter(s[a-1]) {
		a--
	}
	if e-a < 3 {
		return false
	}
	if e-a == 4 && hasPrefixFold(s, a, "baru") || e-a == 3 && hasPrefixFold(s, a, "new") {
		return true
	}
	_, kw, fl := lookupToken(s, a, e)
	return fl&fRoleWords != 0 || kw.trig == trigStaff
}

// lowerWordBefore reports whether the word that ends at e is in lowercase,
// or a common word capitalised only as a sentence's first ("Kata Dimas
// barangnya belum datang", "Tadi Rina sudah bayar").
func lowerWordBefore(s string, e int) bool {
	a := e
	for a > 0 && isLetter(s[a-1]) {
		a--
	}
	if a == e {
		return false
	}
	if isLower(s[a]) {
		return true
	}
	return e-a >= 3 && isUpper(s[a]) && isLower(s[a+1]) && (a == 0 || s[a-1] == '\n' || a >= 2 && s[a-1] == ' ' && (s[a-2] == '.' || s[a-2] == '!' || s[a-2] == '?')) &&
		inSet(s, a, e, fStopWords)
}

// coupleAt returns where the second of two common given names joined by
// "&", "dan" or "and" at j starts ("Rizky & Annisa"), or 0.
func coupleAt(s string, j int) int {
	k := 0
	switch {
	case hasPrefixFold(s, j, " & "):
		k = j + 3
	case hasPrefixFold(s, j, " dan "), hasPrefixFold(s, j, " and "):
		k = j + 5
	default:
		return 0
	}
	if k+1 >= len(s) || !isUpper(s[k]) || !isLower(s[k+1]) {
		return 0
	}
	if e := gluedNameEnd(s, k); inSet(s, k, e, fGivenNames) && !ambiguousGiven(s, k, e) {
		return k
	}
	return 0
}

// lowerGivenRun returns the end of one to three common given names in
// lowercase from q ("siti aminah", "dewi lestari"), none of them a common
// word too, or 0.
func (sc *scanner) lowerGivenRun(q int) int {
	s := sc.s
	end := 0
	for w := 0; w < 3 && q < len(s) && isLower(s[q]); w++ {
		e := gluedNameEnd(s, q)
		if e == q || !inSet(s, q, e, fGivenNames) || ambiguousGiven(s, q, e) {
			break
		}
		end = e
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		q = e + 1
	}
	if end > 0 && end < sc.entEnd && sc.inValue(end-1) {
		return 0
	}
	if end > 0 {
		end = lowerSurnameEnd(s, end) // "dari dewi wattimena, …"
	}
	return end
}

// gluedNameEnd is nameTokenEnd cut at a hyphen or an apostrophe: the name
// ends there as it does once what is glued on is replaced ("Asep'budi@…").
func gluedNameEnd(s string, k int) int {
	return wordEnd(s, k) // the letters up to the first hyphen or apostrophe
}

// listItemAt reports whether s[i] starts a list's item: its line starts
// with "1. ", "2) ", "- " or "• " just before i.
func listItemAt(s string, i int) bool {
	k := i - 1
	if k < 1 || s[k] != ' ' {
		return false
	}
	k--
	switch {
	case s[k] == '-':
	case s[k] == '.' || s[k] == ')':
		d := k
		for d > 0 && isDigit(s[d-1]) && k-d < 2 {
			d--
		}
		if d == k {
			return false
		}
		k = d
	case k >= 2 && s[k-2:k+1] == "•":
		k -= 2
	default:
		return false
	}
	return k == 0 || s[k-1] == '\n'
}

// ambiguousGiven reports whether the given name s[i:j] is a common word
// too (see lowerWordAmbiguous).
func ambiguousGiven(s string, i, j int) bool {
	var b [8]byte
	return lowerWordAmbiguous(string(lowerWord(b[:], s, i, j)))
}

// fieldColon returns where a form's field's value starts when the word
// ending at j is its label, alone or with one more word, then a colon
// ("Driver:", "Kurir Grab:", "Penumpang bayi:"), and a capitalised word
// after it, or 0.
func fieldColon(s string, j int) int {
	q := j
	if q+1 < len(s) && s[q] == ' ' && isLetter(s[q+1]) {
		q = wordEnd(s, q+1)
		if q+1 < len(s) && s[q] == ' ' && isLower(s[q+1]) {
			q = wordEnd(s, q+1) // "anggota baru club: Reynold Tumbelaka"
		}
	}
	if q+2 < len(s) && s[q] == ':' && s[q+1] == ' ' && isUpper(s[q+2]) {
		return q + 1
	}
	return 0
}

// birthdayName reads the name a birthday's wish is for: "Selamat ulang
// tahun Nabila yang ke-17", "Happy Birthday Lestiani", "HBD ya Gilang";
// and a welcome's ("Selamat bergabung Citra"). j ends "ulang", "ultah",
// "birthday" or "bergabung"; a capitalised name after it (and
// after "tahun", "ya", "kak", "buat", "untuk", "to"), not a keyword, a
// stop word or a place.
func (sc *scanner) birthdayName(i, j int) {
	s := sc.s
	if sc.prevIs("kue") || sc.prevIs("cake") || sc.prevIs("tart") || sc.prevIs("roti") {
		return // a cake's kind, not whose birthday: "kue ulang tahun Black Forest"
	}
	q := j
	if lowerASCII(s[i+2]) == 'a' { // "ulang": "tahun" follows
		q = j + 6
	}
	for k := 0; k < 2 && q+1 < len(s) && s[q] == ' '; k++ {
		e := wordEnd(s, q+1)
		var b [6]byte
		switch string(lowerWord(b[:], s, q+1, e)) {
		case "ya", "kak", "buat", "untuk", "to", "ke", "dear", "my":
			q = e
			continue
		}
		break
	}
	if q+2 < len(s) && s[q] == ' ' && isLower(s[q+1]) {
		if e := sc.lowerGivenRun(q + 1); e > 0 {
			sc.add(Person, q+1, e) // "selamat ulang tahun dewi lestari"
		}
		return
	}
	if q+2 < len(s) && s[q] == ' ' && isUpper(s[q+1]) && isUpper(s[q+2]) {
		// In capitals, as a cake's or a card's writing: "Selamat ulang
		// tahun SALOMINA, dari HUSEIN", "Happy birthday DEWI".
		if e := capsNameEnd(s, q+1); e-q > 3 && recordName(s[:e], q+1, e, true) && !(q+1 < sc.entEnd && sc.inValue(q+1)) { // not "HUT RI"
			sc.add(Person, q+1, e)
		}
		return
	}
	if q+2 >= len(s) || s[q] != ' ' || !isUpper(s[q+1]) || !isLower(s[q+2]) {
		return
	}
	e := wordEnd(s, q+1) // "Sarah-Jl. Mawar": the name ends at the hyphen
	for w := 1; w < 3 && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isLower(s[e+2]); w++ {
		f := wordEnd(s, e+1)
		if !recordName(s[:f], e+1, f, true) {
			break
		}
		e = f
	}
	if recordName(s[:e], q+1, e, true) && !(q+1 < sc.entEnd && sc.inValue(q+1)) {
		sc.add(Person, q+1, e)
	}
}

// sendTo reads the person after "kirim ke", "antar ke" (j is the end of
// "kirim"): a common given name, capitalised, and the names after it
// ("kirim ke: Rahmat Hidayat"), where "kirim ke Jakarta" names a place.
func (sc *scanner) sendTo(j int) int {
	s := sc.s
	if j+4 >= len(s) || s[j] != ' ' || !hasPrefixFold(s, j+1, "ke") {
		return 0
	}
	q := j + 3
	if q < len(s) && s[q] == ':' {
		q++
	}
	if q+1 >= len(s) || s[q] != ' ' {
		return 0
	}
	q++
	if !isUpper(s[q]) {
		return 0
	}
	if e := nameTokenEnd(s, q); e == q || !inSet(s, q, e, fGivenNames) {
		return 0
	}
	return sc.personAfter(q, modeCap)
}

// sigDelimiter reads the name on the line after an e-mail signature's
// delimiter, "--" alone on its line, whose end is at q: "thanks\n-- \nAndi
// Pratama\n0812…".
func (sc *scanner) sigDelimiter(q int) int {
	s := sc.s
	if q < len(s) && s[q] == ' ' {
		q++
	}
	if q < len(s) && s[q] == '\r' {
		q++
	}
	if q+1 >= len(s) || s[q] != '\n' || !isUpper(s[q+1]) {
		return 0
	}
	return sc.personAfter(q+1, modeCap)
}

// nameBeforePhone reads the name between a contact's keyword ending at j
// and a mobile number: one to three capitalised words ("Hubungi Meiske
// Wowor +62-811-7877-9083", "CP: Andi 0812…"), but no office's ("hubungi
// Call Center 1500…" has no mobile number). It returns the name's end, or
// 0.
func (sc *scanner) nameBeforePhone(j int) int {
	s := sc.s
	q := j
	if hasPrefixFold(s, q, " darurat") {
		q += 8 // "Kontak darurat: Fauziah Caniago (0812…)"
	}
	if q < len(s) && s[q] == ':' {
		q++
	}
	q = skipSpaces(s, q)
	e := q
	for w := 0; w < 3 && e < len(s) && isUpper(s[e]); w++ {
		f := nameTokenEnd(s, e)
		if f == e || f+1 >= len(s) || s[f] != ' ' {
			return 0
		}
		p := f + 1
		if s[p] == '(' || s[p] == '+' {
			p++ // "(0812…)", "+62 811 …"
		}
		if p < len(s) && mobileAt(s, p) || p+1 < len(s) && s[p-1] == '(' && s[p] == '+' && mobileAt(s, p+1) {
			if !recordName(s, q, f, true) || q < sc.entEnd && sc.inValue(q) {
				return 0
			}
			sc.add(Person, q, f)
			return f
		}
		e = f + 1
	}
	return 0
}

// accountAfterName returns the end of an account's number after the
// holder's name that ends at b: ten to sixteen digits, in groups apart by
// single blanks or dashes ("2280 2766 18", "340-403-4520"), and no mobile
// number; or 0.
func accountAfterName(s string, b int) int {
	if b+1 >= len(s) || s[b] != ' ' || !isDigit(s[b+1]) {
		return 0
	}
	var d [20]byte
	n, e := 0, b+1
	blank, nb := 0, 0 // the last blank between groups, and the digits before it
	for e < len(s) && n < len(d) {
		if isDigit(s[e]) {
			d[n] = s[e]
			n++
			e++
			continue
		}
		if (s[e] == ' ' || s[e] == '-') && e+1 < len(s) && isDigit(s[e+1]) {
			if s[e] == ' ' {
				blank, nb = e, n
			}
			e++
			continue
		}
		break
	}
	if n > 16 && blank > 0 && nb >= 10 {
		e, n = blank, nb // a number after it is another: "0054-79-834036-11 081234567890", as before its placeholder
	}
	if n < 10 || n > 16 || e < len(s) && isAlnum(s[e]) || isMobile(d[:n], false) {
		return 0
	}
	return e
}

// longNumberAfter reports whether a number of eight digits or more, a
// token of its own, follows j after blanks and a colon: a customer's
// number with a company ("customer id 543219876543"), where a business's
// own code has letters ("Order ID: ORD-00123").
func longNumberAfter(s string, j int) bool {
	q := skipSpaces(s, j)
	if q < len(s) && s[q] == ':' {
		q = skipSpaces(s, q+1)
	}
	d := digitsEnd(s, q)
	return d-q >= 8 && (d == len(s) || !isAlnum(s[d]) && s[d] != '-' && s[d] != '/')
}

// clanName adds the name whose clan starts at e, after "Br" at i: the
// clan's word, and up to three capitalised words before "Br" that are no
// keyword ("Rosma Dewi Br Ginting"), or the clan alone.
func (sc *scanner) clanName(i, e int) int {
	s := sc.s
	c := wordEnd(s, e)
	a := i
	for k := 0; k < 3 && a >= 2 && s[a-1] == ' ' && a-1 > sc.entEnd; k++ {
		w := wordStart(s, a-1)
		if w == a-1 || !isUpper(s[w]) {
			break
		}
		if fits, kw, fl := lookupToken(s, w, a-1); !fits || kw != (keyword{}) || fl&(fStopWords|fCapStop) != 0 {
			break
		}
		a = w
	}
	sc.add(Person, a, c)
	return c
}

// noteDate notes that a run of three groups of digits starts at k.
func (sc *scanner) noteDate(k int) {
	if sc.nDates < len(sc.dateAt) {
		sc.dateAt[sc.nDates] = int32(k)
	}
	sc.nDates++
}

// nextPre is the start of the next pre-pass span, or len(s).
func (sc *scanner) limit() int {
	if sc.pk < len(sc.pre) {
		return sc.pre[sc.pk].start
	}
	return len(sc.s)
}

// plainWord reports whether word would do nothing with the word s[i:j]
// (wordHash h) but remember it as the previous word: no keyword or
// dictionary name may start with it, it cannot start an API key or an MRZ
// line (it ends for good, or no key prefix and no "P<" starts with its
// first letter), and if it has one or two letters it is no "at" (a
// spelled-out '@') and cannot be a plate region (those start with a
// capital; cPlainShort says both). It is the cheap test the main loop
// makes before calling word, kept small enough to be inlined there.
func (sc *scanner) plainWord(i, j int, h uint32) bool {
	s := sc.s
	return !bloomHas(sc.starts, h) && (j >= len(s) || keyStart[s[i]]&goesOn[s[j]] == 0) &&
		(j-i > 2 || ctab[s[i]]&cPlainShort != 0)
}

// keyStart marks the first bytes of the words that word may read on past
// their last letter: with kPrefix, those of keyPrefixes, the 'P' of an
// MRZ line and the 'T' of a Tron address, before any byte but a blank, a
// comma or an apostrophe; with kLookAlike, the letters that stand for
// digits, before a digit ("… 0795 OOO3", "O812-3456-7890"). goesOn marks
// the bytes after the word for each.
var keyStart, goesOn = func() (t, g [256]uint8) {
	for _, p := range keyPrefixes {
		t[p.prefix[0]] = kPrefix
	}
	t['P'] = kPrefix
	t['T'] = kPrefix // a Tron address
	for _, c := range "OoIli" {
		t[c] |= kLookAlike
	}
	for c := range 256 {
		if ctab[c]&cAfterWord == 0 {
			g[c] = kPrefix
		}
		if ctab[c]&cDigit != 0 {
			g[c] |= kLookAlike
		}
	}
	return t, g
}()

const (
	kPrefix = 1 << iota
	kLookAlike
)

// word handles the run of letters s[i:j], whose lowercase form has
// wordHash h and first eight bytes packed p, and returns where to resume.
func (sc *scanner) word(i, j int, h uint32, p uint64) int {
	s := sc.s
	n := j - i
	if sc.vn != nil {
		sc.vaultWord(i, j, h)
	}
	// Keep the previous word for two-word keywords, then replace it.
	var kw keyword
	found := false
	if i > 0 && isDigit(s[i-1]) {
		// Letters glued to digits ("12Budi", "16GB") are no trigger, but
		// may stand for digits: "3l7lOll7O845OOOl".
		if n <= 3 && lookAlikes(s[i:j]) || n == 1 && (s[i] == 'B' || s[i] == 'S') && j < len(s) && isDigit(s[j]) {
			if e := sc.lookAlikeNumber(i); e > 0 {
				return e
			}
		}
		sc.setPrev(i, j)
		return j
	}
	if n <= 4 && j < len(s) && isDigit(s[j]) && lookAlikes(s[i:j]) {
		if e := sc.lookAlikeNumber(i); e > 0 {
			return e // "O812-3456-7890", a NIK's "… 0795 OOO3"
		}
	}
	if j < len(s) && s[j] > ' ' && s[j] != ',' && s[j] != '\'' {
		// Only a word glued to more token characters can start an API
		// key or an MRZ line.
		if keyPrefixesBy[s[i]] != nil {
			if e := keyToken(s, i); e > 0 {
				sc.add(Secret, i, e)
				return e
			}
		}
		if s[i] == 'T' {
			if e := walletEnd(s, i); e > 0 {
				sc.add(Wallet, i, e) // a Tron address: "TJRab…"
				return e
			}
		}
		if n <= 2 && isDigit(s[j]) && len(s)-i >= 44 {
			if e := mrzSecondLine(s, i); e > 0 {
				sc.add(Passport, i, e) // "B1234567<8IDN8501011M2801015<<<…02"
				return e
			}
		}
		if s[i] == 'P' && hasPrefixFold(s, i+1, "<idn") {
			e := keyEnd(s, i)
			sc.add(Passport, i, e)
			return e
		}
		if s[j] == '/' && (n == 2 && lowerASCII(s[i]) == 'l' && lowerASCII(s[i+1]) == 'p' || n == 5 && hasPrefixFold(s, i, "sttlp")) {
			if e := policeReportEnd(s, i, j); e > 0 {
				sc.add(GovID, i, e) // a police report's number: "LP/B/2241/VII/2024/SPKT/POLDA METRO JAYA"
				return e
			}
		}
	}
	if n < len(sc.buf) {
		if n == 2 && lowerASCII(s[i+1]) == 't' && (lowerASCII(s[i]) == 'a' || lowerASCII(s[i]) == 'e' && j+1 < len(s) && providerEnd(s, j+1) > 0) {
			// "et", as "at" is said in Indonesian, before a mail provider only.
			if e := sc.spelledEmail(i, j); e > 0 {
				return e
			}
		}
		if bloomHas(&keyBloom, h) {
			// findKeyword's usual case, a keyword of up to eight letters
			// in its home slot, written out: two words in five of the
			// corpus come here ("Rp", "kak", "INV", "saya"…), nearly all
			// keywords, and the compiler will not inline findKeyword.
			// BenchmarkDetect: 11.79M to 11.57M instructions a pass.
			if e := &kwFast[h&(kwFastSize-1)]; e.packed == p && int(e.n) == n && e.tail == 0 {
				kw, found = e.kw, true
			} else {
				kw, found = findKeyword(s[i:j], p, h)
			}
		}
		if d := sc.r.dict; d != nil && d.mayStart(h) {
			if e := sc.dictMatch(i, j, lowerWord(sc.buf[:], s, i, j), h); e > 0 {
				sc.setPrev(i, j)
				return sc.nameGoesOn(i, e)
			}
		}
	}
	if !found {
		if n == 2 && isUpper(s[i]) && isUpper(s[i+1]) && j+1 < len(s) && isDigit(s[j]) && isDigit(s[j+1]) {
			if e := ibanEnd(s, i); e > 0 {
				sc.add(BankAccount, i, e) // "DE89 3704 0044 0532 0130 00"
				return e
			}
		}
		if n <= 3 && isUpper(s[i]) && j < len(s) && s[j] == '.' {
			sc.postNominal(i) // "Budi Santoso, S.H."
		}
		if n >= 3 && isUpper(s[i]) && isLower(s[i+1]) {
			if n <= 5 && j+5 < len(s) && s[j] == ' ' && isUpper(s[j+1]) {
				// A Korean name, its given name romanised with a hyphen:
				// "Kim Min-jun", "Choi Yu-na". ("Park", an address's word
				// too, is a plain word the main loop passes by.)
				if e := koreanGivenEnd(s, j+1); e > 0 && koreanFamily(s[i:j]) && !(i < sc.entEnd && sc.inValue(i)) {
					sc.add(Person, i, e)
					return e
				}
			}
			if e := chineseNameEnd(s, i, j); e > 0 && !(i < sc.entEnd && sc.inValue(i)) {
				sc.add(Person, i, e) // "Tjhin Mei Fung", "Kwee Siu Lan"
				return e
			}
			if e := sc.familyAfter(i, j); e > 0 {
				return e // "Herman Susanto sudah transfer"
			}

			if j+2 < len(s) && s[j] == ' ' && (isUpper(s[j+1]) || binEnd(s, j+1) > 0) {
				if e := sc.givenFamily(i, j); e > 0 {
					return e
				}
				if isLower(s[j+1]) || rpAt(s, j+1) || sizeAt(s, j+1) {
					if e := sc.givenAlone(i, j); e > 0 {
						return e // "is Ahmad bin IsmaiL": no father's name, as "is Ahmad bin [PERSON_1]"
					}
				}
			} else if e := sc.givenAlone(i, j); e > 0 {
				return e
			}
		} else if n >= 3 && isUpper(s[i]) && isUpper(s[i+1]) && j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isUpper(s[j+2]) {
			if e := chineseNameEnd(s, i, j); e > 0 && !(i < sc.entEnd && sc.inValue(i)) {
				sc.add(Person, i, e) // "LIE FUNG TJEN"
				return e
			}
			if e := sc.givenFamilyCaps(i, j); e > 0 {
				return e // "BUDI SANTOSO SUDAH TRANSFER"
			}
		}
		if n >= 3 && isLower(s[i]) && sc.prevLen > 0 && sc.prevLen <= 2 && sc.prevStart+sc.prevLen+1 == i && s[i-1] == ' ' {
			if e := sc.lowerPrefixName(i, j); e > 0 {
				return e // "i wayan sudarma", "ni luh putu", "la ode rahman"
			}
		}
		if n >= 3 && isLower(s[i]) && j+4 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && ageAfter(s, j+1) && sc.givenAt(i) &&
			!ambiguousGiven(s, i, j) && !(i < sc.entEnd && sc.inValue(i)) && (i == 0 || !isAlnum(s[i-1])) {
			sc.add(Person, i, j) // a common given name before an age: "nadya 21 th, pengalaman 1 thn"
			sc.setPrev(i, j)
			return j
		}
		if n >= 3 && isLower(s[i]) && j+10 < len(s) && (s[j] == ',' || s[j] == ' ') && (i == 0 || s[i-1] == '\n' || i >= 2 && s[i-1] == ' ' && (s[i-2] == '?' || s[i-2] == '.' || s[i-2] == '!' || s[i-2] == ':')) &&
			sc.givenAt(i) && !ambiguousGiven(s, i, j) && !(i < sc.entEnd && sc.inValue(i)) {
			// A name in lowercase opening a clause before a birth date, as
			// someone gives theirs: "hasil swab aku udah keluar blm? dimas
			// anggara, 22/10/1998".
			if e := lowerSurnameEnd(s, j); e+3 < len(s) && s[e] == ',' {
				if _, b := sc.birthDateAfter(e); b > 0 {
					sc.add(Person, i, e)
					sc.setPrev(i, j)
					return e
				}
				// Or the birth's place first, or its word: "aqila rahmadani,
				// bandung 21 april 2015", "arif budiman, lahir 17 juni 1985".
				if q := e + 2; s[e+1] == ' ' && isLower(s[q]) {
					if w := wordEnd(s, q); w-q >= 3 && w+9 < len(s) && s[w] == ' ' && isDigit(s[w+1]) && (hasPrefixFold(s, q, "lahir") || hasPrefixFold(s, q, "lhr") || !chatWord(s, q, w) && !verbAffix(s, q, w) && tokenKeyword(s, q, w) == (keyword{})) {
						if d := sc.parseDate(w+1, false); d-w-1 >= 8 && allDigits(s[d-4:d]) && atoi(s[d-4:d]) >= 1930 && atoi(s[d-4:d]) <= 2024 && (d == len(s) || !isAlnum(s[d])) && !sc.overlaps(w+1, d) {
							sc.add(Person, i, e)
							if !(hasPrefixFold(s, q, "lahir") || hasPrefixFold(s, q, "lhr")) {
								sc.add(DOB, w+1, d) // the main pass reads the date after "lahir"
							}
							sc.setPrev(i, j)
							return e
						}
					}
				}
			}
		}
		if n >= 3 && isLower(s[i]) && i >= 3 && s[i-1] == ' ' && s[i-2] == ',' && j+4 < len(s) && s[j] == ' ' && sc.givenAt(i) && !ambiguousGiven(s, i, j) && vocativeBefore(s, i-2) && !(i < sc.entEnd && sc.inValue(i)) {
			// A given name in lowercase after whom the message addresses,
			// before what the person does: "bu guru, alya hari ini izin",
			// "kak, dimas udah transfer".
			v := j + 1
			if hasPrefixFold(s, v, "hari ini ") {
				v += 9
			} else if w := wordEnd(s, v); w+1 < len(s) && s[w] == ' ' && (hasPrefixFold(s, v, "td ") || hasPrefixFold(s, v, "tadi ") || hasPrefixFold(s, v, "besok ") || hasPrefixFold(s, v, "bsk ")) {
				v = w + 1
			}
			if v < len(s) && personVerb(s, v) {
				sc.add(Person, i, j)
				sc.setPrev(i, j)
				return j
			}
		}
		if n >= 3 && isLower(s[i]) && i >= 2 && s[i-1] == '-' && (s[i-2] == ' ' || s[i-2] == '\n') && (j == len(s) || s[j] == '\n' || j+1 == len(s) && (s[j] == '.' || s[j] == '!')) &&
			sc.givenAt(i) && !ambiguousGiven(s, i, j) && !(i < sc.entEnd && sc.inValue(i)) {
			sc.add(Person, i, j) // a sign-off in lowercase after a dash: "… gimana perawatannya? -vina"
			sc.setPrev(i, j)
			return j
		}
		if n >= 3 && isLower(s[i]) && (i == 0 || s[i-1] == '\n') && j+8 < len(s) && s[j] == ' ' && isLower(s[j+1]) && sc.givenAt(i) {
			// Two or three common given names in lowercase opening the
			// message, before a verb said of people: "andini rizal bima
			// udah transfer".
			if e := sc.lowerGivenRun(i); e > j && e+1 < len(s) && s[e] == ' ' && personVerb(s, e+1) && !(i < sc.entEnd && sc.inValue(i)) && !sc.overlaps(i, e) {
				sc.add(Person, i, e)
				sc.setPrev(i, j)
				return e
			}
		}
		if n >= 3 && isLower(s[i]) && j+4 < len(s) && s[j] == ' ' && (i == 0 || s[i-1] == '\n' || sc.prevLen > 0 && sc.prevStart+sc.prevLen+1 == i && s[i-1] == ' ' && timeAdverb(s, sc.prevStart, i-1)) &&
			(personVerb(s, j+1) || timeAdverb(s, j+1, wordEnd(s, j+1)) && wordEnd(s, j+1)+1 < len(s) && personVerb(s, wordEnd(s, j+1)+1)) && sc.givenAt(i) && !ambiguousGiven(s, i, j) && !(i < sc.entEnd && sc.inValue(i)) {
			// A given name in lowercase opening the message or after when,
			// before what the person does: "agus bilang tendanya kurang",
			// "td agus bilang …", "nanti wulan sama dika yg jaga".
			sc.add(Person, i, j)
			sc.setPrev(i, j)
			return j
		}
		if n >= 3 && isLower(s[i]) && (i == 0 || s[i-1] == '\n') && j+5 < len(s) && s[j] == ' ' && (s[j+1] == 's' || s[j+1] == 'd' || s[j+1] == '&') {
			if e := sc.lowerPairAtStart(i, j); e > 0 {
				return e // "bayu sm intan besok dtg ambil rapor"
			}
		}
		if i < sc.entEnd && sc.inValue(i) {
			sc.ctx = ctxNone // a word of a value found ahead: its placeholder ends a keyword's reach
		}
		// An uppercase one- or two-letter word may start a vehicle plate.
		if n <= 2 && isUpper(s[i]) && (n == 1 || isUpper(s[i+1])) && j+1 < len(s) && (s[j] == ' ' || isDigit(s[j]) || s[j] == '-' && isDigit(s[j+1])) {
			if e := sc.plate(i, j); e > 0 {
				return e
			}
		}
		sc.setPrev(i, j)
		return j
	}
	if i < sc.entEnd && sc.inValue(i) {
		// A keyword inside a value found already ("nm:INV 0200…": the name
		// is "INV") is gone once the value is replaced: it names nothing,
		// and the placeholder ends the reach of the keyword before it
		// ("ulang tahun 17 Agustus 4111…": "tahun" names no card).
		sc.setPrev(i, j)
		sc.ctx = ctxNone
		return j
	}
	if n == 2 && lowerASCII(s[i]) == 'i' && lowerASCII(s[i+1]) == 'd' && sc.prevLen >= 6 &&
		(memberLabel(s, sc.prevStart, sc.prevStart+sc.prevLen) || sc.prevIs("customer") && longNumberAfter(s, j)) {
		if e := sc.memberID(j); e > 0 {
			return e // "Employee ID 20201234", "Member ID: …"
		}
	}
	if n == 5 && kw.ctx == ctxNIK && lowerASCII(s[i]) == 'i' && (sc.prevIs("no") || sc.prevIs("nomor") || sc.prevIs("nomer")) {
		// "No. Induk : K256242", "Nomor Induk 20201234": a student's or an
		// employee's number; sixteen digits are the NIK's, read as before.
		if q := sc.docFillers(j); q+1 < len(s) && (isUpper(s[q]) && isDigit(s[q+1]) || isDigit(s[q]) && digitsEnd(s, q)-q < 15) {
			if e := sc.govToken(j, 0, false); e > 0 {
				return e
			}
		}
	}
	if n == 2 && kw.ctx == ctxBusiness && lowerASCII(s[i]) == 'i' && lowerASCII(s[i+1]) == 'd' && (sc.game || gameAfter(s, j)) &&
		!(sc.prevIs("order") || sc.prevIs("pesanan") || sc.prevIs("transaksi") || sc.prevIs("trx") || sc.prevIs("invoice") || sc.prevIs("booking")) &&
		!(hasPrefixFold(s, j, " transaksi") || hasPrefixFold(s, j, " trx") || hasPrefixFold(s, j, " order") || hasPrefixFold(s, j, " pesanan")) {
		sc.game = true // the game named after the ID is spoken of, whatever reads its word (FuzzRedact)
		if e := sc.govToken(j, 0, false); e > 0 {
			return e // "top up diamond ML 514, ID 123456789": a game account's
		}
	}
	if kw.trig == trigSecret && i >= 6 && s[i-1] == ' ' && (s[i-2] == '_' || isAlnum(s[i-2])) {
		sc.userBefore(i - 1) // the account's name before its password: "bu.rina.guru pw …"
	}
	if sc.prevLen == 3 && (kw.ctx == ctxGovID || kw.ctx == ctxNIK || kw.ctx == ctxKK || kw.ctx == ctxBPJS || kw.ctx == ctxNPWP) && (sc.prevIs("ini") || sc.prevIs("itu")) {
		sc.numberBefore(sc.prevStart, kw.ctx) // "0138876120 ini NISN Budi"
	}
	if i >= 6 && s[i-1] == ' ' && s[i-2] == 's' && (kw.ctx != ctxNone && kw.ctx < ctxBusiness || kw.trig == trigPassport || kw.trig == trigDOB || kw.trig == trigAddressKW) {
		sc.possessor(i - 2) // "Noah's passport number is …"
	}
	if kw.ctx == ctxNIK && n == 3 && lowerASCII(s[i]) == 'k' && j+3 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isLower(s[j+2]) && sc.givenAt(j+1) {
		if e := sc.personAfter(j+1, modeCap); e > 0 {
			sc.setPrev(i, j)
			return e // the name on the card: "nama penerima Budi dgn KTP Muhamad Zulkarnaen"
		}
	}
	if kw.ctx == ctxBank && i >= 8 && s[i-1] == ' ' && s[i-2] == ',' && (n == 3 || n == 5 || n == 8) && lowerASCII(s[i]) != 'b' && numberInTokens(s, j, 3) {
		sc.nameBeforeID(i) // the holder's name before the account: "pencairan ke Samsudin, rek BRI 0123…"
	}
	if (kw.ctx == ctxNIK || kw.ctx == ctxGovID || kw.ctx == ctxBPJS || kw.ctx == ctxKK && n == 2) && isUpper(s[i]) && i >= 5 && (s[i-1] == ' ' || s[i-1] == '(') && localID(s, i, j) && digitAhead(s, j) {
		sc.nameBeforeID(i) // "1. Kasiyem NIK 3372…", "datanya: Rosnawati, NIK …", "rekan kerja Gerardus Lamak, NIP …"
	}
	if kw.ctx != ctxNone {
		sc.sawPlate = sc.sawPlate || kw.ctx == ctxPlate // for lowerPlates
		if kw.ctx == ctxBank && sc.ctx == ctxVA && i-sc.ctxEnd < 12 {
			sc.ctxEnd = j // "VA BCA 12345…" stays a virtual account
		} else if kw.ctx == ctxNPWP && sc.ctx == ctxBusiness && sc.prevIs("faktur") {
			sc.ctxEnd = j // "faktur pajak 010.000-24.12345678": a tax invoice's number
		} else {
			sc.ctx, sc.ctxEnd = kw.ctx, j
		}
	}
	if n == 2 && kw.ctx == ctxBusiness && lowerASCII(s[i]) == 'i' && lowerASCII(s[i+1]) == 'd' && codeAfter(s, j, false) && staffWordBefore(s, i) {
		sc.memberID(j) // a courier's or a member's account: "akun kurir saya, ID KRR-0091827", "akun kurir kamu (ID SPX-778120)"
	}
	if n == 3 && kw.ctx == ctxGovID && lowerASCII(s[i]) == 'n' && lowerASCII(s[i+1]) == 'i' && lowerASCII(s[i+2]) == 'p' && j+2 < len(s) && s[j] == ' ' && isLower(s[j+1]) {
		sc.memberID(j) // an employer's word between: "NIP outsourcing OS-22817"
	}
	if n == 2 && kw.ctx == ctxBusiness && lowerASCII(s[i]) == 'i' && lowerASCII(s[i+1]) == 'd' && j+3 < len(s) && s[j] == ':' && s[j+1] == ' ' && isLower(s[j+2]) &&
		!(sc.prevLen > 0 && transactionWord(s, sc.prevStart, sc.prevStart+sc.prevLen)) {
		// An account's name after "ID:": "ID: dame.sitompul"; not an
		// order's: "Order ID: ord.2024.123".
		q := j + 2
		if u := usernameEnd(s, q, wordEnd(s, q)); u > 0 && (u == len(s) || !isAlnum(s[u])) && !sc.overlaps(q, u) && !(q < sc.entEnd && sc.inValue(q)) {
			sc.add(Handle, q, u)
			sc.setPrev(i, j)
			return u
		}
	}
	if n == 2 && kw.ctx == ctxBusiness && lowerASCII(s[i]) == 'i' && lowerASCII(s[i+1]) == 'd' {
		if q, e := utilityIDAfter(s, j); e > 0 && !sc.overlaps(q, e) && !(sc.prevIs("order") || sc.prevIs("pesanan") || sc.prevIs("transaksi") || sc.prevIs("trx") || sc.prevIs("invoice") || sc.prevIs("tiket") || sc.prevIs("ticket")) {
			sc.add(GovID, q, e) // a utility's customer by an ID of its length: "… token … ID 14987654321", "wifi … ID: 131130098765"
			sc.setPrev(i, j)
			return e
		}
	}
	if n == 2 && kw.ctx == ctxBusiness && lowerASCII(s[i]) == 'i' && lowerASCII(s[i+1]) == 'd' &&
		(sc.prevIs("my") || sc.prevIs("lab") || sc.prevIs("user") || sc.prevIs("pengguna") || sc.prevIs("steam") || sc.prevIs("ke") || sc.prevIs("to") || accountWordAfter(s, j) || userCodeAfter(s, j)) {
		// A person's own ID, whatever it numbers: "my ID is 88776655",
		// "hasil lab ID LAB-2024-88123"; "order ID …" names an order.
		if e := sc.memberID(j); e > 0 {
			sc.setPrev(i, j)
			return e
		}
	}
	if n == 5 && kw.ctx == ctxCard && lowerASCII(s[i]) == 'k' && sc.idWordBefore() && codeAfter(s, j, false) {
		// A member's or an insurer's card by its code: "no kartu
		// KOP-1120-0089", "no kartu AM-8812-0093-11"; a payment card's
		// number has no capitals.
		if e := sc.memberID(j); e > 0 {
			sc.setPrev(i, j)
			return e
		}
	}
	if n == 3 && kw.ctx == ctxGovID && lowerASCII(s[i]) == 'n' && (lowerASCII(s[i+1]) == 'i' && lowerASCII(s[i+2]) == 'p' || lowerASCII(s[i+1]) == 'r' && lowerASCII(s[i+2]) == 'p') && codeAfter(s, j, false) {
		// An employee's code where a civil servant's number would be:
		// "NIP: EMP-1045".
		if e := sc.memberID(j); e > 0 {
			sc.setPrev(i, j)
			return e
		}
	}
	if kw.trig == trigNone && kw.ctx != ctxPlate && (n > 2 || !isUpper(s[i]) || n == 2 && !isUpper(s[i+1])) {
		// Most keywords only name the number that follows ("Rp", "total",
		// "NIK"), and cannot start a plate either (its region letters
		// are capitals).
		sc.setPrev(i, j)
		return j
	}
	end := 0
	switch kw.trig {
	case trigHonorific:
		if n == 2 && lowerASCII(s[i]) == 'k' && lowerASCII(s[i+1]) == 'a' && sc.prevStart+sc.prevLen+1 == i && (sc.prevIs("kirim") || sc.prevIs("antar") || sc.prevIs("dikirim") || sc.prevIs("pergi") || sc.prevIs("pulang") || sc.prevIs("datang") || sc.prevIs("balik") || sc.prevIs("jalan")) {
			break // Minang's and Manado's "to": "kirim ka Pekanbaru", "kirim ka Bitung"
		}
		if n == 3 && s[i] == 'a' && s[i+1] == 'k' && j+2 < len(s) && s[j] == ' ' && !(isUpper(s[j+1]) && isLower(s[j+2]) || inSet(s, j+1, wordEnd(s, j+1), fGivenNames)) {
			break // a car's battery: "ganti aki mobil", "aki GS Astra NS60"; not "aki Dadang"
		}
		end = sc.honorific(i, j)
	case trigNama:
		sc.sawName = true
		if sc.nameCol == 0 && n == 4 {
			if c := headerSep(s, i, j); c != 0 {
				sc.nameCol, sc.nameSep = i+1, c // a table's header: "nama,hp,alamat"
			}
		}
		// As for a birth date: the words between "nama" and the name
		// ("nama saya Ku AB") are still read, as they are once the name
		// is a placeholder.
		sc.nama(i, j)
	case trigNameEN:
		sc.sawName = true
		if sc.nameCol == 0 && (n == 4 || n == 8) {
			if c := headerSep(s, i, j); c != 0 {
				sc.nameCol, sc.nameSep = i+1, c // "name,email", "Fullname;Phone"
			}
		}
		end = sc.nameEN(i, j)
		if end == 0 && n == 4 && sc.prevIs("maiden") && j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) {
			end = sc.personAfter(j+1, modeCap) // "mother's maiden name Pangemanan"
		}
	case trigNamaku:
		end = sc.personAfter(j, modeIntro)
	case trigAN:
		if n == 1 && j+3 < len(s) && s[j] == '/' && (s[j+1] == 'c' || s[j+1] == 'C') && s[j+2] == ' ' {
			// An account's number after "a/c": "ke a/c 0011223344556".
			q := skipSpaces(s, j+3)
			if d := digitsEnd(s, q); d-q >= 7 && d-q <= 20 && (d == len(s) || !isAlnum(s[d])) {
				sc.add(BankAccount, q, d)
				end = d
				break
			}
		}
		end = sc.atasNama(i, j)
	case trigSignature:
		end = sc.signature(i, j)
	case trigAddress:
		if n == 2 && lowerASCII(s[i]) == 'b' && lowerASCII(s[i+1]) == 'r' && i >= 2 && s[i-1] == ' ' && (isDigit(s[i-2]) || isLetter(s[i-2]) && wordStart(s, i-1) > 0 && isDigit(s[wordStart(s, i-1)-1])) {
			break // a count of bedrooms, no banjar: "Villa Mawar 3 br 3 bedroom", "3SSS br 3" (FuzzRedact)
		}
		if n == 2 && s[i] == 'B' {
			if e := binEnd(s, i); e > 0 {
				end = sc.clanName(i, e) // "Mariani Br Ginting": a Batak woman's clan, no banjar
				break
			}
			if businessAfter(s, j, false) {
				break // a shop's name: "Mae Rina Br Center" (FuzzRedact)
			}
		}
		if townBanjar(s, i, j) {
			break // the town of Banjar, no hamlet's: "kirim ke Kota Banjar"
		}
		end = sc.addressStrong(i, j)
		if end == 0 && n == 4 && lowerASCII(s[i]) == 'b' {
			end = sc.blockCode(i, j) // "penghuni blok D7 yg parkir …"
		}
	case trigAddressKW:
		// "alamat"/"address"/"domisili" announce an address; "kirim ke",
		// "tinggal di" only when an address word follows.
		c0, c1 := lowerASCII(s[i]), lowerASCII(s[i+1])
		weak := !(n >= 6 && (c0 == 'a' || (c0 == 'd' && c1 == 'o')))
		end = sc.addressKeyword(j, weak)
		if end == 0 && weak && c0 != 't' {
			end = sc.sendTo(j) // "kirim ke: Rahmat Hidayat"
		}
	case trigRT:
		end = sc.addressRT(i, j)
	case trigKodePos:
		if sc.prevIs("kode") {
			end = sc.addressFrom(sc.prevStart, j, 1)
		} else if n == 7 && j+2 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
			// "Kodepos 40115, Jl. Dago No 100": with the address after it;
			// alone, a postcode names an area ("Kodepos 40115 itu area
			// Bandung Wetan").
			if d := digitsEnd(s, j+1); d-(j+1) == 5 && d+2 < len(s) && s[d] == ',' && s[d+1] == ' ' && isLetter(s[d+2]) {
				n := len(sc.ents)
				if e, strong := sc.addressSpan(i, j, 2, true); e > 0 && !strong {
					sc.ents = sc.ents[:n]
				} else {
					end = e
				}
			}
		}
	case trigDOB:
		if n == 5 && lowerASCII(s[i]) == 'u' && lowerASCII(s[i+2]) == 'a' && !(j+6 <= len(s) && s[j] == ' ' && hasPrefixFold(s, j+1, "tahun")) {
			break // "ulang" is a birthday only in "ulang tahun"
		}
		if sc.prevIs("hari") {
			break // "Hari Lahir Pancasila, 1 Juni": a holiday
		}
		if i >= 3 && s[i-1] == '(' && s[i-2] == ' ' {
			sc.nameBefore(i-2, true, true) // "untuk Aqila (lahir 02/02/2019)": the name before
		}
		if n == 5 && i > 10 && s[i-1] == ' ' {
			if a := spelledDateBefore(s, i); a >= 0 && !sc.overlaps(a, i) {
				// A birth certificate's words: "pada tanggal sepuluh Juli
				// dua ribu sembilan belas telah lahir AISYAH …".
				sc.add(DOB, a, spelledDate(s, a, false))
			}
		}
		// The date may come a few words on ("TTL: Jakarta, 17-08-1990"):
		// the words before it are still read, as they are once the date
		// is a placeholder, so that redacting the output again finds the
		// same ("TTL Aa Budi 17-08-1990"). The date itself is read again
		// too; what the main pass finds in it merges with it.
		// After "TTL" or "tempat/tgl lahir" the place of birth comes first,
		// a field of the KTP: it goes with the date.
		place := n == 3 && (lowerASCII(s[i]) == 't' || lowerASCII(s[i]) == 'p') || n == 5 && lowerASCII(s[i]) == 'l' && (tempatBefore(s, i) || hasPrefixFold(s, j, " di ")) ||
			n == 10 && lowerASCII(s[i]) == 'b' && lowerASCII(s[i+5]) == 'p' || n == 4 && lowerASCII(s[i]) == 'b' && hasPrefixFold(s, j, " in ") // "pob Palembang", "born in Perth"
		sc.dob(j, place)
		if lowerASCII(s[i]) == 'u' || lowerASCII(s[i]) == 'b' && n == 8 { // ulang (tahun), ultah, birthday
			sc.birthdayName(i, j)
		}
	case trigSecret:
		// As for a birth date: the words between the keyword and the
		// secret ("password IG gue: …") are still read.
		sc.secret(j, false)
		sc.secretLines.note(s, i, j)
	case trigCVV:
		end = sc.cvv(j)
	case trigSecretDigits:
		sc.secret(j, true)
	case trigKey:
		if sc.prevIs("api") || sc.prevIs("secret") || sc.prevIs("access") || sc.prevIs("private") {
			sc.secret(j, false)
		}
	case trigSaya:
		if n == 3 && lowerASCII(s[i]) == 'g' && lowerASCII(s[i+1]) == 'u' && (isUpper(s[i]) || sc.prevIs("ke") || sc.prevIs("di") || sc.prevIs("wisata")) {
			break // a cave: "wisata Gua Pindul", "ke Gua Maria"; "gua" in chat is "I"
		}
		if n == 3 && lowerASCII(s[i]) == 't' && !sc.prevIs("orang") {
			break // "tua" only in "orang tua Syahrial": a parent's
		}
		if kw.ctx == ctxPhone {
			end = sc.nameBeforePhone(j)
			break
		}
		if n == 3 && s[i] == 'A' && s[i+1] == 'd' && s[i+2] == 'e' && j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isLower(s[j+2]) {
			if !(i < sc.entEnd && sc.inValue(i)) && !sc.overlaps(i, j) {
				end = sc.personAfter(i, modeCap) // the given name Ade, first of a name: "Ade Rai sudah transfer"
			}
			break
		}
		if i >= 6 && s[i-1] == ' ' && s[i-2] == 's' && s[i-3] == '\'' && isLower(s[i]) {
			// Whose relative: "this is Sarah, Ethan's mom".
			if a := wordStart(s, i-3); i-3-a >= 3 && isUpper(s[a]) && (pairWord(s, a, i-3) || inSet(s, a, i-3, fGivenNames)) && !(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, i-3) && !sc.inPre(a) {
				sc.add(Person, a, i-3)
			}
		}
		if i >= 6 && s[i-1] == '(' && s[i-2] == ' ' && isLower(s[i-3]) && inSet(s, i, j, fFamily) && j < len(s) && (s[j] == ',' || s[j] == ')') {
			// A name before whose relative it is, in brackets: "data
			// tanggungan: Intan Nuraini (istri, lahir 03-03-1996)".
			a := wordStart(s, i-2)
			if b := a - 1; b >= 4 && s[b] == ' ' && isLower(s[b-1]) {
				if c := wordStart(s, b); isUpper(s[c]) {
					a = c // its given name first, however common a word: "Intan Nuraini"
				}
			}
			if a < i-2 && a >= 2 && isUpper(s[a]) && recordName(s[:i-2], a, i-2, true) && inSet(s, a, nameTokenEnd(s, a), fGivenNames) &&
				!(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, i-2) && !sc.inPre(a) {
				sc.add(Person, a, i-2)
			}
		}
		if i >= 5 && s[i-1] == ' ' && (isLower(s[i-2]) || s[i-2] == ',' && isLower(s[i-3])) && isLower(s[i]) && relativeSelf(s, i) {
			// A name before whose relative it is: "nanti yg terima Ahong
			// adik saya", "yg ambil Ahong, adik saya".
			e := i - 1
			if s[e-1] == ',' {
				e--
			}
			if a := wordStart(s, e); e-a >= 3 && isUpper(s[a]) && (!sentenceStartsAt(s, a, false) || sc.valueDotBefore(a)) && pairWord(s, a, e) && !(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, e) && !sc.inPre(a) {
				sc.add(Person, a, e)
			}
		}
		if j+5 < len(s) && s[j] == '-' && hasPrefixFold(s, j+1, "nya ") {
			j += 4 // "-nya" apart: "ini mommy-nya Jayden Tanoto"
		}
		if r := j + 2; n >= 5 && r+3 < len(s) && s[j] == ',' && s[j+1] == ' ' && isLower(s[r]) && hasPrefixFold(s, j-3, "nya") {
			// Whose relative, then the name after a comma as its end:
			// "sy abinya, ridho".
			if e := wordEnd(s, r); inSet(s, r, e, fGivenNames) && !ambiguousGiven(s, r, e) && chatEndAfter(s, e) && !(r < sc.entEnd && sc.inValue(r)) && !sc.overlaps(r, e) {
				sc.add(Person, r, e)
				end = e
				break
			}
		}
		if sc.prevIs("id") && !sc.idOfThing(sc.prevStart) {
			// "ID saya 88776655", "ID aku: 5521…": a person's own ID,
			// though not an order's ("ID pesanan saya …" has its word).
			if end = sc.memberID(j); end > 0 {
				break
			}
		}
		end = sc.saya(i, j)
	case trigPolda:
		end = sc.govToken(j, 3, false) // "6. POLDA METRO JAYA 1234-5678-000123"
	case trigWedding:
		end = sc.couple(j)
	case trigCarer:
		// Only before a common given name: "jemput Bandara Soekarno",
		// "kurirnya Anteraja" name none.
		if r := j + 1; r < len(s) && s[j] == ' ' && isLetter(s[r]) && inSet(s, r, nameTokenEnd(s, r), fGivenNames) {
			end = sc.saya(i, j)
		}
	case trigRestOf:
		sc.restOf(i, j)
	case trigHousehold:
		if (n == 6 || n == 7) && (lowerASCII(s[i]) == 'h' || lowerASCII(s[i]) == 'c') &&
			!(sc.prevIs("domestic") || sc.prevIs("my") || sc.prevIs("our") || sc.prevIs("the") || sc.prevIs("house")) {
			break // "helper", "cleaner" alone: "Helper Tools", "cleaner 500 ml"
		}
		r := j
		if r < len(s) && s[r] == ',' {
			r++
		}
		if r+2 < len(s) && s[r] == ' ' && isUpper(s[r+1]) && isLower(s[r+2]) {
			if e := nameTokenEnd(s, r+1); plainName(s, r+1, e) && tokenKeyword(s, r+1, e) == (keyword{}) && !hasPrefixFold(s, r+1, "hong kong") {
				end = sc.personAfter(r+1, modeCap) // "our gardener, Warsito, will pick it up", "pembantu Sumarsih"; not where: "caregiver Hong Kong"
			}
		} else if r == j && r+1 < len(s) && s[r] == ' ' && isLetter(s[r+1]) && inSet(s, r+1, nameTokenEnd(s, r+1), fGivenNames) {
			end = sc.saya(i, j) // "pembantu saya sumarsih" reads as trigSaya does
		}
	case trigIm:
		// "I'm Kevin", "I am Kevin": the word before is "I", and "m"
		// follows it with an apostrophe, "am" with a space.
		if sc.prevIs("i") && i == sc.prevStart+2 && (n == 1 && s[i-1] == '\'' || n == 2 && s[i-1] == ' ') && !sc.notNameEN(j+1) {
			end = sc.saya(i, j)
		}
	case trigSocial:
		if n == 8 && hasPrefixFold(s, i, "username") {
			// A username of digits, a student's or a member's number as
			// a portal has it: "username 2210511077, tolong reset".
			q := skipSpaces(s, j)
			if q < len(s) && s[q] == ':' {
				q = skipSpaces(s, q+1)
			}
			if d := digitsEnd(s, q); d-q >= 6 && d-q <= 20 && (d == len(s) || !isAlnum(s[d]) && s[d] != '_' && s[d] != '.' && s[d] != '@') {
				sc.add(Handle, q, d)
				end = d
				break
			}
		}
		if n == 6 && lowerASCII(s[i]) == 'r' && hasPrefixFold(s, j, " id") && (j+3 == len(s) || !isLetter(s[j+3])) {
			if end = sc.govToken(j+3, 2, false); end > 0 {
				break // a game's account by its number: "Roblox ID saya 123456789"
			}
			if numberAhead(s, j+3) {
				break // the number's placeholder: no handle before it either (FuzzRedact: "Roblox ID =aya [GOVID_1]")
			}
		}
		end = sc.social(i, j)
	case trigUnder:
		// "BCA 1234567890 under Budi Santoso"; a booking's: "booked under
		// Raditya Mahendra", "under Raditya Mahendra please".
		if sc.afterAccount(i) || sc.prevIs("booked") || sc.prevIs("booking") || sc.prevIs("reservation") || sc.prevIs("reserved") ||
			sc.prevIs("registered") || sc.prevIs("ordered") || sc.prevIs("order") || sc.prevIs("table") || sc.prevIs("room") ||
			j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isLower(s[j+2]) && (inSet(s, j+1, nameTokenEnd(s, j+1), fGivenNames) || fullNameAt(s, j+1)) {
			end = sc.personAfter(j, modeCap) // and any full name: "I booked via Agoda under Matthias Hoffmann"
		}
	case trigStreet:
		end = sc.street(i, j)
	case trigField:
		if sc.prevIs("grup") || sc.prevIs("group") || sc.prevIs("komunitas") || sc.prevIs("forum") || sc.prevIs("paguyuban") {
			break // a group's name: "Grup Reseller Frozen Food Jabodetabek"
		}
		if r := j + 1; r+3 < len(s) && s[j] == ' ' && isLetter(s[r]) && s[r] < utf8.RuneSelf {
			if u := usernameEnd(s, r, wordEnd(s, r)); u > 0 && !(r < sc.entEnd && sc.inValue(r)) && !sc.inPre(r) && (u == len(s) || s[u] != '@') {
				sc.add(Handle, r, u) // a marketplace's buyer by username: "buyer Ratna_Sari_99", "pembeli hendra.gunawan.77"
				end = u
				break
			}
		}
		if r := j + 1; (n == 8 && hasPrefixFold(s, i, "penghuni") || n == 6 && hasPrefixFold(s, i, "tenant")) && r+3 < len(s) && s[j] == ' ' && isUpper(s[r]) {
			// A resident by the unit's code: "saya penghuni B-1204".
			if e := unitLetterCode(s, r); e > 0 && !sc.overlaps(r, e) && !(r < sc.entEnd && sc.inValue(r)) {
				sc.add(Address, r, e)
				end = e
				break
			}
		}
		if n == 8 && hasPrefixFold(s, i, "keluarga") && !sc.prevIs("kepala") {
			end = sc.familyName(j) // "buat keluarga Surya Dharma", "keluarga Op. Sinaga"
			break                  // "Kepala Keluarga: Mulyadi" only; "keluarga" alone names a KK
		}
		pic := n == 3 && lowerASCII(s[i]) == 'p' && lowerASCII(s[i+1]) == 'i' && lowerASCII(s[i+2]) == 'c' // a contact person: "PIC Hendarso Wiratmoko"
		grouped := false
		if r := j + 1; r+2 < len(s) && s[j] == ' ' && isLower(s[r]) && (n >= 6 || pic || groupWord(s, r, wordEnd(s, r))) {
			if e := wordEnd(s, r); e-r == 4 && (hasPrefixFold(s, r, "kami") || hasPrefixFold(s, r, "saya") || hasPrefixFold(s, r, "kita") || hasPrefixFold(s, r, "baru") || hasPrefixFold(s, r, "lama")) || e-r == 5 && hasPrefixFold(s, r, "polis") || groupWord(s, r, e) {
				if e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && isLower(s[e+2]) {
					j, grouped = e, true // "pegawai kami Rusli (BPJS …)": whose it is, between; "wali murid Keanu"
				}
			} else if g := gluedNameEnd(s, r); sc.givenAt(r) && !ambiguousGiven(s, r, g) && !(r < sc.entEnd && sc.inValue(r)) && !sc.inPre(r) &&
				!(g < len(s) && (s[g] == '@' || s[g] == '_' || s[g] == '.' && g+1 < len(s) && s[g+1] > ' ')) {
				e := gluedNameEnd(s, r)
				for k := 0; k < 2 && e+4 < len(s) && s[e] == ' ' && isLower(s[e+1]); k++ {
					f := wordEnd(s, e+1)
					if f-e-1 < 3 || !lowerNameWord(s, e+1, f) || !nameOnset(s, e+1) || verbAffix(s, e+1, f) || personVerb(s, e+1) {
						break
					}
					e = f
				}
				sc.add(Person, r, e) // "dari pelanggan dwi handoko, di mutasi …"
				end = e
				break
			}
		}
		if n == 2 && sc.prevIs("delivered") {
			end = sc.receivedBy(j) // "DELIVERED TO [ANDRI | SATPAM]"
			break
		}
		if (n >= 5 || n == 4 && (hasPrefixFold(s, i, "kary") || hasPrefixFold(s, i, "agen")) || n == 3 && hasPrefixFold(s, i, "emp")) && memberLabel(s, i, j) && (sc.idWordBefore() || numberWordAfter(s, j) || numberWordAfter(s, wordEnd(s, j+1)) && isLower(s[j+1]) || codeAfter(s, j, false)) {
			// "NIK karyawan 88213", "nomor member … GA 123456789", "ID
			// pasien 123456": a person's number with an employer, a
			// hospital, a shop; one word between ("member gold no
			// MBR-00871", "anggota koperasi no KSP-0412").
			if end = sc.memberID(j); end > 0 {
				break
			}
		}
		if n >= 5 && memberLabel(s, i, j) {
			if k := holderNumber(s, j); k > 0 {
				sc.memberID(k) // after its holder: "member card a/n Sinta Dewi no. MBR-558712"; the main pass reads the name
			}
		}
		if n == 9 && (sc.prevIs("id") || sc.prevIs("no") || sc.prevIs("nomor") || sc.prevIs("nomer")) && lowerASCII(s[i]) == 'p' {
			// "ID pelanggan PLN saya 532110987654", "No. Pelanggan:
			// 0012345678": the account of a person with a utility.
			sc.govToken(j, 2, false) // the main pass reads the words before the number: "ID pelanggan Rina …"
			break                    // and with no number, no name follows either
		}
		if hasPrefixFold(s, j, " person ") && j+8 < len(s) && isUpper(s[j+8]) {
			end = sc.nameBeforePhone(j + 7) // "contact person Jonggi Tambunan 0812…"
		} else if hasPrefixFold(s, j, " person") && j+8 < len(s) && (s[j+7] == ':' || s[j+7] == ' ' && s[j+8] == ':') {
			j += 7 // "contact person: Pieter van Dijk"
			if s[j] == ' ' {
				j++
			}
			end = sc.personList(j+1, modeCap)
		} else if c := j + 1; c < len(s) && s[j] == ' ' && s[c] == ':' {
			end = sc.personList(c+1, modeCap) // "Customer : Rina W."
		} else if c := fieldColon(s, j); c > 0 && isLower(s[j+1]) {
			end = sc.personList(c, modeCap) // "Penumpang bayi: Alana Zivanna", "Pasien anak: Kirana"
		} else if j+1 < len(s) && s[j] == ':' && !sc.forKind() {
			end = sc.personList(j+1, modeCap) // "From: Budi Santoso", "Guest: Budi, Rina"; not "Level mitra: Bronze, Silver"
		} else if (n == 6 && hasPrefixFold(s, i, "pasien") || n == 7 && hasPrefixFold(s, i, "patient")) && j+3 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isLower(s[j+2]) {
			end = sc.personAfter(j+1, modeCap) // a patient by name, as a ward speaks: "Pasien Sumarno bed 4", "pasien Rahmawati 45 th"
		} else if sc.sawName && n == 2 {
			if lowerASCII(s[i]) == 't' && i >= 10 && s[i-1] == ' ' {
				// The old name too: "change the name on the booking from
				// Jake Morrison to Jacob Morrison".
				if a := nameRunBefore(s, i-1); a < i-1 && a >= 6 && hasPrefixFold(s, a-5, "from ") && !sc.overlaps(a, i-1) && !(a < sc.entEnd && sc.inValue(a)) {
					sc.add(Person, a, i-1)
				}
			}
			end = sc.correctedName(j) // "correct my name to John Smith"
		} else if (n > 4 || n == 4 && lowerASCII(s[i]) == 'c' || pic || grouped) && j+1 < len(s) && s[j] == ' ' {
			if c := classWordEnd(s, j+1); c > 0 && c+1 < len(s) && s[c] == ' ' && isUpper(s[c+1]) {
				j = c // a ticket's passenger: "Penumpang Dewasa CUT RAHMAH FITRI", "Passenger Adult Mr John Doe"
			} else if r := romanEnd(s, j+1); r > j+2 && r+2 < len(s) && s[r] == ' ' && isUpper(s[r+1]) && isLower(s[r+2]) {
				j = r // a party's number: "Tergugat II Pairin"
			}
			end = sc.nameAlone(j+1, true) // "patient John Doe, age 45", "pasien Aurel, tgl lahir …"
		} else if n == 2 && j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isLower(s[j+2]) {
			// "deliver to Sarah at …": as after "for", a common given
			// name only ("welcome to Jakarta").
			if e := nameTokenEnd(s, j+1); inSet(s, j+1, e, fGivenNames) {
				end = sc.saya(i, j)
			}
		}
	case trigTransfer:
		// "tf ke 1234567890", "refund ke 0123456789": the number after
		// "ke" or "to" is the account it goes to.
		if j+4 < len(s) && s[j] == ' ' && (hasPrefixFold(s, j+1, "ke ") || hasPrefixFold(s, j+1, "to ")) {
			sc.ctx, sc.ctxEnd = ctxBank, j+3
			if e := lowerHolderEnd(s, j+4); e > 0 {
				sc.add(Person, j+4, e) // "refund ke ahmad hamid bahasuan bri 0123…": the holder, then the bank
				end = e
			}
		}
	case trigKeDari:
		if j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isLower(s[j+2]) {
			parent := n == 4 && sc.parentBefore()
			if n == 4 && (parent || sc.prevIs("murid") || sc.prevIs("tua") || sc.prevIs("ortu") || sc.prevIs("wali") || sc.prevIs("walinya")) ||
				n == 2 && sc.fromPersonBefore(i) {
				// A child after a guardian's word ("wali murid dari Naufal
				// Abqari", "orang tua dari …"); who gets a thing after who
				// gives it ("balik nama dari Tono Hartono ke Yuliani").
				n0 := len(sc.ents)
				if end = sc.personAfter(j+1, modeCap); end > 0 && (hasGiven(s, j+1, end) || len(sc.ents) > n0 && sc.ents[n0].start == j+1 && !compassIn(s, j+1, end) && (n == 4 && strings.IndexByte(s[j+1:end], ' ') > 0 ||
					parent && pairWord(s, j+1, nameTokenEnd(s, j+1)) && !placeWord(s, j+1, nameTokenEnd(s, j+1)))) { // and after a parent's word, one that is no place: "ibu dari Aqsha", not "ibu dari Medan"; nor an office's words: "ibu dari Dinas Pendidikan"
					break // a common given name, or after a guardian's word two names that are no region's: not "dari Budi ke Bandung", "orang tua dari Jakarta Selatan"; "orang tua dari Ayu Wandira"
				}
				sc.ents, end = sc.ents[:n0], 0
			}
		}
		if n == 4 && lowerASCII(s[i]) == 'd' && lowerASCII(s[i+2]) == 'n' && !sc.prevIs("sumber") {
			break // "dana" is DANA, the e-wallet, and money; a sender only in a bank's "Sumber Dana"
		}
		if n == 6 && (sc.prevIs("nomor") || sc.prevIs("no") || sc.prevIs("rekening") || sc.prevIs("rek")) {
			if a := accountAfterName(s, j); a > 0 {
				sc.add(BankAccount, j+1, a) // "Nomor Tujuan 0054-79-834036-11-3", as BRImo prints it
				end = a
				break
			}
		}
		if end = sc.keDari(j); end > 0 {
			sc.ctx = ctxNone // as after the name's placeholder: "… mobile Ke SONDANG PARDEDE 2280 766 18 Bank …" (FuzzRedact)
		}
	case trigMaps:
		end = sc.mapLink(i, j)
	case trigCorrect:
		// "ganti nama jadi Rina Marlina", "nama saya salah, seharusnya
		// Siti Aminah bukan Siti Amina": a name corrected.
		if k := len(sc.ents); sc.sawName || k > 0 && sc.ents[k-1].kind == personIdx && closeAfter(s, sc.ents[k-1].end, i) || sc.givenFoundAt(j+1) {
			// And right after a name: "tertulis Sulastri padahal
			// Sulastini"; and before the given name of a name found:
			// "… anak kami Keanu Putra Santoso …, di kartu tertulis Keanu
			// Putra Sentosa".
			if n == 4 && i >= 10 && s[i-1] == ' ' && lowerASCII(s[i]) == 'j' {
				// The old name too: "ganti nama profil, dari Chika jadi
				// Angelica Wijaya".
				if a := nameRunBefore(s, i-1); a < i-1 && a >= 6 && hasPrefixFold(s, a-5, "dari ") && !sc.overlaps(a, i-1) && !(a < sc.entEnd && sc.inValue(a)) {
					sc.add(Person, a, i-1)
				}
			}
			end = sc.correctedName(j)
		} else if n >= 7 && j+3 < len(s) && s[j] == ' ' && s[j+1] == '"' && isUpper(s[j+2]) {
			if e := nameTokenEnd(s, j+2); e < len(s) && s[e] == '"' && inSet(s, j+2, e, fGivenNames) {
				sc.add(Person, j+2, e) // a common given name alone in quotes, as written: "tanda tangan tulisannya \"Sarah\""
				end = e
			}
		}
	case trigFile:
		sc.sawFile = sc.sawFile || i > 0 && s[i-1] == '.'
	case trigOwner:
		end = sc.owner(j)
	case trigMe:
		if sc.prevIs("call") || i >= 5 && (hasPrefixFold(s, i-5, "it's ") || hasPrefixFold(s, i-5, " its ")) || i >= 6 && hasPrefixFold(s, i-6, "it is ") {
			end = sc.saya(i, j) // "call me Kevin", "Hey, it's me Fiona again"
		}
	case trigIni:
		if j+4 < len(s) && s[j] == ' ' && s[j+1] == '"' && isUpper(s[j+2]) {
			// A name in quotes, as written or signed: "DITERIMA OLEH \"ANTON\"".
			if e := nameTokenEnd(s, j+2); e < len(s) && s[e] == '"' && e-(j+2) >= 3 && (inSet(s, j+2, e, fGivenNames) || upperCount(s, j+2, e) == e-(j+2) && !chatWord(s, j+2, e) && recordName(s[:e], j+2, e, true)) &&
				!(j+2 < sc.entEnd && sc.inValue(j+2)) && !sc.overlaps(j+2, e) {
				sc.add(Person, j+2, e)
				end = e
				break
			}
		}
		if n == 3 && sc.prevIs("bawah") && j+3 < len(s) && (s[j] == ',' || s[j] == ':') && s[j+1] == ' ' && isUpper(s[j+2]) {
			// A letter's signer: "Yang bertanda tangan di bawah ini,
			// Sutrisno, orang tua dari …".
			end = sc.personAfter(j+1, modeCap)
			break
		}
		if n == 4 && sc.prevIs("diterima") || n == 2 && lowerASCII(s[i]) == 'b' && sc.prevIs("received") {
			end = sc.receivedBy(j) // a courier's proof of delivery
			break
		}
		// "ini Budi, mau tanya", "dengan Rina dari PT Maju", "This is
		// Budi": only a common given name, as "ini Samsung" names a
		// product.
		if n == 2 && lowerASCII(s[i]) == 'i' && !sc.prevIs("this") {
			break // "is" only in "This is Budi"
		}
		if n >= 4 && j+2 < len(s) && s[j] == ':' && s[j+1] == ' ' && isUpper(s[j+2]) {
			end = sc.personList(j+1, modeCap) // "Untuk: Yoga Pratama", a form's field
			break
		}
		if j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isLower(s[j+2]) && ((n == 3 || n == 4 || n == 5) && lowerASCII(s[i]) == 'u' || n == 4 && lowerASCII(s[i]) == 'b' && lowerASCII(s[i+1]) == 'u') && pairWord(s, j+1, nameTokenEnd(s, j+1)) {
			// A full name, then an amount or the clause's end: a payment
			// for someone, "uang gedung utk Fathir Akbar Rp 7.500.000".
			f, words := capNameRun(s, j+1)
			if r := skipSpaces(s, f); words >= 2 && (r >= len(s) || rpAt(s, r) || clauseEndAt(s, f)) && recordName(s[:f], j+1, f, true) && !(j+1 < sc.entEnd && sc.inValue(j+1)) && !sc.overlaps(j+1, f) {
				sc.add(Person, j+1, f)
				end = f
				break
			}
		}
		if j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && (isLower(s[j+2]) || isUpper(s[j+2]) && sc.givenAt(j+1)) {
			if e := gluedNameEnd(s, j+1); inSet(s, j+1, e, fGivenNames) {
				end = sc.saya(i, j)
			} else if n == 2 && introducedName(s, j+1, greetedBefore(s, sc.prevStart) || sc.prevIs("this") && sc.prevStart >= 2 && s[sc.prevStart-2] == ',') {
				end = sc.saya(i, j) // "Hi, this is Priya Sharma from …"
			} else if n == 3 && lowerASCII(s[i]) == 'i' && pairWord(s, j+1, e) && introFollows(s, e) && !(j+1 < sc.entEnd && sc.inValue(j+1)) && !sc.overlaps(j+1, e) {
				sc.add(Person, j+1, e) // any name after "ini", then who the person is: "ini Bonar yg ngontrak", "bos ini Anto kurir"
				end = e
			}
		} else if j+2 < len(s) && s[j] == ' ' && isLower(s[j+1]) && n != 2 {
			end = sc.saya(i, j) // "saya dengan fitri", "dgn ferry": a common given name in lowercase (see saya)
		}
	case trigPlatform:
		// "akun shopee saya: rina99", "username gojek: budi_s": the
		// account's name follows, as after "IG". The app's name alone
		// names the shop or the courier.
		if sc.prevIs("akun") || sc.prevIs("id") || sc.prevIs("username") || sc.prevIs("user") || sc.prevIs("account") {
			end = sc.social(i, j)
		}
	case trigCallMe:
		end = sc.callMe(j)
	case trigCodeSecret:
		// "kode akses 8812", "kode keamanan 991", "security code 1234";
		// "code" alone names an order or a booking.
		if n == 5 && lowerASCII(s[i]) == 'a' && sc.prevIs("kartu") {
			end = sc.memberID(j) // an access card's number: "kartu akses sy nomor 0045-7781"
		} else if (n == 5 && (hasPrefixFold(s, i, "alarm") || hasPrefixFold(s, i, "pagar") || hasPrefixFold(s, i, "pager")) || n == 6 && hasPrefixFold(s, i, "gembok") ||
			n == 7 && hasPrefixFold(s, i, "brankas") || n == 12) && !roundNumberAhead(s, j) {
			sc.secret(j, true) // a lock's code: "kode alarm rumah 1357", "kunci gembok pager 2468", "kombinasinya 9-1-4-7"
		} else if n == 4 && lowerASCII(s[i]) == 'k' && (sc.prevIs("pintu") || sc.prevIs("kunci") || sc.prevIs("gerbang") || sc.prevIs("loker") || sc.prevIs("brankas")) && !roundNumberAhead(s, j) {
			sc.secret(j, true) // "pintu pagar kode 3690", "kunci kode 0608"
		} else if sc.prevIs("kode") || sc.prevIs("security") || sc.prevIs("access") || n >= 4 && lowerASCII(s[i]) != 'c' && (sc.prevIs("code") || sc.prevIs("pin") || sc.prevIs("sandi")) ||
			n == 4 && lowerASCII(s[i]) == 'd' && sc.codeForDoor(i) ||
			n == 4 && lowerASCII(s[i]) == 'c' && (sc.prevIs("door") || sc.prevIs("gate") || sc.prevIs("safe") || sc.prevIs("locker") || sc.prevIs("lock") || sc.prevIs("key")) {
			// and a lock's: "kode pintu 4821", "door code …", "code for the door is 4821"
			if n >= 6 && !hasPrefixFold(s, i, "keamanan") && !hasPrefixFold(s, i, "pickup") && !hasPrefixFold(s, i, "pengambilan") || n == 5 && hasPrefixFold(s, i, "akses") {
				sc.secret(j, false) // "kode recovery: 8f3k-22pa-91xz", "kode aktivasi: A7K9-22XP"
			} else if e := sc.cvv(j); e > 0 {
				end = e // a card's three or four security digits
			} else {
				sc.secret(j, true)
			}
		} else if n == 4 && (sc.prevIs("recovery") || sc.prevIs("backup") || sc.prevIs("activation")) {
			sc.secret(j, false) // "recovery code: 8f3k-22pa-91xz"
		} else if n == 4 && lowerASCII(s[i]) == 'k' && sc.prevIs("sms") {
			sc.secret(j, true) // a code sent by SMS: "tadi ada sms kode 401690 dari BCA"
		} else if (n == 4 || n == 7) && lowerASCII(s[i]) == 'k' && (sc.codeCued() || sc.prevIs("kirim") || sc.prevIs("dikirim") || sc.prevIs("dikirimin")) {
			sc.secret(j, true) // "kodenya 482913 yg masuk sms", "td dikirim kode 7 7 3 0 1 9 tp udh expired"
		} else if n == 5 && lowerASCII(s[i]) == 'm' && (sc.prevIs("yg") || sc.prevIs("yang")) && codeWordAt(s, asciiWordBefore(s, sc.prevStart-1)) {
			sc.secret(j, true) // a code sent by SMS: "Kode yg masuk 918273"
		}
	case trigSeedPhrase:
		end = sc.seedPhrase(i, j)
	case trigForeignID:
		end = sc.govToken(j, 0, false)
		if end == 0 && (n == 5 || n == 4) && lowerASCII(s[i]) == 'k' && lowerASCII(s[i+1]) == 'i' {
			sc.kitasAhead(j) // further on: "KITAS spouse 2C11KA7788-M", "KITAS istri sy udh expired, no 2C11AK3300-P"
		}
		if end == 0 && n == 3 && lowerASCII(s[i]) == 'k' && lowerASCII(s[i+1]) == 'i' {
			end = kipCode(s, j) // a KIP card's six capitals and digits: "no KIP 6Y8J2R"
			if end > 0 {
				sc.add(GovID, end-6, end)
			}
		}
	case trigVehicle:
		end = sc.govToken(j, 0, true) // with a letter in it: "harga mesin 1250000" is a price
	case trigUtility:
		// The number, after "ID", "no" or "nomor" before or after the
		// word; the main pass reads the words between, as for a policy.
		if sc.prevIs("id") || sc.prevIs("no") || sc.prevIs("nomor") || sc.prevIs("nomer") {
			sc.govToken(j, 1, false)
		} else if n >= 5 && hasPrefixFold(s, i, "nosam") || n == 9 && hasPrefixFold(s, i, "sambungan") && j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
			sc.govToken(j, 0, false) // a water connection's number: "nosam 07.03.01234", "sambungan 01-02-003456"
		} else if n == 3 && hasPrefixFold(s, i, "pln") || n == 4 && hasPrefixFold(s, i, "pdam") || n == 8 && (hasPrefixFold(s, i, "indihome") || hasPrefixFold(s, i, "internet")) || n == 6 && hasPrefixFold(s, i, "biznet") ||
			n == 4 && hasPrefixFold(s, i, "inet") || n >= 5 && (hasPrefixFold(s, i, "nosam") || hasPrefixFold(s, i, "decoder")) || // "no inet 1311…", "nosamb 3401020567", "decoder id 5501234567"
			(n == 5 || n == 7) && lowerASCII(s[i]) == 'm' || // "meteran no 45012398765"
			n == 3 && lowerASCII(s[i]) == 'a' && (sc.prevIs("tagihan") || sc.prevIs("pelanggan") || sc.prevIs("langganan") || sc.prevIs("rekening")) {
			// "PLN ID 123456789012", "No Indihome: 1312…", "Indihome no
			// 1234…", "PDAM no …"; after "tagihan", a number of eight
			// digits or more ("Tagihan PLN 532110987654"), which no bill's
			// amount written without its dots is.
			if q := j; hasPrefixFold(s, q, " id ") || hasPrefixFold(s, q, " id:") || q < len(s) && s[q] == ':' {
				if s[q] == ' ' {
					q += 3
				}
				sc.govToken(q, 0, false)
			} else if hasPrefixFold(s, q, " no ") || hasPrefixFold(s, q, " no.") || hasPrefixFold(s, q, " nomor ") || hasPrefixFold(s, q, " number ") {
				sc.govToken(q, 0, false)
			} else if (hasPrefixFold(s, q, " dengan ") || hasPrefixFold(s, q, " dgn ")) && (hasPrefixFold(s, wordEnd(s, q+1), " no") || hasPrefixFold(s, wordEnd(s, q+1), " nomor ")) {
				sc.govToken(wordEnd(s, q+1), 0, false) // "pelanggan IndiHome dengan nomor 1222…"
			} else if q+1 < len(s) && s[q] == ' ' && isDigit(s[q+1]) && (digitsEnd(s, q+1)-(q+1) >= 10 || sc.prevIs("tagihan") && digitsEnd(s, q+1)-(q+1) >= 8) {
				sc.govToken(q, 0, false) // "PLN 532110987654 a.n. Sunarto"
			} else if (n == 5 || n == 7) && (hasPrefixFold(s, q, " listrik ") || hasPrefixFold(s, q, " pln ") || hasPrefixFold(s, q, " air ") || hasPrefixFold(s, q, " prabayar ") || hasPrefixFold(s, q, " pascabayar ")) {
				if r := wordEnd(s, q+1) + 1; r < len(s) && isDigit(s[r]) && digitsEnd(s, r)-r >= 10 {
					sc.govToken(r-1, 0, false) // "meteran listrik 45012345678"
				}
			}
		}
	case trigOffice:
		sc.office = true
	case trigIMEI:
		if n == 3 {
			end = sc.macAddress(j)
			break
		}
		end = sc.imei(j)
	case trigAnswer:
		if n == 5 && sc.prevIs("penanggung") {
			end = sc.saya(i, j) // "Penanggung jawab: La Ode Muh. Safaruddin", a form's field
			break
		}
		end = sc.answer(j)
	case trigExpiry:
		end = sc.expiry(j)
	case trigWelcome:
		if sc.prevIs("selamat") {
			sc.birthdayName(i, j) // as a birthday's wish names someone: "Selamat bergabung Citra Ayu Paramitha"
		}
	case trigMember:
		if (n == 5 || n == 7) && lowerASCII(s[i+n-1]) != 'd' || n == 7 && lowerASCII(s[i]) == 'm' {
			// Whom one marries: "baru menikah dengan Ester Yikwa", "nikah
			// sama Rina", "married to John Smith".
			var q int
			switch {
			case hasPrefixFold(s, j, " dengan "):
				q = j + 7
			case hasPrefixFold(s, j, " dgn "), hasPrefixFold(s, j, " sama "):
				q = wordEnd(s, j+1)
			case hasPrefixFold(s, j, " to "):
				q = j + 3
			}
			if q > 0 && q+2 < len(s) && isUpper(s[q+1]) && (pairWord(s, q+1, nameTokenEnd(s, q+1)) || inSet(s, q+1, nameTokenEnd(s, q+1), fGivenNames)) {
				if end = sc.personAfter(q, modeCap); end > 0 { // not a custom: "nikah dengan Adat Jawa"
					break
				}
			}
		}
		// A bank's customer number ("no cif saya 0012345678"); the others
		// after a number's word: "no RM 00-45-12", "kartu pelajar:
		// 2023.07.0456", "nomor rekam medis 123456", "no kontrak …".
		// A student's number, a land tax's object number (NOP), a welfare
		// card's (KKS) after their own word: "NIS 20213", "NOP 32.73…".
		if n == 6 && lowerASCII(s[i]) == 'r' && !sc.prevIs("medical") || n >= 6 && lowerASCII(s[i]) == 'v' && !sc.prevIs("kartu") && !sc.prevIs("card") && !sc.prevIs("certificate") ||
			(n == 10 || n == 12 || n == 11 && lowerASCII(s[i]) == 'p') && lowerASCII(s[i]) != 'v' && productRegistry(s, j) {
			break // "record" of a patient's file only; a vaccine's card: "kartu vaksin no ICV-…", not "vaksin no 2"; a product's "No registrasi BPOM …"
		}
		if n == 6 && lowerASCII(s[i]) == 'i' && lowerASCII(s[i+1]) == 'j' {
			// A school certificate's serial: "no seri ijazah DN-02 Ma
			// 0012345", "ijazah no. DN-12 Dl 0123456".
			if q := sc.docFillers(j); q < len(s) {
				if e := ijazahSerial(s, q); e > 0 && !sc.overlaps(q, e) {
					sc.add(GovID, q, e)
					end = e
				}
			}
			break
		}
		if (n == 3 || n == 4) && (hasPrefixFold(s, i, "shm") || hasPrefixFold(s, i, "hgb") || hasPrefixFold(s, i, "shgb")) {
			end = sc.landTitle(j) // a land title's: "SHM No. 02871/Jatibening", "SHM 4512"
			break
		}
		if n == 3 && (lowerASCII(s[i]) == 'c' || lowerASCII(s[i]) == 'n' || lowerASCII(s[i]) == 'k' || lowerASCII(s[i]) == 'm') || n == 5 && lowerASCII(s[i]) == 'm' && sc.prevIs("rekam") ||
			n == 4 && lowerASCII(s[i]) == 'n' || // a railway's staff number: "NIPP 41085"
			n == 4 && (hasPrefixFold(s, i, "bpkb") || hasPrefixFold(s, i, "efin") || hasPrefixFold(s, i, "stnk") && (numberWordAfter(s, j) || sc.prevIs("no") || sc.prevIs("nomor"))) || // a vehicle's papers', a taxpayer's e-filing number: "BPKB no. N-03456712", "EFIN 4120987651", "No. STNK 12098761"; a plate after "STNK" is the plate
			n == 5 && hasPrefixFold(s, i, "badge") || // a hospital's record number, a staff badge's: "MRN 00981234", "badge 00781"
			n == 5 && (hasPrefixFold(s, i, "flyer") || hasPrefixFold(s, i, "miles")) || n == 9 && hasPrefixFold(s, i, "krisflyer") || n == 11 && hasPrefixFold(s, i, "garudamiles") || n == 5 && hasPrefixFold(s, i, "nopen") || // a loyalty programme's: "frequent flyer KF 8876 5543 21", "garuda miles sy GA 123456789"
			sc.idWordBefore() || numberWordAfter(s, j) ||
			n == 5 && lowerASCII(s[i]) == 'n' && sc.prevIs("buku") && sc.prevStart >= 3 && numberWordBefore(s, sc.prevStart-1) || // "no buku nikah B-0723819"
			n == 4 && lowerASCII(s[i]) == 'a' || // "akta kelahiran no 3174-LT-12052019-0045"
			(n == 10 || n == 12) && lowerASCII(s[i]) == 'r' && numberWordAfter(s, j) || // "registrasi no UMR-2026-0311"
			n == 8 && lowerASCII(s[i]) == 'm' && sc.prevIs("rekam") || // "Nomor rekam medisnya RM-00821734"
			n == 8 && lowerASCII(s[i]) == 'p' && sc.prevIs("rekening") || // "rekening pinjaman PJ-22-0781"
			n == 2 && lowerASCII(s[i]) == 'r' && saysAny(s[:i], "pasien", "patient") || // "pasien lama dengan RM 123456", "dicatat di rm 118273"
			n == 2 && s[i] == 'R' && s[i+1] == 'M' && recordNumberAfter(s, j) || // a medical record's number in its groups, no ringgit: "berkas RM 12-09-44", "RM bayi 24-05-118"
			(n == 7 && lowerASCII(s[i]) == 'k' || n == 8 && lowerASCII(s[i]) == 'c') && codeAfter(s, j, true) || // "kontrak 4011202200458", "contract LN-55012-ID"
			(n == 8 && lowerASCII(s[i]) == 'p' || n == 4 && lowerASCII(s[i]) == 'l' || n == 3 && lowerASCII(s[i]) == 's') && codeAfter(s, j, false) { // "pinjaman LN88120034", not "pinjaman 10000000"; "SID IDD1203Q4567890"
			end = sc.memberID(j)
		}
	case trigUnit:
		if lowerASCII(s[i]) == 't' {
			end = sc.tower(i, j)
		} else {
			end = sc.unit(i, j)
		}
	case trigGame:
		// A game account's ID, which names its player: "ID ML 98765432",
		// "player ID 5123456789", "UID 812345678", "ID game 556677889".
		if n == 4 && lowerASCII(s[i]) == 'f' && !sc.prevIs("free") || n == 2 && lowerASCII(s[i]) == 'm' && i >= 2 && s[i-1] == ' ' && isDigit(s[i-2]) && !(i-2 < sc.entEnd && sc.inValue(i-2)) && !sc.inPre(i-2) && !sc.foundAgain(i-1) {
			break // "fire" alone, and a volume: "500 ml" (not an ID found: "ID 88776655 ML", nor a handle's digit: "@am234 ML" (FuzzRedact)); "Free Fire ID 1234567890"
		}
		sc.game = true
		if n >= 5 && (lowerASCII(s[i]) == 't' || lowerASCII(s[i]) == 'd') {
			break // "topup", "diamond": a game is spoken of, no ID follows
		}
		if n == 3 && lowerASCII(s[i]) == 'u' {
			end = sc.govToken(j, 2, false) // "UID Genshin saya 812345678"
		} else if n >= 4 && lowerASCII(s[i]) == 'i' && lowerASCII(s[i+1]) == 'd' {
			end = sc.govToken(j, 0, false) // "IDML 88776655"
		} else if sc.prevIs("id") {
			end = sc.govToken(j, 0, false)
		} else if hasPrefixFold(s, j, " id") && (j+3 == len(s) || !isLetter(s[j+3])) {
			end = sc.govToken(j+3, 0, false)
		}
	case trigAge:
		// "Rani, umur 19", "patient Sarah, age 45": the name before.
		if i >= 4 && s[i-1] == ' ' && s[i-2] == ',' && j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
			d := digitsEnd(s, j+1)
			years := d == len(s) || s[d] == ',' || s[d] == '.' || s[d] == ')' || s[d] == '\n' ||
				hasPrefixFold(s, d, " th") || hasPrefixFold(s, d, " tahun") || hasPrefixFold(s, d, " yo") || hasPrefixFold(s, d, " year")
			sc.nameBefore(i-2, false, years)
		}
	case trigPolicy:
		// "nomor polis asuransi Prudential 12345678", "Polis asuransi
		// mobil dengan nomor 0101-2020-334455": the main pass reads the
		// words before the number, which may be a name.
		if sc.govToken(j, 4, false) == 0 {
			if numberWordAfter(s, j) {
				sc.memberID(j) // fewer digits after its number's word: "policy no. LIFE-99127"
			} else if k := holderNumber(s, j); k > 0 {
				sc.memberID(k) // after its holder: "polis an. Hj. Siti Khadijah no. 2022-AJ-0034567"
			}
		}
	case trigStaff:
		// "(admin Lina)", "kurir Budi": a common given name only, as
		// "admin Toko" and "CS Center" name no one. After a colon, a
		// form's field: "Driver: Muhammad Iqbal Fauzi", "Kurir Grab:
		// Supriyadi".
		j0 := j
		if w := wordEnd(s, j+1); j+3 < len(s) && s[j] == ' ' && w+2 < len(s) && s[w] == ' ' && isUpper(s[w+1]) && staffOwner(s, j+1, w) {
			j = w // whose: "kurir kalian Samsul yg bersikap kasar", "driver kami Anton"
		}
		if c := fieldColon(s, j); c > 0 {
			end = sc.personAfter(c, modeCap)
		} else if sc.prevIs("id") || sc.prevIs("no") || sc.prevIs("nomor") || sc.prevIs("kode") {
			end = sc.memberID(j) // "ID driver DRV-0098812", "Kode kurir sy SCP-MLG-0345"
		} else if p := wordEnd(s, j+1); j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && p+2 < len(s) && s[p] == ' ' && isUpper(s[p+1]) && isLower(s[p+2]) &&
			p-j-1 <= 12 && rideApp(strings.ToLower(s[j+1:p])) {
			// The courier or the app named between in capitals: "kurir JNT
			// Rahmat minta …", "driver GoSend Marcelinus ngaku …".
			if e := nameTokenEnd(s, p+1); (inSet(s, p+1, e, fGivenNames) || staffName(s, p+1, e)) && plainName(s, p+1, e) && !appProduct(s[p+1:e]) && !(p+1 < sc.entEnd && sc.inValue(p+1)) && !sc.overlaps(p+1, e) {
				sc.add(Person, p+1, e)
				end = e
			}
		} else if j+2 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isLower(s[j+2]) {
			if e := nameTokenEnd(s, j+1); inSet(s, j+1, e, fGivenNames) {
				end = sc.personAfter(j+1, modeCap)
			} else if staffName(s, j+1, e) && !(j+1 < sc.entEnd && sc.inValue(j+1)) {
				sc.add(Person, j+1, e) // any name before what the person did: "kurir Joni tadi nelpon"
				end = e
			}
		} else if e := gluedNameEnd(s, j+1); j+1 < len(s) && s[j] == ' ' && isLower(s[j+1]) && sc.givenAt(j+1) && !ambiguousGiven(s, j+1, e) && (e == len(s) || !isAlnum(s[e]) && s[e] != '_' && s[e] != '@' && s[e] != '.') &&
			!(j+1 < sc.entEnd && sc.inValue(j+1)) && !sc.overlaps(j+1, e) {
			sc.add(Person, j+1, e) // a common given name in lowercase: "halo coach gilang, …"
			end = e
		} else if e := wordEnd(s, j+1); j+1 < len(s) && s[j] == ' ' && isLower(s[j+1]) && e-j-1 >= 3 && lowerNameWord(s, j+1, e) &&
			nameOnset(s, j+1) && !verbAffix(s, j+1, e) && !rideApp(s[j+1:e]) && e+1 < len(s) && s[e] == ' ' && personVerb(s, e+1) &&
			!(j+1 < sc.entEnd && sc.inValue(j+1)) {
			sc.add(Person, j+1, e) // and in lowercase: "kurir joni tadi nelpon"
			end = e
		} else if p := wordEnd(s, j+1); j+1 < len(s) && s[j] == ' ' && isLower(s[j+1]) && rideApp(s[j+1:p]) && p+2 < len(s) && s[p] == ' ' && isUpper(s[p+1]) && isLower(s[p+2]) {
			// The app named between: "driver grab Yusril nopol …", "kurir
			// shopee Anton tadi …": any one capitalised name after it.
			if e := nameTokenEnd(s, p+1); plainName(s, p+1, e) && !appProduct(s[p+1:e]) && !(p+1 < sc.entEnd && sc.inValue(p+1)) {
				sc.add(Person, p+1, e)
				end = e
			}
		}
		j = j0
	case trigDigitWord:
		if i >= 3 && s[i-1] == ' ' && isDigit(s[i-2]) {
			// The digits said first, then words: "0812 kosong kosong 33 44 55".
			d := i - 2
			for d > 0 && isDigit(s[d-1]) {
				d--
			}
			if i-1-d <= 4 && (s[d] == '0' || s[d] == '6') && (d == 0 || !isAlnum(s[d-1]) && s[d-1] != ']' && s[d-1] != '-' && s[d-1] != '.') &&
				!(d < sc.entEnd && sc.inValue(d)) {
				end = sc.spelledNumber(d)
			}
		}
		if end == 0 {
			end = sc.spelledNumber(i)
		}
	case trigLicense:
		// As for a passport: "driver's license is D1234567".
		sc.documentNumber(j, GovID)
	case trigPassport:
		if n == 2 && !(s[i] == 'P' && s[i+1] == 'P') {
			break // "pp" is a round trip: "tiket pp Jakarta-Bali"
		}
		// As for a birth date: the words between the keyword and the
		// number ("paspor saya Nr A0000000") are still read.
		sc.passport(j)
		sc.passLines.note(s, i, j)
	case trigAccount:
		if sc.prevIs("virtual") {
			sc.ctx, sc.ctxEnd = ctxVA, j
		} else {
			sc.ctx, sc.ctxEnd = ctxBank, j
		}
		// A username after it ("pada akun budi_h92", "akun: hendri.wijaya88",
		// "akun saya (yohanes.k)"): a token with '_' or '.' inside.
		q := j
		for q < len(s) && (s[q] == ' ' || s[q] == ':' || s[q] == '(') {
			q++
		}
		mine := false // whose it is was said: "akun gw …", "akun garena aku …"
		if w := wordEnd(s, q); w > q && inSet(s, q, w, fIntroFillers) {
			q, mine = w, ownerWord(s, q, w)
			for q < len(s) && (s[q] == ' ' || s[q] == ':' || s[q] == '(') {
				q++
			}
		} else if w > q && w+3 < len(s) && s[w] == ' ' && w-q <= 12 {
			// The app's name first: "akun garena aku ucupgaming".
			if f := wordEnd(s, w+1); f > w+1 && f+1 < len(s) && s[f] == ' ' && ownerWord(s, w+1, f) {
				q, mine = f+1, true
				if p := placeholderEnd(s, q); s[q] == '[' && p > 0 {
					end = p // the account's placeholder: the app's word before it is read no more than before (FuzzRedact)
					break
				}
			}
		}
		if q < len(s) && isLetter(s[q]) && s[q] < 0x80 {
			w := wordEnd(s, q)
			u := usernameEnd(s, q, w)
			if d := digitsEnd(s, w); u == 0 && isLower(s[q]) && w-q >= 4 && d > w && d-w <= 4 && (d == len(s) || !isAlnum(s[d]) && s[d] != '@') && lowerRun(s, q, w) {
				u = d // letters and a few digits: "Akun wiwinrahayu93."
			}
			if u == 0 && mine {
				u = gamerTag(s, q) // "akun gw xXDarkLord99Xx kena banned", "akun garena aku ucupgaming lupa password"
			}
			if u > 0 && !sc.overlaps(q, u) && !(q < sc.entEnd && sc.inValue(q)) {
				sc.add(Handle, q, u)
				end = u
			}
		}
	case trigBayar:
		if sc.prevIs("kode") || sc.prevIs("nomor") || sc.prevIs("no") {
			sc.ctx, sc.ctxEnd = ctxVA, j
		} else {
			sc.ctx, sc.ctxEnd = ctxBusiness, j
		}
	}
	sc.setPrev(i, j)
	if end > j {
		if sc.r.dict != nil {
			end = sc.dictLonger(end)
		}
		if s[end-1] == ']' {
			sc.prevLen = 0 // a placeholder the keyword read, which is no word before the next: "steam id [GOVID_1] ID …" (FuzzRedact)
		}
		return end
	}
	if kw.ctx == ctxPlate && n > 2 {
		if e := sc.plateAfter(j); e > 0 {
			return e // "plat b1234xyz", "nopol B-1234-XYZ"
		}
	}
	if (kw.ctx == ctxPlate || (n <= 2 && isUpper(s[i]))) && j+1 < len(s) && (s[j] == ' ' || isDigit(s[j]) || s[j] == '-' && isDigit(s[j+1])) {
		if e := sc.plate(i, j); e > 0 {
			return e
		}
	}
	return j
}

// introducedName reports whether a full name the way people introduce
// themselves starts at q, after "This is": two or three title-case words
// that are no keywords or common words, then "from", "here", "dari", or,
// after a greeting, the end of the sentence. "This is Samsung Galaxy S24"
// and "This is Nasi Padang." name things.
func introducedName(s string, q int, greeted bool) bool {
	tokens := 0
	for tokens < 3 && q+1 < len(s) && isUpper(s[q]) && isLower(s[q+1]) {
		e := nameTokenEnd(s, q)
		fits, kw, fl := lookupToken(s, q, e)
		if !fits || kw != (keyword{}) || fl&(fStopWords|fCapStop|fRoleWords|fAddrWords|fAbortWords) != 0 {
			return false
		}
		tokens++
		if e >= len(s) || s[e] != ' ' || e+1 < len(s) && !isUpper(s[e+1]) {
			q = e
			break
		}
		q = e + 1
	}
	if tokens < 2 {
		return false
	}
	if q >= len(s) || s[q] == ',' || s[q] == '.' || s[q] == '!' || s[q] == '\n' {
		return greeted
	}
	return s[q] == ' ' && (hasPrefixFold(s, q+1, "from ") || hasPrefixFold(s, q+1, "here") || hasPrefixFold(s, q+1, "dari "))
}

// introFollows reports whether what follows a name at e says who the
// person is, as after "ini": "yg ngontrak …", "dari IT", "kurir",
// "maknya Bagus".
func introFollows(s string, e int) bool {
	if e+2 >= len(s) || s[e] != ' ' {
		return false
	}
	f := wordEnd(s, e+1)
	var w [9]byte
	switch string(lowerWord(w[:], s, e+1, f)) {
	case "yg", "yang", "dari", "dr", "kurir", "driver", "maknya", "ibunya", "mamanya", "bapaknya", "papanya", "ayahnya",
		"anaknya", "istrinya", "suaminya", "penyewa", "pemilik", "kamar", "kmr", "mau", "mo", "from":
		return true
	}
	return false
}

// greetedBefore reports whether a greeting comes just before the word at
// p: "Hi, this is …", "Hello this is …".
func greetedBefore(s string, p int) bool {
	k := p
	for k > 0 && (s[k-1] == ' ' || s[k-1] == ',' || s[k-1] == '!') {
		k--
	}
	b := k
	for b > 0 && isLetter(s[b-1]) {
		b--
	}
	for _, g := range [...]string{"hi", "hello", "hey", "halo", "hallo", "hai", "dear", "morning", "afternoon", "evening", "pagi", "siang", "sore", "malam"} {
		if strings.EqualFold(s[b:k], g) {
			return true
		}
	}
	return false
}

// inValue reports whether s[i] lies in a value found already. Readers
// that let the main pass read on past their words ("nama saya Ba INV")
// leave values that end after the last one found.
// personFound reports whether a person's name was found already.
func (sc *scanner) personFound() bool {
	for k := range sc.ents {
		if sc.ents[k].kind == personIdx {
			return true
		}
	}
	return false
}

func (sc *scanner) inValue(i int) bool {
	for k := len(sc.ents) - 1; k >= 0; k-- {
		if e := &sc.ents[k]; i >= e.start && i < e.end {
			return true
		}
	}
	return false
}

func (sc *scanner) setPrev(i, j int) {
	sc.prevLen, sc.prevStart = j-i, i
}

// context returns the keyword class that applies to a number starting at p.
// businessReach is how far after the end of an order's, an invoice's or a
// quantity's keyword a number may start and still be business data:
// "resi JNE JP1234567890", "order id nya 24081234", "Order #ORD-123".
// Further away, past other words, the number is read as any number: in
// "hari ini saya kirim ke 0812…" the day does not name the phone. The
// keywords that make a number personal data reach 40 bytes.
const businessReach = 16

func (sc *scanner) context(p int) ctxClass {
	if sc.ctxEnd < 0 || sc.ctx == ctxNone {
		return ctxNone
	}
	gap := p - sc.ctxEnd
	if sc.ctx == ctxCurrency {
		// "Rp 1.250.000", "Rp. 50.000", "IDR 1,5 juta", "Rp1.500".
		if gap <= 3 {
			return ctxCurrency
		}
		return ctxNone
	}
	if gap > 40 || sc.ctx == ctxBusiness && gap > businessReach {
		return ctxNone
	}
	return sc.ctx
}

// placeholderEnd returns the end of a placeholder such as [PHONE_12]
// starting at s[i], or 0 if there is none.
func placeholderEnd(s string, i int) int {
	j := i + 1
	letters := 0
	for j < len(s) && (isUpper(s[j]) || s[j] == '_') {
		j++
		letters++
	}
	if letters < 2 || s[j-1] != '_' {
		return 0
	}
	d := 0
	for j < len(s) && isDigit(s[j]) {
		j++
		d++
	}
	if d == 0 || d > 9 || j >= len(s) || s[j] != ']' {
		return 0
	}
	return j + 1
}

// trimBlanksBefore returns e moved back over the blanks before it, but not
// before st.
func trimBlanksBefore(s string, st, e int) int {
	for e > st && isBlank(s[e-1]) {
		e--
	}
	return e
}

// skipSpaces skips spaces and tabs (not newlines).
func skipSpaces(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// wordEnd returns the end of the letter run at i.
func wordEnd(s string, i int) int {
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
}

// lowerWord returns s[i:j] lowercased into buf when it is short and ASCII
// enough, for set lookups without allocating.
func lowerWord(buf []byte, s string, i, j int) []byte {
	if j-i > len(buf) {
		return nil
	}
	for k := i; k < j; k++ {
		buf[k-i] = lowerASCII(s[k])
	}
	return buf[:j-i]
}

// hasPrefixFold reports whether s[i:] starts with the lowercase ASCII p.
func hasPrefixFold(s string, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if lowerASCII(s[i+k]) != p[k] {
			return false
		}
	}
	return true
}

// spelledEmail handles "budi [at] gmail [dot] com" and "budi at gmail dot
// com" when the word s[i:j] is "at". The local part has already been read as
// ordinary words; anything found in it is replaced by the e-mail.
func (sc *scanner) spelledEmail(i, j int) int {
	s := sc.s
	if i == 0 || j >= len(s) {
		return 0
	}
	o, c := s[i-1], s[j]
	if !(o == ' ' && c == ' ' || o == '[' && c == ']' || o == '(' && c == ')' || o == '{' && c == '}' || o == '<' && c == '>') {
		return 0
	}
	k := j + 1
	for k < len(s) && k-j < 64 && (isAlnum(s[k]) && s[k] < 0x80 || s[k] == '.' || s[k] == '_' || s[k] == '-' || s[k] == '+') {
		k++
	}
	if k < len(s) && s[k] == '@' {
		return 0 // "reach David Lim at david.lim@corp.sg": the address is after "at"
	}
	st, en := emailAround(s, i-1, j+1)
	if en == 0 || en < len(s) && s[en] == '/' {
		return 0 // no address, or a link: "find me at tiktok.com/@budi"
	}
	// A value found before that runs into the address ends where the
	// address starts ("Bu B AAAAAA[at]…": the name is "B"); one that
	// starts in it goes.
	for len(sc.ents) > 0 && sc.ents[len(sc.ents)-1].end > st {
		last := &sc.ents[len(sc.ents)-1]
		if e := trimBlanksBefore(s, last.start, st); e > last.start {
			last.end = e
			break
		}
		sc.ents = sc.ents[:len(sc.ents)-1]
	}
	sc.add(Email, st, en)
	return en
}

// classWordEnd returns the end of a ticket's age class at q ("Dewasa",
// "Anak", "Bayi", "Adult", "Child", "Infant") or a customer's tier ("VIP",
// "Prioritas", "baru"), and 0 for any other word.
func classWordEnd(s string, q int) int {
	e := wordEnd(s, q)
	var b [8]byte
	switch string(lowerWord(b[:], s, q, e)) {
	case "dewasa", "anak", "bayi", "adult", "child", "infant", "lansia",
		"vip", "vvip", "prioritas", "priority", "premium", "platinum", "baru", "lama", "setia", "new", "loyal":
		return e
	}
	return 0
}

// couple reads a couple's names after a wedding's word that ends at j,
// joined by "&", "dan" or "and": "The Wedding of Suparman & Hasnawati",
// "Pernikahan Rina dan Dimas". Both must read as names, in title case, and
// one a common given name unless "of" says whose wedding it is.
func (sc *scanner) couple(j int) int {
	s := sc.s
	q := j + 1
	if q >= len(s) || s[j] != ' ' {
		return 0
	}
	of := hasPrefixFold(s, q, "of ")
	if of || hasPrefixFold(s, q, "ursy ") || hasPrefixFold(s, q, "urs ") {
		q = wordEnd(s, q) + 1
	}
	if q+1 >= len(s) || !isUpper(s[q]) || !isLower(s[q+1]) {
		return 0
	}
	a, wa := capNameRun(s, q)
	if wa == 0 || a >= len(s) {
		return 0
	}
	r := a
	switch {
	case hasPrefixFold(s, a, " & "):
		r += 3
	case hasPrefixFold(s, a, " dan "), hasPrefixFold(s, a, " and "):
		r += 5
	default:
		return 0
	}
	if r+1 >= len(s) || !isUpper(s[r]) || !isLower(s[r+1]) {
		return 0
	}
	b, wb := capNameRun(s, r)
	if wb == 0 || b < len(s) && (isAlnum(s[b]) || s[b] == '@') || firmWord(s, r, b) || sc.overlaps(q, a) || sc.overlaps(r, b) {
		return 0
	}
	if !of && !hasGiven(s, q, a) && !hasGiven(s, r, b) {
		return 0 // a wedding's package: "paket Wedding Gold & Silver"; but "The Wedding of …" is a couple's
	}
	sc.add(Person, q, a)
	sc.add(Person, r, b)
	return b
}

// lowerHolderEnd returns the end of an account holder's name typed in
// lowercase at q, when a bank's name and a number follow it: "ahmad hamid
// bahasuan" in "refund ke ahmad hamid bahasuan bri 0123 0100 4567 509".
// The name is one to four plain words; it returns 0 otherwise.
func lowerHolderEnd(s string, q int) int {
	end := 0
	for words := 0; words < 5 && q < len(s) && isLower(s[q]); words++ {
		e := wordEnd(s, q)
		fits, kw, fl := lookupToken(s, q, e)
		if kw.ctx == ctxBank {
			if words == 0 || e+1 >= len(s) || s[e] != ' ' || !isDigit(s[e+1]) {
				return 0
			}
			return end
		}
		if words == 4 || e-q < 2 || !fits || kw != (keyword{}) || fl&(fStopWords|fCapStop|fRoleWords|fAbortWords|fAddrWords) != 0 || e >= len(s) || s[e] != ' ' {
			return 0
		}
		end, q = e, e+1
	}
	return 0
}

// sexWord reports whether s[i:j] is a document's word for a sex: "PRIA",
// "WANITA", "LAKI-LAKI", "PEREMPUAN".
func sexWord(s string, i, j int) bool {
	var b [10]byte
	switch string(lowerWord(b[:], s, i, j)) {
	case "pria", "wanita", "laki", "perempuan", "male", "female", "lk", "pr":
		return true
	}
	return false
}
