package main

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jaga-id/jaga/seal"
	"github.com/jaga-id/jaga/store/postgres"
)

// Config is jaga's configuration, read from the environment names of the
// design's contract; flags may override some of them.
type Config struct {
	Addr        string // JAGA_ADDR
	DataDir     string // JAGA_DATA_DIR
	PublicURL   string // JAGA_PUBLIC_URL
	DatabaseURL string // DATABASE_URL
	MasterKey   string // JAGA_MASTER_KEY (base64 of 32 bytes)
	LogLevel    string // JAGA_LOG_LEVEL: debug, info, warn, error
	// SampleData loads the sample business into an empty database at start
	// (JAGA_SAMPLE_DATA, default on).
	SampleData bool
	// JobRescueAfter is when a job left running by a crashed process runs
	// again (JAGA_JOB_RESCUE_AFTER, default 2m).
	JobRescueAfter time.Duration

	badDurations []error

	Gemini   GeminiConfig
	Telegram TelegramConfig
	WhatsApp WhatsAppConfig
	Widget   WidgetConfig
}

// GeminiConfig is model access.
type GeminiConfig struct {
	APIKey  string // GEMINI_API_KEY
	Model   string // GEMINI_MODEL
	BaseURL string // GEMINI_BASE_URL
	// MonthlyTokens caps a business's model tokens per calendar month
	// (GEMINI_MONTHLY_TOKENS; 0, the default, means no cap).
	MonthlyTokens int64
}

// TelegramConfig is the Telegram channel.
type TelegramConfig struct {
	Token         string // TELEGRAM_BOT_TOKEN
	APIURL        string // TELEGRAM_API_URL
	WebhookSecret string // TELEGRAM_WEBHOOK_SECRET
	Mode          string // TELEGRAM_MODE: webhook or polling
	BotUsername   string // TELEGRAM_BOT_USERNAME: for t.me deep links in link codes
	// SendRate and ChatRate are messages per second for the whole bot
	// (TELEGRAM_SEND_RATE, default 30) and per chat (TELEGRAM_CHAT_RATE,
	// default 1), Telegram's guidance for bots without paid broadcasts.
	SendRate float64
	ChatRate float64
	// DraftInterval is the least time between two drafts of an answer
	// streamed to a private chat (TELEGRAM_DRAFT_INTERVAL, default 1s;
	// "off" sends answers whole).
	DraftInterval time.Duration
}

// WhatsAppConfig is the WhatsApp Cloud API channel.
type WhatsAppConfig struct {
	AccessToken   string  // WHATSAPP_ACCESS_TOKEN
	PhoneNumberID string  // WHATSAPP_PHONE_NUMBER_ID
	AppSecret     string  // WHATSAPP_APP_SECRET
	VerifyToken   string  // WHATSAPP_VERIFY_TOKEN
	APIURL        string  // WHATSAPP_API_URL
	SendRate      float64 // WHATSAPP_SEND_RATE: messages per second per number (default 80)
}

// WidgetConfig is the website widget.
type WidgetConfig struct {
	Secret         string   // WIDGET_SECRET
	AllowedOrigins []string // WIDGET_ALLOWED_ORIGINS, comma-separated
}

