package redact

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Vault is one conversation's map between placeholders and values. The same
// value (after normalisation: digits only for numbers, lowercase for e-mails
// and names) always gets the same placeholder. A Vault is not safe for
// concurrent use.
//
// The Vault holds personal data: store it only sealed under the subject's
// key, so that erasing the subject destroys it too.
//
// A Vault holds no pointer per value: its values and keys are bytes in one
// buffer, its entries refer to them by offset, and it finds them through
// hash indexes of 32-bit references. The garbage collector then scans a
// Vault of thousands of values as it scans an empty one.
type Vault struct {
	// data holds the values, their keys and the other spellings values
	// came back in, one after another. A strings.Builder never writes
	// over what it has written, so a value Lookup returned keeps its bytes
	// when data grows. Nil until the first value.
	data *strings.Builder
	// phs holds the placeholders numbered past their kind's run (see
	// placeholderRuns). It is apart from data so that a placeholder kept
	// by the caller does not keep values alive. Nil until one is made.
	phs *strings.Builder

	ents []vaultEntry // insertion order, for a stable encoding
	// counts holds the last number given to each of the Kinds, at its
	// index in Kinds; others holds the kinds not among them (from an
	// encoding). A kind index (vaultEntry.kind) below numKinds is an index
	// in counts, and from numKinds on one in others.
	counts  [numKinds]int
	others  []kindCount
	scratch []byte // reused to build lookup keys

	// byValue finds a value as it was written (and its kind): the
	// placeholder of the entry made for it, or of the entry a value that
	// came back spelled another way or as another kind, or an entry from
	// an encoding that came back, was found to be. Most values that come
	// back are spelled the same way, and this one lookup then replaces
	// building the normal form and looking it up. Other spellings and
	// other kinds take the slow path through byKey, which decides; byValue
	// only remembers its answers.
	byValue valueIndex
	byKey   hashIndex // an entry's key → the entry; the last entry of a key shared in an encoding
	byPH    hashIndex // kind and number → entry
	// valueSketches and keySketches hold the sketches of the exact
	// entries' values and of all entries' keys, until indexed.
	valueSketches, keySketches sketchSet
	// indexed is set once the Vault has more than smallVault entries;
	// until then it has no indexes and is searched entry by entry.
	indexed bool
	// names holds the words of the names the Vault has, so that a name
	// said again in a later message is found where nothing else would
	// find it (see scanner.vaultNames). Nil until a name.
	names *vaultNames
}

// NameHint tells whether a text may say again a name a Vault holds,
// without holding the names: it is a Bloom filter of their capitalised
// words' hashes. A caller that keeps a conversation's hint (in a cache, in
// memory) can skip loading the Vault for a text that says none of them;
// Mentions may answer true for a text that says none, never false for one
// that says one. The zero NameHint mentions nothing.
type NameHint struct {
	bits [64]uint64
	set  bool
}

// NameHint returns the hint of the names v holds now.
func (v *Vault) NameHint() NameHint {
	if v.names == nil {
		return NameHint{}
	}
	return NameHint{bits: v.names.bloom, set: true}
}

// Mentions reports whether text may say again one of the names of the
// Vault h was taken from: whether it has a capitalised word of three
// letters or more whose hash the filter has.
func (h NameHint) Mentions(text string) bool {
	if !h.set {
		return false
	}
	vn := vaultNames{bloom: h.bits}
	for i := 0; i < len(text); {
		if len(text)-i >= 8 {
			m := upper8(load8(text[i:]))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		} else if !isUpper(text[i]) {
			i++
			continue
		}
		j, wh, _ := wordAtSlow(text, i)
		if j-i >= 3 && vn.mayHave(wh) {
			return true
		}
		i = max(j, i+1)
	}
	return false
}

// vaultNames is the set of the capitalised words of a Vault's names, with
// a Bloom filter by wordHash in front of it. It is never encoded: decoding
// a Vault builds it again.
type vaultNames struct {
	bloom [64]uint64
	words map[string]struct{}
}

// maxVaultNames bounds the words a Vault keeps for finding names again: a
// conversation names a handful of people, and a Vault filled with
// thousands (a test's, a benchmark's) keeps its first words only.
const maxVaultNames = 64

func vaultNameBit(h uint32) uint32 { return h >> 20 }

// mayHave reports whether the word of wordHash h may be one of the set's.
func (vn *vaultNames) mayHave(h uint32) bool {
	b := vaultNameBit(h)
	return vn.bloom[b>>6]&(1<<(b&63)) != 0
}

