package page

import (
	"errors"
	"math"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/arabic/translit"
)

// work flags say which stages of the update must run again.
type work uint8

const (
	workText   work = 1 << iota // the article changed: read it again
	workClean                   // normalize: cleaned text and what changed
	workSearch                  // search: matches, names, highlights
	workRoman                   // transliterate
	workCounts                  // analyze: counts and variants
	workAll    = workText | workClean | workSearch | workRoman | workCounts
)

// The page's worker (page_worker.go) runs the heavy calls of an update off
// the main thread, in a second instance of the same harf.wasm. A request
// and each stage's result cross between the two as bytes in this format:
// both ends are this package, so it needs no schema, only to stay
// symmetric (wire_test.go round-trips every message).

// job is what one update asks of the engine: the article and, for each
// stage it runs, that stage's settings as the controls had them.
type job struct {
	seq    int
	stages work
	text   string

	clean   normalize.Options // workClean
	queries []string          // workSearch
	search  fuzzy.Options     // workSearch
	scheme  string            // workRoman
	counts  normalize.Options // workCounts

	// searchErr is why the search options are unusable; the search stage
	// then reports it instead of searching.
	searchErr string
}

// stageOrder is the order in which an update runs its stages.
var stageOrder = []work{workClean, workSearch, workRoman, workCounts}

// run performs the stages of j, in stageOrder, and hands each result to
// post as soon as it is ready; it stops early when post returns false (the
// job was cancelled). It is what the worker does with a job, and what the
// page does itself for short texts or when there is no worker.
func (j *job) run(post func(outcome) bool) {
	for _, st := range stageOrder {
		if j.stages&st == 0 {
			continue
		}
		o := outcome{seq: j.seq, stage: st}
		start := now()
		func() {
			defer func() {
				if r := recover(); r != nil {
					o.err = "Something went wrong: " + panicMessage(r)
				}
			}()
			j.runStage(&o)
		}()
		o.ms = math.Round((now()-start)*1000) / 1000
		if !post(o) {
			return
		}
	}
}

// runStage computes one stage into o.
func (j *job) runStage(o *outcome) {
	switch o.stage {
	case workClean:
		o.clean = *normalize.For(j.clean).Normalize(j.text)
	case workSearch:
		if j.searchErr != "" {
			o.err = j.searchErr
			return
		}
		if len(j.queries) == 0 || j.text == "" {
			return
		}
		ms, err := fuzzy.SearchAll(j.text, j.queries, j.search)
		if err != nil {
			o.err = err.Error()
			return
		}
		o.matches = ms
	case workRoman:
		s, err := translit.Lookup(j.scheme)
		if err != nil {
			o.err = err.Error()
			return
		}
		o.roman, o.romanID = s.Transliterate(j.text), s.ID
	case workCounts:
		o.counts = fuzzy.Analyze(j.text, j.counts)
	}
}

// panicMessage describes a recovered panic without fmt.
func panicMessage(r any) string {
	switch v := r.(type) {
	case error:
		return "internal error: " + v.Error()
	case string:
		return "internal error: " + v
	}
	return "internal error"
}

// outcome is one stage's result.
type outcome struct {
	seq   int
	stage work
	err   string  // the stage failed: its message
	ms    float64 // how long the stage took, where it ran

	clean   normalize.Result // workClean (Text and Changes)
	matches []fuzzy.Match    // workSearch
	roman   string           // workRoman: the text
	romanID string           // workRoman: the scheme
	counts  fuzzy.Analysis   // workCounts
}

// writer appends values to a byte slice.
type writer struct{ b []byte }

// int writes n zigzag-encoded as a base-128 varint (as encoding/binary
// does; that package would link reflect into harf.wasm). The reading and
// writing of ints and strings are not inlined: inlined at each of their
// many calls they would add about 40 KB to harf.wasm.
//
//go:noinline
func (w *writer) int(n int) {
	u := uint64(n<<1) ^ uint64(n>>63)
	for u >= 0x80 {
		w.b = append(w.b, byte(u)|0x80)
		u >>= 7
	}
	w.b = append(w.b, byte(u))
}

