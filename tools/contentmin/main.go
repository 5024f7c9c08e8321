// Command contentmin writes the content the app needs at run time, and no
// more, for the wasm build: a copy of each JSON file of app/content/data
// without what only editors and reviewers read (notes, review dates, the
// sources and scope of texts) and without spaces, and a file for
// `go build -overlay` that puts each copy in place of its original. The
// data in app/content/data stays the one place the words are kept; the
// native server and every test read it as it is.
//
// Usage:
//
//	contentmin -out DIR
//
// writes DIR/overlay.json and the copies under DIR.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", "", "the folder to write the copies and overlay.json to")
	src := flag.String("data", "app/content/data", "the content's data folder")
	flag.Parse()
	if *out == "" {
		log.Fatal("usage: contentmin -out DIR")
	}
	if err := run(*src, *out); err != nil {
		log.Fatal(err)
	}
}

// run copies every JSON file under src to out, trimmed, and writes
// out/overlay.json.
func run(src, out string) error {
	abs, err := filepath.Abs(src)
	if err != nil {
		return err
	}
	outAbs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	replace := map[string]string{}
	err = filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".json" {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		small, err := trim(b)
		if err != nil {
			return fmt.Errorf("contentmin: %s: %w", path, err)
		}
		rel, _ := filepath.Rel(abs, path)
		dst := filepath.Join(outAbs, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, small, 0o644); err != nil {
			return err
		}
		replace[path] = dst
		return nil
	})
	if err != nil {
		return err
	}
	ov, err := json.Marshal(map[string]any{"Replace": replace})
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(outAbs, "overlay.json"), ov, 0o644)
}

// trim returns a content file without spaces, and without what only
// editors and reviewers read: every "note" and "reviewed", and the
// "sources" and "scope" of texts. Items keep their sources and scope: the
// plan shows the one and filters by the other.
func trim(b []byte) ([]byte, error) {
	var f map[string]any
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	if texts, ok := f["texts"].([]any); ok {
		for _, t := range texts {
			if m, ok := t.(map[string]any); ok {
				delete(m, "sources")
				delete(m, "scope")
			}
		}
	}
	drop(f)
	return marshal(f)
}

// drop removes every "note" and "reviewed" in v, at any depth.
func drop(v any) {
	switch v := v.(type) {
	case map[string]any:
		delete(v, "note")
		delete(v, "reviewed")
		for _, e := range v {
			drop(e)
		}
	case []any:
		for _, e := range v {
			drop(e)
		}
	}
}

// marshal writes v as compact JSON, leaving <, > and & as they are.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(buf.String(), "\n")), nil
}
