package privacy

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
)

// textFiles holds the person-facing texts of privacy flows, one JSON object
// of key → template per language. Templates use {name} placeholders.
//
//go:embed texts/*.json
var textFiles embed.FS

// Languages are the languages texts exist in; the first is the default.
var Languages = []string{"id", "en"}

// texts is textFiles parsed: language → key → template.
var texts = mustLoadTexts()

func mustLoadTexts() map[string]map[string]string {
	out := make(map[string]map[string]string, len(Languages))
	for _, lang := range Languages {
		b, err := textFiles.ReadFile("texts/" + lang + ".json")
		if err != nil {
			panic(fmt.Sprintf("privacy: texts for %q: %v", lang, err))
		}
		m := make(map[string]string)
		if err := json.Unmarshal(b, &m); err != nil {
			panic(fmt.Sprintf("privacy: texts for %q: %v", lang, err))
		}
		out[lang] = m
	}
	return out
}

// Text returns the text key in lang with its {name} placeholders filled from
// data. An unknown lang falls back to Indonesian, a key missing in lang to
// the other language, and an unknown key to the key itself (so a mistake is
// visible in tests, never a blank message). Placeholders without a value
// are left empty. Values are inserted as given: callers must not pass
// personal data that the person has not just given us.
func Text(key, lang string, data map[string]string) string {
	tmpl, ok := texts[lang][key]
	if !ok {
		for _, l := range Languages {
			if tmpl, ok = texts[l][key]; ok {
				break
			}
		}
	}
	if !ok {
		return key
	}
	return fill(tmpl, data)
}

// HasText reports whether key exists in every language.
func HasText(key string) bool {
	for _, l := range Languages {
		if _, ok := texts[l][key]; !ok {
			return false
		}
	}
	return true
}

// fill replaces each {name} in tmpl with data[name]. A brace that does not
// open a placeholder name is copied as is.
func fill(tmpl string, data map[string]string) string {
	if strings.IndexByte(tmpl, '{') < 0 {
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + 32)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 || !isPlaceholderName(tmpl[i+1:i+j]) {
			b.WriteString(tmpl[:i+1])
			tmpl = tmpl[i+1:]
			continue
		}
		b.WriteString(tmpl[:i])
		b.WriteString(data[tmpl[i+1:i+j]])
		tmpl = tmpl[i+j+1:]
	}
}

func isPlaceholderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c == '_' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// placeholders returns the placeholder names of tmpl, in order.
func placeholders(tmpl string) []string {
	var out []string
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return out
		}
		if name := tmpl[i+1 : i+j]; isPlaceholderName(name) {
			out = append(out, name)
		}
		tmpl = tmpl[i+j+1:]
	}
}
