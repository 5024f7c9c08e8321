// Command wasm is the Put It Right app that runs in the browser. It only
// registers the pages and starts go-app: the server's code must never be
// linked here, as it would double the download.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/jsbridge"
	"putitright/app/ui"
)

func main() {
	ui.Routes()
	jsbridge.OpenOtherSchemes()
	app.RunWhenOnBrowser()
}
