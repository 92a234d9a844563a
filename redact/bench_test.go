package redact

import (
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// benchCorpus is the labelled corpus as plain messages.
func benchCorpus(b *testing.B) ([]string, int64) {
	b.Helper()
	ms := loadCorpus(b)
	out := make([]string, len(ms))
	var n int64
	for i, m := range ms {
		out[i] = m.Text
		n += int64(len(m.Text))
	}
	return out, n
}

// runCorpus runs f over every message b.N times and reports MB/s,
// allocations per message and the share of messages.
func runCorpus(b *testing.B, msgs []string, total int64, f func(string)) {
	b.SetBytes(total)
	b.ReportAllocs()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, m := range msgs {
			f(m)
		}
	}
	c1 := cpuTime()
	b.StopTimer()
	runtime.ReadMemStats(&ms1)
	b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/float64(b.N*len(msgs)), "allocs/msg")
	if c1 > c0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/(c1-c0).Seconds(), "cpu-MB/s")
	}
}

// BenchmarkDetect measures Detect over the mixed corpus (Indonesian,
// English, slang, business text) with every detector and a 120-name
// business dictionary on.
func BenchmarkDetect(b *testing.B) {
	msgs, total := benchCorpus(b)
	r := corpusRedactor()
	runCorpus(b, msgs, total, func(m string) { r.Detect(m) })
}

// BenchmarkRedact adds placeholders and a per-conversation Vault. It
// measures RedactText, which the bot calls: it keeps the redacted text
// and never the entities.
func BenchmarkRedact(b *testing.B) {
	msgs, total := benchCorpus(b)
	r := corpusRedactor()
	v := NewVault()
	runCorpus(b, msgs, total, func(m string) { r.RedactText(m, v) })
}

// BenchmarkRedactEntities is BenchmarkRedact through Redact, which also
// returns the entities.
func BenchmarkRedactEntities(b *testing.B) {
	msgs, total := benchCorpus(b)
	r := corpusRedactor()
	v := NewVault()
	runCorpus(b, msgs, total, func(m string) { r.Redact(m, v) })
}

// BenchmarkRedactConversations is BenchmarkRedact with a Vault per
// conversation of 20 messages, as production keeps them: most values are
// new to their Vault, so placeholders are made more often than found.
// BenchmarkRedact puts the whole corpus into one Vault instead.
func BenchmarkRedactConversations(b *testing.B) {
	msgs, total := benchCorpus(b)
	r := corpusRedactor()
	var v *Vault
	k := 0
	runCorpus(b, msgs, total, func(m string) {
		if k%20 == 0 {
			v = NewVault()
		}
		k++
		r.RedactText(m, v)
	})
}

// BenchmarkDetectParallel runs Detect over the corpus from GOMAXPROCS
// goroutines sharing one Redactor, as a server does: it shows what the
// calls running at the same time cost each other (the spare scanner, the
// pool).
func BenchmarkDetectParallel(b *testing.B) {
	msgs, total := benchCorpus(b)
	r := corpusRedactor()
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, m := range msgs {
				r.Detect(m)
			}
		}
	})
}

// BenchmarkDetectBusiness measures the common case: business text with no
// personal data, which must not allocate.
func BenchmarkDetectBusiness(b *testing.B) {
	var msgs []string
	var total int64
	for _, m := range loadCorpus(b) {
		if len(m.Spans) == 0 {
			msgs = append(msgs, m.Text)
			total += int64(len(m.Text))
		}
	}
	r := corpusRedactor()
	runCorpus(b, msgs, total, func(m string) { r.Detect(m) })
}

// BenchmarkDetectDictionary5000 uses a dictionary of 5,000 names.
func BenchmarkDetectDictionary5000(b *testing.B) {
	msgs, total := benchCorpus(b)
	d := NewDictionary()
	for i := 0; i < 5000; i++ {
		d.Add(Person, firstNames[i%len(firstNames)]+" "+lastNames[(i/len(firstNames))%len(lastNames)]+" "+string(rune('a'+i%26))+string(rune('a'+(i/26)%26)))
	}
	r := New(Options{Dictionary: d})
	runCorpus(b, msgs, total, func(m string) { r.Detect(m) })
}

