package redact

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// records finds the name and the birth date in a record of personal data
// typed on one line with its fields apart by " / " or " | ", as people
// answer "kirim data diri ya": "Rina Wulandari / 12-03-1995 / 0857 1122
// 3344 / rina.w@gmail.com". A line of three fields or more is a record
// when one of them is nothing but a value found already that is no name
// (a phone, an e-mail address, a NIK), or its placeholder once redacted;
// then a field that is only a name (two to four capitalised words, or one
// in the first field) is a person, and one that is only a full date with
// a year from 1920 to 2015 is a birth date. Text before a colon in a
// field is its label ("data aku: Rina Wulandari"). A menu before "order
// 0812…" is no record: that field holds more than the phone.
func (sc *scanner) records() {
	s := sc.s
	// Only the lines with a field's separator are read: a long text is
	// mostly other lines.
	for _, c := range [3]byte{'/', '|', '\t'} {
		for k := 0; ; {
			x := strings.IndexByte(s[k:], c)
			if x < 0 {
				break
			}
			k += x
			if k == 0 || k+1 >= len(s) || c != '\t' && (s[k-1] != ' ' || s[k+1] != ' ') {
				k++
				continue
			}
			ls, le := lineAround(s, k, k)
			if c == '\t' {
				sc.record(ls, le, '\t') // cells copied from a spreadsheet: "Sutiyem\t3310…\t08-08-1955"
			} else if c == '/' || !hasFieldSep(s[ls:le], '/') { // a line with both was read for its '/'
				sc.record(ls, le, '/')
			}
			k = le
		}
	}
}

// commaRecord reads the record apart by commas ("Siska Amelia,
// 081234567890, Jl. Kenari 8") that the value sc.ents[k] may be a field
// of, when no line read already (up to done) holds it, and returns the end
// of the last line read. Only a value other than a name that is a whole
// field next to a comma makes a line worth reading, as a record needs
// such a field (see record): commas are common in prose, and reading
// every line with one cost BenchmarkRedact 11 % more instructions (78.4M
// against 70.2M for three passes, callgrind).
func (sc *scanner) commaRecord(k, done int) int {
	s := sc.s
	e := sc.ents[k]
	if e.kind == personIdx || e.start < done {
		return done
	}
	commaAfter := e.end < len(s) && s[e.end] == ','
	commaBefore := e.start >= 2 && s[e.start-2] == ',' && s[e.start-1] == ' '
	startsField := commaBefore || e.start == 0 || s[e.start-1] == '\n' || s[e.start-1] == ':' ||
		e.start >= 2 && s[e.start-1] == ' ' && s[e.start-2] == ':'
	endsField := commaAfter || e.end == len(s) || s[e.end] == '\n' || s[e.end] == '\r'
	if !startsField || !endsField || !commaAfter && !commaBefore {
		return done
	}
	ls, le := lineAround(s, e.start, e.end)
	if !sc.sawSlash || !hasFieldSep(s[ls:le], '/') && !hasFieldSep(s[ls:le], '|') {
		sc.record(ls, le, ',')
	}
	return le
}

// lineAround returns the start and the end of the line that holds
// s[a:b] (b at most the line's end).
func lineAround(s string, a, b int) (ls, le int) {
	ls = strings.LastIndexByte(s[:a], '\n') + 1
	if le = strings.IndexByte(s[b:], '\n'); le < 0 {
		le = len(s)
	} else {
		le += b
	}
	return ls, le
}

// hasFieldSep reports whether s holds c between two spaces.
func hasFieldSep(s string, c byte) bool {
	for k := 0; ; {
		x := strings.IndexByte(s[k:], c)
		if x < 0 {
			return false
		}
		k += x
		if k > 0 && k+1 < len(s) && s[k-1] == ' ' && s[k+1] == ' ' {
			return true
		}
		k++
	}
}

// maxFields is the most fields of a record read.
const maxFields = 8

