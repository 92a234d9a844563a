package seal_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/jaga-id/jaga/seal"
)

func TestSealOpen(t *testing.T) {
	t.Parallel()
	k, err := seal.NewKey(seal.GenerateRaw())
	if err != nil {
		t.Fatal(err)
	}
	for _, plain := range []string{"", "halo", "NIK 3171011708450001 — ñ 漢字 😀"} {
		sealed := k.Seal([]byte(plain), []byte("ad"))
		if bytes.Contains(sealed, []byte(plain)) && plain != "" {
			t.Fatalf("sealed value contains the plaintext")
		}
		got, err := k.Open(sealed, []byte("ad"))
		if err != nil || string(got) != plain {
			t.Fatalf("Open = %q, %v", got, err)
		}
		if _, err := k.Open(sealed, []byte("other")); !errors.Is(err, seal.ErrOpen) {
			t.Fatalf("Open with other additional data: %v", err)
		}
		tampered := bytes.Clone(sealed)
		tampered[len(tampered)-1] ^= 1
		if _, err := k.Open(tampered, []byte("ad")); !errors.Is(err, seal.ErrOpen) {
			t.Fatalf("Open tampered: %v", err)
		}
	}
	other, _ := seal.NewKey(seal.GenerateRaw())
	if _, err := other.Open(k.Seal([]byte("x"), nil), nil); !errors.Is(err, seal.ErrOpen) {
		t.Fatalf("Open with another key: %v", err)
	}
	if _, err := k.Open([]byte{1, 2}, nil); !errors.Is(err, seal.ErrOpen) {
		t.Fatalf("Open short value: %v", err)
	}
}

func TestParseMasterKey(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in string
		ok bool
	}{
		{"MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", true},
		{"MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY", true},
		{"  MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=\n", true},
		{"c2hvcnQ=", false},
		{"not base64 at all!", false},
		{"", false},
	}
	for _, tt := range tests {
		_, err := seal.ParseMasterKey(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseMasterKey(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
		}
		if err != nil && bytes.Contains([]byte(err.Error()), []byte(tt.in)) && tt.in != "" {
			t.Errorf("error repeats the key: %v", err)
		}
	}
}

func BenchmarkSealOpen1KB(b *testing.B) {
	k, _ := seal.NewKey(seal.GenerateRaw())
	plain := bytes.Repeat([]byte("a"), 1024)
	ad := []byte("jaga-subject:42")
	b.SetBytes(1024)
	b.ReportAllocs()
	for b.Loop() {
		s := k.Seal(plain, ad)
		if _, err := k.Open(s, ad); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnwrapDataKey(b *testing.B) {
	master, _ := seal.NewKey(seal.GenerateRaw())
	wrapped := master.Wrap(seal.GenerateRaw(), []byte("jaga-subject:42"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := master.Unwrap(wrapped, []byte("jaga-subject:42")); err != nil {
			b.Fatal(err)
		}
	}
}
