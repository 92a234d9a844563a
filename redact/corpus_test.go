package redact

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/corpus.jsonl from the generator")

const corpusPath = "testdata/corpus.jsonl"

func encodeCorpus(ms []labelledMessage) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, m := range ms {
		if err := enc.Encode(m); err != nil {
			panic(err)
		}
	}
	return buf.Bytes()
}

// TestCorpusGolden checks that the committed corpus is exactly what the
// generator produces, so the corpus stays reproducible.
func TestCorpusGolden(t *testing.T) {
	want := encodeCorpus(generateCorpus())
	if *update {
		if err := os.WriteFile(corpusPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(corpusPath)
	if err != nil {
		t.Fatalf("read corpus (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from the generator; run go test -run TestCorpusGolden -update", corpusPath)
	}
}

func loadCorpus(t testing.TB) []labelledMessage {
	f, err := os.Open(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ms []labelledMessage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m labelledMessage
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ms
}

func corpusRedactor() *Redactor {
	d := NewDictionary()
	for _, c := range corpusCustomers() {
		d.Add(Person, c)
	}
	return New(Options{Dictionary: d})
}

// Recall floors committed to. Structured identifiers must be found almost
// always; names, addresses and dates of birth depend on context words.
var recallFloor = map[string]float64{
	"NIK": 0.995, "KK": 0.995, "NPWP": 0.995, "NITKU": 0.995, "PHONE": 0.995, "EMAIL": 0.995,
	"CARD": 0.995, "BANK_ACCOUNT": 0.995, "VA": 0.995, "BPJS": 0.995, "IP": 0.995,
	"PASSPORT": 0.99, "PLATE": 0.99, "QRIS": 0.995, "SECRET": 0.98,
	"PERSON": 0.97, "ADDRESS": 0.97, "DOB": 0.97, "HANDLE": 0.98, "GOVID": 0.99,
	"WALLET": 0.995,
}

const keepFloor = 0.995

// TestAccuracy prints per-type recall and the keep-rate of business tokens
// over the labelled corpus and fails below the committed floors. A label
// counts as found when every byte of it is inside detected entities, i.e.
// no part of the value survives redaction.
func TestAccuracy(t *testing.T) {
	ms := loadCorpus(t)
	if len(ms) < 3000 {
		t.Fatalf("corpus has %d messages, want ≥ 3000", len(ms))
	}
	r := corpusRedactor()
	type stat struct{ n, found, typed int }
	stats := map[string]*stat{}
	keepN, kept := 0, 0
	keepByType := map[string][2]int{}
	falsePos := 0
	for _, m := range ms {
		ents := r.Detect(m.Text)
		covered := make([]bool, len(m.Text)+1)
		for _, e := range ents {
			for k := e.Start; k < e.End; k++ {
				covered[k] = true
			}
		}
		for _, sp := range m.Spans {
			st := stats[sp.Type]
			if st == nil {
				st = &stat{}
				stats[sp.Type] = st
			}
			st.n++
			ok := true
			for k := sp.Start; k < sp.End; k++ {
				if !covered[k] && m.Text[k] != ' ' {
					ok = false
					break
				}
			}
			if ok {
				st.found++
				for _, e := range ents {
					if e.Start < sp.End && sp.Start < e.End && string(e.Kind) == sp.Type {
						st.typed++
						break
					}
				}
			} else if testing.Verbose() && os.Getenv("REDACT_MISSES") != "" {
				t.Logf("miss %s %q in %q", sp.Type, m.Text[sp.Start:sp.End], m.Text)
			}
		}
		for _, sp := range m.Keep {
			keepN++
			k := keepByType[sp.Type]
			k[0]++
			hit := false
			for _, e := range ents {
				if e.Start < sp.End && sp.Start < e.End {
					hit = true
					if testing.Verbose() && os.Getenv("REDACT_MISSES") != "" {
						t.Logf("over-redacted %s %q as %s in %q", sp.Type, m.Text[sp.Start:sp.End], e.Kind, m.Text)
					}
					break
				}
			}
			if !hit {
				kept++
				k[1]++
			}
			keepByType[sp.Type] = k
		}
		for _, e := range ents {
			hit := false
			for _, sp := range m.Spans {
				if e.Start < sp.End && sp.Start < e.End {
					hit = true
					break
				}
			}
			if !hit {
				falsePos++
				if testing.Verbose() && os.Getenv("REDACT_MISSES") != "" {
					t.Logf("unlabelled %s %q in %q", e.Kind, e.Value, m.Text)
				}
			}
		}
	}
	var types []string
	for k := range stats {
		types = append(types, k)
	}
	sort.Strings(types)
	var report strings.Builder
	fmt.Fprintf(&report, "corpus: %d messages\n%-13s %6s %8s %8s %6s\n", len(ms), "type", "n", "recall", "typed", "floor")
	for _, k := range types {
		st := stats[k]
		rec := float64(st.found) / float64(st.n)
		fmt.Fprintf(&report, "%-13s %6d %8.4f %8.4f %6.3f\n", k, st.n, rec, float64(st.typed)/float64(st.n), recallFloor[k])
		if rec < recallFloor[k] {
			t.Errorf("%s recall %.4f below floor %.3f", k, rec, recallFloor[k])
		}
	}
	keepRate := float64(kept) / float64(keepN)
	fmt.Fprintf(&report, "business tokens kept: %d/%d = %.4f (floor %.3f)\n", kept, keepN, keepRate, keepFloor)
	var kt []string
	for k := range keepByType {
		kt = append(kt, k)
	}
	sort.Strings(kt)
	for _, k := range kt {
		v := keepByType[k]
		fmt.Fprintf(&report, "  %-14s %5d/%5d\n", k, v[1], v[0])
	}
	fmt.Fprintf(&report, "entities outside any label: %d\n", falsePos)
	t.Log("\n" + report.String())
	if keepRate < keepFloor {
		t.Errorf("business keep-rate %.4f below floor %.3f", keepRate, keepFloor)
	}
}
