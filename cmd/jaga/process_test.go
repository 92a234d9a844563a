package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// jagaBinary builds the jaga binary once per test run.
func jagaBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "jaga-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "jaga")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// freeAddr returns a free loopback address.
func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// process is a `jaga serve` child process.
type process struct {
	cmd  *exec.Cmd
	addr string
	logs *syncBuffer
	done chan struct{}
}

type syncBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startProcess runs `jaga serve` with env and waits until /readyz answers.
func startProcess(t testing.TB, env map[string]string) *process {
	t.Helper()
	p := &process{addr: env["JAGA_ADDR"], logs: &syncBuffer{}, done: make(chan struct{})}
	p.cmd = exec.Command(jagaBinary(t), "serve")
	p.cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	for k, v := range env {
		p.cmd.Env = append(p.cmd.Env, k+"="+v)
	}
	p.cmd.Stdout, p.cmd.Stderr = p.logs, p.logs
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { _ = p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() { p.kill() })
	if _, err := waitReady(p.addr, 30*time.Second, p.done); err != nil {
		t.Fatalf("jaga serve not ready: %v\nlogs:\n%s", err, p.logs.String())
	}
	return p
}

// kill sends SIGKILL: no shutdown, no flush, as a crash would.
func (p *process) kill() {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// stop sends SIGTERM and waits for a graceful exit.
func (p *process) stop(t testing.TB) {
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(20 * time.Second):
		t.Fatalf("jaga serve did not stop on SIGTERM\n%s", p.logs.String())
	}
}

// waitReady polls /readyz until it answers 200.
func waitReady(addr string, timeout time.Duration, done <-chan struct{}) (time.Duration, error) {
	start := time.Now()
	client := &http.Client{Timeout: time.Second}
	for time.Since(start) < timeout {
		select {
		case <-done:
			return 0, fmt.Errorf("process exited")
		default:
		}
		resp, err := client.Get("http://" + addr + "/readyz")
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return time.Since(start), nil
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	return 0, fmt.Errorf("not ready after %s", timeout)
}

// logLines returns the process's log lines containing s.
func (p *process) logLines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(p.logs.String()))
	for sc.Scan() {
		if strings.Contains(sc.Text(), s) {
			out = append(out, sc.Text())
		}
	}
	return out
}

func TestServeAndShutdown(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := startProcess(t, map[string]string{"JAGA_ADDR": freeAddr(t), "JAGA_DATA_DIR": dir})
	for _, path := range []string{"/healthz", "/readyz", "/metrics"} {
		resp, err := http.Get("http://" + p.addr + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("%s = %d", path, resp.StatusCode)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "jaga.db")); err != nil {
		t.Fatalf("no SQLite file in the data dir: %v", err)
	}
	if len(p.logLines("JAGA_MASTER_KEY not set")) != 1 {
		t.Fatalf("expected one warning about the generated master key\n%s", p.logs.String())
	}
	p.stop(t)
	if got := p.logLines("shutting down"); len(got) != 1 {
		t.Fatalf("no graceful shutdown logged\n%s", p.logs.String())
	}
}

func TestServeRejectsBadConfig(t *testing.T) {
	t.Parallel()
	cmd := exec.Command(jagaBinary(t), "serve")
	cmd.Env = []string{"JAGA_DATA_DIR=" + t.TempDir(), "DATABASE_URL=mysql://x", "JAGA_MASTER_KEY=c2hvcnQ=", "TELEGRAM_MODE=push"}
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("jaga serve started with a bad configuration")
	}
	for _, want := range []string{"DATABASE_URL", "JAGA_MASTER_KEY", "TELEGRAM_MODE"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("error output does not name %s:\n%s", want, out)
		}
	}
}

// BenchmarkColdStart measures `jaga serve` from exec to /readyz answering 200
// on a fresh SQLite data directory (migrations and all), and on one that
// exists (a restart).
func BenchmarkColdStart(b *testing.B) {
	bin := jagaBinary(b)
	for _, fresh := range []bool{true, false} {
		name := "existing-data-dir"
		if fresh {
			name = "fresh-data-dir"
		}
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			var total time.Duration
			for i := 0; b.Loop(); i++ {
				d := dir
				if fresh {
					d = filepath.Join(dir, fmt.Sprint(i))
				}
				addr := freeAddr(b)
				cmd := exec.Command(bin, "serve")
				cmd.Env = []string{"JAGA_ADDR=" + addr, "JAGA_DATA_DIR=" + d, "JAGA_LOG_LEVEL=error", "JAGA_SAMPLE_DATA=false"}
				start := time.Now()
				if err := cmd.Start(); err != nil {
					b.Fatal(err)
				}
				done := make(chan struct{})
				go func() { _ = cmd.Wait(); close(done) }()
				if _, err := waitReady(addr, 30*time.Second, done); err != nil {
					b.Fatal(err)
				}
				total += time.Since(start)
				_ = cmd.Process.Signal(syscall.SIGKILL)
				<-done
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms-to-ready")
		})
	}
}
