package redact

import "strings"

// records finds the name and the birth date in a record of personal data
// typed on one line with its fields apart by " / " or " | ", as people
// answer "kirim data diri ya": "Rina Wulandari / 12-03-1995 / 0857 1122
// 3344 / rina.w@gmail.com". A line of three fields or more is a record
// when one of them holds a value found already, or its placeholder once
// redacted; then a field that is only a name (two to four capitalised
// words) is a person, and one that is only a full date with a year from
// 1920 to 2015 is a birth date. Text before a colon in a field is its
// label ("data aku: Rina Wulandari").
func (sc *scanner) records() {
	s := sc.s
	if !hasFieldSep(s, '/') && !hasFieldSep(s, '|') {
		return // most texts: a date's or an "a/n"'s slash is no field's
	}
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		sc.record(ls, le)
		ls = le + 1
	}
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

// record handles the line s[ls:le] (see records).
func (sc *scanner) record(ls, le int) {
	s := sc.s
	var fs, fe [maxFields]int
	nf, st := 0, ls
	for k := ls; k <= le && nf < maxFields; k++ {
		if k == le || (s[k] == '/' || s[k] == '|') && k > ls && s[k-1] == ' ' && k+1 < le && s[k+1] == ' ' {
			fs[nf], fe[nf] = st, k
			nf++
			st = k + 1
		}
	}
	if nf < 3 {
		return
	}
	found := false
	for f := 0; f < nf && !found; f++ {
		found = sc.holdsValue(fs[f], fe[f])
	}
	if !found {
		return
	}
	n := len(sc.ents)
	for f := 0; f < nf; f++ {
		a, b := fs[f], fe[f]
		named := false // the field holds names only: the dictionary's given name of "FAUZAN SANTOSO"
		if sc.holdsValue(a, b) {
			if named = sc.namesOnly(a, b, n); !named {
				continue
			}
		}
		if c := strings.LastIndexByte(s[a:b], ':'); c >= 0 {
			a += c + 1 // after the field's label
		}
		for a < b && s[a] == ' ' {
			a++
		}
		for b > a && (s[b-1] == ' ' || s[b-1] == '\r') {
			b--
		}
		if b-a < 3 {
			continue
		}
		switch {
		case recordName(s, a, b, f == 0 || named):
			sc.ents = append(sc.ents, span{builtinKind(Person), a, b})
		case named:
		case isDigit(s[a]) && sc.birthDate(a, b):
			sc.ents = append(sc.ents, span{builtinKind(DOB), a, b})
		}
	}
	for _, sp := range sc.ents[n:] {
		sc.entEnd = max(sc.entEnd, sp.end)
	}
}

// holdsValue reports whether s[a:b] overlaps a value found already or
// holds a placeholder.
func (sc *scanner) holdsValue(a, b int) bool {
	for _, e := range sc.ents {
		if e.start < b && a < e.end {
			return true
		}
	}
	for k := a; k < b; k++ {
		if sc.s[k] == '[' && placeholderEnd(sc.s, k) > 0 {
			return true
		}
	}
	return false
}

// namesOnly reports whether every value found in s[a:b] before the n-th is
// a person's name, and s[a:b] holds no placeholder.
func (sc *scanner) namesOnly(a, b, n int) bool {
	for _, e := range sc.ents[:n] {
		if e.start < b && a < e.end && e.kind != builtinKind(Person) {
			return false
		}
	}
	for k := a; k < b; k++ {
		if sc.s[k] == '[' && placeholderEnd(sc.s, k) > 0 {
			return false
		}
	}
	return true
}

// recordName reports whether s[a:b] is a name alone: two to four words of
// letters (or one, when one is enough), each capitalised, all in title
// case or all in capitals, none a keyword or a common, role, place or
// address word.
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
			if isLetter(s[k]) && isUpper(s[k]) != allCaps {
				return false
			}
		}
		fits, kw, fl := lookupToken(s, q, e)
		if !fits || kw != (keyword{}) || fl&(fStopWords|fCapStop|fRoleWords|fAddrWords|fAbortWords) != 0 {
			return false
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
	return words >= 2 || one && words == 1
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
