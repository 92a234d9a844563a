package redact

import (
	"crypto/sha256"
	"encoding/binary"
)

// Cryptocurrency addresses: Indonesians buy and sell crypto on local
// exchanges and pay each other in USDT, and an address names its owner's
// funds as an account number does. Each form is found by its own check,
// without a keyword:
//
//   - Bitcoin legacy and script addresses ("1…", "3…") and Tron addresses
//     ("T…", where USDT TRC20 lives): Base58Check, whose version byte and
//     double-SHA-256 checksum must match;
//   - Bitcoin segwit addresses ("bc1…"): bech32 or bech32m, whose checksum
//     must match;
//   - Ethereum and its kin (BSC, Polygon): "0x" and exactly 40 hex digits.

// walletEnd returns the end of the cryptocurrency address starting at
// s[i], or 0. The address must stand alone: no letter or digit is glued
// to either end.
func walletEnd(s string, i int) int {
	if i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	e := i
	for e < len(s) && isAlnum(s[e]) && s[e] < 0x80 && e-i <= 90 {
		e++
	}
	if e < len(s) && isAlnum(s[e]) {
		return 0
	}
	tok := s[i:e]
	switch {
	case len(tok) == 42 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X'):
		for k := 2; k < len(tok); k++ {
			if !isHex(tok[k]) {
				return 0
			}
		}
		return e
	case len(tok) >= 14 && (tok[:3] == "bc1" || tok[:3] == "BC1"):
		if bech32Valid(tok) {
			return e
		}
	case len(tok) >= 26 && len(tok) <= 35 && (tok[0] == '1' || tok[0] == '3' || tok[0] == 'T'):
		version := byte(0x00) // Bitcoin, "1…"
		if tok[0] == '3' {
			version = 0x05 // a Bitcoin script
		} else if tok[0] == 'T' {
			version = 0x41 // Tron
		}
		if base58CheckValid(tok, version) {
			return e
		}
	}
	return 0
}

// base58Index maps a Base58 character to its value plus one; 0 marks a
// byte outside the alphabet (0, O, I and l among them).
var base58Index = func() (t [256]byte) {
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	for k := 0; k < len(alphabet); k++ {
		t[alphabet[k]] = byte(k + 1)
	}
	return t
}()

// base58CheckValid reports whether tok decodes to the 25 bytes of a
// Base58Check address: the version byte, a 20-byte hash and the first four
// bytes of the payload's double SHA-256.
func base58CheckValid(tok string, version byte) bool {
	// The number in seven 32-bit limbs, most significant first: 25 bytes
	// and three to spare, which must stay zero.
	// Four characters at a time: 58^4 < 2^24, so a limb times it plus the
	// carry fits in 64 bits.
	var n [7]uint32
	letters := false
	for k := 0; k < len(tok); {
		mul, add := uint64(1), uint64(0)
		for m := 0; m < 4 && k < len(tok); m, k = m+1, k+1 {
			v := base58Index[tok[k]]
			if v == 0 {
				return false
			}
			letters = letters || !isDigit(tok[k])
			add = add*58 + uint64(v-1)
			mul *= 58
		}
		carry := add
		for m := len(n) - 1; m >= 0; m-- {
			carry += uint64(n[m]) * mul
			n[m] = uint32(carry)
			carry >>= 32
		}
		if carry != 0 {
			return false
		}
	}
	if !letters || n[0]>>8 != 0 {
		return false // more than 25 bytes
	}
	var b [25]byte
	b[0] = byte(n[0])
	for m := 1; m < len(n); m++ {
		binary.BigEndian.PutUint32(b[1+4*(m-1):], n[m])
	}
	if b[0] != version {
		return false
	}
	// Each leading '1' stands for a zero byte; the version byte of a
	// Bitcoin address is that zero, and no other address has one.
	h := sha256.Sum256(b[:21])
	h = sha256.Sum256(h[:])
	return h[0] == b[21] && h[1] == b[22] && h[2] == b[23] && h[3] == b[24]
}

// bech32Index maps a bech32 character, small or capital, to its value
// plus one; 0 marks a byte outside the alphabet.
var bech32Index = func() (t [256]byte) {
	const charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	for k := 0; k < len(charset); k++ {
		t[charset[k]] = byte(k + 1)
		if c := charset[k]; c >= 'a' {
			t[c-'a'+'A'] = byte(k + 1)
		}
	}
	return t
}()

// bech32Gen is the XOR of BIP 173's generators selected by each value of
// the checksum's top five bits.
var bech32Gen = func() (t [32]uint32) {
	g := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	for top := range t {
		for k := range g {
			if top>>k&1 != 0 {
				t[top] ^= g[k]
			}
		}
	}
	return t
}()

// bech32Valid reports whether tok ("bc1…", all small or all capital
// letters) is a bech32 or bech32m string with a valid checksum.
func bech32Valid(tok string) bool {
	if len(tok) > 90 {
		return false
	}
	lower, upper := false, false
	for k := 0; k < len(tok); k++ {
		lower = lower || isLower(tok[k])
		upper = upper || isUpper(tok[k])
	}
	if lower && upper {
		return false
	}
	chk := uint32(1)
	poly := func(v byte) {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v) ^ bech32Gen[top]
	}
	// The human-readable part "bc", expanded: the high bits of each
	// character, a zero, then the low bits.
	poly('b' >> 5)
	poly('c' >> 5)
	poly(0)
	poly('b' & 31)
	poly('c' & 31)
	data := tok[3:]
	if len(data) < 7 { // a witness version and the six checksum characters
		return false
	}
	for k := 0; k < len(data); k++ {
		v := bech32Index[data[k]]
		if v == 0 {
			return false
		}
		poly(v - 1)
	}
	return chk == 1 || chk == 0x2bc830a3
}
