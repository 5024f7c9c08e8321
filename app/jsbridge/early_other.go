//go:build !(js && wasm)

package jsbridge

// TakeEarly returns an empty Early outside the browser.
func TakeEarly() Early { return Early{} }

// Replay does nothing outside the browser.
func Replay(e Early) {}
