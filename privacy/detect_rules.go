package privacy

import "github.com/jaga-id/jaga"

// rule is one weighted pattern over the concepts of a message. A rule
// matches when the message has every concept in all, at least one in any
// (when any is set), at least one in any2 (when set) and none in none.
type rule struct {
	t       jaga.RequestType
	all     concept
	any     concept
	any2    concept
	none    concept
	w       float64 // 0 means "this type does not apply": stop looking at it
	clarify string  // set for rules that only raise a clarifying question
}

func (r rule) matches(m concept) bool {
	return m&r.all == r.all &&
		(r.any == 0 || m&r.any != 0) &&
		(r.any2 == 0 || m&r.any2 != 0) &&
		m&r.none == 0
}

// Groups of concepts the rules share.
const (
	// personal is an explicit reference to the person's own data.
	personal = cMyData | cPersonal | cDataSelf
	// strongPersonal is what keeps a message with business words in it a
	// privacy request: "hapus akun saya dan batalkan pesanan".
	strongPersonal = cMyData | cPersonal | cMyAccount | cMyChat | cMyField
)

// rules are evaluated per type in order: the first matching rule of a type
// gives that type's weight, so specific rules (and ambiguity rules) come
// before general ones. The type with the highest weight wins; ties go to the
// earlier type in this table.
var rules = []rule{
	// Erasure (Pasal 8, 43–44).
	{t: jaga.RequestErasure, all: cDelete | cCache},
	{t: jaga.RequestErasure, all: cForget, w: 0.95},
	{t: jaga.RequestErasure, all: cDelete, any: cMarketing},
	{t: jaga.RequestErasure, all: cDelete | cDevice | cData, none: cMyData | cPersonal | cMyAccount | cMyChat | cMyField, w: 0.6, clarify: ClarifyErasureApp},
	{t: jaga.RequestErasure, all: cDelete | cChat | cThis, none: cAll | cMyData | cPersonal | cMyAccount, w: 0.6, clarify: ClarifyErasureScope},
	{t: jaga.RequestErasure, all: cDelete, any: personal | cMyAccount, w: 0.95},
	{t: jaga.RequestErasure, all: cDelete | cMyChat, w: 0.9},
	{t: jaga.RequestErasure, all: cDelete | cChat | cAll, w: 0.85},
	{t: jaga.RequestErasure, all: cDelete | cAccount, w: 0.85},
	{t: jaga.RequestErasure, all: cDelete | cMyField, w: 0.8},
	{t: jaga.RequestErasure, all: cDelete | cSelf | cAll, w: 0.8},
	{t: jaga.RequestErasure, all: cDelete | cData, w: 0.6, clarify: ClarifyErasureScope},
	{t: jaga.RequestErasure, all: cClose | cMyAccount, w: 0.6, clarify: ClarifyErasureAccount},

	// Consent withdrawal (Pasal 9, 40). Marketing-only wishes are asked about.
	{t: jaga.RequestWithdrawal, all: cWithdraw | cConsent, w: 0.95},
	{t: jaga.RequestWithdrawal, all: cTraining, any: cStop | cOptOut | cWithdraw, none: cDecision | cObject, w: 0.9},
	{t: jaga.RequestWithdrawal, all: cMarketing, any: cStop | cOptOut | cWithdraw | cDelete, w: 0.7, clarify: ClarifyWithdrawalScope},
	{t: jaga.RequestWithdrawal, all: cStop | cConsent, w: 0.9},
	{t: jaga.RequestWithdrawal, all: cOptOut, any: cData | cUse | personal, w: 0.85},
	{t: jaga.RequestWithdrawal, all: cOptOut, w: 0.6, clarify: ClarifyWithdrawalScope},
	{t: jaga.RequestWithdrawal, all: cStop | cContact, none: cTemp, w: 0.6, clarify: ClarifyWithdrawalScope},
	{t: jaga.RequestWithdrawal, all: cStop | cUse, any: personal | cMyChat, none: cTemp | cRestrict | cNotDelete, w: 0.88},
	{t: jaga.RequestWithdrawal, all: cStop, any: personal, none: cTemp | cRestrict | cShare | cThirdParty | cNotDelete | cQuestion, w: 0.75},

	// Restriction (Pasal 11, 41).
	{t: jaga.RequestRestriction, all: cRestrict, any: personal | cUse, w: 0.9},
	{t: jaga.RequestRestriction, all: cStop | cTemp, any: cUse | personal | cShare, w: 0.92},
	{t: jaga.RequestRestriction, all: cStop | cShare, any: personal | cThirdParty, w: 0.86},

	// Objection to automated decisions, human review (Pasal 10).
	{t: jaga.RequestObjection, all: cProfiling | cStop, w: 0.9},
	{t: jaga.RequestObjection, all: cObject, any: cAuto | cProfiling | cDecision, w: 0.9},
	{t: jaga.RequestObjection, all: cHuman, any: cReview | cAuto | cDecision | cObject, w: 0.85},
	{t: jaga.RequestObjection, all: cReview | cDecision, w: 0.8},
	{t: jaga.RequestObjection, all: cDecision | cAuto, w: 0.8},

	// Complaint, compensation (Pasal 12).
	{t: jaga.RequestComplaint, all: cLeak, any: cData | cSelf | personal | cAccount | cPersonal, w: 0.9},
	{t: jaga.RequestComplaint, all: cComplaint, any: personal | cPrivacy | cLaw, w: 0.9},
	{t: jaga.RequestComplaint, all: cLegal, any: personal | cPrivacy | cLaw, w: 0.9},
	{t: jaga.RequestComplaint, all: cLegal, w: 0.55, clarify: ClarifyComplaintScope},
	{t: jaga.RequestComplaint, all: cComplaint | cFile, w: 0.55, clarify: ClarifyComplaintScope},

	// Portability (Pasal 13).
	{t: jaga.RequestExport, all: cExport, any: personal | cSelf | cMyAccount | cMyChat, w: 0.92},
	{t: jaga.RequestExport, all: cFormat, any: personal, w: 0.88},
	{t: jaga.RequestExport, all: cMove, any: personal | cMyAccount, w: 0.88},
	{t: jaga.RequestExport, all: cSend | cOther, any: personal, w: 0.85},

	// Access and copy (Pasal 7, 32).
	{t: jaga.RequestAccess, all: cCopy, any: personal | cMyChat | cMyAccount | cAccess | cSelf, w: 0.9},
	{t: jaga.RequestAccess, all: cAccess, any: personal | cMyChat, none: cPassword | cThirdParty, w: 0.9},
	{t: jaga.RequestAccess, all: cSend, any: personal | cMyChat, none: cMarketing | cThirdParty | cStop | cLeak, w: 0.8},
	{t: jaga.RequestAccess, all: cSee, any: personal | cMyChat, none: cThirdParty | cStop | cLeak, w: 0.8},

	// Rectification (Pasal 6, 30).
	{t: jaga.RequestRectification, all: cFix | cMyField, none: cPassword, w: 0.9},
	{t: jaga.RequestRectification, all: cWrong | cMyField, w: 0.88},
	{t: jaga.RequestRectification, all: cFix, any: personal, none: cPassword, w: 0.85},
	{t: jaga.RequestRectification, all: cWrong, any: personal, w: 0.85},
	{t: jaga.RequestRectification, all: cFix | cField, any: cSelf | cAccount, none: cPassword, w: 0.8},
	{t: jaga.RequestRectification, all: cWrong | cField, any: cSelf | cAccount, w: 0.8},
	{t: jaga.RequestRectification, all: cFix | cField, none: cPassword, w: 0.55, clarify: ClarifyRectificationScope},

	// Information (Pasal 5, 21).
	{t: jaga.RequestInformation, all: cLaw | cQuestion, none: cDelete | cLeak | cComplaint | cLegal, w: 0.9},
	{t: jaga.RequestInformation, all: cQuestion | cThirdParty, any: personal | cData | cMyChat,
		none: cStop | cDelete | cLeak | cComplaint | cCopy | cExport, w: 0.85},
	{t: jaga.RequestInformation, all: cQuestion, any: cUse | cStore | cShare | cThirdParty | cTraining,
		any2: personal | cMyChat | cChat | cData | cMyField,
		none: cSend | cCopy | cAccess | cDelete | cFix | cExport | cFormat | cStop | cOptOut | cWithdraw | cLeak | cComplaint, w: 0.85},
	{t: jaga.RequestInformation, all: cPrivacy, any: cQuestion | cSee | cSend | cSelf, w: 0.75},
	{t: jaga.RequestInformation, all: cStore | personal, any: cQuestion, w: 0.7},
}

