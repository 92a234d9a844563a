package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestConfigDefaults(t *testing.T) {
	t.Parallel()
	c := ConfigFromEnv(envMap(nil))
	if err := c.Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	if c.Addr != "127.0.0.1:8080" || c.DataDir != "./data" || c.PublicURL != "http://127.0.0.1:8080" ||
		c.DatabaseURL != "" || c.Telegram.Mode != "webhook" || !c.SampleData {
		t.Fatalf("defaults = %+v", c)
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		env  map[string]string
		want string // substring of the error; "" means valid
	}{
		{"postgres url", map[string]string{"DATABASE_URL": "postgres://u:p@localhost:5432/jaga"}, ""},
		{"mysql url", map[string]string{"DATABASE_URL": "mysql://localhost/jaga"}, "DATABASE_URL must start with postgres://"},
		{"malformed postgres url", map[string]string{"DATABASE_URL": "postgres://u:p@localhost:notaport/jaga"}, "DATABASE_URL is not a valid PostgreSQL URL"},
		{"short master key", map[string]string{"JAGA_MASTER_KEY": "c2hvcnQ="}, "JAGA_MASTER_KEY: master key must decode to 32 bytes"},
		{"master key not base64", map[string]string{"JAGA_MASTER_KEY": "not base64!"}, "JAGA_MASTER_KEY: master key is not valid base64"},
		{"good master key", map[string]string{"JAGA_MASTER_KEY": "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="}, ""},
		{"unknown telegram mode", map[string]string{"TELEGRAM_MODE": "push"}, `TELEGRAM_MODE "push" must be webhook or polling`},
		{"telegram webhook without secret", map[string]string{"TELEGRAM_BOT_TOKEN": "123:abc"}, "TELEGRAM_WEBHOOK_SECRET is required"},
		{"telegram polling without secret", map[string]string{"TELEGRAM_BOT_TOKEN": "123:abc", "TELEGRAM_MODE": "polling"}, ""},
		{"placeholder secret", map[string]string{"TELEGRAM_BOT_TOKEN": "123:abc", "TELEGRAM_WEBHOOK_SECRET": "changeme"}, "TELEGRAM_WEBHOOK_SECRET is a placeholder"},
		{"whatsapp incomplete", map[string]string{"WHATSAPP_ACCESS_TOKEN": "tok"}, "WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN are required"},
		{"bad addr", map[string]string{"JAGA_ADDR": "8080"}, `JAGA_ADDR "8080" is not host:port`},
		{"bad public url", map[string]string{"JAGA_PUBLIC_URL": "ftp://x"}, "JAGA_PUBLIC_URL"},
		{"bad widget origin", map[string]string{"WIDGET_ALLOWED_ORIGINS": "shop.example"}, "WIDGET_ALLOWED_ORIGINS entry"},
		{"short widget secret", map[string]string{"WIDGET_SECRET": "abc"}, "WIDGET_SECRET must be at least 16"},
		{"bad gemini url", map[string]string{"GEMINI_BASE_URL": "localhost:9"}, "GEMINI_BASE_URL is not an http(s) URL"},
		{"bad log level", map[string]string{"JAGA_LOG_LEVEL": "loud"}, "JAGA_LOG_LEVEL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := ConfigFromEnv(envMap(tt.env))
			err := c.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want it to mention %q", err, tt.want)
			}
			for _, v := range tt.env {
				if len(v) > 6 && strings.Contains(err.Error(), v) && strings.Contains(v, "p@") {
					t.Fatalf("error repeats a secret: %v", err)
				}
			}
		})
	}
}

func TestMasterKeyGeneratedOnce(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	c := ConfigFromEnv(envMap(map[string]string{"JAGA_DATA_DIR": dir}))
	k1, gen1, err := c.LoadMasterKey()
	if err != nil || !gen1 || k1 == nil {
		t.Fatalf("first LoadMasterKey = %v, %v, %v", k1, gen1, err)
	}
	info, err := os.Stat(filepath.Join(dir, "master.key"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("master.key mode = %v, %v", info, err)
	}
	k2, gen2, err := c.LoadMasterKey()
	if err != nil || gen2 {
		t.Fatalf("second LoadMasterKey generated again: %v, %v", gen2, err)
	}
	// The same key: what one seals, the other opens.
	if _, err := k2.Open(k1.Seal([]byte("x"), nil), nil); err != nil {
		t.Fatalf("reloaded key differs: %v", err)
	}
}
