package privacy

import (
	"fmt"
	"time"

	"github.com/jaga-id/jaga"
)

// DefaultDue is the time allowed to answer any privacy request: 3×24 hours
// from receipt. UU PDP sets it explicitly for rectification (Pasal 30),
// access (Pasal 32), stopping processing after withdrawal (Pasal 40) and
// restriction (Pasal 41). For the other rights the statute names no hour
// count; until the implementing regulation says otherwise we apply the same
// 72 hours to every type, which is the safe reading (see
// shared/reference/indonesia-pdp-pii.md, A.3).
const DefaultDue = 72 * time.Hour

// Policy says by when each type of request must be answered. The zero value
// is usable and gives DefaultDue for every type.
type Policy struct {
	// Default is the time allowed for a type not in PerType. Zero means
	// DefaultDue.
	Default time.Duration
	// PerType overrides Default for some types, e.g. a shorter window for
	// erasure than the law requires.
	PerType map[jaga.RequestType]time.Duration
}

// DefaultPolicy returns a policy with DefaultDue for every type.
func DefaultPolicy() *Policy { return &Policy{Default: DefaultDue} }

// Window returns the time allowed for requests of type t.
func (p *Policy) Window(t jaga.RequestType) time.Duration {
	if p != nil {
		if d, ok := p.PerType[t]; ok && d > 0 {
			return d
		}
		if p.Default > 0 {
			return p.Default
		}
	}
	return DefaultDue
}

// DueAt returns the time by which a request of type t received at received
// must be answered. Hours are counted from receipt, not working days: the
// statute says "3 x 24 jam".
func (p *Policy) DueAt(t jaga.RequestType, received time.Time) time.Time {
	return received.Add(p.Window(t))
}

// Validate reports a configuration error: an unknown type or a window that
// is negative or longer than the 72 hours the law allows where it sets a
// deadline. Longer windows are accepted for types without a statutory
// deadline.
func (p *Policy) Validate() error {
	if p == nil {
		return nil
	}
	if p.Default < 0 {
		return jaga.Errorf(jaga.EINVALID, "privacy policy: default window must not be negative")
	}
	for t, d := range p.PerType {
		b, ok := legalBases[t]
		if !ok {
			return jaga.Errorf(jaga.EINVALID, "privacy policy: unknown request type %q", t)
		}
		if d < 0 {
			return jaga.Errorf(jaga.EINVALID, "privacy policy: window for %s must not be negative", t)
		}
		if b.Statutory && d > DefaultDue {
			return jaga.Errorf(jaga.EINVALID, "privacy policy: window for %s is %s; UU PDP allows at most 3×24 hours", t, d)
		}
	}
	if p.Default > DefaultDue {
		for t, b := range legalBases {
			if _, set := p.PerType[t]; b.Statutory && !set {
				return jaga.Errorf(jaga.EINVALID, "privacy policy: default window %s exceeds the 3×24 hours UU PDP allows for %s", p.Default, t)
			}
		}
	}
	return nil
}

// LegalBasis is the legal ground of a request type, for the notice, the
// confirmation texts and the console.
type LegalBasis struct {
	// Right is the article of UU 27/2022 that gives the person the right.
	Right string
	// Duty is the article that sets the controller's duty, if any.
	Duty string
	// Statutory is true when the law itself sets the 3×24-hour deadline;
	// false when 72 hours is our policy for a right without an hour count.
	Statutory bool
	// ID and EN describe the right in one short sentence.
	ID, EN string
}

// Citation renders the articles, e.g. "UU 27/2022 Pasal 7 dan 32" or, in
// English, "Law 27/2022 Articles 7 and 32".
func (b LegalBasis) Citation(lang string) string {
	if lang == "en" {
		if b.Duty == "" {
			return fmt.Sprintf("Law 27/2022 Article %s", b.Right)
		}
		return fmt.Sprintf("Law 27/2022 Articles %s and %s", b.Right, b.Duty)
	}
	if b.Duty == "" {
		return fmt.Sprintf("UU 27/2022 Pasal %s", b.Right)
	}
	return fmt.Sprintf("UU 27/2022 Pasal %s dan %s", b.Right, b.Duty)
}

// Text returns the one-sentence description in lang ("id" unless "en").
func (b LegalBasis) Text(lang string) string {
	if lang == "en" {
		return b.EN
	}
	return b.ID
}

// legalBases holds the article numbers of the enacted law (not the 2020
// draft, whose numbering several secondary sources still use).
var legalBases = map[jaga.RequestType]LegalBasis{
	jaga.RequestInformation: {Right: "5", Duty: "21",
		ID: "Hak mendapat informasi tentang identitas, dasar hukum dan tujuan pemrosesan data pribadi.",
		EN: "The right to be told who processes your personal data, on what legal basis and for what purpose."},
	jaga.RequestAccess: {Right: "7", Duty: "32", Statutory: true,
		ID: "Hak mengakses dan memperoleh salinan data pribadi Anda, paling lambat 3×24 jam.",
		EN: "The right to access and get a copy of your personal data, within 3×24 hours."},
	jaga.RequestExport: {Right: "13",
		ID: "Hak memperoleh data pribadi Anda dalam format yang umum dan dapat dibaca sistem.",
		EN: "The right to get your personal data in a common, machine-readable format."},
	jaga.RequestRectification: {Right: "6", Duty: "30", Statutory: true,
		ID: "Hak melengkapi, memperbarui dan memperbaiki data pribadi Anda, paling lambat 3×24 jam.",
		EN: "The right to complete, update and correct your personal data, within 3×24 hours."},
	jaga.RequestErasure: {Right: "8", Duty: "43–44",
		ID: "Hak mengakhiri pemrosesan serta menghapus dan memusnahkan data pribadi Anda.",
		EN: "The right to end processing and to have your personal data deleted and destroyed."},
	jaga.RequestWithdrawal: {Right: "9", Duty: "40", Statutory: true,
		ID: "Hak menarik persetujuan; pemrosesan dihentikan paling lambat 3×24 jam.",
		EN: "The right to withdraw consent; processing stops within 3×24 hours."},
	jaga.RequestRestriction: {Right: "11", Duty: "41", Statutory: true,
		ID: "Hak menunda atau membatasi pemrosesan data pribadi Anda, paling lambat 3×24 jam.",
		EN: "The right to delay or restrict the processing of your personal data, within 3×24 hours."},
	jaga.RequestObjection: {Right: "10",
		ID: "Hak mengajukan keberatan atas keputusan yang hanya didasarkan pada pemrosesan otomatis.",
		EN: "The right to object to decisions based solely on automated processing."},
	jaga.RequestComplaint: {Right: "12",
		ID: "Hak menggugat dan menerima ganti rugi atas pelanggaran pemrosesan data pribadi.",
		EN: "The right to sue and be compensated for unlawful processing of your personal data."},
}

// LegalBasisFor returns the legal basis of request type t and whether t is
// known.
func LegalBasisFor(t jaga.RequestType) (LegalBasis, bool) {
	b, ok := legalBases[t]
	return b, ok
}

// RequestTypes returns every request type in a fixed order, for menus and
// the console.
func RequestTypes() []jaga.RequestType {
	return []jaga.RequestType{
		jaga.RequestInformation, jaga.RequestAccess, jaga.RequestExport, jaga.RequestRectification,
		jaga.RequestErasure, jaga.RequestWithdrawal, jaga.RequestRestriction, jaga.RequestObjection,
		jaga.RequestComplaint,
	}
}