// record handles the line s[ls:le] (see records), whose fields are apart
// by " / " and " | ", or by ", " when kind is ','.
func (sc *scanner) record(ls, le int, kind byte) {
	s := sc.s
	// The separators, found with the runtime's vectorised search: a line
	// holds one kind of them as a rule.
	var sep [maxFields - 1]int
	ns := 0
	seps := [2]byte{'/', '|'}
	if kind == ',' || kind == '\t' {
		seps = [2]byte{kind, kind}
	}
	for n, c := range seps {
		if n == 1 && c == seps[0] {
			break
		}
		for k := ls; ns < len(sep); k++ {
			x := strings.IndexByte(s[k:le], c)
			if x < 0 {
				break
			}
			k += x
			if k > ls && (s[k-1] == ' ' || c == ',') && k+1 < le && s[k+1] == ' ' || c == '\t' && k > ls && k+1 < le {
				sep[ns] = k
				ns++
			}
		}
	}
	if ns < 2 {
		return
	}
	for a := 1; a < ns; a++ { // both kinds: in order
		for b := a; b > 0 && sep[b-1] > sep[b]; b-- {
			sep[b-1], sep[b] = sep[b], sep[b-1]
		}
	}
	var fs, fe [maxFields]int
	nf := ns + 1
	fs[0], fe[ns] = ls, le
	for k := 0; k < ns; k++ {
		fe[k], fs[k+1] = sep[k], sep[k]+1
	}
	// Which fields hold a value (hold) and which hold one that is no
	// person's name, or a placeholder (other): one pass over the values
	// and one over the line's brackets.
	// The fields without their labels and blanks.
	var ta, tb [maxFields]int
	for f := 0; f < nf; f++ {
		a, b := fs[f], fe[f]
		if c := strings.LastIndexByte(s[a:b], ':'); c >= 0 {
			a += c + 1 // after the field's label
		}
		for a < b && s[a] == ' ' {
			a++
		}
		for b > a && (s[b-1] == ' ' || s[b-1] == '\r') {
			b--
		}
		ta[f], tb[f] = a, b
	}
	// Which fields hold a value (hold), one that is no person's name or a
	// placeholder (other). The line is a record when a field is nothing
	// but a value other than a name, or its placeholder (found): "0857
	// 1122 3344", not "buka jam 9, WA 0812…" after a list of days.
	var hold, other [maxFields]bool
	found := false
	for _, e := range sc.ents {
		if e.start >= fe[nf-1] || e.end <= ls {
			continue
		}
		for f := 0; f < nf; f++ {
			if e.start < fe[f] && fs[f] < e.end {
				hold[f] = true
				if e.kind != personIdx {
					other[f] = true
					found = found || e.start <= ta[f] && e.end >= tb[f] || kind != ',' && e.end >= tb[f] && e.start > ta[f] && wordEnd(s, ta[f])+1 == e.start // and after its label's word: "/ nik 1371… /"
				}
			}
		}
	}
	for k := ls; k < fe[nf-1]; {
		x := strings.IndexByte(s[k:fe[nf-1]], '[')
		if x < 0 {
			break
		}
		k += x
		if e := placeholderEnd(s, k); e > 0 {
			for f := 0; f < nf; f++ {
				if fs[f] <= k && k < fe[f] {
					hold[f], other[f] = true, true
					found = found || k == ta[f] && e == tb[f] && !strings.HasPrefix(s[k:e], "[PERSON_")
				}
			}
		}
		k++
	}
	if !found {
		return
	}
	n := len(sc.ents)
	for f := 0; f < nf; f++ {
		a, b := fs[f], fe[f]
		if other[f] {
			continue
		}
		named := hold[f] // the field holds names only: the dictionary's given name of "FAUZAN SANTOSO"
		a, b = ta[f], tb[f]
		if b-a < 3 {
			continue
		}
		switch {
		case kind == ',' && f > 0 && !named && isLetter(s[a]) && !inSet(s, a, nameTokenEnd(s, a), fGivenNames):
			// Past the first field of a line apart by commas, a name
			// starts with a common given name: "…, 0812…, Kaos Polos"
			// lists a product.
		case recordName(s, a, b, f == 0 || named):
			sc.ents = append(sc.ents, span{personIdx, a, b})
		case kind != ',' && !named && isLower(s[a]):
			// A name in lowercase, as chat types a record: "… / yuliana
			// sari / nik 3578… / 0812…", "… / hj. nurhasanah / jl. …".
			if q := lowerRecordName(s, a, b); q >= 0 && !(q < sc.entEnd && sc.inValue(q)) {
				sc.ents = append(sc.ents, span{personIdx, q, b})
			}
		case named:
		case isDigit(s[a]) && sc.birthDate(a, b):
			sc.ents = append(sc.ents, span{builtinKind(DOB), a, b})
		case kind != ',' && b-a >= 8 && b-a <= 20 && digitsEnd(s, a) == b && s[b-3:b] != "000":
			// A number of its own, a student's or a member's, in a record
			// with another value: "Data: Budi Santoso / 5025211034 / NIK
			// …"; not a round amount ("/ 15000000 /").
			sc.ents = append(sc.ents, span{govIdx, a, b})
		}
	}
	for _, sp := range sc.ents[n:] {
		sc.entEnd = max(sc.entEnd, sp.end)
	}
}

// lowerRecordName returns where the name in lowercase that the field
// s[a:b] holds starts, or -1: one to three words that read as a name (see
// plainLowerName), the first a common given name or after a title or who
// speaks ("hj. nurhasanah", "sy karyati").
func lowerRecordName(s string, a, b int) int {
	q := a
	titled := false
	if w := wordEnd(s, q); w < b {
		var t [6]byte
		switch string(lowerWord(t[:], s, q, w)) {
		case "hj", "h", "bu", "ibu", "pak", "bpk", "sy", "saya", "aku", "an", "nama", "ortu", "ayah", "ibunya", "ayahnya":
			titled = true
			q = w
			if q < b && s[q] == '.' {
				q++
			}
			for q < b && s[q] == ' ' {
				q++
			}
		}
	}
	if q >= b || !isLower(s[q]) {
		return -1
	}
	words := 0
	for k := q; k < b; words++ {
		e := wordEnd(s, k)
		if e == k || words == 3 || !isASCII(s[k:e]) {
			return -1
		}
		if given := inSet(s, k, e, fGivenNames) && (words > 0 || !ambiguousGiven(s, k, e)); words == 0 && !given && !titled || !given && !plainLowerName(s, k, e) {
			return -1
		}
		if e == b {
			return q
		}
		if s[e] != ' ' {
			return -1
		}
		k = e + 1
	}
	return -1
}

// recordName reports whether s[a:b] is a name alone: two to four words of
// letters (or one, when one is enough or it is a common given name), each
// capitalised, all in title case or all in capitals, none a keyword or a
// common, role, place or address word.
func recordName(s string, a, b int, one bool) bool {
	words, caps := 0, false
	for q := a; q < b; {
		e := nameTokenEnd(s, q)
		if e == q || e > b || e-q < 2 || !isUpper(s[q]) {
			return false
		}
		allCaps := isUpper(s[q+1])
		if words > 0 && allCaps != caps {
			return false
		}
		caps = allCaps
		for k := q + 1; k < e; k++ {
			if isLetter(s[k]) && isUpper(s[k]) != allCaps && s[k-1] != '-' && s[k-1] != '\'' && !(k == q+2 && s[q] == 'M' && s[q+1] == 'c' || k == q+3 && s[q] == 'M' && s[q+1] == 'a' && s[q+2] == 'c') {
				return false // but "Santoso-Wijaya", "O'Brien", "McGrath", "MacLeod"
			}
		}
		// Each part of a hyphenated word too: "INV-XXXX" is an invoice
		// number, whose keyword names the number after it.
		for m := q; m < e; {
			n := m
			for n < e && s[n] != '-' && s[n] != '\'' {
				n++
			}
			if n-m == 1 && m > q && s[m-1] == '\'' {
				m = n + 1 // a letter after an apostrophe: "Rifa'i", "Ma'ruf"
				continue
			}
			fits, kw, fl := lookupToken(s, m, n)
			if !fits || kw != (keyword{}) || fl&(fStopWords|fCapStop|fRoleWords|fAbortWords) != 0 ||
				fl&fAddrWords != 0 && fl&fGivenNames == 0 { // "Indah" is a name too
				return false
			}
			m = n + 1
		}
		words++
		if e == b {
			break
		}
		if s[e] != ' ' || words == 4 {
			return false
		}
		q = e + 1
	}
	return words >= 2 || words == 1 && (one || inSet(s, a, b, fGivenNames))
}

