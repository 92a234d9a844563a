// Command jagaload is jaga's load program: it starts one or two `jaga
// serve` replicas on loopback against a fake Telegram Bot API, posts signed
// webhooks, and reports accepted webhooks per second, accept latency,
// completed turns per second, and whether every message got exactly one
// reply, in order.
//
// It loads in one of two ways. By default (closed loop) a fixed number of
// senders post as fast as they are answered: that finds the most accepts a
// second jaga can take, and the latency at that saturation. With -rate N
// (open loop) webhooks fall due on a fixed schedule, N a second, whatever
// jaga's answers do, and the same senders post them as they fall due, as a
// channel's servers do (Telegram queues updates and posts them over at most
// 40 connections); a webhook's latency runs from its scheduled time, so
// time spent queued behind a slow answer counts (no coordinated omission).
// That shows the latency at a given load, e.g. whether 3,000 accepts a
// second stay under 20 ms at p99.
//
// Usage:
//
//	go build -o bin/jaga ./cmd/jaga
//	go run ./cmd/jagaload -jaga bin/jaga -backend sqlite
//	go run ./cmd/jagaload -jaga bin/jaga -backend sqlite -rate 3000 -chats 2000 -messages 14000
//	TEST_DATABASE_URL=postgres://… go run ./cmd/jagaload -jaga bin/jaga -backend postgres -replicas 2
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/assistant/gemini/geminitest"
	"github.com/jaga-id/jaga/bot/telegram/telegramtest"
	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/postgres"
	"github.com/jaga-id/jaga/store/sqlite"
)

const secret = "load-webhook-secret-0123456789"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "jagaload:", err)
		os.Exit(1)
	}
}

type config struct {
	bin         string
	backend     string
	dbURL       string
	replicas    int
	chats       int
	messages    int
	concurrency int
	rate        float64
	timeout     time.Duration
	cpuprofile  string
	during      string
}

