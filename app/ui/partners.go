package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/jsbridge"
	"putitright/app/partner"
)

// Partner pages: the snippet builder and the page for trustees. They work
// offline like every page and send nothing anywhere: the snippet is made
// in the browser by app/partner.
const (
	PathPartners      = "/partners"
	PathPartnersAbout = "/partners/about"
)

// Env keys the server sets for the pinned copy of embed.js.
const (
	EnvEmbedPinned    = "PUTITRIGHT_EMBED_PINNED"    // e.g. embed-0123456789ab.js
	EnvEmbedIntegrity = "PUTITRIGHT_EMBED_INTEGRITY" // sha384-…
)

// Builder is the page for partners: the snippet builder at /partners, and
// /partners/about.
type Builder struct {
	app.Compo
	words // the content in the page's language (English unless the address gives lang)

	path    string
	appURL  string            // this app's origin and path, e.g. https://app.example/
	typed   map[string]string // what is in each box, by data attribute
	shown   map[string]bool   // boxes left at least once: their messages show
	preview string            // the preview's document; it changes on change, not on each key
	copied  map[string]string // the confirmation next to each Copy button
}

func newBuilder() app.Composer { return &Builder{} }

// OnInit starts with an example organisation filled in, so the preview
// shows something real from the start.
func (b *Builder) OnInit() {
	b.setLang("")
	if app.IsClient {
		// The page is for partners' web admins, in English, but it takes a
		// language from the address as the app does (#lang=en-XA).
		cfg, _ := partner.Parse(jsbridge.Fragment())
		b.setLang(cfg.Lang)
		b.markLang()
	}
	b.typed = map[string]string{"partner-name": b.t("ui.partners.example-name"), "start": "button"}
	b.shown = map[string]bool{}
	b.copied = map[string]string{}
	if app.IsClient {
		u := app.Window().URL()
		b.appURL = u.Scheme + "://" + u.Host + "/"
	}
	b.refresh()
}

// OnNav sets the page and its title.
func (b *Builder) OnNav(ctx app.Context) {
	b.path = ctx.Page().URL().Path
	ctx.Page().SetTitle("%s", b.title())
	if app.IsClient {
		ctx.Defer(func(app.Context) { jsbridge.Focus("main-heading") })
	}
}

// title is the page's title and heading.
func (b *Builder) title() string {
	if b.path == PathPartnersAbout {
		return b.t("ui.title.partners-about")
	}
	return b.t("ui.title.partners")
}

func (b *Builder) built() partner.Built {
	return partner.Build(b.c, b.appURL, b.typed, partner.Pin{Name: app.Getenv(EnvEmbedPinned), Integrity: app.Getenv(EnvEmbedIntegrity)})
}

// refresh remakes the preview's document from the accepted values.
func (b *Builder) refresh() {
	if b.appURL == "" {
		b.preview = ""
		return
	}
	b.preview = partner.PreviewPage(b.c, b.built())
}

// Render shows the page.
func (b *Builder) Render() app.UI {
	var page app.UI
	if b.path == PathPartnersAbout {
		page = b.aboutPage()
	} else {
		page = b.builderPage()
	}
	return app.Div().ID("app").Class("app").Body(
		app.Header().Class("top").Body(
			app.A().Class("skip").Href("#main-heading").Text(b.t("ui.skip")),
			app.Div().Class("width width-wide top-in").Body(
				app.A().Class("brand").Href(PathStart).Text(b.t("ui.app.name")),
				app.Span().Class("partner").Text(b.t("ui.partners.header")),
			),
		),
		app.Div().Class("width width-wide").Body(
			app.Main().ID("main").Class("main").DataSet("page", b.path).Body(page),
		),
		app.Footer().Class("foot").Body(app.Div().Class("width width-wide").Body(
			app.Ul().Class("foot-links").Body(
				app.Li().Body(app.A().Href(PathPartners).Text(b.t("ui.partners.footer.setup"))),
				app.Li().Body(app.A().Href(PathPartnersAbout).Text(b.t("ui.partners.footer.about"))),
				app.Li().Body(app.A().Href(PathPrivacy).Text(b.t("ui.footer.privacy"))),
			),
			app.P().Text(b.t("ui.footer.disclaimer")),
		)),
		b.bootWords(),
	)
}

