// Command hello is go-app's README hello world, the yardstick make bench
// measures app.wasm against. Its heading has the id the benchmarks wait for.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI {
	return app.H1().ID("main-heading").Text("Hello World!")
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
}
