package assistant

import (
	"sync"

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

// CountTokens counts text's tokens with o200k_base. Count each message once,
// when it is stored, and keep the count: encoding costs about a
// microsecond per three bytes. A failure to load the encoder falls back to
// an estimate of one token per four bytes.
func CountTokens(text string) int {
	e, err := encoder()
	if err != nil {
		return len(text)/4 + 1
	}
	return len(e.Encode(text, nil, nil))
}