func (b *Builder) builderPage() app.UI {
	built := b.built()
	problems := map[string]string{}
	for _, p := range built.Problems {
		problems[p.Attr] = p.Message
	}
	var groups []app.UI
	var group string
	var fields []app.UI
	flush := func() {
		if group != "" {
			groups = append(groups, app.FieldSet().Class("fieldset builder-group").Body(
				append([]app.UI{app.Legend().Class("legend h3").Text(group)}, fields...)...))
		}
		fields = nil
	}
	for _, o := range partner.Options(b.c) {
		if o.Attr == partner.KeyLang && len(o.Choices) < 2 {
			continue // one language: nothing to choose
		}
		if o.Group != group {
			flush()
			group = o.Group
		}
		msg := ""
		if b.shown[o.Attr] {
			msg = problems[o.Attr]
		}
		fields = append(fields, b.field(o, msg, built.Values[o.Attr]))
	}
	flush()

	var left []app.UI
	for _, p := range built.Problems {
		if b.shown[p.Attr] {
			left = append(left, app.Li().Body(app.A().Href("#opt-"+p.Attr).Text(
				b.f("ui.partners.left-out.item", "group", p.Group, "option", lowerFirst(p.Label), "message", p.Message))))
		}
	}
	return app.Div().Body(
		heading(b.t("ui.title.partners")),
		app.P().Class("lead").Text(b.t("ui.partners.lead")),
		app.P().Body(b.rich("ui.partners.private",
			"about", app.A().Href(PathPartnersAbout).Text(b.t("ui.partners.private.about")),
		)...),
		app.If(b.appURL != "", func() app.UI {
			return app.P().Body(b.rich("ui.partners.where", "address", strong(b.appURL))...)
		}),
		app.Div().Class("builder-layout").Body(
			app.Form().Class("form builder").NoValidate(true).Aria("label", b.t("ui.partners.settings")).OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(groups...),
			app.Div().Class("builder-out").Body(
				app.H2().Class("h2").ID("preview-title").Text(b.t("ui.partners.preview")),
				app.P().Class("hint").Text(b.t("ui.partners.preview.hint")),
				app.If(b.preview != "", func() app.UI {
					return app.IFrame().ID("preview").Class("preview").Title(b.t("ui.partners.preview.frame")).SrcDoc("%s", b.preview)
				}).Else(func() app.UI {
					return app.P().Text(b.t("ui.partners.preview.wait"))
				}),
				app.H2().Class("h2").ID("snippet-title").Text(b.t("ui.partners.code")),
				app.If(len(left) > 0, func() app.UI {
					return app.Div().Class("error-summary").Role("alert").Body(
						app.H3().Class("error-summary-title").Text(b.t("ui.partners.left-out")),
						app.Ul().Class("error-summary-list").Body(left...),
					)
				}),
				app.If(built.Pinned != "", func() app.UI {
					return app.Div().Body(
						app.H3().Class("h3").Text(b.t("ui.partners.pinned")),
						app.P().ID("pinned-why").Text(b.t("ui.partners.pinned.why")),
						b.codeBox("pinned", b.t("ui.partners.pinned.label"), built.Pinned),
						app.H3().Class("h3").Text(b.t("ui.partners.latest")),
					)
				}),
				b.codeBox("snippet", b.t("ui.partners.snippet.label"), built.Snippet),
				app.P().Class("hint").Text(b.t("ui.partners.snippet.hint")),
				app.H3().Class("h3").ID("csp-title").Text(b.t("ui.partners.csp")),
				app.P().Text(b.t("ui.partners.csp.text")),
				b.codeBox("csp", b.t("ui.partners.csp.label"), built.CSP),
				app.H3().Class("h3").Text(b.t("ui.partners.frame")),
				app.P().Text(b.t("ui.partners.frame.text")),
				b.codeBox("frame", b.t("ui.partners.frame.label"), built.Frame),
			)),
		app.P().Body(b.rich("ui.partners.guide",
			"demo", app.A().Href("/demo/").Text(b.t("ui.partners.guide.demo")),
		)...),
	)
}

