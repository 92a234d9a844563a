package redact

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRunCLI(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("kata biasa ", 20000) + "hp 0812-3456-7890"
	in := "NIK 3171011708450001\n\nhp 0812-3456-7890 lagi 0812-3456-7890\r\n\xffrusak\xfe 0813-1111-2222\n" + long + "\nlast line no newline"
	var out bytes.Buffer
	if err := RunCLI(strings.NewReader(in), &out, false); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 6 {
		t.Fatalf("got %d lines, want 6: %q", len(lines), lines)
	}
	if lines[0] != "NIK [NIK_1]" || lines[1] != "" || lines[2] != "hp [PHONE_1] lagi [PHONE_1]" {
		t.Errorf("lines = %q", lines[:3])
	}
	if !utf8.ValidString(lines[3]) || !strings.HasSuffix(lines[3], "[PHONE_2]") {
		t.Errorf("invalid-UTF-8 line = %q", lines[3])
	}
	if !strings.HasSuffix(lines[4], "hp [PHONE_1]") {
		t.Errorf("long line not redacted")
	}

	out.Reset()
	if err := RunCLI(strings.NewReader("hp saya 0812-3456-7890\n"), &out, true); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Text     string `json:"text"`
		Entities []struct {
			Type        string `json:"type"`
			Start       int    `json:"start"`
			End         int    `json:"end"`
			Placeholder string `json:"placeholder"`
		} `json:"entities"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if got.Text != "hp saya [PHONE_1]" || len(got.Entities) != 1 || got.Entities[0].Start != 8 || got.Entities[0].End != 22 || got.Entities[0].Type != "PHONE" {
		t.Errorf("json = %s", out.String())
	}
	if strings.Contains(out.String(), "0812") {
		t.Errorf("--json printed the value: %s", out.String())
	}
}