// noteName adds the words of the name value: each capitalised word of
// three letters or more that is no keyword and no common, role or business
// word, as repeatNames would find it again in the same message.
func (v *Vault) noteName(value string) {
	for k := 0; k < len(value); k++ {
		if c := value[k]; isDigit(c) || c == '@' || c == '_' || c == '[' || c == '/' || c == ':' {
			return // a value merged with another or glued to more: only a name alone is noted
		}
	}
	var lw [wordBufLen]byte
	for q := 0; q < len(value); {
		if !isLetter(value[q]) || value[q] >= utf8.RuneSelf {
			q++
			continue
		}
		e := q
		for e < len(value) && isLetter(value[e]) && value[e] < utf8.RuneSelf {
			e++
		}
		if e-q >= 3 && e-q <= wordBufLen && isUpper(value[q]) && (q == 0 || !isLetter(value[q-1])) && (e == len(value) || value[e] < utf8.RuneSelf) &&
			plainName(value, q, e) && !businessWord(value, q, e) && !ambiguousGiven(value, q, e) {
			if v.names == nil {
				v.names = &vaultNames{words: make(map[string]struct{})}
			}
			if len(v.names.words) < maxVaultNames {
				w := value[q:e]
				if _, ok := v.names.words[w]; !ok {
					v.names.words[strings.Clone(w)] = struct{}{}
					b := vaultNameBit(wordHash(string(lowerWord(lw[:], value, q, e))))
					v.names.bloom[b>>6] |= 1 << (b & 63)
				}
			}
		}
		q = e
	}
}

// smallVault is how many entries a Vault searches one by one before it
// indexes them. A conversation's Vault holds a few dozen values: searching
// them is cheaper than hashing, and nothing is built when a Vault is made
// or decoded for one message.
const smallVault = 32

// vaultSeed seeds the hashes of a Vault's indexes; a random seed keeps a
// sender from choosing values that collide.
var vaultSeed = maphash.MakeSeed()

// piece is a run of bytes in one of a Vault's buffers.
type piece struct{ off, len uint32 }

type vaultEntry struct {
	n    int    // the placeholder's number
	kind uint32 // the kind index (see Vault.counts)
	// The placeholder is in its kind's run when inRun is set, else in
	// Vault.phs.
	inRun bool
	// tag is set when key is the key of the value and of no other entry,
	// as for every entry placeholder made: the same kind and the same
	// spelling then find this entry without building the key. It is
	// valueTag(kind, len(value)), so that a search compares one word
	// before it compares the value.
	tag uint64
	ph  piece
	val piece // in Vault.data
	// key is the vault key (see appendValueKey) the entry is found by;
	// a decoded entry's key is whatever the encoding held.
	key piece
}

// valueSlot is a slot of Vault.byValue: a spelling of a value, of a kind,
// and the placeholder of the value's entry. It holds all that finding the
// placeholder of a value spelled as before reads but the spelling's bytes
// and the placeholder's: the slot, the spelling and the placeholder are
// three cache lines, where a slot that referred to the entry, which
// referred to both, made the spelling and the placeholder wait for the
// entry. In a Vault of thousands of values those lines are rarely in the
// cache.
type valueSlot struct {
	h    uint32 // the spelling's valueHash
	kind uint32 // the spelling's kind index
	val  piece  // the spelling, in Vault.data
	ph   piece  // the placeholder, in placeholderRuns[run-1], or in Vault.phs when run is 0
	run  uint32
	used bool
}

// valueIndex is hashIndex for valueSlots, with the same open addressing
// and linear probing: a lookup walks the slots from its hash's until an
// empty one.
type valueIndex struct {
	slots []valueSlot
	n     int // slots in use
}

// add stores sl, beside any slots of the same hash already there.
func (x *valueIndex) add(sl valueSlot) {
	if 2*(x.n+1) > len(x.slots) {
		old := x.slots
		x.slots = make([]valueSlot, max(minIndexSlots, 2*len(old)))
		for i := range old {
			if old[i].used {
				x.put(old[i])
			}
		}
	}
	x.n++
	x.put(sl)
}

func (x *valueIndex) put(sl valueSlot) {
	m := uint32(len(x.slots) - 1)
	i := sl.h & m
	for x.slots[i].used {
		i = (i + 1) & m
	}
	x.slots[i] = sl
}

// spelling returns the slot for the spelling val, of hash h and kind index
// ki, of the value of entry e.
func spelling(h, ki uint32, val piece, e *vaultEntry) valueSlot {
	sl := valueSlot{h: h, kind: ki, val: val, ph: e.ph, used: true}
	if e.inRun {
		sl.run = e.kind + 1
	}
	return sl
}

// kindCount is the last number a Vault gave to a kind not among the Kinds.
type kindCount struct {
	kind Kind
	n    int
}

// valueTag is vaultEntry.tag for a value of n bytes and kind index ki.
func valueTag(ki uint32, n int) uint64 {
	return 1<<63 | uint64(ki)<<32 | uint64(uint32(n))
}

// NewVault returns an empty Vault.
func NewVault() *Vault {
	return &Vault{}
}

