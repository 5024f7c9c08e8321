package jsbridge

// Early is what the person did on the prerendered page before the app
// started, as boot.js kept it: the fields they changed and the button they
// pressed.
type Early struct {
	Path   string      // the address of the page
	Fields [][2]string // element id and value ("1" or "" for a box), in the order first changed
	Press  string      // the text of the button pressed, or ""
	PressN int         // which of the buttons with that text, counting from 0
}

// parseEarly reads boot.js's record: the address, the button text, its
// number ("-1" for none), then pairs of element id and value.
func parseEarly(rec []string) Early {
	if len(rec) < 3 {
		return Early{}
	}
	e := Early{Path: rec[0], Press: rec[1], PressN: -1}
	if n, ok := atoi(rec[2]); ok && e.Press != "" {
		e.PressN = n
	} else {
		e.Press = ""
	}
	for i := 3; i+1 < len(rec); i += 2 {
		e.Fields = append(e.Fields, [2]string{rec[i], rec[i+1]})
	}
	return e
}

// atoi parses a small non-negative number.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