// ConfigFromEnv reads the configuration from getenv.
func ConfigFromEnv(getenv func(string) string) Config {
	get := func(name, def string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		return def
	}
	c := Config{
		Addr:        get("JAGA_ADDR", "127.0.0.1:8080"),
		DataDir:     get("JAGA_DATA_DIR", "./data"),
		PublicURL:   get("JAGA_PUBLIC_URL", ""),
		DatabaseURL: get("DATABASE_URL", ""),
		MasterKey:   get("JAGA_MASTER_KEY", ""),
		LogLevel:    get("JAGA_LOG_LEVEL", "info"),
		SampleData:  get("JAGA_SAMPLE_DATA", "true") != "false",
		Gemini: GeminiConfig{
			APIKey:  get("GEMINI_API_KEY", ""),
			Model:   get("GEMINI_MODEL", "gemini-2.5-flash"),
			BaseURL: get("GEMINI_BASE_URL", ""),
		},
		Telegram: TelegramConfig{
			Token:         get("TELEGRAM_BOT_TOKEN", ""),
			APIURL:        get("TELEGRAM_API_URL", ""),
			WebhookSecret: get("TELEGRAM_WEBHOOK_SECRET", ""),
			Mode:          get("TELEGRAM_MODE", "webhook"),
			BotUsername:   strings.TrimPrefix(get("TELEGRAM_BOT_USERNAME", ""), "@"),
		},
		WhatsApp: WhatsAppConfig{
			AccessToken:   get("WHATSAPP_ACCESS_TOKEN", ""),
			PhoneNumberID: get("WHATSAPP_PHONE_NUMBER_ID", ""),
			AppSecret:     get("WHATSAPP_APP_SECRET", ""),
			VerifyToken:   get("WHATSAPP_VERIFY_TOKEN", ""),
			APIURL:        get("WHATSAPP_API_URL", ""),
		},
		Widget: WidgetConfig{Secret: get("WIDGET_SECRET", "")},
	}
	c.Telegram.SendRate, c.badDurations = parseRate(get("TELEGRAM_SEND_RATE", "30"), "TELEGRAM_SEND_RATE", c.badDurations)
	c.Telegram.ChatRate, c.badDurations = parseRate(get("TELEGRAM_CHAT_RATE", "1"), "TELEGRAM_CHAT_RATE", c.badDurations)
	if v := get("TELEGRAM_DRAFT_INTERVAL", "1s"); v == "off" {
		c.Telegram.DraftInterval = -1
	} else {
		c.Telegram.DraftInterval, c.badDurations = parseDuration(v, "TELEGRAM_DRAFT_INTERVAL", c.badDurations)
	}
	c.WhatsApp.SendRate, c.badDurations = parseRate(get("WHATSAPP_SEND_RATE", "80"), "WHATSAPP_SEND_RATE", c.badDurations)
	if v := get("GEMINI_MONTHLY_TOKENS", "0"); v != "0" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			c.badDurations = append(c.badDurations, fmt.Errorf("GEMINI_MONTHLY_TOKENS %q is not a whole number of tokens", v))
		}
		c.Gemini.MonthlyTokens = n
	}
	c.JobRescueAfter, c.badDurations = parseDuration(get("JAGA_JOB_RESCUE_AFTER", "2m"), "JAGA_JOB_RESCUE_AFTER", c.badDurations)
	for _, o := range strings.Split(get("WIDGET_ALLOWED_ORIGINS", ""), ",") {
		if o = strings.TrimSpace(o); o != "" {
			c.Widget.AllowedOrigins = append(c.Widget.AllowedOrigins, o)
		}
	}
	return c
}

// placeholderSecrets are values copied from examples that must never run.
var placeholderSecrets = map[string]bool{"changeme": true, "change-me": true, "secret": true, "xxx": true, "todo": true}

