package guide_test

import (
	"testing"

	"putitright/app/content"
	"putitright/app/guide"
)

func BenchmarkBuild(b *testing.B) {
	a := fullAnswers()
	o := opts()
	o.Local = guide.Local{Partner: "P", Advocacy: guide.Contact{Phone: "1"}}
	if _, err := guide.Build(a, o); err != nil { // load the content first
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := guide.Build(a, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	set, err := content.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := guide.New(set); err != nil {
			b.Fatal(err)
		}
	}
}
