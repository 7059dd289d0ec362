package phonetic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/letters"
	"github.com/harf-project/harf/arabic/normalize"
)

// IsLatin reports whether s is written in Latin letters (Arabizi digits
// included) rather than in Arabic script: it holds at least one Latin letter
// and no Arabic letter.
func IsLatin(s string) bool {
	latin := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				latin = true
			}
		case isArabicLetter(r):
			return false
		case unicode.Is(unicode.Latin, r):
			latin = true
		}
	}
	return latin
}

// Key returns the phonetic key of one word, in Arabic script or in Latin
// letters. Given several words it returns their JoinedKey. The key of a word
// that carries no sound the key records (a vowel, an article alone, an
// Arabic function word such as في or من) is empty.
func Key(s string) string { return JoinedKey(s) }

// Keys returns the key of each word of phrase that has one, in order. The
// article is part of the word it introduces, however it is written: the
// Arabic ال glued to the word, آل standing alone, and the Latin al-, el-,
// ad-, as-…, Al, El, Le, La and the glued forms Abdel, Abdul, Abderrahmane,
// Aboul all become a weak l at the start of the next word's key, a sound
// Distance may read as L or as nothing. So الخرطوم, al-Khartoum and Khartoum
// all match, and so do الجزيرة and Aljazeera (whose Al, glued, is read as L).
func Keys(phrase string) []string {
	var keys []string
	article := false
	for _, t := range tokenize(phrase) {
		k, after := wordKey(t)
		if k != "" {
			if article && k[0] != 'l' {
				k = "l" + k
			}
			article = false
			keys = append(keys, k)
		}
		if after {
			article = true
		}
	}
	return keys
}

// JoinedKey returns the keys of the words of phrase, concatenated. Spaces
// carry no sound: نصر الله and Nasrallah, عبد العزيز and Abdelaziz have
// comparable joined keys, so a search can compare a query with one word or
// with several consecutive words.
func JoinedKey(phrase string) string {
	keys := Keys(phrase)
	if len(keys) == 1 {
		return keys[0]
	}
	return strings.Join(keys, "")
}

// token is one word of a phrase; hyphen tells whether a hyphen follows it.
type token struct {
	text   string
	hyphen bool
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʿ', 'ʾ', 'ʻ', 'ʼ', '`', '´', 'ʹ', '′':
		return true
	}
	return false
}

func isHyphen(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '_':
		return true
	}
	return false
}

// inWord reports whether r belongs to a word: letters, digits, marks,
// apostrophes (ع and ء in Latin spellings) and invisible format characters
// (which the normalizer removes).
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || isApostrophe(r) ||
		unicode.Is(unicode.Cf, r)
}

func tokenize(s string) []token {
	var toks []token
	start := -1
	for i, r := range s {
		if inWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, token{text: s[start:i], hyphen: isHyphen(r)})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, token{text: s[start:]})
	}
	return toks
}

// isArabicLetter reports whether r is a letter of the Arabic script: a
// Letter of the letters table, or a presentation form that is a letter.
// Small high letters (Quranic marks) and tatweel are not.
func isArabicLetter(r rune) bool {
	if e, ok := letters.Lookup(r); ok {
		return e.Class == letters.Letter
	}
	return letters.IsArabic(r) && unicode.IsLetter(r)
}

// wordKey returns the key of one token and whether an article that belongs
// to the next word ends it (al, el-, Abdel).
func wordKey(t token) (key string, article bool) {
	arabic, latin := false, false
	for _, r := range t.text {
		switch {
		case r < utf8.RuneSelf:
			latin = latin || 'a' <= r|0x20 && r|0x20 <= 'z'
		case isArabicLetter(r):
			arabic = true
		case unicode.Is(unicode.Latin, r):
			latin = true
		}
		if arabic {
			break
		}
	}
	switch {
	case arabic:
		return arabicKey(t.text)
	case latin:
		return latinKey(foldLatin(t.text), t.hyphen)
	}
	return "", false
}

// builder writes a key: consonant classes, and before each of them the
// vowels written there (vowels after the last class are dropped). A class
// written twice in a row with nothing between (Latin mm, ss, dd; shadda is
// never written in plain Arabic) counts once.
type builder struct {
	out      []byte
	gap      uint16 // the vowels since the last class, one bit per rune of vowelOrder
	last     byte   // the last class written
	adjacent bool   // nothing stood between the last class and this point
}

// vowelOrder is the order vowels are written in, within one gap.
const vowelOrder = longVowels + latinVowels + anyVowel

// redundant lists, for each long vowel, the Latin vowel it makes
// redundant in the same gap (Ī covers i).
var redundant = map[byte]byte{'A': 'a', 'I': 'i', 'U': 'u'}

func (b *builder) class(c string) {
	for i := 0; i < len(c); i++ {
		k := c[i]
		if b.adjacent && k == b.last {
			continue
		}
		if b.gap != 0 {
			b.writeGap()
		}
		b.out = append(b.out, k)
		b.gap, b.last, b.adjacent = 0, k, true
	}
}

func (b *builder) writeGap() {
	var skip [128]bool
	for j := 0; j < len(vowelOrder); j++ {
		v := vowelOrder[j]
		if b.gap&(1<<j) == 0 || skip[v] {
			continue
		}
		b.out = append(b.out, v)
		skip[redundant[v]] = true
	}
}

// vowel notes vowels written between classes (runes of vowelOrder); an
// empty string is a silent letter. Either way the letters on both sides are
// no longer adjacent.
func (b *builder) vowel(vs string) {
	for i := 0; i < len(vs); i++ {
		if j := strings.IndexByte(vowelOrder, vs[i]); j >= 0 {
			b.gap |= 1 << j
		}
	}
	b.adjacent = false
}

// String returns the key built so far.
func (b *builder) String() string { return string(b.out) }

var aggressive = normalize.For(normalize.Aggressive)

// arabicKey keys one Arabic word; only the letters of arabicSounds count.
func arabicKey(w string) (string, bool) {
	w = aggressive.String(w)
	var buf [32]rune
	rs := buf[:0]
	for _, r := range w {
		if _, ok := arabicSounds[r]; ok {
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		return "", false
	}
	s := string(rs)
	if s == arabicArticle {
		return "", true
	}
	if arabicStopWords[s] {
		return "", false
	}
	var b builder
	if !notArticle[s] {
		for _, p := range arabicPrefixes {
			n := utf8.RuneCountInString(p.Letters)
			if len(rs) >= n+2 && strings.HasPrefix(s, p.Letters) {
				b.class(p.Key)
				rs = rs[n:]
				break
			}
		}
	}
	var suffix string
	for _, sfx := range arabicSuffixes {
		n := utf8.RuneCountInString(sfx)
		if len(rs) >= n+2 && strings.HasSuffix(string(rs), sfx) {
			k, _ := arabicKey(sfx)
			suffix, rs = k, rs[:len(rs)-n]
			break
		}
	}
	for i, r := range rs {
		snd := arabicSounds[r]
		c := snd.Class
		if i == 0 {
			if snd.Initial != "" {
				c = snd.Initial
			} else if snd.Vowel != 0 && snd.Vowel != '3' {
				// A word-initial alef writes a hamza and a short vowel.
				b.vowel("")
				continue
			}
		}
		if i == len(rs)-1 && snd.Final != "" {
			c = snd.Final
		}
		switch {
		case c != "":
			b.class(c)
		case snd.Vowel != 0:
			b.vowel(string(snd.Vowel))
		default:
			b.vowel("")
		}
	}
	return b.String() + suffix, false
}

//go:generate go run gen_latinbase.go

// foldLatin lower-cases s and spells it in ASCII letters, digits and
// apostrophes.
func foldLatin(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case 'A' <= r && r <= 'Z':
				b.WriteRune(r + 'a' - 'A')
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9', r == '\'':
				b.WriteRune(r)
			case r == '`':
				b.WriteByte('\'')
			}
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := latinFold[r]; ok {
			b.WriteString(f)
			continue
		}
		if isApostrophe(r) {
			b.WriteByte('\'')
			continue
		}
		if base, ok := latinBase[r]; ok {
			b.WriteByte(base) // é → e, ḥ → h: the accent is dropped
		}
	}
	return b.String()
}

