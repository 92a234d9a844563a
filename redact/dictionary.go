package redact

import "strings"

// Dictionary holds one business's known people and organisations: the
// names, phone numbers and e-mail addresses of its customers, employees and
// vendors. Whatever is in it is always found, in any letter case. Names are
// matched word by word with ASCII case folding; phones by their digits
// (0812…, 62812…, +62 812… are one number).
//
// A Dictionary is built before New and must not change afterwards.
type Dictionary struct {
	names  map[uint32][]dictName // one-word names by wordHash of the word (lowercase)
	multi  map[uint64][]dictName // longer names by the hashes of their first two words
	bloom  [1024]uint64          // one bit per first-word hash, so most words skip the map
	phones map[string]bool       // national significant digits: 812…
	emails map[string]bool
	others []Kind // the kinds of its names that are not among the Kinds
}

type dictName struct {
	ki      kindIdx  // the kind's index (see kindIdx)
	words   []string // lowercase, the first included
	capOnly bool     // a person's given name alone: found only capitalised
}

// NewDictionary returns an empty Dictionary.
func NewDictionary() *Dictionary {
	return &Dictionary{names: map[uint32][]dictName{}, multi: map[uint64][]dictName{},
		phones: map[string]bool{}, emails: map[string]bool{}}
}

// Add records a value. Phone values are matched by digits, Email values by
// their lowercase form (the e-mail detector finds them in any case); every
// other kind (PERSON, ORG, …) is matched as a sequence of words.
func (d *Dictionary) Add(kind Kind, value string) {
	switch kind {
	case Phone:
		if p := phoneKey(value); len(p) >= 6 {
			d.phones[p] = true
		}
		return
	case Email:
		if v := strings.ToLower(strings.TrimSpace(value)); v != "" {
			d.emails[v] = true
		}
		return
	}
	words := splitWords(value)
	if len(words) == 0 || len(words[0]) >= 64 {
		return
	}
	if len(words) == 1 && len(words[0]) < 2 {
		return
	}
	ki := d.kindIdx(kind)
	d.addName(dictName{ki: ki, words: words})
	if kind != Person || len(words) < 2 {
		return
	}
	// A person is also written family name first ("Halim, Theodorus"),
	// and called by the given name alone ("Pak Theodorus", "Theodorus
	// sudah bayar"): that one only capitalised, and not when it is a
	// word of chat too ("Bagus", "Indah" are names and words).
	if len(words) == 2 {
		d.addName(dictName{ki: ki, words: []string{words[1], words[0]}})
	}
	if g := words[0]; len(g) >= 3 && !commonWord(g) {
		d.addName(dictName{ki: ki, words: words[:1], capOnly: true})
	}
}

// commonWord reports whether the lowercase word w is a keyword or a word
// of the scanner's sets, or one a given name is often mistaken for.
func commonWord(w string) bool {
	fits, kw, fl := lookupToken(w, 0, len(w))
	if fits && (kw != (keyword{}) || fl&^(fGivenNames) != 0) {
		return true
	}
	switch w {
	case "bagus", "indah", "putri", "mega", "jaya", "bunga", "cahaya", "ayu", "baik", "sari", "dewi", "intan",
		"mulia", "budi", "slamet", "selamat", "rahmat", "berkah", "agung", "wati", "adi":
		return true
	}
	return false
}

// addName files a name under the hash of its first word (and of its
// second, for a longer one).
func (d *Dictionary) addName(nm dictName) {
	words := nm.words
	h := wordHash(words[0])
	if len(words) == 1 {
		d.names[h] = append(d.names[h], nm)
	} else {
		k := uint64(h)<<32 | uint64(wordHash(words[1]))
		list := append(d.multi[k], nm)
		// Longest names first, so "Budi Santoso Putra" wins over "Budi Santoso".
		for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
			list[i], list[i-1] = list[i-1], list[i]
		}
		d.multi[k] = list
	}
	b := bloomBit(h)
	d.bloom[b>>6] |= 1 << (b & 63)
}

func bloomBit(h uint32) uint32 { return (h * 0x85EBCA6B) >> 16 }

// kindIdx returns the kind index of kind, adding it to d.others when it
// is none of the Kinds.
func (d *Dictionary) kindIdx(kind Kind) kindIdx {
	if id, ok := kindID(kind); ok {
		return kindIdx(id)
	}
	for i, k := range d.others {
		if k == kind {
			return kindIdx(numKinds + i)
		}
	}
	d.others = append(d.others, kind)
	return kindIdx(numKinds + len(d.others) - 1)
}

