package translit

import (
	"sync"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/letters"
)

// rules are a romanization's choices where DIN 31635, ALA-LC and the chat
// alphabet differ. Everything else is the same code reading the letters
// table.
type rules struct {
	// The article ال, written pre + l + post: at the start of a word; after
	// a proclitic when Arabic writes the article's alef (وال، بال); and after
	// li- where Arabic drops it (لل).
	initial, afterClitic, elided articleForm
	// cliticSep joins a proclitic to a word without the article (ALA-LC
	// rule 16(b): wa-aḍāf).
	cliticSep string
	// assimilate writes the article's l as the sun letter that follows
	// (DIN 31635: aš-šams, wa-š-šams).
	assimilate bool
	// longShadda: a short vowel before its own long-vowel letter under
	// shadda is long and the letter is written once (ALA-LC rule 11: ُوّ ūw,
	// medial ِيّ īy, final ِيّ ī). Without it the letter is doubled (DIN:
	// uww, iyy).
	longShadda bool
	// prime separates two letters whose values would read as a digraph
	// (ALA-LC rule 21: أدهم adʹhm, not the dh of ذ).
	prime bool
}

type articleForm struct{ pre, post string }

var (
	// DIN 31635: al-qamar, aš-šams; wa-l-qamar, wa-š-šams; li-l-.
	dinRules = rules{
		initial:     articleForm{"a", "-"},
		afterClitic: articleForm{"-", "-"},
		elided:      articleForm{"-", "-"},
		cliticSep:   "-",
		assimilate:  true,
	}
	// ALA-LC rule 17: al- whatever follows; bi-al-, wa-al-; lil-.
	alaRules = rules{
		initial:     articleForm{"a", "-"},
		afterClitic: articleForm{"-a", "-"},
		elided:      articleForm{"", "-"},
		cliticSep:   "-",
		longShadda:  true,
		prime:       true,
	}
	// Chat: al-, wal-, bil-, lil-, wa-a...
	arabiziRules = rules{
		initial:     articleForm{"a", "-"},
		afterClitic: articleForm{"", "-"},
		elided:      articleForm{"", "-"},
		cliticSep:   "-",
	}
)

// prime is ALA-LC's separator of letters that would read as a digraph.
const prime = "\u02B9"

// digraphs[c][a][b] is true when the bytes a b are the value of one letter
// in column c (th, kh, dh, sh, gh ...).
var digraphs [letters.NumColumns]*[utf8.RuneSelf][utf8.RuneSelf]bool

func buildDigraphs() {
	for c := range digraphs {
		d := new([utf8.RuneSelf][utf8.RuneSelf]bool)
		for _, g := range glyphs[c] {
			if g.sound == letters.Consonant && len(g.tr) == 2 && g.tr[0] < utf8.RuneSelf && g.tr[1] < utf8.RuneSelf {
				d[g.tr[0]][g.tr[1]] = true
			}
		}
		digraphs[c] = d
	}
}

// cluster is one letter of a word with the signs written on it.
// It holds no pointers, so that filling a slice of them costs no write
// barriers.
type cluster struct {
	col    letters.Column
	idx    uint16 // 1 + the code point's offset in the Arabic block; 0 if the column does not know it
	from   int32  // the letter as written, for code points passed through: w[from:to]
	to     int32
	vowel  letters.Sound
	shadda bool
	sukun  bool
	dagger bool
	// extras are the marks no rule reads (Quranic marks, hamza above ...),
	// passed through after the letter: ext[extFrom:extTo].
	extFrom, extTo int32
	done           bool // written by the letter before as its long vowel
	single         bool // written once although it has a shadda
	long           bool // written as a long vowel
}

type romanizer struct {
	w     string // the word being romanized
	col   letters.Column
	rules *rules
	cl    []cluster
	ext   []byte
}

var romanizers sync.Pool

