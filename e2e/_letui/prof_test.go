package e2e

import (
	"fmt"
	"sort"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"

	"putitright/app/letter"
)

func TestProfKeys(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	c := lCase()
	c.Details = letter.Details{SenderName: "Jo Smith", Org: "Trust", Impact: "I was frightened.",
		Events: []letter.Event{{What: "one thing happened"}, {What: "another thing happened"}, {What: "third"}}}
	b.lSeed(s, c, "/letters/complaint")
	b.waitHeading("Formal complaint")
	b.do(chromedp.Click(chromedp.CSS("#d-impact")))
	chromedp.Call(b.ctx, profiler.Enable, cdp.Empty{})
	chromedp.Call(b.ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200})
	chromedp.Call(b.ctx, profiler.Start, cdp.Empty{})
	typed := "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst"
	for i := range typed {
		b.do(chromedp.KeyEvent(typed[i : i+1]))
		b.lPreviewHas("frightened." + typed[:i+1])
	}
	res, err := chromedp.Call(b.ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Profile
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
	}
	self := map[string]int64{}
	incl := map[string]int64{}
	var total int64
	var walk func(n *profiler.ProfileNode, stack map[string]bool) int64
	walk = func(n *profiler.ProfileNode, stack map[string]bool) int64 {
		name := n.CallFrame.FunctionName
		if name == "" {
			name = "(anon " + n.CallFrame.URL + ")"
		}
		self[name] += n.HitCount
		sum := n.HitCount
		added := !stack[name]
		stack[name] = true
		for _, c := range n.Children {
			sum += walk(byID[c], stack)
		}
		if added {
			delete(stack, name)
			incl[name] += sum
		}
		return sum
	}
	total = walk(p.Nodes[0], map[string]bool{})
	print := func(title string, m map[string]int64, k int) {
		type kv struct {
			k string
			v int64
		}
		var l []kv
		for a, v := range m {
			l = append(l, kv{a, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
		fmt.Println(title)
		for i := 0; i < k && i < len(l); i++ {
			fmt.Printf("  %5.1f%% %s\n", 100*float64(l[i].v)/float64(total), l[i].k)
		}
	}
	print("SELF", self, 30)
	print("INCLUSIVE", incl, 60)
}