// latinKey keys one folded Latin word; hyphen tells whether a hyphen
// follows it (al-, ad-).
func latinKey(f string, hyphen bool) (string, bool) {
	lower := strings.ToLower(f) // long vowels are upper case in f
	if latinArticles[lower] || hyphen && latinAssimilatedArticles[lower] {
		return "", true
	}
	if k, ok := latinWords[lower]; ok {
		return k, false
	}
	if strings.HasPrefix(f, "l'") && len(f) > 2 {
		// French l'Algérie
		return "l" + latinLetters(f[2:]), false
	}
	for _, c := range latinCompounds {
		if !strings.HasPrefix(lower, c.Host) {
			continue
		}
		rest := f[len(c.Host):]
		if c.Vowels {
			n := 0
			for n < len(rest) && n < 2 && strings.IndexByte("aeiouAIU", rest[n]) >= 0 {
				n++
			}
			if n == 0 {
				continue
			}
			rest = rest[n:]
		}
		switch {
		case strings.HasPrefix(rest, "l"):
			rest = rest[1:]
		case len(rest) >= 2 && rest[0] == rest[1] && strings.IndexByte(sunLetters, rest[0]) >= 0:
			rest = rest[1:]
		default:
			continue
		}
		if rest == "" {
			return c.Key, true
		}
		return c.Key + "l" + latinLetters(rest), false
	}
	return latinLetters(f), false
}

// latinRuleIndex lists, for each first byte, the rules starting with it.
var latinRuleIndex [128][]*latinRule

func init() {
	for i := range latinRules {
		r := &latinRules[i]
		latinRuleIndex[r.From[0]] = append(latinRuleIndex[r.From[0]], r)
	}
}

func isLatinVowel(c byte) bool { return strings.IndexByte(latinVowelLetters, c) >= 0 }

// latinLetters applies latinRules to a folded word.
func latinLetters(f string) string {
	var b builder
	for i := 0; i < len(f); {
		var rule *latinRule
		if f[i] < 128 {
			for _, r := range latinRuleIndex[f[i]] {
				end := i + len(r.From)
				switch {
				case !strings.HasPrefix(f[i:], r.From),
					r.Initial && i != 0,
					r.Final && (end != len(f) || i == 0 || !isLatinVowel(f[i-1])),
					r.Before != "" && (end >= len(f) || strings.IndexByte(r.Before, f[end]) < 0),
					r.After != "" && (i == 0 || strings.IndexByte(r.After, f[i-1]) < 0),
					r.NotBefore != "" && end < len(f) && strings.IndexByte(r.NotBefore, f[end]) >= 0:
					continue
				}
				rule = r
				break
			}
		}
		if rule == nil {
			i++
			continue
		}
		switch {
		case rule.Class != "":
			b.class(rule.Class)
		case rule.Long != 0:
			b.vowel(rule.Vowel + string(rule.Long))
		default:
			b.vowel(rule.Vowel)
		}
		i += len(rule.From)
	}
	return b.String()
}

// IsFunctionWord reports whether the Arabic word w is a function word (في،
// من، الذي…), which is never a name and has an empty key.
func IsFunctionWord(w string) bool {
	_, ok := arabicStopWords[aggressive.String(w)]
	return ok
}