// birthDate reports whether s[a:b] is a full date alone whose year could
// be a living adult's birth year.
func (sc *scanner) birthDate(a, b int) bool {
	s := sc.s
	if sc.parseDate(a, false) != b {
		return false
	}
	for k := a; k < b; {
		if !isDigit(s[k]) {
			k++
			continue
		}
		e := readDigits(s, k, 8)
		if e-k == 4 {
			y := atoi(s[k:e])
			return y >= 1920 && y <= 2015
		}
		k = e
	}
	return false
}

// headerSep reports whether the word s[i:j] ("nama", "name") is a cell of
// a table's header line: the whole cell, or its first word with one or two
// more ("nama lengkap", "Name (as in ID)" is not), between separators of
// one kind (',', ';', '|' or a tab), in a line of at least two cells and
// with no digit. It returns the separator, or 0.
func headerSep(s string, i, j int) byte {
	ls, le := lineAround(s, i, j)
	if le-ls > 200 {
		return 0
	}
	var sep byte
	for _, c := range [...]byte{'|', '\t', ';', ','} {
		if strings.IndexByte(s[ls:le], c) >= 0 {
			sep = c
			break
		}
	}
	if sep == 0 {
		return 0
	}
	// The cell holding the word: from the separator before it to the one
	// after, blanks, quotes and stars aside.
	a := i
	for a > ls && (s[a-1] == ' ' || s[a-1] == '"' || s[a-1] == '*') {
		a--
	}
	if a > ls && s[a-1] != sep {
		return 0
	}
	b := j
	var lw [12]byte
	for words := 0; b < le && s[b] != sep; {
		c := s[b]
		switch {
		case c == ' ' || c == '"' || c == '*' || c == '_':
			b++
		case isLetter(c):
			e := wordEnd(s, b)
			if words == 2 || e-b > len(lw) || !personLabels[string(lowerWord(lw[:], s, b, e))] {
				return 0 // "nama produk" names no person
			}
			b = e
			words++
		default:
			return 0
		}
	}
	if a == ls && b == le {
		return 0
	}
	for k := ls; k < le; k++ {
		if isDigit(s[k]) && (k == ls || s[k-1] != '_') {
			return 0
		}
		if isLetter(s[k]) && (k == ls || !isLetter(s[k-1])) {
			if e := wordEnd(s, k); e-k <= len(lw) && goodsColumns[string(lowerWord(lw[:], s, k, e))] {
				return 0 // a price list's: "nama,harga,stok"
			}
		}
	}
	return sep
}

// personLabels are the words a header's cell may add to "nama" or "name"
// for a column of people's names ("nama lengkap", "Nama Pelanggan").
var personLabels = setOf("lengkap", "pelanggan", "customer", "penerima", "pemesan", "pembeli", "karyawan",
	"pegawai", "siswa", "murid", "peserta", "pasien", "anggota", "member", "tamu", "guest", "ortu", "wali",
	"ayah", "ibu", "full", "first", "last", "given", "employee", "student", "participant", "patient", "contact",
	"kontak", "pemilik", "owner", "driver", "kurir", "sales", "staf", "staff", "mahasiswa", "jamaah", "jemaah",
	"pelanggar", "didik", "penumpang", "pengirim", "pemohon", "suami", "istri", "anak", "nasabah", "debitur",
	"pelapor", "terlapor", "saksi", "pengantin", "mempelai", "calon", "kepala", "keluarga", "pasangan", "penyewa",
	"penghuni", "penjamin", "peminjam", "pendaftar", "pewaris", "waris", "ahli", "almarhum", "almarhumah")

// goodsColumns are the header words of a table of goods, whose "nama"
// column names products: "nama,harga,stok".
var goodsColumns = setOf("harga", "price", "stok", "stock", "qty", "sku", "produk", "product", "barang", "menu",
	"item", "items", "satuan", "unit", "varian", "variant", "kategori", "category", "berat", "weight", "ukuran", "size")

// nameColumn reads the table under the header that sc.nameCol found: in
// each line after it with as many separators, the cell in the name's
// column is a person when it is a name alone ("nama,hp\nPaiman,0812…").
// A line of dashes (a Markdown table's) is passed over; a line with
// another count of cells ends the table.
func (sc *scanner) nameColumn() {
	s, sep := sc.s, sc.nameSep
	h := sc.nameCol - 1
	ls := strings.LastIndexByte(s[:h], '\n') + 1
	le := strings.IndexByte(s[h:], '\n')
	if le < 0 {
		return
	}
	le += h
	cells := strings.Count(s[ls:le], string(sep))
	col := strings.Count(s[ls:h], string(sep))
	n := len(sc.ents)
	for p := le + 1; p < len(s); {
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			e = len(s)
		} else {
			e += p
		}
		line := s[p:e]
		if strings.Trim(line, "|-: \r") == "" && len(line) > 0 {
			p = e + 1
			continue // "|---|---|"
		}
		if strings.Count(line, string(sep)) != cells {
			break
		}
		a := p
		for c := 0; c < col; c++ {
			a += strings.IndexByte(s[a:e], sep) + 1
		}
		b := a + strings.IndexByte(s[a:e], sep)
		if b < a {
			b = e
		}
		for a < b && (s[a] == ' ' || s[a] == '"' || s[a] == '\t') {
			a++
		}
		for b > a && (s[b-1] == ' ' || s[b-1] == '"' || s[b-1] == '\r' || s[b-1] == '\t') {
			b--
		}
		if b-a >= 3 && !sc.inAnyValue(a, b) && recordName(s, a, b, true) {
			sc.ents = append(sc.ents, span{personIdx, a, b})
		}
		if e == len(s) {
			break
		}
		p = e + 1
	}
	for _, sp := range sc.ents[n:] {
		sc.entEnd = max(sc.entEnd, sp.end)
	}
}

// inAnyValue reports whether a value found already overlaps s[a:b].
func (sc *scanner) inAnyValue(a, b int) bool {
	for _, e := range sc.ents {
		if e.start < b && a < e.end {
			return true
		}
	}
	return false
}

