package main

import (
	"bytes"
	"testing"
)

// image returns the memory a module's data segments write.
func image(t *testing.T, mod []byte) []byte {
	t.Helper()
	var mem []byte
	for i := 8; i < len(mod); {
		id := mod[i]
		size, n := uleb(mod[i+1:])
		body := mod[i+1+n : i+1+n+int(size)]
		i += 1 + n + int(size)
		if id != 11 {
			continue
		}
		segs, err := parseData(body)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range segs {
			if end := int(s.offset) + len(s.data); end > len(mem) {
				mem = append(mem, make([]byte, end-len(mem))...)
			}
			copy(mem[s.offset:], s.data)
		}
	}
	return mem
}

func module(segs []segment) []byte {
	data := writeData(segs)
	m := []byte("\x00asm\x01\x00\x00\x00")
	m = append(m, 5, 3, 1, 0, 1) // a memory section, kept as it is
	m = append(m, 11)
	m = putUleb(m, uint64(len(data)))
	return append(m, data...)
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name  string
		segs  []segment
		gap   int
		after int
	}{
		{"none", nil, 64, 0},
		{"one", []segment{{12288, []byte("go")}}, 64, 1},
		{"close together", []segment{{12288, []byte("ab")}, {12300, []byte("c")}, {12301, []byte("de")}}, 64, 1},
		{"far apart", []segment{{12288, []byte("ab")}, {20000, []byte("c")}}, 64, 2},
		{"out of order", []segment{{900000, []byte("z")}, {12288, []byte("a")}, {12290, []byte("b")}, {899990, []byte("y")}}, 16, 2},
		{"large offsets", []segment{{1 << 24, []byte("x")}, {1<<24 + 63, []byte("y")}}, 64, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := module(tt.segs)
			out, before, after, err := Merge(in, tt.gap)
			if err != nil {
				t.Fatal(err)
			}
			if before != len(tt.segs) || after != tt.after {
				t.Errorf("%d segments merged into %d, want %d into %d", before, after, len(tt.segs), tt.after)
			}
			if !bytes.Equal(image(t, out), image(t, in)) {
				t.Error("the memory image differs")
			}
			if !bytes.Equal(out[8:13], in[8:13]) {
				t.Error("the memory section changed")
			}
		})
	}
}

func TestMergeRejects(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("\x00asm"), []byte("not wasm at all"), []byte("\x00asm\x01\x00\x00\x00\x0b\x05\x01\x01\x00")} {
		if _, _, _, err := Merge(b, 64); err == nil {
			t.Errorf("Merge(%q) took it", b)
		}
	}
}

func TestLEB(t *testing.T) {
	for _, v := range []int64{0, 1, 63, 64, -1, -64, -65, 12288, 1 << 30, -(1 << 40)} {
		if got, n := sleb(putSleb(nil, v)); got != v || n == 0 {
			t.Errorf("sleb(putSleb(%d)) = %d", v, got)
		}
		if v >= 0 {
			if got, n := uleb(putUleb(nil, uint64(v))); got != uint64(v) || n == 0 {
				t.Errorf("uleb(putUleb(%d)) = %d", v, got)
			}
		}
	}
}
