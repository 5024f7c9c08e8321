package letter

import (
	"strings"
	"unicode/utf8"
)

// MaxMailto is the longest mailto link Mailto will make, in bytes. Some
// browsers and mail programs (notably Outlook and older Windows handlers,
// which stop at about 2,000 characters) cut longer links off without
// warning, so a letter would arrive half-written. 1,800 leaves a margin.
const MaxMailto = 1800

// Mailto returns a mailto: link that opens an email to address to, with the
// letter's subject and text. Spaces are written %20 (not "+", which some
// mail programs show as a plus sign) and line breaks as %0D%0A.
//
// If the link would be longer than MaxMailto, Mailto returns a link with
// only the address and subject, and false: the UI should then ask the
// person to copy the letter and paste it into the email.
func Mailto(l Letter, to string) (string, bool) {
	head := "mailto:" + escape(cleanLine(to), true) + "?subject="
	head += escape(capSubject(cleanLine(l.Subject), MaxMailto-len(head)), false)
	text := l.Text()
	if len(head)+len("&body=")+len(text) > MaxMailto {
		// Encoding never makes text shorter: it cannot fit.
		return head, false
	}
	body := strings.ReplaceAll(text, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\n", "\r\n")
	full := head + "&body=" + escape(xmlSafe(body), false)
	if len(full) > MaxMailto {
		return head, false
	}
	return full, true
}

// escape percent-encodes every byte except letters, digits and "-._~"
// (and "@" in an address).
func escape(s string, address bool) string {
	const hex = "0123456789ABCDEF"
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '.', c == '_', c == '~', address && c == '@':
			sb.WriteByte(c)
		default:
			sb.WriteByte('%')
			sb.WriteByte(hex[c>>4])
			sb.WriteByte(hex[c&15])
		}
	}
	return sb.String()
}

// MaxSubject is the most characters of a subject Mailto puts in a link.
const MaxSubject = 200

// capSubject shortens subject to MaxSubject characters, and further if
// needed so that it takes at most room bytes once percent-encoded, cutting
// at a character boundary.
func capSubject(subject string, room int) string {
	n, size := 0, 0
	for i, r := range subject {
		w := 3 * utf8.RuneLen(r) // at most: every byte percent-encoded
		if n == MaxSubject || size+w > room {
			return subject[:i]
		}
		n++
		size += w
	}
	return subject
}
