package business_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pkoukk/tiktoken-go"
	tiktoken_loader "github.com/pkoukk/tiktoken-go-loader"

	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestRupiah(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "Rp 0"}, {5, "Rp 5"}, {999, "Rp 999"}, {1000, "Rp 1.000"}, {1250000, "Rp 1.250.000"},
		{-75000, "-Rp 75.000"}, {123456789012, "Rp 123.456.789.012"},
		{-9223372036854775808, "-Rp 9.223.372.036.854.775.808"},
	}
	for _, tt := range tests {
		if got := business.Rupiah(tt.n); got != tt.want {
			t.Errorf("Rupiah(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

// sampleSnapshot builds the full sample snapshot on SQLite.
func sampleSnapshot(t testing.TB, role business.Role) *business.Snapshot {
	t.Helper()
	st := storetest.SQLite(t, store.Options{})
	now := refTimes[0]
	importSample(t, st, now)
	s, err := business.Build(context.Background(), business.NewTableSource(st), business.SampleBusinessID, role, business.AllSections, now)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRenderGolden pins the rendered sample snapshot in both languages.
// Run with -update after an intended change.
func TestRenderGolden(t *testing.T) {
	s := sampleSnapshot(t, business.RoleOwner)
	for _, lang := range []string{"id", "en"} {
		got := s.Render(lang)
		path := filepath.Join("testdata", "render_"+lang+".golden")
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("Render(%q) differs from %s:\n%s", lang, path, got)
		}
	}
}

// TestSnapshotPassesEgress checks that the rendered sample snapshot, which
// goes into every system prompt, holds nothing the egress check reports:
// a finding there would block every call to the model.
func TestSnapshotPassesEgress(t *testing.T) {
	s := sampleSnapshot(t, business.RoleOwner)
	r := redact.New(redact.Options{})
	for _, lang := range []string{"id", "en"} {
		if fs := r.Check(s.Render(lang)); len(fs) > 0 {
			t.Errorf("%s snapshot: egress findings %+v", lang, fs)
		}
	}
}

// TestSnapshotTokenBudget checks the full sample snapshot fits the prompt's
// budget of 1,500 tokens (o200k_base, GPT-4o's encoding, as a stand-in for
// the model's tokenizer) in both languages.
func TestSnapshotTokenBudget(t *testing.T) {
	tiktoken.SetBpeLoader(tiktoken_loader.NewOfflineLoader())
	enc, err := tiktoken.GetEncoding("o200k_base")
	if err != nil {
		t.Fatal(err)
	}
	s := sampleSnapshot(t, business.RoleOwner)
	for _, lang := range []string{"id", "en"} {
		n := len(enc.Encode(s.Render(lang), nil, nil))
		t.Logf("sample snapshot, all sections, %s: %d tokens (o200k_base)", lang, n)
		if n > 1500 {
			t.Errorf("%s snapshot is %d tokens; budget 1500", lang, n)
		}
	}
}

func TestVersionStable(t *testing.T) {
	ctx := context.Background()
	full := sampleSnapshot(t, business.RoleOwner)
	src := &business.StaticSource{Full: full}
	now := full.AsOf
	a, _ := business.Build(ctx, src, full.BusinessID, business.RoleOwner, business.AllSections, now)
	b, _ := business.Build(ctx, src, full.BusinessID, business.RoleOwner, business.AllSections, now.Add(time.Minute))
	c, _ := business.Build(ctx, src, full.BusinessID, business.RoleInvestor, business.AllSections, now)
	if a.Version == "" || a.Version != b.Version {
		t.Errorf("same content, versions %q and %q", a.Version, b.Version)
	}
	if a.Version == c.Version {
		t.Errorf("owner and investor snapshots share version %q", a.Version)
	}
}
