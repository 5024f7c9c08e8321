# Put It Right. `make run` builds and serves the app; `make test` runs every test.
# Both install what they need on a fresh Debian machine (as root), or say what to install.

PORT      ?= 8080
DIST      ?= dist
BIN       ?= bin
STATIC    ?= public
GO        ?= go
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
PURE      := ./app/guide/... ./app/content/... ./app/flow/... ./app/letter/... ./app/draft/... ./app/partner/... ./app/track/... ./app/jsbridge/...
FUZZTIME  ?= 10s
# Shrinking each new input may take this long (go test's default is 60 s,
# which can outlast a short run and end it with "context deadline exceeded").
FUZZMIN   ?= 2s
# goapp_nocrypto leaves go-app's state encryption (unused here) and crypto/*
# out of the wasm, and goapp_noregexp its regexp routes (every page is an
# exact Route; about 80 KB brotli); see third_party/go-app.patch. No inlining in our own
# packages saves about 80 KB brotli at no measured cost (their work per
# click is well under a millisecond); all=-l would save 196 KB more but
# slows go-app and the runtime. e2e/budget_test.go builds its hello world
# with the same flags. tools/contentmin first gives the build a copy of the
# content without what only editors read (notes, review dates; about 6 KB
# brotli), and tools/wasmdata then merges the 85,000 data segments Go's
# linker writes (same memory image, about 90 KB less brotli).
WASM_TAGS := goapp_nocrypto,goapp_noregexp
WASM_BUILD = GOOS=js GOARCH=wasm $(GO) build -tags $(WASM_TAGS) -trimpath -ldflags='-s -w' -gcflags='putitright/...=-l'

.PHONY: review vulncheck all build run static test test-unit test-wasm test-browser fuzz vet bench icons clean setup setup-browser setup-office setup-calendar

all: build

# ---- set-up -----------------------------------------------------------------
# apt installs a Debian package when its command is missing (root only).
define need
	@command -v $(1) >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing $(2) (needed for $(3))"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    (apt-get install -y -qq $(2) >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq $(2))) >/dev/null \
	      || { echo "could not install $(2)"; exit 1; }; \
	  else echo "Please install $(2) (needed for $(3)), e.g. sudo apt-get install $(2)"; exit 1; fi; }
endef

setup:
	$(call need,brotli,brotli,compressing the app)
	$(call need,node,nodejs,running wasm tests)

setup-browser: setup
	$(call need,chromium,chromium,browser tests)
	$(call need,firefox-esr,firefox-esr,browser tests in Firefox)
	$(call need,WebKitWebDriver,webkit2gtk-driver,browser tests in WebKit)
	$(call need,xvfb-run,xvfb,browser tests in WebKit)
	$(call need,xauth,xauth,browser tests in WebKit)
	@cd e2e && [ -d node_modules/axe-core ] || npm ci --no-audit --no-fund --silent

setup-office:
	$(call need,soffice,libreoffice-writer-nogui,checking .docx files)

# khal, a calendar program, imports the .ics calendar file in app/track's tests.
setup-calendar:
	$(call need,khal,khal,importing the .ics calendar file)

# ---- build --------------------------------------------------------------------
$(DIST)/web/app.wasm: $(shell find app wasm -name '*.go' -o -name '*.json' 2>/dev/null) go.mod go.sum $(shell find third_party/go-app tools -name '*.go')
	@mkdir -p $(DIST)/web
	$(GO) run ./tools/contentmin -out $(DIST)/content
	$(WASM_BUILD) -overlay $(abspath $(DIST))/content/overlay.json -o $@ ./wasm
	$(GO) run ./tools/wasmdata $@

