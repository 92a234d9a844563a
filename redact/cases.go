package redact

// A court's case number and a police report's number name the person whose
// case it is as surely as their name does, and are written in forms no
// invoice takes: "0456/Pdt.G/2023/PN Bdg", "2201/Pdt.G/2023/PA.Sby",
// "LP/B/2241/VII/2024/SPKT/POLDA METRO JAYA".

// courtCaseEnd returns the end of a court's case number whose first group
// of digits is s[i:q], a '/' at q: the case's register ("Pdt.G", "Pid.B",
// "Pdt.Sus-PHI"), its year and its court ("PN Bdg", "PA.Sby",
// "PN.Jkt.Sel"); or 0.
func courtCaseEnd(s string, i, q int) int {
	if q-i > 5 || q+6 >= len(s) || s[q] != '/' || !(hasPrefixFold(s, q+1, "pdt.") || hasPrefixFold(s, q+1, "pid.")) || i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	k := q + 5
	for k < len(s) && (isAlnum(s[k]) || s[k] == '.' || s[k] == '-') && s[k] < 0x80 {
		k++
	}
	if k == q+5 || k+6 >= len(s) || s[k] != '/' || digitsEnd(s, k+1) != k+5 || s[k+5] != '/' {
		return 0 // the register, then the year: "/Pdt.G/2023/"
	}
	c := k + 6
	e := c
	for e < len(s) && (isAlnum(s[e]) || (s[e] == '.' || s[e] == '-') && e+1 < len(s) && isLetter(s[e+1])) && s[e] < 0x80 {
		e++
	}
	if e-c < 2 || !isUpper(s[c]) {
		return 0
	}
	if e-c <= 4 && upperCount(s, c, e) == e-c && e+3 < len(s) && s[e] == ' ' && isUpper(s[e+1]) {
		// The court's town apart by a blank: "PN Bdg", "PN Jkt.Sel".
		f := e + 2
		for f < len(s) && (isLetter(s[f]) || s[f] == '.' && f+1 < len(s) && isUpper(s[f+1])) && s[f] < 0x80 {
			f++
		}
		if f-(e+1) <= 8 && (f == len(s) || !isAlnum(s[f])) {
			e = f
		}
	}
	return e
}

// policeReportEnd returns the end of a police report's number that starts
// at i with "LP" or "STTLP" ending at j, a '/' at j: its fields apart by
// slashes, a number and a year among them, and the police unit last with
// the words of its name ("POLDA METRO JAYA", "Polrestabes Bandung"); or 0.
func policeReportEnd(s string, i, j int) int {
	if i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	e, fields, year, number := j, 0, false, false
	for e < len(s) && s[e] == '/' {
		f := e + 1
		for f < len(s) && (isAlnum(s[f]) || s[f] == '.' || s[f] == '-') && s[f] < 0x80 {
			f++
		}
		if f == e+1 {
			break
		}
		if d := digitsEnd(s, e+1); d == f {
			number = true
			year = year || f-(e+1) == 4 && yearLike(s[e+1:f])
		}
		e, fields = f, fields+1
	}
	if fields < 4 || !year || !number {
		return 0
	}
	// The unit's name after its word: "…/SPKT/POLDA METRO JAYA".
	u := e
	for u > j && s[u-1] != '/' {
		u--
	}
	if policeUnit(s, u, e) {
		for w := 0; w < 3 && e+2 < len(s) && s[e] == ' ' && isUpper(s[e+1]); w++ {
			f := e + 1
			for f < len(s) && isLetter(s[f]) && s[f] < 0x80 {
				f++
			}
			if f < len(s) && isAlnum(s[f]) {
				break
			}
			if _, kw, fl := lookupToken(s, e+1, f); kw != (keyword{}) || fl&(fStopWords|fCapStop) != 0 {
				break // "…/Polrestabes Bandung a/n …", not the next field's word
			}
			e = f
		}
	}
	return e
}

// policeUnit reports whether s[a:b] is a police unit's word: "POLDA",
// "Polres", "Polrestabes", "Polsek".
func policeUnit(s string, a, b int) bool {
	var w [12]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "polda", "polres", "polresta", "polrestabes", "polsek", "polri", "mabes":
		return true
	}
	return false
}

