#!/usr/bin/env bash
# Harf build script.
#
#   ./build.sh          build web/harf.wasm and copy wasm_exec.js next to it,
#                       and the command line tool bin/harf
#   ./build.sh serve    build, then serve web/ on http://127.0.0.1:${PORT:-8080}
#   ./build.sh test     every check CI runs (format, vet, unit, wasm, node, browser)
#   ./build.sh bench    every benchmark: Go (native), Harf vs JS libraries in Node.js,
#                       load-to-ready in Chromium, then a longer fuzz run of each
#                       fuzz target (FUZZTIME per target, default 30s); the results
#                       table is also written to $BENCH_RESULTS if set; and the
#                       command line against the JS API (CLI_BENCH_MB of JSONL)
#   ./build.sh bench-cli  only the command line against the JS API
#   ./build.sh screenshot  writes docs/screenshot.png: the page with the sample article
#                       searched for the sample names (headless Chromium)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# wasm_gcflags: the page's DOM code (wasm/page) is built without inlining:
# it is call-heavy glue whose time goes into the JS calls it makes, and
# inlining copies each helper into every caller (11 KB of harf.wasm after
# brotli). The text work in arabic/ keeps Go's inlining.
wasm_gcflags='github.com/harf-project/harf/wasm/page=-l'

build() {
	GOOS=js GOARCH=wasm go build -trimpath -gcflags="$wasm_gcflags" -ldflags='-s -w' -o web/harf.wasm ./wasm
	# One data segment instead of the linker's tens of thousands: the same
	# memory, about 50 KB less brotli (web/wasmdata).
	go run ./web/wasmdata web/harf.wasm
	install -m 0644 "$(go env GOROOT)/lib/wasm/wasm_exec.js" web/wasm_exec.js
	echo "built web/harf.wasm ($(wc -c <web/harf.wasm) bytes) and web/wasm_exec.js"
	build_cli
	precompress
}

# build_cli builds the command line tool (cmd/harf) into bin/harf.
build_cli() {
	go build -trimpath -o bin/harf ./cmd/harf
	echo "built bin/harf ($(bin/harf version))"
}

# precompress writes FILE.br and FILE.gz next to each file the page loads,
# for web/server and static hosts (web/precompress; it skips copies that
# already hold the file's content).
precompress() {
	go run ./web/precompress web/harf.wasm web/wasm_exec.js web/index.html web/style.css \
		web/loader.js web/harf.js web/harf-worker.js web/page-worker.js
}

serve() {
	build
	exec go run ./web/server -dir web -addr "127.0.0.1:${PORT:-8080}"
}

# --- test: each step prints a header; the first failure stops the run. ---

passed=()
step() {
	local name=$1 start=$SECONDS
	shift
	printf '\n=== %s\n' "$name"
	# A subshell keeps `set -e` in force inside the step (an `if` would not).
	set +e
	(set -e; "$@")
	local rc=$?
	set -e
	if [ $rc -ne 0 ]; then
		printf '\n=== SUMMARY\n'
		printf '%s\n' "${passed[@]}"
		printf 'FAIL  %s (exit %d)\n\nFAILED at step: %s\n' "$name" "$rc" "$name"
		exit 1
	fi
	passed+=("$(printf 'ok    %-36s %4ss' "$name" $((SECONDS - start)))")
}

check_gofmt() {
	local bad
	bad=$(find . \( -name .git -o -name node_modules -o -path '*/pkg/mod' \) -prune \
		-o -name '*.go' -type f -print0 | xargs -0 -r gofmt -l)
	if [ -n "$bad" ]; then
		printf 'not gofmt-formatted (run gofmt -w on them):\n%s\n' "$bad"
		return 1
	fi
	echo "all Go files are gofmt-formatted"
}

vet_browsertest() { (cd web/browsertest && go vet ./...); }

