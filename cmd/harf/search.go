package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/internal/offsets"
)

func runSearch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("search", "(--query NAME ... | --names FILE) [flags] [FILE ...]",
		`Finds names and words in Arabic text however they are spelled: diacritics, hamza and
alef forms, ى/ي, typos, clitics, glued words, or the name typed in Latin letters.
Writes one match a line, in input order: JSONL (default)
  {"doc": ID or FILE, "query": ..., "start": ..., "end": ..., "text": ..., "distance": ..., "score": ...}
or CSV or TSV with a header row. start and end are offsets into the document as
given (the JSON-decoded --field with --input jsonl), in code points by default:
Python's text[start:end] is the match; --offsets utf16 for JavaScript's
text.slice(start, end), --offsets byte for UTF-8 bytes.

Exit status: 0 when something matched, 1 when nothing did, 2 on any error.

`+inputHelp,
		`harf search --query "هيثم بن طارق" --query Mekdad article.txt
harf search --names watchlist.txt articles/*.txt
harf search --names watchlist.txt --input jsonl --id url --format csv news.jsonl > hits.csv
harf search --query المقداد --whole-words --max-distance 0 --offsets utf16 article.txt
cat news.jsonl | harf search --input jsonl --query سلمى --limit 1 --format tsv`)
	in := addInputFlags(fs)
	nf := addNormalizeFlags(fs, "for the text and the queries")
	var queries listFlag
	fs.Var(&queries, "query", "a `NAME` or word to find; repeat for several (e.g. --query \"سلمى إبراهيم\" --query Haddad)")
	names := fs.String("names", "", "a `FILE` of names to find, one a line, as well as any --query (e.g. --names watchlist.txt)")
	maxDistance := fs.Int("max-distance", -1, "the most edits a match may differ from its query by, `N` >= 0;\n-1 chooses it from each query's length (e.g. --max-distance 1)")
	wholeWords := fs.Bool("whole-words", false, "match whole words only: no query glued to a longer word (e.g. --whole-words)")
	clitics := fs.Bool("clitics", true, "let و ف ب ك ل and ال stand before a word (e.g. --clitics=false)")
	crossScript := fs.Bool("cross-script", true, "let a query in Latin letters find the Arabic spelling (e.g. --cross-script=false)")
	limit := fs.Int("limit", 0, "at most `N` matches per document; 0 means no limit (e.g. --limit 10)")
	format := fs.String("format", "jsonl", "the output `FORMAT`: jsonl, csv or tsv (e.g. --format csv)")
	unitName := fs.String("offsets", "codepoint", "the `UNIT` of start and end: codepoint, utf16 or byte (e.g. --offsets utf16)")
	if status, ok := parse(fs, args, stdout, stderr); !ok {
		return status
	}
	opts := fuzzy.DefaultOptions()
	var err error
	opts.Normalize, err = nf.resolve()
	if err == nil {
		err = in.check(fs)
	}
	unit, uerr := offsets.ParseUnit(*unitName)
	if err == nil && uerr != nil {
		err = fmt.Errorf("--offsets: %w", uerr)
	}
	if err == nil && *format != "jsonl" && *format != "csv" && *format != "tsv" {
		err = fmt.Errorf("unknown --format %q (known: jsonl, csv, tsv)", *format)
	}
	if err == nil && *maxDistance < -1 {
		err = fmt.Errorf("--max-distance must be a non-negative integer, not %d", *maxDistance)
	}
	if err == nil && *limit < 0 {
		err = fmt.Errorf("--limit must be 0 (no limit) or more, not %d", *limit)
	}
	if err == nil && *names != "" {
		var list []string
		list, err = readNames(*names)
		if err != nil {
			err = fmt.Errorf("--names: %w", err)
		}
		queries = append(queries, list...)
	}
	if err == nil && len(queries) == 0 {
		err = errors.New("nothing to search for: give --query NAME or --names FILE")
	}
	if err != nil {
		return usageError(fs, stderr, err)
	}
	opts.MaxDistance, opts.WholeWords, opts.Clitics, opts.CrossScript, opts.Limit =
		*maxDistance, *wholeWords, *clitics, *crossScript, *limit
	matcher, err := fuzzy.NewMatcher(queries, opts) // prepared once for every document
	if err != nil {
		return usageError(fs, stderr, err)
	}
	w := matchWriter{format: *format, unit: unit, queries: queries}
	if _, err := io.WriteString(stdout, w.header()); err != nil {
		fmt.Fprintf(stderr, "harf search: %v\n", err)
		return exitError
	}
	matched, failed := stream(in, fs.files, stdin, stdout, stderr, func(d *document, buf []byte) ([]byte, bool, error) {
		ms := matcher.Find(d.text)
		return w.append(buf, d, ms), len(ms) > 0, nil
	})
	switch {
	case failed:
		return exitError
	case matched:
		return exitOK
	}
	return exitNoMatch
}

