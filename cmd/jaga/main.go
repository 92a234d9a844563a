// Command jaga is the privacy-first chat assistant gateway: one binary that
// serves the channel webhooks, the widget and the console, and runs the
// maintenance commands.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Version is set at build time with -ldflags "-X main.Version=…".
var Version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Run(ctx, os.Args[1:], Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv})
	stop()
	os.Exit(code)
}

// Env is the process environment a command runs in, so tests can run
// commands in-process.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

const usage = `jaga — privacy-first chat assistant gateway

Usage:
  jaga <command> [flags]

Commands:
  serve      run the gateway (webhooks, widget, console, jobs)
  migrate    apply database migrations and exit
  redact     redact stdin to stdout, one message a line (--json for entities)
  import     load business data from JSON or CSV files
  link-code  print a one-time code that links a chat identity to an account
  requests   list open privacy requests, soonest due first
  version    print the version

Configuration comes from the environment (JAGA_ADDR, JAGA_DATA_DIR,
DATABASE_URL, JAGA_MASTER_KEY, GEMINI_API_KEY, TELEGRAM_BOT_TOKEN, …); see the
README. Run "jaga <command> --help" for a command's flags.
`

// Run runs the command in args and returns the process exit code.
func Run(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return 2
	}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "serve":
		err = runServe(ctx, rest, env)
	case "migrate":
		err = runMigrate(ctx, rest, env)
	case "version", "--version", "-version":
		fmt.Fprintf(env.Stdout, "jaga %s\n", Version)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(env.Stdout, usage)
	default:
		if c, ok := commands[cmd]; ok {
			err = c(ctx, rest, env)
			break
		}
		fmt.Fprintf(env.Stderr, "jaga: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	if err == errUsage {
		return 2
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "jaga: %v\n", err)
		return 1
	}
	return 0
}

// commands holds the subcommands other files add.
var commands = map[string]func(ctx context.Context, args []string, env Env) error{}
