package redact

import (
	"encoding/binary"
	"math/bits"
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxGroups bounds how many digit groups one run may hold; longer runs are
// read in pieces. An identifier spans at most maxDigits groups, one digit
// each when spaced out ("0 8 1 2 …"); a run of many more, as only a table of
// numbers or made-up text has, is cut where its identifiers might not be,
// and redacting the output again may then find one across the cut
// (FuzzRedact found a 26-group run when this was 24).
const maxGroups = 128

// maxDigits is the longest identifier we classify (NITKU, 22 digits).
const maxDigits = 22

// minDigits is the fewest digits of any identifier we classify (a bank
// account number).
const minDigits = 7

// digitRun reads digits separated by at most three of " .-()" (so that
// "0812-3456-7890", "+62 (812) 3456 7890", "3171 0117 0845 0001" and the
// evasions "0 8 1 2 …" / "0.8.1.2…" are one run), then looks for the longest
// identifier among consecutive groups. It returns where to resume.
func (sc *scanner) digitRun(i int) int {
	s := sc.s
	if sc.nRuns < len(sc.runs) {
		sc.runs[sc.nRuns] = int32(i) // for repeatValues
		sc.nRuns++
	}
	if i >= 1 && (isLower(s[i-1]) || i >= 2 && s[i-1] == ' ' && isLower(s[i-2]) && (i == 2 || !isLetter(s[i-3]) || i >= 4 && isLower(s[i-3]) && !isLetter(s[i-4]))) {
		if sc.nPlate < len(sc.plateAt) {
			sc.plateAt[sc.nPlate] = int32(i) // a plate's region in lowercase may come before: "b 1234 abc" (see lowerPlates)
		}
		sc.nPlate++
	}
	if i < sc.entEnd && sc.inValue(i) {
		// A number inside a value found ahead ("ulang tahun 17 Agustus"):
		// the value's placeholder ends the reach of the keyword before it.
		sc.ctx = ctxNone
	}
	if d := i + 1; d+1 < len(s) && (!isDigit(s[d]) || !isDigit(s[d+1])) && i >= 6 {
		// An age has one or two digits and a year's word or a bracket
		// after them: most numbers leave here at once.
		if isDigit(s[d]) {
			d++
		}
		if d+1 < len(s) && (s[d] == ')' || s[d] == ' ' && (s[d+1]|0x20 == 't' || s[d+1]|0x20 == 'y') || s[d]|0x20 == 't') &&
			(s[i-1] == ' ' && isLower(s[i-2]) || s[i-1] == '(' && s[i-2] == ' ' && isLower(s[i-3])) {
			sc.itemAge(i) // "Raka 10 th, Salsa 7 th", "Gloria (8), Elshadai (6)"
		}
	}
	if s[i] == '0' && len(s)-i > 30 && s[i:i+6] == "000201" && (i == 0 || !isAlnum(s[i-1])) {
		if en := qrisEnd(s, i); en > 0 {
			sc.add(QRIS, i, en)
			return en
		}
	}
	t := s[:sc.limit()] // the run stops at the next pre-pass span
	q0 := i             // the end of the first group
	if len(t)-i >= 8 {
		// Up to seven digits, the usual group, in one load and without
		// a loop: the branch predictor guesses a loop's exit wrong.
		// BenchmarkRedact: the same instructions a pass (cachegrind), 6.6%
		// fewer mispredicted branches (248K to 232K, cachegrind).
		if nd := nonDigit8(load8(t[i:])); nd != 0 {
			q0 += bits.TrailingZeros64(nd) >> 3
		} else {
			q0 = digitsEnd(t, i+8)
			sc.sawDeed = sc.sawDeed || q0-i == 8 && i >= 8 && s[i-1] == '-' && q0 < len(s) && s[q0] == '-' // a deed's date of issue (see civilRecords)
		}
	} else {
		q0 = digitsEnd(t, i)
	}
	if q0-i < minDigits && (q0+1 >= len(t) || ctab[t[q0]]&cNumSep == 0 ||
		!isDigit(t[q0+1]) && ctab[t[q0+1]]&cNumSep == 0) {
		if q0 < len(t) && ctab[t[q0]]&(cUpper|cLower) != 0 {
			if e := sc.walletAt(i, q0, t); e > 0 {
				return e
			}
		}
		if q0 < len(t) && t[q0] == '/' {
			if e := courtCaseEnd(s, i, q0); e > 0 {
				sc.add(GovID, i, e) // a court's case number: "0456/Pdt.G/2023/PN Bdg"
				return e
			}
		}
		// Most runs are one short group ("3 pcs", "2024", "15%"), with no
		// separator and digit after it to go on with: too short for any
		// identifier, as the loop below would find the long way, but the
		// first group of an IPv6 address ("2001:db8::1").
		if q0-i >= 4 && q0+9 < len(s) && q0 < len(t) && t[q0] == ' ' && s[q0+1] == 'i' && hasPrefixFold(s, q0+1, "is your ") &&
			codeAhead(s, q0+9) {
			// A forwarded one-time code: "123456 is your verification
			// code", "G-123456 is your Google verification code".
			st := i
			if i >= 2 && s[i-1] == '-' && s[i-2] == 'G' && (i == 2 || !isAlnum(s[i-3])) {
				st = i - 2
			}
			if st == i-2 || i == 0 || !isAlnum(s[i-1]) {
				sc.add(Secret, st, q0)
				return q0
			}
		}
		if q0-i >= 4 && q0-i <= 5 && i >= 8 && s[i-1] == ' ' && s[i-2] == ',' && isDigit(s[i-3]) && q0+2 < len(s) && s[q0] == ' ' && isUpper(s[q0+1]) {
			if e := sc.postcodeAddress(i, q0); e > 0 {
				return e // "Schulterblatt 58, 20357 Hamburg"
			}
		}
		if q0 < len(t) && (t[q0] == ':' || isHex(t[q0]) && hexColon(t, q0)) {
			if e := ipv6End(s, i); e > 0 {
				sc.add(IP, i, e)
				return e
			}
		}
		if q0-i <= 2 && i >= 4 && s[i-1] == ' ' && s[i-2] == ',' {
			if e := sc.placeDate(i); e > 0 {
				return e
			}
		}
		sc.prevLen = 0
		return q0
	}
	gs, ge := &sc.gs, &sc.ge
	sep := &sc.sep // separator class after group k: '.', '-', ' ', 'm' (mixed)
	ng := 0
	total := 0 // digits in the whole run
	p := i
	for ng < maxGroups {
		q := q0
		if ng > 0 {
			q = p
			for q < len(t) && isDigit(t[q]) {
				q++
			}
		}
		gs[ng], ge[ng] = p, q
		total += q - p
		ng++
		k := q
		var sc0 byte
		if k+1 < len(t) && ctab[t[k]]&cNumSep != 0 && isDigit(t[k+1]) {
			sc0, k = t[k], k+1 // the usual single separator
		} else {
			for k < len(t) && k-q < 3 {
				c := t[k]
				if ctab[c]&cNumSep == 0 {
					break
				}
				if sc0 == 0 {
					sc0 = c
				} else if sc0 != c {
					sc0 = 'm'
				}
				k++
			}
			if k == q || k >= len(t) || !isDigit(t[k]) {
				break
			}
		}
		if t[k] == '0' && len(s)-k > 30 && s[k:k+6] == "000201" && qrisEnd(s, k) > 0 {
			break // a QRIS payload starts a run of its own, as it does after a placeholder
		}
		sep[ng-1] = sc0
		p = k
	}
	if e := ge[ng-1]; ng > 1 && e < len(t) && (t[e] == ':' || isHex(t[e]) && hexColon(t, e)) && ipv6End(s, gs[ng-1]) > 0 {
		// "… 2001:db8::1", "… 2a00:1450::": the address starts a run of
		// its own (a colon or a letter ends a run, so only its last
		// group can start one), as it does at the start of a run.
		ng--
		total -= ge[ng] - gs[ng]
	}
	sep[ng-1] = 0
	runEnd := ge[ng-1]
	lookEnd := 0 // the end of a value read past the run: coordinates, a number typed with a look-alike letter
	if a := ng - 2; a >= 0 && sep[a] == '.' && ge[a]-gs[a] <= 2 && ge[a+1]-gs[a+1] >= 4 &&
		runEnd+1 < len(s) && s[runEnd] == ',' {
		// A place's coordinates: "-6.2088, 106.8456", the last two groups
		// of the run, whatever the groups before them and whatever stands
		// between, as once those groups are replaced.
		if e, lon, neg := lonEnd(s, runEnd+1); e > 0 && atoi(s[gs[a]:ge[a]]) <= 90 {
			// A minus sign, five decimals each or a longitude east of
			// Sumatra to Papua tell it from two figures ("1.2500, 3.4567").
			st := gs[a]
			if st > 0 && s[st-1] == '-' && (a > 0 || st-1 == 0 || !isAlnum(s[st-2])) {
				st, neg = st-1, true
			}
			if neg || lon >= 95 && lon <= 141 || ge[a+1]-gs[a+1] >= 5 && e-runEnd >= 8 {
				sc.add(Address, st, e)
				if a == 0 {
					sc.prevLen = 0
					return e
				}
				lookEnd, ng = e, a
				total -= ge[a] - gs[a] + ge[a+1] - gs[a+1]
				sep[ng-1] = 0
				runEnd = ge[ng-1]
			}
		}
	}
	if total < minDigits && (ng < 4 || sep[0] != '.') {
		// Most runs are quantities, prices and times: too short for any
		// identifier but an IP address ("10.0.0.5"), whatever their
		// neighbours.
		if ng == 3 {
			sc.noteDate(gs[0]) // maybe a date, which a NIK may spell (see nikDates)
		}
		sc.prevLen = 0
		return max(runEnd, lookEnd)
	}
	ctx := sc.context(i)
	named := 0 // groups named by an amount's or an order's keyword
	if ctx == ctxCurrency || ctx == ctxBusiness {
		// An amount or an order number, whatever its neighbours: the
		// groups up to the first space between groups ("Rp 1.250.000",
		// "INV-2024-00123", "order 9876543210"). The keyword names that
		// number only, and what follows it in the run is read as any
		// number: "order 12345 0812 3456 7890" leaves the phone to be
		// found.
		//
		// A mobile number or a NIK is found all the same: a customer's
		// number next to "barang", "hari" or "total" must not reach the
		// model, and an order number that reads as one is rare.
		// (A mobile number has ten digits or more; an amount's keyword
		// reaches three bytes, "Rp 0812…" is no phone.)
		amount := ctx == ctxCurrency
		sc.ctx, ctx = ctxNone, ctxNone
		if amount || total < 10 || !sc.personalPrefix(i, ng) && !(s[i] == '0' && runEnd < len(s) && s[runEnd] == ' ' && sc.bankAfter(runEnd) == ctxBank) { // a bank named after a number no amount starts so: "minggu lalu 0091234567 itu BNI"
			for named < ng-1 && sep[named] != ' ' && sep[named] != 'm' {
				named++
			}
			if named++; named == ng {
				sc.prevLen = 0
				return max(runEnd, lookEnd)
			}
		}
	}
	lastCtx := ctxNone // the context of the run's last number
	if (ng > 1 || ctx == ctxNone && named == 0 && total <= 20) && runEnd < len(s) && s[runEnd] <= '(' {
		// "transfer ke 1234567890 BCA", "1234567890 (BRI)": a bank named
		// right after the number. It names the run's last number, and
		// its first too when the run is short enough to be one number
		// and no keyword before it named that.
		lastCtx = sc.bankAfter(runEnd)
		if ctx == ctxNone && named == 0 && total <= 20 {
			ctx = lastCtx
		}
	}
	first, last := named, ng-1
	// A number glued to letters belongs to a word ("INV2024", "16GB", "3pcs").
	if i > 0 {
		b := s[i-1]
		// A '_' glues only to a word before it: "_0812…_" is WhatsApp's
		// italics.
		glued := isAlnum(b) && (b < utf8.RuneSelf || letterBefore(s, i)) || b == '_' && i > 1 && (isAlnum(s[i-2]) || s[i-2] == '_' || s[i-2] == ']') && total < 8 ||
			b == '#' && !(i > 1 && (isDigit(s[i-2]) || s[i-2] == ']' && numberPlaceholderEndsAt(s, i-1))) || b == ']' && placeholderEndsAt(s, i) // but a field's '#' after a number: "REG 3273…#3273…#"; not after an e-mail's placeholder (FuzzRedact)
		if (b == '-' || b == '/' || b == ':' && total < 10) && i > 1 && (isAlnum(s[i-2]) || s[i-2] == ']' && placeholderEndsAt(s, i-1)) && !hasWaMe(s, i) {
			glued = true // "INV-2024", "A/12345678"; after a comma, a list goes on
			if b == '/' && total >= 10 && titleWordBefore(s, i-1) {
				// A record's fields apart by slashes, a name first:
				// "Hendra/3174021203850009/0812-9988-7766/…"; an order's
				// code is in capitals ("INV/20241122001").
				glued = false
			}
			if (b == '-' || b == '/') && (s[i-2] == ']' && numberPlaceholderEndsAt(s, i-1) || sc.numberEndsAt(i-1)) {
				// A number's placeholder: the number went on past the '-'
				// in the same run, as it did before it was replaced. So
				// did a number found already, typed with look-alike
				// letters ("O814-4189-4O814-4189-4955…").
				glued = false
			}
		}
		if ctx != ctxNone && (sc.ctxEnd == i || sc.ctxEnd == i-1 && b != '_' && b != '#' && b != ']') {
			// The value of the keyword just before it: "hp:0812…",
			// "NIK3171…" (an amount's or an order's keyword is handled
			// above).
			glued = false
		}
		if glued && ng == 1 && isLetter(b) && gluedMobile(s, i, runEnd) {
			glued = false // a mobile number glued to a name or a word in lowercase: "Rahmawati081245678901", "noHP081511223344nama…"
		}
		if glued {
			if lookAlikes(s[i-1 : i]) {
				if e := sc.lookAlikeNumber(i - 1); e > 0 {
					return e // "o812-3456-7890"
				}
			}
			first = max(first, 1)
		}
	}
	if runEnd < len(s) {
		a := s[runEnd]
		glued := isLetter(a) && (a < utf8.RuneSelf || letterAt(s, runEnd)) || a == '%' || a == '@' ||
			a == '_' && runEnd+1 < len(s) && (isAlnum(s[runEnd+1]) || s[runEnd+1] == '_' || s[runEnd+1] == '[') && total < 8 // and italics' closing '_'; "1234567890_Budi"; a placeholder as its value
		if ng == 1 && isLetter(a) && runEnd < len(t) {
			// The rare address whose first digits are seven or more
			// (the usual short ones are read above).
			if e := sc.walletAt(i, runEnd, t); e > 0 {
				return e
			}
		}
		if glued && lookAlikes(s[runEnd:runEnd+1]) {
			// "08123456789o": the token of the last groups is a number
			// of its own, as it is once the groups before it are
			// replaced; those are read as usual.
			// The longest run of the token's last groups that reads as a
			// number: the groups before it stay text or become a value
			// of their own, and either way the next pass finds the same
			// ("020000000.6281000000o"). Groups apart by a space are one
			// token here too: "0812 3456 789o".
			k := ng - 1
			for k > 0 && (sep[k-1] == '.' || sep[k-1] == '-' || sep[k-1] == ' ') {
				k--
			}
			e := 0
			for ; k < ng && e == 0; k++ {
				e = sc.lookAlikeFrom(gs[k], runEnd)
			}
			if e > 0 {
				st := sc.ents[len(sc.ents)-1].start
				for last >= first && ge[last] > st {
					last--
				}
				lookEnd, glued = e, false
			}
		}
		if (a == ',' || a == ':' || a == '/') && runEnd+1 < len(s) {
			// "1,5", "12:30", "1/2": glued to the short number after
			// it, and to a placeholder as to the value it replaced (an
			// e-mail's "0@…"), but not to a number long enough to stand
			// on its own ("3171…,0812…", "0812-3456-7890/0856-1234-5678"),
			// nor a long number to the digits after a slash: "0812 3456
			// 7890/91", another line's last digits.
			if c := s[runEnd+1]; isDigit(c) && runDigits(s, runEnd+1) < minDigits && !(a == '/' && total >= 10) ||
				c == '[' && placeholderEnd(s, runEnd+1) > 0 {
				glued = true
			}
		}
		if glued && ng == 1 && isLetter(a) && (ctx == ctxPhone && runEnd-i >= 10 && runEnd-i <= 13 && isMobile([]byte(s[i:runEnd]), false) || isLower(a) && gluedMobile(s, i, runEnd)) {
			glued = false // "hp:081234567890kak": a phone's keyword named it, the word after is glued on; and as above
		}
		if glued {
			last--
		}
	}
	if first > last {
		sc.prevLen = 0
		return max(runEnd, lookEnd)
	}
	// Start of the span for group 0: include a '+' and an opening bracket.
	start0 := i
	plus := false
	if i > 0 && s[i-1] == '+' {
		start0, plus = i-1, true
		if i > 1 && s[i-2] == '(' && ge[0] < len(s) && s[ge[0]] == ')' && ng > 1 {
			start0 = i - 2 // "(+62) 812 3456 7890"
		}
	} else if i > 0 && s[i-1] == '(' && ge[0] < len(s) && s[ge[0]] == ')' && ng > 1 {
		start0 = i - 1
		if i > 1 && s[i-2] == '+' {
			start0, plus = i-2, true
		}
	}
	sc.runValues(first, last, runCtx{ctx: ctx, lastCtx: lastCtx, plus: plus, start0: start0})
	sc.prevLen = 0
	return max(runEnd, lookEnd)
}

// runCtx is what digitRun knows of a run for the values in it: the
// keyword's context before it (for its first number) and a bank's after
// it (for its last), a '+' before it, and where its first value starts.
type runCtx struct {
	ctx, lastCtx ctxClass
	plus         bool
	start0       int
}

// runValues finds the values in groups first..last of the digit run in
// sc.gs, sc.ge and sc.sep: from each group on, the longest run of groups
// that classify names.
func (sc *scanner) runValues(first, last int, rc runCtx) {
	s := sc.s
	gs, ge, sep := &sc.gs, &sc.ge, &sc.sep
	ctx, lastCtx, plus, start0 := rc.ctx, rc.lastCtx, rc.plus, rc.start0
	u := first // the first group since the last value
	d := &sc.digits
	for a := first; a <= last; {
		if a+2 <= last && dateShape(s, gs[:], ge[:], sep[:], a, a+2) && (a+2 == last || sep[a+2] != sep[a]) {
			sc.noteDate(gs[a])
			a += 3 // a date is a unit: "17-08-2024 19.25"
			continue
		}
		// The digits of groups a..b are a prefix of those of a..last: copy
		// them once, as far as maxDigits allows, with where each group ends.
		nd, bmax := 0, a-1
		for g := a; g <= last && nd+ge[g]-gs[g] <= maxDigits; g++ {
			if n := ge[g] - gs[g]; n <= 8 && len(s)-gs[g] >= 8 {
				// A group of up to eight digits in one move (sixteen in
				// two); the bytes past it are overwritten by the next
				// group or never read.
				binary.LittleEndian.PutUint64(d[nd:], load8(s[gs[g]:]))
				nd += n
			} else if n <= 16 && len(s)-gs[g] >= 16 {
				binary.LittleEndian.PutUint64(d[nd:], load8(s[gs[g]:]))
				binary.LittleEndian.PutUint64(d[nd+8:], load8(s[gs[g]+8:]))
				nd += n
			} else {
				nd += copy(d[nd:], s[gs[g]:ge[g]])
			}
			sc.upTo[g], bmax = nd, g
		}
		matched := false
		for b := bmax; b >= a; b-- {
			c := ctxNone
			if a == 0 {
				c = ctx
			}
			if a > 0 && b == last && lastCtx != ctxNone {
				// A bank after the run names its last number
				// ("0500….0123456789 BCA"), as it does once the numbers
				// before are replaced.
				c = lastCtx
			}
			if sep[b] == '.' && cutsAmount(gs[:], ge[:], sep[:], b) {
				continue // "0736162445 4.132.176": the number ends before the amount
			}
			k := sc.classify(d[:sc.upTo[b]], c, plus && a == 0, gs[:], ge[:], sep[:], a, b)
			if k == "" {
				continue
			}
			if u < a {
				// The groups before this value that no value took are
				// read again as a run of their own that ends here, as
				// they are once this value is a placeholder: "08417.7.
				// 71.111.717.177.471 1.171.47.7" has a phone before its
				// NIK.
				end := sep[a-1]
				sep[a-1] = 0
				sc.runValues(u, a-1, runCtx{ctx: ctx, plus: plus, start0: start0})
				sep[a-1] = end
			}
			st := gs[a]
			if a == 0 {
				st = start0
			}
			sc.add(k, st, ge[b])
			if k == Phone {
				sc.phoneOwner(st, ge[b])
			} else if k == BankAccount || k == VA {
				sc.holderAfter(ge[b]) // "BCA 1234567890 - Budi Santoso", "… (Budi Santoso)"
			}
			if c != ctxNone {
				sc.ctx = ctxNone // a keyword names one number
			}
			a, u = b+1, b+1
			matched = true
			break
		}
		if !matched {
			a++
		}
	}
}

// titleWordBefore reports whether a word in title case, of three ASCII
// letters or more, ends at p: "Hendra".
func titleWordBefore(s string, p int) bool {
	b := p
	for b > 0 && isLower(s[b-1]) {
		b--
	}
	return p-b >= 2 && b > 0 && isUpper(s[b-1]) && (b == 1 || !isAlnum(s[b-2]))
}

// runDigits counts the digits of the run that starts at p, in groups
// apart by one separator ("0856-1234-5678" has twelve), up to minDigits.
func runDigits(s string, p int) int {
	n := 0
	for p < len(s) && n < minDigits {
		e := digitsEnd(s, p)
		n += e - p
		if e+1 >= len(s) || ctab[s[e]]&cNumSep == 0 || !isDigit(s[e+1]) {
			break
		}
		p = e + 1
	}
	return n
}

// placeDate reads a place and a date of birth that open a line, as a CV's
// or a form's header has them with no keyword: "Jakarta, 14 Februari
// 1998". The date at i has a year from 1930 to 2012: a letter's "Jakarta,
// 14 Februari 2024" is its own date. It returns the date's end, or 0.
func (sc *scanner) placeDate(i int) int {
	s := sc.s
	a := i - 2 // the comma
	p := a
	for words := 0; words < 3; words++ {
		b := p
		for b > 0 && isLetter(s[b-1]) && s[b-1] < 0x80 {
			b--
		}
		if b == p || !isUpper(s[b]) {
			return 0
		}
		p = b
		if p == 0 || s[p-1] == '\n' || p >= 2 && s[p-1] == ' ' && (s[p-2] == '-' || s[p-2] == '|') {
			break // and after a header's dash: "Curriculum Vitae - Fajar Sidik - Yogyakarta, 3 Maret 1996"
		}
		if s[p-1] != ' ' || p < 2 || !isLetter(s[p-2]) {
			return 0
		}
		p--
	}
	if p > 0 && s[p-1] != '\n' && !(p >= 2 && s[p-1] == ' ' && (s[p-2] == '-' || s[p-2] == '|')) || !recordName(s, p, a, true) && !inSet(s, p, wordEnd(s, p), fAddrWords) {
		return 0
	}
	e := sc.parseDate(i, false)
	if e == 0 || e-4 < i || !isDigit(s[e-1]) {
		return 0
	}
	if y := atoi(s[e-4 : e]); y < 1930 || y > 2012 || !allDigits(s[e-4:e]) {
		return 0
	}
	sc.add(DOB, p, e)
	return e
}

// walletAt reads a cryptocurrency address that starts with the digits of
// s[i:q0] and goes on with a letter at t[q0]: "0x…", "1…", "3…", and
// "bc1…", whose '1' comes after the word "bc".
func (sc *scanner) walletAt(i, q0 int, t string) int {
	s := sc.s
	if c := s[i]; c > '3' || len(t)-i < 26 || !(c == '1' || c == '3' || c == '0' && t[q0]|0x20 == 'x' && q0 == i+1) {
		return 0
	}
	w := i
	if s[i] == '1' && i >= 2 && lowerASCII(s[i-1]) == 'c' && lowerASCII(s[i-2]) == 'b' {
		w = i - 2
	}
	if en := walletEnd(s, w); en > 0 {
		sc.add(Wallet, w, en)
		return en
	}
	return 0
}

// codeAhead reports whether the sentence from p names a one-time code
// within eight words: "… your Google verification code", "… your OTP".
// It counts words, not bytes, and a sentence ends at a newline or a word
// that ends with '.', '!' or '?', so that it reads the same once an
// address or a handle in between is a placeholder.
func codeAhead(s string, p int) bool {
	k := p
	for words := 0; words < 8 && k < len(s); words++ {
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k >= len(s) || s[k] == '\n' {
			return false
		}
		if hasPrefixFold(s, k, "code") || hasPrefixFold(s, k, "otp") || hasPrefixFold(s, k, "kode") ||
			hasPrefixFold(s, k, "pin") || hasPrefixFold(s, k, "passcode") {
			return true
		}
		e := k
		for e < len(s) && s[e] != ' ' && s[e] != '\n' {
			e++
		}
		if c := s[e-1]; c == '.' || c == '!' || c == '?' {
			return false
		}
		k = e
	}
	return false
}

// bankAfter returns ctxBank when a bank's keyword follows the number
// ending at k, after a space or an opening bracket or both, and ctxNone
// otherwise.
func (sc *scanner) bankAfter(k int) ctxClass {
	s := sc.s
	for n := 0; n < 2 && k < len(s) && (s[k] == ' ' || s[k] == '('); n++ {
		k++
	}
	j := wordEnd(s, k)
	if j == k {
		return ctxNone
	}
	if j+2 < len(s) && s[j] == ' ' && isLetter(s[j+1]) {
		switch string(lowerWord(sc.buf[:], s, k, j)) {
		case "itu", "yg", "yang":
			k = j + 1 // the bank after a word that says which: "0091234567 itu BNI, bukan BRI"
			j = wordEnd(s, k)
		}
	}
	if _, kw, _ := lookupToken(s, k, j); kw.ctx != ctxBank {
		return ctxNone
	}
	switch string(lowerWord(sc.buf[:], s, k, j)) {
	case "jago", "mega", "blu", "acc", "jenius":
		// Words as well as banks' names ("1234567 jago"): a bank before
		// the number says more.
		return ctxNone
	}
	return ctxBank
}

// personalPrefix reports whether groups 0..b of the run at i, for some b
// below ng, form a mobile number or a valid NIK: the numbers an amount's
// or an order's keyword does not keep.
func (sc *scanner) personalPrefix(i, ng int) bool {
	s := sc.s
	if ng >= 6 && npwpFormatted(sc.gs[:], sc.ge[:], nil, 0, 5) && s[sc.ge[0]] == '.' && s[sc.ge[1]] == '.' && s[sc.ge[2]] == '.' && s[sc.ge[3]] == '-' && s[sc.ge[4]] == '.' {
		return true // an NPWP in its own layout, on an invoice too: "NPWP on the tax invoice: 71.234.567.8-901.000"
	}
	plus := i > 0 && s[i-1] == '+'
	if plus && (i == 1 || !isAlnum(s[i-2])) {
		return true // ten digits or more after a plus are a phone's, whichever country's: "Price +44 7823 551 064"
	}
	d := sc.digits[:0]
	for g := 0; g < ng; g++ {
		if len(d)+sc.ge[g]-sc.gs[g] > maxDigits {
			break
		}
		d = append(d, s[sc.gs[g]:sc.ge[g]]...)
		if isMobile(d, plus) || len(d) == 16 && nikValid(d) {
			return true
		}
	}
	// A card in its own layout, four groups of four, next to "struk" or
	// "kode" too: "Di struk cuma ada 4866 3869 1769 0503".
	return ng == 4 && len(d) == 16 && sc.ge[0]-sc.gs[0] == 4 && sc.ge[1]-sc.gs[1] == 4 && sc.ge[2]-sc.gs[2] == 4 &&
		cardIIN(d) && luhn(d)
}

// hexColon reports whether the hexadecimal digits from t[k] end at a
// colon within a group's four: "2a00:1450::" goes on as an IPv6 address,
// "12A" and "3d" do not.
func hexColon(t string, k int) bool {
	for e := k; e < len(t) && e-k < 4; e++ {
		if t[e] == ':' {
			return true
		}
		if !isHex(t[e]) {
			return false
		}
	}
	return false
}

// ipv6End returns the end of the IPv6 address starting at s[i] with a
// digit, or 0: hexadecimal groups and colons, at least two colons (times
// such as "12:30:45" have two too, and net/netip refuses them), an IPv4
// address at the end allowed, a full stop after it not taken.
func ipv6End(s string, i int) int {
	if i > 0 && (isAlnum(s[i-1]) || s[i-1] == ':' || s[i-1] == '.') || i > 1 && s[i-1] == '-' && (isDigit(s[i-2]) || s[i-2] == ']') {
		return 0 // nor inside a date's run: "15-07-1B::87", nor after the date's placeholder
	}
	e, colons := i, 0
	for e < len(s) && e-i < 46 && (isHex(s[e]) || s[e] == ':' || s[e] == '.') {
		if s[e] == ':' {
			colons++
		}
		e++
	}
	end := e
	for end > i && s[end-1] == '.' {
		end--
	}
	if colons < 2 || strings.Count(strings.Trim(s[i:end], ":"), ":") == 0 {
		return 0 // and one group alone: "201::" after a date's slash is a typo, no address
	}
	if !tokenEndsAt(s, e, '/') { // "/64", a prefix length, may follow
		return 0
	}
	if a, err := netip.ParseAddr(s[i:end]); err != nil || !a.Is6() || a.IsUnspecified() || a.IsLoopback() {
		return 0 // "::" and "::1" name no one
	}
	return end
}

// digitsEnd returns the end of the run of digits starting at t[i].
func digitsEnd(t string, i int) int {
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	return i
}

// hasWaMe reports whether the digits at i follow "wa.me/".
func hasWaMe(s string, i int) bool {
	return i >= 6 && hasPrefixFold(s, i-6, "wa.me/")
}

// classify names the identifier formed by the digits d (groups a..b of a
// run), or returns "".
func (sc *scanner) classify(d []byte, ctx ctxClass, plus bool, gs, ge []int, sep []byte, a, b int) Kind {
	nd := len(d)
	if nd < minDigits {
		if b-a == 3 && ipShape(sc.s, gs, ge, sep, a, b) {
			return IP // "10.0.0.5"
		}
		return ""
	}
	if dict := sc.r.dict; dict != nil && dict.hasPhone(d) {
		return Phone
	}
	if b-a == 2 && dateShape(sc.s, gs, ge, sep, a, b) { // a date has three groups
		return ""
	}
	switch ctx {
	case ctxKK:
		if nd == 16 {
			return KK
		}
	case ctxNIK:
		// A NIK typed with a digit too few or too many is still one; but
		// not sixteen digits and a list's next number: "(NIK
		// 3310120101700001) 2. Sukirman".
		if nd >= 15 && nd <= 17 && !isMobile(d, plus) && !(nd == 17 && b > a && sc.upTo[b-1] == 16) {
			return NIK
		}
	case ctxNPWP:
		if nd == 15 || nd == 16 {
			return NPWP
		}
		if nd == 22 {
			return NITKU
		}
	case ctxNITKU:
		if nd == 22 {
			return NITKU
		}
		if nd == 15 || nd == 16 {
			return NPWP
		}
	case ctxCard:
		if nd >= 13 && nd <= 19 {
			return Card
		}
	case ctxGovID:
		// NIP has 18 digits, NISN 10, NRP 8, NUPTK 16, a SIM 12 to 14 or,
		// since 2024, the NIK. "SIM" is a phone's card too.
		if nd == 16 && nikValid(d) {
			return NIK
		}
		if nd >= 8 && nd <= 18 && !isMobile(d, plus) && !thousands(gs, ge, sep, a, b) {
			return GovID
		}
	case ctxBPJS:
		if nd >= 11 && nd <= 13 && !isMobile(d, plus) {
			return BPJS
		}
		if nd == 16 {
			return NIK
		}
	case ctxVA:
		if nd >= 10 && nd <= 20 {
			return VA
		}
	case ctxBank:
		if nd >= 7 && nd <= 20 && !thousands(gs, ge, sep, a, b) && !thousandsInside(gs, ge, sep, a, b) && !callCenter(d) {
			return BankAccount
		}
	case ctxPhone:
		if isMobile(d, true) || isLandline(d, true) {
			return Phone
		}
		if nd >= 9 && nd <= 12 && d[0] == '8' && mobileOperator(d[1]) {
			return Phone // "wa 812-3456-7890": the 0 left off
		}
		if nd == 10 && d[0] >= '6' && !thousands(gs, ge, sep, a, b) {
			return Phone // another country's mobile, written without its code: India's "Mobile 9845012345"
		}
		if nd == 8 && b-a == 1 && ge[a]-gs[a] == 4 && d[0] >= '5' && (sep[a] == ' ' || sep[a] == '-') {
			return Phone // Singapore's and Hong Kong's, eight digits in two fours: "my mobile 9123 4487"
		}
	case ctxIP:
		if ipShape(sc.s, gs, ge, sep, a, b) {
			return IP
		}
	}
	if ipShape(sc.s, gs, ge, sep, a, b) {
		return IP
	}
	if nd == 10 && b-a == 2 && ge[a]-gs[a] == 3 && ge[a+1]-gs[a+1] == 3 && ge[b]-gs[b] == 4 && gs[a] > 0 &&
		sc.s[gs[a]-1] == '(' && sc.s[ge[a]] == ')' && d[0] != '0' {
		return Phone // North America's "(415) 555-0132"
	}
	th := thousands(gs, ge, sep, a, b) && !(ge[a]-gs[a] >= 2 && sc.s[gs[a]] == '0') // no amount starts with "0": "081.222.333.444"
	if th {
		return ""
	}
	if isMobile(d, plus) {
		return Phone
	}
	if nd >= 10 && nd <= 12 && d[0] == '8' && mobileOperator(d[1]) && b > a && ge[a]-gs[a] == 3 && (sep[a] == ' ' || sep[a] == '-') {
		return Phone // "812 3456 7890", "812-3456-7890": a mobile number with its 0 left off
	}
	switch nd {
	case 16:
		if b-a == 3 && ge[a]-gs[a] == 4 && cardIIN(d) && luhn(d) {
			return Card
		}
		if nikValid(d) {
			return NIK
		}
		if d[0] == '0' && luhn(d[:10]) {
			return NPWP
		}
	case 15:
		if npwpFormatted(gs, ge, sep, a, b) && (luhn(d[:9]) || string(sep[a:a+5]) == "...-.") {
			return NPWP // its check digit, or its own marks, which no other number has: a mistyped digit is still one's NPWP
		}
	case 22:
		if (d[0] == '0' && luhn(d[:10])) || nikValid(d[:16]) {
			return NITKU
		}
	case 13:
		if a == b && d[0] == '0' && d[1] == '0' && d[2] == '0' && (d[3] != '0' || d[4] != '0' || d[5] != '0') {
			return BPJS // a JKN card's number, with no keyword: "peserta 0006934686978"
		}
	}
	if nd >= 13 && nd <= 19 && cardIIN(d) && luhn(d) {
		return Card
	}
	if isLandline(d, plus) && (plus || a == b || ge[a]-gs[a] >= 3) {
		return Phone
	}
	if plus && nd >= 8 && nd <= 15 && d[0] != '0' {
		return Phone // another country's number: "+44 7700 900123", "+1 415 555 0132"
	}
	return ""
}

// isMobile reports an Indonesian mobile number: 08[1-35-9] and 10–13 digits,
// or the same with the country code 62 instead of the leading 0.
func isMobile(d []byte, plus bool) bool {
	nd := len(d)
	switch {
	case nd >= 10 && nd <= 13 && d[0] == '0' && d[1] == '8':
		return mobileOperator(d[2])
	case nd >= 11 && nd <= 14 && d[0] == '6' && d[1] == '2' && d[2] == '8':
		return mobileOperator(d[3])
	case plus && nd >= 11 && nd <= 14 && d[0] == '6' && d[1] == '2' && d[2] == '0' && d[3] == '8':
		// "+62 0812…", a common mistake.
		return mobileOperator(d[4])
	}
	return false
}

func mobileOperator(c byte) bool { return c >= '1' && c <= '9' }

// isLandline reports an Indonesian landline: 0, an area code not starting
// with 8, and a subscriber number, 9–12 digits in all; or 62 and the same
// without the 0 when written with '+'.
func isLandline(d []byte, plus bool) bool {
	nd := len(d)
	if nd >= 9 && nd <= 12 && d[0] == '0' && d[1] >= '2' && d[1] <= '9' && d[1] != '8' {
		return true
	}
	if plus && nd >= 10 && nd <= 13 && d[0] == '6' && d[1] == '2' && d[2] >= '2' && d[2] <= '9' && d[2] != '8' {
		return true
	}
	return false
}

// callCenter reports a bank's call centre, which follows the bank's name
// as an account does: "BCA 1500888", "Danamon 1-500-090" (1500 and 14
// numbers; a toll-free 0800 or 0804 number is as long as an account, and
// accounts start so too).
func callCenter(d []byte) bool {
	nd := len(d)
	switch {
	case nd >= 6 && nd <= 8 && d[0] == '1' && d[1] == '5' && d[2] == '0' && d[3] == '0':
		return true
	case nd == 5 && d[0] == '1' && d[1] == '4':
		return true
	}
	return false
}

// thousandsInside reports whether the groups a..b hold an amount written
// with thousands' full stops, at their start or after a blank: "BCA
// 5.200.000 2) Bunga" and "BCA 9834725476 79.655.065 2)" are an account
// and an amount, or an amount alone.
func thousandsInside(gs, ge []int, sep []byte, a, b int) bool {
	for k := a; k < b; k++ {
		if k > a && sep[k-1] != ' ' {
			continue
		}
		m := k
		for m < b && sep[m] == '.' {
			m++
		}
		if m > k && (k > a || m < b) && thousands(gs, ge, sep, k, m) {
			return true
		}
	}
	return false
}

// cutsAmount reports whether group b starts an amount written with
// thousands' full stops, which a number ending at b would cut.
func cutsAmount(gs, ge []int, sep []byte, b int) bool {
	m := b
	for m < len(sep)-1 && sep[m] == '.' {
		m++
	}
	return thousands(gs, ge, sep, b, m)
}

// thousands reports an amount written with dot thousands separators:
// 1–3 digits, then groups of exactly three, "1.250.000".
func thousands(gs, ge []int, sep []byte, a, b int) bool {
	if b == a {
		return false
	}
	if n := ge[a] - gs[a]; n < 1 || n > 3 {
		return false
	}
	for g := a; g < b; g++ {
		if sep[g] != '.' {
			return false
		}
		if ge[g+1]-gs[g+1] != 3 {
			return false
		}
	}
	return true
}

// dateShape reports a date such as 17-08-2024, 17.08.24 or 2024-08-17.
func dateShape(s string, gs, ge []int, sep []byte, a, b int) bool {
	if b-a != 2 || sep[a] != sep[a+1] || sep[a] == 'm' {
		return false
	}
	l0, l1, l2 := ge[a]-gs[a], ge[a+1]-gs[a+1], ge[a+2]-gs[a+2]
	if l0 <= 2 && l1 <= 2 && (l2 == 2 || l2 == 4) {
		v0, v1 := atoi(s[gs[a]:ge[a]]), atoi(s[gs[a+1]:ge[a+1]])
		return v0 >= 1 && v0 <= 31 && v1 >= 1 && v1 <= 12
	}
	if l0 == 4 && l1 <= 2 && l2 <= 2 {
		v1, v2 := atoi(s[gs[a+1]:ge[a+1]]), atoi(s[gs[a+2]:ge[a+2]])
		return v1 >= 1 && v1 <= 12 && v2 >= 1 && v2 <= 31
	}
	return false
}

// ipShape reports a dotted IPv4 address.
func ipShape(s string, gs, ge []int, sep []byte, a, b int) bool {
	if b-a != 3 {
		return false
	}
	if st, e := gs[a], ge[b]; st >= 2 && s[st-1] == '.' && (isDigit(s[st-2]) || s[st-2] == ']' || s[st-2] == '.') ||
		e+1 < len(s) && s[e] == '.' && (isDigit(s[e+1]) || s[e+1] == '[' || s[e+1] == '.') {
		// Four groups of a longer dotted run, a version's or a code's:
		// "12.132.2.228.228"; also once a value of the run is a
		// placeholder: "[PHONE_1].6.4.5.5".
		return false
	}
	if versionBefore(s, gs[a]) {
		return false // "firmware 2.4.10.1", "versi 1.2.0.3"
	}
	for g := a; g <= b; g++ {
		if g < b && (sep[g] != '.' || ge[g] != gs[g+1]-1) {
			return false
		}
		l := ge[g] - gs[g]
		if l > 3 || (l > 1 && s[gs[g]] == '0') {
			return false
		}
		if atoi(s[gs[g]:ge[g]]) > 255 {
			return false
		}
	}
	return true
}

// versionBefore reports whether the word before the number at p names a
// version: "firmware 2.4.10.1", "versi 1.2.0.3", "v1.0.0.2".
func versionBefore(s string, p int) bool {
	e := p
	if e > 0 && (s[e-1] == 'v' || s[e-1] == 'V') && (e == 1 || !isLetter(s[e-2])) {
		return true
	}
	for k := 0; k < 2; k++ { // "firmware to 2.4.10.1"
		for e > 0 && s[e-1] == ' ' {
			e--
		}
		a := e
		for a > 0 && isLetter(s[a-1]) {
			a--
		}
		if a > 0 && (s[a-1] == '@' || s[a-1] == '.' || s[a-1] == '_' || isDigit(s[a-1])) {
			break // a handle's or a host's part: "@ver 192.168.1.10" (FuzzRedact)
		}
		var w [9]byte
		switch string(lowerWord(w[:], s, a, e)) {
		case "firmware", "versi", "version", "ver", "build", "rilis", "release":
			return true
		case "to", "ke", "is", "jadi", "menjadi":
			e = a
			continue
		}
		break
	}
	return false
}

// npwpFormatted reports the old NPWP layout 99.999.999.9-999.999.
func npwpFormatted(gs, ge []int, sep []byte, a, b int) bool {
	if b-a != 5 {
		return false
	}
	want := [6]int{2, 3, 3, 1, 3, 3}
	for g := 0; g < 6; g++ {
		if ge[a+g]-gs[a+g] != want[g] {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func atoiB(d []byte) int {
	n := 0
	for _, c := range d {
		n = n*10 + int(c-'0')
	}
	return n
}

// luhn reports whether the digits pass the Luhn check.
func luhn(d []byte) bool {
	sum := 0
	dbl := false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if dbl {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		dbl = !dbl
	}
	return sum%10 == 0
}

// cardIIN reports a card issuer prefix: Visa 4, Mastercard 51–55 and
// 2221–2720, AmEx 34/37, JCB 3528–3589, GPN 9360, UnionPay 62, Discover 6011/65.
func cardIIN(d []byte) bool {
	nd := len(d)
	p2 := atoiB(d[:2])
	p4 := atoiB(d[:4])
	switch {
	case d[0] == '4':
		return nd == 13 || nd == 16 || nd == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720:
		return nd == 16
	case p2 == 34 || p2 == 37:
		return nd == 15
	case p4 >= 3528 && p4 <= 3589:
		return nd >= 16
	case p4 == 9360:
		return nd >= 16
	case p2 == 62, p4 == 6011, p2 == 65:
		return nd >= 16
	}
	return false
}

// nikProvince is the tolerant province allow-list from the reference notes.
func nikProvince(p int) bool {
	switch {
	case p >= 11 && p <= 19, p == 21, p >= 31 && p <= 36, p >= 51 && p <= 53,
		p >= 61 && p <= 65, p >= 71 && p <= 76, p >= 81 && p <= 82, p >= 91 && p <= 97:
		return true
	}
	return false
}

// nikValid checks a NIK's structure: province, regency, birth date (day+40
// for women) that exists in 19YY or 20YY, and a non-zero serial. NIK has no
// check digit.
func nikValid(d []byte) bool {
	if len(d) != 16 || !nikProvince(atoiB(d[:2])) {
		return false
	}
	if atoiB(d[2:4]) == 0 {
		return false
	}
	day := atoiB(d[6:8])
	if day > 40 {
		day -= 40
	}
	month := atoiB(d[8:10])
	yy := atoiB(d[10:12])
	if day < 1 || month < 1 || month > 12 {
		return false
	}
	if day > daysIn(month, 1900+yy) && day > daysIn(month, 2000+yy) {
		return false
	}
	return string(d[12:16]) != "0000"
}

// kkValid checks a KK number: region and a registration date without +40.
func kkValid(d []byte) bool {
	if len(d) != 16 || !nikProvince(atoiB(d[:2])) {
		return false
	}
	day, month := atoiB(d[6:8]), atoiB(d[8:10])
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

// npwpValid checks a 15-digit NPWP (Luhn over the first nine digits) or a
// 16-digit one (a leading 0 and Luhn over ten, or a NIK).
func npwpValid(d []byte) bool {
	switch len(d) {
	case 15:
		return luhn(d[:9])
	case 16:
		if d[0] == '0' {
			return luhn(d[:10])
		}
		return nikValid(d)
	}
	return false
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// gluedMobile reports whether s[i:e], one run of digits glued to letters,
// is a mobile number in full ("0812…", ten to thirteen digits) after a
// word with a letter in lowercase in it, no code in capitals ("INV0812…").
func gluedMobile(s string, i, e int) bool {
	if e-i < 10 || e-i > 13 || s[i] != '0' || s[i+1] != '8' || !isMobile([]byte(s[i:e]), false) {
		return false
	}
	a := i
	for a > 0 && isLetter(s[a-1]) && s[a-1] < 0x80 {
		a--
	}
	return i-a >= 2 && lowerCount(s, a, i) > 0
}

// numberPlaceholderEndsAt reports whether the placeholder of a number (a
// kind digitRun finds) ends just before p.
func numberPlaceholderEndsAt(s string, p int) bool {
	if !placeholderEndsAt(s, p) {
		return false
	}
	k := strings.LastIndexByte(s[:p], '[')
	switch Kind(s[k+1 : strings.LastIndexByte(s[:p], '_')]) {
	case NIK, KK, NPWP, NITKU, Phone, Card, BankAccount, VA, BPJS, IP, QRIS, GovID:
		return true
	}
	return false
}

// plainName reports whether the word s[i:j] may be part of a name: no
// keyword and no common, role, place or address word.
func plainName(s string, i, j int) bool {
	fits, kw, fl := lookupToken(s, i, j)
	return fits && kw == (keyword{}) && fl&(fStopWords|fCapStop|fRoleWords|fAbortWords) == 0 &&
		(fl&fAddrWords == 0 || fl&fGivenNames != 0) && // "Indah" is a name too
		!replacementIn(s, i, j) // nor a word with an invalid byte's mark in it (FuzzRedact)
}

// numberEndsAt reports whether the last value found is a number (of a kind
// numberPlaceholderEndsAt knows) that ends at p.
func (sc *scanner) numberEndsAt(p int) bool {
	n := len(sc.ents)
	if n > 1 && sc.ents[n-1].kind == personIdx && sc.ents[n-1].end != p {
		n-- // the number's owner, found after it: "Rina 081234567890/3174…"
	}
	// Or its token does: the placeholder takes the letters glued to it
	// (see glueEnd), as "0812345678\ufffd/0856…" reads once replaced.
	if n == 0 || sc.ents[n-1].end != p && !(sc.ents[n-1].end < p && glueEnd(sc.s, sc.ents[n-1].end) == p) {
		return false
	}
	switch sc.ents[n-1].kind {
	case nikIdx, builtinKind(KK), builtinKind(NPWP), builtinKind(NITKU), phoneIdx,
		builtinKind(Card), builtinKind(BankAccount), builtinKind(VA), builtinKind(BPJS), builtinKind(IP),
		builtinKind(QRIS), builtinKind(GovID):
		return true
	}
	return false
}

// placeholderEndsAt reports whether a placeholder ends just before p. Text
// next to a placeholder is read as if the value were still there, so that
// redacting twice changes nothing.
func placeholderEndsAt(s string, p int) bool {
	if p < 4 || s[p-1] != ']' {
		return false
	}
	for k := p - 2; k >= 0 && p-k <= maxPlaceholder; k-- {
		if s[k] == '[' {
			return placeholderEnd(s, k) == p
		}
	}
	return false
}

// digitWords are the digits spelled out, in Indonesian and English.
var digitWords = map[string]byte{
	"nol": '0', "kosong": '0', "satu": '1', "dua": '2', "tiga": '3', "empat": '4', "lima": '5',
	"enam": '6', "tujuh": '7', "delapan": '8', "sembilan": '9',
	"zero": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5', "six": '6',
	"seven": '7', "eight": '8', "nine": '9',
	// Javanese: "nol wolu siji loro …".
	"siji": '1', "loro": '2', "telu": '3', "papat": '4', "limo": '5', "enem": '6', "pitu": '7', "wolu": '8',
	"songo": '9', "sanga": '9',
	// Chat's and Malay's "lapan" for "delapan"; English's "oh" for zero,
	// inside a run of digit words only ("oh eight one two …").
	"lapan": '8', "oh": '0',
	// Sundanese: "nol dalapan hiji tilu …".
	"hiji": '1', "tilu": '3', "opat": '4', "genep": '6', "dalapan": '8', "salapan": '9',
}

// spelledNumber handles a phone number or a NIK spelled out digit by
// digit: "nol delapan satu dua tiga empat lima enam tujuh delapan
// sembilan". i starts the first digit word. It returns the end or 0.
func (sc *scanner) spelledNumber(i int) int {
	s := sc.s
	var d [maxDigits]byte
	// Where each word or whole group of digits ends: when the whole
	// reading is no number, the longest shorter one is tried, as the next
	// pass reads it once what follows is a placeholder.
	var cutNd, cutEnd [maxDigits]int
	nc := 0
	nd, q := 0, i
	for nd < len(d) {
		if (nd > 0 || q == i) && q < len(s) && isDigit(s[q]) {
			// Words and digits mixed: "nol delapan satu dua 3456 7890".
			e := q
			for e < len(s) && isDigit(s[e]) && nd < len(d) {
				d[nd] = s[e]
				nd++
				e++
			}
			q = e
			if e >= len(s) || !isDigit(s[e]) {
				cutNd[nc], cutEnd[nc] = nd, e
				nc++
			}
			for q < len(s) && q-e < 3 && (s[q] == ' ' || s[q] == '-' || s[q] == '.') {
				q++
			}
			continue
		}
		e, ds, n := spelledDigits(s, q)
		if n == 0 || nd+n > len(d) {
			break
		}
		copy(d[nd:], ds[:n])
		nd += n
		cutNd[nc], cutEnd[nc] = nd, e
		nc++
		q = e
		for q < len(s) && q-e < 3 && (s[q] == ' ' || s[q] == ',' || s[q] == '-' || s[q] == '.') {
			q++
		}
	}
	for c := nc - 1; c >= 0 && cutNd[c] >= 9; c-- {
		var k Kind
		switch v := d[:cutNd[c]]; {
		case isMobile(v, false) || isLandline(v, false):
			k = Phone
		case nikValid(v):
			k = NIK
		default:
			continue
		}
		sc.add(k, i, cutEnd[c])
		return cutEnd[c]
	}
	if nc > 0 && nd >= 8 && nd <= 18 {
		// A number spelled out after its keyword, as its digits are
		// read there: "nomor rekening: delapan tujuh dua nol …", "nik
		// saya tiga satu tujuh …" a digit short.
		var k Kind
		switch sc.context(i) {
		case ctxBank:
			k = BankAccount
		case ctxVA:
			k = VA
		case ctxNIK:
			k = NIK
		case ctxKK:
			k = KK
		case ctxNPWP:
			k = NPWP
		case ctxBPJS:
			k = BPJS
		case ctxGovID:
			k = GovID
		default:
			k = ""
		}
		if k != "" {
			sc.add(k, i, cutEnd[nc-1])
			return cutEnd[nc-1]
		}
	}
	if nc == 0 {
		return 0
	}
	// An ID read out in a voice note: letters spelled one by one before
	// the digits, and a plate's after them ("e m p nol nol empat lima
	// dua", "c satu dua tiga empat lima enam tujuh", "b satu dua tiga
	// empat kjt", "d empat lima dua satu a b c"); or six digits and more
	// that no business keyword names.
	end := cutEnd[nc-1]
	a := spelledLettersBefore(s, i)
	if a < i && a < sc.entEnd && sc.inValue(a) {
		a = i // letters of a value found, its placeholder next pass: "… a nol d lapan sembilan …" (FuzzRedact)
	}
	switch ctx := sc.context(i); {
	case ctx == ctxBusiness || ctx == ctxCurrency:
	case a < i:
		if f := spelledLettersAfter(s, end); f > end && i-a <= 4 && nd <= 4 {
			sc.add(Plate, a, f)
			return f
		}
		if nd >= 4 {
			sc.add(GovID, a, end)
			return end
		}
	case ctx == ctxPlate && nd <= 4:
		if f := spelledLettersAfter(s, end); f > end {
			sc.add(Plate, i, f)
			return f
		}
	case nd >= 6:
		sc.add(GovID, i, end)
		return end
	}
	return 0
}

// spelledLettersBefore returns where up to three letters spelled one by
// one, as words of their own, start before the word at i: "e m p nol …".
func spelledLettersBefore(s string, i int) int {
	k := i
	for n := 0; n < 3 && k >= 2 && s[k-1] == ' ' && isAlphaASCII(s[k-2]) && (k == 2 || s[k-3] == ' '); n++ {
		k -= 2
	}
	return k
}

// spelledLettersAfter returns where a plate's letters end after its
// digits that end at e: up to three letters spelled one by one ("a b c"),
// or a word of two or three letters that is no word ("kjt"); or e.
func spelledLettersAfter(s string, e int) int {
	f := e
	for n := 0; n < 3 && f+2 <= len(s) && s[f] == ' ' && isAlphaASCII(s[f+1]) && (f+2 == len(s) || !isAlnum(s[f+2])); n++ {
		f += 2
	}
	if f > e || e+3 > len(s) || s[e] != ' ' {
		return f
	}
	w := wordEnd(s, e+1)
	if n := w - (e + 1); n < 2 || n > 3 || w < len(s) && isAlnum(s[w]) {
		return e
	}
	if fits, kw, fl := lookupToken(s, e+1, w); !fits || kw != (keyword{}) || fl != 0 {
		return e
	}
	return w
}

// digitWordByte returns the digit that the word lw, in lowercase, spells
// (see digitWords), without hashing it: a switch the compiler turns into a
// search by length and bytes.
func digitWordByte(lw []byte) (byte, bool) {
	switch string(lw) {
	case "nol", "kosong", "zero", "oh":
		return '0', true
	case "satu", "one", "siji", "hiji":
		return '1', true
	case "dua", "two", "loro":
		return '2', true
	case "tiga", "three", "telu", "tilu":
		return '3', true
	case "empat", "four", "papat", "opat":
		return '4', true
	case "lima", "five", "limo":
		return '5', true
	case "enam", "six", "enem", "genep":
		return '6', true
	case "tujuh", "seven", "pitu":
		return '7', true
	case "delapan", "eight", "wolu", "lapan", "dalapan":
		return '8', true
	case "sembilan", "nine", "songo", "sanga", "salapan":
		return '9', true
	}
	return 0, false
}

// spelledDigits reads the digits the words at q say: one digit's word
// ("tujuh"), a digit said twice or three times ("dobel tujuh", "triple
// five"), or a number of two digits ("sepuluh", "sebelas", "dua belas",
// "tiga puluh", "tiga puluh empat"), as a number is read out in pairs. It
// returns where the words end, the digits and how many there are.
func spelledDigits(s string, q int) (end int, ds [3]byte, n int) {
	e := wordEnd(s, q)
	var b [10]byte
	lw := lowerWord(b[:], s, q, e)
	if e == q || lw == nil {
		return q, ds, 0
	}
	switch string(lw) {
	case "dobel", "double", "dabel", "tripel", "triple":
		if e+1 < len(s) && s[e] == ' ' {
			if f, d1, m := spelledDigits(s, e+1); m == 1 {
				ds[0], ds[1], ds[2] = d1[0], d1[0], d1[0]
				if lw[0] == 't' {
					return f, ds, 3
				}
				return f, ds, 2
			}
		}
		return q, ds, 0
	case "sepuluh":
		ds[0], ds[1] = '1', '0'
		return e, ds, 2
	case "sebelas":
		ds[0], ds[1] = '1', '1'
		return e, ds, 2
	}
	c, ok := digitWordByte(lw)
	if !ok {
		return q, ds, 0
	}
	ds[0] = c
	if c == '0' || e+6 >= len(s) || s[e] != ' ' {
		return e, ds, 1
	}
	f := wordEnd(s, e+1)
	switch {
	case f-(e+1) == 5 && hasPrefixFold(s, e+1, "belas"):
		ds[0], ds[1] = '1', c
		return f, ds, 2
	case f-(e+1) == 5 && hasPrefixFold(s, e+1, "puluh"):
		ds[1] = '0'
		if f+1 < len(s) && s[f] == ' ' {
			g := wordEnd(s, f+1)
			var b2 [10]byte
			if c2, ok := digitWordByte(lowerWord(b2[:], s, f+1, g)); ok && c2 != '0' && g-(f+1) > 2 {
				ds[1] = c2
				return g, ds, 2
			}
		}
		return f, ds, 2
	}
	return e, ds, 1
}

// spelledDigitsEnd reads digit words from q ("empat delapan dua …") and
// returns where they end and how many there are.
func (sc *scanner) spelledDigitsEnd(q int) (int, int) {
	s := sc.s
	end, n := q, 0
	for n < maxDigits {
		e := wordEnd(s, q)
		if e == q || e-q >= len(sc.buf) {
			break
		}
		if _, ok := digitWordByte(lowerWord(sc.buf[:], s, q, e)); !ok {
			break
		}
		end, n = e, n+1
		q = e
		for q < len(s) && q-e < 2 && (s[q] == ' ' || s[q] == ',' || s[q] == '-') {
			q++
		}
	}
	return end, n
}

// lookAlikes reports whether w holds only letters people type for digits:
// O and o for 0, I and l for 1.
func lookAlikes(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c != 'O' && c != 'o' && c != 'I' && c != 'l' && c != 'i' {
			return false
		}
	}
	return true
}

// lookAlikeGroup reports whether the group at q, up to the next blank or
// mark, is digits and look-alike letters with a digit among them.
func lookAlikeGroup(s string, q int) bool {
	digit := false
	for ; q < len(s) && isAlnum(s[q]); q++ {
		switch {
		case isDigit(s[q]):
			digit = true
		case !lookAlikes(s[q : q+1]):
			return false
		}
	}
	return digit
}

// lookAlikeNumber handles a number typed with look-alike letters for some
// of its digits ("O812-3456-7890", "3l7lOll7O845OOOl"): the token around
// i, read with those letters as digits, must be a mobile number or a
// valid NIK, and most of it digits. It returns the token's end or 0.
func (sc *scanner) lookAlikeNumber(i int) int {
	s := sc.s
	st := i
	for st > 0 && (isDigit(s[st-1]) || lookAlikes(s[st-1:st]) || (s[st-1] == '-' || s[st-1] == '.' || s[st-1] == ' ') && st > 1 && isDigit(s[st-2])) {
		st--
	}
	// From the token's start, then from each group in it: the longest
	// that reads as a number, as the groups before it may become a value
	// of their own ("020000000.6281000.I000").
	for p := st; p <= i; p++ {
		if p > st && s[p-1] != '-' && s[p-1] != '.' && s[p-1] != ' ' {
			continue
		}
		if e := sc.lookAlikeFrom(p, i); e > 0 {
			return e
		}
	}
	return 0
}

// lookAlikeFrom reads a number with look-alike letters that starts at st
// and ends after i, the letters the main pass is at: one that ends before
// them was passed over, and going back to it would never end
// ("0o000028000.0.81I0628000.0.6281I062810000.00I0628102").
func (sc *scanner) lookAlikeFrom(st, i int) int {
	s := sc.s
	if st > 0 && isAlnum(s[st-1]) {
		return 0
	}
	if n := len(sc.ents); n > 0 && sc.ents[n-1].start <= st && sc.ents[n-1].end > st {
		return 0 // in a value found already (the coordinates after the token are found first)
	}
	var d [maxDigits]byte
	// The token may go on past a '-' or a '.' into another number
	// ("6281000o000.62810000000"): where it does, the part before is
	// tried too, as the next pass reads it once the rest is replaced.
	type cut struct{ e, nd, letters int }
	var cuts [maxDigits]cut // every cut: a value replaced after one is read from its cut on the next pass
	ncut := 0
	nd, letters, e := 0, 0, st
	for ; e < len(s) && nd < len(d); e++ {
		c := s[e]
		switch {
		case isDigit(c):
			d[nd] = c
		case c == 'O' || c == 'o':
			d[nd], letters = '0', letters+1
		case c == 'I' || c == 'l' || c == 'i':
			d[nd], letters = '1', letters+1
		case (c == 'B' || c == 'S') && e > st && isDigit(s[e-1]) && e+1 < len(s) && isDigit(s[e+1]):
			// A scan's 8 and 5, between digits only: "TELP:O81326B8454".
			d[nd], letters = '8', letters+1
			if c == 'S' {
				d[nd] = '5'
			}
		case (c == '-' || c == '.') && e+1 < len(s) && (isDigit(s[e+1]) || lookAlikes(s[e+1:e+2])),
			c == ' ' && e+2 < len(s) && (isDigit(s[e+1]) || lookAlikes(s[e+1:e+2]) && lookAlikeGroup(s, e+1)):
			// Groups apart by a space too ("0812 3456 789O"); a letter
			// after the space only in a group with a digit ("… 7890 I",
			// but "3173 0514 0795 OOO3").
			if ncut < len(cuts) {
				cuts[ncut] = cut{e, nd, letters}
				ncut++
			}
			continue
		default:
			goto done
		}
		nd++
	}
done:
	ctx := sc.context(st)
	if !(e < len(s) && isAlnum(s[e])) {
		if k := lookAlikeKind(d[:nd], letters, ctx); k != "" && e > i {
			sc.add(k, st, e)
			return e
		}
	}
	for c := ncut - 1; c >= 0 && cuts[c].e > i; c-- {
		if k := lookAlikeKind(d[:cuts[c].nd], cuts[c].letters, ctx); k != "" {
			sc.add(k, st, cuts[c].e)
			return cuts[c].e
		}
	}
	return 0
}

// lookAlikeKind classifies the digits v of a number typed with some
// look-alike letters (letters of them): a mobile number or a valid NIK,
// with more letters than digits only after the keyword that names it.
func lookAlikeKind(v []byte, letters int, ctx ctxClass) Kind {
	switch nd := len(v); {
	case letters == 0:
		return ""
	case isMobile(v, false) && (letters*2 <= nd || ctx == ctxPhone):
		return Phone
	case nikValid(v) && (letters*2 <= nd || ctx == ctxNIK):
		return NIK
	// After the keyword that names it, as the same digits are: "NIK
	// 32O1O12345670OO1", "rek BRI 0l23-0l-0456789-50-2", "npwp
	// 09.254.294.3-407.OOO".
	case ctx == ctxNIK && nd == 16:
		return NIK
	case ctx == ctxNPWP && (nd == 15 || nd == 16):
		return NPWP
	case ctx == ctxBank && nd >= 8 && nd <= 20:
		return BankAccount
	case ctx == ctxGovID && nd >= 8 && nd <= 18:
		return GovID // "NISN : O069794677"
	}
	return ""
}

// lonEnd returns the end of a longitude after the comma of a coordinate
// pair at p ("106.8456", " -73.9857"): up to three digits, a full stop and
// four decimals or more, at most 180. It returns end 0 when there is none,
// and the degrees and the sign.
func lonEnd(s string, p int) (end, lon int, neg bool) {
	if p < len(s) && s[p] == ' ' {
		p++
	}
	if p < len(s) && s[p] == '-' {
		p, neg = p+1, true
	}
	e := readDigits(s, p, 3)
	if e == p || e-p > 3 || e+1 >= len(s) || s[e] != '.' || atoi(s[p:e]) > 180 {
		return 0, 0, false
	}
	f := readDigits(s, e+1, 12)
	if f-e-1 < 4 || f < len(s) && isAlnum(s[f]) {
		return 0, 0, false
	}
	return f, atoi(s[p:e]), neg
}

// phoneOwner finds the name a phone number s[st:end] is labelled with: a
// capitalised given name just before it, alone or with the family name
// after it ("Rina: 0812…", "Budi Santoso - 0812…", "WA Rina 0812…", a
// table's "| Budi | 0812…" or a list's "Budi,0812…"), or
// one in brackets just after it ("0812… (Budi)"). A given name only: "Total:
// 0812…" and "Senin 0812…" name nobody.
func (sc *scanner) phoneOwner(st, end int) {
	s := sc.s
	k := st
	for n := 0; k > 0 && n < 3 && (s[k-1] == ' ' || s[k-1] == ':' || s[k-1] == '-' || s[k-1] == ',' || s[k-1] == '|' || s[k-1] == '/' || s[k-1] == '(' || s[k-1] == '\t' ||
		s[k-1] == '\n' || s[k-1] == '\r' || s[k-1] == '*' || s[k-1] == '~' || s[k-1] == '_'); n++ { // and the line before: "Penerima\nRiska Amelia\n(+62) 878…"; chat's marks: "~Rina~ 0812…"
		k--
	}
	if k < st && k > 3 && s[k-1] == ')' {
		// A place in brackets between the name and the number: "Ani
		// (Solo) 0813…".
		o := strings.LastIndexByte(s[max(0, k-24):k-1], '(')
		if o >= 0 {
			o += max(0, k-24)
			if o > 1 && s[o-1] == ' ' && wordEnd(s, o+1) == k-1 && isUpper(s[o+1]) {
				k = o - 1
			}
		}
	}
	if k < st && k > 1 && isLetter(s[k-1]) { // "Rina", or in capitals "RINA"
		b := k
		for b > 0 && isLetter(s[b-1]) {
			b--
		}
		a := -1
		if isUpper(s[b]) {
			if inSet(s, b, k, fGivenNames) {
				a = b
			}
			if b > 1 && s[b-1] == ' ' && isLetter(s[b-2]) {
				w := b - 1
				for w > 0 && isLetter(s[w-1]) {
					w--
				}
				if isUpper(s[w]) && inSet(s, w, b-1, fGivenNames) {
					a = w // "Budi Santoso - 0812…"
				} else if a == b && isUpper(s[w]) && plainName(s, w, b-1) {
					a = w // "John Tan, +65 …": the family name is a given name too
				}
				if a == w && w > 1 && s[w-1] == ' ' && isLetter(s[w-2]) && (inSet(s, b, k, fGivenNames) || plainName(s, b, k)) {
					v := w - 1
					for v > 0 && isLetter(s[v-1]) {
						v--
					}
					if isUpper(s[v]) && (v == 0 || !isAlnum(s[v-1])) && (inSet(s, v, w-1, fGivenNames) || plainName(s, v, w-1) && inSet(s, w, b-1, fGivenNames)) {
						a = v // a third word of the name before: "Bagas Tas Tan, 6288…" (FuzzRedact), "Maria Theresia Wulan 0812…"
					}
				}
			}
		}
		if a >= 0 && (a == 0 || !isAlnum(s[a-1])) {
			if !(a < sc.entEnd && sc.inValue(a)) {
				sc.add(Person, a, k)
			} else if n := len(sc.ents); n > 1 && sc.ents[n-2].start == a && sc.ents[n-2].end < k &&
				sc.ents[n-2].kind == personIdx && sc.ents[n-1].start >= k {
				// The business's dictionary knew the given name only
				// ("ANDI" of "ANDI YULIANTI 0812…"): the name goes on.
				sc.ents[n-2].end = k
			}
		}
	}
	q := end
	if q < len(s) && s[q] == ' ' {
		q++
	}
	if q+3 < len(s) && s[q] == '(' && isUpper(s[q+1]) {
		e := wordEnd(s, q+1)
		if e < len(s) && s[e] == ')' && inSet(s, q+1, e, fGivenNames) {
			sc.add(Person, q+1, e)
			return
		}
	} else if q+3 < len(s) && (s[q] == '-' || s[q] == '/') && s[q+1] == ' ' && isUpper(s[q+2]) {
		// "0812… - Rudi Hartono", "0812… / RUDI": a given name first.
		if e := wordEnd(s, q+2); inSet(s, q+2, e, fGivenNames) {
			sc.personAfter(q+2, modeCap)
			return
		}
	}
	sc.holderAfter(end) // an e-wallet's holder: "OVO 0812… - Andika Pratama", "(WINDA SARI)"
}

// holderAfter reads the name of an account's holder after its number,
// which ends at end: in brackets ("(Budi Santoso)", "(WINDA SARI)") or
// after a dash or a slash ("- Budi Santoso", "/ Jessica Tanuwijaya"), a
// name alone up to the bracket or the end of its clause (see recordName).
func (sc *scanner) holderAfter(end int) {
	s := sc.s
	q := end
	if q < len(s) && s[q] == ' ' {
		q++
	}
	if q+3 >= len(s) {
		return
	}
	bracket, line, spaced := false, false, false
	switch {
	case s[q] == '(':
		q, bracket = q+1, true
	case (s[q] == '-' || s[q] == '/') && s[q+1] == ' ':
		q += 2
	case s[q] == '\n' || s[q] == '\r' && s[q+1] == '\n':
		// The holder on the line after, as m-banking prints it:
		// "BCA - 5270123456\nSiti Nurhaliza", a name alone on its line.
		for q < len(s) && (s[q] == '\n' || s[q] == '\r' || s[q] == ' ') {
			q++
		}
		line = true
	case q > end && isLetter(s[q]):
		spaced = true // "CP 081234567890 Rahma", "rek BRI 0123… nurul"
	default:
		return
	}
	if q < len(s) && isLower(s[q]) && (bracket || spaced) {
		// In lowercase, common given names only, up to the bracket or
		// the end of the clause: "(budi santoso)", "… nurul".
		e := q
		for w := 0; w < 3; w++ {
			f := nameTokenEnd(s, e)
			if f == e || !inSet(s, e, f, fGivenNames) {
				return
			}
			e = f
			if e+1 < len(s) && s[e] == ' ' && isLower(s[e+1]) {
				e++
				continue
			}
			break
		}
		if bracket && (e >= len(s) || s[e] != ')') || spaced && e < len(s) && s[e] != '\n' && s[e] != '.' && s[e] != ',' && s[e] != '!' {
			return
		}
		sc.add(Person, q, e)
		return
	}
	if q >= len(s) || !isUpper(s[q]) {
		return
	}
	if spaced {
		// A capitalised name right after the number: a common given
		// name first, to the end of the clause.
		if e := nameTokenEnd(s, q); !inSet(s, q, e, fGivenNames) {
			return
		}
		b := q
		for b < len(s) && b-q < 50 && (isLetter(s[b]) && s[b] < utf8.RuneSelf || s[b] == ' ') {
			b++
		}
		for b > q && s[b-1] == ' ' {
			b--
		}
		if b < len(s) && s[b] != '\n' && s[b] != '.' && s[b] != ',' && s[b] != '!' || !recordName(s, q, b, false) {
			return
		}
		sc.add(Person, q, b)
		return
	}
	b := q
	for b < len(s) && b-q < 50 && (isLetter(s[b]) && s[b] < utf8.RuneSelf || s[b] == ' ' || s[b] == '\'' || s[b] == '-') {
		b++
	}
	for b > q && (s[b-1] == ' ' || s[b-1] == '-') {
		b--
	}
	if bracket && (b >= len(s) || s[b] != ')') || !bracket && b < len(s) && isAlnum(s[b]) ||
		line && b < len(s) && s[b] != '\n' && s[b] != '\r' {
		return
	}
	if recordName(s, q, b, false) {
		sc.add(Person, q, b)
	}
}

// letterBefore reports whether the rune before s[i], past ASCII, is a
// letter or a digit: an emoji glued to a number ("📱081234567890") is no
// word the number belongs to. An invalid byte and U+FFFD, which the
// redacted text has in its place, count as letters, as glueStart and
// glueEnd take them.
func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// letterAt is letterBefore for the rune that starts at s[i].
func letterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isAlphaASCII reports whether c is an ASCII letter.
func isAlphaASCII(c byte) bool { return isUpper(c) || isLower(c) }

// postcodeAddress reads a European address whose postcode starts at p and
// ends at pe: a street's capitalised name and its number before, a comma,
// and the city's capitalised name after ("Lindenstraße 42, 10969 Berlin",
// "Schulterblatt 58, 20357 Hamburg"). It returns where the city ends, or 0.
func (sc *scanner) postcodeAddress(p, pe int) int {
	s := sc.s
	n := p - 2 // the house's number ends here
	d := n
	for d > 0 && isDigit(s[d-1]) && n-d < 4 {
		d--
	}
	if d == n || d < 3 || s[d-1] != ' ' || isDigit(s[d-1]) {
		return 0
	}
	w := d - 1 // the street's name ends here
	a := w
	for a > 0 && (isLetter(s[a-1]) || s[a-1] == '-') {
		a--
	}
	if w-a < 4 || !isUpper(s[a]) || a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != ',' && s[a-1] != ':' {
		return 0
	}
	if pe+2 >= len(s) || s[pe] != ' ' || !isUpper(s[pe+1]) {
		return 0
	}
	c := nameTokenEnd(s, pe+1)
	if c-pe-1 < 3 || a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, c) || chatWord(s, a, w) || chatWord(s, pe+1, c) {
		return 0
	}
	if fits, kw, fl := lookupToken(s, a, w); fits && (kw != (keyword{}) || fl != 0) {
		return 0 // a word of the scanner's: "Kamar 12, 2024 …"
	}
	if fits, kw, fl := lookupToken(s, pe+1, c); fits && (kw != (keyword{}) || fl&^fAddrWords != 0) {
		return 0
	}
	sc.add(Address, a, c)
	return c
}
