package jsbridge

import (
	"reflect"
	"testing"
)

func TestParseEarly(t *testing.T) {
	tests := []struct {
		name string
		rec  []string
		want Early
	}{
		{"nothing", nil, Early{}},
		{"no press", []string{"/q/nation", "", "-1"}, Early{Path: "/q/nation", PressN: -1}},
		{"press and fields", []string{"/q/nation", "Continue", "0", "value-england", "1", "value-wales", ""},
			Early{Path: "/q/nation", Press: "Continue", PressN: 0, Fields: [][2]string{{"value-england", "1"}, {"value-wales", ""}}}},
		{"bad number", []string{"/", "Continue", "x", "month", "6"}, Early{Path: "/", PressN: -1, Fields: [][2]string{{"month", "6"}}}},
		{"odd field left off", []string{"/", "", "-1", "year"}, Early{Path: "/", PressN: -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseEarly(tt.rec); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseEarly(%q) = %+v, want %+v", tt.rec, got, tt.want)
			}
		})
	}
}
