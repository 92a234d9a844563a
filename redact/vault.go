package redact

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Vault is one conversation's map between placeholders and values. The same
// value (after normalisation: digits only for numbers, lowercase for e-mails
// and names) always gets the same placeholder. A Vault is not safe for
// concurrent use.
//
// The Vault holds personal data: store it only sealed under the subject's
// key, so that erasing the subject destroys it too.
type Vault struct {
	order   []vaultEntry     // insertion order, for a stable encoding
	counts  []kindCount      // the last number given to each kind
	scratch []byte           // reused to build lookup keys
	keys    *strings.Builder // the keys of new entries, one after another

	// A conversation's Vault holds a few dozen values, and is searched
	// entry by entry: cheaper than hashing, and nothing to build when a
	// Vault is made or decoded for one message. Past smallVault entries
	// the maps below take over; they are nil until then.
	byKey map[string]string // kind + "\x00" + normalised value → placeholder
	byPH  map[string]string // placeholder → original value

	// seen maps a value exactly as it was written to its kind and
	// placeholder, once it has come back, in a Vault with maps. Most values
	// that come back are spelled the same way, and this one lookup then
	// replaces building the normal form and looking it up (a third of
	// Redact's cost over a conversation that repeats its values). Other
	// spellings and other kinds take the slow path, which decides; seen
	// only remembers its answers. A value seen once is not remembered:
	// filling the map for values that never return would make every new
	// value dearer. Nil until a value comes back.
	seen map[string]seenValue
}

// smallVault is how many entries a Vault searches one by one before it
// builds its maps.
const smallVault = 32

// seenValue is what Vault.seen remembers about one spelling of a value.
type seenValue struct {
	kind Kind
	ph   string
}

type vaultEntry struct {
	Kind  Kind   `json:"kind"`
	N     int    `json:"n"`
	Key   string `json:"key"`
	Value string `json:"value"`

	ph string // the placeholder, makePlaceholder(Kind, N)
	// exact is set when Key is the key of Value and of no other entry,
	// as for every entry placeholder made: the same kind and the same
	// spelling then find this entry without building the key. A decoded
	// entry's key is whatever the encoding held, so it is found by key.
	exact bool
}

// kindCount is the last number a Vault gave to a kind, and the
// placeholders it has ready for that kind (see placeholderRuns).
type kindCount struct {
	kind Kind
	n    int
	run  string
}

// NewVault returns an empty Vault.
func NewVault() *Vault {
	return &Vault{}
}

// Len reports how many placeholders the Vault holds.
func (v *Vault) Len() int { return len(v.order) }

// Lookup returns the value behind a placeholder such as "[PHONE_1]".
func (v *Vault) Lookup(placeholder string) (string, bool) {
	if v.byPH != nil {
		val, ok := v.byPH[placeholder]
		return val, ok
	}
	for i := range v.order {
		if e := &v.order[i]; e.ph == placeholder {
			return e.Value, true
		}
	}
	return "", false
}

// placeholder returns the placeholder for a value, creating it when new.
// Looking up a value spelled as before does not allocate.
func (v *Vault) placeholder(k Kind, value string) string {
	if v.byKey == nil {
		return v.placeholderSmall(k, value)
	}
	sv, seen := v.seen[value]
	if seen && sv.kind == k {
		return sv.ph
	}
	// (When seen is set here, the same spelling was seen as another kind;
	// seen keeps the first.)
	v.scratch = appendValueKey(v.scratch[:0], k, value)
	if ph, ok := v.byKey[string(v.scratch)]; ok {
		if !seen {
			// The value has come back. Remember it by the entry's own
			// string when it is spelled the same, else by a copy, so as
			// not to keep the caller's whole text alive.
			if orig := v.byPH[ph]; orig == value {
				value = orig
			} else {
				value = strings.Clone(value)
			}
			if v.seen == nil {
				v.seen = map[string]seenValue{}
			}
			v.seen[value] = seenValue{k, ph}
		}
		return ph
	}
	return v.add(k, value, v.keyString(v.scratch))
}

// placeholderSmall is placeholder for a Vault without maps: the same
// spelling of the same kind, then the key, entry by entry. A key that
// several decoded entries share belongs to the last of them, as it would
// in byKey.
func (v *Vault) placeholderSmall(k Kind, value string) string {
	for i := range v.order {
		if e := &v.order[i]; e.Value == value && e.exact && e.Kind == k {
			return e.ph
		}
	}
	v.scratch = appendValueKey(v.scratch[:0], k, value)
	for i := len(v.order) - 1; i >= 0; i-- {
		if e := &v.order[i]; e.Key == string(v.scratch) {
			return e.ph
		}
	}
	return v.add(k, value, v.keyString(v.scratch))
}

