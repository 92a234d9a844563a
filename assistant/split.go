package assistant

import "unicode"

// o200kSplit calls piece for each piece of text as o200k_base's pre-tokenizer
// cuts it, exactly as tiktoken-go's backtracking regular expression does,
//
//	[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
//	|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
//	|\p{N}{1,3}
//	| ?[^\s\p{L}\p{N}]+[\r\n/]*
//	|\s*[\r\n]+
//	|\s+(?!\S)
//	|\s+
//
// but in one pass over the runes: the regular expression is half the cost of
// counting tokens. text must be valid UTF-8. TestSplitMatchesTiktoken holds
// the two to the same pieces.
func o200kSplit(text string, piece func(string)) {
	rs := []rune(text)
	// Offsets of each rune in text, and len(text) at the end.
	off := make([]int, len(rs)+1)
	o := 0
	for i, r := range rs {
		off[i] = o
		o += runeLen(r)
	}
	off[len(rs)] = o
	for i := 0; i < len(rs); {
		n := matchAt(rs, i)
		piece(text[off[i]:off[i+n]])
		i += n
	}
}

func runeLen(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// matchAt returns the length in runes of the match at rs[i:]; every
// position starts a match.
func matchAt(rs []rune, i int) int {
	// The two word alternatives, with the optional prefix taken first, then
	// not taken (the regular expression's backtracking order).
	if isPrefix(rs[i]) {
		if n := upperLower(rs, i+1); n > 0 {
			return 1 + n
		}
	}
	if n := upperLower(rs, i); n > 0 {
		return n
	}
	if isPrefix(rs[i]) {
		if n := upperRun(rs, i+1); n > 0 {
			return 1 + n
		}
	}
	if n := upperRun(rs, i); n > 0 {
		return n
	}
	r := rs[i]
	if unicode.IsNumber(r) {
		n := 1
		for n < 3 && i+n < len(rs) && unicode.IsNumber(rs[i+n]) {
			n++
		}
		return n
	}
	// ` ?[^\s\p{L}\p{N}]+[\r\n/]*`
	j := i
	if r == ' ' && i+1 < len(rs) && isPunct(rs[i+1]) {
		j++
	}
	if isPunct(rs[j]) {
		for j < len(rs) && isPunct(rs[j]) {
			j++
		}
		for j < len(rs) && (rs[j] == '\r' || rs[j] == '\n' || rs[j] == '/') {
			j++
		}
		return j - i
	}
	// Whitespace: the run, then the three whitespace alternatives.
	e := i
	for e < len(rs) && isSpace(rs[e]) {
		e++
	}
	if e == i {
		return 1 // unreachable: every rune is a letter, mark, number, space or other
	}
	// `\s*[\r\n]+`: up to the last line break of the run.
	for k := e - 1; k >= i; k-- {
		if rs[k] == '\r' || rs[k] == '\n' {
			return k + 1 - i
		}
	}
	// `\s+(?!\S)`: the run, but the last space when a non-space follows.
	if e == len(rs) {
		return e - i
	}
	if e-i > 1 {
		return e - 1 - i
	}
	return 1 // `\s+`
}

// upperLower matches `U*W+C?` at rs[i:] (U upper-ish, W lower-ish, C a
// contraction) and returns its length, or 0. U* is greedy and gives back
// runes until W+ can match.
func upperLower(rs []rune, i int) int {
	u := i
	for u < len(rs) && isUpper(rs[u]) {
		u++
	}
	for a := u; a >= i; a-- {
		if a < len(rs) && isLower(rs[a]) {
			w := a
			for w < len(rs) && isLower(rs[w]) {
				w++
			}
			return w - i + contraction(rs, w)
		}
	}
	return 0
}

// upperRun matches `U+W*C?` at rs[i:], or returns 0.
func upperRun(rs []rune, i int) int {
	u := i
	for u < len(rs) && isUpper(rs[u]) {
		u++
	}
	if u == i {
		return 0
	}
	for u < len(rs) && isLower(rs[u]) {
		u++
	}
	return u - i + contraction(rs, u)
}

// contraction matches `(?i:'s|'t|'re|'ve|'m|'ll|'d)` at rs[i:].
func contraction(rs []rune, i int) int {
	if i+1 >= len(rs) || rs[i] != '\'' {
		return 0
	}
	switch lower(rs[i+1]) {
	case 's', 't', 'm', 'd':
		return 2
	case 'r', 'v':
		if i+2 < len(rs) && lower(rs[i+2]) == 'e' {
			return 3
		}
	case 'l':
		if i+2 < len(rs) && lower(rs[i+2]) == 'l' {
			return 3
		}
	}
	return 0
}

func lower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// isUpper is [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}].
func isUpper(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.In(r, unicode.Lu, unicode.Lt, unicode.Lm, unicode.Lo, unicode.M)
}

// isLower is [\p{Ll}\p{Lm}\p{Lo}\p{M}].
func isLower(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return unicode.In(r, unicode.Ll, unicode.Lm, unicode.Lo, unicode.M)
}

// isPrefix is [^\r\n\p{L}\p{N}].
func isPrefix(r rune) bool {
	if r < 0x80 {
		return r != '\r' && r != '\n' && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}
	return !unicode.IsLetter(r) && !unicode.IsNumber(r)
}

// isPunct is [^\s\p{L}\p{N}].
func isPunct(r rune) bool {
	return !isSpace(r) && !unicode.IsLetter(r) && !unicode.IsNumber(r)
}

// isSpace is .NET's \s, which regexp2 follows: [\f\n\r\t\v\x85\p{Z}].
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85:
		return true
	}
	return r >= 0x80 && unicode.Is(unicode.Z, r)
}