build: setup $(DIST)/web/app.wasm
	@mkdir -p $(DIST)/web $(BIN)
	cp app/ui/web/* $(DIST)/web/
	@for f in $(DIST)/web/app.wasm $(DIST)/web/app.css $(DIST)/web/boot.js; do \
	  [ $$f.gz -nt $$f ] || gzip -9 -k -f $$f; \
	  [ $$f.br -nt $$f ] || brotli -q 11 -f -o $$f.br $$f; \
	done
	$(GO) build -trimpath -o $(BIN)/server ./server

run: build
	@echo "Put It Right: http://localhost:$(PORT)/   demo partner page: http://127.0.0.1:$(PORT)/demo/"
	$(BIN)/server -dir $(DIST) -addr :$(PORT)

static: build
	$(BIN)/server -dir $(DIST) -static $(STATIC)
	@echo "static site written to $(STATIC)/"

# The icons come from one source image, app/ui/web/icon.svg: the PNGs are
# committed, and `make icons` remakes them after a change to it. The maskable
# icon is the same image shrunk to 80% on the icon's blue, so that nothing
# important lies outside the safe zone (the middle circle, 80% across) that
# Android may crop to. e2e/offline_test.go checks the sizes and the safe zone.
ICON_BG := \#1d4e89
icons:
	$(call need,rsvg-convert,librsvg2-bin,making icons)
	rsvg-convert -w 192 -h 192 app/ui/web/icon.svg -o app/ui/web/icon-192.png
	rsvg-convert -w 512 -h 512 app/ui/web/icon.svg -o app/ui/web/icon-512.png
	rsvg-convert -w 410 -h 410 --page-width 512 --page-height 512 --left 51 --top 51 -b '$(ICON_BG)' app/ui/web/icon.svg -o app/ui/web/icon-maskable.png
	rsvg-convert -w 180 -h 180 app/ui/web/icon.svg -o app/ui/web/apple-touch-icon.png

# ---- content review -------------------------------------------------------------
# review/index.html: every item and text with its sources and review date,
# and the letters drafted for the cases in tools/review/cases.json. Static,
# no scripts; it prints. See docs/content.md.
review:
	$(GO) run ./tools/review -out review/index.html

# ---- tests --------------------------------------------------------------------
test: vet vulncheck test-unit test-wasm fuzz test-browser
	@echo "make test: all tests passed"

vet:
	$(GO) vet ./...
	$(GO) vet -tags bench ./e2e/
	GOOS=js GOARCH=wasm $(GO) vet -tags $(WASM_TAGS) ./app/... ./wasm/...
	@test -z "$$(gofmt -l app wasm server widget e2e)" || { gofmt -l app wasm server widget e2e; echo "gofmt needed"; exit 1; }
	@deps=$$(GOOS=js GOARCH=wasm $(GO) list -tags $(WASM_TAGS) -deps ./wasm) && \
	  bad=$$(echo "$$deps" | grep -x 'net/http\|crypto\|crypto/.*\|text/template\|html/template'); \
	  test -z "$$bad" || { echo "the wasm must not link:" $$bad; exit 1; }
	@third_party/go-app.sh check

test-unit: setup-office setup-calendar
	PUTITRIGHT_REQUIRE_SOFFICE=1 PUTITRIGHT_REQUIRE_KHAL=1 $(GO) test ./app/... ./server/... ./tools/...

test-wasm: setup
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" $(PURE)

# govulncheck needs its vulnerability database (vuln.go.dev). Where that
# cannot be reached (as on the offline build machines), it says so and
# carries on; any other failure, such as a vulnerability found, fails.
GOVULNCHECK := golang.org/x/vuln/cmd/govulncheck@v1.1.4
vulncheck:
	@out=$$(GOFLAGS= $(GO) run $(GOVULNCHECK) ./... 2>&1); rc=$$?; \
	if [ $$rc = 0 ]; then echo "govulncheck: no known vulnerabilities"; \
	elif echo "$$out" | grep -q 'fetching vulnerabilities\|dial tcp\|no such host\|403 Forbidden'; then \
	  echo "govulncheck: SKIPPED, the vulnerability database cannot be reached from this machine:"; echo "$$out" | tail -n 2; \
	else echo "$$out"; exit $$rc; fi

# Short fuzz runs; for longer ones: make fuzz FUZZTIME=10m
fuzz:
	$(GO) test ./app/letter -run '^$$' -fuzz '^FuzzDraft$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN)
	$(GO) test ./app/draft -run '^$$' -fuzz '^FuzzOpen$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN)
	$(GO) test ./app/partner -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN)
	$(GO) test ./app/track -run '^$$' -fuzz '^FuzzCase$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN)
	$(GO) test ./app/content -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN)

test-browser: setup-browser build
	PUTITRIGHT_REQUIRE_BROWSER=1 PUTITRIGHT_DIST=$(abspath $(DIST)) PUTITRIGHT_BIN=$(abspath $(BIN))/server $(GO) test -timeout 30m ./widget/... ./e2e/...

bench: setup-browser build
	$(call need,wrk,wrk,load tests)
	$(call need,nginx,nginx libnginx-mod-http-brotli-static,load comparison)
	@mkdir -p test-output
	$(GO) test -run '^$$' -bench . -benchmem ./app/guide/ ./app/letter/
	@PUTITRIGHT_DIST=$(abspath $(DIST)) PUTITRIGHT_BIN=$(abspath $(BIN))/server $(GO) test -tags bench -run '^TestBench|^TestLoad' -v -timeout 30m ./e2e/ > test-output/bench.log 2>&1; rc=$$?; \
	  grep -v '^=== RUN\|^20[0-9][0-9]/' test-output/bench.log; exit $$rc

clean:
	rm -rf $(DIST) $(STATIC) bin test-output review
