package privacy

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jaga-id/jaga"
)

// Detection is what Detect found in one message. The zero value means "not a
// privacy request": the message goes on to the assistant.
type Detection struct {
	// Type is the kind of request, or "" when the message is not one.
	Type jaga.RequestType
	// Confidence is the weight of the rule that matched, in (0, 1]; 1 for a
	// command.
	Confidence float64
	// Ambiguous is true when the message could be a request of Type but could
	// as well mean something else ("hapus chat ini": one message or all my
	// data?). The flow asks the question named by Clarify instead of acting.
	Ambiguous bool
	// Clarify is the text key (see Text) of the clarifying question to ask
	// when Ambiguous is true.
	Clarify string
	// Command is the canonical command ("/hapusdata") when the message was a
	// command, without any @botname suffix.
	Command string
}

// Found reports whether d is a privacy request, clear or ambiguous.
func (d Detection) Found() bool { return d.Type != "" }

// Keys of the clarifying questions Detect may ask for. Each is a text key.
const (
	ClarifyErasureScope       = "clarify_erasure_scope"       // this message, or all my data?
	ClarifyErasureApp         = "clarify_erasure_app"         // app data on the phone, or data we hold?
	ClarifyErasureAccount     = "clarify_erasure_account"     // close the account only, or erase the data too?
	ClarifyWithdrawalScope    = "clarify_withdrawal_scope"    // promotions only, or all use of my data?
	ClarifyRectificationScope = "clarify_rectification_scope" // which of your details is wrong?
	ClarifyComplaintScope     = "clarify_complaint_scope"     // about personal data, or about an order?
)

// commands maps each privacy command (without the slash) to its request type.
// /privasi and /privacy open the information menu.
var commands = map[string]jaga.RequestType{
	"privasi":   jaga.RequestInformation,
	"privacy":   jaga.RequestInformation,
	"datasaya":  jaga.RequestAccess,
	"mydata":    jaga.RequestAccess,
	"ekspor":    jaga.RequestExport,
	"export":    jaga.RequestExport,
	"hapusdata": jaga.RequestErasure,
	"delete":    jaga.RequestErasure,
	"erase":     jaga.RequestErasure,
	"tarik":     jaga.RequestWithdrawal,
	"withdraw":  jaga.RequestWithdrawal,
	"koreksi":   jaga.RequestRectification,
	"correct":   jaga.RequestRectification,
	"batasi":    jaga.RequestRestriction,
	"restrict":  jaga.RequestRestriction,
	"manusia":   jaga.RequestObjection,
	"human":     jaga.RequestObjection,
	"keluhan":   jaga.RequestComplaint,
	"complaint": jaga.RequestComplaint,
}

// Detect decides, locally and deterministically, whether text is a privacy
// request and of which type. It never calls a model. Commands (/hapusdata,
// /hapusdata@jaga_bot) win over free text; free text is tokenised,
// normalised (case, punctuation, emoji, repeated letters, slang) and matched
// against weighted rules over concepts (see detect_rules.go). Messages about
// the business's own data ("export laporan penjualan", "hapus transaksi
// kemarin") are not requests. Detect is safe on any input, including invalid
// UTF-8, and reads at most the first 4 KiB.
func Detect(text string) Detection {
	if d, ok := parseCommand(text); ok {
		return d
	}
	ws := words(text)
	if len(ws) == 0 {
		return Detection{}
	}
	if len(text) > maxDetectBytes {
		text = text[:maxDetectBytes]
	}
	m := analyse(ws, strings.IndexByte(text, '?') >= 0)
	return match(m)
}

// parseCommand recognises a command as the first token of the message.
// Leading spaces, invisible format characters (zero-width space, BOM,
// direction marks) and emoji or other symbols are skipped; letters or digits
// before the slash mean it is not a command. A Telegram @botname suffix and
// any arguments after the command are ignored.
func parseCommand(text string) (Detection, bool) {
	if len(text) > maxDetectBytes {
		text = text[:maxDetectBytes]
	}
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '/' {
			break
		}
		if r == utf8.RuneError && size <= 1 {
			return Detection{}, false
		}
		if !(unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsSymbol(r) ||
			unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Co, r) ||
			r == '\u200d' || r == '\ufe0f') {
			return Detection{}, false
		}
		i += size
	}
	if i >= len(text) {
		return Detection{}, false
	}
	i++ // the slash
	start := i
	for i < len(text) {
		c := text[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' {
			i++
			continue
		}
		break
	}
	name := strings.ToLower(text[start:i])
	if i < len(text) {
		// The command ends at a space, an @botname suffix or the end.
		r, _ := utf8.DecodeRuneInString(text[i:])
		if r != '@' && !unicode.IsSpace(r) {
			return Detection{}, false
		}
	}
	t, ok := commands[name]
	if !ok {
		return Detection{}, false
	}
	return Detection{Type: t, Confidence: 1, Command: "/" + name}, true
}

