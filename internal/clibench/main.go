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
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/harf-project/harf/internal/corpus"
)

func main() {
	harf := flag.String("harf", "bin/harf", "the command line tool to measure")
	web := flag.String("web", "web", "the directory of harf.js and harf.wasm")
	dir := flag.String("dir", "", "a directory for the corpus and the outputs (required)")
	mb := flag.Int("mb", 100, "size of the large corpus in MB")
	smallMB := flag.Int("small-mb", 10, "size of the small corpus in MB (peak memory only)")
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
	smallDocs := writeCorpus(small, *smallMB<<20)

	var report strings.Builder
	fmt.Fprintf(&report, "### Command line vs JavaScript API\n\n")
	fmt.Fprintf(&report, "Corpus: %s (%.1f MB, %d documents), 100 names (corpus.Names(100)); %d cores.\n\n",
		filepath.Base(large), mbOf(size(large)), largeDocs, numCPU())

	// The JS API first: one Node.js process does both tasks.
	js := runJS(*web, large, namesJSON, *dir)
	searchArgs := []string{"search", "--input", "jsonl", "--id", "id", "--names", namesTxt}
	normArgs := []string{"normalize", "--input", "jsonl"}
	cli := map[string]run{
		"search":       runCLI(*harf, append(searchArgs, large), filepath.Join(*dir, "cli-search.jsonl")),
		"normalize":    runCLI(*harf, append(normArgs, large), filepath.Join(*dir, "cli-normalize.jsonl")),
		"search-j1":    runCLI(*harf, append(append(searchArgs, "-j", "1"), large), filepath.Join(*dir, "cli-search.jsonl")),
		"normalize-j1": runCLI(*harf, append(append(normArgs, "-j", "1"), large), filepath.Join(*dir, "cli-normalize.jsonl")),
	}
	cliMatches := lines(filepath.Join(*dir, "cli-search.jsonl"))
	if cliMatches != js.Search.Matches {
		log.Printf("clibench: WARNING: the command line found %d matches, the JS API %d", cliMatches, js.Search.Matches)
	}
	bytesIn := float64(size(large))
	fmt.Fprintf(&report, "| task | JS API (Node.js, 1 thread) | harf CLI -j 1 | harf CLI (every core) | CLI / JS API |\n|---|---|---|---|---|\n")
	for _, task := range []struct {
		name string
		js   jsRun
	}{{"search", js.Search}, {"normalize", js.Normalize}} {
		all, one := cli[task.name], cli[task.name+"-j1"]
		fmt.Fprintf(&report, "| %s | %s | %s | %s | **%.2f×** (-j 1: %.2f×) |\n", task.name,
			rate(bytesIn, float64(largeDocs), task.js.Seconds), rate(bytesIn, float64(largeDocs), one.seconds),
			rate(bytesIn, float64(largeDocs), all.seconds), task.js.Seconds/all.seconds, task.js.Seconds/one.seconds)
	}
	fmt.Fprintf(&report, "\nMatches: %d by the CLI, %d by the JS API (the same engine: they must agree).\n", cliMatches, js.Search.Matches)
	fmt.Fprintf(&report, "Peak RSS of the Node.js process (both tasks): %.0f MB.\n\n", mbOf(js.peak))

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
	_ = smallDocs
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
	err = cmd.Run()
	elapsed := time.Since(start).Seconds()
	if err != nil && cmd.ProcessState.ExitCode() != 1 { // 1: search found nothing
		log.Fatalf("%s %s: %v\n%s", harf, strings.Join(args, " "), err, stderr.String())
	}
	return run{elapsed, peakRSS(cmd.ProcessState)}
}

type jsRun struct {
	Seconds float64 `json:"seconds"`
	Docs    int     `json:"docs"`
	Matches int     `json:"matches"`
}

type jsResult struct {
	Bytes     int64 `json:"bytes"`
	Search    jsRun `json:"search"`
	Normalize jsRun `json:"normalize"`
	peak      int64
}

func runJS(web, corpusPath, namesJSON, dir string) jsResult {
	script, err := filepath.Abs("internal/clibench/jsapi.mjs")
	must(err)
	harfJS, err := filepath.Abs(filepath.Join(web, "harf.js"))
	must(err)
	cmd := exec.Command("node", script, harfJS, corpusPath, namesJSON, dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("node %s: %v\n%s", script, err, stderr.String())
	}
	var r jsResult
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		log.Fatalf("node %s printed %q: %v", script, stdout.String(), err)
	}
	r.peak = peakRSS(cmd.ProcessState)
	return r
}

func peakRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10 // KiB on Linux
	}
	return 0
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

func lines(path string) int {
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	n := 0
	buf := make([]byte, 1<<20)
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err == io.EOF {
			return n
		}
		must(err)
	}
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
