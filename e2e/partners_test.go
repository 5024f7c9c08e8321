package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// setField types a value into a builder box and leaves it, as a person
// would: the snippet follows on input, the preview and messages on change.
func setField(b *browser, attr, value string) {
	b.t.Helper()
	eval[bool](b, `(() => {
		const el = document.getElementById('opt-' + `+jsStr(attr)+`);
		el.focus();
		el.value = `+jsStr(value)+`;
		el.dispatchEvent(new Event('input', {bubbles: true}));
		el.dispatchEvent(new Event('change', {bubbles: true}));
		return true;
	})()`)
}

// code returns the text of a code box on the builder.
func code(b *browser, id string) string {
	b.t.Helper()
	return eval[string](b, `document.getElementById('code-`+id+`')?.value || ''`)
}

func TestPartnerBuilderLooks(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	b.do(chromedp.EmulateViewport(390, 844))
	b.open(s.App + "/partners")
	b.waitHeading("Put Put It Right on your website")
	b.waitFor("the preview card", `!!document.getElementById('preview')?.contentDocument?.querySelector('putitright-widget')?.shadowRoot?.querySelector('button')`)
	b.axe("/partners")
	b.shot("partners")
	b.open(s.App + "/partners/about")
	b.waitHeading("Put It Right: for trustees and partners")
	b.axe("/partners/about")
	b.shot("partners-about")
	if !strings.Contains(code(b, "snippet"), "") {
		t.Fatal()
	}
}