// kitasAhead finds, within the sentence after a KITAS's word ending at j,
// a number in the form of a stay permit's: a digit, a letter, two digits,
// two letters, four to seven digits, and maybe a letter after a hyphen
// ("2C11KA7788-M", "2C21JD0012345"). The words between are read as usual.
func (sc *scanner) kitasAhead(j int) {
	s := sc.s
	lim := min(len(s), j+64)
	for q := j; q+10 <= lim; q++ {
		if c := s[q]; c == '\n' || c == '[' || c == '.' && q+1 < len(s) && s[q+1] == ' ' {
			return // and a value's placeholder first, the number the KITAS's word had (FuzzRedact)
		}
		if !isDigit(s[q]) || q > 0 && isAlnum(s[q-1]) {
			continue
		}
		if !(isUpper(s[q+1]) && isDigit(s[q+2]) && isDigit(s[q+3]) && isUpper(s[q+4]) && isUpper(s[q+5])) {
			continue
		}
		e := digitsEnd(s, q+6)
		if e-(q+6) < 4 || e-(q+6) > 7 {
			continue // four digits to seven: "2C11KA7788", "2C21JD0012345"
		}
		if e+1 < len(s) && s[e] == '-' && isUpper(s[e+1]) && (e+2 == len(s) || !isAlnum(s[e+2])) {
			e += 2
		}
		if e < len(s) && isAlnum(s[e]) || sc.overlaps(q, e) || q < sc.entEnd && sc.inValue(q) {
			return
		}
		sc.add(GovID, q, e)
		return
	}
}

// lowerPlates reads the vehicle plates typed in lowercase in a text that
// speaks of a vehicle or a plate: "b 1234 abc mobil sy nabrak tiang",
// "b1234nbc nih plat gw". The region is one that issues plates, the number
// has three digits or four, and the letters after it are no word of chat
// or unit ("b 250 gram" is none). Only the digit runs the main pass read
// after one or two lowercase letters are looked at, every run when there
// were more than it keeps.
func (sc *scanner) lowerPlates() {
	s := sc.s
	if sc.nPlate <= len(sc.plateAt) {
		for _, r := range sc.plateAt[:sc.nPlate] {
			sc.lowerPlateAt(int(r))
		}
		return
	}
	for d := 1; d < len(s); d++ {
		if isDigit(s[d]) && !isDigit(s[d-1]) {
			sc.lowerPlateAt(d)
		}
	}
}

// lowerPlateAt is lowerPlates for the digit run at d.
func (sc *scanner) lowerPlateAt(d int) {
	s := sc.s
	e := digitsEnd(s, d)
	if e-d < 3 || e-d > 4 || s[d] == '0' || d < 1 {
		return
	}
	j := d // the region's end
	if s[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 && j-i < 3 && isLower(s[i-1]) {
		i--
	}
	if i == j || j-i > 2 || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '_' || s[i-1] == '@' || s[i-1] == '.' || s[i-1] == '/' || s[i-1] >= 0x80) {
		return
	}
	var r [2]byte
	if !isPlateRegion(string(append(r[:0], s[i]-32, s[j-1]-32)[:j-i])) {
		return
	}
	k := e
	if k < len(s) && s[k] == ' ' {
		k++
	}
	f := k
	for f < len(s) && isLower(s[f]) && f-k < 4 {
		f++
	}
	if f-k < 1 || f-k > 3 || f < len(s) && (isAlnum(s[f]) || s[f] == '_' || s[f] == '@' || s[f] >= 0x80) || chatWord(s, k, f) || inSet(s, k, f, fStopWords|fCapStop) || unitAt(s, k, f) ||
		i < sc.entEnd && sc.inValue(i) || sc.overlaps(i, f) || sc.inPre(i) {
		return
	}
	sc.add(Plate, i, f)
}

// unitAt reports a unit's or a size's short form: "b 250 gr", "l 100 cm".
func unitAt(s string, a, b int) bool {
	var w [4]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "gr", "g", "kg", "mg", "ml", "l", "cm", "mm", "m", "km", "pcs", "pc", "x", "rb", "k", "jt", "gb", "mb", "tb", "w", "v", "mah", "cc", "th", "thn", "bln", "hr", "jam", "mnt", "dtk", "lt", "ltr", "btl", "bks", "sak", "set", "box", "lbr", "ekr", "ons":
		return true
	}
	return false
}