# tidy_check fails when `go mod tidy` would change go.mod or go.sum, in the
# root module and in web/browsertest's (the diff it would make is shown).
tidy_check() {
	local dir
	for dir in . web/browsertest; do
		if ! (cd "$dir" && go mod tidy -diff); then
			echo "$dir: go.mod/go.sum are not as \`go mod tidy\` leaves them (run it there)"
			return 1
		fi
	done
	echo "go.mod and go.sum are tidy in . and web/browsertest"
}

wasm_test() {
	local pkgs=(./arabic/...)
	if [ -n "$(find wasm -name '*_test.go' 2>/dev/null | head -1)" ]; then
		pkgs+=(./wasm/...)
	else
		echo "(no test files in wasm/ yet: testing ${pkgs[*]} only)"
	fi
	PATH="$(go env GOROOT)/lib/wasm:$PATH" GOOS=js GOARCH=wasm go test "${pkgs[@]}"
}

node_test() {
	shopt -s nullglob
	local tests=(web/test/*.test.mjs web/test/*.test.js web/test/*.test.cjs)
	if [ ${#tests[@]} -eq 0 ]; then
		echo "(no node tests in web/test/ yet)"
		return 0
	fi
	node --test "${tests[@]}"
}

# tools installs web/tools' pinned npm packages (TypeScript, the benchmark's
# JS baselines) when they are missing or the lock file changed.
tools() {
	local stamp=web/tools/node_modules/.package-lock.json
	if [ ! -f "$stamp" ] || [ web/tools/package-lock.json -nt "$stamp" ]; then
		npm ci --prefix web/tools --no-audit --no-fund
	fi
}

# typecheck compiles web/tools/typecheck.ts against web/harf.d.ts.
typecheck() {
	tools
	web/tools/node_modules/.bin/tsc -p web/tools/tsconfig.json
	echo "web/harf.d.ts: typecheck.ts compiles, and each misuse it marks is rejected"
}

# npm_package packs web/ as the npm package, installs the tarball offline
# into an empty project and uses it from Node.js, TypeScript (nodenext) and an
# esbuild bundle (web/pkgtest/check.sh).
npm_package() {
	tools
	web/pkgtest/check.sh
}

# fuzz_budget runs every fuzz target of ./arabic/..., ./wasm/jsvalue and ./cmd/... for a
# fixed budget (FUZZ_BUDGET, default 4s each); ./build.sh bench runs them
# longer. A failing input is saved under the package's testdata/fuzz and
# fails the step. A run that fails without saving one (the fuzzing engine
# itself stumbled, e.g. a worker starved on a loaded machine) is shown and
# tried once more.
fuzz_budget() {
	local pkg target log
	log=$(mktemp)
	for pkg in $(go list ./arabic/... ./wasm/jsvalue ./cmd/...); do
		for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
			if ! fuzz_once "$pkg" "$target" "$log"; then
				rm -f "$log"
				return 1
			fi
		done
	done
	rm -f "$log"
}

fuzz_once() {
	local pkg=$1 target=$2 log=$3 dir before try
	dir=$(go list -f '{{.Dir}}' "$pkg")/testdata/fuzz/$target
	for try in 1 2; do
		before=$(ls "$dir" 2>/dev/null | wc -l)
		if go test -run '^$' -fuzz "^${target}\$" -fuzztime "${FUZZ_BUDGET:-4s}" "$pkg" >"$log" 2>&1; then
			echo "ok   $pkg $target"
			return 0
		fi
		tail -n 30 "$log"
		if [ "$(ls "$dir" 2>/dev/null | wc -l)" -gt "$before" ]; then
			echo "FAIL $pkg $target: the failing input is saved in $dir"
			return 1
		fi
		echo "FAIL $pkg $target without a failing input (try $try of 2)"
	done
	return 1
}

# wasm_deps keeps harf.wasm lean: fmt, reflect and the Unicode normalization
# tables together cost more than 250 KB gzipped, and none of them is needed
# (the tables are generated at build time, see go generate).
wasm_deps() {
	local heavy
	heavy=$(GOOS=js GOARCH=wasm go list -deps ./wasm | grep -xE 'fmt|reflect|golang.org/x/text/unicode/norm|encoding/json' || true)
	if [ -n "$heavy" ]; then
		echo "harf.wasm links packages it must not: $heavy"
		for p in $(GOOS=js GOARCH=wasm go list -deps ./wasm); do
			GOOS=js GOARCH=wasm go list -f '{{.ImportPath}}: {{join .Imports " "}}' "$p" | grep -wE "$(echo $heavy | tr ' ' '|')" | cut -d: -f1 | sed 's/^/  imported by /'
		done
		return 1
	fi
	echo "harf.wasm: $(wc -c <web/harf.wasm) bytes, $(wc -c <web/harf.wasm.br) brotli, $(wc -c <web/harf.wasm.gz) gzip; no fmt, reflect or norm"
	wasm_size
}

# wasm_size fails when harf.wasm takes more than WASM_MAX_BROTLI bytes over
# the wire (brotli, as web/server and static hosts send it): by default
# 800 000, the goal (today about 762 000; README). Keep it equal to
# maxWasmWire in web/browsertest.
wasm_size() {
	local br
	br=$(wc -c <web/harf.wasm.br)
	if [ "$br" -gt "${WASM_MAX_BROTLI:-800000}" ]; then
		echo "harf.wasm is $br bytes over the wire (brotli): more than ${WASM_MAX_BROTLI:-800000}"
		return 1
	fi
}

# -count=1: the browser tests depend on files Go's test cache does not track.
# tools: the accessibility audit injects web/tools' pinned axe-core.
browser_test() {
	tools
	(cd web/browsertest && go test -count=1 ./...)
}

# native_test runs every Go test natively, with web/tools' pinned
# cldr-dates-full at hand so that the exonym table's regeneration test runs
# (arabic/exonym reads CLDR's city names from it).
native_test() {
	tools
	CLDR_DATES="$PWD/web/tools/node_modules/cldr-dates-full" go test ./...
}

test_all() {
	step "gofmt" check_gofmt
	step "go mod tidy" tidy_check
	step "go vet (native)" go vet ./...
	step "go vet (js/wasm)" env GOOS=js GOARCH=wasm go vet ./...
	step "go vet (web/browsertest)" vet_browsertest
	step "go test (native)" native_test
	step "go test (js/wasm, in Node.js)" wasm_test
	step "build" build
	step "harf.wasm dependencies" wasm_deps
	step "node --test web/test/" node_test
	step "TypeScript declarations (tsc)" typecheck
	step "npm package (pack, offline install, use)" npm_package
	step "browser tests (headless Chromium)" browser_test
	step "fuzz every target (${FUZZ_BUDGET:-4s} each)" fuzz_budget
	printf '\n=== SUMMARY\n'
	printf '%s\n' "${passed[@]}"
	printf '\nPASS: all %d steps passed\n' "${#passed[@]}"
}

# --- bench: the steps of ./build.sh bench, with the headers of test. ---

# go_bench runs the Go benchmarks of the toolkit natively; bench.mjs puts
# some of them beside the wasm figures.
go_bench() { go test -run '^$' -bench . -benchmem ./arabic/... | tee "$1"; }

# crossscript_eval prints recall and precision of Latin queries on the
# eval/dev name sets (issue 10's protocol, arabic/fuzzy/crossscript_eval_test.go).
crossscript_eval() {
	go test -count=1 -v -run '^TestCrossScriptEval$' ./arabic/fuzzy | grep -E 'recall|FAIL|^ok'
}

# load_bench measures load-to-ready of the page in headless Chromium
# (web/browsertest/bench_test.go) and writes its figures to $1.
load_bench() {
	local web=$PWD/web # serve it as built: no second build
	(cd web/browsertest && HARF_BENCH=1 HARF_BENCH_OUT="$1" HARF_WEB_DIR="$web" HARF_REQUIRE_BROWSER=1 \
		go test -count=1 -v -run '^TestLoadToReady$' .)
}

# fuzz_long runs every fuzz target of ./arabic/... for FUZZTIME each, all of
# them even when one fails (a failing input is saved under the package's
# testdata/fuzz, as go test -fuzz does), and fails if any did.
fuzz_long() {
	local pkg target failed=()
	for pkg in $(go list ./arabic/...); do
		for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
			echo "--- $pkg $target (${FUZZTIME:-30s})"
			go test -run '^$' -fuzz "^${target}\$" -fuzztime "${FUZZTIME:-30s}" "$pkg" || failed+=("$pkg $target")
		done
	done
	if [ ${#failed[@]} -gt 0 ]; then
		printf 'fuzz target failed: %s\n' "${failed[@]}"
		return 1
	fi
}

# cli_bench measures bin/harf against the same work through the JS API in
# one Node.js process (internal/clibench): search of 100 names and normalize
# over a generated JSONL corpus of CLI_BENCH_MB (default 100) MB, and the
# command's peak RSS on 10 MB and on that corpus. The table goes to $2.
cli_bench() {
	go run ./internal/clibench -harf bin/harf -web web -dir "$1" -mb "${CLI_BENCH_MB:-100}" -out "$2"
	rm -f "$1"/*.jsonl # hundreds of MB
}

# bench_cli is ./build.sh bench-cli: that benchmark alone.
bench_cli() {
	local tmp
	tmp=$(mktemp -d)
	trap "rm -rf '$tmp'" EXIT # expanded now: tmp is local
	step "build" build
	step "command line vs JS API (internal/clibench)" cli_bench "$tmp/cli" "$tmp/cli.md"
}

bench_all() {
	local tmp
	tmp=$(mktemp -d)
	trap "rm -rf '$tmp'" EXIT # expanded now: tmp is local
	step "Go benchmarks (native)" go_bench "$tmp/go-bench.txt"
	step "cross-script names (data/names eval/dev)" crossscript_eval
	step "build" build
	step "tools (npm ci)" tools
	step "benchmark inputs" go run ./internal/corpus/benchdata -out "$tmp/data"
	step "load to ready (headless Chromium)" load_bench "$tmp/load.json"
	step "Harf vs JavaScript (node web/tools/bench.mjs)" node web/tools/bench.mjs "$tmp/data" \
		--go-bench "$tmp/go-bench.txt" --load "$tmp/load.json" --out "${BENCH_RESULTS:-$tmp/results.md}"
	step "command line vs JS API (internal/clibench)" cli_bench "$tmp/cli" "$tmp/cli.md"
	step "fuzz every target (${FUZZTIME:-30s} each)" fuzz_long
	if [ -n "${BENCH_RESULTS:-}" ]; then
		printf '\n' >>"$BENCH_RESULTS"
		cat "$tmp/cli.md" >>"$BENCH_RESULTS"
	fi
	printf '\n=== SUMMARY\n'
	printf '%s\n' "${passed[@]}"
	printf '\n=== RESULTS\n\n'
	cat "${BENCH_RESULTS:-$tmp/results.md}"
	[ -n "${BENCH_RESULTS:-}" ] || { printf '\n'; cat "$tmp/cli.md"; }
}

# screenshot writes docs/screenshot.png (web/browsertest/page_perf_test.go).
screenshot() {
	(cd web/browsertest && HARF_SCREENSHOT=1 HARF_REQUIRE_BROWSER=1 go test -count=1 -run '^TestScreenshotForREADME$' .)
}

case "${1:-build}" in
build) build ;;
serve) serve ;;
test) test_all ;;
bench) bench_all ;;
bench-cli) bench_cli ;;
screenshot) screenshot ;;
*)
	echo "usage: $0 [build|serve|test|bench|bench-cli|screenshot]" >&2
	exit 2
	;;
esac
