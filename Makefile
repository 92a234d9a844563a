# jaga — make targets. `make help` lists them.

GO        ?= go
PKGS      := ./...
TEST_DATABASE_URL ?=
BENCHTIME ?= 1s

.DEFAULT_GOAL := help

.PHONY: help
help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

.PHONY: run
run: ## run jaga on 127.0.0.1:8080 with SQLite and sample data in ./data
	$(GO) run ./cmd/jaga serve

.PHONY: build
build: ## build bin/jaga
	$(GO) build -o bin/jaga ./cmd/jaga

.PHONY: test
test: ## run every test with the race detector (PostgreSQL too when TEST_DATABASE_URL is set)
	$(GO) test -race -count=1 -timeout 20m $(PKGS)

.PHONY: lint
lint: ## gofmt, go vet and staticcheck
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	@if command -v staticcheck >/dev/null; then staticcheck $(PKGS); else echo "staticcheck not installed; skipped"; fi

.PHONY: tidy-check
tidy-check: ## fail if go.mod or go.sum is not tidy
	@cp go.mod /tmp/jaga-go.mod.bak && cp go.sum /tmp/jaga-go.sum.bak
	@$(GO) mod tidy
	@if ! diff -q go.mod /tmp/jaga-go.mod.bak >/dev/null || ! diff -q go.sum /tmp/jaga-go.sum.bak >/dev/null; then \
		cp /tmp/jaga-go.mod.bak go.mod; cp /tmp/jaga-go.sum.bak go.sum; echo "go.mod/go.sum not tidy: run go mod tidy"; exit 1; fi

.PHONY: bench
bench: build ## run the Go benchmarks, then the webhook load program on SQLite (and PostgreSQL when TEST_DATABASE_URL is set)
	$(GO) test -run='^$$' -bench=. -benchmem -benchtime=$(BENCHTIME) $(PKGS)
	$(GO) run ./cmd/jagaload -jaga bin/jaga -backend sqlite
	$(GO) run ./cmd/jagaload -jaga bin/jaga -backend sqlite -rate 3000 -chats 2000 -messages 14000
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		$(GO) run ./cmd/jagaload -jaga bin/jaga -backend postgres && \
		$(GO) run ./cmd/jagaload -jaga bin/jaga -backend postgres -rate 3000 -chats 2000 -messages 14000 && \
		$(GO) run ./cmd/jagaload -jaga bin/jaga -backend postgres -replicas 2; \
	else echo "TEST_DATABASE_URL not set: PostgreSQL load runs skipped"; fi
