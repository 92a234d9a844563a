package redact

// hashIndex maps 32-bit hashes to 32-bit references (indexes into a slice
// its owner keeps) by open addressing with linear probing. It holds no
// pointers, so the garbage collector never scans it, however many values a
// Vault holds; and it never compares what the references stand for: a
// lookup walks the references stored under a hash, and the owner checks
// each one.
type hashIndex struct {
	slots []uint64 // hash<<32 | ref+1; 0 is an empty slot
	n     int      // slots in use
}

// minIndexSlots is the size of an index when its first reference is added:
// a conversation's Vault of a dozen values fits without growing.
const minIndexSlots = 32

// emptySlots is the one empty slot a probe of an empty index walks.
var emptySlots = []uint64{0}

// indexProbe walks the references stored under one hash.
type indexProbe struct {
	slots []uint64
	mask  uint32
	h, i  uint32
}

// probe starts a walk over the references stored under hash h.
func (x *hashIndex) probe(h uint32) indexProbe {
	s := x.slots
	if len(s) == 0 {
		s = emptySlots
	}
	m := uint32(len(s) - 1)
	return indexProbe{slots: s, mask: m, h: h, i: h & m}
}

// next returns the next reference stored under the probe's hash, and the
// slot that holds it; ok is false when there are no more.
func (p *indexProbe) next() (ref uint32, slot int, ok bool) {
	for {
		s := p.slots[p.i]
		if s == 0 {
			return 0, 0, false
		}
		slot = int(p.i)
		p.i = (p.i + 1) & p.mask
		if uint32(s>>32) == p.h {
			return uint32(s) - 1, slot, true
		}
	}
}

// add stores ref under hash h, beside any references already there.
func (x *hashIndex) add(h, ref uint32) {
	if 2*(x.n+1) > len(x.slots) {
		x.grow()
	}
	x.n++
	x.put(h, ref)
}

// replace stores ref in slot, found by a probe, in place of the reference
// there.
func (x *hashIndex) replace(slot int, ref uint32) {
	x.slots[slot] = x.slots[slot]&^(1<<32-1) | uint64(ref+1)
}

func (x *hashIndex) put(h, ref uint32) {
	m := uint32(len(x.slots) - 1)
	i := h & m
	for x.slots[i] != 0 {
		i = (i + 1) & m
	}
	x.slots[i] = uint64(h)<<32 | uint64(ref+1)
}

// grow doubles the slots (at most half of them are ever in use).
func (x *hashIndex) grow() {
	old := x.slots
	x.slots = make([]uint64, max(minIndexSlots, 2*len(old)))
	for _, s := range old {
		if s != 0 {
			x.put(uint32(s>>32), uint32(s)-1)
		}
	}
}
