// Package prompts holds the model's prompt templates and the fixed texts the
// assistant sends, in Indonesian and English, as embedded files. Version
// names the set: every assistant message records the version it was made
// with, so an answer can be traced to the exact instructions.
package prompts

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"text/template"
)

// Version names this set of prompts and texts. Change it with any edit.
const Version = "2026-11-22.1"

//go:embed files
var files embed.FS

var (
	systemTemplates = map[string]*template.Template{}
	texts           map[string]map[string]string
)

func init() {
	for _, lang := range []string{"id", "en"} {
		b, err := files.ReadFile("files/system." + lang + ".tmpl")
		if err != nil {
			panic(err)
		}
		systemTemplates[lang] = template.Must(template.New(lang).Option("missingkey=error").Parse(string(b)))
	}
	b, err := files.ReadFile("files/texts.json")
	if err != nil {
		panic(err)
	}
	if err := json.Unmarshal(b, &texts); err != nil {
		panic(fmt.Sprintf("prompts: texts.json: %v", err))
	}
}

// Lang returns "en" for English and "id" for anything else.
func Lang(lang string) string {
	if lang == "en" {
		return "en"
	}
	return "id"
}

// Text returns a fixed text in lang; an unknown key returns the key, so a
// missing text is visible rather than silent.
func Text(key, lang string) string {
	if t, ok := texts[Lang(lang)][key]; ok {
		return t
	}
	if t, ok := texts["id"][key]; ok {
		return t
	}
	return key
}

// SystemInput is what the system prompt is rendered from.
type SystemInput struct {
	Lang     string
	Channel  string // "telegram", "whatsapp", "widget"
	Business string // the business's name; empty for a generic one
	Snapshot string // the rendered business snapshot; empty for public visitors
	AsOf     string
}

// System renders the system instruction for a turn.
func System(in SystemInput) (string, error) {
	lang := Lang(in.Lang)
	style := Text("style_chat", lang)
	if in.Channel == "widget" {
		style = Text("style_widget", lang)
	}
	business := in.Business
	if business == "" {
		business = Text("business_default", lang)
	}
	var buf bytes.Buffer
	err := systemTemplates[lang].Execute(&buf, map[string]any{
		"Business":    business,
		"ChannelName": Text("channel_"+in.Channel, lang),
		"Style":       style,
		"HasSnapshot": in.Snapshot != "",
		"Snapshot":    in.Snapshot,
		"AsOf":        in.AsOf,
	})
	return buf.String(), err
}
