// Command clibench measures the command line tool (cmd/harf) against the
// same work done through the JavaScript API in one Node.js process
// (jsapi.mjs), on a generated JSON Lines corpus of our own news text:
// searching every document for 100 names, and normalizing every document.
// It reports MB/s, documents/s and the ratio, and the peak resident memory of
// the command for a small and a large input (streaming keeps them about
// equal). ./build.sh bench runs it:
//
//	go run ./internal/clibench -harf bin/harf -web web -dir DIR [-mb 100] [-small-mb 10] [-out results.md]
//
// The machine may be shared: compare the ratios, which are measured in the
// same run, rather than the absolute figures.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/harf-project/harf/internal/corpus"
	"github.com/harf-project/harf/internal/peakrss"
)

func main() {
	harf := flag.String("harf", "bin/harf", "the command line tool to measure")
	web := flag.String("web", "web", "the directory of harf.js and harf.wasm")
	dir := flag.String("dir", "", "a directory for the corpus and the outputs (required)")
	mb := flag.Int("mb", 100, "size of the large corpus in MB")
	smallMB := flag.Int("small-mb", 10, "size of the small corpus in MB (peak memory only)")
	jsSearchMB := flag.Int("js-search-mb", 2, "MB of the corpus the JS API searches (its searchAll prepares the names on every call: slow)")
	out := flag.String("out", "", "also write the results table (Markdown) to this file")
	flag.Parse()
	if *dir == "" {
		log.Fatal("clibench: -dir is required")
	}
	log.SetFlags(0)
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	names := corpus.Names(100)
	namesTxt := filepath.Join(*dir, "names-100.txt")
	namesJSON := filepath.Join(*dir, "names-100.json")
	must(os.WriteFile(namesTxt, []byte(strings.Join(names, "\n")+"\n"), 0o644))
	b, _ := json.Marshal(names)
	must(os.WriteFile(namesJSON, b, 0o644))
	large := filepath.Join(*dir, fmt.Sprintf("corpus-%dmb.jsonl", *mb))
	small := filepath.Join(*dir, fmt.Sprintf("corpus-%dmb.jsonl", *smallMB))
	largeDocs := writeCorpus(large, *mb<<20)
	writeCorpus(small, *smallMB<<20)

	var report strings.Builder
	fmt.Fprintf(&report, "### Command line vs JavaScript API\n\n")
	fmt.Fprintf(&report, "Corpus: %s (%.1f MB, %d documents), 100 names (corpus.Names(100)); %d cores.\n\n",
		filepath.Base(large), mbOf(size(large)), largeDocs, numCPU())

	// The JS API first: one Node.js process does both tasks.
	js := runJS(*web, large, namesJSON, *dir, *jsSearchMB<<20)
	searchArgs := []string{"search", "--input", "jsonl", "--id", "id", "--names", namesTxt}
	normArgs := []string{"normalize", "--input", "jsonl"}
	cli := map[string]run{
		"search":       runCLI(*harf, append(searchArgs, large), filepath.Join(*dir, "cli-search.jsonl")),
		"normalize":    runCLI(*harf, append(normArgs, large), filepath.Join(*dir, "cli-normalize.jsonl")),
		"search-j1":    runCLI(*harf, append(append(searchArgs, "-j", "1"), large), filepath.Join(*dir, "cli-search.jsonl")),
		"normalize-j1": runCLI(*harf, append(append(normArgs, "-j", "1"), large), filepath.Join(*dir, "cli-normalize.jsonl")),
	}
	cliMatches := matchesUpTo(filepath.Join(*dir, "cli-search.jsonl"), js.Search.Docs)
	if cliMatches != js.Search.Matches {
		log.Printf("clibench: WARNING: in the first %d documents the command line found %d matches, the JS API %d",
			js.Search.Docs, cliMatches, js.Search.Matches)
	}
	bytesIn, docsIn := float64(size(large)), float64(largeDocs)
	fmt.Fprintf(&report, "| task | JS API (Node.js, 1 thread) | harf CLI -j 1 | harf CLI (every core) | CLI / JS API (MB/s) |\n|---|---|---|---|---|\n")
	for _, task := range []struct {
		name string
		js   jsRun
	}{{"search, 100 names", js.Search}, {"normalize", js.Normalize}} {
		key := strings.Fields(task.name)[0]
		key = strings.TrimSuffix(key, ",")
		all, one := cli[key], cli[key+"-j1"]
		jsRate := float64(task.js.Bytes) / task.js.Seconds
		fmt.Fprintf(&report, "| %s | %s | %s | %s | **%.2f×** (-j 1: %.2f×) |\n", task.name,
			rate(float64(task.js.Bytes), float64(task.js.Docs), task.js.Seconds),
			rate(bytesIn, docsIn, one.seconds), rate(bytesIn, docsIn, all.seconds),
			bytesIn/all.seconds/jsRate, bytesIn/one.seconds/jsRate)
	}
	fmt.Fprintf(&report, "\nThe JS API searched the first %.1f MB (%d documents) of the corpus, the CLI all of it; in those documents "+
		"the CLI found %d matches, the JS API %d (the same engine: they must agree). Peak RSS of the Node.js process: %.0f MB.\n\n",
		mbOf(js.Search.Bytes), js.Search.Docs, cliMatches, js.Search.Matches, mbOf(js.peak))

	// Peak memory: the same commands on the small corpus.
	fmt.Fprintf(&report, "| peak RSS of harf | %s (%.1f MB) | %s (%.1f MB) |\n|---|---|---|\n",
		filepath.Base(small), mbOf(size(small)), filepath.Base(large), mbOf(size(large)))
	for _, task := range []struct {
		name string
		args []string
	}{{"search", searchArgs}, {"normalize", normArgs}} {
		s := runCLI(*harf, append(task.args, small), filepath.Join(*dir, "cli-small.jsonl"))
		fmt.Fprintf(&report, "| %s | %.1f MB | %.1f MB |\n", task.name, mbOf(s.peak), mbOf(cli[task.name].peak))
	}
	fmt.Print(report.String())
	if *out != "" {
		must(os.WriteFile(*out, []byte(report.String()), 0o644))
	}
}

