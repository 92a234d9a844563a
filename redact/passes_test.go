package redact

import (
	"os"
	"strconv"
	"testing"
)

// TestPasses runs RedactText over the corpus JAGA_PASSES times, after one
// pass that fills the Vault, for counting instructions with valgrind:
//
//	go test -c -o /tmp/redact.test ./redact && cd redact &&
//	JAGA_PASSES=10 GOGC=off valgrind --tool=callgrind \
//	  --toggle-collect='*redact.measurePasses' \
//	  /tmp/redact.test -test.run '^TestPasses$'
//
// divided by JAGA_PASSES is one steady pass of BenchmarkRedact, without the
// benchmark's loading, its first pass and the garbage collector, which make
// counts over the benchmark itself vary from run to run. Set JAGA_DETECT=1
// to count Detect instead.
func TestPasses(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("JAGA_PASSES"))
	if n <= 0 {
		t.Skip("JAGA_PASSES is not set")
	}
	var msgs []string
	for _, m := range loadCorpus(t) {
		msgs = append(msgs, m.Text)
	}
	r := corpusRedactor()
	v := NewVault()
	detect := os.Getenv("JAGA_DETECT") != ""
	for _, m := range msgs {
		r.RedactText(m, v) // fill the Vault, outside the count
	}
	measurePasses(r, v, msgs, n, detect)
}

//go:noinline
func measurePasses(r *Redactor, v *Vault, msgs []string, n int, detect bool) {
	for range n {
		for _, m := range msgs {
			if detect {
				r.Detect(m)
			} else {
				r.RedactText(m, v)
			}
		}
	}
}
