package assistant

import (
	"hash/maphash"
	"sync"
	"unicode/utf8"

	"github.com/pkoukk/tiktoken-go"
	tiktoken_loader "github.com/pkoukk/tiktoken-go-loader"
)

var (
	encOnce sync.Once
	enc     *tiktoken.Tiktoken
	encErr  error
)

// encoder returns the o200k_base encoder, built once from the vocabulary
// compiled into the binary (no download at run time).
func encoder() (*tiktoken.Tiktoken, error) {
	encOnce.Do(func() {
		tiktoken.SetBpeLoader(tiktoken_loader.NewOfflineLoader())
		enc, encErr = tiktoken.GetEncoding("o200k_base")
	})
	return enc, encErr
}

// CountTokens counts text's tokens with o200k_base, as tiktoken-go's Encode
// does, at a fraction of its cost: the text is cut into pieces by
// o200kSplit instead of a backtracking regular expression, and each piece's
// count comes from a cache of the pieces seen before (chat repeats its words)
// or from tiktoken-go. A failure to load the encoder falls back to an
// estimate of one token per four bytes.
func CountTokens(text string) int {
	e, err := encoder()
	if err != nil {
		return len(text)/4 + 1
	}
	if !utf8.ValidString(text) {
		text = string([]rune(text)) // as tiktoken-go reads it
	}
	n := 0
	o200kSplit(text, func(p string) { n += pieces.count(e, p) })
	return n
}

// pieceCache maps short pieces to their token counts. It is sharded to keep
// turns on different cores apart and bounded: a full shard is emptied.
type pieceCache struct {
	seed   maphash.Seed
	shards [16]struct {
		sync.Mutex
		m map[string]int
	}
}

// maxCachedPiece and maxShardPieces bound the cache to about 16 × 4,096
// pieces of at most 24 bytes. The pieces come from redacted text.
const (
	maxCachedPiece = 24
	maxShardPieces = 4096
)

var pieces = &pieceCache{seed: maphash.MakeSeed()}

func (c *pieceCache) count(e *tiktoken.Tiktoken, p string) int {
	if len(p) > maxCachedPiece {
		return len(e.EncodeOrdinary(p))
	}
	sh := &c.shards[maphash.String(c.seed, p)%uint64(len(c.shards))]
	sh.Lock()
	n, ok := sh.m[p]
	sh.Unlock()
	if ok {
		return n
	}
	n = len(e.EncodeOrdinary(p))
	sh.Lock()
	if sh.m == nil || len(sh.m) >= maxShardPieces {
		sh.m = make(map[string]int, 256)
	}
	sh.m[p] = n
	sh.Unlock()
	return n
}
