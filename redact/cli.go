package redact

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// cliEntity is one entity in the --json output. The value itself is not
// printed: the offsets and the placeholder are enough to find it locally.
type cliEntity struct {
	Type        Kind   `json:"type"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Placeholder string `json:"placeholder"`
}

type cliLine struct {
	Text     string      `json:"text"`
	Entities []cliEntity `json:"entities"`
}

// RunCLI is the body of `jaga redact`: it reads in one message a line and
// writes exactly one redacted line per input line. With jsonOut each output
// line is a JSON object {"text": …, "entities": [{"type", "start", "end",
// "placeholder"}]} with byte offsets into the input line. The whole input
// shares one Vault, as one conversation. Lines may be of any length; invalid
// UTF-8 comes out as U+FFFD.
func RunCLI(in io.Reader, out io.Writer, jsonOut bool) error {
	r := New(Options{})
	v := NewVault()
	br := bufio.NewReaderSize(in, 64<<10)
	bw := bufio.NewWriterSize(out, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for {
		line, err := br.ReadString('\n')
		if len(line) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return err
		}
		line = strings.TrimSuffix(line, "\n")
		line = strings.TrimSuffix(line, "\r")
		text, ents := r.Redact(line, v)
		if jsonOut {
			cl := cliLine{Text: text, Entities: make([]cliEntity, len(ents))}
			for i, e := range ents {
				cl.Entities[i] = cliEntity{Type: e.Kind, Start: e.Start, End: e.End, Placeholder: e.Placeholder}
			}
			if werr := enc.Encode(cl); werr != nil {
				return werr
			}
		} else {
			bw.WriteString(text)
			if werr := bw.WriteByte('\n'); werr != nil {
				return werr
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return err
		}
	}
	return bw.Flush()
}
