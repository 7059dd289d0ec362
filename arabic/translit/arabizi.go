package translit

import (
	"strings"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/letters"
)

// Arabizi back to Arabic: the guess the package doc describes.

// The letters the guess writes, found in the table by name.
var (
	arAlef, arAlefHamza, arAlefHamzaBelow, arAlefMadda string
	arHamza, arWawHamza, arYehHamza                    string
	arWaw, arYeh, arTehMarbuta, arLam                  string
)

// The consonants: one ASCII character, two (kh, sh, 9' ...), and the
// spelling of the proclitics before a hyphen (w, wa, b, bi ...).
var (
	chatLetter  [utf8.RuneSelf]string
	chatDigraph map[string]string
	chatClitic  map[string]string
)

// chatNamed are the letters the guess writes, by name.
var chatNamed = [...]struct {
	dst  *string
	name string
}{
	{&arAlef, "alef"}, {&arAlefHamza, "alef with hamza above"}, {&arAlefHamzaBelow, "alef with hamza below"},
	{&arAlefMadda, "alef with madda above"}, {&arWawHamza, "waw with hamza above"}, {&arYehHamza, "yeh with hamza above"},
	{&arHamza, "hamza"}, {&arWaw, "waw"}, {&arYeh, "yeh"}, {&arTehMarbuta, "teh marbuta"}, {&arLam, "lam"},
}

// chatSpellings are spellings of consonants in common use besides the
// arabizi column's: one character (chatLetter) or two (chatDigraph).
var chatSpellings = [...]struct{ from, name string }{
	{"5", "khah"}, {"8", "qaf"}, {"g", "jeem"}, {"c", "kaf"}, {"p", "beh"}, {"v", "feh"},
	{"w", "waw"}, {"y", "yeh"},
	{"ch", "sheen"}, {"3'", "ghain"}, {"7'", "khah"},
}

// buildChat builds the tables above (see loadTables). The letters come
// from the letters table by name: the data is written as static tables
// (chatNamed, chatSpellings) and read in loops, not as a call per letter,
// which would compile to code per letter.
func buildChat() {
	byName := map[string]string{}
	for _, e := range letters.All() {
		if blockLo <= e.Rune && e.Rune < blockHi && e.Class == letters.Letter {
			byName[e.Name] = string(e.Rune)
		}
	}
	get := func(name string) string {
		v, ok := byName[name]
		if !ok {
			panic("translit: no letter named " + name)
		}
		return v
	}
	for _, l := range chatNamed {
		*l.dst = get(l.name)
	}

	// The consonants: the arabizi column read backwards where its value
	// is one character, plus the other spellings in common use.
	chatDigraph = map[string]string{}
	for _, e := range letters.All() {
		v := e.Tr[letters.Arabizi]
		if e.Class != letters.Letter || e.Sound != letters.Consonant && e.Sound != letters.Lam || e.Base != 0 || v == "" {
			continue
		}
		if e.Rune >= 0x0660 {
			continue // Persian letters: پ چ ژ گ are not guessed from chat
		}
		if len(v) == 1 {
			chatLetter[v[0]] = string(e.Rune)
		} else {
			chatDigraph[v] = string(e.Rune)
		}
	}
	for _, sp := range chatSpellings {
		if len(sp.from) == 1 {
			chatLetter[sp.from[0]] = get(sp.name)
		} else {
			chatDigraph[sp.from] = get(sp.name)
		}
	}
	chatLetter['x'] = get("kaf") + get("seen")
	chatClitic = map[string]string{}
	for _, e := range letters.All() {
		if e.Traits&letters.Proclitic == 0 {
			continue
		}
		v := e.Tr[letters.Arabizi]
		for _, vowel := range []string{"", "a", "e", "i"} {
			chatClitic[v+vowel] = string(e.Rune)
		}
	}
}

func isChatByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '\'' || b == '-'
}

// appendArabizi appends the Arabic guessed for src.
func appendArabizi(dst []byte, src string) []byte {
	for i := 0; i < len(src); {
		b := src[i]
		if isChatByte(b) {
			j := i + 1
			for j < len(src) && isChatByte(src[j]) {
				j++
			}
			dst = appendChatWord(dst, src[i:j])
			i = j
			continue
		}
		if b < utf8.RuneSelf {
			dst = append(dst, b)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, replacement...)
		} else {
			dst = append(dst, src[i:i+size]...)
		}
		i += size
	}
	return dst
}