// Len reports how many placeholders the Vault holds.
func (v *Vault) Len() int { return len(v.ents) }

// str returns a piece of v.data.
func (v *Vault) str(p piece) string { return v.data.String()[p.off : p.off+p.len] }

// placeholderOf returns the placeholder of e.
func (v *Vault) placeholderOf(e *vaultEntry) string {
	if e.inRun {
		return placeholderRuns[e.kind][e.ph.off : e.ph.off+e.ph.len]
	}
	return v.phs.String()[e.ph.off : e.ph.off+e.ph.len]
}

// Lookup returns the value behind a placeholder such as "[PHONE_1]".
func (v *Vault) Lookup(placeholder string) (string, bool) {
	if i, ok := v.entryOf(placeholder); ok {
		return v.str(v.ents[i].val), true
	}
	return "", false
}

// entryOf returns the index of the entry with placeholder p.
func (v *Vault) entryOf(p string) (uint32, bool) {
	k, n, ok := parsePlaceholder(p)
	if !ok {
		return 0, false
	}
	ki, ok := v.kindIndex(k)
	if !ok {
		return 0, false
	}
	if !v.indexed {
		for i := range v.ents {
			if e := &v.ents[i]; e.n == n && e.kind == ki {
				return uint32(i), true
			}
		}
		return 0, false
	}
	pr := v.byPH.probe(phHash(ki, n))
	for {
		i, _, ok := pr.next()
		if !ok {
			return 0, false
		}
		if e := &v.ents[i]; e.n == n && e.kind == ki {
			return i, true
		}
	}
}

// parsePlaceholder splits p into the kind and the number makePlaceholder
// would have made it from; ok is false when it could not have made p.
func parsePlaceholder(p string) (k Kind, n int, ok bool) {
	if len(p) < 4 || p[0] != '[' || p[len(p)-1] != ']' {
		return "", 0, false
	}
	j := len(p) - 2
	for isDigit(p[j]) {
		j-- // stops at p[0] at the latest
	}
	d := p[j+1 : len(p)-1]
	if p[j] != '_' || j < 2 || d == "" || d[0] == '0' {
		return "", 0, false
	}
	n, err := strconv.Atoi(d)
	if err != nil {
		return "", 0, false // too large for any entry
	}
	return Kind(p[1:j]), n, true
}

// kindIndex returns the kind index of k (see Vault.counts); ok is false
// for a kind neither among the Kinds nor in v.others.
func (v *Vault) kindIndex(k Kind) (ki uint32, ok bool) {
	if id, ok := kindID(k); ok {
		return uint32(id), true
	}
	return v.otherKindIndex(k)
}

// otherKindIndex is kindIndex for a kind not among the Kinds.
func (v *Vault) otherKindIndex(k Kind) (uint32, bool) {
	for i := range v.others {
		if v.others[i].kind == k {
			return numKinds + uint32(i), true
		}
	}
	return 0, false
}

// addKind adds kind k, neither among the Kinds nor in v.others, to
// v.others and returns its kind index.
func (v *Vault) addKind(k Kind) uint32 {
	v.others = append(v.others, kindCount{kind: k})
	return numKinds + uint32(len(v.others)-1)
}

// count returns the last number given to kind index ki.
func (v *Vault) count(ki uint32) *int {
	if ki < numKinds {
		return &v.counts[ki]
	}
	return &v.others[ki-numKinds].n
}

// kindName returns the kind of kind index ki.
func (v *Vault) kindName(ki uint32) Kind {
	if ki < numKinds {
		return kindNames[ki]
	}
	return v.others[ki-numKinds].kind
}

// kindID returns the index of k in Kinds.
func kindID(k Kind) (int, bool) {
	if len(k) < 2 {
		return 0, false
	}
	id := int(kindSlots[kindHash(k)]) - 1
	return id, id >= 0 && kindNames[id] == k
}

// kindNames is Kinds, as an array that cannot change.
var kindNames = [numKinds]Kind(Kinds)

// kindHash hashes a kind by its length and first two letters, which tell
// the Kinds apart (kindSlots checks).
func kindHash(k Kind) int {
	return (len(k) + int(k[0])*7 + int(k[1])*6) & 63
}

// kindSlots maps kindHash of each of the Kinds to its index in Kinds, plus
// one.
var kindSlots = func() (t [64]uint8) {
	for i, k := range Kinds {
		h := kindHash(k)
		if t[h] != 0 {
			panic("redact: kindHash does not tell " + string(k) + " apart")
		}
		t[h] = uint8(i + 1)
	}
	return t
}()