// Len reports how many values the Dictionary holds.
func (d *Dictionary) Len() int {
	n := len(d.phones) + len(d.emails)
	for _, l := range d.names {
		n += len(l)
	}
	for _, l := range d.multi {
		n += len(l)
	}
	return n
}

// splitWords splits a name into lowercase words the way the scanner reads
// them: runs of letters (ASCII or any multi-byte UTF-8 character).
func splitWords(v string) []string {
	var out []string
	for i := 0; i < len(v); {
		if !isLetter(v[i]) {
			i++
			continue
		}
		j := wordEnd(v, i)
		b := make([]byte, j-i)
		for k := range b {
			b[k] = lowerASCII(v[i+k])
		}
		out = append(out, string(b))
		i = j
	}
	return out
}

// phoneKey reduces a phone number to its national significant digits.
func phoneKey(v string) string {
	b := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			b = append(b, v[i])
		}
	}
	return string(nationalDigits(b))
}

func nationalDigits(b []byte) []byte {
	switch {
	case len(b) > 2 && b[0] == '6' && b[1] == '2':
		b = b[2:]
		if len(b) > 0 && b[0] == '0' {
			b = b[1:]
		}
	case len(b) > 0 && b[0] == '0':
		b = b[1:]
	}
	return b
}

func (d *Dictionary) mayStart(h uint32) bool {
	b := bloomBit(h)
	return d.bloom[b>>6]&(1<<(b&63)) != 0
}

func (d *Dictionary) hasPhone(digits []byte) bool {
	if len(d.phones) == 0 {
		return false
	}
	return d.phones[string(nationalDigits(digits))]
}

// dictMatch tries the dictionary names starting with the word s[i:j] (lw is
// its lowercase form) and records the longest match.
func (sc *scanner) dictMatch(i, j int, lw []byte, h uint32) int {
	s := sc.s
	if j < len(s) && isDigit(s[j]) {
		return 0
	}
	d := sc.r.dict
	// Two-word lookup first: hash the next word.
	q := j
	for q < len(s) && (s[q] == ' ' || s[q] == '.' || s[q] == '-' || s[q] == '\'' || s[q] == ',') && q-j < 3 {
		q++
	}
	if q > j && q < len(s) && isLetter(s[q]) {
		_, h2, _ := wordAt(s, q)
		if end := sc.dictTry(d.multi[uint64(h)<<32|uint64(h2)], i, j, lw); end > 0 {
			return end
		}
	}
	return sc.dictTry(d.names[h], i, j, lw)
}

// dictTry matches the candidate names at s[i:] and records the first that fits.
func (sc *scanner) dictTry(list []dictName, i, j int, lw []byte) int {
	s := sc.s
	for _, nm := range list {
		if nm.words[0] != string(lw) || nm.capOnly && !isUpper(s[i]) {
			continue
		}
		end := j
		ok := true
		for _, w := range nm.words[1:] {
			q := end
			for q < len(s) && (s[q] == ' ' || s[q] == '.' || s[q] == '-' || s[q] == '\'' || s[q] == ',') && q-end < 3 {
				q++
			}
			if q == end || !hasPrefixFold(s, q, w) {
				ok = false
				break
			}
			e := q + len(w)
			if e < len(s) && isAlnum(s[e]) {
				ok = false
				break
			}
			end = e
		}
		if ok {
			if nm.capOnly {
				end = sc.surnames(end) // "Theodorus Wijaya": the given name of a customer, another family
			}
			sc.addIdx(nm.ki, i, end)
			return end
		}
	}
	return 0
}

// surnames extends a given name that ends at p over the capitalised words
// that follow it on the line and read as names.
func (sc *scanner) surnames(p int) int {
	s := sc.s
	for k := 0; k < 3 && p+2 < len(s) && s[p] == ' ' && isUpper(s[p+1]) && isLower(s[p+2]); k++ {
		e := nameTokenEnd(s, p+1)
		fits, kw, fl := lookupToken(s, p+1, e)
		if !fits || kw != (keyword{}) || fl&(fStopWords|fCapStop|fRoleWords|fAddrWords|fAbortWords) != 0 || businessWord(s, p+1, e) ||
			e < len(s) && (isDigit(s[e]) || s[e] == '@' || s[e] == '[') {
			break
		}
		p = e
	}
	return p
}