// nikDates finds the birth dates that a NIK in the text spells out: its
// digits 7 to 12 are its holder's birth date (DDMMYY, the day plus 40 for
// a woman), so a date written the same way elsewhere in the text is that
// person's, whatever labels it: a KK's row ("| RETNO WULANDARI |
// 3113256712860018 | PEREMPUAN | JAKARTA TIMUR | 27-12-1986 |"), a KTP's
// line ("EUIS … 3202285802750038 BANDUNG 18.02.1975"). The main pass
// noted where a run of three groups of digits starts (sc.dateAt); past
// eight of them, the whole text is read.
func (sc *scanner) nikDates() {
	s := sc.s
	var dates [8]uint32
	nd := 0
	for _, sp := range sc.ents {
		if sp.kind != nikIdx || nd == len(dates) {
			continue
		}
		var d [16]byte
		n := 0
		for k := sp.start; k < sp.end && n < len(d); k++ {
			if isDigit(s[k]) {
				d[n] = s[k]
				n++
			}
		}
		if n != 16 {
			continue
		}
		day := atoiB(d[6:8])
		if day > 40 {
			day -= 40
		}
		dates[nd] = uint32(day)<<16 | uint32(atoiB(d[8:10]))<<8 | uint32(atoiB(d[10:12]))
		nd++
	}
	if nd == 0 {
		return
	}
	if sc.nDates <= len(sc.dateAt) {
		for _, k := range sc.dateAt[:sc.nDates] {
			sc.nikDate(dates[:nd], int(k))
		}
		return
	}
	for k := 0; k < len(s); {
		for len(s)-k >= 8 {
			// Eight bytes at a time to the next digit (see swar.go).
			d := ^nonDigit8(load8(s[k:])) & msb8
			if d != 0 {
				k += bits.TrailingZeros64(d) >> 3
				break
			}
			k += 8
		}
		if k >= len(s) || !isDigit(s[k]) {
			k++
			continue
		}
		k = sc.nikDate(dates[:nd], k)
	}
}

// nikDate reads the run of digits at k as a date, day first, with its
// groups apart by one mark ('-', '/' or '.'), and adds it as a birth date
// when it is one of dates (day<<16 | month<<8 | year%100) and no value
// holds it. It returns where the run it read ends.
func (sc *scanner) nikDate(dates []uint32, k int) int {
	s := sc.s
	e1 := digitsEnd(s, k)
	if k > 0 && (isAlnum(s[k-1]) || s[k-1] == '-' || s[k-1] == '/' || s[k-1] == '.') {
		return e1
	}
	if e1-k > 2 || e1+1 >= len(s) || s[e1] != '-' && s[e1] != '/' && s[e1] != '.' {
		return e1 // past the whole run: a NIK's sixteen digits are one step
	}
	e2 := digitsEnd(s, e1+1)
	if e2-e1-1 < 1 || e2-e1-1 > 2 || e2+1 >= len(s) || s[e2] != s[e1] {
		return e2
	}
	e3 := digitsEnd(s, e2+1)
	if n := e3 - e2 - 1; n != 2 && n != 4 || e3 < len(s) && (isAlnum(s[e3]) || (s[e3] == s[e1]) && e3+1 < len(s) && isDigit(s[e3+1])) {
		return e3
	}
	v := uint32(atoi(s[k:e1]))<<16 | uint32(atoi(s[e1+1:e2]))<<8 | uint32(atoi(s[e3-2:e3]))
	for _, dv := range dates {
		if dv == v && !sc.overlaps(k, e3) {
			sc.add(DOB, k, e3)
			break
		}
	}
	return e3
}

// fieldNames reads the names that open the fields of a line apart by
// " | ", " ; " or " / ", each followed by what is said of the person: a
// dash and more ("Sugianto – Jl. Mawar 5 ; Lenny – Jl. Melati 7", "Sopian
// – perpanjang STNK … / Tjandra – balik nama …"), or a number and its unit
// ("Sutrisno 12 jam | Paijo 8 jam"). Two fields of the line or more must
// open so, with one to three capitalised words that could be a name (see
// pairWord and recordName): a price list opens its fields with products.
func (sc *scanner) fieldNames() {
	s := sc.s
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		sc.lineFieldNames(ls, le)
		ls = le + 1
	}
}

// lineFieldNames is fieldNames for the line s[ls:le].
func (sc *scanner) lineFieldNames(ls, le int) {
	s := sc.s
	if line := s[ls:le]; strings.IndexByte(line, '|') < 0 && strings.IndexByte(line, ';') < 0 && strings.Index(line, " / ") < 0 {
		return // most lines of a long text have no field apart: found at once, byte by byte only where one is
	}
	var starts [12]int
	n := 0
	f := ls
	if c := strings.Index(s[ls:le], ": "); c >= 0 {
		f = ls + c + 2 // past the line's label: "Rekap lembur Februari: Sutrisno …"
	}
	starts[0], n = f, 1
	for q := f; q+2 < le && n < len(starts); q++ {
		if c := s[q]; (c == '|' || c == ';' || c == '/') && q > 0 && (s[q-1] == ' ' || c == ';') && s[q+1] == ' ' {
			starts[n] = q + 2
			n++
		}
	}
	if n < 2 {
		return
	}
	var names [12]span
	found := 0
	for k := 0; k < n; k++ {
		a := skipSpaces(s, starts[k])
		if a >= le || !isUpper(s[a]) {
			continue
		}
		if sc.personAt(a) {
			names[found] = span{personIdx, a, a} // found already: nothing to add
			found++
			continue
		}
		e, words := capNameRun(s, a)
		if words == 0 || words > 3 || e > le || !(pairWord(s, a, nameTokenEnd(s, a)) || inSet(s, a, nameTokenEnd(s, a), fGivenNames) && !ambiguousGiven(s, a, nameTokenEnd(s, a))) ||
			!saidOfPerson(s, e, le) || a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, e) || !recordName(s[:e], a, e, true) || businessAfter(s, e, false) {
			continue
		}
		names[found] = span{personIdx, a, e}
		found++
	}
	if found < 2 {
		return
	}
	for _, sp := range names[:found] {
		if sp.end > sp.start {
			sc.add(Person, sp.start, sp.end)
		}
	}
}