// Validate checks the configuration and fills derived defaults. Its errors
// name the variable and never repeat a secret.
func (c *Config) Validate() error {
	errs := append([]error(nil), c.badDurations...)
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		errs = append(errs, fmt.Errorf("JAGA_ADDR %q is not host:port", c.Addr))
	}
	if c.PublicURL == "" {
		c.PublicURL = "http://" + c.Addr
	} else if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("JAGA_PUBLIC_URL %q is not an http(s) URL", c.PublicURL))
	}
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	if c.DatabaseURL != "" {
		if !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
			errs = append(errs, errors.New("DATABASE_URL must start with postgres:// (leave it empty for SQLite)"))
		} else if err := postgres.ParseURL(c.DatabaseURL); err != nil {
			errs = append(errs, err)
		}
	}
	if c.MasterKey != "" {
		if _, err := seal.ParseMasterKey(c.MasterKey); err != nil {
			errs = append(errs, fmt.Errorf("JAGA_MASTER_KEY: %v", err))
		}
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("JAGA_LOG_LEVEL %q must be debug, info, warn or error", c.LogLevel))
	}
	switch c.Telegram.Mode {
	case "webhook", "polling":
	default:
		errs = append(errs, fmt.Errorf("TELEGRAM_MODE %q must be webhook or polling", c.Telegram.Mode))
	}
	if c.Telegram.Token != "" && c.Telegram.Mode == "webhook" && c.Telegram.WebhookSecret == "" {
		errs = append(errs, errors.New("TELEGRAM_WEBHOOK_SECRET is required in webhook mode"))
	}
	if c.WhatsApp.AccessToken != "" {
		if c.WhatsApp.PhoneNumberID == "" || c.WhatsApp.AppSecret == "" || c.WhatsApp.VerifyToken == "" {
			errs = append(errs, errors.New("WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN are required with WHATSAPP_ACCESS_TOKEN"))
		}
	}
	for name, v := range map[string]string{
		"TELEGRAM_WEBHOOK_SECRET": c.Telegram.WebhookSecret, "WHATSAPP_APP_SECRET": c.WhatsApp.AppSecret,
		"WHATSAPP_VERIFY_TOKEN": c.WhatsApp.VerifyToken, "WIDGET_SECRET": c.Widget.Secret, "GEMINI_API_KEY": c.Gemini.APIKey,
	} {
		if placeholderSecrets[strings.ToLower(v)] {
			errs = append(errs, fmt.Errorf("%s is a placeholder value; set a real secret", name))
		}
	}
	if c.Widget.Secret != "" && len(c.Widget.Secret) < 16 {
		errs = append(errs, errors.New("WIDGET_SECRET must be at least 16 characters"))
	}
	for _, o := range c.Widget.AllowedOrigins {
		if u, err := url.Parse(o); err != nil || u.Scheme == "" || u.Host == "" {
			errs = append(errs, fmt.Errorf("WIDGET_ALLOWED_ORIGINS entry %q is not an origin like https://shop.example", o))
		}
	}
	for _, u := range []struct{ name, v string }{
		{"GEMINI_BASE_URL", c.Gemini.BaseURL}, {"TELEGRAM_API_URL", c.Telegram.APIURL}, {"WHATSAPP_API_URL", c.WhatsApp.APIURL},
	} {
		if u.v == "" {
			continue
		}
		if p, err := url.Parse(u.v); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			errs = append(errs, fmt.Errorf("%s is not an http(s) URL", u.name))
		}
	}
	return errors.Join(errs...)
}

func parseDuration(v, name string, errs []error) (time.Duration, []error) {
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, append(errs, fmt.Errorf("%s %q is not a positive duration like 30s or 2m", name, v))
	}
	return d, errs
}

func parseRate(v, name string, errs []error) (float64, []error) {
	r, err := strconv.ParseFloat(v, 64)
	if err != nil || r <= 0 {
		return 0, append(errs, fmt.Errorf("%s %q is not a positive number of messages per second", name, v))
	}
	return r, errs
}

// SQLitePath is the database file used when DATABASE_URL is empty.
func (c *Config) SQLitePath() string { return filepath.Join(c.DataDir, "jaga.db") }

// masterKeyFile is where a development master key is generated.
func (c *Config) masterKeyFile() string { return filepath.Join(c.DataDir, "master.key") }

// LoadMasterKey returns the master key: JAGA_MASTER_KEY, or the key file in
// the data directory, generated on first run. generated reports a new key.
func (c *Config) LoadMasterKey() (key *seal.Key, generated bool, err error) {
	if c.MasterKey != "" {
		k, err := seal.ParseMasterKey(c.MasterKey)
		return k, false, err
	}
	b, err := os.ReadFile(c.masterKeyFile())
	if err == nil {
		k, err := seal.ParseMasterKey(string(b))
		if err != nil {
			return nil, false, fmt.Errorf("%s: %v", c.masterKeyFile(), err)
		}
		return k, false, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, false, fmt.Errorf("read master key file: %w", err)
	}
	if err := os.MkdirAll(c.DataDir, 0o700); err != nil {
		return nil, false, fmt.Errorf("create data directory: %w", err)
	}
	raw := seal.GenerateRaw()
	enc := base64Std(raw)
	f, err := os.OpenFile(c.masterKeyFile(), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) { // another process won the race
			return c.LoadMasterKey()
		}
		return nil, false, fmt.Errorf("write master key file: %w", err)
	}
	if _, err := f.WriteString(enc + "\n"); err != nil {
		f.Close()
		return nil, false, fmt.Errorf("write master key file: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, false, err
	}
	k, err := seal.NewKey(raw)
	return k, true, err
}