// BenchmarkLatency2KB reports p50 and p99 over messages of up to 2 KB built
// from the corpus: Detect alone, and Redact into one conversation's Vault
// (the production path). Every call is timed, so p99 includes what the
// machine adds (preemption, interrupts, a garbage collection); "own"
// figures take each message's fastest run over all passes — its own cost,
// content-driven — and "jitter" times a fixed loop of about the same length
// to show what this machine adds to any work of that size.
func BenchmarkLatency2KB(b *testing.B) {
	msgs, _ := benchCorpus(b)
	var long []string
	var cur strings.Builder
	for _, m := range msgs {
		if cur.Len()+len(m)+1 > 2048 {
			long = append(long, cur.String())
			cur.Reset()
		}
		cur.WriteString(m)
		cur.WriteByte('\n')
	}
	r := corpusRedactor()
	v := NewVault()
	for _, bc := range []struct {
		name string
		f    func(string)
	}{
		{"detect", func(m string) { r.Detect(m) }},
		{"redact", func(m string) { r.RedactText(m, v) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			own := make([]time.Duration, len(long))
			var bytes int64
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m := long[i%len(long)]
				bytes += int64(len(m))
				st := time.Now()
				bc.f(m)
				d := time.Since(st)
				lat = append(lat, d)
				if k := i % len(long); own[k] == 0 || d < own[k] {
					own[k] = d
				}
			}
			b.StopTimer()
			reportLatency(b, lat, "")
			b.ReportMetric(float64(bytes)/float64(b.N), "bytes/msg")
			if b.N >= 10*len(long) {
				reportLatency(b, own, "own-")
				b.ReportMetric(float64(slices.Max(own).Nanoseconds())/1e3, "own-max-µs")
			}
		})
	}
	b.Run("jitter", func(b *testing.B) {
		lat := make([]time.Duration, 0, b.N)
		x := 0
		for i := 0; i < b.N; i++ {
			st := time.Now()
			for k := range 20000 { // about 10 µs here
				x += k * k
			}
			lat = append(lat, time.Since(st))
		}
		reportLatency(b, lat, "")
		sink = x
	})
}

var sink int

func reportLatency(b *testing.B, lat []time.Duration, prefix string) {
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, prefix+"p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1e3, prefix+"p99-µs")
}

// BenchmarkRestorer streams a model answer in 8-byte chunks through a
// Restorer and reports MB/s and the p99 latency of the first chunk.
func BenchmarkRestorer(b *testing.B) {
	v := restoreVault(b)
	answer := strings.Repeat("Baik [PERSON_1], pesanan Anda dikirim ke nomor [PHONE_10] dan [PHONE_1]; total Rp 1.250.000 untuk INV-2024-00123. ", 20)
	var chunks []string
	for i := 0; i < len(answer); i += 8 {
		chunks = append(chunks, answer[i:min(i+8, len(answer))])
	}
	first := make([]time.Duration, 0, b.N)
	b.SetBytes(int64(len(answer)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := NewRestorer(v)
		st := time.Now()
		r.Write(chunks[0])
		first = append(first, time.Since(st))
		for _, c := range chunks[1:] {
			r.Write(c)
		}
		r.Flush()
	}
	b.StopTimer()
	slices.Sort(first)
	b.ReportMetric(float64(first[len(first)*99/100].Nanoseconds())/1e3, "first-chunk-p99-µs")
}

// TestDetectNoAllocBusiness pins the promise that text without personal
// data is scanned without allocating.
func TestDetectNoAllocBusiness(t *testing.T) {
	r := corpusRedactor()
	msg := "Invoice INV-2024-00123 tanggal 17-08-2024: 3 pcs SKU-BRS-005 @ Rp 1.250.000, diskon 15%, total Rp 3.562.500. Order #ORD-123456 dikirim jam 14.30."
	if n := testing.AllocsPerRun(100, func() { r.Detect(msg) }); n != 0 {
		t.Errorf("Detect allocated %.1f times on business text", n)
	}
}
