package main

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/internal/offsets"
)

func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("analyze", "[flags] [FILE ...]",
		`Describes each document on one JSON line, as harf.analyze does in JavaScript:
  {"doc", "characters", "words", "arabicWords", "uniqueWords",
   "topWords": [{"word", "count"}],
   "variants": [{"key", "forms": [{"text", "count", "spans": [[start, end], ...]}]}]}
characters counts code points; spans are offsets into the document in --offsets units.

`+inputHelp,
		`harf analyze article.txt
harf analyze --preset aggressive --offsets utf16 --input jsonl --id url news.jsonl`)
	in := addInputFlags(fs)
	nf := addNormalizeFlags(fs, "that decides which words are the same")
	unitName := fs.String("offsets", "codepoint", "the `UNIT` of the variants' spans: codepoint, utf16 or byte (e.g. --offsets byte)")
	if status, ok := parse(fs, args, stdout, stderr); !ok {
		return status
	}
	opts, err := nf.resolve()
	if err == nil {
		err = in.check(fs)
	}
	unit, uerr := offsets.ParseUnit(*unitName)
	if err == nil && uerr != nil {
		err = uerr
	}
	if err != nil {
		return usageError(fs, stderr, err)
	}
	_, failed := stream(in, fs.files, stdin, stdout, stderr, func(d *document, buf []byte) ([]byte, bool, error) {
		return appendAnalysis(buf, d, fuzzy.Analyze(d.text, opts), unit)
	})
	if failed {
		return exitError
	}
	return exitOK
}

// The JSON of one analysis, with the field names of the JavaScript API.
type (
	analysisJSON struct {
		Doc         json.RawMessage `json:"doc"`
		Characters  int             `json:"characters"`
		Words       int             `json:"words"`
		ArabicWords int             `json:"arabicWords"`
		UniqueWords int             `json:"uniqueWords"`
		TopWords    []wordCountJSON `json:"topWords"`
		Variants    []variantJSON   `json:"variants"`
	}
	wordCountJSON struct {
		Word  string `json:"word"`
		Count int    `json:"count"`
	}
	variantJSON struct {
		Key   string     `json:"key"`
		Forms []formJSON `json:"forms"`
	}
	formJSON struct {
		Text  string   `json:"text"`
		Count int      `json:"count"`
		Spans [][2]int `json:"spans"`
	}
)

// appendAnalysis appends a's JSON line, its spans converted to unit.
func appendAnalysis(buf []byte, d *document, a fuzzy.Analysis, unit offsets.Unit) ([]byte, bool, error) {
	out := analysisJSON{Doc: d.name(), Characters: a.Characters, Words: a.Words, ArabicWords: a.ArabicWords,
		UniqueWords: a.UniqueWords, TopWords: []wordCountJSON{}, Variants: []variantJSON{}}
	for _, w := range a.TopWords {
		out.TopWords = append(out.TopWords, wordCountJSON{w.Word, w.Count})
	}
	var offs []int // every span's ends, converted in one walk
	for _, g := range a.Variants {
		for _, f := range g.Forms {
			for _, s := range f.Spans {
				offs = append(offs, s[0], s[1])
			}
		}
	}
	offsets.Convert(d.text, unit, offs)
	for _, g := range a.Variants {
		v := variantJSON{Key: g.Key}
		for _, f := range g.Forms {
			spans := make([][2]int, len(f.Spans))
			for i := range spans {
				spans[i] = [2]int{offs[0], offs[1]}
				offs = offs[2:]
			}
			v.Forms = append(v.Forms, formJSON{f.Text, f.Count, spans})
		}
		out.Variants = append(out.Variants, v)
	}
	w := bytes.NewBuffer(buf)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // data, not HTML: < > & stay as they are
	if err := enc.Encode(out); err != nil {
		return nil, false, err
	}
	return w.Bytes(), false, nil
}
