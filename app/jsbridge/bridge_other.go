//go:build !(js && wasm)

package jsbridge

// StorageGet returns the value stored under key in localStorage.
func StorageGet(key string) (string, bool, error) { return "", false, ErrUnavailable }

// StorageSet stores value under key in localStorage.
func StorageSet(key, value string) error { return ErrUnavailable }

// StorageDelete removes key from localStorage.
func StorageDelete(key string) error { return ErrUnavailable }

// ClearEverything removes everything this app keeps on the device:
// localStorage, sessionStorage and its caches of personal data.
func ClearEverything() error { return ErrUnavailable }

// Download offers data to the person as a file called name.
func Download(name, mime string, data []byte) error { return ErrUnavailable }

// CopyText copies text to the clipboard and calls done with the result.
func CopyText(text string, done func(error)) { done(ErrUnavailable) }

// CanShare reports whether the browser has a share sheet.
func CanShare() bool { return false }

// Share opens the share sheet with a title and text, and calls done with the result.
func Share(title, text string, done func(error)) { done(ErrUnavailable) }

// AfterPaint calls fn once the browser has drawn its next frame; here, at once.
func AfterPaint(fn func()) { fn() }

// Print opens the browser's print dialog.
func Print() error { return ErrUnavailable }

// OpenFile reads the first file chosen in the file input with the given id
// and calls done with its bytes.
func OpenFile(inputID string, max int, done func([]byte, error)) { done(nil, ErrUnavailable) }

// PersistStorage asks the browser to keep this site's storage, and calls
// done with whether it agreed.
func PersistStorage(done func(bool)) { done(false) }

// Fragment returns the page address's fragment, without the "#".
func Fragment() string { return "" }

// InFrame reports whether the app runs inside another page's frame.
func InFrame() bool { return false }

// Focus moves keyboard focus to the element with the given id.
func Focus(id string) {}

// FocusSelector moves keyboard focus to the first element matching a CSS
// selector, reporting whether there was one.
func FocusSelector(sel string) bool { return false }

// MarkFocus remembers which element has focus now, for FocusMoved.
func MarkFocus() {}

// FocusMoved reports whether the person has put focus in a form field
// since MarkFocus.
func FocusMoved() bool { return false }

// SetStyleVar sets a CSS custom property on the document, such as a
// partner's colour.
func SetStyleVar(name, value string) {}

// ScrollTop scrolls the page to the top.
func ScrollTop() {}

// OnLinkClick routes clicks on same-site links to fn instead of the
// browser's navigation, for use inside a frame where history must not grow.
func OnLinkClick(fn func(path string)) {}

// OpenOtherSchemes leaves clicks on mailto:, tel: and other links that are
// not web pages to the browser.
func OpenOtherSchemes() {}

// Online reports whether the browser thinks it has a network connection.
func Online() bool { return true }
