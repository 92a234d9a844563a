package prompts

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestSystemGolden(t *testing.T) {
	tests := []struct {
		name string
		in   SystemInput
	}{
		{"id_telegram_public", SystemInput{Lang: "id", Channel: "telegram"}},
		{"en_whatsapp_public", SystemInput{Lang: "en", Channel: "whatsapp"}},
		{"id_telegram_snapshot", SystemInput{Lang: "id", Channel: "telegram", Business: "Kopi Senja",
			Snapshot: "Kas: Rp 12.500.000\nPendapatan bulan ini: Rp 48.000.000", AsOf: "22 November 2026"}},
		{"en_widget_snapshot", SystemInput{Lang: "en", Channel: "widget", Business: "Kopi Senja",
			Snapshot: "Cash: Rp 12.500.000\nRevenue this month: Rp 48.000.000", AsOf: "22 November 2026"}},
	}
	for _, tt := range tests {
		got, err := System(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", tt.name+".golden")
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./prompts -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: rendered prompt differs from %s:\n%s", tt.name, path, got)
		}
		for _, must := range []string{"[PERSON_1]", "/priva"} {
			if !strings.Contains(got, must) {
				t.Errorf("%s: system prompt lacks %q", tt.name, must)
			}
		}
	}
}

func TestTextsComplete(t *testing.T) {
	for key := range texts["id"] {
		if texts["en"][key] == "" {
			t.Errorf("text %q has no English version", key)
		}
	}
	for key := range texts["en"] {
		if texts["id"][key] == "" {
			t.Errorf("text %q has no Indonesian version", key)
		}
	}
	if Text("no_such_key", "en") != "no_such_key" {
		t.Error("unknown key should come back as the key")
	}
}