func run() error {
	var c config
	flag.StringVar(&c.bin, "jaga", "bin/jaga", "the jaga binary")
	flag.StringVar(&c.backend, "backend", "sqlite", "sqlite or postgres")
	flag.StringVar(&c.dbURL, "database-url", os.Getenv("TEST_DATABASE_URL"), "PostgreSQL URL (a fresh schema is made in it)")
	flag.IntVar(&c.replicas, "replicas", 1, "jaga serve replicas (PostgreSQL only for more than one); webhooks alternate between them")
	flag.IntVar(&c.chats, "chats", 1000, "distinct chats")
	flag.IntVar(&c.messages, "messages", 6000, "messages to post after the warm-up")
	flag.IntVar(&c.concurrency, "concurrency", 32, "concurrent webhook senders (connections)")
	flag.Float64Var(&c.rate, "rate", 0, "post this many webhooks a second on a fixed schedule (open loop) instead of as fast as they are answered")
	flag.DurationVar(&c.timeout, "timeout", 5*time.Minute, "give up waiting for replies after this long")
	flag.StringVar(&c.cpuprofile, "cpuprofile", "", "write this program's own CPU profile (the load, the fakes) to the file")
	flag.StringVar(&c.during, "during", "", "run this shell command while the measured webhooks are posted, and interrupt it when they are all answered (e.g. 'perf record -a -g -o accept.data')")
	flag.Parse()
	if c.cpuprofile != "" {
		f, err := os.Create(c.cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if c.backend == "sqlite" && c.replicas > 1 {
		return errors.New("several replicas need -backend postgres")
	}
	tg := telegramtest.New()
	defer tg.Close()
	model := geminitest.New()
	defer model.Close()
	model.SetResponder(func(geminitest.Request) []string {
		return []string{"Toko buka setiap hari pukul 08.00–21.00, ", "termasuk hari Minggu."}
	})

	dataDir, err := os.MkdirTemp("", "jagaload-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dataDir)
	env := map[string]string{
		"JAGA_DATA_DIR":           dataDir,
		"JAGA_MASTER_KEY":         "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
		"JAGA_LOG_LEVEL":          "error",
		"JAGA_SAMPLE_DATA":        "false",
		"TELEGRAM_BOT_TOKEN":      telegramtest.Token,
		"TELEGRAM_API_URL":        tg.URL,
		"TELEGRAM_WEBHOOK_SECRET": secret,
		// Turns go through the assistant to a fake Gemini that answers at
		// once, over HTTP in the real wire format.
		"GEMINI_API_KEY":  geminitest.APIKey,
		"GEMINI_BASE_URL": model.URL,
		// The fake has no send limits; Telegram's (30/s, 1/s per chat)
		// would cap what is measured here, the gateway's own work.
		"TELEGRAM_SEND_RATE": "100000",
		"TELEGRAM_CHAT_RATE": "100000",
	}
	var dropSchema func()
	if c.backend == "postgres" {
		if c.dbURL == "" {
			return errors.New("-backend postgres needs -database-url or TEST_DATABASE_URL")
		}
		u, drop, err := freshSchema(c.dbURL)
		if err != nil {
			return err
		}
		dropSchema = drop
		defer drop()
		env["DATABASE_URL"] = u
	}
	var procs []*exec.Cmd
	var addrs []string
	for i := 0; i < c.replicas; i++ {
		addr, err := freeAddr()
		if err != nil {
			return err
		}
		env["JAGA_ADDR"] = addr
		cmd, err := start(c.bin, env)
		if err != nil {
			return err
		}
		procs = append(procs, cmd)
		addrs = append(addrs, addr)
	}
	defer func() {
		for _, p := range procs {
			_ = p.Process.Signal(syscall.SIGTERM)
			_ = p.Wait()
		}
	}()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c.concurrency * 2}, Timeout: 30 * time.Second}
	var updateID atomic.Int64
	update := func(chat int64, text string) []byte {
		n := updateID.Add(1)
		return telegramtest.TextUpdate(n, chat, int(n), text)
	}
	post := func(addr string, body []byte) (time.Duration, error) {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/webhooks/telegram", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(telegramtest.SecretHeader, secret)
		start := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			return 0, fmt.Errorf("webhook answered %d", resp.StatusCode)
		}
		return time.Since(start), nil
	}

	// Warm-up: every chat's first message (answered with the privacy
	// notice) and its agreement, so that every message of the load reaches
	// the assistant and the model.
	how := fmt.Sprintf("closed loop, %d senders", c.concurrency)
	if c.rate > 0 {
		how = fmt.Sprintf("open loop, %.0f webhooks/s over %d senders", c.rate, c.concurrency)
	}
	fmt.Printf("jagaload: backend=%s replicas=%d chats=%d messages=%d, %s\n",
		c.backend, c.replicas, c.chats, c.messages, how)
	for round, text := range []string{"halo", "ya, setuju"} {
		for i := 0; i < c.chats; i++ {
			if _, err := post(addrs[i%len(addrs)], update(int64(100000+i), text)); err != nil {
				return err
			}
		}
		if err := waitSent(tg, (round+1)*c.chats, c.timeout); err != nil {
			return fmt.Errorf("warm-up: %w", err)
		}
	}
	warmModel := len(model.Requests())
	if c.backend == "postgres" {
		// A database in service has statistics: autovacuum analyzes a
		// table once enough of it has changed, and PostgreSQL then plans
		// its statements again. This schema is seconds old, and until its
		// first analysis (autovacuum looks once a minute) PostgreSQL
		// plans for empty tables — sequential scans, which each pooled
		// connection's cached plans would keep for the whole run. Analyze
		// now, as pgbench vacuums before it measures, so that the run
		// measures a database in service rather than its first minute.
		if err := analyze(env["DATABASE_URL"]); err != nil {
			return fmt.Errorf("warm-up: %w", err)
		}
	}

	// Load: messages spread over the chats, alternating replicas. The
	// bodies are made before the clock starts, so that the measured
	// seconds spend no CPU of the machine on making them.
	bodies := make([][]byte, c.messages)
	for i := range bodies {
		bodies[i] = update(int64(100000+i%c.chats), "Kak, toko buka jam berapa hari Minggu? (pertanyaan "+strconv.Itoa(i)+")")
	}
	latencies := make([]time.Duration, c.messages)
	var failed atomic.Int64
	senders := make([][]*sender, c.concurrency)
	for w := range senders {
		for _, a := range addrs {
			senders[w] = append(senders[w], newSender(a, "/webhooks/telegram",
				"Content-Type: application/json", telegramtest.SecretHeader+": "+secret))
		}
	}
	send := func(w, i int, from time.Time) {
		body := bodies[i]
		bodies[i] = nil
		code, err := senders[w][i%len(addrs)].post(body)
		if err == nil {
			err = answerOK(code)
		}
		if err != nil {
			failed.Add(1)
			return
		}
		latencies[i] = time.Since(from)
	}
	var during *exec.Cmd
	if c.during != "" {
		during = exec.Command("sh", "-c", "exec "+c.during)
		during.Stdout, during.Stderr = os.Stderr, os.Stderr
		if err := during.Start(); err != nil {
			return fmt.Errorf("-during: %w", err)
		}
	}
	cpuBegin := machineCPU()
	begin := time.Now()
	var interval time.Duration
	if c.rate > 0 {
		interval = time.Duration(float64(time.Second) / c.rate)
	}
	load(c.messages, c.concurrency, interval, begin, send)
	acceptTime := time.Since(begin)
	if during != nil {
		_ = during.Process.Signal(os.Interrupt)
		_ = during.Wait()
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[int(float64(len(latencies)-1)*p)] }
	fmt.Printf("accepted:  %d webhooks in %s = %.0f/s (failed %d)\n", c.messages, acceptTime.Round(time.Millisecond),
		float64(c.messages)/acceptTime.Seconds(), failed.Load())
	fmt.Printf("accept latency: p50 %s  p99 %s  max %s\n", pct(.5).Round(time.Microsecond), pct(.99).Round(time.Microsecond),
		latencies[len(latencies)-1].Round(time.Microsecond))
	total := 2*c.chats + c.messages
	if err := waitSent(tg, total, c.timeout); err != nil {
		fmt.Println("jagaload:", err)
	}
	turnTime := time.Since(begin)
	cpu := machineCPU() - cpuBegin
	time.Sleep(2 * time.Second) // late duplicates would show up here

	fmt.Printf("completed: %d turns (replies sent) in %s = %.0f/s\n", c.messages, turnTime.Round(time.Millisecond),
		float64(c.messages)/turnTime.Seconds())
	if cpu > 0 {
		// Every process on the machine but niced ones (a compiler or a
		// profiler run in the background with nice): jaga, the database,
		// the fakes and this program.
		fmt.Printf("cpu: %.1f core-seconds for the %d messages = %.0f µs a message (accept, turn and send)\n",
			cpu.Seconds(), c.messages, float64(cpu.Microseconds())/float64(c.messages))
	}
	var snoozed [2]float64
	for _, addr := range addrs {
		for i, kind := range []string{"turn", "deliver"} {
			snoozed[i] += metric(client, addr, `jaga_jobs_total{kind="`+kind+`",result="snoozed"}`)
		}
	}
	fmt.Printf("snoozed: %.0f turns (waiting for an older message), %.0f deliveries (ordering, rate limits)\n",
		snoozed[0], snoozed[1])

	// Exactly one reply per message, per chat.
	per := map[int64]int{}
	for _, m := range tg.Sent() {
		per[m.ChatID]++
	}
	lost, dup := 0, 0
	for i := 0; i < c.chats; i++ {
		want := 2 + c.messages/c.chats
		if i < c.messages%c.chats {
			want++
		}
		got := per[int64(100000+i)]
		if got < want {
			lost += want - got
		} else if got > want {
			dup += got - want
		}
	}
	fmt.Printf("replies: lost %d, duplicated %d\n", lost, dup)
	calls := len(model.Requests()) - warmModel
	fmt.Printf("model: %d calls for %d messages\n", calls, c.messages)
	inOrder, err := checkOrder(c, env["DATABASE_URL"], dataDir)
	if err != nil {
		return err
	}
	fmt.Printf("order: %s\n", inOrder)
	if c.backend == "postgres" {
		// Periodic jobs run on the elected leader only: the minute job
		// must have been enqueued once per minute of the run, not once per
		// replica.
		runs, err := periodicRuns(env["DATABASE_URL"])
		if err != nil {
			return err
		}
		maxRuns := int(time.Since(begin).Minutes()) + 2
		fmt.Printf("periodic job runs: %d across %d replicas (at most %d expected with one leader)\n", runs, c.replicas, maxRuns)
		if runs > maxRuns {
			return errors.New("periodic jobs ran on more than one replica")
		}
	}
	_ = dropSchema
	if lost > 0 || dup > 0 || failed.Load() > 0 {
		return errors.New("lost, duplicated or failed messages")
	}
	if calls < c.messages {
		// The assistant lets one person start 10 model turns a minute and
		// answers the rest with a refusal: spread a long run over more chats.
		return errors.New("some messages did not reach the model (the per-person rate of 10 model turns a minute? use more -chats)")
	}
	return nil
}

