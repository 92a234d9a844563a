// Package seal keeps originals readable only while their owner's data key
// exists. Each subject gets a random 256-bit data key; the key is stored
// wrapped (AES-256-GCM) under the master key, and originals are sealed with
// it. Deleting the wrapped key makes every original sealed with it — in the
// database and in every backup — unreadable: crypto-shredding.
package seal

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// KeySize is the size of master and data keys in bytes (AES-256).
const KeySize = 32

// version prefixes every sealed value so the format can change later.
const version byte = 1

// ErrOpen is returned when a sealed value cannot be opened: the key is
// wrong or gone, or the value was altered.
var ErrOpen = errors.New("seal: cannot open sealed value")

// Key is a 256-bit AES-GCM key.
type Key struct {
	aead cipher.AEAD
}

// NewKey returns a Key over raw, which must be KeySize bytes.
func NewKey(raw []byte) (*Key, error) {
	if len(raw) != KeySize {
		return nil, fmt.Errorf("seal: key must be %d bytes, got %d", KeySize, len(raw))
	}
	block, err := aes.NewCipher(raw)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return &Key{aead: aead}, nil
}

// ParseMasterKey decodes a base64 (standard or URL, padded or not) master key
// and checks its length.
func ParseMasterKey(s string) (*Key, error) {
	s = strings.TrimSpace(s)
	var raw []byte
	var err error
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if raw, err = enc.DecodeString(s); err == nil {
			break
		}
	}
	if err != nil {
		return nil, errors.New("master key is not valid base64")
	}
	if len(raw) != KeySize {
		return nil, fmt.Errorf("master key must decode to %d bytes, got %d", KeySize, len(raw))
	}
	return NewKey(raw)
}

// GenerateRaw returns KeySize random bytes.
func GenerateRaw() []byte {
	raw := make([]byte, KeySize)
	if _, err := rand.Read(raw); err != nil {
		panic("seal: no randomness: " + err.Error()) // crypto/rand never fails on supported platforms
	}
	return raw
}

// Seal encrypts plaintext. additional binds the value to its context (for
// example the subject id), so a sealed value copied to another row fails to
// open.
func (k *Key) Seal(plaintext, additional []byte) []byte {
	nonceSize := k.aead.NonceSize()
	out := make([]byte, 1+nonceSize, 1+nonceSize+len(plaintext)+k.aead.Overhead())
	out[0] = version
	if _, err := rand.Read(out[1:]); err != nil {
		panic("seal: no randomness: " + err.Error())
	}
	return k.aead.Seal(out, out[1:1+nonceSize], plaintext, additional)
}

// Open decrypts a value made by Seal with the same additional data.
func (k *Key) Open(sealed, additional []byte) ([]byte, error) {
	nonceSize := k.aead.NonceSize()
	if len(sealed) < 1+nonceSize+k.aead.Overhead() || sealed[0] != version {
		return nil, ErrOpen
	}
	plain, err := k.aead.Open(nil, sealed[1:1+nonceSize], sealed[1+nonceSize:], additional)
	if err != nil {
		return nil, ErrOpen
	}
	return plain, nil
}

// Wrap seals a raw data key under k (the master key).
func (k *Key) Wrap(raw []byte, additional []byte) []byte { return k.Seal(raw, additional) }

// Unwrap opens a wrapped data key and returns it as a Key.
func (k *Key) Unwrap(wrapped []byte, additional []byte) (*Key, error) {
	raw, err := k.Open(wrapped, additional)
	if err != nil {
		return nil, err
	}
	defer clear(raw)
	return NewKey(raw)
}
