package redact

import "strings"

// bareHandles finds the usernames typed without their '@', as chat names
// an account: "winners: 1) fitri.handayani 2) andre_wijaya", "affiliate
// link aku dipake laili.nur", "itu yg fake transfer irfan.h_ (tiktok)". A
// username is one token of lowercase letters and digits with a '.' or a
// '_' inside, no e-mail address, link, domain, file or number. It is one
// when a part of it is a common given name ("kevin.tanujaya",
// "andre_wijaya"), when a word of a social account stands near it ("live",
// "akun", "ig", "pemenang"), or, with a '_', when a part is digits
// ("rina_88"); and it is no typo's two words run together ("iya.nanti").
func (sc *scanner) bareHandles() {
	s := sc.s
	for _, mark := range [2]byte{'_', '.'} {
		for k := 0; k < len(s); {
			x := strings.IndexByte(s[k:], mark)
			if x < 0 {
				break
			}
			p := k + x
			k = p + 1
			if p == 0 || p+1 >= len(s) || !isAlnum(s[p-1]) || s[p-1] >= 0x80 || !(isAlnum(s[p+1]) && s[p+1] < 0x80 || mark == '_') {
				continue
			}
			a, b := p, p
			for a > 0 && handleChar(s[a-1]) {
				a--
			}
			for b < len(s) && handleChar(s[b]) {
				b++
			}
			k = b
			for b > p && s[b-1] == '.' {
				b-- // the sentence's full stop
			}
			if e := sc.bareHandle(a, b); e > 0 {
				sc.add(Handle, a, e)
			}
		}
	}
}

// handleChar reports the bytes of a bare username.
func handleChar(c byte) bool {
	return isLower(c) || isDigit(c) || c == '.' || c == '_'
}

// bareHandle returns b when s[a:b] is a username (see bareHandles), or 0.
func (sc *scanner) bareHandle(a, b int) int {
	s := sc.s
	if b-a < 5 || b-a > 30 || !isLower(s[a]) || a > 0 && (isAlnum(s[a-1]) || s[a-1] == '@' || s[a-1] == '/' || s[a-1] == ':' || s[a-1] == '#' || s[a-1] == '-' || s[a-1] == '[' || s[a-1] == '.') ||
		b < len(s) && (isAlnum(s[b]) || s[b] == '@' || s[b] == '/' || s[b] == '[' || s[b] == '-' || s[b] == '.' && b+1 < len(s) && s[b+1] > ' ') {
		return 0 // glued to more: an e-mail address, a link, a placeholder, a word past ASCII
	}
	if a < sc.entEnd && sc.inValue(a) || sc.overlaps(a, b) || sc.inPre(a) {
		return 0
	}
	under, dots, digits := false, 0, 0
	last := a // where the last part starts
	for k := a; k < b; k++ {
		switch c := s[k]; {
		case c == '_':
			under = true
		case c == '.':
			if k == a || s[k-1] == '.' || s[k-1] == '_' || k-last < 2 && last == a {
				return 0 // an initial first, or two marks in a row: "a.n", "s.d", "d.k.k"
			}
			dots++
			last = k + 1
		case isDigit(c):
			digits++
		}
	}
	if !under && dots == 0 || digits == b-a-dots {
		return 0
	}
	if dots > 0 && last < b && domainPart(s[last:b]) {
		return 0 // a domain or a file: "tokoku.id", "bit.ly", "foto.jpg"
	}
	// A part that is a given name, or a social word near; not words of
	// chat, digits and letters alone.
	given, chat, digit := false, true, false
	for q := a; q < b; {
		e := q
		for e < b && s[e] != '.' && s[e] != '_' {
			e++
		}
		if e-q >= 3 && inSet(s, q, e, fGivenNames) && !ambiguousGiven(s, q, e) {
			given = true
		}
		if e-q >= 3 && digitsEnd(s, q) < e && !chatWord(s, q, e) {
			chat = false // a part of three letters or more, no word of chat
		}
		if e > q && digitsEnd(s, q) == e {
			digit = true
		}
		q = e + 1
	}
	if chat {
		return 0 // two words run together: "iya.nanti", "ok.makasih"; a file's: "file_2024_x"
	}
	// A '_' with digits in a part ("rina_88") is a username's; with words
	// only it is as often a program's name ("channel_web", "user_id"),
	// which a system prompt or a business's data may hold.
	if under && digit || given || sc.socialNear(a, b) {
		return b
	}
	return 0
}

