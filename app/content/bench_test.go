package content

import "testing"

// BenchmarkLoad parses the English content, as the app does once when it
// starts.
func BenchmarkLoad(b *testing.B) {
	names, err := langFiles(English)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseFiles(dataFS, names); err != nil {
			b.Fatal(err)
		}
	}
}