// valueHash is the hash of value, written as it is, for kind index ki.
// It is the runtime's own fallback string hash (wyhash, in hash64.go)
// with random keys, written out and called directly: for the usual value
// of 8 to 16 bytes it is two loads and two multiplications, where
// maphash.Comparable's indirect call to the map hasher took about a fifth
// of a lookup of a value already in the Vault. The random keys keep a
// sender from choosing values that collide, as a maphash seed did.
func valueHash(ki uint32, value string) uint32 {
	n := len(value)
	if n < 8 || n > 16 {
		return valueHashOther(ki, value)
	}
	return hashFinal(ki, n, load8(value), load8(value[n-8:]), hashKeys[0])
}

// valueHashOther is valueHash for a value shorter than 8 bytes or longer
// than 16: sixteen bytes a round, then the last sixteen.
func valueHashOther(ki uint32, value string) uint32 {
	n := len(value)
	if n < 8 {
		return hashFinal(ki, n, pack8(value), 0, hashKeys[0])
	}
	seed := hashKeys[0]
	for p := value; len(p) > 16; p = p[16:] {
		seed = hashMix(load8(p)^hashKeys[1], load8(p[8:])^seed)
	}
	return hashFinal(ki, n, load8(value[n-16:]), load8(value[n-8:]), seed)
}

// hashFinal mixes the last (or only) sixteen bytes a, b of a value of n
// bytes and kind index ki into seed, as wyhash ends.
func hashFinal(ki uint32, n int, a, b, seed uint64) uint32 {
	seed ^= uint64(n)<<32 ^ uint64(ki)
	return uint32(hashMix(hashKeys[2]^uint64(n), hashMix(a^hashKeys[1], b^seed)))
}

// hashMix is wyhash's mix: the two halves of a 128-bit product, XORed.
func hashMix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// hashKeys are valueHash's random keys, odd so that no product loses its
// low bits, drawn once per process from a random maphash seed.
var hashKeys = func() (k [3]uint64) {
	for i := range k {
		k[i] = maphash.Comparable(vaultSeed, i) | 1
	}
	return k
}()

// phHash is the hash of the placeholder numbered n of kind index ki.
func phHash(ki uint32, n int) uint32 {
	x := uint64(n)*0x9E3779B97F4A7C15 ^ uint64(ki)
	x ^= x >> 29
	x *= 0xBF58476D1CE4E5B9
	return uint32(x >> 32)
}

// placeholder returns the placeholder for a value, creating it when new.
// Looking up a value spelled as before does not allocate.
func (v *Vault) placeholder(k Kind, value string) string {
	ki, ok := v.kindIndex(k)
	if !ok {
		ki = v.addKind(k)
	}
	return v.placeholderOfKind(ki, k, value)
}

// placeholderOfKind is placeholder for a value of kind k, whose kind index
// in v is ki.
func (v *Vault) placeholderOfKind(ki uint32, k Kind, value string) string {
	if !v.indexed {
		return v.placeholderSmall(ki, k, value)
	}
	hv := valueHash(ki, value)
	if sls := v.byValue.slots; len(sls) > 0 {
		m := uint32(len(sls) - 1)
		for i := hv & m; sls[i].used; i = (i + 1) & m {
			if sl := &sls[i]; sl.h == hv && sl.kind == ki && v.str(sl.val) == value {
				if sl.run != 0 {
					return placeholderRuns[sl.run-1][sl.ph.off : sl.ph.off+sl.ph.len]
				}
				return v.phs.String()[sl.ph.off : sl.ph.off+sl.ph.len]
			}
		}
	}
	v.scratch = appendValueKey(v.scratch[:0], k, value)
	hk := uint32(maphash.Bytes(vaultSeed, v.scratch))
	if i, ok := v.entryByKey(hk, v.scratch); ok {
		// The value has come back, in another spelling or as another
		// kind, or it is from an encoding: remember the answer.
		e := &v.ents[i]
		if e.kind == ki && v.str(e.val) == value {
			v.byValue.add(spelling(hv, ki, e.val, e))
		} else {
			val := v.store(value)
			e = &v.ents[i]
			v.byValue.add(spelling(hv, ki, val, e))
		}
		return v.placeholderOf(e)
	}
	i := v.add(ki, value)
	e := &v.ents[i]
	v.byValue.add(spelling(hv, ki, e.val, e))
	v.byKey.add(hk, i)
	v.byPH.add(phHash(ki, e.n), i)
	return v.placeholderOf(e)
}

// placeholderSmall is placeholder for a Vault without indexes: the same
// spelling of the same kind, then the key, entry by entry. A key that
// several decoded entries share belongs to the last of them, as it does
// in byKey.
func (v *Vault) placeholderSmall(ki uint32, k Kind, value string) string {
	ents := v.ents
	sv := sketch(value, ki)
	if v.valueSketches.has(sv) { // else no exact entry has this kind and spelling
		tag := valueTag(ki, len(value))
		for i := range ents {
			if e := &ents[i]; e.tag == tag && v.str(e.val) == value {
				return v.placeholderOf(e)
			}
		}
	}
	v.scratch = appendValueKey(v.scratch[:0], k, value)
	key := v.scratch
	sk := sketchBytes(key)
	if v.keySketches.has(sk) { // else no entry has this key
		for i := len(ents) - 1; i >= 0; i-- {
			if e := &ents[i]; e.key.len == uint32(len(key)) && v.str(e.key) == string(key) {
				return v.placeholderOf(e)
			}
		}
	}
	i := v.add(ki, value)
	v.valueSketches.add(sv)
	v.keySketches.add(sk)
	if len(v.ents) > smallVault {
		v.index()
	}
	return v.placeholderOf(&v.ents[i])
}