// domainPart reports whether t, the part after a username's last full
// stop, ends a domain or a file's name instead: "com", "id", "ly", "jpg".
func domainPart(t string) bool {
	switch t {
	case "com", "id", "net", "org", "co", "io", "ly", "me", "app", "shop", "store", "site", "xyz", "info", "biz", "web", "online",
		"tv", "gg", "link", "tech", "ac", "go", "sch", "my", "sg", "uk", "us", "au", "jp", "html", "php",
		"pdf", "jpg", "jpeg", "png", "gif", "heic", "webp", "doc", "docx", "xls", "xlsx", "csv", "zip", "rar", "ppt", "pptx", "mp3", "mp4", "txt", "apk", "exe":
		return true
	}
	return false
}

// socialNear reports whether a word of a social account stands within
// six words before a or three after b: "td aku liat kevin.tanujaya live",
// "pemenangnya sherinaa.m", "ailee.ng kak username tiktok aku"; or a
// username found before it, or its placeholder, in a list of them. A
// value or a placeholder of another kind between ends the search, which
// then reads the same in the redacted text.
func (sc *scanner) socialNear(a, b int) bool {
	s := sc.s
	q := a
	for w := 0; w < 6 && q > 0; w++ {
		e := q
		for e > 0 && !isLetter(s[e-1]) && q-e < 8 {
			if s[e-1] == ']' {
				o := strings.LastIndexByte(s[:e], '[')
				return o >= 0 && placeholderEndsAt(s, e) && strings.HasPrefix(s[o:], "[HANDLE_") // a list's username before; not a ']' after it (FuzzRedact)
			}
			if isDigit(s[e-1]) {
				if sc.handleAt(e - 1) {
					return true // a username found before, as its placeholder: "akun shopee saya: rinamarlina99, …" (FuzzRedact)
				}
				if !(e < len(s) && (s[e] == ')' || s[e] == '.') && (e < 2 || !isAlnum(s[e-2]))) {
					return false
				}
			}
			e--
		}
		st := wordStart(s, e)
		if st == e {
			break
		}
		if socialWord(s, st, e) {
			return true
		}
		if sc.handleAt(st) {
			return true // a list's username before, found already
		}
		q = st
	}
	q = b
	for w := 0; w < 3 && q < len(s); w++ {
		for q < len(s) && !isLetter(s[q]) && q-b < 12 {
			if isDigit(s[q]) || s[q] == '[' {
				return false
			}
			q++
		}
		e := wordEnd(s, q)
		if e == q {
			break
		}
		if socialWord(s, q, e) {
			return true
		}
		q = e
	}
	return false
}

// socialWord reports the words that speak of a social account.
func socialWord(s string, a, b int) bool {
	var w [12]byte
	switch string(lowerWord(w[:], s, a, b)) {
	case "ig", "insta", "instagram", "tiktok", "tt", "akun", "akunnya", "acc", "account", "username", "usernamenya", "user", "uname", "live",
		"winner", "winners", "pemenang", "pemenangnya", "followers", "follower", "follow", "affiliate", "endorse", "tag", "mention", "dm",
		"twitter", "threads", "youtube", "yt", "fb", "facebook", "telegram", "shopee", "tokopedia":
		return true
	}
	return false
}

// handleAt reports whether s[p] is in a username found already.
func (sc *scanner) handleAt(p int) bool {
	for _, sp := range sc.ents {
		if sp.kind == handleIdx && p >= sp.start && p < sp.end {
			return true
		}
	}
	return false
}