// saidOfPerson reports whether what follows a name at e, before le, is
// what a field says of the person: a dash and more, or a number and the
// word of its unit ("12 jam").
func saidOfPerson(s string, e, le int) bool {
	switch {
	case e+3 < le && s[e] == ' ' && s[e+1] == '-' && s[e+2] == ' ':
		return true
	case e+5 < le && s[e] == ' ' && strings.HasPrefix(s[e+1:], "\u2013 "), e+5 < le && s[e] == ' ' && strings.HasPrefix(s[e+1:], "\u2014 "):
		return true
	case e+3 < le && s[e] == ' ' && isDigit(s[e+1]):
		// A person's hours or days, not a product's sales or stock:
		// "Sutrisno 12 jam"; not "Cappuccino 430 terjual".
		d := digitsEnd(s, e+1)
		if d+2 >= le || s[d] != ' ' {
			return false
		}
		var lw [8]byte
		switch string(lowerWord(lw[:], s, d+1, wordEnd(s, d+1))) {
		case "jam", "hari", "menit", "kali", "shift", "sesi", "hours", "days", "hrs":
			return true
		}
	}
	return false
}

// Column kinds of a table's header (see tables).
const (
	colNone = iota
	colName
	colID
	colPassport
	colUnit
	colHandle
	colOther // a column a table of people has, whose cells the other readers read: "HP", "Email", "Umur"
	colGoods // a column a table of goods has: "Harga", "Stok"
)

// columnKind returns what the cells under a table's header cell s[a:b]
// hold, and whether the header names a person's column: "Nama",
// "Pasien", "Penghuni" hold names; "NIK", "NIS", "No RM", "ID", "Paspor"
// a person's number; "Unit" an address; "Nick" a player's handle. A
// row's number ("No") and a product's name ("Nama Produk") are none.
func columnKind(s string, a, b int) (int, bool) {
	var w [16]byte
	lw := lowerWord(w[:], s, a, b)
	switch string(lw) {
	case "nama", "name", "nama lengkap", "full name", "pasien", "patient", "penghuni", "tenant", "peserta",
		"karyawan", "pegawai", "employee", "siswa", "murid", "student", "anggota", "member", "penumpang",
		"passenger", "tamu", "guest", "dokter", "doctor", "pemilik", "owner", "penerima", "pengirim", "nasabah":
		return colName, true
	case "nik", "nis", "nisn", "nip", "nim", "no rm", "rm", "mrn", "id", "nik kary", "nik karyawan", "no ktp", "ktp",
		"no anggota", "no member", "id member", "id pelanggan", "no peserta", "no bpjs", "bpjs", "user id", "uid", "id game":
		return colID, true
	case "paspor", "passport", "no paspor", "passport no":
		return colPassport, true
	case "unit", "kamar", "no unit", "room":
		return colUnit, false
	case "nick", "nickname", "username", "ign", "ig", "instagram":
		return colHandle, true
	case "hp", "no hp", "telp", "telepon", "phone", "wa", "email", "e-mail", "umur", "usia", "age", "alamat", "address",
		"jabatan", "kelas", "jam", "tgl lahir", "ttl", "gaji", "gaji pokok", "jumlah", "status", "keterangan", "ket", "wali":
		return colOther, false
	case "harga", "price", "stok", "stock", "qty", "sku", "produk", "product", "barang", "item", "terjual", "sold", "varian",
		"ukuran", "size", "warna", "color", "berat", "subtotal", "total", "diskon", "kategori", "category", "menu", "satuan":
		return colGoods, false
	}
	return colNone, false
}

// tables reads a table apart by '|' whose first row is its header: the
// cells under a column of names, of a person's numbers, of units or of
// handles, row by row, rows apart by lines or, as a table flattened onto
// one line, by " / ": "Pasien | No RM | Dokter / Yohana Wenda |
// RM-330192 | dr. Markus Kogoya". A header must name a person's column.
func (sc *scanner) tables() {
	for from := 0; from < len(sc.s); {
		from = sc.table(from)
	}
}

// table reads the first table with a header at or after from, and
// returns where it ends, or the text's end when none is left.
func (sc *scanner) table(from int) int {
	s := sc.s
	h := strings.IndexByte(s[from:], '|')
	if h < 0 {
		return len(s)
	}
	h += from
	// The header's row: from the line's start, or past a label's colon.
	hs := strings.LastIndexByte(s[:h], '\n') + 1
	if c := strings.LastIndex(s[hs:h], ": "); c >= 0 {
		hs += c + 2
	}
	he := len(s)
	flat := false
	if k := strings.IndexByte(s[h:], '\n'); k >= 0 {
		he = h + k
	}
	next := he // where the next table may start: the next line
	if k := strings.Index(s[h:he], " / "); k >= 0 {
		he, flat = h+k, true
	}
	var kinds [12]int
	var cells [12]span
	n, known, person, personal := 0, 0, false, false
	for q := hs; q <= he && n < len(kinds); {
		e := q
		for e < he && s[e] != '|' {
			e++
		}
		a, b := trimCell(s, q, e)
		if a < b {
			for k := a; k < b; k++ {
				if !isLetter(s[k]) && s[k] != ' ' && s[k] != '.' {
					return next // a header's cells are words
				}
			}
			k, p := columnKind(s, a, b)
			if k == colGoods {
				return next // a table of goods: "ID | Nama | Stok"
			}
			kinds[n], cells[n] = k, span{0, a, b}
			n++
			if k != colNone {
				known++
			}
			person = person || k == colName || k == colHandle
			personal = personal || p
		} else if q > hs && e < he {
			return next // an empty cell inside
		}
		q = e + 1
	}
	if n < 2 || known < 2 || !person || !personal {
		return next // and a record's label and value: "Nama | Budi Santoso"
	}
	// The header's other words are no names: "NIS | Nama | UTS | UAS". A
	// name of several words or a given name in it makes it no header: its
	// placeholder would next pass (FuzzRedact).
	for _, sp := range sc.ents {
		if sp.start < he && sp.end > hs && !(sp.kind == personIdx && sp.start >= hs && sp.end <= he && oneWordCell(s, sp, cells[:n])) {
			return next
		}
	}
	out := sc.ents[:0]
	for _, sp := range sc.ents {
		if !(sp.kind == personIdx && sp.start >= hs && sp.end <= he && oneWordCell(s, sp, cells[:n])) {
			out = append(out, sp)
		}
	}
	sc.ents = out
	// The rows after it, to the line's end when flattened onto it.
	for r := he; r < len(s); {
		if flat {
			if s[r] != ' ' {
				return r // the line's end
			}
			r += 3 // " / "
		} else {
			r++
		}
		re := len(s)
		if k := strings.IndexByte(s[r:], '\n'); k >= 0 {
			re = r + k
		}
		if flat {
			if k := strings.Index(s[r:re], " / "); k >= 0 {
				re = r + k
			}
		}
		if strings.IndexByte(s[r:re], '|') < 0 {
			return r
		}
		sc.tableRow(r, re, kinds[:n])
		r = re
	}
	return len(s)
}

