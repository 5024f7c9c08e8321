// Package e2e tests Put It Right end to end: the real server binary serving
// the real build, driven in real browsers by internal/browsertest. Run it
// with make test-browser (it needs make build first).
package e2e

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"putitright/app/draft"
	"putitright/app/guide"
	"putitright/app/letter"
	bt "putitright/internal/browsertest"
)

// startHeading is the start page's heading.
const startHeading = "Get your complaint about NHS or social care heard"

// monthsAgo is the month n months before this one.
func monthsAgo(n int) guide.Date {
	now := time.Now()
	d := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
	return guide.MonthOf(d.Year(), d.Month())
}

// letterCase is a finished plan for someone complaining about their own
// hospital care three months ago, with nothing typed into letters yet.
// The walks through the questions give its answers.
func letterCase() draft.Case {
	a := guide.Answers{
		Nation: guide.England, Service: guide.HospitalInpatient, SocialCareToo: guide.No,
		Danger: guide.No, Abuse: guide.No, Person: guide.Self, Happened: monthsAgo(3),
		Stage: guide.NotRaised, Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutApology},
		Harm: guide.HarmMinor, Legal: guide.No, Detained: guide.No, Offer: guide.No,
	}
	return draft.New(a, letter.Details{}, nil, time.Now())
}

// withDetails is letterCase with d typed into the letters.
func withDetails(d letter.Details) draft.Case {
	c := letterCase()
	c.Details = d
	return c
}

// draftText is the complaint as the app drafts it from c, today.
func draftText(t *testing.T, c draft.Case) string {
	t.Helper()
	l, err := letter.Draft(bt.English(t), guide.LetterComplaint, c.Answers, c.Details, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return l.Text()
}

// percentile returns the p-th percentile of v (nearest rank).
func percentile(v []float64, p float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// docXML returns word/document.xml of a .docx file.
func docXML(t *testing.T, data []byte) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("the .docx is not a zip file: %v", err)
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatal("the .docx has no word/document.xml")
	return nil
}

// docxParas returns the text of each paragraph of a .docx, with w:br as a
// line break; it fails unless word/document.xml is well-formed XML.
func docxParas(t *testing.T, data []byte) []string {
	t.Helper()
	const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	dec := xml.NewDecoder(bytes.NewReader(docXML(t, data)))
	var paras []string
	var cur strings.Builder
	inT := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return paras
		}
		if err != nil {
			t.Fatalf("word/document.xml is not well-formed XML: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch {
			case el.Name.Space == w && el.Name.Local == "p":
				cur.Reset()
			case el.Name.Space == w && el.Name.Local == "br":
				cur.WriteString("\n")
			case el.Name.Space == w && el.Name.Local == "t":
				inT = true
			}
		case xml.EndElement:
			switch {
			case el.Name.Space == w && el.Name.Local == "p":
				paras = append(paras, cur.String())
			case el.Name.Space == w && el.Name.Local == "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				cur.Write(el)
			}
		}
	}
}

// storageDump returns, from inside the page, every key in localStorage and
// sessionStorage, every IndexedDB database and every Cache Storage entry,
// and where any of forms occurs in them or in cookies (IndexedDB records
// and cached responses included).
func storageDump(b *bt.Browser, forms ...string) (inventory []string, hits []string) {
	b.T.Helper()
	fj, _ := json.Marshal(forms)
	res := bt.Eval[struct{ Inventory, Hits []string }](b, `(async () => {
  const forms = `+string(fj)+`;
  const Inventory = [], Hits = [];
  const check = (where, text) => {
    const low = text.toLowerCase();
    for (const f of forms) if (text.includes(f) || (f === f.toLowerCase() && low.includes(f))) Hits.push(where + ': ' + f);
  };
  check('cookie', document.cookie);
  for (const [name, st] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
    for (let i = 0; i < st.length; i++) {
      const k = st.key(i);
      Inventory.push(name + ' ' + k);
      check(name + ' ' + k, k + '=' + st.getItem(k));
    }
  }
  for (const d of (indexedDB.databases ? await indexedDB.databases() : [])) {
    Inventory.push('indexedDB ' + d.name);
    const db = await new Promise((ok, fail) => { const r = indexedDB.open(d.name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    for (const s of db.objectStoreNames) {
      const rows = await new Promise((ok) => { const r = db.transaction(s).objectStore(s).getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => ok([]); });
      check('indexedDB ' + d.name + '/' + s, JSON.stringify(rows, (k, v) => v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? new TextDecoder('latin1').decode(v) : v));
    }
    db.close();
  }
  for (const n of await caches.keys()) {
    const c = await caches.open(n);
    for (const req of await c.keys()) {
      Inventory.push('cache ' + n + ' ' + req.url);
      check('cache ' + n + ' ' + req.url, req.url + ' ' + new TextDecoder('latin1').decode(await (await c.match(req)).arrayBuffer()));
    }
  }
  return {Inventory, Hits};
})()`)
	return res.Inventory, res.Hits
}

// keyLatency types text, key by key, at the end of the box sel with the
// preview showing before+ what was typed so far after each, and returns
// for each key, in ms, the time to the first frame drawn after it (the
// key shown in the box), to the preview's change, and to the frame drawn
// with that change.
func keyLatency(b *bt.Browser, sel, before, text string) (echo, change, frame []float64) {
	b.T.Helper()
	bt.Eval[bool](b, `(() => {
		window.__lat = []; window.__frame = []; window.__echo = []; window.__pending = null; window.__want = '';
		if (!window.__watching) document.addEventListener('keydown', () => {
			const t0 = window.__pending = performance.now();
			requestAnimationFrame(() => setTimeout(() => window.__echo.push(performance.now() - t0), 0));
		}, true);
		if (!window.__watching) new MutationObserver(() => {
			if (window.__pending === null) return;
			const p = `+bt.PreviewEl+`;
			if (!p || !p.textContent.includes(window.__want)) return;
			const t0 = window.__pending; window.__pending = null;
			window.__lat.push(performance.now() - t0);
			requestAnimationFrame(() => setTimeout(() => window.__frame.push(performance.now() - t0), 0));
		}).observe(document.getElementById('main'), {subtree: true, childList: true, characterData: true});
		window.__watching = true;
		return true;
	})()`)
	b.Focus(sel, -1)
	sofar := before
	for i := range len(text) {
		sofar += text[i : i+1]
		bt.Eval[bool](b, `window.__want = `+bt.JS(sofar)+`, true`)
		b.Keys(text[i : i+1])
		b.WaitFor("key "+text[i:i+1], `window.__frame.length === `+strconv.Itoa(i+1)+` && window.__echo.length === `+strconv.Itoa(i+1))
	}
	return bt.Eval[[]float64](b, `window.__echo`), bt.Eval[[]float64](b, `window.__lat`), bt.Eval[[]float64](b, `window.__frame`)
}
