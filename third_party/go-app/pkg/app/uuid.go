//go:build !(wasm && goapp_nocrypto)

package app

import "github.com/google/uuid"

func newUUID() string {
	return uuid.NewString()
}
