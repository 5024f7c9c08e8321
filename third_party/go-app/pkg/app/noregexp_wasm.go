//go:build goapp_noregexp

package app

// Built with the goapp_noregexp tag, a wasm links no regexp package (about
// 250 KB before compression: a *regexp.Regexp reachable from the router
// keeps its UnmarshalText, and so the whole regexp parser and compiler).
// Only exact routes (Route) can then be used: RouteWithRegexp panics.

type regexpRoute struct {
	newComponent func() Composer
}

func (r *router) routeWithRegexp(pattern string, newComponent func() Composer) {
	panic("app: RouteWithRegexp is not available in a wasm built with the goapp_noregexp tag")
}

func (rr regexpRoute) match(path string) bool { return false }
