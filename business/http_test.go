package business_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/business"
)

// platform is a fake host platform serving the snapshot API from a full
// snapshot, recording what it was asked.
type platform struct {
	t       *testing.T
	full    *business.Snapshot
	roles   map[string]string
	token   string
	mu      sync.Mutex
	queries []string
	// body, when set, replaces the snapshot response.
	body   string
	status int
	delay  time.Duration
}

func (p *platform) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.queries = append(p.queries, r.URL.RequestURI())
	p.mu.Unlock()
	if p.delay > 0 {
		select {
		case <-time.After(p.delay):
		case <-r.Context().Done():
			return
		}
	}
	if r.Header.Get("Authorization") != "Bearer "+p.token {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	if p.status != 0 {
		w.Header().Set("Retry-After", "30")
		w.WriteHeader(p.status)
		return
	}
	parts := strings.Split(strings.Trim(strings.TrimPrefix(r.URL.Path, "/api"), "/"), "/")
	w.Header().Set("Content-Type", "application/json")
	switch {
	case len(parts) == 4 && parts[2] == "members":
		role, ok := p.roles[parts[3]]
		if !ok || parts[1] != "1001" {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"role": role})
	case len(parts) == 3 && parts[2] == "snapshot":
		if parts[1] != "1001" {
			http.NotFound(w, r)
			return
		}
		if p.body != "" {
			w.Write([]byte(p.body))
			return
		}
		// A careless platform: it sends every section whatever was asked.
		b, err := p.full.MarshalWire()
		if err != nil {
			p.t.Error(err)
		}
		w.Write(b)
	case len(parts) == 3 && parts[2] == "directory":
		w.Write([]byte(`{"entries":[{"kind":"PERSON","value":"Siti Rahmawati"},{"kind":"PHONE","value":"+62 813-0000-2011"},{"kind":"SECRET","value":"x"}]}`))
	default:
		http.NotFound(w, r)
	}
}

