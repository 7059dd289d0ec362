package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/harf-project/harf/internal/corpus"
	"github.com/harf-project/harf/internal/peakrss"
)

// TestStreamBoundedMemory pipes a JSONL stream many times larger than the
// memory the command may use into its standard input and checks that every
// line comes out and that its peak resident memory stays far below the
// input's size (VmHWM, sampled while it runs: see internal/peakrss).
func TestStreamBoundedMemory(t *testing.T) {
	if harfBin == "" {
		t.Skip("no harf binary (fuzzing)")
	}
	total := 128 << 20
	if testing.Short() {
		total = 24 << 20
	}
	var chunk bytes.Buffer // about 1 MB of lines, repeated
	paras := strings.Split(corpus.Generate(1<<20), "\n\n")
	for _, p := range paras {
		chunk.Write(appendJSONString([]byte(`{"text":`), p))
		chunk.WriteString(`,"source":"wire"}` + "\n")
	}
	sentLines := make(chan int, 1)
	cmd := exec.Command(harfBin, "normalize", "--input", "jsonl", "-j", "2")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stopWatch := peakrss.Watch(cmd.Process.Pid, 10*time.Millisecond)
	go func() {
		defer in.Close()
		lines := 0
		defer func() { sentLines <- lines }()
		for sent := 0; sent < total; sent += chunk.Len() {
			if _, err := in.Write(chunk.Bytes()); err != nil {
				return // the command died: Wait reports it
			}
			lines += len(paras)
		}
	}()
	gotLines, gotBytes := 0, 0
	br := bufio.NewReaderSize(out, 1<<20)
	for {
		b, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			t.Fatal("an output line longer than 1 MB")
		}
		if len(b) > 0 {
			gotLines++
			gotBytes += len(b)
			if gotLines == 1 && !json.Valid(bytes.TrimSpace(b)) {
				t.Errorf("first output line is not JSON: %q", b)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("harf normalize: %v\n%s", err, stderr.String())
	}
	peak := stopWatch()
	lines := <-sentLines
	if gotLines != lines {
		t.Errorf("%d lines in, %d out", lines, gotLines)
	}
	t.Logf("%d MB in %d lines, %d MB out, peak RSS %d MB", total>>20, lines, gotBytes>>20, peak>>20)
	if limit := int64(64 << 20); peak < 0 {
		t.Log("peak RSS is not measured on this system")
	} else if peak > limit {
		t.Errorf("peak RSS %d MB for a %d MB stream: want under %d MB", peak>>20, total>>20, limit>>20)
	}
}

// FuzzJSONL checks that no line crashes the JSONL reader, that a line it
// accepts is valid UTF-8 and JSON, and that replacing the text field gives a
// line that reads back with the new text and the same id.
func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":1,"text":"وقال المقداد إن الزيارة ناجحة"}`,
		`{"text" : "سلمى\n\"إبراهيم\"", "tags": ["أخبار", {"a": null}], "id": "x"}`,
		`{"text": "\ud83d\udca7 💧 \u0627"}`,
		`{"text": "مرحبا"`, `{"text": 42}`, `["text"]`, `{}`, `{"text":"a"} x`,
		"{\"text\": \"\xff\"}", `{"text":"a","text":"b"}`, `  {"id":null,"text":""}  `,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if s := string(line); utf8.ValidString(s) { // the writer: any text, as a JSON string
			var back string
			if q := appendJSONString(nil, s); json.Unmarshal(q, &back) != nil || back != s {
				t.Fatalf("appendJSONString(%q) = %s reads back %q", s, q, back)
			}
		}
		jl, err := parseJSONLine(line, "text", "id")
		if err != nil {
			// the reader's own JSON check must agree with encoding/json's
			notJSON := strings.HasPrefix(err.Error(), "not JSON")
			if !strings.HasPrefix(err.Error(), "invalid UTF-8") && notJSON == json.Valid(line) {
				t.Fatalf("%q: reader says %q, json.Valid says %v", line, err, json.Valid(line))
			}
			return
		}
		var fields map[string]json.RawMessage // encoding/json's reading, to compare
		if err := json.Unmarshal(line, &fields); err != nil {
			t.Fatalf("accepted %q, which encoding/json rejects: %v", line, err)
		}
		var text string
		if err := json.Unmarshal(fields["text"], &text); err != nil || text != jl.text {
			t.Fatalf("%q: text %q, encoding/json reads %q", line, jl.text, text)
		}
		var id bytes.Buffer
		if err := json.Compact(&id, fields["id"]); err != nil || !bytes.Equal(id.Bytes(), jl.id) {
			t.Fatalf("%q: id %s, encoding/json reads %s", line, jl.id, fields["id"])
		}
		for _, text := range []string{jl.text, "نص <جديد> & \"آخر\"\n\t\u2028"} {
			out := jl.replaceText(nil, text)
			again, err := parseJSONLine(out, "text", "id")
			if err != nil {
				t.Fatalf("%q with the text replaced is %q: %v", line, out, err)
			}
			if again.text != text || !bytes.Equal(again.id, jl.id) {
				t.Fatalf("%q with the text replaced by %q reads back %q, id %s (was %s)", line, text, again.text, again.id, jl.id)
			}
		}
	})
}