// writeCorpus writes about size bytes of corpus.Generate's paragraphs as
// JSONL, {"id": N, "source": ..., "text": ...}, and returns the line count.
func writeCorpus(path string, size int) int {
	f, err := os.Create(path)
	must(err)
	w := bufio.NewWriterSize(f, 1<<20)
	n := 0
	for _, p := range strings.Split(corpus.Generate(size), "\n\n") {
		n++
		text, _ := json.Marshal(p)
		fmt.Fprintf(w, `{"id":%d,"source":"harf-bench","text":%s}`+"\n", n, text)
	}
	must(w.Flush())
	must(f.Close())
	return n
}

type run struct {
	seconds float64
	peak    int64 // bytes
}

// runCLI runs the command with its output to outPath and returns its wall
// time and peak RSS.
func runCLI(harf string, args []string, outPath string) run {
	out, err := os.Create(outPath)
	must(err)
	defer out.Close()
	cmd := exec.Command(harf, append(args, "--progress=false")...)
	cmd.Stdout = out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	must(cmd.Start())
	stop := peakrss.Watch(cmd.Process.Pid, 20*time.Millisecond)
	err = cmd.Wait()
	elapsed := time.Since(start).Seconds()
	peak := stop()
	if err != nil && cmd.ProcessState.ExitCode() != 1 { // 1: search found nothing
		log.Fatalf("%s %s: %v\n%s", harf, strings.Join(args, " "), err, stderr.String())
	}
	return run{elapsed, peak}
}

type jsRun struct {
	Seconds float64 `json:"seconds"`
	Bytes   int64   `json:"bytes"`
	Docs    int     `json:"docs"`
	Matches int     `json:"matches"`
}

type jsResult struct {
	Search    jsRun `json:"search"`
	Normalize jsRun `json:"normalize"`
	peak      int64
}

func runJS(web, corpusPath, namesJSON, dir string, searchBytes int) jsResult {
	script, err := filepath.Abs("internal/clibench/jsapi.mjs")
	must(err)
	harfJS, err := filepath.Abs(filepath.Join(web, "harf.js"))
	must(err)
	cmd := exec.Command("node", script, harfJS, corpusPath, namesJSON, dir, fmt.Sprint(searchBytes))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	must(cmd.Start())
	stop := peakrss.Watch(cmd.Process.Pid, 50*time.Millisecond)
	if err := cmd.Wait(); err != nil {
		log.Fatalf("node %s: %v\n%s", script, err, stderr.String())
	}
	peak := stop()
	var r jsResult
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		log.Fatalf("node %s printed %q: %v", script, stdout.String(), err)
	}
	r.peak = peak
	return r
}

func rate(bytes, docs, seconds float64) string {
	return fmt.Sprintf("%.1f MB/s, %.0f docs/s", bytes/seconds/1e6, docs/seconds)
}

func size(path string) int64 {
	info, err := os.Stat(path)
	must(err)
	return info.Size()
}

func mbOf(b int64) float64 { return float64(b) / (1 << 20) }

// matchesUpTo counts the matches of search's JSONL output in documents
// 1 to docs.
func matchesUpTo(path string, docs int) int {
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m struct{ Doc int }
		must(json.Unmarshal(sc.Bytes(), &m))
		if m.Doc <= docs {
			n++
		}
	}
	must(sc.Err())
	return n
}

func numCPU() int {
	out, err := exec.Command("nproc").Output()
	if err != nil {
		return 0
	}
	var n int
	fmt.Sscan(string(out), &n)
	return n
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
