package redact

import (
	"math/bits"
	"strings"
)

// wordIndexMin is the length from which a text's words are indexed before
// a name is looked for again in it (see places). Below it, reading the
// text for each word costs less than the index. A variable, so that a
// test can turn the index on for every text, or off.
var wordIndexMin = 256

// textWords indexes the words of a long text, its longest runs of
// letters, by their bytes. repeatNames looks for each word of each name
// found elsewhere in the text: a 2 KB message with thirty names read the
// whole text sixty times, a third of its time. The index is built the
// first time a word is looked for, once a run.
type textWords struct {
	built bool
	words []textWord
	// slots hold, by open addressing, hash<<32 | k+1 for the first word
	// k under each hash; the others follow it by next, in text order.
	slots []uint64
}

// textWord is a word of the text, s[start:end].
type textWord struct {
	start, end int32
	next       int32 // the next word under the same hash, or -1
	last       int32 // for the first word under a hash, the last one
}

// build indexes the words of s of three letters or more under the hash
// wordAt gives them (of their letters folded to lowercase): the only
// words its callers look for. Each hash takes one slot, however often
// its word is said: "yang" said fifteen times took a cluster of fifteen
// slots, probed on every add.
func (tw *textWords) build(s string) {
	tw.built = true
	tw.words = tw.words[:0]
	// A word of three letters and its blank take four bytes: the slots
	// are at most half full.
	size := minIndexSlots
	for size < len(s)/2 {
		size *= 2
	}
	if cap(tw.slots) >= size {
		tw.slots = tw.slots[:size]
		clear(tw.slots)
	} else {
		tw.slots = make([]uint64, size)
	}
	slots, m := tw.slots, uint32(size-1)
	for i := 0; i < len(s); {
		// Eight bytes at a time, as the word loop reads them (see wordAt,
		// written out here: the compiler will not inline it).
		var j int
		var h uint32
		if len(s)-i >= 8 {
			w := load8(s[i:])
			f := w | 0x20*lsb8
			nl := nonLetter8(w, f)
			if nl&0x80 != 0 { // no word starts here: on to the next letter
				if lt := ^nl & msb8; lt != 0 {
					i += bits.TrailingZeros64(lt) >> 3
				} else {
					i += 8
				}
				continue
			}
			if nl != 0 {
				j, h = i+bits.TrailingZeros64(nl)>>3, uint32(f&(nl&-nl>>7-1)*wordHashMul>>32)
			} else {
				j, h, _ = wordAtSlow(s, i)
			}
		} else if isLetter(s[i]) {
			j, h, _ = wordAtSlow(s, i)
		} else {
			i++
			continue
		}
		if j-i >= 3 {
			k := int32(len(tw.words))
			tw.words = append(tw.words, textWord{int32(i), int32(j), -1, k})
			for x := h & m; ; x = (x + 1) & m {
				sl := slots[x]
				if sl == 0 {
					slots[x] = uint64(h)<<32 | uint64(k+1)
					break
				}
				if uint32(sl>>32) == h {
					first := &tw.words[uint32(sl)-1]
					tw.words[first.last].next = k
					first.last = k
					break
				}
			}
		}
		i = j
	}
}

// first returns the first word under hash h, or -1.
func (tw *textWords) first(h uint32) int32 {
	m := uint32(len(tw.slots) - 1)
	for x := h & m; ; x = (x + 1) & m {
		sl := tw.slots[x]
		if sl == 0 {
			return -1
		}
		if uint32(sl>>32) == h {
			return int32(uint32(sl) - 1)
		}
	}
}

// placeWalk walks the places of a word w in the text: in a short text
// each place where its bytes stand, and in a long one each word equal to
// it. Its callers keep only the places where w is a word of its own, a
// whole run of letters, so both walks give them the same places.
type placeWalk struct {
	s       string
	w       string
	from    int
	words   []textWord
	k       int32 // the next word of the chain to read; -1 for none
	indexed bool
}

// places starts a walk over the places of w in sc's text.
func (sc *scanner) places(w string) placeWalk {
	s := sc.s
	if len(s) < wordIndexMin || len(w) < 3 {
		return placeWalk{s: s, w: w} // the index keeps no shorter word
	}
	tw := &sc.words
	if !tw.built {
		tw.build(s)
	}
	_, h, _ := wordAt(w, 0) // w is all letters, as the words indexed are
	return placeWalk{s: s, w: w, words: tw.words, k: tw.first(h), indexed: true}
}

// next returns the next place, or -1 when there is none.
func (pw *placeWalk) next() int {
	if !pw.indexed {
		p := strings.Index(pw.s[pw.from:], pw.w)
		if p < 0 {
			return -1
		}
		p += pw.from
		pw.from = p + len(pw.w)
		return p
	}
	for pw.k >= 0 {
		tw := &pw.words[pw.k]
		pw.k = tw.next
		if pw.s[tw.start:tw.end] == pw.w {
			return int(tw.start)
		}
	}
	return -1
}

// elsewhere reports whether the word s[q:q+len(w)] stands somewhere else
// in the text too. In a short text, any place where its bytes stand
// counts: most names are said once, and a search of the text finds that
// fastest.
func (sc *scanner) elsewhere(w string, q int) bool {
	s := sc.s
	if len(s) < wordIndexMin || len(w) < 3 {
		// The first place is q or one before it; a place after q is
		// looked for only past q.
		if p := strings.Index(s, w); p != q {
			return p >= 0
		}
		return strings.Index(s[q+1:], w) >= 0
	}
	pw := sc.places(w)
	for {
		p := pw.next()
		if p < 0 {
			return false
		}
		if p != q {
			return true
		}
	}
}