// oneWordCell reports whether sp is a header's cell of one word that is
// no common given name.
func oneWordCell(s string, sp span, cells []span) bool {
	for _, c := range cells {
		if c.start == sp.start && c.end == sp.end {
			return strings.IndexByte(s[c.start:c.end], ' ') < 0 && !inSet(s, c.start, c.end, fGivenNames)
		}
	}
	return false
}

// trimCell returns the cell s[q:e] without its blanks.
func trimCell(s string, q, e int) (int, int) {
	for q < e && (s[q] == ' ' || s[q] == '\t') {
		q++
	}
	for e > q && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	return q, e
}

// tableRow reads the row s[r:re] under a header whose columns hold kinds.
func (sc *scanner) tableRow(r, re int, kinds []int) {
	s := sc.s
	col := 0
	for q := r; q <= re && col <= len(kinds); {
		e := q
		for e < re && s[e] != '|' {
			e++
		}
		a, b := trimCell(s, q, e)
		if a == b {
			if q == r || e == re {
				q = e + 1
				continue // a row's outer bars: "| 1 | Gunawan | … |"
			}
		}
		if col >= len(kinds) {
			return // more cells than the header has: no row of it
		}
		if a < b && b-a <= 40 && s[a] != '[' && !(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, b) {
			switch kinds[col] {
			case colName:
				if isUpper(s[a]) && tokenKeyword(s, a, wordEnd(s, a)) == (keyword{}) {
					if e2, words := capNameRun(s, a); words > 0 && e2 == b && recordName(s[:b], a, b, true) {
						sc.add(Person, a, b)
					}
				}
			case colID, colPassport, colUnit:
				if codeCell(s, a, b) {
					switch kinds[col] {
					case colID:
						sc.add(GovID, a, b)
					case colPassport:
						sc.add(Passport, a, b)
					default:
						sc.add(Address, a, b)
					}
				}
			case colHandle:
				if strings.IndexByte(s[a:b], ' ') < 0 && b-a >= 3 {
					sc.add(Handle, a, b)
				}
			}
		}
		col++
		q = e + 1
	}
}

// codeCell reports whether s[a:b] is a code with a digit: capitals,
// digits and the marks between them, "RM-330192", "C2233445", "2311".
func codeCell(s string, a, b int) bool {
	digit := false
	for k := a; k < b; k++ {
		c := s[k]
		switch {
		case isDigit(c):
			digit = true
		case isUpper(c), (c == '-' || c == '.' || c == '/') && k > a && k+1 < b:
		default:
			return false
		}
	}
	return digit
}

// cardWordBefore reports whether a word that asks for a greeting card's,
// a cake's or a label's text stands in the few words before the quote at
// q: "kartu ucapannya tulis \"…\"", "Tulis di label \"…\"", "Kartu: \"…\"".
func cardWordBefore(s string, q int) bool {
	a := q - 32
	if a < 0 {
		a = 0
	}
	for k := q - 1; k > a; {
		for k > a && !isLetter(s[k]) {
			k--
		}
		e := k + 1
		for k > a && isLetter(s[k-1]) {
			k--
		}
		var w [10]byte
		switch string(lowerWord(w[:], s, k, e)) {
		case "tulis", "tulisan", "tulisannya", "tuliskan", "ucapan", "ucapannya", "kartu", "kartunya", "label", "labelnya",
			"card", "note", "message", "pesan", "pesannya", "greeting", "write", "tulisin",
			"grafir", "grafirnya", "engrave", "custom", "jersey", "sablon", "bordir", "kalung", "gelang", "cetak":
			return true
		}
		k--
	}
	return false
}

// cardNames reads the names in a greeting card's, a cake's or a gift's
// text in quotes, which the writer dictates: who it is from ("dari rara &
// bintang", "- Dimas"), whom it greets ("HBD Nisa", "Happy 6th Bday Abi",
// "lekas pulih ya Dyah"), a couple ("Tenri & Ardiansyah").
func (sc *scanner) cardNames() {
	s := sc.s
	for q := strings.IndexByte(s, '"'); q >= 0 && q+1 < len(s); {
		c := strings.IndexByte(s[q+1:], '"')
		if c < 0 {
			return
		}
		a, b := q+1, q+1+c
		if cardWordBefore(s, q) {
			sc.cardText(a, b)
		}
		n := strings.IndexByte(s[b+1:], '"')
		if n < 0 {
			return
		}
		q = b + 1 + n
	}
}

// cardText is cardNames for the quoted text s[a:b]: a name alone, a
// common given name anywhere ("Happy Sweet 17 Clarissa", "ADIT ♡ NADIA"),
// and the names after a greeting's words.
func (sc *scanner) cardText(a, b int) {
	s := sc.s
	if e := wholeName(s, a, b); e > 0 && !(a < sc.entEnd && sc.inValue(a)) && !sc.overlaps(a, e) {
		sc.add(Person, a, e) // the quote is the name: "Rosalina", "Bunga Azalea"
		return
	}
	for k := a; k < b; {
		e := wordEnd(s, k)
		if e == k {
			k++
			continue
		}
		if k > a && isAlnum(s[k-1]) {
			k = e
			continue
		}
		if e-k >= 3 && isUpper(s[k]) && (e == b || !isAlnum(s[e])) && !(e+1 < b && s[e] == ' ' && isLower(s[e+1])) && inSet(s, k, e, fGivenNames) && !ambiguousGiven(s, k, e) && !(k < sc.entEnd && sc.inValue(k)) && !sc.overlaps(k, e) {
			sc.add(Person, k, e)
			k = e
			continue
		}
		var w [8]byte
		lw := string(lowerWord(w[:], s, k, e))
		switch {
		case lw == "dari" || lw == "from" || lw == "love":
			f := sc.cardName(e, b, true)
			if f == 0 && e+1 < b {
				f = sc.personEndAt(e + 1) // found already: "dari rara & …"
			}
			if f > e && f+3 < b && (hasPrefixFold(s, f, " & ") || hasPrefixFold(s, f, " dan ")) {
				sc.cardName(f+strings.IndexByte(s[f+1:], ' ')+1, b, true) // "dari rara & bintang"
			}
		case lw == "hbd" || lw == "bday" || lw == "birthday" || lw == "ya" || lw == "dear" || lw == "untuk" || lw == "buat" || lw == "for":
			sc.cardName(e, b, false)
		}
		if k > a+1 && s[k-1] == ' ' && (s[k-2] == '-' || s[k-2] == '&') {
			if f := sc.cardName(k-1, b, s[k-2] == '-'); f > 0 && s[k-2] == '&' && k >= a+4 {
				if p := wordStart(s, k-3); p < k-3 && isUpper(s[p]) {
					sc.cardName(p-1, b, false) // the couple's first: "Tenri & Ardiansyah"
				}
			}
		}
		k = e
	}
}