//go:noinline
func (w *writer) str(s string) { w.int(len(s)); w.b = append(w.b, s...) }
func (w *writer) float(f float64) {
	u := math.Float64bits(f)
	for i := 0; i < 8; i++ {
		w.b = append(w.b, byte(u>>(8*i)))
	}
}

func (w *writer) bool(b bool) {
	if b {
		w.int(1)
	} else {
		w.int(0)
	}
}
func (w *writer) strs(ss []string) {
	w.int(len(ss))
	for _, s := range ss {
		w.str(s)
	}
}
func (w *writer) opts(o normalize.Options) { w.strs(o.Enabled()) }

// reader reads what writer wrote; the first error sticks.
type reader struct {
	b   []byte
	err error
	// seen interns short strings: a long article's changes repeat a few
	// rules and letters tens of thousands of times.
	seen map[string]string
}

var errShort = errors.New("page worker: a message is cut short")

//go:noinline
func (r *reader) int() int {
	var u uint64
	for shift := 0; ; shift += 7 {
		if len(r.b) == 0 || shift > 63 {
			r.fail()
			return 0
		}
		c := r.b[0]
		r.b = r.b[1:]
		u |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	return int(int64(u>>1) ^ -int64(u&1))
}

// count reads a length, which must fit in what is left of the message.
func (r *reader) count() int {
	n := r.int()
	if n < 0 || n > len(r.b) {
		r.fail()
		return 0
	}
	return n
}

//go:noinline
func (r *reader) str() string {
	n := r.count()
	b := r.b[:n]
	r.b = r.b[n:]
	if n > 32 {
		return string(b)
	}
	if s, ok := r.seen[string(b)]; ok { // no allocation for the lookup
		return s
	}
	if r.seen == nil {
		r.seen = map[string]string{}
	}
	s := string(b)
	r.seen[s] = s
	return s
}

func (r *reader) float() float64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	var u uint64
	for i := 0; i < 8; i++ {
		u |= uint64(r.b[i]) << (8 * i)
	}
	f := math.Float64frombits(u)
	r.b = r.b[8:]
	return f
}

func (r *reader) bool() bool { return r.int() != 0 }

func (r *reader) strs() []string {
	ss := make([]string, r.count())
	for i := range ss {
		ss[i] = r.str()
	}
	return ss
}

func (r *reader) opts() normalize.Options {
	var o normalize.Options
	for _, id := range r.strs() {
		if err := o.Set(id, true); err != nil {
			r.err = err
		}
	}
	return o
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errShort
	}
	r.b = nil
}

// encode writes j.
func (j *job) encode() []byte {
	w := &writer{}
	w.int(j.seq)
	w.int(int(j.stages))
	w.str(j.text)
	w.opts(j.clean)
	w.strs(j.queries)
	w.opts(j.search.Normalize)
	w.int(j.search.MaxDistance)
	w.bool(j.search.Clitics)
	w.bool(j.search.CrossScript)
	w.bool(j.search.WholeWords)
	w.int(j.search.Limit)
	w.str(j.scheme)
	w.opts(j.counts)
	w.str(j.searchErr)
	return w.b
}

// decodeJob reads what encode wrote.
func decodeJob(b []byte) (job, error) {
	r := &reader{b: b}
	var j job
	j.seq = r.int()
	j.stages = work(r.int())
	j.text = r.str()
	j.clean = r.opts()
	j.queries = r.strs()
	j.search.Normalize = r.opts()
	j.search.MaxDistance = r.int()
	j.search.Clitics = r.bool()
	j.search.CrossScript = r.bool()
	j.search.WholeWords = r.bool()
	j.search.Limit = r.int()
	j.scheme = r.str()
	j.counts = r.opts()
	j.searchErr = r.str()
	return j, r.err
}