func (s *Scheme) appendRomanized(dst []byte, src string) []byte {
	z, _ := romanizers.Get().(*romanizer)
	if z == nil {
		z = &romanizer{}
	}
	z.col, z.rules = s.col, s.rom
	for i := 0; i < len(src); {
		b := src[i]
		if b < utf8.RuneSelf {
			dst = append(dst, b)
			i++
			continue
		}
		r, size := decode(src, i)
		if !inWord(r) {
			dst = appendOther(dst, r, size == 1)
			i += size
			continue
		}
		j := i + size
		for j < len(src) {
			r, size := decode(src, j)
			if !inWord(r) {
				break
			}
			j += size
		}
		dst = z.word(dst, src[i:j])
		i = j
	}
	romanizers.Put(z)
	return dst
}

// inWord reports whether r belongs to an Arabic word: a letter, a mark or
// tatweel.
func inWord(r rune) bool {
	c := classOf(r)
	return c == letters.Letter || c.IsMark() || c == letters.Tatweel
}

// blockClass is the class of each code point of the Arabic block.
var blockClass [blockHi - blockLo]letters.Class

func classOf(r rune) letters.Class {
	if blockLo <= r && r < blockHi {
		return blockClass[r-blockLo]
	}
	if r < utf8.RuneSelf {
		return letters.Unknown
	}
	return letters.ClassOf(r)
}

