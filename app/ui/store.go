package ui

import (
	"errors"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/draft"
	"putitright/app/jsbridge"
	"putitright/app/partner"
)

// Keys in localStorage. Only the draft holds what the person typed.
const (
	keyDraft   = "putitright-draft"
	keyDamaged = "putitright-draft-damaged" // a saved draft we could not open, kept untouched
	keyPartner = "putitright-partner"       // the partner options from the address
	keyNoStore = "putitright-no-store"      // the person chose not to keep anything here
	keyLast    = "putitright-last-page"     // the page the person was last on, for "Carry on where you left off"
)

// caseState is everything the person has entered.
type caseState = draft.Case

// storeState records how keeping the draft on this device is going.
type storeState struct {
	problem string // a message for the person, or ""
	noStore bool   // the person chose not to keep anything on this device
	saved   bool   // the last save worked
	damaged []byte // a saved draft we could not open, to offer as a file
	from    string // the key the damaged draft is kept under
	hold    bool   // a damaged draft is still under s.key(keyDraft): do not save over it
	persist string // what the browser said about keeping storage
}

// load reads the saved draft. A damaged or newer draft is kept untouched
// under another key and offered as a file; the app then starts empty.
func (s *Shell) load() {
	if v, ok, _ := jsbridge.StorageGet(s.key(keyNoStore)); ok && v == "1" {
		s.store.noStore = true
		return
	}
	// A damaged draft from an earlier visit stays on offer until it is
	// saved as a file.
	if old, ok, _ := jsbridge.StorageGet(s.key(keyDamaged)); ok && old != "" {
		s.store.damaged, s.store.from = []byte(old), s.key(keyDamaged)
		s.store.problem = s.t("ui.store.damaged.kept")
	}
	if p, ok, _ := jsbridge.StorageGet(s.key(keyLast)); ok && resumable(p) {
		s.lastPage = p
	}
	raw, ok, err := jsbridge.StorageGet(s.key(keyDraft))
	switch {
	case err != nil:
		s.store.problem = s.t(s.embeddedID("ui.store.blocked"))
		return
	case !ok:
		return
	}
	c, err := draft.Open(s.c, []byte(raw))
	if err != nil {
		switch {
		case s.store.damaged == nil && jsbridge.StorageSet(s.key(keyDamaged), raw) == nil:
			s.store.damaged, s.store.from = []byte(raw), s.key(keyDamaged)
			_ = jsbridge.StorageDelete(s.key(keyDraft))
		case s.store.damaged == nil:
			// It cannot be moved aside: leave it in place, offer it, and do
			// not save over it until the person has it.
			s.store.damaged, s.store.from, s.store.hold = []byte(raw), s.key(keyDraft), true
		default:
			// An older damaged draft is already on offer: leave this one in
			// place, unsaved over, for the next visit.
			s.store.hold = true
		}
		s.store.problem = s.f("ui.store.damaged", "reason", draft.Message(s.c, err))
		return
	}
	s.kase = c
}

// embeddedID is the ID of the version of text id for inside a partner's
// page ("id.embedded"), which also points to Open full screen, or id at
// top level.
func (s *Shell) embeddedID(id string) string {
	if s.embedded {
		return id + ".embedded"
	}
	return id
}

// loadPartner keeps partner options across pages at top level, where the
// address fragment is lost after the first page.
func (s *Shell) loadPartner(cfg partner.Config) partner.Config {
	if cfg.Fragment() != "" {
		if !s.store.noStore {
			_ = jsbridge.StorageSet(s.key(keyPartner), cfg.Fragment())
		}
		return cfg
	}
	if f, ok, _ := jsbridge.StorageGet(s.key(keyPartner)); ok {
		saved, _ := partner.Parse(f)
		saved.Embedded, saved.Host = cfg.Embedded, cfg.Host
		return saved
	}
	return cfg
}

// changed saves after every change, so closing the tab loses nothing.
func (s *Shell) changed(ctx app.Context) {
	// Text boxes get their words from syncValues (see bind), after the
	// page is drawn. The Shell's own context does it: go-app drops work
	// from an element the change removes, such as the button pressed.
	root := ctx
	if s.hasRoot {
		root = s.root
	}
	root.Defer(func(app.Context) { s.syncValues() })
	s.save(ctx)
	s.typing(ctx)
}