// wholeName returns b when s[a:b] is one to three capitalised words that
// could be a name and nothing else, or 0.
func wholeName(s string, a, b int) int {
	words := 0
	for q := a; q < b; words++ {
		e := nameTokenEnd(s, q)
		if e == q || words == 3 || !isUpper(s[q]) || e-q < 3 || chatWord(s, q, e) || !recordName(s[:e], q, e, true) && !inSet(s, q, e, fGivenNames) {
			return 0
		}
		if e == b {
			return b
		}
		if s[e] != ' ' {
			return 0
		}
		q = e + 1
	}
	return 0
}

// cardName reads one or two words of a name at j+1, before b: capitalised,
// or with lower set any that reads as a name in lowercase too (see
// lowerNameWord); it returns where the name ends, or 0.
func (sc *scanner) cardName(j, b int, lower bool) int {
	s := sc.s
	q := j + 1
	if j >= b || s[j] != ' ' || q >= b || !isLetter(s[q]) || s[q] >= 0x80 {
		return 0
	}
	e := q
	for w := 0; w < 2; w++ {
		f := wordEnd(s, e)
		if f-e < 3 || f > b || f < b && isAlnum(s[f]) {
			break
		}
		if isUpper(s[e]) {
			if !recordName(s[:f], e, f, true) || chatWord(s, e, f) {
				break
			}
		} else if !lower || !lowerCardName(s, e, f) {
			break
		}
		e = f
		if e+2 >= b || s[e] != ' ' || isUpper(s[q]) != isUpper(s[e+1]) {
			break
		}
		e++
	}
	for e > q && s[e-1] == ' ' {
		e--
	}
	if e == q || q < sc.entEnd && sc.inValue(q) || sc.overlaps(q, e) {
		return 0
	}
	sc.add(Person, q, e)
	return e
}

// lowerCardName reports whether the word s[e:f] in lowercase may be a
// name in a card's text: as lowerNameWord, but a word that is a name and
// a word too passes ("bintang"), as the card signs with it.
func lowerCardName(s string, e, f int) bool {
	fits, kw, fl := lookupToken(s, e, f)
	return fits && kw == (keyword{}) && fl&(fStopWords|fCapStop|fRoleWords|fAbortWords|fAddrWords|fFamily|fUnitWords) == 0 &&
		!chatWord(s, e, f) && !businessWord(s, e, f) && !(lowerASCII(s[f-3]) == 'n' && lowerASCII(s[f-2]) == 'y' && lowerASCII(s[f-1]) == 'a')
}

// personEndAt returns where the name found that starts at q ends, or 0.
func (sc *scanner) personEndAt(q int) int {
	for _, sp := range sc.ents {
		if sp.kind == personIdx && sp.start == q {
			return sp.end
		}
	}
	return 0
}

// lowerNameList reads a list of people in lowercase, one word each, apart
// by commas, after a label's colon, as chat types a team or a roster: "yg
// ikut futsal kamis: rendy, bagus, ilham, ferdi, sandi, yoga, tommy".
// Three items or more, two of them common given names that are no words
// too; then every item that reads as a name is one.
func (sc *scanner) lowerNameList() {
	s := sc.s
	for from, tries := strings.IndexByte(s, ':'), 0; tries < 12; {
		c := strings.IndexByte(s[from:], ',')
		if c < 0 {
			return
		}
		c += from
		if c == 0 || !isLower(s[c-1]) || c+2 >= len(s) || s[c+1] != ' ' || !isLower(s[c+2]) {
			from = c + 1 // the usual comma: after a capitalised word, a number, a value
			continue
		}
		tries++ // a long text's clauses: a dozen looks at most
		a := c
		for a > 0 && isLower(s[a-1]) {
			a--
		}
		if c-a < 3 || a > 0 && isAlnum(s[a-1]) || a > 0 && s[a-1] >= utf8.RuneSelf {
			from = c + 2
			continue
		}
		// The items first counted, then read: most commas part two
		// clauses, not three names.
		n, end := 0, a
		for q := a; q >= 0 && n < 16; {
			e := lowerItemEnd(s, q)
			if e < 0 {
				break
			}
			n, end = n+1, e
			q = nextItem(s, e)
		}
		if n >= 3 {
			given := 0
			for q := a; q >= 0 && q < end; q = nextItem(s, lowerItemEnd(s, q)) {
				if e := lowerItemEnd(s, q); inSet(s, q, e, fGivenNames) && !ambiguousGiven(s, q, e) {
					given++
				}
			}
			if given >= 2 {
				for q := a; q >= 0 && q < end; {
					e := lowerItemEnd(s, q)
					if (lowerCardName(s, q, e) || inSet(s, q, e, fGivenNames)) && !(q < sc.entEnd && sc.inValue(q)) && !sc.overlaps(q, e) {
						sc.add(Person, q, e)
					}
					q = nextItem(s, e)
				}
			}
		}
		from = c + 2
		if n > 1 {
			from = end
		}
	}
}

// lowerItemEnd returns the end of a list's item at q, one word of three
// to twelve letters in lowercase and nothing glued on, or -1.
func lowerItemEnd(s string, q int) int {
	e := q
	for e < len(s) && isLower(s[e]) {
		e++
	}
	if e-q < 3 || e-q > 12 || e < len(s) && (isAlnum(s[e]) || s[e] >= utf8.RuneSelf || s[e] == '@' || s[e] == '_' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) {
		return -1
	}
	return e
}