func newPlatform(t *testing.T) (*platform, *business.HTTPSource) {
	full := sampleSnapshot(t, business.RoleOwner)
	p := &platform{t: t, full: full, token: "s3cret-token", roles: map[string]string{"5001": "owner", "5005": "investor"}}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	src, err := business.NewHTTPSource(srv.URL+"/api/", p.token, &http.Client{Timeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return p, src
}

func TestHTTPSourceRoundTrip(t *testing.T) {
	p, src := newPlatform(t)
	ctx := context.Background()
	now := p.full.AsOf
	role, err := src.Role(ctx, 1001, 5001)
	if err != nil || role != business.RoleOwner {
		t.Fatalf("Role = %q, %v", role, err)
	}
	got, err := business.Build(ctx, src, 1001, role, business.AllSections, now)
	if err != nil {
		t.Fatal(err)
	}
	// The snapshot survives the wire: same figures, same text.
	if g, w := got.Render("en"), p.full.Render("en"); g != w {
		t.Errorf("over HTTP:\n%s\nwant:\n%s", g, w)
	}
	if got.Version != p.full.Version {
		t.Errorf("version %q, want %q", got.Version, p.full.Version)
	}
	last := p.queries[len(p.queries)-1]
	if !strings.HasPrefix(last, "/api/businesses/1001/snapshot?") || !strings.Contains(last, "sections=summary%2Ccash%2C") || !strings.Contains(last, "as_of=") {
		t.Errorf("snapshot request %q", last)
	}

	// An investor asks for everything; the platform sends everything; the
	// investor still gets the summary only.
	role, _ = src.Role(ctx, 1001, 5005)
	inv, err := business.Build(ctx, src, 1001, role, business.AllSections, now)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(inv.Sections, []business.Section{business.SectionSummary}) || inv.Cash != nil || inv.Payroll != nil || inv.Recent != nil {
		t.Errorf("investor snapshot over HTTP has %v: %+v", inv.Sections, inv)
	}
	if !strings.HasSuffix(p.queries[len(p.queries)-1], "sections=summary") {
		t.Errorf("investor snapshot asked for %q", p.queries[len(p.queries)-1])
	}

	// Not a member, unknown business: no data, no error.
	if role, err := src.Role(ctx, 1001, 7777); role != "" || err != nil {
		t.Errorf("non-member Role = %q, %v", role, err)
	}
	if s, err := business.Build(ctx, src, 4242, business.RoleOwner, business.AllSections, now); s != nil || err != nil {
		t.Errorf("unknown business = %v, %v", s, err)
	}

	dir, err := business.Directory(ctx, src, 1001)
	if err != nil || len(dir) != 2 || dir[0].Kind != business.KindPerson {
		t.Errorf("directory = %v, %v", dir, err)
	}
}

func TestHTTPSourceErrors(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name     string
		setup    func(p *platform, src **business.HTTPSource)
		code     string // jaga error code wanted, "" for an internal error
		contains string
	}{
		{"bad token", func(p *platform, src **business.HTTPSource) { p.token = "other" }, jaga.EINTERNAL, "rejected the token"},
		{"rate limited", func(p *platform, _ **business.HTTPSource) { p.status = 429 }, jaga.ERATELIMIT, "30 seconds"},
		{"server error", func(p *platform, _ **business.HTTPSource) { p.status = 502 }, jaga.EUNAVAILABLE, "failed"},
		{"timeout", func(p *platform, _ **business.HTTPSource) { p.delay = 2 * time.Second }, jaga.EUNAVAILABLE, "in time"},
		{"malformed", func(p *platform, _ **business.HTTPSource) { p.body = `{"periods": [` }, jaga.EINTERNAL, "malformed JSON"},
		{"bad period", func(p *platform, _ **business.HTTPSource) { p.body = `{"periods": [{"key": "decade"}]}` }, jaga.EINTERNAL, "unknown key"},
		{"wrong currency", func(p *platform, _ **business.HTTPSource) { p.body = `{"currency": "USD"}` }, jaga.EINTERNAL, "not supported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, src := newPlatform(t)
			tt.setup(p, &src)
			_, err := business.Build(ctx, src, 1001, business.RoleOwner, business.AllSections, time.Now())
			if err == nil {
				t.Fatal("no error")
			}
			if got := jaga.ErrorCode(err); got != tt.code {
				t.Errorf("code %q, want %q (%v)", got, tt.code, err)
			}
			if !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("error %q does not say %q", err, tt.contains)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("error leaks the token: %v", err)
			}
		})
	}
}

// TestHTTPSourceCounterparties checks a platform that sends a name where a
// placeholder belongs does not get it to the model.
func TestHTTPSourceCounterparties(t *testing.T) {
	p, src := newPlatform(t)
	p.body = `{"business_name": "Kopi Senja", "recent_transactions": [
		{"date": "2026-11-20", "amount": -500000, "category": "Bahan baku", "counterparty": "Budi Santoso"},
		{"date": "2026-11-21", "amount": 250000, "category": "Penjualan", "counterparty": "[PERSON_1]"}]}`
	s, err := business.Build(context.Background(), src, 1001, business.RoleOwner, []business.Section{business.SectionTransactions}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if s.Recent[0].Counterparty != "[PARTY]" || s.Recent[1].Counterparty != "[PERSON_1]" {
		t.Errorf("counterparties = %+v", s.Recent)
	}
	if strings.Contains(s.Render("id"), "Budi") {
		t.Error("a name reached the rendered snapshot")
	}
}

func TestNewHTTPSourceChecks(t *testing.T) {
	for _, tt := range []struct{ url, token string }{
		{"ftp://x", "t"}, {"http://", "t"}, {"https://platform.example", ""}, {"::", "t"},
	} {
		if _, err := business.NewHTTPSource(tt.url, tt.token, nil); err == nil {
			t.Errorf("NewHTTPSource(%q, %q) accepted", tt.url, tt.token)
		}
	}
}
