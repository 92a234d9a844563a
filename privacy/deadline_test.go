package privacy

import (
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
)

func TestPolicyDueAt(t *testing.T) {
	t.Parallel()
	received := time.Date(2026, 11, 20, 23, 30, 0, 0, time.UTC) // a Friday night
	want := time.Date(2026, 11, 23, 23, 30, 0, 0, time.UTC)     // hours, not working days
	for _, rt := range RequestTypes() {
		if got := DefaultPolicy().DueAt(rt, received); !got.Equal(want) {
			t.Errorf("DefaultPolicy().DueAt(%s) = %v, want %v", rt, got, want)
		}
		var zero Policy
		if got := zero.DueAt(rt, received); !got.Equal(want) {
			t.Errorf("zero Policy DueAt(%s) = %v, want %v", rt, got, want)
		}
		var nilPolicy *Policy
		if got := nilPolicy.DueAt(rt, received); !got.Equal(want) {
			t.Errorf("nil Policy DueAt(%s) = %v, want %v", rt, got, want)
		}
	}
	p := &Policy{Default: 48 * time.Hour, PerType: map[jaga.RequestType]time.Duration{
		jaga.RequestErasure: 24 * time.Hour,
	}}
	if got := p.DueAt(jaga.RequestErasure, received); !got.Equal(received.Add(24 * time.Hour)) {
		t.Errorf("erasure due %v, want +24h", got)
	}
	if got := p.DueAt(jaga.RequestAccess, received); !got.Equal(received.Add(48 * time.Hour)) {
		t.Errorf("access due %v, want +48h", got)
	}
	// The due time keeps the received time's location.
	wib := time.FixedZone("WIB", 7*3600)
	if got := DefaultPolicy().DueAt(jaga.RequestAccess, received.In(wib)); got.Location() != wib {
		t.Errorf("DueAt changed location to %v", got.Location())
	}
}

func TestPolicyValidate(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		p    *Policy
		ok   bool
	}{
		{"nil", nil, true},
		{"default", DefaultPolicy(), true},
		{"shorter", &Policy{Default: 24 * time.Hour}, true},
		{"longer erasure", &Policy{PerType: map[jaga.RequestType]time.Duration{jaga.RequestErasure: 30 * 24 * time.Hour}}, true},
		{"longer access", &Policy{PerType: map[jaga.RequestType]time.Duration{jaga.RequestAccess: 96 * time.Hour}}, false},
		{"longer default", &Policy{Default: 96 * time.Hour}, false},
		{"negative", &Policy{Default: -time.Hour}, false},
		{"negative type", &Policy{PerType: map[jaga.RequestType]time.Duration{jaga.RequestErasure: -time.Hour}}, false},
		{"unknown type", &Policy{PerType: map[jaga.RequestType]time.Duration{"gossip": time.Hour}}, false},
	} {
		err := c.p.Validate()
		if (err == nil) != c.ok {
			t.Errorf("%s: Validate() = %v, want ok %v", c.name, err, c.ok)
		}
		if err != nil && jaga.ErrorCode(err) != jaga.EINVALID {
			t.Errorf("%s: error code %q, want %q", c.name, jaga.ErrorCode(err), jaga.EINVALID)
		}
	}
}

func TestLegalBasis(t *testing.T) {
	t.Parallel()
	want := map[jaga.RequestType]string{
		jaga.RequestInformation:   "UU 27/2022 Pasal 5 dan 21",
		jaga.RequestAccess:        "UU 27/2022 Pasal 7 dan 32",
		jaga.RequestExport:        "UU 27/2022 Pasal 13",
		jaga.RequestRectification: "UU 27/2022 Pasal 6 dan 30",
		jaga.RequestErasure:       "UU 27/2022 Pasal 8 dan 43–44",
		jaga.RequestWithdrawal:    "UU 27/2022 Pasal 9 dan 40",
		jaga.RequestRestriction:   "UU 27/2022 Pasal 11 dan 41",
		jaga.RequestObjection:     "UU 27/2022 Pasal 10",
		jaga.RequestComplaint:     "UU 27/2022 Pasal 12",
	}
	for _, rt := range RequestTypes() {
		b, ok := LegalBasisFor(rt)
		if !ok {
			t.Fatalf("no legal basis for %s", rt)
		}
		if got := b.Citation("id"); got != want[rt] {
			t.Errorf("%s: Citation(id) = %q, want %q", rt, got, want[rt])
		}
		if en := b.Citation("en"); !strings.HasPrefix(en, "Law 27/2022 Article") {
			t.Errorf("%s: Citation(en) = %q", rt, en)
		}
		if b.Text("id") == "" || b.Text("en") == "" || b.Text("id") == b.Text("en") {
			t.Errorf("%s: missing or untranslated description", rt)
		}
	}
	// The law sets 3×24 hours only for these (reference A.3).
	for rt, statutory := range map[jaga.RequestType]bool{
		jaga.RequestAccess: true, jaga.RequestRectification: true, jaga.RequestWithdrawal: true,
		jaga.RequestRestriction: true, jaga.RequestErasure: false, jaga.RequestExport: false,
		jaga.RequestObjection: false, jaga.RequestInformation: false, jaga.RequestComplaint: false,
	} {
		if b, _ := LegalBasisFor(rt); b.Statutory != statutory {
			t.Errorf("%s: Statutory = %v, want %v", rt, b.Statutory, statutory)
		}
	}
	if _, ok := LegalBasisFor("gossip"); ok {
		t.Error("LegalBasisFor(unknown) reported ok")
	}
}
