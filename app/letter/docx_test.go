package letter

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// TestStoredZip reads storedZip's output back with archive/zip, which checks
// every header, size and CRC.
func TestStoredZip(t *testing.T) {
	tests := []struct {
		name  string
		parts []zipPart
	}{
		{"none", nil},
		{"empty file", []zipPart{{"a.txt", ""}}},
		{"several", []zipPart{{"[Content_Types].xml", "<x/>"}, {"word/document.xml", "é—\x00" + string(make([]byte, 70000))}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := storedZip(tt.parts)
			zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
			if err != nil {
				t.Fatalf("not a zip: %v", err)
			}
			if len(zr.File) != len(tt.parts) {
				t.Fatalf("%d files, want %d", len(zr.File), len(tt.parts))
			}
			for i, f := range zr.File {
				if f.Name != tt.parts[i].name || f.Method != zip.Store {
					t.Errorf("file %d: %q method %d, want %q stored", i, f.Name, f.Method, tt.parts[i].name)
				}
				rc, err := f.Open()
				if err != nil {
					t.Fatalf("open %s: %v", f.Name, err)
				}
				got, err := io.ReadAll(rc)
				if err != nil {
					t.Fatalf("read %s: %v", f.Name, err)
				}
				if string(got) != tt.parts[i].body {
					t.Errorf("%s: body differs", f.Name)
				}
			}
		})
	}
}
