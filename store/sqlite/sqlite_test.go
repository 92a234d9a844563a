package sqlite_test

import (
	"testing"

	"github.com/jaga-id/jaga/store"
	"github.com/jaga-id/jaga/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t testing.TB) store.Store { return storetest.SQLite(t, store.Options{}) })
}

func BenchmarkInsertMessages(b *testing.B) {
	storetest.BenchmarkInsertMessages(b, storetest.SQLite(b, store.Options{}))
}