// keyString returns key as a string carved from v.keys: the keys of a
// conversation share an allocation or a few. A strings.Builder never
// writes over what it has written, and a full one is replaced, not
// reset, so the strings already carved keep their bytes.
func (v *Vault) keyString(key []byte) string {
	if v.keys == nil || v.keys.Cap()-v.keys.Len() < len(key) {
		v.keys = new(strings.Builder)
		v.keys.Grow(max(keySlab, len(key)))
	}
	st := v.keys.Len()
	v.keys.Write(key)
	return v.keys.String()[st:]
}

// keySlab is the size of the buffers keyString carves keys from; about
// twenty keys of a conversation fit in one.
const keySlab = 384

// add records a new value of kind k with the vault key key and returns its
// placeholder.
func (v *Vault) add(k Kind, value, key string) string {
	c := v.count(k)
	c.n++
	ph := c.placeholder()
	if v.order == nil {
		v.order = make([]vaultEntry, 0, 8)
	}
	v.order = append(v.order, vaultEntry{Kind: k, N: c.n, Key: key, Value: value, ph: ph, exact: true})
	if v.byKey != nil {
		v.byKey[key] = ph
		v.byPH[ph] = value
	} else if len(v.order) > smallVault {
		v.buildMaps()
	}
	return ph
}

// count returns the counter of kind k, adding it when new.
func (v *Vault) count(k Kind) *kindCount {
	for i := range v.counts {
		if v.counts[i].kind == k {
			return &v.counts[i]
		}
	}
	if v.counts == nil {
		v.counts = make([]kindCount, 0, 4)
	}
	v.counts = append(v.counts, kindCount{kind: k, run: placeholderRuns[k]})
	return &v.counts[len(v.counts)-1]
}

// placeholder returns the placeholder numbered c.n, from c.run when it
// holds it.
func (c *kindCount) placeholder() string {
	n, w := c.n, len(c.kind)+4 // "[" + kind + "_" + one digit + "]"
	switch {
	case c.run == "":
	case n <= 9:
		return c.run[(n-1)*w : n*w]
	case n <= runLen:
		off := 9*w + (n-10)*(w+1)
		return c.run[off : off+w+1]
	}
	return makePlaceholder(c.kind, n)
}

// buildMaps indexes the entries by key and by placeholder, for a Vault
// grown past smallVault; later entries win a key, as they do when added
// one by one.
func (v *Vault) buildMaps() {
	v.byKey = make(map[string]string, 2*len(v.order))
	v.byPH = make(map[string]string, 2*len(v.order))
	for _, e := range v.order {
		v.byKey[e.Key] = e.ph
		v.byPH[e.ph] = e.Value
	}
}

func makePlaceholder(k Kind, n int) string {
	return "[" + string(k) + "_" + strconv.Itoa(n) + "]"
}

// runLen is how many placeholders of each kind placeholderRuns holds.
const runLen = 32

// placeholderRuns holds, for each of the Kinds, its first runLen
// placeholders one after another ("[NIK_1][NIK_2]…"), so that a new
// value's placeholder is a piece of it rather than a string built and
// allocated.
var placeholderRuns = func() map[Kind]string {
	m := make(map[Kind]string, len(Kinds))
	for _, k := range Kinds {
		var b strings.Builder
		for n := 1; n <= runLen; n++ {
			b.WriteString(makePlaceholder(k, n))
		}
		m[k] = b.String()
	}
	return m
}()

// emailSpelled lists the spelled-out forms of '@' and '.' and what they
// stand for; at any position the first that matches wins.
var emailSpelled = [...][2]string{{" at ", "@"}, {" dot ", "."}, {" titik ", "."}, {" ", ""},
	{"[at]", "@"}, {"(at)", "@"}, {"{at}", "@"}, {"[dot]", "."}, {"(dot)", "."}, {"{dot}", "."}, {"[titik]", "."}, {"(titik)", "."}}

// emailKeyReplacer undoes emailSpelled (strings.Replacer also lets the
// first matching pair win).
var emailKeyReplacer = func() *strings.Replacer {
	var pairs []string
	for _, p := range emailSpelled {
		pairs = append(pairs, p[0], p[1])
	}
	return strings.NewReplacer(pairs...)
}()

