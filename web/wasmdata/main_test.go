package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// wasmHeader is the start of every module.
var wasmHeader = []byte{0, 'a', 's', 'm', 1, 0, 0, 0}

// section encodes a section: its id, its size, its body.
func section(id byte, body []byte) []byte {
	return append(appendU32([]byte{id}, uint32(len(body))), body...)
}

// dataSection encodes a data section of active segments of memory 0.
func dataSection(segs ...segment) []byte {
	return section(sectionData, encodeData(segs))
}

// module joins a header and sections.
func module(sections ...[]byte) []byte {
	return bytes.Join(append([][]byte{wasmHeader}, sections...), nil)
}

// image is the memory a module's data segments write, from the first byte
// written to the last, and the address of its first byte.
func image(t *testing.T, m []byte) (uint32, []byte) {
	t.Helper()
	var segs []segment
	r := reader{b: m, pos: len(wasmHeader)}
	for r.pos < len(r.b) {
		id, body := r.byte(), r.bytes(int(r.u32()))
		if r.err != nil {
			t.Fatalf("reading the module back: %v", r.err)
		}
		if id == sectionData {
			s, err := parseData(body)
			if err != nil {
				t.Fatalf("reading the data section back: %v", err)
			}
			segs = append(segs, s...)
		}
	}
	if len(segs) == 0 {
		return 0, nil
	}
	base := segs[0].offset // parseData sorts them
	var mem []byte
	for _, s := range segs {
		if end := int(s.offset-base) + len(s.data); end > len(mem) {
			mem = append(mem, make([]byte, end-len(mem))...)
		}
		copy(mem[s.offset-base:], s.data)
	}
	return base, mem
}

// sameImage fails t if modules a and b do not write the same memory.
func sameImage(t *testing.T, a, b []byte) {
	t.Helper()
	baseA, memA := image(t, a)
	baseB, memB := image(t, b)
	if baseA != baseB || !bytes.Equal(memA, memB) {
		t.Errorf("memory after merging differs from before: at %d %q, was at %d %q", baseA, cut(memA), baseB, cut(memB))
	}
}

// cut shortens b for a message.
func cut(b []byte) []byte { return b[:min(len(b), 64)] }

// customSection is a section merge must copy as it is.
var customSection = section(0, append([]byte{4}, "note"+"بيانات"...))

func TestMerge(t *testing.T) {
	salam := []byte("السلام عليكم")
	marhaba := []byte("مرحبا")
	tests := []struct {
		name          string
		in            []byte
		before, after int
	}{
		{"segments out of order, gaps of zeros between them",
			module(customSection, dataSection(segment{100, marhaba}, segment{8, salam}, segment{60, []byte{1, 0, 2}}), customSection),
			3, 1},
		{"one segment already",
			module(dataSection(segment{1024, salam})),
			1, 1},
		{"a gap longer than maxGap starts a new segment",
			module(dataSection(segment{16, salam}, segment{16 + uint32(len(salam)) + maxGap + 1, marhaba}, segment{16 + uint32(len(salam)) + maxGap + 40, salam})),
			3, 2},
		{"a gap of exactly maxGap is filled",
			module(dataSection(segment{16, salam}, segment{16 + uint32(len(salam)) + maxGap, marhaba})),
			2, 1},
		{"adjacent segments",
			module(dataSection(segment{0, salam}, segment{uint32(len(salam)), marhaba})),
			2, 1},
		{"an address above 2 GiB (a negative i32.const)",
			module(dataSection(segment{1 << 31, salam}, segment{1<<31 + 100, marhaba})),
			2, 1},
		{"no data section",
			module(customSection),
			0, 0},
		{"a data count section gets the new count",
			module(section(sectionDataCount, appendU32(nil, 2)), dataSection(segment{8, salam}, segment{64, marhaba})),
			2, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, before, after, err := merge(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if before != tc.before || after != tc.after {
				t.Errorf("segments %d → %d, want %d → %d", before, after, tc.before, tc.after)
			}
			sameImage(t, out, tc.in)
			if n := bytes.Count(out, customSection); n != bytes.Count(tc.in, customSection) {
				t.Errorf("the custom section is in the output %d times, want %d", n, bytes.Count(tc.in, customSection))
			}
			if bytes.Contains(tc.in, section(sectionDataCount, appendU32(nil, 2))) &&
				!bytes.Contains(out, section(sectionDataCount, appendU32(nil, uint32(after)))) {
				t.Errorf("the data count section does not say %d", after)
			}
			again, _, _, err := merge(out)
			if err != nil || !bytes.Equal(again, out) {
				t.Errorf("merging the output again changes it (err %v)", err)
			}
		})
	}
}

