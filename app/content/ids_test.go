package content_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// lookups are the methods (and the UI's own short forms of them) whose
// first argument is a content ID.
var lookups = map[string]bool{"T": true, "F": true, "Pick": true, "Each": true, "Segments": true, "Item": true,
	"t": true, "f": true, "rich": true}

// TestEveryIDUsedExists reads the Go source of the app and checks that
// every content ID written in a lookup exists, so no page shows "[id]".
// An ID made from parts (such as "date.month." + n) is checked by the
// test of the package that makes it.
func TestEveryIDUsedExists(t *testing.T) {
	s := mustDefault(t)
	n := 0
	for _, dir := range []string{"../../app", "../../wasm", "../../server"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(node ast.Node) bool {
				call, ok := node.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || !lookups[sel.Sel.Name] {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				id, _ := strconv.Unquote(lit.Value)
				n++
				_, isText := s.Lookup(id)
				_, isItem := s.Item(id)
				if !isText && !isItem {
					t.Errorf("%s: %s(%q): no such content ID", path, sel.Sel.Name, id)
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d content IDs looked up in the source", n)
}
