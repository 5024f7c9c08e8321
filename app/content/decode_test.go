package content

import (
	"encoding/json"
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"
)

// TestDecodeAsJSON reads every content file with the decoder and with
// encoding/json and checks they agree exactly.
func TestDecodeAsJSON(t *testing.T) {
	n := 0
	err := fs.WalkDir(dataFS, "data", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		b, err := dataFS.ReadFile(path)
		if err != nil {
			return err
		}
		got, err := decodeFile(b)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		var want file
		if err := json.Unmarshal(b, &want); err != nil {
			t.Errorf("%s: encoding/json: %v", path, err)
			return nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the decoder and encoding/json disagree", path)
		}
		n++
		return nil
	})
	if err != nil || n < 10 {
		t.Fatalf("read %d files: %v", n, err)
	}
}

func TestDecodeCases(t *testing.T) {
	for _, in := range []string{
		`{}`, `null`, ` {"reviewed": "2026-01-02"} `,
		`{"texts": [{"id": "a", "text": "Tab\there \"quoted\" \\ \/ \u00e9 \ud83d\ude00 \ud800 alone", "first": null}]}`,
		`{"items": [{"id": "a", "scope": {"nations": ["wales"]}, "sources": [], "unreviewed": true, "extra": [1, -2.5e+3, {"x": [true, false, null]}]}]}`,
		`{"letters": [{"letter": "x", "blocks": [{"use": "y", "empty": {"text": "z"}, "lines": [{"each": "e"}], "choose": null}]}]}`,
		"{\"texts\": [{\"id\": \"bad \xff utf8\"}]}",
	} {
		got, err := decodeFile([]byte(in))
		var want file
		if jerr := json.Unmarshal([]byte(in), &want); err != nil || jerr != nil {
			t.Errorf("%s: decoder %v, encoding/json %v", in, err, jerr)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\ngot  %+v\nwant %+v", in, got, want)
		}
	}
	for _, in := range []string{
		``, `{`, `[]`, `{"texts": [}`, `{"texts": [{"id": 1}]}`, `{"reviewed": "a" "b"}`, `{"a": 01}`, `{"a": 1.}`,
		`{"a": -}`, `{"a": tru}`, "{\"a\": \"x\ny\"}", `{"a": "\x"}`, `{"a": "\u12"}`, `{"a": "no end}`, `{} {}`,
		`{"items": [{"unreviewed": "yes"}]}`, `{"a" 1}`, `{"a": 1,}`, `{"a": [1,]}`,
	} {
		if _, err := decodeFile([]byte(in)); !errors.Is(err, errSyntax) {
			t.Errorf("%q: error %v, want errSyntax", in, err)
		}
	}
}

// FuzzDecode checks the decoder never panics, and accepts only JSON.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"texts": [{"id": "a", "text": "b \u00e9", "first": [{"when": "x", "text": "y"}]}], "extra": [1, 2.5]}`))
	f.Add([]byte(`{"letters": [{"letter": "x", "blocks": [{"empty": {"text": "z"}}]}], "items": [{"scope": {"care": ["gp"]}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := decodeFile(b); err == nil && !json.Valid(b) {
			t.Errorf("accepted %q, which is not JSON", b)
		}
	})
}