// appendEmailKey appends the ASCII e-mail value lowercased with emailSpelled
// undone, as emailKeyReplacer.Replace(strings.ToLower(value)) would, but
// without allocating.
func appendEmailKey(dst []byte, value string) []byte {
next:
	for i := 0; i < len(value); {
		if c := value[i]; c != ' ' && c != '[' && c != '(' && c != '{' {
			dst = append(dst, lowerASCII(c)) // no spelled form starts here
			i++
			continue
		}
		for _, p := range emailSpelled {
			if hasPrefixFold(value, i, p[0]) {
				dst = append(dst, p[1]...)
				i += len(p[0])
				continue next
			}
		}
		dst = append(dst, lowerASCII(value[i]))
		i++
	}
	return dst
}

// appendValueKey appends the vault key of a value: its kind, a NUL and a
// normal form, so that different spellings of one value share a
// placeholder (digits only for numbers, national digits for phones,
// lowercase for e-mails and names).
func appendValueKey(dst []byte, k Kind, value string) []byte {
	if !isASCII(value) {
		value = normalize(value).s // full-width digits, zero-width characters
	}
	// Room for the usual key (none is longer than its value) at once.
	dst = slices.Grow(dst, len(k)+1+len(value))
	dst = append(dst, k...)
	dst = append(dst, 0)
	switch k {
	case NIK, KK, NPWP, NITKU, Card, BankAccount, VA, BPJS:
		for i := 0; i < len(value); i++ {
			if isDigit(value[i]) {
				dst = append(dst, value[i])
			}
		}
		return dst
	case Phone:
		st := len(dst)
		for i := 0; i < len(value); i++ {
			if isDigit(value[i]) {
				dst = append(dst, value[i])
			}
		}
		nd := nationalDigits(dst[st:])
		return append(dst[:st], nd...) // nd is a suffix of dst[st:], copy is safe
	case Email:
		if strings.ContainsAny(value, " [({") {
			if isASCII(value) {
				return appendEmailKey(dst, value)
			}
			return append(dst, emailKeyReplacer.Replace(strings.ToLower(value))...)
		}
		for i := 0; i < len(value); i++ {
			dst = append(dst, lowerASCII(value[i]))
		}
		return dst
	case Secret, IP, Passport, QRIS:
		for i := 0; i < len(value); i++ {
			if c := value[i]; !isBlank(c) {
				dst = append(dst, c)
			}
		}
		return dst
	}
	// Names, addresses, dates: lowercase, one space between words.
	space := false
	st := len(dst)
	for i := 0; i < len(value); i++ {
		c := value[i]
		if isBlank(c) {
			space = len(dst) > st
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, lowerASCII(c))
	}
	return dst
}

// isBlank reports a space, tab or line break; most bytes are above ' ' and
// fail the first test.
func isBlank(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r')
}

// Redact replaces every entity in text with its placeholder from v and
// returns the redacted text and the entities (with Placeholder set). With a
// nil Vault the numbering is fresh for this call only. The output is always
// valid UTF-8, even when text is not.
func (r *Redactor) Redact(text string, v *Vault) (string, []Entity) {
	sc := getScanner()
	ents, valid := r.detect(sc, text)
	if len(ents) == 0 {
		putScanner(sc)
		if valid {
			return text, nil
		}
		return strings.ToValidUTF8(text, "\uFFFD"), nil
	}
	if v == nil {
		v = NewVault()
	}
	// Placeholders first, so the output is sized once.
	size := len(text)
	for i := range ents {
		e := &ents[i]
		e.Placeholder = v.placeholder(e.Kind, e.Value)
		size += len(e.Placeholder) - len(e.Value)
	}
	var own strings.Builder
	b := &own
	if size <= outputSlab/4 {
		b = sc.output(size)
	} else {
		b.Grow(size)
	}
	start := b.Len()
	last := 0
	if valid {
		// The usual case, without a call per piece.
		for _, e := range ents {
			b.WriteString(text[last:e.Start])
			b.WriteString(e.Placeholder)
			last = e.End
		}
		b.WriteString(text[last:])
	} else {
		for _, e := range ents {
			writeValid(b, text[last:e.Start], valid)
			b.WriteString(e.Placeholder)
			last = e.End
		}
		writeValid(b, text[last:], valid)
	}
	out := b.String()[start:]
	putScanner(sc)
	return out, ents
}

