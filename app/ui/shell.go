package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/jsbridge"
	"putitright/app/partner"
)

// Shell is the root component. It holds every piece of state — the answers,
// the letters, where the person is — and renders the page for the current
// address. Inside a partner's frame it moves between pages without touching
// the browser history, so the host page's Back button is not filled.
type Shell struct {
	app.Compo
	words // the content in the person's language

	path     string // the page shown, e.g. "/q/nation"
	embedded bool   // running inside a partner's frame
	limited  bool   // inside a frame where the browser keeps no storage
	settings string // inside a frame: the address fragment it was opened with
	cfg      partner.Config
	today    time.Time

	kase  caseState  // everything the person has entered
	store storeState // what happened when we last saved or loaded
	input flow.Input // the values on the question page being shown
	err   *guide.FieldError
	from  string // the page to return to after a "Change" link

	partial map[string][2]string // month and year typed into a date that is not complete yet
	values  map[string]string    // what each text box should hold after this render; see bind
	flags   flagState            // the writing flags found in the letter shown
	root    app.Context          // the Shell's own context, set on mount; see afterDraw
	hasRoot bool
	confirm bool       // the person asked to delete everything and must confirm
	trk     trackState // the tracker page's form

	notice      string // a short status message, read out by screen readers
	noticeAt    string // where it is shown: next to the controls named so (see feedback), or "" at the top
	update      bool   // a new version is ready
	installable bool
	installed   bool // running as an installed app
	apple       bool // Safari: no install prompt, but Add to Home Screen
	online      bool
	netOff      func()                // stops listening for online and offline events
	printOff    func()                // stops opening the plan's folds for printing
	boxesOff    func()                // stops watching the text boxes (watchLimits, applyOnLeave)
	over        overLimit             // boxes where more was put in than they hold
	lastField   string                // the detail box the person last changed
	lastPage    string                // the page to carry on from (see remember)
	opened      bool                  // a draft file has just been opened
	textQueue   map[string]queuedText // text boxes whose new words are still to be applied (see onText)
	// updateCheck is when the app last asked the browser to look for a new
	// version (at top level, on moving to another page, at most every 10 minutes).
	updateCheck time.Time
}

// OnInit runs on the server and in the browser before the first render.
func (s *Shell) OnInit() {
	s.today = time.Now()
	s.online = true
	s.setLang("")
	if !app.IsClient {
		return
	}
	// In the browser, draw the right page with the saved draft from the
	// first frame (OnNav and OnMount come a frame later): the partner
	// options come from the address fragment, the draft from this device.
	s.path = app.Window().URL().Path
	s.embedded = jsbridge.InFrame()
	if s.embedded {
		s.settings = jsbridge.Fragment()
	}
	cfg, warnings := partner.Parse(jsbridge.Fragment())
	for _, w := range warnings {
		app.Log("Put It Right: ignored a partner option: " + w)
	}
	s.cfg = cfg // its title chooses the storage keys
	s.limited = s.embedded && !storageWorks()
	s.cfg = s.loadPartner(cfg)
	s.setLang(s.cfg.Lang)
	s.markLang()
	s.load()
	s.path = s.embeddedStart(s.path)
	if c := s.cfg.Accent; c != "" {
		// The partner's colour, already checked for contrast with white.
		jsbridge.SetStyleVar("--brand", c)
		jsbridge.SetStyleVar("--accent", c)
		jsbridge.SetStyleVar("--accent-dark", darker(c))
	}
}

// darker returns a #rrggbb colour a quarter darker, for hover states.
func darker(hex string) string {
	if len(hex) != 7 {
		return hex
	}
	out := []byte{'#'}
	for i := 1; i < 7; i += 2 {
		v, err := strconv.ParseUint(hex[i:i+2], 16, 8)
		if err != nil {
			return hex
		}
		out = append(out, fmt.Sprintf("%02x", v*3/4)...)
	}
	return string(out)
}

// OnMount runs in the browser only: it listens for network changes, asks
// to keep storage and, inside a frame, takes over link clicks so that
// history does not grow.
func (s *Shell) OnMount(ctx app.Context) {
	s.root, s.hasRoot = ctx, true
	s.online = jsbridge.Online()
	s.installable = ctx.IsAppInstallable()
	s.apple = ctx.IsAppleBrowser()
	s.installed = isInstalled()
	s.netOff = onNetworkChange(func() {
		ctx.Dispatch(func(app.Context) { s.online = jsbridge.Online() })
	})
	s.printOff = openFoldsForPrint()
	limits, leave := s.watchLimits(ctx), s.applyOnLeave(ctx)
	s.boxesOff = func() { limits(); leave() }
	s.updateCheck = time.Now()
	if !s.embedded && !s.store.noStore {
		jsbridge.PersistStorage(func(ok bool) {
			ctx.Dispatch(func(app.Context) {
				if ok {
					s.store.persist = s.t("ui.data.persist.yes")
				} else {
					s.store.persist = s.t("ui.data.persist.no")
				}
			})
		})
	}
	if s.embedded && s.path != app.Window().URL().Path {
		// Straight to the first question: the Start card was the start page.
		app.Window().Get("history").Call("pushState", nil, "", s.framePath(s.path))
	}
	if s.embedded {
		jsbridge.OnLinkClick(func(path string) {
			ctx.Dispatch(func(ctx app.Context) { s.goTo(ctx, path) })
		})
	}
	s.enter(ctx)
}

