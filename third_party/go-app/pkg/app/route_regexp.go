//go:build !(wasm && goapp_noregexp)

package app

import "regexp"

func (r *router) routeWithRegexp(pattern string, newComponent func() Composer) {
	r.mu.Lock()
	defer r.mu.Unlock()

	r.routesWithRegexp = append(r.routesWithRegexp, regexpRoute{
		regexp:       regexp.MustCompile(pattern),
		newComponent: newComponent,
	})
}

type regexpRoute struct {
	regexp       *regexp.Regexp
	newComponent func() Composer
}

func (rr regexpRoute) match(path string) bool {
	return rr.regexp.MatchString(path)
}
