// Command wasmdata rewrites the data section of a WebAssembly module as Go's
// linker writes it into one segment, so that it compresses better.
//
// Go's linker splits the program's data into a segment wherever 8 or more
// zero bytes follow each other (harf.wasm has about 43,000): that is the
// smallest file, but each segment's header (its address and length) is a
// few bytes brotli cannot predict, and all of them together took about 50 KB
// of harf.wasm over the wire. One segment that holds the zeros in between
// writes the same bytes into memory when the module is instantiated (memory
// starts out zero), in a file about 0.5 MB larger that takes about 50 KB
// less brotli and 80 KB less gzip. build.sh runs it after go build.
//
// Usage:
//
//	go run ./web/wasmdata FILE.wasm ...
//
// Each file is rewritten in place, or left as it is when its data section is
// already one segment. A module whose data is not what Go's linker writes
// (active segments of memory 0 at constant addresses, none overlapping) is an
// error and is left as it is.
package main

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmdata FILE.wasm ...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		if err := rewrite(name); err != nil {
			fmt.Fprintln(os.Stderr, "wasmdata:", name+":", err)
			os.Exit(1)
		}
	}
}

// rewrite merges the data segments of the module in file name.
func rewrite(name string) error {
	in, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	out, before, after, err := merge(in)
	if err != nil {
		return err
	}
	if bytes.Equal(out, in) {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, there is nothing there
	if _, err := tmp.Write(out); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return err
	}
	fmt.Printf("%s: %d data segments in %d (%d bytes, was %d)\n", name, before, after, len(out), len(in))
	return nil
}

// maxGap is the longest run of zeros merge writes between two segments:
// longer gaps start a new segment. Go's linker leaves gaps of at most a few
// hundred KB within its data; the limit only keeps an odd module from
// growing without bound.
const maxGap = 1 << 20

// segment is an active data segment: data written at offset in memory 0.
type segment struct {
	offset uint32
	data   []byte
}

// Section ids (WebAssembly core specification, 5.5.2).
const (
	sectionData      = 11
	sectionDataCount = 12
)

// merge returns module with its data segments merged (see maxGap), and how
// many segments it had and has. Every other section is copied as it is; a
// data count section, if any, gets the new count.
func merge(module []byte) (out []byte, before, after int, err error) {
	header := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	if !bytes.HasPrefix(module, header) {
		return nil, 0, 0, errors.New("not a WebAssembly module (version 1)")
	}
	type section struct {
		id   byte
		body []byte
	}
	var sections []section
	dataAt := -1
	for r := (reader{b: module, pos: len(header)}); r.pos < len(r.b); {
		id := r.byte()
		size := r.u32()
		body := r.bytes(int(size))
		if r.err != nil {
			return nil, 0, 0, fmt.Errorf("section %d: %w", id, r.err)
		}
		if id == sectionData {
			dataAt = len(sections)
		}
		sections = append(sections, section{id, body})
	}
	if dataAt < 0 {
		return module, 0, 0, nil
	}
	segs, err := parseData(sections[dataAt].body)
	if err != nil {
		return nil, 0, 0, err
	}
	merged := mergeSegments(segs)
	out = append(out, header...)
	for i, s := range sections {
		body := s.body
		switch {
		case i == dataAt:
			body = encodeData(merged)
		case s.id == sectionDataCount:
			body = appendU32(nil, uint32(len(merged)))
		}
		out = append(out, s.id)
		out = appendU32(out, uint32(len(body)))
		out = append(out, body...)
	}
	return out, len(segs), len(merged), nil
}