// sketchSet is a set of 7-bit sketches (see sketch): a Vault without
// indexes skips a search of its entries when the sketch of what it looks
// for is not in the set, as for most new values.
type sketchSet [2]uint64

func (m *sketchSet) add(x uint8)      { m[x>>6&1] |= 1 << (x & 63) }
func (m *sketchSet) has(x uint8) bool { return m[x>>6&1]&(1<<(x&63)) != 0 }

// sketch summarises a value of kind index ki in seven bits, from its
// length and its first and last eight bytes: cheap, and spread enough for
// a filter of a few dozen values.
func sketch(value string, ki uint32) uint8 {
	var a, b uint64
	if len(value) >= 8 {
		a, b = load8(value), load8(value[len(value)-8:])
	} else {
		a = pack8(value)
	}
	return sketchMix(a, b, len(value)+int(ki)<<8)
}

// sketchBytes is sketch for a key, which holds its kind.
func sketchBytes(key []byte) uint8 {
	var a, b uint64
	if len(key) >= 8 {
		a, b = binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[len(key)-8:])
	} else {
		for i, c := range key {
			a |= uint64(c) << (8 * i)
		}
	}
	return sketchMix(a, b, len(key))
}

func sketchMix(a, b uint64, n int) uint8 {
	x := (a ^ bits.RotateLeft64(b, 29) ^ uint64(n)) * 0x9E3779B97F4A7C15
	return uint8(x >> 57)
}

// add records value, new to v, of kind index ki and with the key in
// v.scratch, and returns its index.
func (v *Vault) add(ki uint32, value string) uint32 {
	c := v.count(ki)
	*c++
	e := vaultEntry{n: *c, kind: ki, tag: valueTag(ki, len(value)), val: v.store(value), key: v.storeBytes(v.scratch)}
	v.setPlaceholder(&e)
	if v.ents == nil {
		v.ents = make([]vaultEntry, 0, 16)
	}
	v.ents = append(v.ents, e)
	if ki == uint32(personIdx) {
		v.noteName(value)
	}
	return uint32(len(v.ents) - 1)
}

// entryByKey returns the entry with the vault key key, of hash h.
func (v *Vault) entryByKey(h uint32, key []byte) (uint32, bool) {
	pr := v.byKey.probe(h)
	for {
		i, _, ok := pr.next()
		if !ok {
			return 0, false
		}
		if v.str(v.ents[i].key) == string(key) {
			return i, true
		}
	}
}

// index builds the indexes of a Vault grown (or decoded) past smallVault
// entries, and reports whether two entries share a placeholder. The last
// entry of a key several share (in an encoding) wins it, as entry by
// entry.
func (v *Vault) index() (dup bool) {
	v.indexed = true
	for i := range v.ents {
		e := &v.ents[i]
		if e.tag != 0 {
			v.byValue.add(spelling(valueHash(e.kind, v.str(e.val)), e.kind, e.val, e))
		}
		key := v.str(e.key)
		h := uint32(maphash.String(vaultSeed, key))
		pr := v.byKey.probe(h)
		found := false
		for {
			j, slot, ok := pr.next()
			if !ok {
				break
			}
			if v.str(v.ents[j].key) == key {
				v.byKey.replace(slot, uint32(i))
				found = true
				break
			}
		}
		if !found {
			v.byKey.add(h, uint32(i))
		}
		h = phHash(e.kind, e.n)
		pr = v.byPH.probe(h)
		for {
			j, _, ok := pr.next()
			if !ok {
				break
			}
			if o := &v.ents[j]; o.n == e.n && o.kind == e.kind {
				dup = true
			}
		}
		v.byPH.add(h, uint32(i))
	}
	return dup
}

// store appends s to v.data and returns where it is.
func (v *Vault) store(s string) piece {
	off := v.reserve(len(s))
	v.data.WriteString(s)
	return piece{off, uint32(len(s))}
}

// storeBytes is store for bytes.
func (v *Vault) storeBytes(b []byte) piece {
	off := v.reserve(len(b))
	v.data.Write(b)
	return piece{off, uint32(len(b))}
}

