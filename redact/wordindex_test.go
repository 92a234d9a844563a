package redact

import (
	"strings"
	"testing"
)

// TestWordIndexSame checks that indexing a text's words (see places)
// changes nothing: every corpus message, and the 2 KB texts made of them,
// are redacted the same with the index for every text and with none.
func TestWordIndexSame(t *testing.T) {
	defer func(m int) { wordIndexMin = m }(wordIndexMin)
	var texts []string
	var cur strings.Builder
	for _, m := range loadCorpus(t) {
		texts = append(texts, m.Text)
		if cur.Len()+len(m.Text)+1 > 2048 {
			texts = append(texts, cur.String())
			cur.Reset()
		}
		cur.WriteString(m.Text)
		cur.WriteByte('\n')
	}
	r := corpusRedactor()
	redactAll := func(min int) []string {
		wordIndexMin = min
		out := make([]string, len(texts))
		for i, s := range texts {
			out[i] = r.RedactText(s, NewVault())
		}
		return out
	}
	with, without := redactAll(0), redactAll(1<<30)
	long := 0
	for i := range texts {
		if len(texts[i]) >= 1024 {
			long++
		}
		if with[i] != without[i] {
			t.Errorf("the word index changes %q:\n with    %q\n without %q", texts[i], with[i], without[i])
		}
	}
	if long < 100 {
		t.Fatalf("only %d long texts", long)
	}
}
