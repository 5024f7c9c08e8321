//go:build wasm
// +build wasm

package app

import (
	"runtime"

	"github.com/maxence-charriere/go-app/v10/pkg/errors"
)

// Handler is the HTTP handler that serves a go-app PWA. Its code (http.go)
// is left out of wasm builds, with net/http and what it links: only the
// server needs it.
type Handler struct{}

func GenerateStaticWebsite(dir string, h *Handler, pages ...string) error {
	panic(errors.New("unsupported instruction").
		WithTag("architecture", runtime.GOARCH))
}

func wasmExecJS() string {
	return ""
}
