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

	problem string // set by the reader for a file it could not read
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

// bufPool holds output buffers for reuse: one per batch would otherwise be
// allocated and cleared for every few lines of a corpus.
var bufPool = sync.Pool{New: func() any { return []byte(nil) }}

// A batch is a run of consecutive documents handed to one worker: corpus
// lines are small, and handing them over one by one would cost more in
// synchronization than in work. It holds at most batchDocs documents and
// stops growing once it holds batchBytes of input.
const (
	batchDocs  = 64
	batchBytes = 256 << 10
)

// batch is a run of documents on its way through the workers.
type batch struct {
	docs    []document
	size    int         // bytes read, for the progress bar
	out     []byte      // what to write on standard output
	results []docResult // per document, in order
	matched bool
	done    chan struct{}
}

// docResult is where a document's output ends in its batch's out, and what to
// report on standard error instead when it was bad.
type docResult struct {
	end     int
	problem string
}

// stream reads the documents of files (standard input for - or none), runs
// process on each with in.jobs workers and writes the outputs in input order.
// At most a few batches per worker are in flight, so memory is bounded by the
// largest document, not the input. failed reports a bad document, an
// unreadable file or a failed write.
func stream(in *inputFlags, files []string, stdin io.Reader, stdout, stderr io.Writer, fn process) (matched, failed bool) {
	if len(files) == 0 {
		files = []string{"-"}
	}
	bar := newProgress(in, files, stderr)
	order := make(chan *batch, 2*in.jobs+2) // the batches in flight, in input order
	work := make(chan *batch)
	stop := make(chan struct{}) // closed when the output fails: read no more
	go read(in, files, stdin, order, work, stop)
	var wg sync.WaitGroup
	for range in.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				b.run(in, fn)
				close(b.done)
			}
		}()
	}
	w := bufio.NewWriterSize(stdout, 256<<10)
	writeFailed := false
	write := func(p []byte) {
		if _, err := w.Write(p); err != nil && !writeFailed {
			fmt.Fprintf(stderr, "harf: writing the output: %v\n", err)
			failed, writeFailed = true, true
			close(stop)
		}
	}
	for b := range order {
		<-b.done
		start := 0
		for _, r := range b.results {
			write(b.out[start:r.end])
			start = r.end
			if r.problem != "" {
				w.Flush() // stdout and stderr may be the same terminal
				bar.clear()
				fmt.Fprintln(stderr, r.problem)
				failed = true
			}
		}
		matched = matched || b.matched
		bar.add(b.size)
		if b.out != nil {
			bufPool.Put(b.out[:0]) // boxing the slice header costs little; the bytes are what is reused
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

// run finds each document's text and processes it.
func (b *batch) run(in *inputFlags, fn process) {
	b.out = bufPool.Get().([]byte)[:0]
	b.results = make([]docResult, len(b.docs))
	for i := range b.docs {
		d := &b.docs[i]
		if d.problem != "" { // the reader's: a file that could not be read
			b.results[i] = docResult{end: len(b.out), problem: d.problem}
			continue
		}
		b.results[i].problem = b.run1(in, d, fn)
		b.results[i].end = len(b.out)
		*d = document{} // done: let the memory go before the writer gets to it
	}
}

// run1 processes one document, appending its output to b.out, and returns
// the problem to report if it was bad.
func (b *batch) run1(in *inputFlags, d *document, fn process) string {
	if in.input == "jsonl" {
		jl, err := parseJSONLine(d.raw, in.field, in.id)
		if err != nil {
			return d.where() + ": " + err.Error()
		}
		d.json, d.text = &jl, jl.text
	} else {
		if !utf8.Valid(d.raw) {
			return fmt.Sprintf("%s: invalid UTF-8 at byte %d", d.where(), invalidAt(d.raw))
		}
		d.text = string(d.raw)
	}
	mark := len(b.out)
	out, matched, err := fn(d, b.out)
	if err != nil {
		b.out = out[:mark]
		return d.where() + ": " + err.Error()
	}
	b.out, b.matched = out, b.matched || matched
	return ""
}

// read sends every document, in batches, to order (in input order) and then
// to work, until stop is closed.
func read(in *inputFlags, files []string, stdin io.Reader, order, work chan<- *batch, stop <-chan struct{}) {
	defer close(order)
	defer close(work)
	stopped := false
	cur := &batch{}
	flush := func() {
		if len(cur.docs) == 0 || stopped {
			return
		}
		b := cur
		cur = &batch{}
		b.done = make(chan struct{})
		select {
		case order <- b:
			work <- b
		case <-stop:
			stopped = true
		}
	}
	add := func(d document, size int) {
		cur.docs = append(cur.docs, d)
		cur.size += size
		if len(cur.docs) >= batchDocs || cur.size >= batchBytes {
			flush()
		}
	}
	defer flush()
	for _, name := range files {
		if stopped {
			return
		}
		var r io.Reader = stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				add(document{file: name, problem: "harf: " + err.Error()}, 0)
				continue
			}
			r = f
		}
		if in.input == "jsonl" {
			br := bufio.NewReaderSize(r, 64<<10)
			for line := 1; !stopped; line++ {
				b, err := br.ReadBytes('\n')
				size := len(b)
				b = bytes.TrimRight(b, "\r\n")
				if len(bytes.TrimSpace(b)) > 0 {
					add(document{file: name, line: line, raw: b}, size)
				}
				if err == io.EOF {
					break
				}
				if err != nil {
					add(document{file: name, problem: fmt.Sprintf("%s:%d: %v", name, line, err)}, 0)
					break
				}
			}
		} else {
			b, err := io.ReadAll(r)
			if err != nil {
				add(document{file: name, problem: fmt.Sprintf("%s: %v", name, err)}, 0)
			} else {
				add(document{file: name, raw: b}, len(b))
			}
		}
		if c, ok := r.(io.Closer); ok && name != "-" {
			c.Close()
		}
	}
}
