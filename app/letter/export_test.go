package letter

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"putitright/app/guide"
)

// hostile returns nasty strings to put in every field.
func hostile() []string {
	var ctrl strings.Builder
	for c := 0; c < 0x20; c++ {
		ctrl.WriteByte(byte(c))
	}
	return []string{
		"<script>alert(1)</script>",
		`"><img src=x onerror=alert(1)>`,
		"]]>",
		"&amp; & &lt; <![CDATA[x]]>",
		"ctrl:" + ctrl.String() + ":end",
		"\u202Eevil\u202C \u200F rtl",
		"\xff\xfe bad utf8 \xc3",
		"\uFFFE\uFFFF nonchars",
		strings.Repeat("A very long paste. ", 10000/19+1)[:10000],
	}
}

// hostileDetails fills every field of Details with s.
func hostileDetails(s string) Details {
	var d Details
	v := reflect.ValueOf(&d).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString(s)
		case reflect.Slice:
			switch f.Type().Elem().Kind() {
			case reflect.String:
				f.Set(reflect.ValueOf([]string{s, s}))
			case reflect.Struct:
				f.Set(reflect.ValueOf([]Event{{When: guide.MonthOf(2026, 1), What: s}, {What: s}}))
			}
		}
	}
	return d
}

// docxParagraphs checks that every part of the document is well-formed XML
// and returns the text of each paragraph of word/document.xml.
func docxParagraphs(t testing.TB, data []byte) []string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("docx is not a zip: %v", err)
	}
	need := map[string]bool{"[Content_Types].xml": true, "_rels/.rels": true, "word/document.xml": true}
	var paras []string
	for _, f := range zr.File {
		delete(need, f.Name)
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(bytes.NewReader(body))
		var cur *strings.Builder
		inT := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed: %v", f.Name, err)
			}
			if f.Name != "word/document.xml" {
				continue
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				switch tok.Name.Local {
				case "p":
					cur = &strings.Builder{}
				case "br":
					cur.WriteString("\n")
				case "t":
					inT = true
				}
			case xml.EndElement:
				switch tok.Name.Local {
				case "p":
					paras = append(paras, cur.String())
				case "t":
					inT = false
				}
			case xml.CharData:
				if inT {
					cur.Write(tok)
				}
			}
		}
	}
	if len(need) > 0 {
		t.Fatalf("docx lacks parts %v", need)
	}
	return paras
}

// checkExports checks the docx, mailto link and text of l agree.
func checkExports(t testing.TB, l Letter) {
	t.Helper()
	data, err := DOCX(l)
	if err != nil {
		t.Fatalf("DOCX: %v", err)
	}
	paras := docxParagraphs(t, data)
	if len(paras) != len(l.Blocks) {
		t.Fatalf("docx has %d paragraphs, letter %d blocks", len(paras), len(l.Blocks))
	}
	for i, b := range l.Blocks {
		if paras[i] != b.Line() {
			t.Fatalf("paragraph %d: docx %q, letter %q", i, paras[i], b.Line())
		}
	}
	if strings.Join(paras, "\n\n") != l.Text() {
		t.Fatal("docx text differs from Text()")
	}
	link, ok := Mailto(l, "complaints@example.nhs.uk")
	u, err := url.Parse(link)
	if err != nil || u.Scheme != "mailto" {
		t.Fatalf("mailto does not parse: %v", err)
	}
	if strings.Contains(link, "+") {
		t.Fatal("mailto uses +")
	}
	q := u.Query()
	// The subject is the letter's, or its start: in a subject-only link,
	// or when it is longer than MaxSubject characters.
	capped := !ok || utf8.RuneCountInString(l.Subject) > MaxSubject
	if got := q.Get("subject"); got != l.Subject && (!capped || !strings.HasPrefix(l.Subject, got) || len(link) > MaxMailto) {
		t.Fatalf("mailto subject %.80q, want %.80q (or its start, in a subject-only link or when it is long)", got, l.Subject)
	}
	if ok {
		if len(link) > MaxMailto {
			t.Fatal("ok link too long")
		}
		if got := strings.ReplaceAll(q.Get("body"), "\r\n", "\n"); got != l.Text() {
			t.Fatalf("mailto body differs:\n%q\n%q", got, l.Text())
		}
	} else if q.Has("body") {
		t.Fatal("a too-long link still has a body")
	}
}