// encode writes o.
func (o *outcome) encode() []byte {
	w := &writer{}
	w.int(o.seq)
	w.int(int(o.stage))
	w.str(o.err)
	w.float(o.ms)
	switch o.stage {
	case workClean:
		w.str(o.clean.Text)
		w.int(len(o.clean.Changes))
		for _, c := range o.clean.Changes {
			w.int(c.Start)
			w.int(c.End)
			w.str(c.From)
			w.str(c.To)
			w.str(c.Rule)
			w.int(c.OutStart)
		}
	case workSearch:
		w.int(len(o.matches))
		for _, m := range o.matches {
			w.int(m.Query)
			w.int(m.Start)
			w.int(m.End)
			w.str(m.Text)
			w.int(m.Distance)
			w.float(m.Score)
		}
	case workRoman:
		w.str(o.roman)
		w.str(o.romanID)
	case workCounts:
		a := &o.counts
		w.int(a.Characters)
		w.int(a.Words)
		w.int(a.ArabicWords)
		w.int(a.UniqueWords)
		w.int(len(a.TopWords))
		for _, t := range a.TopWords {
			w.str(t.Word)
			w.int(t.Count)
		}
		w.int(len(a.Variants))
		for _, g := range a.Variants {
			w.str(g.Key)
			w.int(len(g.Forms))
			for _, f := range g.Forms {
				w.str(f.Text)
				w.int(f.Count)
				w.int(len(f.Spans))
				for _, s := range f.Spans {
					w.int(s[0])
					w.int(s[1])
				}
			}
		}
	}
	return w.b
}

// decodeOutcome reads what encode wrote; the input of a clean result is
// text, the article the job was for.
func decodeOutcome(b []byte, text string) (outcome, error) {
	r := &reader{b: b}
	var o outcome
	o.seq = r.int()
	o.stage = work(r.int())
	o.err = r.str()
	o.ms = r.float()
	switch o.stage {
	case workClean:
		o.clean.Input = text
		o.clean.Text = r.str()
		o.clean.Changes = make([]normalize.Change, r.count())
		for i := range o.clean.Changes {
			c := &o.clean.Changes[i]
			c.Start, c.End = r.int(), r.int()
			c.From, c.To, c.Rule = r.str(), r.str(), r.str()
			c.OutStart = r.int()
		}
	case workSearch:
		if n := r.count(); n > 0 {
			o.matches = make([]fuzzy.Match, n)
		}
		for i := range o.matches {
			m := &o.matches[i]
			m.Query, m.Start, m.End = r.int(), r.int(), r.int()
			m.Text = r.str()
			m.Distance = r.int()
			m.Score = r.float()
		}
	case workRoman:
		o.roman, o.romanID = r.str(), r.str()
	case workCounts:
		a := &o.counts
		a.Characters, a.Words, a.ArabicWords, a.UniqueWords = r.int(), r.int(), r.int(), r.int()
		if n := r.count(); n > 0 {
			a.TopWords = make([]fuzzy.WordCount, n)
		}
		for i := range a.TopWords {
			a.TopWords[i] = fuzzy.WordCount{Word: r.str(), Count: r.int()}
		}
		if n := r.count(); n > 0 {
			a.Variants = make([]fuzzy.VariantGroup, n)
		}
		for i := range a.Variants {
			g := &a.Variants[i]
			g.Key = r.str()
			g.Forms = make([]fuzzy.VariantForm, r.count())
			for k := range g.Forms {
				f := &g.Forms[k]
				f.Text, f.Count = r.str(), r.int()
				f.Spans = make([][2]int, r.count())
				for s := range f.Spans {
					f.Spans[s] = [2]int{r.int(), r.int()}
				}
			}
		}
	default:
		r.err = errors.New("page worker: a result of no known stage")
	}
	return o, r.err
}