// nextItem returns where the list's next item starts after the one that
// ends at e, past ", ", " dan " or " & ", or -1.
func nextItem(s string, e int) int {
	switch {
	case e < 0:
		return -1
	case hasPrefixFold(s, e, ", "):
		return e + 2
	case hasPrefixFold(s, e, " dan "):
		return e + 5
	case hasPrefixFold(s, e, " & "):
		return e + 3
	}
	return -1
}

// speakerLines reads the speakers of a conversation pasted as lines of
// "Name: what they said", with no time before them: "Sarah W: guys
// who's coming? / Bobby Tanuwijaya: me + wife / Kenji: count me in".
// Two such lines or more make it a conversation; a speaker is one to
// three capitalised words that read as a name, no keyword, no word of
// chat, no form's label.
func (sc *scanner) speakerLines() {
	s := sc.s
	var found [12]span
	n, lines, seen := 0, 0, 0
	for ls := 0; ls < len(s) && n < len(found) && (lines > 0 || seen < 4); seen++ {
		le := len(s)
		next := len(s)
		if k := strings.IndexByte(s[ls:], '\n'); k >= 0 {
			le, next = ls+k, ls+k+1
		}
		if k := strings.Index(s[ls:le], " / "); k >= 0 {
			le, next = ls+k, ls+k+3
		}
		q := ls
		for q < le && s[q] == ' ' {
			q++
		}
		if c := strings.Index(s[q:le], ": "); c > 0 && c <= 40 && isUpper(s[q]) {
			e := q + c
			w := wordEnd(s, q)
			if !chatWord(s, q, w) && tokenKeyword(s, q, w) == (keyword{}) && !labelWord(s, q, w) && strings.Count(s[q:e], " ") <= 2 {
				lines++
				f := e
				if f-q >= 5 && s[f-2] == ' ' && isUpper(s[f-1]) {
					f -= 2 // a name and an initial: "Sarah W"
				}
				if recordName(s[:f], q, f, true) {
					found[n] = span{personIdx, q, e}
					n++
				}
			}
		}
		ls = next
	}
	if lines < 3 || n == 0 {
		return // three lines at least: two may be a form's labels
	}
	for _, sp := range found[:n] {
		if !(sp.start < sc.entEnd && sc.inValue(sp.start)) && !sc.overlaps(sp.start, sp.end) {
			sc.add(Person, sp.start, sp.end)
		}
	}
}

// labelWord reports a document's label that may open a line before a
// colon: "Fwd:", "Subject:", "Manifest:".
func labelWord(s string, a, b int) bool {
	var w [10]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "fwd", "fw", "re", "subject", "subjek", "perihal", "manifest", "ps", "date", "sent", "lampiran", "attachment", "rekap", "info", "update", "notulen", "agenda":
		return true
	}
	return false
}

// fileNames reads a person's name in a file's name, before its extension:
// "CV_Gilang_Ramadhan.pdf", "scan_ktp_budi_santoso.jpeg",
// "Ijazah-Dewi-Lestari.pdf". The name is two words or more apart by '_'
// or '-' of which one is a given name and none a word of chat, or one
// given name that is no word of any kind: not "PO_Toko_Makmur_Jaya.pdf",
// "laporan_penjualan_Q3.xlsx".
func (sc *scanner) fileNames() {
	s := sc.s
	for k := 0; ; {
		d := strings.IndexByte(s[k:], '.')
		if d < 0 {
			return
		}
		d += k
		k = d + 1
		if d < 3 || !fileExt(s, d+1) || !isAlnum(s[d-1]) {
			continue
		}
		a := d
		for a > 0 && (isAlnum(s[a-1]) && s[a-1] < 0x80 || s[a-1] == '_' || s[a-1] == '-') {
			a--
		}
		if a > 0 && (s[a-1] == ']' || s[a-1] == '/' || s[a-1] >= 0x80) {
			continue
		}
		run, given, first := 0, false, a
		for p := a; p <= d; {
			q := p
			for q < d && s[q] != '_' && s[q] != '-' {
				q++
			}
			name := q-p >= 3
			for r := p; r < q && name; r++ {
				name = isLetter(s[r])
			}
			g := name && inSet(s, p, q, fGivenNames)
			if name && !g {
				_, kw, fl := lookupToken(s, p, q)
				name = kw == (keyword{}) && fl == 0 && !chatWord(s, p, q)
			}
			if name {
				if run == 0 {
					first, given = p, false
				}
				run++
				given = given || g
			}
			if !name || q == d {
				end := q
				if !name {
					end = p - 1
				}
				for run > 0 && first == a && first > 2 && s[first-1] == ' ' && isUpper(s[first]) {
					w := asciiWordBefore(s, first-1)
					if w < 0 || !isUpper(s[w]) || w > 0 && isAlnum(s[w-1]) {
						break
					}
					g := inSet(s, w, first-1, fGivenNames)
					if _, kw, fl := lookupToken(s, w, first-1); !g && (kw != (keyword{}) || fl != 0 || chatWord(s, w, first-1)) {
						break
					}
					first, a, run, given = w, w, run+1, given || g // the words before, apart by blanks: "CV Gilang Ramadhan.pdf"
				}
				if run > 0 && given && (run >= 2 || !commonWord(s[first:end])) && !sc.overlaps(first, end) {
					sc.add(Person, first, end)
				}
				run = 0
			}
			p = q + 1
		}
	}
}

// fileExt reports whether a file's extension starts at i and ends its
// token: "pdf", "jpg", "docx"…
func fileExt(s string, i int) bool {
	e := i
	for e < len(s) && e-i < 5 && isLetter(s[e]) && s[e] < 0x80 {
		e++
	}
	if e < len(s) && (isAlnum(s[e]) || s[e] == '_') {
		return false
	}
	var b [5]byte
	switch string(lowerWord(b[:], s, i, e)) {
	case "pdf", "jpg", "jpeg", "png", "heic", "webp", "doc", "docx", "xls", "xlsx", "zip", "rar", "ppt", "pptx", "mp4":
		return true
	}
	return false
}