func appendChatWord(dst []byte, w string) []byte {
	hasLetter := false
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; 'a' <= c && c <= 'z' {
			hasLetter = true
			break
		}
	}
	if !hasLetter {
		return append(dst, w...) // a number, a dash
	}
	w = strings.ToLower(w)
	segs := strings.Split(w, "-")
	joined := false
	for k, seg := range segs {
		if k > 0 && !joined {
			dst = append(dst, '-')
		}
		joined = false
		if k < len(segs)-1 && segs[k+1] != "" {
			if p, ok := chatPrefix(seg); ok {
				dst = append(dst, p...)
				joined = true
				continue
			}
		}
		if len(seg) >= 5 && (seg[:2] == "al" || seg[:2] == "el") && !isChatVowel(seg[2]) {
			dst = append(dst, arAlef...)
			dst = append(dst, arLam...)
			dst = appendChatLetters(dst, seg[2:], false)
			continue
		}
		dst = appendChatLetters(dst, seg, true)
	}
	return dst
}

// chatPrefix recognizes a proclitic, the article, or both before a hyphen.
func chatPrefix(seg string) (string, bool) {
	switch seg {
	case "al", "el", "l":
		return arAlef + arLam, true
	case "lil", "lel":
		return arLam + arLam, true
	}
	if c, ok := chatClitic[seg]; ok {
		return c, true
	}
	if len(seg) >= 2 && seg[len(seg)-1] == 'l' {
		if c, ok := chatClitic[seg[:len(seg)-1]]; ok && len(seg) <= 3 {
			return c + arAlef + arLam, true
		}
	}
	return "", false
}

func isChatVowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// appendChatLetters guesses the Arabic letters of one word (or the stem
// after the article).
func appendChatLetters(dst []byte, s string, initial bool) []byte {
	consonants := 0
	var last byte // the last consonant character written, to write doubles once
	for i := 0; i < len(s); {
		c := s[i]
		atStart := initial && i == 0
		rest := s[i:]
		// Vowels.
		if isChatVowel(c) {
			two := ""
			if len(rest) >= 2 {
				two = rest[:2]
			}
			switch {
			case atStart && two == "aa":
				dst = append(dst, arAlefMadda...)
				i += 2
			case atStart:
				if c == 'e' || c == 'i' {
					dst = append(dst, arAlefHamzaBelow...)
				} else {
					dst = append(dst, arAlefHamza...)
				}
				i++
				if two == "ee" || two == "ii" || two == "ou" || two == "oo" || two == "uu" {
					continue // the long vowel is written next
				}
			case two == "aa":
				dst = append(dst, arAlef...)
				i += 2
			case two == "ee" || two == "ii" || two == "ei" || two == "ai":
				dst = append(dst, arYeh...)
				i += 2
			case two == "ou" || two == "oo" || two == "uu":
				dst = append(dst, arWaw...)
				i += 2
			case (c == 'a' || c == 'e') && len(rest) == 2 && rest[1] == 'h' && consonants >= 2:
				dst = append(dst, arTehMarbuta...)
				i += 2
			case c == 'i' && len(rest) >= 2 && rest[1] == 'y':
				i++ // iy: the y writes ي
			case c == 'i':
				dst = append(dst, arYeh...)
				i++
			case len(rest) == 1 && c == 'a':
				dst = append(dst, arAlef...)
				i++
			case len(rest) == 1 && (c == 'o' || c == 'u'):
				dst = append(dst, arWaw...)
				i++
			default:
				i++ // a short vowel: Arabic does not write it
			}
			last = 0
			continue
		}
		// Hamza.
		if c == '2' || c == '\'' {
			dst = append(dst, hamzaSeat(s, i, atStart)...)
			i++
			last = 0
			continue
		}
		// Consonants: two characters first (kh, sh, 9' ...), then one.
		if len(rest) >= 2 {
			if v, ok := chatDigraph[rest[:2]]; ok {
				dst = append(dst, v...)
				consonants++
				last = 0
				i += 2
				continue
			}
		}
		if v := chatLetter[c]; v != "" && c != last {
			dst = append(dst, v...)
			consonants++
			last = c
		} else if v == "" {
			dst = append(dst, c) // a digit that is no letter
			last = 0
		}
		i++
	}
	return dst
}

// hamzaSeat chooses the seat of a hamza written 2 at s[i], by the vowels
// next to it: at the start أ or إ; inside a word ئ next to i or e, ؤ next
// to o or u, أ next to a, ء otherwise.
func hamzaSeat(s string, i int, atStart bool) string {
	var next, prev byte
	if i+1 < len(s) {
		next = s[i+1]
	}
	if i > 0 {
		prev = s[i-1]
	}
	switch {
	case atStart && (next == 'i' || next == 'e'):
		return arAlefHamzaBelow
	case atStart:
		return arAlefHamza
	case next == 'i' || next == 'e' || prev == 'i' || prev == 'e':
		return arYehHamza
	case next == 'o' || next == 'u' || prev == 'o' || prev == 'u':
		return arWawHamza
	case next == 'a' && prev != 'a':
		return arAlefHamza
	}
	return arHamza
}