// OnNav runs when the address changes at top level (and on the server).
func (s *Shell) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	if !app.IsServer && u.Path == s.path && u.Fragment != "" {
		// A link within the page (the error summary, the skip link, the
		// plan's contents): keep the page as it is, errors included, and
		// move focus to what the link points at.
		ctx.Defer(func(app.Context) { focusTarget(u.Fragment) })
		return
	}
	s.path = u.Path
	if app.IsServer {
		s.setTitle(ctx)
		return
	}
	s.enter(ctx)
	if !s.embedded && time.Since(s.updateCheck) > 10*time.Minute && jsbridge.Online() {
		s.updateCheck = time.Now()
		app.TryUpdate()
	}
}

// OnDismount stops listening for network changes.
func (s *Shell) OnDismount() {
	if s.netOff != nil {
		s.netOff()
		s.netOff = nil
	}
	if s.printOff != nil {
		s.printOff()
		s.printOff = nil
	}
	if s.boxesOff != nil {
		s.boxesOff()
		s.boxesOff = nil
	}
}

// isInstalled reports whether the app runs from the home screen or as an
// installed app (go-app's own test).
func isInstalled() bool {
	f := app.Window().Get("goappIsAppInstalled")
	return f.Truthy() && app.Window().Call("goappIsAppInstalled").Bool()
}

// onNetworkChange calls f when the browser goes online or offline, until
// the returned func is called.
func onNetworkChange(f func()) func() {
	h := app.FuncOf(func(app.Value, []app.Value) any { f(); return nil })
	app.Window().Call("addEventListener", "online", h)
	app.Window().Call("addEventListener", "offline", h)
	return func() {
		app.Window().Call("removeEventListener", "online", h)
		app.Window().Call("removeEventListener", "offline", h)
		h.Release()
	}
}

// focusTarget moves focus to the element with the given id, as following a
// link within the page would, so that Tab carries on from there. A section
// or heading that cannot take focus is made focusable by script only.
func focusTarget(id string) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	// A part of the plan that is folded opens, as a tap on it would.
	for d := el; d.Truthy(); d = d.Get("parentElement") {
		if d.Get("tagName").String() == "DETAILS" {
			d.Set("open", true)
		}
	}
	if el.Get("tabIndex").Int() < 0 && !el.Call("hasAttribute", "tabindex").Bool() {
		el.Call("setAttribute", "tabindex", "-1")
	}
	// Focus alone would centre a tall section; show it from its top.
	el.Call("focus", map[string]any{"preventScroll": true})
	el.Call("scrollIntoView")
}

// OnAppUpdate shows the "new version" notice; the person chooses when to reload.
// go-app also calls it when the first service worker takes over on a first
// visit, which is no new version: a real one has deleted this version's
// offline copy (the cache "app-<version>") by the time it is announced.
func (s *Shell) OnAppUpdate(ctx app.Context) {
	if !ctx.AppUpdateAvailable() {
		return
	}
	c := app.Window().Get("caches")
	if !c.Truthy() {
		s.update = true
		return
	}
	c.Call("has", "app-"+app.Getenv("GOAPP_VERSION")).Then(func(v app.Value) {
		ctx.Dispatch(func(app.Context) { s.update = !v.Bool() })
	})
}

// OnAppInstallChange refreshes the install button.
func (s *Shell) OnAppInstallChange(ctx app.Context) {
	s.installable = ctx.IsAppInstallable()
	s.installed = isInstalled()
}

// goTo shows the page at path, through the browser history.
func (s *Shell) goTo(ctx app.Context, path string) {
	if !shellPage(path) {
		path = PathStart
	}
	// Inside a frame too: the frame's history entries are the page's, so the
	// phone's Back button goes back a step in the app, not off the page.
	ctx.Navigate(path)
	if s.embedded {
		// Keep the partner's settings in the frame's address, for a reload.
		app.Window().Get("history").Call("replaceState", nil, "", s.framePath(path))
	}
}

// enter prepares the page being entered: it fills the form from the saved
// answers and sets the title.
func (s *Shell) enter(ctx app.Context) {
	s.err = nil
	s.notice, s.noticeAt = "", ""
	s.over = nil
	s.lastField = ""
	if id, ok := s.question(); ok {
		s.input = inputFor(s.kase.Answers, id)
	}
	if !strings.HasPrefix(s.path, "/q/") {
		s.from = ""
	}
	s.opened = false
	if len(flow.Values(s.kase.Answers, flow.QService)) > 0 {
		s.remember()
	}
	s.setTitle(ctx)
	jsbridge.MarkFocus()
	s.afterDraw(ctx, 25)
}

