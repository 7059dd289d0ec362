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
	"runtime"
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
	reps := flag.Int("reps", 3, "runs of each normalize measurement, interleaved; the best counts")
	out := flag.String("out", "", "also write the results table (Markdown) to this file")
	flag.Parse()
	if *dir == "" {
		log.Fatal("clibench: -dir is required")
	}
	log.SetFlags(0)
	must(os.MkdirAll(*dir, 0o755))
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
	whole := work{bytes: size(large), docs: largeDocs}

	searchArgs := []string{"search", "--input", "jsonl", "--id", "id", "--names", namesTxt}
	normArgs := []string{"normalize", "--input", "jsonl"}
	searchOut, normOut := filepath.Join(*dir, "cli-search.jsonl"), filepath.Join(*dir, "cli-normalize.jsonl")

	// search: once each (the gap is wide); normalize: reps rounds of the
	// three, interleaved, so that a busy moment of the shared machine does
	// not fall on one side only. The best run of each counts.
	jsSearch := runJS(*web, large, namesJSON, *dir, "search", *jsSearchMB<<20)
	cliSearch1 := runCLI(*harf, append(append(searchArgs, "-j", "1"), large), searchOut, whole)
	cliSearch := runCLI(*harf, append(searchArgs, large), searchOut, whole)
	var jsNorm, cliNorm, cliNorm1 result
	for range *reps {
		jsNorm = jsNorm.best(runJS(*web, large, namesJSON, *dir, "normalize", 0))
		cliNorm1 = cliNorm1.best(runCLI(*harf, append(append(normArgs, "-j", "1"), large), normOut, whole))
		cliNorm = cliNorm.best(runCLI(*harf, append(normArgs, large), normOut, whole))
	}
	cliMatches := matchesUpTo(searchOut, jsSearch.docs)
	if cliMatches != jsSearch.matches {
		log.Printf("clibench: WARNING: in the first %d documents the command line found %d matches, the JS API %d",
			jsSearch.docs, cliMatches, jsSearch.matches)
	}

	var report strings.Builder
	fmt.Fprintf(&report, "### Command line vs JavaScript API\n\n")
	fmt.Fprintf(&report, "Corpus: %s (%.1f MB, %d documents, generated from internal/corpus), 100 names "+
		"(corpus.Names(100)); %d cores. Normalize: best of %d interleaved runs; search: one run.\n\n",
		filepath.Base(large), mbOf(whole.bytes), largeDocs, runtime.NumCPU(), *reps)
	fmt.Fprintf(&report, "| task | JS API (Node.js, 1 thread) | harf CLI -j 1 | harf CLI -j %d | CLI / JS API | CLI -j 1 / JS API per CPU second |\n|---|---|---|---|---|---|\n", runtime.NumCPU())
	for _, t := range []struct {
		name         string
		js, one, all result
	}{{"search, 100 names", jsSearch, cliSearch1, cliSearch}, {"normalize", jsNorm, cliNorm1, cliNorm}} {
		fmt.Fprintf(&report, "| %s | %s | %s | %s | **%.2f×** (-j 1: %.2f×) | %.2f× |\n", t.name,
			t.js.rate(), t.one.rate(), t.all.rate(),
			t.all.mbps()/t.js.mbps(), t.one.mbps()/t.js.mbps(), t.one.mbPerCPU()/t.js.mbPerCPU())
	}
	fmt.Fprintf(&report, "\nThe JS API searched the first %.1f MB (%d documents), the CLI the whole corpus; in those documents "+
		"the CLI found %d matches, the JS API %d (the same engine: they must agree). MB/s counts input bytes over wall time; "+
		"per CPU second divides them by user+system time instead. Peak RSS of the Node.js process (normalize): %.0f MB.\n\n",
		mbOf(jsSearch.bytes), jsSearch.docs, cliMatches, jsSearch.matches, mbOf(jsNorm.peak))

	// Peak memory: the same commands on the small corpus.
	fmt.Fprintf(&report, "| peak RSS of harf | %s (%.1f MB) | %s (%.1f MB) |\n|---|---|---|\n",
		filepath.Base(small), mbOf(size(small)), filepath.Base(large), mbOf(whole.bytes))
	for _, t := range []struct {
		name  string
		args  []string
		large result
	}{{"search", searchArgs, cliSearch}, {"normalize", normArgs, cliNorm}} {
		s := runCLI(*harf, append(t.args, small), filepath.Join(*dir, "cli-small.jsonl"), work{bytes: size(small)})
		fmt.Fprintf(&report, "| %s | %.1f MB | %.1f MB |\n", t.name, mbOf(s.peak), mbOf(t.large.peak))
	}
	fmt.Print(report.String())
	if *out != "" {
		must(os.WriteFile(*out, []byte(report.String()), 0o644))
	}
}

// work is how much input a run processed.
type work struct {
	bytes int64
	docs  int
}

// result is what one run, or the best of several, measured.
type result struct {
	work
	seconds, cpu float64 // wall time, and user+system time
	peak         int64   // peak RSS in bytes
	matches      int
}

// best combines runs of the same work: the least wall time, the least CPU
// time, the highest peak RSS. The zero result stands for no run yet.
func (r result) best(o result) result {
	if r.seconds == 0 {
		return o
	}
	o.seconds, o.cpu, o.peak = min(r.seconds, o.seconds), min(r.cpu, o.cpu), max(r.peak, o.peak)
	return o
}

func (r result) mbps() float64     { return float64(r.bytes) / 1e6 / r.seconds }
func (r result) mbPerCPU() float64 { return float64(r.bytes) / 1e6 / r.cpu }
func (r result) rate() string {
	return fmt.Sprintf("%.1f MB/s, %.0f docs/s", r.mbps(), float64(r.docs)/r.seconds)
}

// runCLI runs the command with its output to outPath and returns its wall
// time, CPU time and peak RSS.
func runCLI(harf string, args []string, outPath string, w work) result {
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
	cpu := (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	return result{work: w, seconds: elapsed, cpu: cpu, peak: peak}
}

// runJS runs jsapi.mjs for one task (over the first limit bytes; 0: all)
// and returns what it measured in its process.
func runJS(web, corpusPath, namesJSON, dir, task string, limit int) result {
	script, err := filepath.Abs("internal/clibench/jsapi.mjs")
	must(err)
	harfJS, err := filepath.Abs(filepath.Join(web, "harf.js"))
	must(err)
	args := []string{script, harfJS, corpusPath, namesJSON, dir, task}
	if limit > 0 {
		args = append(args, fmt.Sprint(limit))
	}
	cmd := exec.Command("node", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	must(cmd.Start())
	stop := peakrss.Watch(cmd.Process.Pid, 50*time.Millisecond)
	if err := cmd.Wait(); err != nil {
		log.Fatalf("node %s: %v\n%s", script, err, stderr.String())
	}
	peak := stop()
	var r struct {
		Seconds, CPU float64
		Bytes        int64
		Docs         int
		Matches      int
	}
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		log.Fatalf("node %s printed %q: %v", script, stdout.String(), err)
	}
	return result{work: work{bytes: r.Bytes, docs: r.Docs}, seconds: r.Seconds, cpu: r.CPU, peak: peak, matches: r.Matches}
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

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