// reserve makes room for n more bytes in v.data and returns their offset.
func (v *Vault) reserve(n int) uint32 {
	if v.data == nil {
		v.data = new(strings.Builder)
		v.data.Grow(max(dataSlab, n))
	}
	off := v.data.Len()
	if off+n > math.MaxUint32 {
		panic("redact: vault holds more than 4 GB")
	}
	return uint32(off)
}

// dataSlab is the size of a Vault's first buffer for values and keys;
// about twenty values and their keys fit.
const dataSlab = 1024

// setPlaceholder sets e's placeholder from its kind and number: a piece
// of the kind's run when it holds it, else written to v.phs.
func (v *Vault) setPlaceholder(e *vaultEntry) {
	k := v.kindName(e.kind)
	n, w := e.n, len(k)+4 // "[" + kind + "_" + one digit + "]"
	switch {
	case e.kind >= numKinds: // no run
	case n <= 9:
		e.inRun, e.ph = true, piece{uint32((n - 1) * w), uint32(w)}
		return
	case n <= runLen:
		e.inRun, e.ph = true, piece{uint32(9*w + (n-10)*(w+1)), uint32(w + 1)}
		return
	}
	if v.phs == nil {
		v.phs = new(strings.Builder)
	}
	off := v.phs.Len()
	var num [20]byte
	v.phs.WriteByte('[')
	v.phs.WriteString(string(k))
	v.phs.WriteByte('_')
	v.phs.Write(strconv.AppendInt(num[:0], int64(n), 10))
	v.phs.WriteByte(']')
	if v.phs.Len() > math.MaxUint32 {
		panic("redact: vault holds more than 4 GB")
	}
	e.ph = piece{uint32(off), uint32(v.phs.Len() - off)}
}

func makePlaceholder(k Kind, n int) string {
	return "[" + string(k) + "_" + strconv.Itoa(n) + "]"
}

// runLen is how many placeholders of each kind placeholderRuns holds.
const runLen = 32

// placeholderRuns holds, for each of the Kinds (at its index in Kinds),
// its first runLen placeholders one after another ("[NIK_1][NIK_2]…"), so
// that a new value's placeholder is a piece of it rather than a string
// built and allocated.
var placeholderRuns = func() (runs [numKinds]string) {
	for i, k := range kindNames {
		var b strings.Builder
		for n := 1; n <= runLen; n++ {
			b.WriteString(makePlaceholder(k, n))
		}
		runs[i] = b.String()
	}
	return runs
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
	st := len(dst)
	if key, ok := appendASCIIKey(dst, k, value); ok {
		return key
	}
	value = normalize(value).s // full-width digits, zero-width characters
	if k == Email && !isASCII(value) {
		dst = append(append(dst[:st], k...), 0)
		if strings.ContainsAny(value, " [({") {
			return append(dst, emailKeyReplacer.Replace(strings.ToLower(value))...)
		}
		for i := 0; i < len(value); i++ {
			dst = append(dst, lowerASCII(value[i]))
		}
		return dst
	}
	// The other kinds keep only ASCII bytes or lowercase them alone, as
	// for an ASCII value.
	key, _ := appendASCIIKey(dst[:st], k, value)
	return key
}

