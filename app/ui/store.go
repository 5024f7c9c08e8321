package ui

import (
	"errors"
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
	hold    bool   // a damaged draft is still under keyDraft: do not save over it
	persist string // what the browser said about keeping storage
}

// load reads the saved draft. A damaged or newer draft is kept untouched
// under another key and offered as a file; the app then starts empty.
func (s *Shell) load() {
	if v, ok, _ := jsbridge.StorageGet(keyNoStore); ok && v == "1" {
		s.store.noStore = true
		return
	}
	// A damaged draft from an earlier visit stays on offer until it is
	// saved as a file.
	if old, ok, _ := jsbridge.StorageGet(keyDamaged); ok && old != "" {
		s.store.damaged, s.store.from = []byte(old), keyDamaged
		s.store.problem = damagedProblem
	}
	raw, ok, err := jsbridge.StorageGet(keyDraft)
	switch {
	case err != nil:
		s.store.problem = "This browser is not letting us keep your draft on this device. You can keep working, but save a draft file before you close this page."
		if s.embedded {
			s.store.problem += " Or use Open full screen, where your draft can be kept."
		}
		return
	case !ok:
		return
	}
	c, err := draft.Open([]byte(raw))
	if err != nil {
		switch {
		case s.store.damaged == nil && jsbridge.StorageSet(keyDamaged, raw) == nil:
			s.store.damaged, s.store.from = []byte(raw), keyDamaged
			_ = jsbridge.StorageDelete(keyDraft)
		case s.store.damaged == nil:
			// It cannot be moved aside: leave it in place, offer it, and do
			// not save over it until the person has it.
			s.store.damaged, s.store.from, s.store.hold = []byte(raw), keyDraft, true
		default:
			// An older damaged draft is already on offer: leave this one in
			// place, unsaved over, for the next visit.
			s.store.hold = true
		}
		s.store.problem = "We found a saved draft but could not open it. " + draft.Message(err) + " " + damagedProblem
		return
	}
	s.kase = c
}

const damagedProblem = "We have kept the old draft: use Save a draft file to download it. Then your new work will be kept here too."

// loadPartner keeps partner options across pages at top level, where the
// address fragment is lost after the first page.
func (s *Shell) loadPartner(cfg partner.Config) partner.Config {
	if cfg.Fragment() != "" {
		if !s.store.noStore {
			_ = jsbridge.StorageSet(keyPartner, cfg.Fragment())
		}
		return cfg
	}
	if f, ok, _ := jsbridge.StorageGet(keyPartner); ok {
		saved, _ := partner.Parse(f)
		saved.Embedded, saved.Host = cfg.Embedded, cfg.Host
		return saved
	}
	return cfg
}

// changed saves after every change, so closing the tab loses nothing.
func (s *Shell) changed(ctx app.Context) {
	ctx.Defer(func(app.Context) { s.syncValues() })
	s.save(ctx)
	s.typing(ctx)
}

// save writes the draft to this device, unless the person chose not to.
// When that fails the app keeps working from memory and says so.
func (s *Shell) save(ctx app.Context) {
	if s.store.noStore || s.store.hold {
		return
	}
	b, err := draft.Marshal(draft.New(s.kase.Answers, s.kase.Details, s.kase.Edits, time.Now()))
	if err == nil {
		err = jsbridge.StorageSet(keyDraft, string(b))
	}
	switch {
	case err == nil:
		s.store.saved = true
		if s.store.damaged == nil {
			s.store.problem = ""
		}
	case errors.Is(err, jsbridge.ErrQuota):
		s.store.saved = false
		s.store.problem = "This device's storage is full, so your latest changes are not kept here. Your work is still on this page: save a draft file to keep it."
	default:
		s.store.saved = false
		s.store.problem = "Your draft could not be kept on this device. Your work is still on this page: save a draft file to keep it."
	}
	if err != nil && s.embedded {
		s.store.problem += " Or use Open full screen, where your draft can be kept."
	}
}

// onSaveDraftFile downloads the whole case as a draft file, or the damaged
// saved draft if that is what we are holding.
func (s *Shell) onSaveDraftFile(ctx app.Context, e app.Event) {
	if s.store.damaged != nil {
		if err := jsbridge.Download("put-it-right-damaged-draft.json", "application/json", s.store.damaged); err == nil {
			_ = jsbridge.StorageDelete(s.store.from)
			if s.store.from == keyDraft {
				s.store.hold = false
			}
			s.store.damaged, s.store.from, s.store.problem = nil, "", ""
			s.notice = "The old draft is downloading. You can keep working here."
			if s.store.hold {
				s.store.problem = "There is one more old draft we could not open. Reload this page to save it as a file too. Until then, save a draft file to keep your new work."
			} else {
				s.save(ctx)
			}
		}
		return
	}
	b, err := draft.Marshal(draft.New(s.kase.Answers, s.kase.Details, s.kase.Edits, time.Now()))
	if err == nil {
		err = jsbridge.Download(draft.FileName(s.today), "application/json", b)
	}
	if err != nil {
		s.notice = "The draft file could not be made here. You can copy your letter instead."
		return
	}
	s.notice = "Your draft file is downloading. Keep it safe: it has everything you typed."
}

// openDraftFile reads a chosen draft file. A bad file changes nothing.
func (s *Shell) openDraftFile(ctx app.Context) {
	jsbridge.OpenFile(IDDraftFile, draft.MaxSize, func(b []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				s.notice = "We could not read that file. Please try again."
				return
			}
			c, err := draft.Open(b)
			if err != nil {
				s.notice = draft.Message(err) + " Nothing has been changed."
				return
			}
			s.kase = c
			s.partial = nil
			s.changed(ctx)
			s.notice = "Your draft is open."
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
	if err != nil {
		s.notice = "We cleared this page, but the browser would not let us clear its storage."
		return
	}
	s.notice = "Everything has been deleted from this device."
}

// setNoStore turns keeping the draft on this device off or on.
func (s *Shell) setNoStore(ctx app.Context, on bool) {
	s.store.noStore = on
	if on {
		_ = jsbridge.StorageDelete(keyDraft)
		_ = jsbridge.StorageDelete(keyPartner)
		_ = jsbridge.StorageSet(keyNoStore, "1")
		s.notice = "Nothing will be kept on this device. Save a draft file before you close this page."
		return
	}
	_ = jsbridge.StorageDelete(keyNoStore)
	s.save(ctx)
	s.notice = "Your draft will be kept on this device as you work."
}