// save writes the draft to this device, unless the person chose not to.
// When that fails the app keeps working from memory and says so.
func (s *Shell) save(ctx app.Context) {
	if s.store.noStore || s.store.hold {
		return
	}
	b, err := draft.Marshal(s.draftCase())
	if err == nil {
		err = jsbridge.StorageSet(s.key(keyDraft), string(b))
	}
	switch {
	case err == nil:
		s.store.saved = true
		if s.store.damaged == nil {
			s.store.problem = ""
		}
	case errors.Is(err, jsbridge.ErrQuota):
		s.store.saved = false
		s.store.problem = s.t(s.embeddedID("ui.store.quota"))
	default:
		s.store.saved = false
		s.store.problem = s.t(s.embeddedID("ui.store.failed"))
	}
}

// draftCase is the whole case as it is saved, stamped now.
func (s *Shell) draftCase() draft.Case {
	c := draft.New(s.kase.Answers, s.kase.Details, s.kase.Edits, time.Now())
	c.Track = s.kase.Track
	return c
}

// saveDraftFile returns a handler that downloads the whole case as a
// draft file, or the damaged saved draft if that is what we are holding,
// and says so next to the button, at.
func (s *Shell) saveDraftFile(at string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if s.store.damaged != nil {
			if err := jsbridge.Download("put-it-right-damaged-draft.json", "application/json", s.store.damaged); err == nil {
				_ = jsbridge.StorageDelete(s.store.from)
				if s.store.from == s.key(keyDraft) {
					s.store.hold = false
				}
				s.store.damaged, s.store.from, s.store.problem = nil, "", ""
				// The banner with the button goes: say it at the top.
				s.say("", s.t("ui.store.damaged.downloading"))
				if s.store.hold {
					s.store.problem = s.t("ui.store.damaged.more")
				} else {
					s.save(ctx)
				}
			}
			return
		}
		b, err := draft.Marshal(s.draftCase())
		if err == nil {
			err = jsbridge.Download(draft.FileName(s.today), "application/json", b)
		}
		if err != nil {
			s.say(at, s.t("ui.store.file.failed"))
			return
		}
		s.say(at, s.t("ui.store.file.downloading"))
	}
}

// openDraftFile reads a chosen draft file. A bad file changes nothing.
// A file too big to be a draft is refused before it is read.
func (s *Shell) openDraftFile(ctx app.Context) {
	s.opened = false
	jsbridge.OpenFile(IDDraftFile, MaxDraftFile, func(b []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			switch {
			case errors.Is(err, jsbridge.ErrTooLarge):
				s.say("open-draft", s.f("ui.store.open.too-big", "mb", strconv.Itoa(MaxDraftFile>>20)))
				return
			case err != nil:
				s.say("open-draft", s.t("ui.store.open.unreadable"))
				return
			}
			c, err := draft.Open(s.c, b)
			if err != nil {
				s.say("open-draft", s.f("ui.store.open.bad", "reason", draft.Message(s.c, err)))
				return
			}
			s.kase = c
			s.partial = nil
			s.changed(ctx)
			s.opened = true
			s.say("open-draft", s.t("ui.store.open.done"))
		})
	})
}

// deleteEverything removes every trace of the case from this device and
// from memory.
func (s *Shell) deleteEverything(ctx app.Context) {
	err := jsbridge.ClearEverything()
	s.kase = caseState{}
	s.partial = nil
	s.store = storeState{}
	s.lastPage = ""
	if err != nil {
		s.say("", s.t("ui.store.cleared-page"))
		return
	}
	s.say("", s.t("ui.store.deleted"))
}

// setNoStore turns keeping the draft on this device off or on.
func (s *Shell) setNoStore(ctx app.Context, on bool) {
	s.store.noStore = on
	if on {
		_ = jsbridge.StorageDelete(s.key(keyDraft))
		_ = jsbridge.StorageDelete(s.key(keyPartner))
		_ = jsbridge.StorageDelete(s.key(keyLast))
		_ = jsbridge.StorageSet(s.key(keyNoStore), "1")
		s.say("", s.t("ui.store.no-store.on"))
		return
	}
	_ = jsbridge.StorageDelete(s.key(keyNoStore))
	s.save(ctx)
	s.say("", s.t("ui.store.no-store.off"))
}

// resumable reports whether path is a page to carry on from: a question,
// the check page, the plan or a letter.
func resumable(path string) bool {
	if !shellPage(path) {
		return false
	}
	switch path {
	case PathStart, PathData, PathPrivacy:
		return false
	}
	return true
}

// remember keeps the page being shown as the one to carry on from.
func (s *Shell) remember() {
	if !resumable(s.path) || s.path == s.lastPage {
		return
	}
	s.lastPage = s.path
	if !s.store.noStore {
		_ = jsbridge.StorageSet(s.key(keyLast), s.path)
	}
}

// resumePath is where "Carry on where you left off" goes: the page the
// person was last on, or their answers.
func (s *Shell) resumePath() string {
	if s.lastPage != "" {
		return s.lastPage
	}
	return PathCheck
}
