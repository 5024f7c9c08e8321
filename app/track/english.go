package track

import "putitright/app/content"

// english returns the embedded English content. It is a step on the way
// to passing the person's language in: the callers are moving to a
// *content.Set argument.
func english() *content.Set {
	c, err := content.Default()
	if err != nil {
		panic(err)
	}
	return c
}
