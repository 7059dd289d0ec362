package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
	"unicode/utf8"
)

// document is one document of the input, its text found.
type document struct {
	file string // as given on the command line; - for standard input
	line int    // its line with --input jsonl, else 0
	raw  []byte // the JSONL line, or the whole file
	text string
	json *jsonLine // nil for plain text
}

// name is how output names the document: a JSON value, the --id field's
// value, the line number, or the file name.
func (d *document) name() []byte {
	switch {
	case d.json != nil && d.json.id != nil:
		return d.json.id
	case d.json != nil:
		return strconv.AppendInt(nil, int64(d.line), 10)
	default:
		return appendJSONString(nil, d.file)
	}
}

// where is the position errors name: FILE:LINE or FILE.
func (d *document) where() string {
	if d.line > 0 {
		return d.file + ":" + strconv.Itoa(d.line)
	}
	return d.file
}

// process turns a document into the bytes to write; matched tells search's
// exit status. An error skips the document and is reported as FILE:LINE: err.
type process func(d *document, buf []byte) (out []byte, matched bool, err error)

// bufPool holds output buffers for reuse: one per document would otherwise
// be allocated and cleared for each line of a corpus.
var bufPool = sync.Pool{New: func() any { return []byte(nil) }}

// job is a document on its way through the workers.
type job struct {
	doc     document
	size    int    // bytes read, for the progress bar
	out     []byte // what to write on standard output
	problem string // what to write on standard error
	matched bool
	done    chan struct{}
}

// stream reads the documents of files (standard input for - or none), runs
// process on each with in.jobs workers and writes the outputs in input order.
// At most a few documents per worker are in flight, so memory is bounded by
// the largest document, not the input. failed reports a bad document, an
// unreadable file or a failed write.
func stream(in *inputFlags, files []string, stdin io.Reader, stdout, stderr io.Writer, fn process) (matched, failed bool) {
	if len(files) == 0 {
		files = []string{"-"}
	}
	bar := newProgress(in, files, stderr)
	order := make(chan *job, 2*in.jobs+2) // the jobs in flight, in input order
	work := make(chan *job)
	stop := make(chan struct{}) // closed when the output fails: read no more
	go read(in, files, stdin, order, work, stop)
	var wg sync.WaitGroup
	for range in.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				run1(in, j, fn)
				close(j.done)
			}
		}()
	}
	w := bufio.NewWriterSize(stdout, 256<<10)
	writeFailed := false
	for j := range order {
		<-j.done
		if j.problem != "" {
			w.Flush() // stdout and stderr may be the same terminal
			bar.clear()
			fmt.Fprintln(stderr, j.problem)
			failed = true
		}
		if _, err := w.Write(j.out); err != nil && !writeFailed {
			fmt.Fprintf(stderr, "harf: writing the output: %v\n", err)
			failed, writeFailed = true, true
			close(stop)
		}
		matched = matched || j.matched
		bar.add(j.size)
		if j.out != nil {
			bufPool.Put(j.out[:0]) // boxing the slice header costs little; the bytes are what is reused
		}
	}
	wg.Wait()
	if err := w.Flush(); err != nil && !writeFailed {
		fmt.Fprintf(stderr, "harf: writing the output: %v\n", err)
		failed = true
	}
	bar.finish()
	return matched, failed
}

// run1 finds the document's text and processes it.
func run1(in *inputFlags, j *job, fn process) {
	d := &j.doc
	if in.input == "jsonl" {
		jl, err := parseJSONLine(d.raw, in.field, in.id)
		if err != nil {
			j.problem = d.where() + ": " + err.Error()
			return
		}
		d.json, d.text = &jl, jl.text
	} else {
		if !utf8.Valid(d.raw) {
			j.problem = fmt.Sprintf("%s: invalid UTF-8 at byte %d", d.where(), invalidAt(d.raw))
			return
		}
		d.text = string(d.raw)
	}
	out, matched, err := fn(d, bufPool.Get().([]byte)[:0])
	if err != nil {
		j.problem = d.where() + ": " + err.Error()
		return
	}
	j.out, j.matched = out, matched
	d.raw, d.text, d.json = nil, "", nil // done: let the memory go before the writer gets to it
}

// read sends every document to order (in input order) and then to work,
// until stop is closed.
func read(in *inputFlags, files []string, stdin io.Reader, order, work chan<- *job, stop <-chan struct{}) {
	defer close(order)
	defer close(work)
	stopped := false
	queue := func(j *job) bool {
		select {
		case order <- j:
			return true
		case <-stop:
			stopped = true
			return false
		}
	}
	send := func(j *job) {
		j.done = make(chan struct{})
		if queue(j) {
			work <- j
		}
	}
	fail := func(problem string) {
		j := &job{problem: problem, done: make(chan struct{})}
		close(j.done)
		queue(j)
	}
	for _, name := range files {
		if stopped {
			return
		}
		var r io.Reader = stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				fail("harf: " + err.Error())
				continue
			}
			r = f
		}
		if in.input == "jsonl" {
			br := bufio.NewReaderSize(r, 64<<10)
			for line := 1; ; line++ {
				b, err := br.ReadBytes('\n')
				size := len(b)
				b = bytes.TrimRight(b, "\r\n")
				if len(bytes.TrimSpace(b)) > 0 {
					send(&job{doc: document{file: name, line: line, raw: b}, size: size})
				}
				if err == io.EOF || stopped {
					break
				}
				if err != nil {
					fail(fmt.Sprintf("%s:%d: %v", name, line, err))
					break
				}
			}
		} else {
			b, err := io.ReadAll(r)
			if err != nil {
				fail(fmt.Sprintf("%s: %v", name, err))
			} else {
				send(&job{doc: document{file: name, raw: b}, size: len(b)})
			}
		}
		if c, ok := r.(io.Closer); ok && name != "-" {
			c.Close()
		}
	}
}
