package letter

import (
	"strings"
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
	head := "mailto:" + escape(cleanLine(to), true) + "?subject=" + escape(cleanLine(l.Subject), false)
	body := strings.ReplaceAll(l.Text(), "\r\n", "\n")
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
