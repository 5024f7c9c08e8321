//go:build js && wasm

package jsbridge

import (
	"errors"
	"syscall/js"
	"testing"
)

// These run under Node (make test-wasm), which has no DOM: they check that
// missing or throwing browser features come back as errors, never panics.

func TestStorageMissing(t *testing.T) {
	js.Global().Delete("localStorage")
	if _, _, err := StorageGet("k"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("StorageGet without localStorage: err = %v, want ErrUnavailable", err)
	}
	if err := StorageSet("k", "v"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("StorageSet without localStorage: err = %v, want ErrUnavailable", err)
	}
}

func TestStorageThrowingGetter(t *testing.T) {
	// A browser that blocks storage throws from the localStorage getter; a
	// plain property read would stop the Go program.
	js.Global().Call("eval", `Object.defineProperty(globalThis, 'localStorage', {
		configurable: true, get() { throw new Error('SecurityError: blocked') },
	})`)
	defer js.Global().Delete("localStorage")
	if _, _, err := StorageGet("k"); err == nil {
		t.Error("StorageGet with a throwing getter: no error")
	}
	if err := ClearEverything(); err == nil {
		t.Error("ClearEverything with a throwing getter: no error")
	}
}

func TestStorageQuota(t *testing.T) {
	js.Global().Call("eval", `globalThis.localStorage = {
		getItem: (k) => k === 'k' ? 'v' : null,
		setItem: () => { const e = new Error('The quota has been exceeded.'); e.name = 'QuotaExceededError'; throw e; },
		removeItem: () => {}, clear: () => {},
	}`)
	defer js.Global().Delete("localStorage")
	if v, ok, err := StorageGet("k"); err != nil || !ok || v != "v" {
		t.Errorf("StorageGet = %q, %v, %v", v, ok, err)
	}
	if err := StorageSet("k", "v"); !errors.Is(err, ErrQuota) {
		t.Errorf("StorageSet over quota: err = %v, want ErrQuota", err)
	}
}

func TestNoBrowserFeatures(t *testing.T) {
	if CanShare() {
		t.Error("CanShare in Node = true")
	}
	if err := Download("a.txt", "text/plain", []byte("x")); err == nil {
		t.Error("Download without a document: no error")
	}
	done := make(chan error, 1)
	CopyText("x", func(err error) { done <- err })
	if err := <-done; err == nil {
		t.Error("CopyText without a clipboard: no error")
	}
}