// load posts messages 0..n-1 from a fixed number of senders. With no
// interval (closed loop) each sender posts its next message as soon as the
// last one is answered, and a message is measured from when it is posted.
// With an interval (open loop) message i falls due at begin + i×interval,
// as a channel's updates do (Telegram opens at most 40 connections to a
// webhook and queues updates while they are all busy), and is measured
// from then: a message that waited for a free sender counts that wait.
func load(n, senders int, interval time.Duration, begin time.Time, send func(w, i int, from time.Time)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < senders; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				at := time.Now()
				if interval > 0 {
					at = begin.Add(time.Duration(i) * interval)
					if d := time.Until(at); d > 0 {
						time.Sleep(d)
					}
				}
				send(w, i, at)
			}
		}()
	}
	wg.Wait()
}

// checkOrder verifies per conversation that replies were sent in the order
// of the messages they answer: the fake numbers a chat's messages as it
// receives them.
func checkOrder(c config, dbURL, dataDir string) (string, error) {
	ctx := context.Background()
	var st store.Store
	var err error
	if c.backend == "postgres" {
		st, err = postgres.Open(ctx, dbURL, store.Options{})
	} else {
		st, err = sqlite.Open(ctx, filepath.Join(dataDir, "jaga.db"), store.Options{})
	}
	if err != nil {
		return "", err
	}
	defer st.Close()
	bad := 0
	for i := 0; i < c.chats; i++ {
		ident, err := st.FindIdentity(ctx, jaga.ChannelTelegram, strconv.Itoa(100000+i))
		if err != nil {
			return "", err
		}
		msgs, err := st.ListMessagesBySubject(ctx, ident.SubjectID)
		if err != nil {
			return "", err
		}
		var replies []*jaga.Message
		for _, m := range msgs {
			if m.Direction == jaga.Outbound {
				replies = append(replies, m)
			}
		}
		sort.Slice(replies, func(a, b int) bool { return replies[a].ReplyTo < replies[b].ReplyTo })
		last := -1
		for _, r := range replies {
			_, n, _ := strings.Cut(r.ChannelMessageID, ":")
			seq, _ := strconv.Atoi(n)
			if seq < last {
				bad++
				break
			}
			last = seq
		}
	}
	if bad > 0 {
		return fmt.Sprintf("%d of %d conversations answered out of order", bad, c.chats), nil
	}
	return fmt.Sprintf("all %d conversations answered in order", c.chats), nil
}