// parseData reads the segments of a data section's body.
func parseData(body []byte) ([]segment, error) {
	r := reader{b: body}
	n := r.u32()
	var segs []segment
	for i := 0; i < int(n) && r.err == nil; i++ {
		if flags := r.u32(); flags != 0 {
			return nil, fmt.Errorf("data segment %d: flags %d: only active segments of memory 0 are merged", i, flags)
		}
		const i32Const, end = 0x41, 0x0b
		if op := r.byte(); op != i32Const && r.err == nil {
			return nil, fmt.Errorf("data segment %d: its offset is not an i32.const (opcode 0x%02x)", i, op)
		}
		offset := uint32(r.s32())
		if op := r.byte(); op != end && r.err == nil {
			return nil, fmt.Errorf("data segment %d: its offset is not a single i32.const (opcode 0x%02x)", i, op)
		}
		size := r.u32()
		segs = append(segs, segment{offset, r.bytes(int(size))})
	}
	if r.err == nil && r.pos != len(body) {
		r.err = errors.New(strconv.Itoa(len(body)-r.pos) + " bytes after the last segment")
	}
	if r.err != nil {
		return nil, fmt.Errorf("data section: %w", r.err)
	}
	slices.SortStableFunc(segs, func(a, b segment) int { return cmp.Compare(a.offset, b.offset) })
	for i := 1; i < len(segs); i++ {
		if end := uint64(segs[i-1].offset) + uint64(len(segs[i-1].data)); end > uint64(segs[i].offset) {
			return nil, fmt.Errorf("data segments overlap at address %d", segs[i].offset)
		}
	}
	return segs, nil
}

// mergeSegments joins sorted, non-overlapping segments with the zeros in
// between, as long as a gap is at most maxGap bytes.
func mergeSegments(segs []segment) []segment {
	var out []segment
	for _, s := range segs {
		if len(out) > 0 {
			last := &out[len(out)-1]
			if gap := uint64(s.offset) - uint64(last.offset) - uint64(len(last.data)); gap <= maxGap {
				last.data = append(last.data, make([]byte, gap)...)
				last.data = append(last.data, s.data...)
				continue
			}
		}
		out = append(out, segment{s.offset, slices.Clone(s.data)})
	}
	return out
}

// encodeData is the body of a data section that holds segs.
func encodeData(segs []segment) []byte {
	b := appendU32(nil, uint32(len(segs)))
	for _, s := range segs {
		b = append(b, 0, 0x41) // active, memory 0; i32.const
		b = appendS32(b, int32(s.offset))
		b = append(b, 0x0b) // end
		b = appendU32(b, uint32(len(s.data)))
		b = append(b, s.data...)
	}
	return b
}

// reader reads a module's bytes; its first error sticks, and every read
// after it returns zero.
type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%s at byte %d", what, r.pos)
	}
}

func (r *reader) byte() byte {
	if r.err != nil || r.pos >= len(r.b) {
		r.fail("unexpected end")
		return 0
	}
	r.pos++
	return r.b[r.pos-1]
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n > len(r.b)-r.pos {
		r.fail("unexpected end")
		return nil
	}
	r.pos += n
	return r.b[r.pos-n : r.pos]
}

// u32 reads an unsigned LEB128 number of at most 32 bits (LEB128 unsigned
// is encoding/binary's uvarint).
func (r *reader) u32() uint32 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.pos:])
	switch {
	case n == 0:
		r.fail("unexpected end")
		return 0
	case n < 0 || n > 5:
		r.fail("number too long")
		return 0
	case v > 1<<32-1:
		r.fail("number too large")
		return 0
	}
	r.pos += n
	return uint32(v)
}

// s32 reads a signed LEB128 number of at most 32 bits.
func (r *reader) s32() int32 {
	var v int64
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		v |= int64(c&0x7f) << shift
		if c < 0x80 {
			if c&0x40 != 0 {
				v -= 1 << (shift + 7) // sign-extend
			}
			if v < -1<<31 || v > 1<<31-1 {
				r.fail("number too large")
			}
			return int32(v)
		}
	}
	r.fail("number too long")
	return 0
}

// appendU32 appends v as unsigned LEB128.
func appendU32(b []byte, v uint32) []byte { return binary.AppendUvarint(b, uint64(v)) }

// appendS32 appends v as signed LEB128.
func appendS32(b []byte, v int32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
