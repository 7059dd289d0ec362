//go:build js && wasm

package jsapi

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"syscall/js"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/wasm/jsvalue"
)

// searchKeys are the options of search and searchAll besides normalization.
var searchKeys = []string{"maxDistance", "clitics", "crossScript", "wholeWords", "limit"}

// searchOptions reads argument i of search or searchAll.
func searchOptions(args []js.Value, i int) (fuzzy.Options, error) {
	o := fuzzy.DefaultOptions()
	co, err := argOptions(args, i, searchKeys...)
	if err != nil {
		return o, err
	}
	o.Normalize = co.Normalize
	if v, ok := co.Extra["maxDistance"]; ok {
		if o.MaxDistance, err = nonNegativeInt("maxDistance", v); err != nil {
			return o, err
		}
	}
	if v, ok := co.Extra["limit"]; ok {
		if o.Limit, err = nonNegativeInt("limit", v); err != nil {
			return o, err
		}
	}
	for key, dst := range map[string]*bool{"clitics": &o.Clitics, "crossScript": &o.CrossScript, "wholeWords": &o.WholeWords} {
		if v, ok := co.Extra[key]; ok {
			if jsvalue.Type(v) != js.TypeBoolean {
				return o, errors.New("option " + strconv.Quote(key) + " must be a boolean, got " + jsvalue.TypeName(v))
			}
			*dst = v.Bool()
		}
	}
	return o, nil
}

// nonNegativeInt reads an option that must be a whole number from 0 up.
func nonNegativeInt(key string, v js.Value) (int, error) {
	if jsvalue.Type(v) != js.TypeNumber {
		return 0, errors.New("option " + strconv.Quote(key) + " must be a non-negative integer, got " + jsvalue.TypeName(v))
	}
	f := v.Float()
	if f < 0 || f != math.Trunc(f) || f > math.MaxInt32 {
		return 0, errors.New("option " + strconv.Quote(key) + " must be a non-negative integer, got " + strconv.FormatFloat(f, 'g', -1, 64))
	}
	return int(f), nil
}

// apiDistance is harf.distance(a, b, options?): the Levenshtein distance of
// the normalized strings.
func apiDistance(args []js.Value) (any, error) {
	a, b, co, err := pairArgs(args)
	if err != nil {
		return nil, err
	}
	return fuzzy.Distance(a, b, co.Normalize), nil
}

// apiSimilarity is harf.similarity(a, b, options?), in [0, 1].
func apiSimilarity(args []js.Value) (any, error) {
	a, b, co, err := pairArgs(args)
	if err != nil {
		return nil, err
	}
	return fuzzy.Similarity(a, b, co.Normalize), nil
}

func pairArgs(args []js.Value) (a, b string, co callOptions, err error) {
	if a, err = argString(args, 0, "a"); err != nil {
		return
	}
	if b, err = argString(args, 1, "b"); err != nil {
		return
	}
	co, err = argOptions(args, 2)
	return
}

// apiSearch is harf.search(text, query, options?): [{start, end, text,
// distance, score}] in text order, UTF-16 offsets into text.
func apiSearch(args []js.Value) (any, error) {
	text, err := argString(args, 0, "text")
	if err != nil {
		return nil, err
	}
	query, err := argString(args, 1, "query")
	if err != nil {
		return nil, err
	}
	o, err := searchOptions(args, 2)
	if err != nil {
		return nil, err
	}
	ms, err := fuzzy.Search(text, query, o)
	if err != nil {
		return nil, err
	}
	return matchesJSON(text, ms, nil), nil
}

// apiSearchAll is harf.searchAll(text, queries, options?): [{query, start,
// end, text, distance, score}] in text order, ties in query order.
func apiSearchAll(args []js.Value) (any, error) {
	text, err := argString(args, 0, "text")
	if err != nil {
		return nil, err
	}
	queries, err := argStrings(args, 1, "queries")
	if err != nil {
		return nil, err
	}
	o, err := searchOptions(args, 2)
	if err != nil {
		return nil, err
	}
	m, err := lastMatcher.get(queries, o)
	if err != nil {
		return nil, err
	}
	return matchesJSON(text, m.Find(text), queries), nil
}

// lastMatcher keeps the Matcher of the last searchAll call: a page or a
// script searches many texts (or the same text as it is edited) for one
// list of names, and a Matcher prepared once also remembers what the words
// it has seen hit. JS calls are single-threaded, so it needs no lock.
var lastMatcher matcherCache

// matcherCache holds one prepared Matcher and what it was prepared for.
type matcherCache struct {
	queries []string
	opts    fuzzy.Options
	m       *fuzzy.Matcher
}