func TestMergeRefuses(t *testing.T) {
	withSegment := func(seg []byte) []byte { return module(section(sectionData, append([]byte{1}, seg...))) }
	tests := []struct {
		name, in, err string
	}{
		{"not a module", "\x7fELF", "not a WebAssembly module"},
		{"a passive segment", string(withSegment([]byte{1, 3, 'a', 'b', 'c'})), "flags 1"},
		{"an offset from a global", string(withSegment([]byte{0, 0x23, 0, 0x0b, 1, 'a'})), "not an i32.const"},
		{"an offset of two instructions", string(withSegment([]byte{0, 0x41, 8, 0x41, 0x0b, 1, 'a'})), "not a single i32.const"},
		{"overlapping segments", string(module(dataSection(segment{8, []byte("كتاب")}, segment{10, []byte("قلم")}))), "overlap at address 10"},
		{"a truncated segment", string(withSegment([]byte{0, 0x41, 8, 0x0b, 9, 'a'})), "unexpected end"},
		{"bytes after the last segment", string(withSegment([]byte{0, 0x41, 8, 0x0b, 1, 'a', 0})), "1 bytes after the last segment"},
		{"a truncated section", string(module([]byte{sectionData, 9, 0})), "unexpected end"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, _, err := merge([]byte(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("error %v, want one that says %q", err, tc.err)
			}
		})
	}
}

func TestLEB128(t *testing.T) {
	for _, v := range []int32{0, 1, 63, 64, -1, -64, -65, 127, 128, 1 << 20, -1 << 31, 1<<31 - 1} {
		r := reader{b: appendS32(nil, v)}
		if got := r.s32(); got != v || r.err != nil || r.pos != len(r.b) {
			t.Errorf("s32(appendS32(%d)) = %d, %v", v, got, r.err)
		}
	}
	for _, v := range []uint32{0, 1, 127, 128, 1 << 21, 1<<32 - 1} {
		r := reader{b: appendU32(nil, v)}
		if got := r.u32(); got != v || r.err != nil || r.pos != len(r.b) {
			t.Errorf("u32(appendU32(%d)) = %d, %v", v, got, r.err)
		}
	}
	// Go's linker pads numbers to a fixed width: 0x80 0x80 0x80 0x00 is 0.
	if r := (reader{b: []byte{0x80, 0x80, 0x80, 0}}); r.s32() != 0 || r.err != nil {
		t.Errorf("a padded zero does not read as 0: %v", r.err)
	}
	if r := (reader{b: []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0}}); r.u32() != 0 || r.err == nil {
		t.Error("a number of six bytes reads without an error")
	}
}

// TestGoProgram builds a Go program for js/wasm, merges its data segments
// and runs both modules in Node.js: they must print the same.
func TestGoProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go program and runs it in Node.js")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node on PATH")
	}
	dir := t.TempDir()
	wasm := filepath.Join(dir, "prog.wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "./testdata/prog")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	run := func(file string) string {
		t.Helper()
		out, err := exec.Command(node, filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec_node.js"), file).CombinedOutput()
		if err != nil {
			t.Fatalf("node %s: %v\n%s", filepath.Base(file), err, out)
		}
		return string(out)
	}
	want := run(wasm)
	in, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	if err := rewrite(wasm); err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	_, before, after, _ := merge(in)
	if before < 100 || after != 1 {
		t.Errorf("the Go program's %d data segments became %d, want many and 1", before, after)
	}
	sameImage(t, out, in)
	if got := run(wasm); got != want {
		t.Errorf("the merged program prints\n%s\nthe program as built prints\n%s", got, want)
	}
	if !strings.Contains(want, "القاهرة") {
		t.Errorf("the program prints %q, not its table", want)
	}
}