func TestHostileInputEveryLetter(t *testing.T) {
	for i, s := range hostile() {
		d := hostileDetails(s)
		for _, sc := range scenarios() {
			for _, id := range allLetters {
				t.Run(fmt.Sprintf("%d/%s/%s", i, sc.name, id), func(t *testing.T) {
					l, err := Draft(en, id, sc.a, d, today)
					if err != nil {
						t.Fatal(err)
					}
					text := l.Text()
					for _, r := range text {
						if !okRune(r) {
							t.Fatalf("letter text holds %U", r)
						}
					}
					if strings.Contains(text, "\n\n\n") {
						t.Fatal("letter has a double blank line")
					}
					checkExports(t, l)
					// The edited text round-trips through FromText.
					if got := FromText(id, l.Title, l.Subject, text).Text(); got != strings.TrimSpace(text) {
						t.Fatalf("FromText changed the text")
					}
				})
			}
		}
	}
}

func TestMailtoLimit(t *testing.T) {
	short := Letter{Subject: "Hi & bye?", Blocks: []Block{{Kind: KindPara, Text: "a b+c\n100%"}}}
	link, ok := Mailto(short, "a@b.com")
	if !ok || link != "mailto:a@b.com?subject=Hi%20%26%20bye%3F&body=a%20b%2Bc%0D%0A100%25" {
		t.Fatalf("got %q %v", link, ok)
	}
	long := Letter{Subject: "S", Blocks: []Block{{Kind: KindPara, Text: strings.Repeat("x", MaxMailto)}}}
	link, ok = Mailto(long, "a@b.com")
	if ok || link != "mailto:a@b.com?subject=S" {
		t.Fatalf("got %q %v", link, ok)
	}
}

func TestDOCXLayout(t *testing.T) {
	l, _ := Draft(en, guide.LetterComplaint, guide.Answers{}, fullDetails(), today)
	data, err := DOCX(l)
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		for _, want := range []string{`w:w="11906"`, `w:h="16838"`, `w:left="1418"`, `xml:space="preserve"`} {
			if !bytes.Contains(b, []byte(want)) {
				t.Errorf("document.xml lacks %s", want)
			}
		}
	}
	again, _ := DOCX(l)
	if !bytes.Equal(data, again) {
		t.Error("DOCX is not deterministic")
	}
}

// TestDOCXWithLibreOffice converts the document with LibreOffice, when it
// is installed, and compares the text. Set PUTITRIGHT_REQUIRE_SOFFICE=1 to
// fail instead of skipping when it is missing.
func TestDOCXWithLibreOffice(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("cannot run programs under js/wasm")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("PUTITRIGHT_REQUIRE_SOFFICE") == "1" {
			t.Fatal("soffice (LibreOffice) is required but not on PATH")
		}
		t.Skip("soffice (LibreOffice) not on PATH")
	}
	dir := t.TempDir()
	d := fullDetails()
	d.Wants = "Tricky: <b>bold</b> & ]]> \u202Emark" // escaping must survive a real reader
	var letters []Letter
	for _, id := range []guide.LetterID{guide.LetterComplaint, guide.LetterConsent} {
		l, err := Draft(en, id, scenarios()[1].a, d, today)
		if err != nil {
			t.Fatal(err)
		}
		letters = append(letters, l)
	}
	var files []string
	for i, l := range letters {
		data, err := DOCX(l)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("letter%d.docx", i))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "txt:Text", "--outdir", dir}, files...)
	cmd := exec.Command(soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	norm := func(s string) string {
		s = strings.TrimPrefix(s, "\ufeff")
		return strings.Join(strings.Fields(s), " ")
	}
	for i, l := range letters {
		got, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("letter%d.txt", i)))
		if err != nil {
			t.Fatalf("no text output: %v", err)
		}
		if norm(string(got)) != norm(l.Text()) {
			t.Errorf("LibreOffice text differs for %s:\n%s\n---\n%s", l.ID, norm(string(got)), norm(l.Text()))
		}
	}
}