// get returns a Matcher for queries and o, the kept one when they are the
// same as last time.
func (c *matcherCache) get(queries []string, o fuzzy.Options) (*fuzzy.Matcher, error) {
	if c.m != nil && c.opts == o && slices.Equal(c.queries, queries) {
		return c.m, nil
	}
	m, err := fuzzy.NewMatcher(queries, o)
	if err != nil {
		return nil, err
	}
	c.queries, c.opts, c.m = queries, o, m
	return m, nil
}

// argStrings reads argument i as an array of strings.
func argStrings(args []js.Value, i int, name string) ([]string, error) {
	v := arg(args, i)
	if !js.Global().Get("Array").Call("isArray", v).Bool() {
		return nil, errors.New(name + " must be an array of strings, got " + jsvalue.TypeName(v))
	}
	out := make([]string, v.Length())
	for k := range out {
		e := v.Index(k)
		if jsvalue.Type(e) != js.TypeString {
			return nil, errors.New(name + "[" + strconv.Itoa(k) + "] must be a string, got " + jsvalue.TypeName(e))
		}
		out[k] = e.String()
	}
	return out, nil
}

// matchesJSON returns the matches as JS objects with UTF-16 spans; with
// queries, each also names its query.
func matchesJSON(text string, ms []fuzzy.Match, queries []string) js.Value {
	idx := jsvalue.NewUTF16Index(text) // matches are in text order: one walk
	b := make([]byte, 0, 96*len(ms)+2)
	b = append(b, '[')
	for i, m := range ms {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		if queries != nil {
			b = append(b, `"query":`...)
			b = jsvalue.AppendJSONString(b, queries[m.Query])
			b = append(b, ',')
		}
		b = append(b, `"start":`...)
		b = strconv.AppendInt(b, int64(idx.Offset(m.Start)), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(idx.Offset(m.End)), 10)
		b = append(b, `,"text":`...)
		b = jsvalue.AppendJSONString(b, m.Text)
		b = append(b, `,"distance":`...)
		b = strconv.AppendInt(b, int64(m.Distance), 10)
		b = append(b, `,"score":`...)
		b = strconv.AppendFloat(b, m.Score, 'g', 6, 64)
		b = append(b, '}')
	}
	b = append(b, ']')
	return jsvalue.JSONParse(b)
}

// apiAnalyze is harf.analyze(text, options?): {characters, words,
// arabicWords, uniqueWords, topWords, variants}.
func apiAnalyze(args []js.Value) (any, error) {
	text, err := argString(args, 0, "text")
	if err != nil {
		return nil, err
	}
	co, err := argOptions(args, 1)
	if err != nil {
		return nil, err
	}
	a := fuzzy.Analyze(text, co.Normalize)
	var spans []int
	for _, g := range a.Variants {
		for _, f := range g.Forms {
			for _, s := range f.Spans {
				spans = append(spans, s[0], s[1])
			}
		}
	}
	u16 := jsvalue.UTF16Offsets(text, spans)
	b := make([]byte, 0, 256+32*len(spans))
	b = append(b, `{"characters":`...)
	b = strconv.AppendInt(b, int64(a.Characters), 10)
	b = append(b, `,"words":`...)
	b = strconv.AppendInt(b, int64(a.Words), 10)
	b = append(b, `,"arabicWords":`...)
	b = strconv.AppendInt(b, int64(a.ArabicWords), 10)
	b = append(b, `,"uniqueWords":`...)
	b = strconv.AppendInt(b, int64(a.UniqueWords), 10)
	b = append(b, `,"topWords":[`...)
	for i, w := range a.TopWords {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"word":`...)
		b = jsvalue.AppendJSONString(b, w.Word)
		b = append(b, `,"count":`...)
		b = strconv.AppendInt(b, int64(w.Count), 10)
		b = append(b, '}')
	}
	b = append(b, `],"variants":[`...)
	k := 0
	for i, g := range a.Variants {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"key":`...)
		b = jsvalue.AppendJSONString(b, g.Key)
		b = append(b, `,"forms":[`...)
		for j, f := range g.Forms {
			if j > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"text":`...)
			b = jsvalue.AppendJSONString(b, f.Text)
			b = append(b, `,"count":`...)
			b = strconv.AppendInt(b, int64(f.Count), 10)
			b = append(b, `,"spans":[`...)
			for s := range f.Spans {
				if s > 0 {
					b = append(b, ',')
				}
				b = append(b, '[')
				b = strconv.AppendInt(b, int64(u16[k]), 10)
				b = append(b, ',')
				b = strconv.AppendInt(b, int64(u16[k+1]), 10)
				b = append(b, ']')
				k += 2
			}
			b = append(b, "]}"...)
		}
		b = append(b, "]}"...)
	}
	b = append(b, "]}"...)
	return jsvalue.JSONParse(b), nil
}