// negatable lists the concepts a preceding negation ("jangan", "tidak",
// "dont") turns into a wish to stop: "jangan pakai data saya", "jangan
// bagikan", "jangan hubungi saya".
const negatable = cUse | cShare | cStore | cSend | cContact | cConsent | cProfiling | cTraining | cMarketing

// giving lists the words of sending that, after "yang saya", describe what
// the person gave ("data yang saya kirim") rather than ask for.
var giving = map[string]bool{
	"kirim": true, "dikirim": true, "mengirim": true, "kasih": true, "berikan": true,
	"send": true, "sent": true, "give": true, "gave": true, "upload": true, "isi": true,
}

// gave lists past forms that describe what the person gave whatever precedes
// them ("the data I sent you").
var gave = map[string]bool{"sent": true, "gave": true, "given": true, "uploaded": true, "provided": true}

// inability lists the words after which a negation is about being unable.
var inability = map[string]bool{"bisa": true, "dapat": true, "can": true, "could": true, "sempat": true, "berhasil": true, "mampu": true, "work": true, "works": true}

// modifiers may stand between a noun and its owner: "data pribadi saya",
// "riwayat chat aku", "nomor hp saya".
const modifiers = cPersonal | cAccount | cChat | cData | cField | cAll

// analyse maps normalised words to the set of concepts of the message,
// including the concepts derived from word order.
func analyse(ws []string, question bool) concept {
	var stack [32]concept
	bits := stack[:0]
	if len(ws) > len(stack) {
		bits = make([]concept, 0, len(ws))
	}
	for _, w := range ws {
		bits = append(bits, lookup(w))
	}
	// Phrases of two to four words add their concepts to their first word.
	// An override phrase replaces its words' concepts instead: business
	// phrases ("data penjualan" is not personal data) and neutral ones
	// ("hold on" is not a request to hold).
	var key strings.Builder
	for i := range ws {
		if !phraseStarts[ws[i]] {
			continue
		}
		key.Reset()
		key.WriteString(ws[i])
		for n := 2; n <= 4 && i+n <= len(ws); n++ {
			key.WriteByte(' ')
			key.WriteString(ws[i+n-1])
			c, ok := phrases[key.String()]
			if !ok {
				continue
			}
			if c&cOverride != 0 {
				for j := i + 1; j < i+n; j++ {
					bits[j] = 0
				}
				bits[i] = c &^ cOverride
				continue
			}
			bits[i] |= c
		}
	}
	var m concept
	for i := 1; i < len(bits); i++ {
		// "yang aku kirim", "data yg gw kasih": the person gave us something;
		// it is not a request to send.
		if bits[i]&cSend != 0 && bits[i-1]&cSelf != 0 &&
			(giving[ws[i]] && i >= 2 && ws[i-2] == "yang" || gave[ws[i]]) {
			bits[i] &^= cSend
		}
	}
	for i, b := range bits {
		if b&cNeg != 0 {
			for j := i + 1; j <= i+4 && j < len(bits); j++ {
				if j == i+1 && inability[ws[j]] {
					// "tidak bisa dipakai" says something does not work,
					// not that the person wants it stopped.
					break
				}
				if bits[j]&cDelete != 0 {
					bits[j] = bits[j]&^cDelete | cNotDelete
				}
				if bits[j]&negatable != 0 {
					m |= cStop
				}
			}
		}
	}
	for i, b := range bits {
		m |= b
		if b&cSelf == 0 {
			continue
		}
		// Owner after the noun: "data (pribadi) saya", "akun saya".
		owned := ownedBefore(bits, i)
		// Owner before the noun: "my (personal) data", "my account".
		owned |= ownedAfter(bits, i)
		if owned&(cData|cPersonal) != 0 {
			m |= cMyData
		}
		if owned&cAccount != 0 {
			m |= cMyAccount
		}
		if owned&cChat != 0 {
			m |= cMyChat
		}
		if owned&cField != 0 {
			m |= cMyField
		}
	}
	if m&cData != 0 && m&cSelf != 0 {
		m |= cDataSelf
	}
	// A message that ends in a negation is a tag question: "dipakai buat
	// training AI gak?".
	if question || bits[len(bits)-1]&cNeg != 0 && len(bits) > 2 {
		m |= cQuestion
	}
	return m
}

// ownedBefore returns the concepts of the nouns that run directly before
// index i, through modifiers.
func ownedBefore(bits []concept, i int) concept {
	var c concept
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if bits[j]&modifiers == 0 {
			break
		}
		c |= bits[j]
	}
	return c
}

// ownedAfter returns the concepts of the nouns that run directly after
// index i, through modifiers.
func ownedAfter(bits []concept, i int) concept {
	var c concept
	for j := i + 1; j < len(bits) && j <= i+3; j++ {
		if bits[j]&modifiers == 0 {
			break
		}
		c |= bits[j]
	}
	return c
}
