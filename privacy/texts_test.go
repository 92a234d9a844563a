package privacy

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
)

var updateTexts = flag.Bool("update-texts", false, "rewrite testdata/texts.golden")

// sampleTextData fills every placeholder the texts use, for the golden file.
var sampleTextData = map[string]string{
	"due":            "23 November 2026, 23:30 WIB",
	"expires":        "21 November 2026, 23:30 WIB",
	"link":           "https://jaga.example/privacy/exports/TOKEN",
	"word":           "HAPUS",
	"command":        "/hapusdata",
	"type_name":      "penghapusan data",
	"conversations":  "3",
	"messages":       "41",
	"identities":     "telegram ****4321",
	"messages_in":    "21",
	"messages_out":   "20",
	"model_messages": "12",
	"last_model":     "20 November 2026, 16:30 WIB",
	"sections":       "sales, stock",
	"consent":        "ya",
	"requests":       "1",
}

func TestTextsSameKeysAndPlaceholders(t *testing.T) {
	t.Parallel()
	id, en := texts["id"], texts["en"]
	for k := range id {
		if _, ok := en[k]; !ok {
			t.Errorf("key %q missing in en", k)
		}
	}
	for k, v := range en {
		other, ok := id[k]
		if !ok {
			t.Errorf("key %q missing in id", k)
			continue
		}
		a, b := placeholders(v), placeholders(other)
		sort.Strings(a)
		sort.Strings(b)
		if !slices.Equal(a, b) {
			t.Errorf("key %q: placeholders en %v, id %v", k, a, b)
		}
		for _, p := range a {
			if _, ok := sampleTextData[p]; !ok {
				t.Errorf("key %q: placeholder {%s} has no sample value", k, p)
			}
		}
		// Texts are read on a phone: keep them short.
		if len(v) > 600 || len(other) > 600 {
			t.Errorf("key %q: text longer than 600 bytes", k)
		}
	}
}

// TestTextsKeysUsedByFlows checks the keys the flows (and Detect) ask for.
func TestTextsKeysUsedByFlows(t *testing.T) {
	t.Parallel()
	keys := []string{
		"consent_required", "consent_accepted", "consent_declined", "restriction_active",
		"privacy_menu", "request_recorded", "erasure_confirm", "erasure_cancelled", "erasure_done",
		"withdrawal_done", "access_summary",
		"export_ready",
	}
	for _, rt := range RequestTypes() {
		keys = append(keys, string(rt)+"_ack", "type_"+string(rt))
	}
	for _, k := range keys {
		if !HasText(k) {
			t.Errorf("text %q missing", k)
		}
	}
}

func TestText(t *testing.T) {
	t.Parallel()
	if got := Text("erasure_confirm", "id", map[string]string{"word": "HAPUS"}); !strings.Contains(got, "HAPUS") {
		t.Errorf("placeholder not filled: %q", got)
	}
	if got, want := Text("erasure_cancelled", "fr", nil), Text("erasure_cancelled", "id", nil); got != want {
		t.Errorf("unknown language: got %q, want Indonesian %q", got, want)
	}
	if got := Text("no_such_key", "en", nil); got != "no_such_key" {
		t.Errorf("unknown key: got %q", got)
	}
	if got := Text("objection_ack", "en", nil); strings.Contains(got, "{") {
		t.Errorf("missing value left a placeholder: %q", got)
	}
	for _, c := range []struct{ tmpl, want string }{
		{"a {x} b", "a 1 b"},
		{"{x}{x}", "11"},
		{"{ x } {X} {", "{ x } {X} {"},
		{"{}", "{}"},
		{"{y}", ""},
		{"json {\"k\": {x}}", "json {\"k\": 1}"},
	} {
		if got := fill(c.tmpl, map[string]string{"x": "1"}); got != c.want {
			t.Errorf("fill(%q) = %q, want %q", c.tmpl, got, c.want)
		}
	}
}

// TestTextsGolden renders every text in both languages with sample data into
// testdata/texts.golden, so a change of wording shows up in review. Run with
// -update-texts to rewrite it.
func TestTextsGolden(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	keys := make([]string, 0, len(texts["id"]))
	for k := range texts["id"] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, lang := range Languages {
			fmt.Fprintf(&b, "== %s [%s]\n%s\n\n", k, lang, Text(k, lang, sampleTextData))
		}
	}
	const golden = "testdata/texts.golden"
	if *updateTexts {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-texts to create it)", err)
	}
	if string(want) != b.String() {
		t.Errorf("texts differ from %s; run go test -run TestTextsGolden -update-texts and review the diff", golden)
	}
}
