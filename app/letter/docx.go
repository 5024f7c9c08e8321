package letter

import (
	"hash/crc32"
	"strings"
)

// DOCX returns the letter as a Word document (Office Open XML), A4 with
// 2.5 cm margins, one paragraph per block. It is a small writer on a
// stored (uncompressed) zip rather than a library or archive/zip, to keep
// the browser download small; the file is a few kilobytes either way.
//
// Every piece of text is stripped of characters XML 1.0 does not allow
// and escaped, so no input can break the file. The error is always nil.
func DOCX(l Letter) ([]byte, error) {
	return storedZip([]zipPart{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/styles.xml", styles},
		{"docProps/core.xml", coreProps(l.Title)},
		{"word/document.xml", documentXML(l)},
	}), nil
}

// A zipPart is one file in a zip archive.
type zipPart struct{ name, body string }

// dosDate is 1 January 2026 in MS-DOS date format, the fixed time that keeps
// the output the same for the same letter.
const dosDate = (2026-1980)<<9 | 1<<5 | 1

// storedZip returns a zip archive (APPNOTE 6.3) of parts, stored without
// compression: local headers, the data, then the central directory.
func storedZip(parts []zipPart) []byte {
	size := 22
	for _, p := range parts {
		size += 30 + 46 + 2*len(p.name) + len(p.body)
	}
	out := make([]byte, 0, size)
	central := make([]byte, 0, 46*len(parts)+64*len(parts))
	for _, p := range parts {
		offset := len(out)
		sum := crc32.ChecksumIEEE([]byte(p.body))
		// version needed 2.0, no flags, stored, time 00:00, date, CRC, sizes
		head := le32(nil, 0x04034b50)
		head = le16(head, 20, 0, 0, 0, dosDate)
		head = le32(head, sum, uint32(len(p.body)), uint32(len(p.body)))
		out = append(le16(append(out, head...), uint16(len(p.name)), 0), p.name...)
		out = append(out, p.body...)

		central = le32(central, 0x02014b50)
		central = le16(central, 20) // made by: MS-DOS, version 2.0
		central = append(central, head[4:26]...)
		// name length, extra, comment, disk, internal and external attributes
		central = le16(central, uint16(len(p.name)), 0, 0, 0, 0)
		central = le32(central, 0, uint32(offset))
		central = append(central, p.name...)
	}
	dir := len(out)
	out = append(out, central...)
	out = le32(out, 0x06054b50)
	out = le16(out, 0, 0, uint16(len(parts)), uint16(len(parts)))
	out = le32(out, uint32(len(central)), uint32(dir))
	return le16(out, 0) // no comment
}

// le16 appends each v as two little-endian bytes.
func le16(b []byte, v ...uint16) []byte {
	for _, x := range v {
		b = append(b, byte(x), byte(x>>8))
	}
	return b
}

// le32 appends each v as four little-endian bytes.
func le32(b []byte, v ...uint32) []byte {
	for _, x := range v {
		b = append(b, byte(x), byte(x>>8), byte(x>>16), byte(x>>24))
	}
	return b
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const rootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const documentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`</Relationships>`

const wNS = `http://schemas.openxmlformats.org/wordprocessingml/2006/main`

// styles sets Arial 12 point with space after each paragraph.
const styles = xmlHeader + `<w:styles xmlns:w="` + wNS + `">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>` +
	`<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
	`</w:styles>`

// coreProps gives the document its title.
func coreProps(title string) string {
	var sb strings.Builder
	sb.WriteString(xmlHeader)
	sb.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">`)
	sb.WriteString(`<dc:title>`)
	writeEscaped(&sb, title)
	sb.WriteString(`</dc:title></cp:coreProperties>`)
	return sb.String()
}

// documentXML writes the body: one w:p per block, line breaks as w:br.
func documentXML(l Letter) string {
	var sb strings.Builder
	sb.WriteString(xmlHeader)
	sb.WriteString(`<w:document xmlns:w="` + wNS + `"><w:body>`)
	for _, b := range l.Blocks {
		sb.WriteString(`<w:p>`)
		bold := b.Kind == KindSubject || b.Kind == KindHeading
		if b.Kind == KindHeading {
			sb.WriteString(`<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr>`)
		}
		if b.Kind == KindNumbered || b.Kind == KindBullet {
			sb.WriteString(`<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>`)
		}
		if b.Kind == KindLine {
			sb.WriteString(`<w:pPr><w:spacing w:before="360"/></w:pPr>`)
		}
		for i, line := range strings.Split(b.Line(), "\n") {
			sb.WriteString(`<w:r>`)
			if bold {
				sb.WriteString(`<w:rPr><w:b/></w:rPr>`)
			}
			if i > 0 {
				sb.WriteString(`<w:br/>`)
			}
			sb.WriteString(`<w:t xml:space="preserve">`)
			writeEscaped(&sb, line)
			sb.WriteString(`</w:t></w:r>`)
		}
		sb.WriteString(`</w:p>`)
	}
	// A4 portrait, 2.5 cm (1418 twentieths of a point) margins.
	sb.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
		`<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>` +
		`</w:sectPr></w:body></w:document>`)
	return sb.String()
}

// xmlSafe removes everything XML 1.0 does not allow in text, and invalid
// UTF-8. Tabs and line breaks are kept.
func xmlSafe(s string) string {
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r >= 0xd800 && r <= 0xdfff, r == 0xfffe, r == 0xffff:
			return -1
		}
		return r
	}, s)
}

// xmlEscaper escapes character data as encoding/xml's EscapeText does.
// It is written out here because linking encoding/xml into the browser app
// would cost far more than these lines.
var xmlEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;",
	"\t", "&#x9;", "\n", "&#xA;", "\r", "&#xD;",
)

// writeEscaped writes s as XML character data.
func writeEscaped(sb *strings.Builder, s string) {
	xmlEscaper.WriteString(sb, xmlSafe(s))
}