// machineCPU returns the CPU time the machine has spent in user and system
// mode outside niced processes, from /proc/stat; 0 where there is none.
func machineCPU() time.Duration {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line) // cpu user nice system idle iowait irq softirq …
	if len(f) < 8 || f[0] != "cpu" {
		return 0
	}
	var ticks int64
	for _, i := range []int{1, 3, 6, 7} {
		n, _ := strconv.ParseInt(f[i], 10, 64)
		ticks += n
	}
	return time.Duration(ticks) * time.Second / 100 // USER_HZ is 100 on Linux
}

// analyze collects statistics for every table of the run's schema.
func analyze(dbURL string) error {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "ANALYZE")
	return err
}

func periodicRuns(dbURL string) (int, error) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	var n int
	err = conn.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE kind = 'privacy_overdue_count'`).Scan(&n)
	return n, err
}

func waitSent(tg *telegramtest.Server, n int, timeout time.Duration) error {
	if _, ok := tg.WaitSent(n, timeout); !ok {
		return fmt.Errorf("only %d of %d replies after %s", len(tg.Sent()), n, timeout)
	}
	return nil
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func start(bin string, env map[string]string) (*exec.Cmd, error) {
	cmd := exec.Command(bin, "serve")
	cmd.Env = os.Environ()
	if p := os.Getenv("JAGALOAD_CPUPROFILE"); p != "" {
		cmd.Env = append(cmd.Env, "JAGA_CPUPROFILE="+p+"."+env["JAGA_ADDR"])
	}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get("http://" + env["JAGA_ADDR"] + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return cmd, nil
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	return nil, errors.New("jaga serve did not become ready")
}

// freshSchema makes an empty schema for the run and returns a URL that uses
// it, and a function that drops it.
func freshSchema(base string) (string, func(), error) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return "", nil, err
	}
	defer conn.Close(ctx)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "jagaload_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		return "", nil, err
	}
	u, err := url.Parse(base)
	if err != nil {
		return "", nil, err
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	drop := func() {
		conn, err := pgx.Connect(context.Background(), base)
		if err != nil {
			return
		}
		defer conn.Close(context.Background())
		_, _ = conn.Exec(context.Background(), "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
	}
	return u.String(), drop, nil
}

// metric returns the value of one series on a replica's /metrics, 0 when
// absent or unreachable.
func metric(client *http.Client, addr, series string) float64 {
	resp, err := client.Get("http://" + addr + "/metrics")
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), series+" "); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f
		}
	}
	return 0
}
