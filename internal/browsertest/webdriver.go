package browsertest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/coder/websocket"
)

// remote is a browser driven over WebDriver: Firefox over BiDi, WebKitGTK
// over the classic HTTP protocol. Both take the same input actions.
type remote interface {
	navigate(url string) error
	eval(js string) (json.RawMessage, error)
	actions(sources ...any) error
	setViewport(w, h int) error
	screenshot() ([]byte, error)
	setFiles(sel string, files []string) error
	close()
}

// evalJSON wraps the expression js so that its value (awaited) comes back
// as a JSON string, the same in every engine.
func evalJSON(js string) string {
	return "Promise.resolve((" + js + "\n)).then(v => JSON.stringify(v === undefined ? null : v))"
}

// stopGroup ends a process and the ones it started.
func stopGroup(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
}

// ---- Firefox over WebDriver BiDi ----------------------------------------

// bidi is a WebDriver BiDi session with Firefox's built-in server.
type bidi struct {
	cmd  *exec.Cmd
	conn *websocket.Conn
	ctx  string // the top-level browsing context

	mu      sync.Mutex
	next    int
	pending map[int]chan bidiReply
	events  []bidiEvent
}

type bidiReply struct {
	Type    string          `json:"type"`
	ID      int             `json:"id"`
	Result  json.RawMessage `json:"result"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
}

type bidiEvent struct {
	Method string
	Params json.RawMessage
}

// firefoxPrefs keep a fresh profile quiet and save downloads to a folder
// without asking.
func firefoxPrefs(downloads string) string {
	prefs := map[string]any{
		"browser.download.folderList":                           2,
		"browser.download.dir":                                  downloads,
		"browser.download.useDownloadDir":                       true,
		"browser.download.always_ask_before_handling_new_types": false,
		"browser.download.start_downloads_in_tmp_dir":           false,
		"browser.helperApps.neverAsk.saveToDisk":                "text/plain,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/octet-stream",
		"browser.shell.checkDefaultBrowser":                     false,
		"browser.startup.homepage_override.mstone":              "ignore",
		"datareporting.policy.dataSubmissionEnabled":            false,
		"toolkit.telemetry.reportingpolicy.firstRun":            false,
		"app.update.disabledForTesting":                         true,
		"network.captive-portal-service.enabled":                false,
		"browser.safebrowsing.update.enabled":                   false,
		"extensions.update.enabled":                             false,
	}
	var b strings.Builder
	for k, v := range prefs {
		j, _ := json.Marshal(v)
		fmt.Fprintf(&b, "user_pref(%q, %s);\n", k, j)
	}
	return b.String()
}

// firefoxHandlers makes the web page at handler (ending in "?link=") the
// program for mailto: links, as webmail is for some people: Firefox hands
// such a link over by going to handler with the whole link, escaped, after
// it. Firefox starts no navigation to a mailto: link it cannot hand over,
// so without this one there would be nothing to see. (A tel: link needs
// none: Firefox starts a navigation to it, then asks the desktop for a
// program, which a test machine does not have.)
func firefoxHandlers(handler string) string {
	return `{"defaultHandlersVersion": {}, "mimeTypes": {}, "schemes": {
	"mailto": {"action": 2, "ask": false, "handlers": [{"name": "Test mail", "uriTemplate": "` + handler + `%s"}]}}}`
}

var bidiListening = regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)

// startFirefox starts firefox-esr headless with a fresh profile and opens a
// BiDi session on its one tab.
func startFirefox(profile, downloads, handler string) (*bidi, error) {
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(firefoxPrefs(downloads)), 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(profile, "handlers.json"), []byte(firefoxHandlers(handler)), 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command("firefox-esr", "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0", "about:blank")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1")
	errs, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(errs)
		for sc.Scan() {
			if m := bidiListening.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
	}()
	var ws string
	select {
	case ws = <-found:
	case <-time.After(60 * time.Second):
		stopGroup(cmd)
		return nil, errors.New("firefox-esr did not start its WebDriver BiDi server")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, ws+"/session", nil)
	if err != nil {
		stopGroup(cmd)
		return nil, fmt.Errorf("connecting to %s: %w", ws, err)
	}
	conn.SetReadLimit(64 << 20)
	c := &bidi{cmd: cmd, conn: conn, pending: map[int]chan bidiReply{}}
	go c.read()
	if _, err := c.call("session.new", map[string]any{"capabilities": map[string]any{
		"alwaysMatch": map[string]any{"unhandledPromptBehavior": map[string]any{"default": "dismiss"}},
	}}); err != nil {
		c.close()
		return nil, err
	}
	var tree struct {
		Contexts []struct {
			Context string `json:"context"`
		} `json:"contexts"`
	}
	raw, err := c.call("browsingContext.getTree", map[string]any{"maxDepth": 0})
	if err == nil {
		err = json.Unmarshal(raw, &tree)
	}
	if err != nil || len(tree.Contexts) == 0 {
		c.close()
		return nil, fmt.Errorf("no tab in firefox-esr: %v", err)
	}
	c.ctx = tree.Contexts[0].Context
	if _, err := c.call("session.subscribe", map[string]any{"events": []string{"browsingContext", "log.entryAdded"}}); err != nil {
		c.close()
		return nil, err
	}
	return c, nil
}

func (c *bidi) read() {
	for {
		_, data, err := c.conn.Read(context.Background())
		if err != nil {
			c.mu.Lock()
			for id, ch := range c.pending {
				ch <- bidiReply{Type: "error", Error: "connection closed", Message: err.Error()}
				delete(c.pending, id)
			}
			c.mu.Unlock()
			return
		}
		var r bidiReply
		if json.Unmarshal(data, &r) != nil {
			continue
		}
		c.mu.Lock()
		if r.Type == "event" {
			c.events = append(c.events, bidiEvent{r.Method, r.Params})
		} else if ch, ok := c.pending[r.ID]; ok {
			ch <- r
			delete(c.pending, r.ID)
		}
		c.mu.Unlock()
	}
}

// call sends one command and waits up to a minute for its result.
func (c *bidi) call(method string, params any) (json.RawMessage, error) {
	c.mu.Lock()
	c.next++
	id := c.next
	ch := make(chan bidiReply, 1)
	c.pending[id] = ch
	c.mu.Unlock()
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := c.conn.Write(ctx, websocket.MessageText, msg); err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r := <-ch:
		if r.Type == "error" {
			return nil, fmt.Errorf("%s: %s: %s", method, r.Error, r.Message)
		}
		return r.Result, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("%s: no answer in a minute", method)
	}
}

// eventsSince returns the events received after the first n, and the count.
func (c *bidi) eventsSince(n int) ([]bidiEvent, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]bidiEvent(nil), c.events[min(n, len(c.events)):]...), len(c.events)
}

func (c *bidi) navigate(url string) error {
	_, err := c.call("browsingContext.navigate", map[string]any{"context": c.ctx, "url": url, "wait": "interactive"})
	return err
}

func (c *bidi) evaluate(js string, own bool) (json.RawMessage, error) {
	p := map[string]any{"expression": js, "target": map[string]any{"context": c.ctx}, "awaitPromise": true}
	if own {
		p["resultOwnership"] = "root"
	}
	raw, err := c.call("script.evaluate", p)
	if err != nil {
		return nil, err
	}
	var r struct {
		Type   string          `json:"type"`
		Result json.RawMessage `json:"result"`
		Ex     struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, err
	}
	if r.Type == "exception" {
		return nil, fmt.Errorf("script: %s", r.Ex.Text)
	}
	return r.Result, nil
}

// stringField reads the string name of a JSON object result:
// stringField("value")(c.evaluate(...)).
func stringField(name string) func(json.RawMessage, error) (string, error) {
	return func(raw json.RawMessage, err error) (string, error) {
		var m map[string]any
		if err == nil {
			err = json.Unmarshal(raw, &m)
		}
		s, _ := m[name].(string)
		return s, err
	}
}

func (c *bidi) eval(js string) (json.RawMessage, error) {
	s, err := stringField("value")(c.evaluate(evalJSON(js), false))
	return json.RawMessage(s), err
}

func (c *bidi) actions(sources ...any) error {
	_, err := c.call("input.performActions", map[string]any{"context": c.ctx, "actions": sources})
	return err
}

func (c *bidi) setViewport(w, h int) error {
	_, err := c.call("browsingContext.setViewport", map[string]any{"context": c.ctx, "viewport": map[string]int{"width": w, "height": h}})
	return err
}

func (c *bidi) screenshot() ([]byte, error) {
	s, err := stringField("data")(c.call("browsingContext.captureScreenshot", map[string]any{"context": c.ctx, "origin": "document"}))
	if err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(s)
}

func (c *bidi) setFiles(sel string, files []string) error {
	raw, err := c.evaluate("document.querySelector("+jsString(sel)+")", true)
	if err != nil {
		return err
	}
	var node struct {
		Type     string `json:"type"`
		SharedID string `json:"sharedId"`
	}
	if err := json.Unmarshal(raw, &node); err != nil || node.SharedID == "" {
		return fmt.Errorf("no %s on the page (%s)", sel, raw)
	}
	_, err = c.call("input.setFiles", map[string]any{"context": c.ctx, "element": map[string]any{"sharedId": node.SharedID}, "files": files})
	return err
}

func (c *bidi) close() {
	c.call("browser.close", map[string]any{})
	c.conn.CloseNow()
	stopGroup(c.cmd)
}

// ---- WebKitGTK over classic WebDriver -----------------------------------

// miniBrowser is the browser WebKitWebDriver drives (libwebkit2gtk-4.1-0).
const miniBrowser = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"

// classic is a classic WebDriver session with WebKitWebDriver.
type classic struct {
	cmd  *exec.Cmd
	base string // http://127.0.0.1:PORT/session/ID
}

// startWebKit runs WebKitWebDriver under xvfb-run (WebKitGTK needs a
// display) and opens a session in MiniBrowser. MiniBrowser saves downloads
// in the home folder, so home is a fresh one: downloads.
func startWebKit(port int, downloads string) (*classic, error) {
	cmd := exec.Command("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "WebKitWebDriver", fmt.Sprintf("--port=%d", port))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Env = append(os.Environ(), "HOME="+downloads, "XDG_CONFIG_HOME="+filepath.Join(downloads, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(downloads, ".cache"), "XDG_DATA_HOME="+filepath.Join(downloads, ".local"))
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &classic{cmd: cmd, base: fmt.Sprintf("http://127.0.0.1:%d", port)}
	if err := Until(30*time.Second, func() bool {
		res, err := http.Get(c.base + "/status")
		if err == nil {
			res.Body.Close()
		}
		return err == nil
	}); err != nil {
		stopGroup(cmd)
		return nil, errors.New("WebKitWebDriver did not start")
	}
	var s struct {
		SessionID string `json:"sessionId"`
	}
	if err := c.do("POST", "/session", map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"webkitgtk:browserOptions": map[string]any{"binary": miniBrowser, "args": []string{"--automation"}},
		"unhandledPromptBehavior":  "dismiss",
	}}}, &s); err != nil {
		stopGroup(cmd)
		return nil, err
	}
	c.base += "/session/" + s.SessionID
	return c, nil
}

// do sends one command; the "value" of the answer goes into out.
func (c *classic) do(method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		j, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, c.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	cl := &http.Client{Timeout: 2 * time.Minute}
	res, err := cl.Do(req)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer res.Body.Close()
	var r struct {
		Value json.RawMessage `json:"value"`
	}
	data, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(data, &r); err != nil {
		return fmt.Errorf("%s %s: %s", method, path, data)
	}
	if res.StatusCode != 200 {
		return fmt.Errorf("%s %s: %s", method, path, r.Value)
	}
	if out != nil {
		return json.Unmarshal(r.Value, out)
	}
	return nil
}

func (c *classic) navigate(url string) error {
	return c.do("POST", "/url", map[string]string{"url": url}, nil)
}

func (c *classic) eval(js string) (json.RawMessage, error) {
	var s string
	err := c.do("POST", "/execute/async", map[string]any{
		"script": "const done = arguments[arguments.length - 1]; " + evalJSON(js) + ".then(done, e => done(JSON.stringify({__error: String(e && e.stack || e)})))",
		"args":   []any{},
	}, &s)
	if err != nil {
		return nil, err
	}
	var fail struct {
		Err string `json:"__error"`
	}
	if strings.HasPrefix(s, `{"__error"`) && json.Unmarshal([]byte(s), &fail) == nil {
		return nil, fmt.Errorf("script: %s", fail.Err)
	}
	return json.RawMessage(s), nil
}

func (c *classic) actions(sources ...any) error {
	if err := c.do("POST", "/actions", map[string]any{"actions": sources}, nil); err != nil {
		return err
	}
	return c.do("DELETE", "/actions", nil, nil)
}

func (c *classic) setViewport(w, h int) error {
	return c.do("POST", "/window/rect", map[string]int{"width": w, "height": h}, nil)
}

func (c *classic) screenshot() ([]byte, error) {
	var s string
	if err := c.do("GET", "/screenshot", nil, &s); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(s)
}

func (c *classic) setFiles(sel string, files []string) error {
	var el map[string]string
	if err := c.do("POST", "/element", map[string]string{"using": "css selector", "value": sel}, &el); err != nil {
		return err
	}
	for _, id := range el {
		return c.do("POST", "/element/"+id+"/value", map[string]string{"text": strings.Join(files, "\n")}, nil)
	}
	return fmt.Errorf("no %s on the page", sel)
}

func (c *classic) close() {
	c.do("DELETE", "", nil, nil)
	stopGroup(c.cmd)
}
