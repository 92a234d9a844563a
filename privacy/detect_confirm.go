package privacy

// maxAnswerWords is the longest message read as a yes/no answer or as a
// confirmation. A longer message is a new question ("ya saya mau tanya harga
// kopi"), not an answer.
const maxAnswerWords = 6

// yesWords and noWords are consent answers, in collapsed form (see
// collapse: "iyaa" → "iya", "okee" → "oke").
var (
	yesWords = setOf("ya", "iya", "iy", "yes", "yep", "yup", "yap", "y", "ok", "oke", "okay",
		"okey", "okeh", "sip", "siap", "setuju", "boleh", "mau", "bersedia", "lanjut", "gas",
		"agree", "sure", "accept", "benar", "betul", "bener", "yoi", "yo", "allow")
	noWords = setOf("tidak", "tdk", "nggak", "ngak", "gak", "ga", "gk", "g", "enggak", "engga",
		"ngga", "nga", "ndak", "nda", "no", "nope", "nah", "tolak", "menolak", "jangan", "jgn",
		"ogah", "emoh", "batal", "cancel", "decline", "refuse", "disagree", "belum", "dont", "not", "never")
	// answerFillers may surround an answer without changing it.
	answerFillers = setOf("saya", "aku", "gue", "gw", "sy", "i", "deh", "dong", "kak", "min", "gan",
		"sih", "aja", "saja", "lah", "kok", "nih", "tuh", "terima", "kasih", "makasih", "thanks",
		"thank", "you", "please", "pls", "plis", "sure", "fine", "do", "it", "thx", "mas", "mbak",
		"pak", "bu", "dulu", "sekarang", "now", "kakak", "admin", "bang", "bro", "sis", "ah", "eh",
		"hmm", "oh", "wah", "yaudah", "udah", "sudah", "ok", "baik", "baiklah", "alright")
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[collapse(w)] = true
	}
	return m
}

// ParseYesNo reads a short answer to a consent question. yes is true for
// "ya", "iya", "ok", "setuju", "boleh", "mau", "yes"…; no is true for
// "tidak", "nggak", "gak", "enggak", "tolak", "no"…, and for a negated yes
// ("tidak setuju", "gak mau", "don't agree"). Both are false when the message
// is not a clear answer: empty, mixed ("ya… eh nggak"), containing other
// words, or longer than a few words. Never both true.
func ParseYesNo(text string) (yes, no bool) {
	toks := rawTokens(text)
	if len(toks) == 0 || len(toks) > maxAnswerWords {
		return false, false
	}
	var sawYes, sawNo bool
	negated := false
	for _, raw := range toks {
		t := collapse(raw)
		switch {
		case noWords[t]:
			sawNo = true
			negated = true
			continue
		case yesWords[t]:
			if negated {
				// "tidak setuju", "gak mau": a refusal, not a mix.
				negated = false
				continue
			}
			sawYes = true
		case answerFillers[t]:
		default:
			// Any other word makes the message more than an answer.
			return false, false
		}
		negated = false
	}
	if sawYes == sawNo {
		return false, false
	}
	return sawYes, sawNo
}

// IsConfirmation reports whether text confirms with word (e.g. "HAPUS" or
// "DELETE"), case-insensitively and forgiving punctuation, stretched letters
// and a polite filler ("hapus ya", "HAPUS!", "ok, DELETE"). A negation
// anywhere ("jangan hapus", "don't delete"), any other word, or a long
// message is not a confirmation: erasure must be asked for unmistakably.
func IsConfirmation(text, word string) bool {
	want := rawTokens(word)
	if len(want) != 1 {
		return false
	}
	w := collapse(want[0])
	toks := rawTokens(text)
	if len(toks) == 0 || len(toks) > 4 {
		return false
	}
	found := false
	for _, raw := range toks {
		t := collapse(raw)
		switch {
		case t == w:
			found = true
		case noWords[t]:
			return false
		case yesWords[t], answerFillers[t]:
		default:
			return false
		}
	}
	return found
}
