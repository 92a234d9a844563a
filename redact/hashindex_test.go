package redact

import (
	"math/rand"
	"slices"
	"testing"
)

// TestHashIndex checks a hashIndex against a map of slices, with hashes
// drawn from a small range so that many collide, through its growth.
func TestHashIndex(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewSource(1))
	for _, hashes := range []uint32{1, 7, 300, 1 << 31} {
		var x hashIndex
		want := map[uint32][]uint32{}
		check := func() {
			t.Helper()
			for h, refs := range want {
				var got []uint32
				pr := x.probe(h)
				for {
					ref, _, ok := pr.next()
					if !ok {
						break
					}
					got = append(got, ref)
				}
				slices.Sort(got)
				w := slices.Clone(refs)
				slices.Sort(w)
				if !slices.Equal(got, w) {
					t.Fatalf("hashes %d: probe(%d) = %v, want %v", hashes, h, got, w)
				}
			}
			if pr := x.probe(hashes + 1); hashes < 1<<31 {
				if _, _, ok := pr.next(); ok {
					t.Fatalf("hashes %d: probe of an absent hash found something", hashes)
				}
			}
		}
		check() // empty
		for i := uint32(0); i < 3000; i++ {
			h := uint32(rng.Int63n(int64(hashes)))
			x.add(h, i)
			want[h] = append(want[h], i)
			if i%97 == 0 {
				check()
			}
		}
		check()
		// Replace one reference under each hash.
		for h, refs := range want {
			pr := x.probe(h)
			ref, slot, ok := pr.next()
			if !ok {
				t.Fatalf("hash %d lost", h)
			}
			x.replace(slot, ref+1_000_000)
			refs[slices.Index(refs, ref)] = ref + 1_000_000
		}
		check()
	}
}
