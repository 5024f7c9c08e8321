// Package jsbridge wraps the few browser calls that can fail — storage,
// downloads, the clipboard, the share sheet, reading a chosen file — so
// that a failure comes back as an error instead of stopping the app.
//
// In the browser it uses safejs; on other platforms every call reports
// ErrUnavailable, so the UI package still builds and tests natively.
package jsbridge

import "errors"

// ErrUnavailable is returned when a browser feature is missing or blocked.
var ErrUnavailable = errors.New("not available in this browser")

// ErrQuota is returned when storage is full.
var ErrQuota = errors.New("storage is full")

// ErrTooLarge is returned by OpenFile for a file over its size limit.
var ErrTooLarge = errors.New("the file is too large")
