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
	words // the content in English (the builder is for partners' web admins)

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
	b.typed = map[string]string{"partner-name": "Healthwatch Example", "start": "button"}
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
	title := "Add Put It Right to your website"
	if b.path == PathPartnersAbout {
		title = "Put It Right: for trustees and partners"
	}
	ctx.Page().SetTitle("%s", title)
	if app.IsClient {
		ctx.Defer(func(app.Context) { jsbridge.Focus("main-heading") })
	}
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
			app.A().Class("skip").Href("#main-heading").Text("Skip to main content"),
			app.Div().Class("width width-wide top-in").Body(
				app.A().Class("brand").Href(PathStart).Text("Put It Right"),
				app.Span().Class("partner").Text("for partners"),
			),
		),
		app.Div().Class("width width-wide").Body(
			app.Main().ID("main").Class("main").DataSet("page", b.path).Body(page),
		),
		app.Footer().Class("foot").Body(app.Div().Class("width width-wide").Body(
			app.Ul().Class("foot-links").Body(
				app.Li().Body(app.A().Href(PathPartners).Text("Put it on your website")),
				app.Li().Body(app.A().Href(PathPartnersAbout).Text("For trustees: what it does")),
				app.Li().Body(app.A().Href(PathPrivacy).Text("Privacy")),
			),
			app.P().Text("Put It Right is not part of the NHS or any council. It gives general information, not legal advice."),
		)),
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
			left = append(left, app.Li().Body(app.A().Href("#opt-"+p.Attr).Text(p.Group+", "+strings.ToLower(p.Label)+": "+p.Message)))
		}
	}
	return app.Div().Body(
		heading("Add Put It Right to your website"),
		app.P().Class("lead").Text("Choose your settings, see the widget as your visitors will, then copy one piece of code into your page. There is no account to make."),
		app.P().Body(
			app.Text("Nothing you type here is sent anywhere: the code is made on this device. "),
			app.A().Href(PathPartnersAbout).Text("What the tool does, for your trustees"),
			app.Text("."),
		),
		app.If(b.appURL != "", func() app.UI {
			return app.P().Body(app.Text("Your visitors will use the copy of Put It Right at "), app.Strong().Text(b.appURL), app.Text(", where this page is."))
		}),
		app.Div().Class("builder-layout").Body(
			app.Form().Class("form builder").NoValidate(true).Aria("label", "Your settings").OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(groups...),
			app.Div().Class("builder-out").Body(
				app.H2().Class("h2").ID("preview-title").Text("Preview"),
				app.P().Class("hint").Text("This is the real widget with your settings. Press Start to try the app inside it."),
				app.If(b.preview != "", func() app.UI {
					return app.IFrame().ID("preview").Class("preview").Title("Preview of the widget on your page").SrcDoc("%s", b.preview)
				}).Else(func() app.UI {
					return app.P().Text("The preview appears once this page has loaded.")
				}),
				app.H2().Class("h2").ID("snippet-title").Text("Your code"),
				app.If(len(left) > 0, func() app.UI {
					return app.Div().Class("error-summary").Role("alert").Body(
						app.H3().Class("error-summary-title").Text("These values were left out of the code"),
						app.Ul().Class("error-summary-list").Body(left...),
					)
				}),
				app.If(built.Pinned != "", func() app.UI {
					return app.Div().Body(
						app.H3().Class("h3").Text("Safer: the pinned version"),
						app.P().ID("pinned-why").Text("The pinned version is checked by your visitors' browsers (Subresource Integrity), so it runs only if it is exactly the file you tested; it does not get our fixes until you update the code."),
						b.codeBox("pinned", "Code with the pinned version", built.Pinned),
						app.H3().Class("h3").Text("Or: always the latest version"),
					)
				}),
				b.codeBox("snippet", "Code to put in your page", built.Snippet),
				app.P().Class("hint").Text("Paste it where the widget should go, in an HTML block of your page editor. The first line is where the widget appears; the script can go there too or at the end of the page."),
				app.H3().Class("h3").ID("csp-title").Text("If your site has a Content Security Policy"),
				app.P().Text("Add these sources to the directives your site already sends. Without a policy, you need nothing."),
				b.codeBox("csp", "Content Security Policy lines", built.CSP),
				app.H3().Class("h3").Text("If your site allows no scripts"),
				app.P().Text("Use this frame instead. It shows the app straight away, with your contacts, but without the Start card, and it does not change height to fit."),
				b.codeBox("frame", "Frame-only code", built.Frame),
			)),
		app.P().Body(app.Text("Step-by-step help for WordPress, Squarespace, Wix and Drupal is in the guide for web admins that comes with Put It Right (docs/embed.md). You can also "), app.A().Href("/demo/").Text("see a demo partner page"), app.Text(".")),
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
			return app.P().ID(id+"-error").Class("error-message").Body(app.Span().Class("visually-hidden").Text("Error: "), app.Text(msg))
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
			app.Button().Type("button").ID("copy-"+id).Class("button button-secondary button-small").Text("Copy").
				Aria("describedby", "copied-"+id).
				OnClick(func(ctx app.Context, e app.Event) {
					// The code now, not as it was when the button was drawn:
					// go-app keeps the first handler it was given.
					jsbridge.CopyText(b.code(id), func(err error) {
						ctx.Dispatch(func(app.Context) {
							if err != nil {
								b.copied[id] = "Could not copy here. Select the text in the box and copy it yourself."
							} else {
								b.copied[id] = "Copied. Now paste it into your page."
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
