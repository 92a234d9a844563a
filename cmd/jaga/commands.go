package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/store"
)

func init() {
	commands["redact"] = runRedact
	commands["requests"] = runRequests
	commands["link-code"] = runLinkCode
	commands["import"] = runImport
}

// runImport is `jaga import`: business data from JSON or CSV files.
func runImport(ctx context.Context, args []string, env Env) error {
	m := NewMain(env)
	if err := m.Config.Validate(); err != nil {
		return fmt.Errorf("invalid configuration:\n  %s", strings.ReplaceAll(err.Error(), "\n", "\n  "))
	}
	st, err := m.openStore(ctx, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	bst, err := businessStore(st)
	if err != nil {
		return err
	}
	err = business.RunImportCLI(ctx, bst, args, env.Stdout, time.Now())
	if business.IsUsage(err) {
		return errUsage
	}
	return err
}

// runRedact is `jaga redact`: stdin to stdout, one message a line.
func runRedact(ctx context.Context, args []string, env Env) error {
	fs := flag.NewFlagSet("jaga redact", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	jsonOut := fs.Bool("json", false, "write one JSON object a line with the redacted text and the entities found")
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: jaga redact [--json] < messages.txt\n\nReads one message a line and writes exactly one redacted line per input line.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return errUsage
	}
	return redact.RunCLI(env.Stdin, env.Stdout, *jsonOut)
}

// openForCommand opens the configured store for a one-shot command.
func openForCommand(ctx context.Context, env Env, fs *flag.FlagSet, args []string) (*Main, store.Store, error) {
	m := NewMain(env)
	fs.StringVar(&m.Config.DataDir, "data-dir", m.Config.DataDir, "data directory (JAGA_DATA_DIR)")
	if err := fs.Parse(args); err != nil {
		return nil, nil, errUsage
	}
	if err := m.Config.Validate(); err != nil {
		return nil, nil, fmt.Errorf("invalid configuration:\n  %s", strings.ReplaceAll(err.Error(), "\n", "\n  "))
	}
	st, err := m.openStore(ctx, store.Options{})
	if err != nil {
		return nil, nil, err
	}
	return m, st, nil
}

// runRequests is `jaga requests`: open privacy requests, soonest due first.
func runRequests(ctx context.Context, args []string, env Env) error {
	fs := flag.NewFlagSet("jaga requests", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	limit := fs.Int("limit", 100, "how many requests to list")
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: jaga requests [flags]\n\nLists open privacy requests, soonest due first; OVERDUE marks those past their legal due time.\n\n")
		fs.PrintDefaults()
	}
	_, st, err := openForCommand(ctx, env, fs, args)
	if err != nil {
		return err
	}
	defer st.Close()
	reqs, err := st.ListOpenPrivacyRequests(ctx, *limit)
	if err != nil {
		return err
	}
	now := time.Now()
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTYPE\tSTATUS\tCHANNEL\tSUBJECT\tRECEIVED\tDUE\t")
	for _, r := range reqs {
		due := r.DueAt.UTC().Format(time.RFC3339)
		if r.DueAt.Before(now) {
			due += " OVERDUE"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%s\t\n", r.ID, r.Type, r.Status, r.Channel, r.SubjectID,
			r.ReceivedAt.UTC().Format(time.RFC3339), due)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(reqs) == 0 {
		fmt.Fprintln(env.Stdout, "no open privacy requests")
	}
	return nil
}

// runLinkCode is `jaga link-code`: a one-time code that links the chat
// identity that sends it to an account of a business.
func runLinkCode(ctx context.Context, args []string, env Env) error {
	fs := flag.NewFlagSet("jaga link-code", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	account := fs.Int64("account", 0, "the account id on the host platform (required)")
	businessID := fs.Int64("business", 0, "the business id (required)")
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: jaga link-code --account ID --business ID\n\nPrints a one-time code (valid 15 minutes). The person sends \"/start CODE\" on Telegram\nor \"LINK CODE\" on WhatsApp to link their chat to the account.\n\n")
		fs.PrintDefaults()
	}
	m, st, err := openForCommand(ctx, env, fs, args)
	if err != nil {
		return err
	}
	defer st.Close()
	if *account <= 0 || *businessID <= 0 {
		fs.Usage()
		return errUsage
	}
	bst, err := businessStore(st)
	if err != nil {
		return err
	}
	svc := bot.New(bot.Config{Store: st, Accounts: accountChecker{business.NewTableSource(bst)}})
	code, expires, err := svc.CreateLinkCode(ctx, *account, *businessID)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "code: %s\nexpires: %s\ntelegram: /start %s\nwhatsapp: LINK %s\n", code,
		expires.Format(time.RFC3339), code, code)
	if u := m.Config.Telegram.BotUsername; u != "" {
		fmt.Fprintf(env.Stdout, "telegram link: https://t.me/%s?start=%s\n", u, code)
	}
	return nil
}
