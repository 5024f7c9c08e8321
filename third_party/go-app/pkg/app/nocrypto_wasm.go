//go:build goapp_nocrypto

package app

// Built with the goapp_nocrypto tag, a wasm links no crypto/* package (about
// 55 KB of brotli-compressed code): encrypted states are not available, and
// UUIDs come from the runtime's ChaCha8 generator, which the browser's
// crypto.getRandomValues seeds.

import (
	"math/rand/v2"

	"github.com/maxence-charriere/go-app/v10/pkg/errors"
)

var errNoCrypto = errors.New("encryption is not available: the wasm was built with the goapp_nocrypto tag")

func encrypt(key string, v []byte) ([]byte, error) {
	return nil, errNoCrypto
}

func decrypt(key string, v []byte) ([]byte, error) {
	return nil, errNoCrypto
}

// newUUID returns a random (version 4) UUID.
func newUUID() string {
	const digits = "0123456789abcdef"
	var b [16]byte
	for i := 0; i < len(b); i += 8 {
		u := rand.Uint64()
		for j := range 8 {
			b[i+j] = byte(u >> (8 * j))
		}
	}
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	s := make([]byte, 0, 36)
	for i, c := range b {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			s = append(s, '-')
		}
		s = append(s, digits[c>>4], digits[c&0x0f])
	}
	return string(s)
}