func TestFieldsMatchDetails(t *testing.T) {
	tags := map[string]bool{}
	ty := reflect.TypeOf(Details{})
	for i := 0; i < ty.NumField(); i++ {
		tags[strings.Split(ty.Field(i).Tag.Get("json"), ",")[0]] = true
	}
	for tag := range tags {
		f, ok := FieldInfo(en, FieldID(tag))
		if !ok || f.Label == "" || f.Kind == "" {
			t.Errorf("field %q has no description", tag)
		}
	}
	answers := []guide.Answers{{}, {Person: guide.ForAdultLacksCapacity}, {Person: guide.ForDeceased, SocialCareToo: guide.Yes,
		Happened: guide.MonthOf(2020, 1)}, {Person: guide.ForChild, Stage: guide.SentNoAck}}
	for _, a := range answers {
		for _, id := range allLetters {
			fs := Fields(en, id, a, today)
			if len(fs) == 0 {
				t.Errorf("%s: no fields", id)
			}
			seen := map[FieldID]bool{}
			for _, f := range fs {
				if !tags[string(f.ID)] {
					t.Errorf("%s: field %q is not a Details JSON name", id, f.ID)
				}
				if seen[f.ID] {
					t.Errorf("%s: field %q asked twice", id, f.ID)
				}
				seen[f.ID] = true
			}
		}
	}
	// Late complaints ask why.
	late := Fields(en, guide.LetterComplaint, guide.Answers{Happened: guide.MonthOf(2020, 1)}, today)
	onTime := Fields(en, guide.LetterComplaint, guide.Answers{Happened: guide.MonthOf(2026, 10)}, today)
	has := func(fs []Field, id FieldID) bool {
		for _, f := range fs {
			if f.ID == id {
				return true
			}
		}
		return false
	}
	if !has(late, FWhyLate) || has(onTime, FWhyLate) {
		t.Error("whyLate should be asked only for late complaints")
	}
	if _, ok := FieldInfo(en, "nope"); ok {
		t.Error("unknown field described")
	}
}

func TestDetailsJSONRoundTrip(t *testing.T) {
	d := fullDetails()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back Details
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, back) {
		t.Fatalf("round trip changed details:\n%+v\n%+v", d, back)
	}
}

func TestEdit(t *testing.T) {
	a := guide.Answers{Person: guide.Self}
	l1, _ := Draft(en, guide.LetterComplaint, a, fullDetails(), today)
	e := NewEdit(l1, l1.Text()+"\n\nMy extra words.")
	if e.Stale(l1) || !e.Changed() {
		t.Fatal("fresh edit should not be stale, and should be changed")
	}
	d2 := fullDetails()
	d2.Impact = "Different now."
	l2, _ := Draft(en, guide.LetterComplaint, a, d2, today)
	if !e.Stale(l2) {
		t.Fatal("edit should be stale after the draft changed")
	}
	kept := e.Rebase(l2)
	if kept.Stale(l2) || kept.Text != e.Text {
		t.Fatal("Rebase should keep the text and clear staleness")
	}
	if NewEdit(l1, l1.Text()).Changed() {
		t.Fatal("unchanged text reported as changed")
	}
}

func TestChecklist(t *testing.T) {
	for _, id := range allLetters {
		if len(Checklist(en, id, guide.Answers{})) == 0 {
			t.Errorf("%s: empty checklist", id)
		}
	}
	reg := strings.Join(Checklist(en, guide.LetterRegulator, guide.Answers{}), " ")
	if !strings.Contains(reg, "do not resolve complaints or pay compensation") {
		t.Error("regulator checklist should explain what regulators do not do")
	}
	if !strings.Contains(strings.Join(Checklist(en, guide.LetterComplaint, guide.Answers{}), " "), "two pages") {
		t.Error("complaint checklist should mention two pages")
	}
}
