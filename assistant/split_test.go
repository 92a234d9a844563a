package assistant

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// o200kPattern is tiktoken-go's pre-tokenizer for o200k_base, the reference
// o200kSplit must agree with.
const o200kPattern = `[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?` +
	`|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?` +
	`|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+`

var o200kRegexp = regexp2.MustCompile(o200kPattern, regexp2.None)

func regexpPieces(t testing.TB, text string) []string {
	var out []string
	m, err := o200kRegexp.FindStringMatch(text)
	for ; m != nil && err == nil; m, err = o200kRegexp.FindNextMatch(m) {
		out = append(out, m.String())
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func splitPieces(text string) []string {
	var out []string
	o200kSplit(text, func(p string) { out = append(out, p) })
	return out
}

// splitCases are the corners of the pattern: contractions, case runs,
// marks, numbers, punctuation runs, every kind of whitespace.
var splitCases = []string{
	"", " ", "  ", "a  b", "a \n b", "hello world", "Hello World", "HELLO world", "HTTPServer", "iPhone",
	"don't DON'T I'm we're they've you'll he'd it's It'S 'tis o'clock '", "rock'n'roll", "x'LL y'Re",
	"Rp 1.250.000,- (lunas)", "12345678 1 22 333 4444", "٣٤٥ ⅷ ½", "3.14159", "50%!!! ...\n\n\nok",
	"line1\r\nline2\n\n  \n  indented", "tab\tsep\t\tx", "trailing   ", "\u00a0nbsp\u00a0 x", "\u2028sep\u2029",
	"e\u0301 \u0301x ab\u0301c \u0301\u0301", "naïve café résumé", "日本語のテキスト", "مرحبا بالعالم", "Ünïcödé ÀB",
	"ǅungla ǈ", "emoji 😀👍🏽 ok", "a/b\n/c //\r\n", " !!x", " ?\n", "[PHONE_1] dan [PERSON_2]'s", "x\u0085y",
	"\v\f", "Kopi Susu: 12 gelas @ Rp18.000 = Rp216.000", "saya mau tanya... berapa harganya?? :)",
}

func TestSplitMatchesTiktoken(t *testing.T) {
	texts := append([]string(nil), splitCases...)
	texts = append(texts, corpusTexts(t)...)
	e, err := encoder()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		want, got := regexpPieces(t, text), splitPieces(text)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Fatalf("%q:\n split  %q\n regexp %q", text, got, want)
		}
		if n, ref := CountTokens(text), len(e.Encode(text, nil, nil)); n != ref {
			t.Fatalf("%q: CountTokens = %d, tiktoken-go %d", text, n, ref)
		}
	}
	t.Logf("%d texts cut and counted as tiktoken-go does", len(texts))
}

// corpusTexts are the redaction corpus's chat messages: Indonesian, English,
// slang, business talk.
func corpusTexts(t testing.TB) []string {
	f, err := os.Open("../redact/testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		out = append(out, m.Text)
	}
	return out
}

func FuzzSplit(f *testing.F) {
	for _, s := range splitCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = string([]rune(text))
		}
		want, got := regexpPieces(t, text), splitPieces(text)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Fatalf("%q:\n split  %q\n regexp %q", text, got, want)
		}
		e, _ := encoder()
		if n, ref := CountTokens(text), len(e.Encode(text, nil, nil)); n != ref {
			t.Fatalf("%q: CountTokens = %d, tiktoken-go %d", text, n, ref)
		}
	})
}

// BenchmarkCountTokens counts the corpus's messages; compare
// BenchmarkCountTokensTiktoken, tiktoken-go's Encode on the same texts.
func BenchmarkCountTokens(b *testing.B) {
	benchCount(b, CountTokens)
}

func BenchmarkCountTokensTiktoken(b *testing.B) {
	e, _ := encoder()
	benchCount(b, func(s string) int { return len(e.Encode(s, nil, nil)) })
}

func benchCount(b *testing.B, count func(string) int) {
	texts := corpusTexts(b)
	var n int64
	for _, s := range texts {
		n += int64(len(s))
	}
	count("warm up")
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			count(s)
		}
	}
}