// writeValid writes s, replacing invalid UTF-8 unless valid says the whole
// text is known to be valid.
func writeValid(b *strings.Builder, s string, valid bool) {
	if valid || utf8.ValidString(s) {
		b.WriteString(s)
		return
	}
	b.WriteString(strings.ToValidUTF8(s, "\uFFFD"))
}

// Restore replaces the placeholders this Vault knows with their values.
// Unknown placeholders (invented by a model, or from another conversation)
// are left exactly as they are.
func (v *Vault) Restore(text string) string {
	i := strings.IndexByte(text, '[')
	if i < 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for i >= 0 {
		if e := placeholderEnd(text, i); e > 0 {
			if val, ok := v.Lookup(text[i:e]); ok {
				b.WriteString(text[last:i])
				b.WriteString(val)
				last = e
			}
			i = e
		} else {
			i++
		}
		k := strings.IndexByte(text[i:], '[')
		if k < 0 {
			break
		}
		i += k
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// vaultJSON is the encoding of a Vault, versioned for later changes.
type vaultJSON struct {
	Version int          `json:"version"`
	Entries []vaultEntry `json:"entries"`
}

// MarshalBinary encodes the Vault (as JSON). The result holds personal data
// and must be sealed before it is stored.
func (v *Vault) MarshalBinary() ([]byte, error) {
	return json.Marshal(vaultJSON{Version: 1, Entries: v.order})
}

// UnmarshalBinary replaces the Vault's contents with an encoding made by
// MarshalBinary.
func (v *Vault) UnmarshalBinary(data []byte) error {
	var vj vaultJSON
	if err := json.Unmarshal(data, &vj); err != nil {
		return fmt.Errorf("decode vault: %w", err)
	}
	if vj.Version != 1 {
		return fmt.Errorf("decode vault: unknown version %d", vj.Version)
	}
	nv := NewVault()
	for _, e := range vj.Entries {
		if e.N <= 0 || e.Kind == "" {
			return errors.New("decode vault: bad entry")
		}
		c := nv.count(e.Kind)
		n := c.n
		c.n = e.N
		e.ph = c.placeholder()
		c.n = max(n, e.N)
		nv.order = append(nv.order, e)
	}
	dup := false
	if len(nv.order) > smallVault {
		nv.buildMaps()
		dup = len(nv.byPH) < len(nv.order)
	} else {
		for i := range nv.order {
			for _, e := range nv.order[:i] {
				dup = dup || e.ph == nv.order[i].ph
			}
		}
	}
	if dup {
		return errors.New("decode vault: duplicate placeholder")
	}
	*v = *nv
	return nil
}

// maxPlaceholder bounds how long a held-back placeholder prefix can be.
const maxPlaceholder = 32

// Restorer restores placeholders in a stream of model output chunks. It
// holds back only a trailing fragment that could still become a placeholder
// ("[PHO", "[PHONE_1"), so a placeholder split across chunks is restored
// whole and nothing else is delayed.
type Restorer struct {
	v       *Vault
	pending string
}

// NewRestorer returns a Restorer over v.
func NewRestorer(v *Vault) *Restorer { return &Restorer{v: v} }

// Write takes the next chunk and returns the text that can be emitted now.
func (r *Restorer) Write(chunk string) string {
	s := chunk
	if r.pending != "" {
		s = r.pending + chunk
		r.pending = ""
	}
	k := strings.IndexByte(s, '[')
	if k < 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for k >= 0 {
		if e := placeholderEnd(s, k); e > 0 {
			if val, ok := r.v.Lookup(s[k:e]); ok {
				b.WriteString(s[last:k])
				b.WriteString(val)
				last = e
			}
			k = e
		} else if placeholderPrefix(s[k:]) {
			b.WriteString(s[last:k])
			r.pending = s[k:]
			return b.String()
		} else {
			k++
		}
		x := strings.IndexByte(s[k:], '[')
		if x < 0 {
			break
		}
		k += x
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// Flush returns whatever is still held back, at the end of the stream.
func (r *Restorer) Flush() string {
	p := r.pending
	r.pending = ""
	return p
}

// placeholderPrefix reports whether s (starting with '[') is a proper prefix
// of some placeholder: "[", "[PH", "[PHONE_", "[PHONE_1".
func placeholderPrefix(s string) bool {
	if len(s) >= maxPlaceholder {
		return false
	}
	i := 1
	for i < len(s) && (isUpper(s[i]) || s[i] == '_') {
		i++
	}
	if i == len(s) {
		return true
	}
	if s[i-1] != '_' || i < 3 {
		return false
	}
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i == len(s)
}