// afterDraw waits until the current page has been drawn, then fixes up the
// form fields go-app leaves alone and moves focus to the page heading, or
// to the part of the page the address points at.
// A frame can pass before a page change is drawn, so it checks the page
// address on the main element and tries again a few times.
func (s *Shell) afterDraw(ctx app.Context, tries int) {
	// go-app drops work dispatched from an element that is gone, such as
	// the Continue button of the page being left: use the Shell's context.
	if s.hasRoot {
		ctx = s.root
	}
	ctx.Dispatch(func(ctx app.Context) {
		ctx.Defer(func(ctx app.Context) {
			// Someone quick may already be typing in a field: leave them there.
			if !jsbridge.FocusMoved() && !jsbridge.FocusSelector(`main[data-page="`+s.path+`"] #main-heading`) && tries > 0 {
				ctx.After(20*time.Millisecond, func(ctx app.Context) { s.afterDraw(ctx, tries-1) })
				return
			}
			s.syncFields()
			s.syncValues()
			// What the person did on the prerendered page before the app
			// started: apply it and carry on (once; later pages find none).
			if e := jsbridge.TakeEarly(); e.Path == s.path {
				jsbridge.Replay(e)
			}
			// A link to a part of this page (such as /plan#help) goes
			// there, not to the top.
			if f := app.Window().URL().Fragment; f != "" && !jsbridge.FocusMoved() {
				focusTarget(f)
			}
		})
	})
}

// question returns the question shown on the current page, if any.
func (s *Shell) question() (flow.ID, bool) {
	id, ok := strings.CutPrefix(s.path, "/q/")
	if !ok {
		return "", false
	}
	_, ok = flow.Lookup(flow.ID(id))
	return flow.ID(id), ok
}

func inputFor(a guide.Answers, id flow.ID) flow.Input {
	if q, _ := flow.Lookup(id); q.Kind == flow.Month {
		d := flow.Date(a, id)
		if d.IsZero() {
			return flow.Input{}
		}
		return flow.Input{Month: strconv.Itoa(int(d.Month)), Year: strconv.Itoa(d.Year)}
	}
	return flow.Input{Values: flow.Values(a, id)}
}

// Render shows the layout around the current page.
func (s *Shell) Render() app.UI {
	s.values = map[string]string{}
	return app.Div().ID("app").Class("app").Body(
		s.header(),
		app.Div().Class("width").Body(
			s.banners(),
			app.Main().ID("main").Class("main").DataSet("page", s.path).Body(s.page()),
		),
		s.footer(),
		s.bootWords(),
	)
}

// setTitle sets the browser tab's title for the page shown.
func (s *Shell) setTitle(ctx app.Context) {
	ctx.Page().SetTitle("%s", s.f("ui.title", "page", s.title()))
}

// title is the page's own title, as the browser tab shows it.
func (s *Shell) title() string {
	if id, ok := s.question(); ok {
		q, _ := flow.Lookup(id)
		if s.err != nil {
			return s.f("ui.title.error", "page", q.Heading(s.c))
		}
		return q.Heading(s.c)
	}
	switch {
	case s.path == PathUrgent:
		return s.t("ui.urgent.title")
	case s.path == PathCheck:
		return s.t("ui.title.check")
	case s.path == PathPlan:
		return s.t("ui.title.plan")
	case s.path == PathLetters:
		return s.t("ui.title.letters")
	case strings.HasPrefix(s.path, PathLetters+"/"):
		return s.letterTitle(guide.LetterID(strings.TrimPrefix(s.path, PathLetters+"/")))
	case s.path == PathTrack:
		return s.t("ui.title.track")
	case s.path == PathData:
		return s.t("ui.title.data")
	case s.path == PathPrivacy:
		return s.t("ui.title.privacy")
	}
	return s.t("ui.title.start")
}

func (s *Shell) page() app.UI {
	if id, ok := s.question(); ok {
		return s.questionPage(id)
	}
	switch {
	case s.path == PathUrgent:
		return s.urgentPage()
	case s.path == PathCheck:
		return s.checkPage()
	case s.path == PathPlan:
		return s.planPage()
	case s.path == PathLetters:
		return s.lettersPage()
	case strings.HasPrefix(s.path, PathLetters+"/"):
		return s.letterPage(guide.LetterID(strings.TrimPrefix(s.path, PathLetters+"/")))
	case s.path == PathTrack:
		return s.trackPage()
	case s.path == PathData:
		return s.dataPage()
	case s.path == PathPrivacy:
		return s.privacyPage()
	}
	return s.startPage()
}

func focusID(id string) { jsbridge.Focus(id) }

// bind records the value text box id should show and returns it. go-app
// never writes an empty value and reuses elements between pages, so a box
// could keep text the state no longer has; syncValues puts that right.
func (s *Shell) bind(id, v string) string {
	if s.values != nil {
		s.values[id] = v
	}
	return v
}

// syncValues sets each bound text box to its value after a render, leaving
// the one being typed in alone.
func (s *Shell) syncValues() {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	active := doc.Get("activeElement")
	for id, v := range s.values {
		el := doc.Call("getElementById", id)
		if el.Truthy() && !el.Equal(active) && el.Get("value").String() != v {
			el.Set("value", v)
		}
	}
}
