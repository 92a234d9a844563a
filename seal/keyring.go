package seal

import (
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/jaga-id/jaga"
)

// KeyStore is the storage the Keyring needs.
type KeyStore interface {
	CreateDataKey(ctx context.Context, k *jaga.DataKey) (*jaga.DataKey, error)
	GetDataKey(ctx context.Context, subjectID int64) (*jaga.DataKey, error)
}

// Keyring hands out subjects' data keys: it creates a key on first use, keeps
// unwrapped keys in a small cache, and forgets a key when it is shredded.
// A key shredded by another replica is forgotten here within CacheTTL: the
// cache holds a key no longer than that.
type Keyring struct {
	master *Key
	clock  jaga.Clock

	mu    sync.Mutex
	cache map[int64]cachedKey
	max   int
}

// CacheTTL is how long an unwrapped data key stays cached.
const CacheTTL = 5 * time.Minute

type cachedKey struct {
	key  *Key
	till time.Time
}

// NewKeyring returns a Keyring under the master key.
func NewKeyring(master *Key, clock jaga.Clock) *Keyring {
	if clock == nil {
		clock = jaga.SystemClock{}
	}
	return &Keyring{master: master, clock: clock, cache: make(map[int64]cachedKey), max: 10000}
}

func subjectAD(subjectID int64) []byte {
	return strconv.AppendInt([]byte("jaga-subject:"), subjectID, 10)
}

// Key returns the subject's data key, creating it when the subject has none.
// ks is the store or transaction to read and write the key through.
func (r *Keyring) Key(ctx context.Context, ks KeyStore, subjectID int64) (*Key, error) {
	if k := r.cached(subjectID); k != nil {
		return k, nil
	}
	dk, err := ks.GetDataKey(ctx, subjectID)
	if jaga.IsNotFound(err) {
		raw := GenerateRaw()
		dk, err = ks.CreateDataKey(ctx, &jaga.DataKey{
			SubjectID: subjectID,
			Wrapped:   r.master.Wrap(raw, subjectAD(subjectID)),
			CreatedAt: r.clock.Now(),
		})
		clear(raw)
	}
	if err != nil {
		return nil, err
	}
	k, err := r.master.Unwrap(dk.Wrapped, subjectAD(subjectID))
	if err != nil {
		return nil, err
	}
	r.remember(subjectID, k)
	return k, nil
}

// ExistingKey returns the subject's data key without creating one; a
// not-found error means the key was shredded or never made.
func (r *Keyring) ExistingKey(ctx context.Context, ks KeyStore, subjectID int64) (*Key, error) {
	if k := r.cached(subjectID); k != nil {
		return k, nil
	}
	dk, err := ks.GetDataKey(ctx, subjectID)
	if err != nil {
		return nil, err
	}
	k, err := r.master.Unwrap(dk.Wrapped, subjectAD(subjectID))
	if err != nil {
		return nil, err
	}
	r.remember(subjectID, k)
	return k, nil
}

// Forget drops a subject's key from the cache; call it when the key is
// deleted (erasure).
func (r *Keyring) Forget(subjectID int64) {
	r.mu.Lock()
	delete(r.cache, subjectID)
	r.mu.Unlock()
}

func (r *Keyring) cached(id int64) *Key {
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.cache[id]
	if !ok {
		return nil
	}
	if r.clock.Now().After(c.till) {
		delete(r.cache, id)
		return nil
	}
	return c.key
}

func (r *Keyring) remember(id int64, k *Key) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.cache) >= r.max {
		// Dropping everything is crude but bounded; keys are cheap to unwrap.
		clear(r.cache)
	}
	r.cache[id] = cachedKey{key: k, till: r.clock.Now().Add(CacheTTL)}
}

// SealText seals a message original for a subject; the message's subject id
// is bound as additional data.
func SealText(k *Key, subjectID int64, text string) []byte {
	return k.Seal([]byte(text), subjectAD(subjectID))
}

// OpenText opens a message original sealed by SealText.
func OpenText(k *Key, subjectID int64, sealed []byte) (string, error) {
	b, err := k.Open(sealed, subjectAD(subjectID))
	return string(b), err
}