// matchWriter formats matches as JSONL, CSV or TSV.
type matchWriter struct {
	format  string
	unit    offsets.Unit
	queries []string
}

var matchColumns = []string{"doc", "query", "start", "end", "text", "distance", "score"}

func (w *matchWriter) header() string {
	switch w.format {
	case "csv":
		return strings.Join(matchColumns, ",") + "\n"
	case "tsv":
		return strings.Join(matchColumns, "\t") + "\n"
	}
	return ""
}

// append appends the document's matches to buf, offsets in w.unit.
func (w *matchWriter) append(buf []byte, d *document, ms []fuzzy.Match) []byte {
	if len(ms) == 0 {
		return buf
	}
	conv := offsets.New(d.text, w.unit)
	name := d.name()
	var cw *csv.Writer
	var cbuf *bytes.Buffer
	if w.format != "jsonl" {
		name = []byte(plainName(name))
	}
	if w.format == "csv" {
		cbuf = bytes.NewBuffer(buf)
		cw = csv.NewWriter(cbuf)
	}
	for _, m := range ms {
		start, end := conv.Offset(m.Start), conv.Offset(m.End)
		switch w.format {
		case "jsonl":
			buf = append(buf, `{"doc":`...)
			buf = append(buf, name...)
			buf = append(buf, `,"query":`...)
			buf = appendJSONString(buf, w.queries[m.Query])
			buf = append(buf, `,"start":`...)
			buf = strconv.AppendInt(buf, int64(start), 10)
			buf = append(buf, `,"end":`...)
			buf = strconv.AppendInt(buf, int64(end), 10)
			buf = append(buf, `,"text":`...)
			buf = appendJSONString(buf, m.Text)
			buf = append(buf, `,"distance":`...)
			buf = strconv.AppendInt(buf, int64(m.Distance), 10)
			buf = append(buf, `,"score":`...)
			buf = appendJSONFloat(buf, m.Score)
			buf = append(buf, "}\n"...)
		case "csv":
			cw.Write([]string{string(name), w.queries[m.Query], strconv.Itoa(start), strconv.Itoa(end),
				m.Text, strconv.Itoa(m.Distance), string(appendJSONFloat(nil, m.Score))})
		case "tsv":
			for i, f := range []string{string(name), w.queries[m.Query], strconv.Itoa(start), strconv.Itoa(end),
				m.Text, strconv.Itoa(m.Distance), string(appendJSONFloat(nil, m.Score))} {
				if i > 0 {
					buf = append(buf, '\t')
				}
				buf = append(buf, tsvEscaper.Replace(f)...)
			}
			buf = append(buf, '\n')
		}
	}
	if cw != nil {
		cw.Flush() // writes to a bytes.Buffer: cannot fail
		buf = cbuf.Bytes()
	}
	return buf
}

// tsvEscaper keeps every TSV field on its line and in its column, with the
// escapes of PostgreSQL's text format and of Python's csv "excel-tab" readers
// that unescape: \t \n \r \\.
var tsvEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// plainName is a document name for CSV and TSV: a JSON string unquoted,
// anything else (a number) as written.
func plainName(name []byte) string {
	var s string
	if len(name) > 0 && name[0] == '"' && json.Unmarshal(name, &s) == nil {
		return s
	}
	return string(name)
}
