package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// aboutPage is for a partner's trustees: what the tool does and does not
// do, privacy and accessibility, in words they can sign off.
func (b *Builder) aboutPage() app.UI {
	li := func(s string) app.UI { return app.Li().Text(s) }
	return app.Div().Body(
		app.A().Class("back").Href(PathPartners).Text("Back to the setup page"),
		heading("Put It Right: for trustees and partners"),
		app.P().Class("lead").Text("Put It Right is a free tool that helps people in the UK who are unhappy with NHS care or adult social care to make a complaint. Your organisation can offer it on its own website."),
		app.H2().Class("h2").Text("What it does"),
		app.Ul().Class("list").Body(
			li("It asks a few plain questions, one at a time, about what happened and what the person wants."),
			li("It shows a plan: what they can ask for, who deals with each part, the time limits, and what each route can and cannot do."),
			li("It shows your organisation's contacts first, where they fit the person's situation."),
			li("It helps them write their letters, ready to send."),
			li("It covers England, Wales, Scotland and Northern Ireland, and it is kind to people writing after a death."),
			li("It works on cheap phones, and with no signal once it has opened."),
		),
		app.H2().Class("h2").Text("What it does not do"),
		app.Ul().Class("list").Body(
			li("It does not give legal or medical advice, and it is not part of the NHS or any council."),
			li("It does not send anything for the person. They send their own letters, by email, post or by hand."),
			li("It does not replace an advocate. It points people to free, independent advocacy."),
			li("It does not tell your organisation anything about who used it or what they wrote."),
		),
		app.H2().Class("h2").Text("Privacy"),
		app.P().Text("Everything a person types stays on their own device, in their browser. It is not sent to us, to your organisation or to anyone else, unless the person chooses to email, print, share or save it."),
		app.Ul().Class("list").Body(
			li("There is no account, no cookie, no tracking, no advert and no third-party service."),
			li("The tool runs in a frame from the Put It Right site, so your website cannot read what is typed, and the tool cannot read your website."),
			li("Your website sends only your settings (your name, contacts and colour) to the frame. The frame sends back only its height."),
			li("The server that hosts the tool sees which of its files a browser downloads, like any website. It never sees answers or letters."),
		),
		app.H2().Class("h2").Text("Accessibility"),
		app.Ul().Class("list").Body(
			li("The tool is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, and it is tested with automated checks on every change."),
			li("It works with a keyboard alone, with screen readers and with the page zoomed in. Focus moves into the tool when someone presses Start."),
			li("The writing aims at a reading age of 9 to 11, one question per page."),
			li("Your button colour is checked: it must be dark enough for white text on it (a contrast of 4.5 to 1 or more), or the tool uses its own blue."),
		),
		app.H2().Class("h2").Text("What your organisation needs to do"),
		app.Ul().Class("list").Body(
			li("Paste one piece of code into a page of your website. The setup page makes it for you."),
			li("Keep your contact details in the code up to date."),
			li("If your website has a Content Security Policy, add two lines to it. The setup page shows them."),
		),
		app.P().Body(app.A().Class("button").Href(PathPartners).Text("Set it up for your website")),
	)
}
