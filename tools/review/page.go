package main

import (
	"fmt"
	"html/template"
	"io"
)

// render writes the report as one HTML page.
func render(w io.Writer, r report) error {
	t, err := template.New("page").Parse(page)
	if err != nil {
		return fmt.Errorf("review: template: %w", err)
	}
	if err := t.Execute(w, r); err != nil {
		return fmt.Errorf("review: %w", err)
	}
	return nil
}

// page is the report's HTML. It uses no scripts and no outside fonts, and
// prints with a wide margin for notes, each entry kept on one page, and
// web addresses written out after their links.
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Put It Right: content review, {{.Today}}</title>
<style>
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0b0c0c;margin:0 auto;max-width:60rem;padding:1rem 1.5rem 4rem}
h1{font-size:2rem;margin:.5rem 0}
h2{font-size:1.5rem;margin:2.5rem 0 .5rem;border-top:4px solid #1d4e89;padding-top:.75rem}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
a{color:#1d4e89}
code{font:0.9em/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f3f2f1;padding:0 .2em}
.lead{font-size:1.15rem}
.summary{border-left:5px solid #1d4e89;background:#f3f2f1;padding:.75rem 1rem}
.old{color:#942514;font-weight:700}
.entry{border-top:1px solid #b1b4b6;padding:.6rem 0 .8rem}
.entry header{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline}
.entry header code{font-weight:700;background:none;padding:0}
.meta{color:#505a5f;font-size:.9rem}
.parts{margin:.4rem 0 0;padding:0;list-style:none}
.parts li{margin:.3rem 0}
.label{font-weight:700;margin-right:.4rem}
.when{display:block;color:#505a5f;font-size:.9rem}
.when code{color:#0b0c0c}
.value{background:#fff7bf;border-bottom:2px solid #d4a700;padding:0 .15em}
.ph{color:#505a5f;font-size:.85em}
.bad{color:#942514;font-weight:700}
.note{font-style:italic;color:#505a5f;margin:.3rem 0 0}
.scope,.sources,.langs{font-size:.9rem;margin:.3rem 0 0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #b1b4b6;padding:.35rem .5rem .35rem 0}
th{font-size:.9rem}
.letter td.text{white-space:pre-wrap;width:62%}
.letter td.why{font-size:.85rem;color:#505a5f}
.letter tr.heading td.text,.letter tr.subject td.text{font-weight:700}
nav ul{columns:2;padding-left:1.2rem}
@media (max-width:40rem){nav ul{columns:1}}
@media print{
  @page{margin:15mm 45mm 15mm 15mm}
  body{font-size:10.5pt;max-width:none;padding:0}
  nav{break-after:page}
  h2{break-before:page;border-top:none}
  h2,h3{break-after:avoid}
  .entry,.letter tr{break-inside:avoid}
  a{color:#0b0c0c;text-decoration:none}
  .sources a[href]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
  .value{background:none;border-bottom:1px solid #0b0c0c}
}
</style>
</head>
<body>
<header>
<p class="meta">Put It Right · made {{.Today}} by <code>make review</code></p>
<h1>Content review</h1>
<p class="lead">Every word a person reads in Put It Right, with where it applies, where it comes from and when it was last checked. Mark it up and send changes to the content editor (see docs/content.md).</p>
<div class="summary">
<p><strong>{{.Count}}</strong> items and texts. <span class="value">Marked words</span> are filled in by the app (a name, a date); words in brackets show when that detail is still empty. A condition in <code>code</code> says when a version is used.</p>
{{if .Old}}<p class="old">{{len .Old}} not reviewed for over 12 months:</p>
<ul>{{range .Old}}<li><a href="#{{.ID}}"><code>{{.ID}}</code></a> — {{.Reviewed}} ({{.Age}})</li>{{end}}</ul>
{{else}}<p>Everything has been reviewed in the last 12 months.</p>{{end}}
{{range .Langs}}<p>Translation <strong>{{.Lang}}</strong>: {{.Translated}} reviewed, {{.Unreviewed}} not yet reviewed (English is shown), {{.Missing}} not translated (English is shown).</p>{{else}}<p>There are no translations yet. A translation is a folder beside app/content/data/en with the same IDs.</p>{{end}}
</div>
</header>
<nav aria-label="Contents">
<h2 id="contents">Contents</h2>
<ul>
{{range .Sections}}<li><a href="#{{.ID}}">{{.Title}}</a> ({{len .Entries}})</li>{{end}}
<li><a href="#letters">Letters for realistic cases</a></li>
<li><a href="#sources">Sources</a></li>
<li><a href="#conditions">What the conditions mean</a></li>
</ul>
</nav>
<main>
{{range .Sections}}
<section aria-labelledby="{{.ID}}">
<h2 id="{{.ID}}">{{.Title}}</h2>
{{if .Intro}}<p>{{.Intro}}</p>{{end}}
{{range .Entries}}
<article class="entry" id="{{.ID}}">
<header><code>{{.ID}}</code><span class="meta">{{.Kind}} · reviewed {{.Reviewed}}, {{if .Old}}<span class="old">{{.Age}} ago: due for review</span>{{else}}{{.Age}} ago{{end}}</span></header>
<ul class="parts">
{{range .Parts}}<li>{{if .Label}}<span class="label">{{.Label}}</span>{{end}}{{.Words}}{{if .When}}<span class="when">when <code>{{.When}}</code>{{if .WhenWords}}: {{.WhenWords}}{{end}}</span>{{end}}</li>
{{end}}</ul>
{{if .Note}}<p class="note">Note for editors: {{.Note}}</p>{{end}}
{{if .Scope}}<p class="scope">Applies to:{{range .Scope}}<br>{{.}}{{end}}</p>{{end}}
{{if .Sources}}<p class="sources">Sources: {{range $i, $s := .Sources}}{{if $i}} · {{end}}<a href="{{$s.URL}}">{{$s.Title}}</a> ({{$s.Host}}){{end}}</p>{{end}}
{{range .Langs}}<p class="langs">{{.Lang}}: {{.State}}</p>{{end}}
</article>
{{end}}
</section>
{{end}}

<section aria-labelledby="letters">
<h2 id="letters">Letters for realistic cases</h2>
<p>Each letter the plan offers, drafted for a few made-up people. Beside each paragraph: the wording it comes from and the conditions that chose it. The cases are in tools/review/cases.json.</p>
{{range .Letters}}
<h3>{{.Name}}</h3>
{{range .Letters}}
<table class="letter">
<caption><strong>{{.Title}}</strong></caption>
<thead><tr><th scope="col">The letter</th><th scope="col">Chosen by</th></tr></thead>
<tbody>
{{range .Blocks}}<tr class="{{.Kind}}"><td class="text">{{.Text}}</td><td class="why">{{range $i, $r := .Texts}}{{if $i}}, {{end}}{{if $r.Anchor}}<a href="#{{$r.Anchor}}"><code>{{$r.Label}}</code></a>{{else}}<code>{{$r.Label}}</code>{{end}}{{end}}{{range .When}}<br>when {{.}}{{end}}</td></tr>
{{end}}</tbody>
</table>
{{end}}
{{end}}
</section>

<section aria-labelledby="sources">
<h2 id="sources">Sources</h2>
<table>
<thead><tr><th scope="col">ID</th><th scope="col">Source</th><th scope="col">Cited by</th></tr></thead>
<tbody>
{{range .Sources}}<tr id="src-{{.ID}}"><td><code>{{.ID}}</code></td><td class="sources"><a href="{{.URL}}">{{.Title}}</a> ({{.Host}}){{if .Exception}}<br><em>Not an official host: {{.Exception}}</em>{{end}}</td><td>{{range $i, $u := .UsedBy}}{{if $i}}, {{end}}<a href="#{{$u}}">{{$u}}</a>{{else}}<span class="old">not cited</span>{{end}}</td></tr>
{{end}}</tbody>
</table>
</section>

<section aria-labelledby="conditions">
<h2 id="conditions">What the conditions mean</h2>
<p>Conditions join these names with <code>and</code>, <code>or</code> and <code>not</code>. They come from the same rules the plan uses (app/guide/vocab.go).</p>
<table>
<thead><tr><th scope="col">Name</th><th scope="col">Holds when</th></tr></thead>
<tbody>
{{range .Terms}}<tr><td><code>{{.Name}}</code></td><td>{{.Means}}</td></tr>
{{end}}</tbody>
</table>
</section>
</main>
</body>
</html>
`