// appendASCIIKey is appendValueKey for an ASCII value, which normalize
// leaves as it is: the same loops, which also look for a byte past ASCII
// rather than testing the value for one first. ok is false for a value
// that is not ASCII; dst then holds whatever was appended.
func appendASCIIKey(dst []byte, k Kind, value string) (key []byte, ok bool) {
	dst = slices.Grow(dst, len(k)+1+len(value))
	dst = append(dst, k...)
	dst = append(dst, 0)
	var or byte // every byte of value, ORed
	switch k {
	case NIK, KK, NPWP, NITKU, Card, BankAccount, VA, BPJS:
		for i := 0; i < len(value); i++ {
			c := value[i]
			or |= c
			if isDigit(c) {
				dst = append(dst, c)
			}
		}
		return dst, or < utf8.RuneSelf
	case Phone:
		st := len(dst)
		for i := 0; i < len(value); i++ {
			c := value[i]
			or |= c
			if isDigit(c) {
				dst = append(dst, c)
			}
		}
		nd := nationalDigits(dst[st:])
		return append(dst[:st], nd...), or < utf8.RuneSelf // nd is a suffix of dst[st:], copy is safe
	case Email:
		if !isASCII(value) {
			return dst, false
		}
		if strings.ContainsAny(value, " [({") {
			return appendEmailKey(dst, value), true
		}
		for i := 0; i < len(value); i++ {
			dst = append(dst, lowerASCII(value[i]))
		}
		return dst, true
	case Secret, IP, Passport, QRIS:
		for i := 0; i < len(value); i++ {
			c := value[i]
			or |= c
			if !isBlank(c) {
				dst = append(dst, c)
			}
		}
		return dst, or < utf8.RuneSelf
	}
	// Names, addresses, dates: lowercase, one space between words.
	space := false
	st := len(dst)
	for i := 0; i < len(value); i++ {
		c := value[i]
		or |= c
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
	return dst, or < utf8.RuneSelf
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
	sc := r.getScanner()
	n := normalized{s: text} // normalize, without its call for plain ASCII
	if !isASCII(text) {
		n = normalizeText(text)
	}
	if v != nil {
		sc.vn = v.names // names said before in the conversation
	}
	spans := sc.run(r, n.s)
	sc.vn = nil
	valid := !n.invalid
	if len(spans) == 0 {
		r.putScanner(sc)
		if valid {
			return text, nil
		}
		return strings.ToValidUTF8(text, "\uFFFD"), nil
	}
	if v == nil {
		v = NewVault()
	}
	if strings.IndexByte(text, '[') >= 0 {
		v.skipTyped(text)
	}
	// detect's loop with the placeholders in it: one pass over the spans
	// writes each entity once, whole, and sizes the output on the way,
	// where filling the entities and then setting their placeholders took
	// two.
	ents := sc.entities(len(spans))
	size := len(text)
	mk := 0 // a cursor for orig
	for i, sp := range spans {
		s, e := n.orig(sp.start, &mk), n.orig(sp.end, &mk)
		k, val := r.kindName(sp.kind), text[s:e]
		var ph string
		if sp.kind < numKinds {
			ph = v.placeholderOfKind(uint32(sp.kind), k, val)
		} else {
			ph = v.placeholder(k, val) // a Dictionary's own kind
		}
		en := &ents[i]
		en.Kind, en.Start, en.End, en.Value, en.Placeholder = k, s, e, val, ph
		size += len(ph) - len(val)
	}
	// The output is appended to a local slice, over the scanner's output
	// slab when it fits there: a strings.Builder in the scanner would store
	// its buffer's pointer into the scanner at every write, each store a
	// write barrier while the garbage collector marks.
	var b []byte
	slab := valid && size <= outputSlab/4
	if slab {
		b = sc.output(size)
	} else {
		b = make([]byte, 0, size)
	}
	start := len(b)
	last := 0
	if valid {
		// The usual case, without a call per piece.
		for i := range ents {
			e := &ents[i]
			b = append(b, text[last:e.Start]...)
			b = append(b, e.Placeholder...)
			last = e.End
		}
		b = append(b, text[last:]...)
	} else {
		// Invalid text may grow as it is made valid, past size: it has a
		// buffer of its own (above), which append may replace.
		for _, e := range ents {
			b = appendValid(b, text[last:e.Start])
			b = append(b, e.Placeholder...)
			last = e.End
		}
		b = appendValid(b, text[last:])
	}
	out := redactedString(b[start:])
	if slab {
		sc.out = sc.out[:len(b)] // the slab's length only, no pointer stored
	}
	r.putScanner(sc)
	return out, ents
}

// RedactText is Redact without the entities: the redacted text alone, as
// the bot keeps it (it stores the text and the Vault, never the entities).
// The output and the Vault are those Redact gives.
//
// Redact's entities cost it more than the scanning they record: 64 bytes
// each, carved from slabs that the garbage collector then has to free,
// and a second pass over them to build the output. Here each value's
// placeholder goes into the output as soon as it is known. Over the
// corpus into one Vault (BenchmarkRedact, BenchmarkRedactEntities) it
// runs 13.15M instructions a pass where Redact runs 13.48M (cachegrind,
// garbage collector off), and allocates 229 KB where Redact allocates
// 465 KB, for the collector to free.
func (r *Redactor) RedactText(text string, v *Vault) string {
	sc := r.getScanner()
	// Redact's first lines and detect's, written out in each: shared as a
	// function they cost BenchmarkRedact 1.4% more instructions (12.56M
	// to 12.74M a pass, cachegrind), as the compiler would not inline it.
	n := normalized{s: text} // normalize, without its call for plain ASCII
	if !isASCII(text) {
		n = normalizeText(text)
	}
	if v != nil {
		sc.vn = v.names // names said before in the conversation
	}
	spans := sc.run(r, n.s)
	sc.vn = nil
	valid := !n.invalid
	if len(spans) == 0 {
		r.putScanner(sc)
		if valid {
			return text
		}
		return strings.ToValidUTF8(text, "\uFFFD")
	}
	if v == nil {
		v = NewVault()
	}
	if strings.IndexByte(text, '[') >= 0 {
		v.skipTyped(text)
	}
	// The output's size is known only once every placeholder is: it is
	// built in room for the text and 16 bytes a value, where the usual
	// placeholder ("[PHONE_12]", "[BANK_ACCOUNT_3]") fits, and append
	// moves it to a larger buffer in the rare case it does not fit.
	room := len(text) + 16*len(spans)
	var b []byte
	slab := valid && room <= outputSlab/4
	if slab {
		b = sc.output(room)
	} else {
		b = make([]byte, 0, room)
	}
	start := len(b)
	last, mk := 0, 0 // mk: a cursor for orig
	for _, sp := range spans {
		s, e := n.orig(sp.start, &mk), n.orig(sp.end, &mk)
		val := text[s:e]
		var ph string
		if sp.kind < numKinds {
			ph = v.placeholderOfKind(uint32(sp.kind), kindNames[sp.kind], val)
		} else {
			ph = v.placeholder(r.kindName(sp.kind), val) // a Dictionary's own kind
		}
		if valid {
			b = append(b, text[last:s]...)
		} else {
			b = appendValid(b, text[last:s])
		}
		b = append(b, ph...)
		last = e
	}
	if valid {
		b = append(b, text[last:]...)
	} else {
		b = appendValid(b, text[last:])
	}
	out := redactedString(b[start:])
	if slab && cap(b) == cap(sc.out) {
		// Still in the slab (append moved nothing): keep the output's
		// bytes there. A moved output has a buffer of its own, and the
		// slab's bytes past its length were never handed out.
		sc.out = sc.out[:len(b)]
	}
	r.putScanner(sc)
	return out
}

// skipTyped moves the numbering of each kind past the placeholders typed
// in text that v does not know ("[PHONE_1] atau 081298765432"), so that a
// new value is not given the placeholder the text already shows for
// something else. Restore leaves those typed ones as they are.
func (v *Vault) skipTyped(text string) {
	for k := strings.IndexByte(text, '['); k >= 0; {
		if e := placeholderEnd(text, k); e > 0 {
			p := text[k:e]
			if _, known := v.entryOf(p); !known {
				if kind, n, ok := parsePlaceholder(p); ok && n < 1<<20 {
					if ki, ok := v.kindIndex(kind); ok {
						if c := v.count(ki); *c < n {
							*c = n
						}
					}
				}
			}
			k = e - 1
		}
		x := strings.IndexByte(text[k+1:], '[')
		if x < 0 {
			return
		}
		k += 1 + x
	}
}

// redactedString returns the bytes of an output as a string without
// copying them. It is what strings.Builder.String does, and safe for the
// same reason: b, the end of an output slab or a buffer of its own, is
// never written again (output hands out only the slab's unused part).
func redactedString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// appendValid appends s to b with each run of invalid UTF-8 replaced by
// U+FFFD, as strings.ToValidUTF8 does.
func appendValid(b []byte, s string) []byte {
	if utf8.ValidString(s) {
		return append(b, s...)
	}
	return append(b, strings.ToValidUTF8(s, "\uFFFD")...)
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
	Version int              `json:"version"`
	Entries []vaultEntryJSON `json:"entries"`
}

type vaultEntryJSON struct {
	Kind  Kind   `json:"kind"`
	N     int    `json:"n"`
	Key   string `json:"key"`
	Value string `json:"value"`
}

// MarshalBinary encodes the Vault (as JSON). The result holds personal data
// and must be sealed before it is stored.
func (v *Vault) MarshalBinary() ([]byte, error) {
	var es []vaultEntryJSON
	if len(v.ents) > 0 {
		es = make([]vaultEntryJSON, len(v.ents))
		for i := range v.ents {
			e := &v.ents[i]
			es[i] = vaultEntryJSON{Kind: v.kindName(e.kind), N: e.n, Key: v.str(e.key), Value: v.str(e.val)}
		}
	}
	return json.Marshal(vaultJSON{Version: 1, Entries: es})
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
	for _, e := range vj.Entries {
		if e.N <= 0 || e.Kind == "" {
			return errors.New("decode vault: bad entry")
		}
	}
	nv := NewVault()
	if len(vj.Entries) > 0 {
		size := 0
		for _, e := range vj.Entries {
			size += len(e.Key) + len(e.Value)
		}
		nv.data = new(strings.Builder)
		nv.data.Grow(max(dataSlab, size))
		nv.ents = make([]vaultEntry, 0, len(vj.Entries))
	}
	for _, e := range vj.Entries {
		ki, ok := nv.kindIndex(e.Kind)
		if !ok {
			ki = nv.addKind(e.Kind)
		}
		c := nv.count(ki)
		*c = max(*c, e.N)
		en := vaultEntry{n: e.N, kind: ki, val: nv.store(e.Value), key: nv.store(e.Key)}
		nv.setPlaceholder(&en)
		nv.ents = append(nv.ents, en)
		nv.keySketches.add(sketch(e.Key, 0)) // sketchBytes of the key
		if e.Kind == Person {
			nv.noteName(e.Value)
		}
	}
	dup := false
	if len(nv.ents) > smallVault {
		dup = nv.index()
	} else {
		for i := range nv.ents {
			for _, e := range nv.ents[:i] {
				dup = dup || e.n == nv.ents[i].n && e.kind == nv.ents[i].kind
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