// typeOrder fixes the order in which types are considered, so ties resolve
// the same way every time.
var typeOrder = []jaga.RequestType{
	jaga.RequestErasure, jaga.RequestWithdrawal, jaga.RequestRestriction, jaga.RequestObjection,
	jaga.RequestComplaint, jaga.RequestExport, jaga.RequestAccess, jaga.RequestRectification,
	jaga.RequestInformation,
}

// match applies rules to the concepts of a message.
func match(m concept) Detection {
	// Business data is not personal data: "hapus transaksi kemarin",
	// "export laporan penjualan", "koreksi harga produk".
	if m&cBusiness != 0 && m&strongPersonal == 0 {
		return Detection{}
	}
	var best Detection
	for i, t := range typeOrder {
		for _, r := range rulesByType[i] {
			if !r.matches(m) {
				continue
			}
			if r.w > best.Confidence {
				best = Detection{Type: t, Confidence: r.w, Ambiguous: r.clarify != "", Clarify: r.clarify}
			}
			break
		}
	}
	if best.Type != "" && !best.Ambiguous && m&cLaw != 0 && best.Confidence < 0.95 {
		// A person who cites the law means it.
		best.Confidence += 0.05
	}
	return best
}

// rulesByType holds rules grouped in typeOrder, keeping their order.
var rulesByType = func() [][]rule {
	g := make([][]rule, len(typeOrder))
	for i, t := range typeOrder {
		for _, r := range rules {
			if r.t == t {
				g[i] = append(g[i], r)
			}
		}
	}
	return g
}()
