package seal_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/seal"
)

// memKeys is a KeyStore in memory.
type memKeys struct {
	mu sync.Mutex
	m  map[int64]*jaga.DataKey
}

func (s *memKeys) CreateDataKey(_ context.Context, k *jaga.DataKey) (*jaga.DataKey, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.m[k.SubjectID]; ok {
		return old, nil
	}
	s.m[k.SubjectID] = k
	return k, nil
}

func (s *memKeys) GetDataKey(_ context.Context, id int64) (*jaga.DataKey, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k, ok := s.m[id]; ok {
		return k, nil
	}
	return nil, jaga.Errorf(jaga.ENOTFOUND, "No data key.")
}

// TestKeyringForgetsShreddedKeys: a key shredded elsewhere (another replica
// deleted it) is gone from this keyring's cache within CacheTTL.
func TestKeyringForgetsShreddedKeys(t *testing.T) {
	ctx := context.Background()
	master, _ := seal.NewKey(seal.GenerateRaw())
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	ring := seal.NewKeyring(master, jaga.ClockFunc(func() time.Time { return now }))
	keys := &memKeys{m: map[int64]*jaga.DataKey{}}
	k, err := ring.Key(ctx, keys, 7)
	if err != nil {
		t.Fatal(err)
	}
	sealed := seal.SealText(k, 7, "rahasia")
	keys.mu.Lock()
	delete(keys.m, 7) // shredded by another replica
	keys.mu.Unlock()
	now = now.Add(seal.CacheTTL - time.Second)
	if _, err := ring.ExistingKey(ctx, keys, 7); err != nil {
		t.Fatalf("within the TTL the cached key is still used: %v", err)
	}
	now = now.Add(2 * time.Second)
	if got, err := ring.ExistingKey(ctx, keys, 7); !jaga.IsNotFound(err) {
		t.Fatalf("after the TTL the shredded key is still handed out: %v, %v", got, err)
	}
	if k2, err := ring.Key(ctx, keys, 7); err != nil {
		t.Fatal(err)
	} else if _, err := seal.OpenText(k2, 7, sealed); err == nil {
		t.Fatal("a new key opened what the shredded key sealed")
	}
}