// decode is utf8.DecodeRuneInString(s[i:]) with a short way for the
// two-byte code points of the Arabic block (lead bytes D8–DB).
func decode(s string, i int) (rune, int) {
	if i+1 < len(s) {
		if b := s[i]; 0xD8 <= b && b <= 0xDB {
			if c := s[i+1]; c&0xC0 == 0x80 {
				return rune(b&0x1F)<<6 | rune(c&0x3F), 2
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// g returns the table's row for the cluster's letter, nil if the column
// does not know it.
func (c *cluster) g() *glyph {
	if c.idx == 0 {
		return nil
	}
	return &glyphs[c.col][c.idx-1]
}

// index returns the cluster index of r: 0 when the column does not know it.
func (z *romanizer) index(r rune) uint16 {
	if z.glyph(r) == nil {
		return 0
	}
	return uint16(r-blockLo) + 1
}

func (z *romanizer) glyph(r rune) *glyph {
	if blockLo <= r && r < blockHi {
		if g := &glyphs[z.col][r-blockLo]; g.sound != letters.NoSound || g.tr != "" {
			return g
		}
	}
	return nil
}

// parse splits a word into clusters.
func (z *romanizer) parse(w string) []cluster {
	z.w = w
	cl, ext := z.cl[:0], z.ext[:0]
	for i := 0; i < len(w); {
		r, size := decode(w, i)
		from := i
		raw := w[i : i+size]
		i += size
		g := z.glyph(r)
		class := classOf(r)
		switch {
		case class == letters.Tatweel:
			// A stretch of the line: invisible to the rules, so that a sign
			// written on it still belongs to the letter before.
		case class.IsMark() && len(cl) == 0:
			// A mark with no letter to sit on passes through.
			cl = append(cl, cluster{from: int32(from), to: int32(i), extFrom: int32(len(ext)), extTo: int32(len(ext))})
		case g != nil && g.sound.IsSign():
			c := &cl[len(cl)-1]
			switch g.sound {
			case letters.Shadda:
				c.shadda = true
			case letters.Sukun:
				c.sukun = true
			case letters.DaggerAlef:
				c.dagger = true
			default:
				c.vowel = g.sound
			}
		case class.IsMark():
			ext = append(ext, raw...)
			cl[len(cl)-1].extTo = int32(len(ext))
		default:
			cl = append(cl, cluster{col: z.col, idx: z.index(r), from: int32(from), to: int32(i), extFrom: int32(len(ext)), extTo: int32(len(ext))})
		}
	}
	z.cl, z.ext = cl, ext
	return cl
}

// prefix finds what comes before the stem of a word: the article ال,
// alone or after a one-letter proclitic, or a proclitic before a word that
// starts with hamza on alef (وأضاف wa-aḍāf: no Arabic root starts with و
// and such a hamza but the rare وأد). It returns the index of the stem's
// first letter (0 if there is no prefix), whether a proclitic comes first,
// whether the article follows, and whether the article's alef is unwritten
// (لل). The article and the hamza word need two letters or more after
// them: الى is ilá, not al-á, and بأس is bʼs.
func prefix(cl []cluster) (stem int, clitic, art, elided bool) {
	n := len(cl)
	switch {
	case n >= 4 && isArticleAlef(&cl[0]) && isArticleLam(&cl[1]):
		return 2, false, true, false
	case n >= 5 && isClitic(&cl[0]) && isArticleAlef(&cl[1]) && isArticleLam(&cl[2]):
		return 3, true, true, false
	case n >= 4 && isClitic(&cl[0]) && cl[0].g().sound == letters.Lam && isArticleLam(&cl[1]):
		return 2, true, true, true
	case n >= 4 && isClitic(&cl[0]) && isAlefSeat(&cl[1]):
		return 1, true, false, false
	}
	return 0, false, false, false
}

// isAlefSeat: أ إ آ, hamza written on alef.
func isAlefSeat(c *cluster) bool {
	g := c.g()
	return g != nil && (g.sound == letters.HamzaLetter && g.vowel != 0 || g.sound == letters.Madda)
}

func isArticleAlef(c *cluster) bool {
	return c.g() != nil && (c.g().sound == letters.Alef || c.g().sound == letters.AlefWasla) &&
		!c.shadda && (c.vowel == 0 || c.vowel == letters.Fatha)
}

func isArticleLam(c *cluster) bool {
	return c.g() != nil && c.g().sound == letters.Lam && !c.shadda && c.vowel == 0 && !c.dagger
}

func isClitic(c *cluster) bool {
	return c.g() != nil && c.g().traits&letters.Proclitic != 0 && !c.shadda && !c.sukun &&
		(c.vowel == 0 || c.vowel == c.g().vowel)
}

// word romanizes one Arabic word.
func (z *romanizer) word(dst []byte, w string) []byte {
	cl := z.parse(w)
	col, ru := z.col, z.rules
	wordStart := len(dst)
	stem, clitic, art, elided := prefix(cl)
	if clitic {
		c := &cl[0]
		v := c.vowel
		if v == 0 {
			v = c.g().vowel
		}
		dst = append(dst, c.g().tr...)
		dst = append(dst, signs[col][v]...)
		if !art {
			dst = append(dst, ru.cliticSep...)
			dst = append(dst, z.ext[c.extFrom:c.extTo]...)
			wordStart = len(dst)
		}
	}
	if art {
		form := ru.initial
		if clitic {
			form = ru.afterClitic
			if elided {
				form = ru.elided
			}
		}
		l := cl[stem-1].g().tr
		if first := cl[stem].g(); ru.assimilate && first != nil && first.traits&letters.Sun != 0 {
			l = first.tr
		}
		dst = append(dst, form.pre...)
		dst = append(dst, l...)
		dst = append(dst, form.post...)
		for i := range stem {
			dst = append(dst, z.ext[cl[i].extFrom:cl[i].extTo]...)
		}
		// A shadda on the letter after the article is the article's
		// assimilation, already written (or, in ALA-LC, not written).
		cl[stem].single = true
		wordStart = len(dst)
	}
	for i := stem; i < len(cl); i++ {
		c := &cl[i]
		if !c.done {
			dst = z.letter(dst, cl, i, stem, wordStart)
		}
		dst = append(dst, z.ext[c.extFrom:c.extTo]...)
	}
	return dst
}

// letter writes cluster i and its vowel.
func (z *romanizer) letter(dst []byte, cl []cluster, i, stem, wordStart int) []byte {
	c := &cl[i]
	initial := i == stem
	g := c.g()
	if g == nil {
		dst = append(dst, z.w[c.from:c.to]...)
		return z.vowel(dst, cl, i, c.vowel, c.dagger)
	}
	var prev, next *cluster
	if i > 0 {
		prev = &cl[i-1]
	}
	if i+1 < len(cl) {
		next = &cl[i+1]
	}
	vowel := c.vowel
	switch g.sound {
	case letters.HamzaLetter:
		// At the start of a word hamza on a seat is not written (ALA-LC
		// rule 8a, DIN 31635): the word starts with the vowel, written or
		// implied by the seat (أ a, إ i).
		if initial && g.vowel != 0 {
			if vowel == 0 {
				vowel = g.vowel
			}
		} else {
			dst = z.consonant(dst, g.tr, c, wordStart)
		}
	case letters.Madda:
		// آ is ā at the start of a word, ʼā inside it (ALA-LC rule 10).
		if initial {
			dst = append(dst, g.alt...)
		} else {
			dst = append(dst, g.tr...)
		}
		c.long = true
	case letters.Alef:
		c.dagger = false // a superscript alef on an alef adds nothing
		switch {
		case vowel == letters.Fathatan:
			// اً: the alef only carries tanween an.
		case initial:
			// Hamzat al-waṣl: read with its vowel, i unless written.
			if vowel == 0 {
				vowel = g.vowel
			}
		case prev.vowel == letters.Fathatan:
			// ًا: the alef written after tanween an is not read.
		case next == nil && prev.g() != nil && prev.g().sound == letters.Waw:
			// The alef after the plural و (قالوا qālū) is not read
			// (ALA-LC rule 4).
		default:
			dst = append(dst, g.tr...)
			c.long = true
		}
	case letters.AlefWasla:
		// Not read inside a word; at its start read with its vowel
		// (ALA-LC rule 9: i).
		if initial && vowel == 0 {
			vowel = g.vowel
		}
	case letters.AlefMaksura:
		c.dagger = false // عَلَىٰ: the superscript alef only confirms the ā
		if vowel != letters.Fathatan {
			dst = append(dst, g.tr...)
			c.long = true
		}
	case letters.Waw, letters.Yeh:
		if !initial && vowel == 0 && !c.shadda && !c.sukun && !c.dagger && !vocalized(prev, i-1 == stem) &&
			!prev.long && (!beforeAlef(next) || pluralAlef(cl, i)) && !bareSemivowel(next) {
			// Between letters without vowel signs و and ي are read as
			// long ū and ī: unvocalized text gives the long vowels.
			dst = append(dst, g.alt...)
			c.long = true
		} else {
			dst = z.consonant(dst, g.tr, c, wordStart)
		}
	case letters.TehMarbuta:
		// ة is a (DIN) or ah (ALA-LC) at a pause and at before a written
		// vowel; the a is the fatha before it, so a written fatha (or ā)
		// is not repeated.
		v := g.tr
		if vowel != 0 {
			v = g.alt
		}
		if fa := signs[z.col][letters.Fatha]; endsWithA(dst[wordStart:], fa, z.col) && len(v) >= len(fa) && v[:len(fa)] == fa {
			v = v[len(fa):]
		}
		dst = append(dst, v...)
	default:
		dst = z.consonant(dst, g.tr, c, wordStart)
	}
	return z.vowel(dst, cl, i, vowel, c.dagger)
}

// vocalized reports whether the letter has a vowel sign or sukun written
// on it or, at the start of a word, a vowel implied by its seat
// (أ a, إ i, ا and ٱ i).
func vocalized(c *cluster, initial bool) bool {
	if c == nil {
		return false
	}
	if c.vowel != 0 || c.sukun || c.dagger {
		return true // (a shadda alone tells no vowel: غطّي ghṭṭī)
	}
	if !initial || c.g() == nil || c.g().vowel == 0 {
		return false
	}
	switch c.g().sound {
	case letters.HamzaLetter, letters.Alef, letters.AlefWasla:
		return true
	}
	return false
}

// beforeAlef: و and ي before an alef are consonants (سوريا، حياة).
func beforeAlef(c *cluster) bool {
	if c == nil || c.g() == nil {
		return false
	}
	s := c.g().sound
	return s == letters.Alef || s == letters.AlefMaksura || s == letters.Madda
}

// pluralAlef: the و before the silent alef that ends a plural verb is ū
// (قالوا qālū).
func pluralAlef(cl []cluster, i int) bool {
	return cl[i].g().sound == letters.Waw && i+2 == len(cl) && cl[i+1].g().sound == letters.Alef &&
		cl[i+1].vowel == 0 && !cl[i+1].shadda
}

// bareSemivowel: of two و/ي in a row without signs the first is the
// consonant (طويل ṭwīl, قوي qwī).
func bareSemivowel(c *cluster) bool {
	return c != nil && c.g() != nil && (c.g().sound == letters.Waw || c.g().sound == letters.Yeh) &&
		c.vowel == 0 && !c.shadda && !c.sukun
}

// endsWithA reports whether the word so far ends with the vowel a, short
// or long: a ة after it does not write the a again.
func endsWithA(w []byte, fatha string, col letters.Column) bool {
	if fatha == "" {
		return false
	}
	if len(w) >= len(fatha) && string(w[len(w)-len(fatha):]) == fatha {
		return true
	}
	long := alefValue(col)
	return long != "" && len(w) >= len(long) && string(w[len(w)-len(long):]) == long
}

var alefValues [letters.NumColumns]string

func alefValue(col letters.Column) string { return alefValues[col] }

func buildAlefValues() {
	for c := range alefValues {
		for _, g := range glyphs[c] {
			if g.sound == letters.Alef {
				alefValues[c] = g.tr
			}
		}
	}
}

// consonant writes a consonant, twice under shadda.
func (z *romanizer) consonant(dst []byte, v string, c *cluster, wordStart int) []byte {
	if z.rules.prime && len(dst) > wordStart && v != "" {
		if a, b := dst[len(dst)-1], v[0]; a < utf8.RuneSelf && b < utf8.RuneSelf && digraphs[z.col][a][b] {
			dst = append(dst, prime...)
		}
	}
	dst = append(dst, v...)
	if c.shadda && !c.single {
		dst = append(dst, v...)
	}
	return dst
}

// vowel writes the vowel of cluster i: long when the next letter is its
// long-vowel letter (َا ā, ُو ū, ِي ī, َى á), which is then not written again.
func (z *romanizer) vowel(dst []byte, cl []cluster, i int, v letters.Sound, dagger bool) []byte {
	sg := &signs[z.col]
	if dagger {
		return append(dst, sg[letters.DaggerAlef]...)
	}
	switch v {
	case 0:
		return dst
	case letters.Fatha, letters.Damma, letters.Kasra:
		if i+1 < len(cl) {
			next := &cl[i+1]
			if long, ok := longVowel(v, next.g()); ok {
				switch {
				case !next.shadda && next.vowel == 0:
					next.done, next.long = true, true
					return append(dst, long...)
				case next.shadda && z.rules.longShadda && (next.g().sound == letters.Waw || next.g().sound == letters.Yeh):
					next.single = true
					if i+2 == len(cl) && next.g().sound == letters.Yeh && next.vowel == 0 {
						next.done = true // final ِيّ is ī (ALA-LC rule 11(b)(2))
					}
					return append(dst, long...)
				}
			}
		}
	}
	return append(dst, sg[v]...)
}

// longVowel returns the long vowel a short vowel makes with the letter g
// after it, if g is its long-vowel letter.
func longVowel(v letters.Sound, g *glyph) (string, bool) {
	if g == nil {
		return "", false
	}
	switch {
	case v == letters.Fatha && (g.sound == letters.Alef || g.sound == letters.AlefMaksura):
		return g.tr, true
	case v == letters.Damma && g.sound == letters.Waw,
		v == letters.Kasra && (g.sound == letters.Yeh || g.sound == letters.AlefMaksura):
		return g.alt, true
	}
	return "", false
}