// field is one option's form group.
func (b *Builder) field(o partner.Option, msg, clean string) app.UI {
	id := "opt-" + o.Attr
	described := ""
	if o.Hint != "" {
		described = id + "-hint"
	}
	note := o.Note(b.typed[o.Attr], clean)
	if note != "" && msg == "" {
		described = strings.TrimSpace(described + " " + id + "-note")
	}
	if msg != "" {
		described = strings.TrimSpace(described + " " + id + "-error")
	}
	group := "group"
	if msg != "" {
		group += " group-error"
	}
	set := func(ctx app.Context, v string, left bool) {
		b.typed[o.Attr] = v
		if left {
			b.shown[o.Attr] = true
			b.refresh()
		}
		clear(b.copied)
	}
	var control app.UI
	if o.Kind == partner.Choice {
		var opts []app.UI
		for _, c := range o.Choices {
			opts = append(opts, app.Option().Value(c).Selected(b.typed[o.Attr] == c).Text(o.ChoiceLabel(c)))
		}
		control = app.Select().ID(id).Class("select").Aria("describedby", described).Body(opts...).
			OnChange(func(ctx app.Context, e app.Event) { set(ctx, ctx.JSSrc().Get("value").String(), true) })
	} else {
		in := app.Input().ID(id).Name(o.Attr).Class(inputClass(o.Kind, msg)).Value(b.typed[o.Attr]).
			Aria("describedby", described).Attr("autocomplete", autocomplete(o)).Spellcheck(false).
			OnInput(func(ctx app.Context, e app.Event) { set(ctx, ctx.JSSrc().Get("value").String(), false) }).
			OnChange(func(ctx app.Context, e app.Event) { set(ctx, ctx.JSSrc().Get("value").String(), true) })
		switch o.Kind {
		case partner.Tel:
			in = in.Type("tel")
		case partner.URL:
			in = in.Type("url")
		case partner.Number:
			in = in.Type("text").Attr("inputmode", "numeric")
		default:
			in = in.Type("text")
		}
		if msg != "" {
			in = in.Aria("invalid", "true")
		}
		control = in
	}
	return app.Div().Class(group).Body(
		app.Label().Class("label").For(id).Text(o.Label),
		app.If(o.Hint != "", func() app.UI { return app.P().ID(id + "-hint").Class("hint").Text(o.Hint) }),
		app.If(msg != "", func() app.UI {
			return app.P().ID(id + "-error").Class("error-message").Body(b.errorText(msg)...)
		}),
		control,
		app.If(note != "" && msg == "", func() app.UI { return app.P().ID(id + "-note").Class("hint builder-note").Text(note) }),
	)
}

func inputClass(k partner.Kind, msg string) string {
	c := "input"
	if k == partner.Number || k == partner.Colour {
		c += " input-w4"
	}
	if msg != "" {
		c += " input-error"
	}
	return c
}

func autocomplete(o partner.Option) string {
	switch {
	case o.Attr == "partner-name":
		return "organization"
	case o.Kind == partner.Tel:
		return "tel"
	case o.Kind == partner.URL:
		return "url"
	}
	return "off"
}

// codeBox is code to copy, in a read-only box, with its Copy button and
// the confirmation next to it.
func (b *Builder) codeBox(id, label, code string) app.UI {
	rows := strings.Count(code, "\n") + 2 // and room for a scroll bar
	return app.Div().Class("group code-group").Body(
		app.Label().Class("label").For("code-"+id).Text(label),
		app.Textarea().ID("code-"+id).Class("textarea code").ReadOnly(true).Rows(rows).Spellcheck(false).Text(code),
		app.Div().Class("copy-row").Body(
			app.Button().Type("button").ID("copy-"+id).Class("button button-secondary button-small").Text(b.t("ui.partners.copy")).
				Aria("describedby", "copied-"+id).
				OnClick(func(ctx app.Context, e app.Event) {
					// The code now, not as it was when the button was drawn:
					// go-app keeps the first handler it was given.
					jsbridge.CopyText(b.code(id), func(err error) {
						ctx.Dispatch(func(app.Context) {
							if err != nil {
								b.copied[id] = b.t("ui.partners.copy.failed")
							} else {
								b.copied[id] = b.t("ui.partners.copy.done")
							}
						})
					})
				}),
			app.Span().ID("copied-"+id).Class("copied").Role("status").Text(b.copied[id]),
		),
	)
}

// code returns the current text of the code box id.
func (b *Builder) code(id string) string {
	built := b.built()
	switch id {
	case "pinned":
		return built.Pinned
	case "csp":
		return built.CSP
	case "frame":
		return built.Frame
	}
	return built.Snippet
}
