package phonetic

// This file is the data of the package: what each Arabic letter and each
// Latin grapheme stands for, and the words and prefixes that are articles,
// stop words or compounds. The code in key.go only reads these tables.

// The runes of a key.
const (
	// Consonant classes, written in upper case.
	consonantClasses = "BCDFGHJKLMNRSTVWXYZ"
	// Weak classes: a sound one spelling writes and another may leave out or
	// write as another class. See weakReadings.
	weakClasses = "ghlvz"
	// Long vowels: a vowel written as long before a consonant (Arabic ا ي و;
	// Latin ā ī ū, ee, oo, the diphthongs ai and ei, w and y next to a
	// vowel).
	longVowels = "AIU"
	// Other vowels written before a consonant in a Latin spelling (o is
	// written u).
	latinVowels = "aeiuy"
	// A written ع or ء (Latin ', 3, 2): any vowel may stand there.
	anyVowel = "3"
	// Alphabet is every rune a key may hold.
	Alphabet = consonantClasses + weakClasses + longVowels + latinVowels + anyVowel
)

// weakReadings lists, for each weak class, the ways Distance may read it.
// The empty string means the sound may be absent.
var weakReadings = map[byte][]string{
	'h': {"H", ""},       // word-final ه or ة; Latin final h after a vowel (Jeddah, Salah)
	'l': {"L", ""},       // the article: ال, al-, el-, ad-, Abdel…, Aboul…
	'g': {"G", "J", "K"}, // Latin hard g: غ (Bagdad), ج (Egyptian Gamal), ق (Gaddafi)
	'v': {"V", "T"},      // Latin th: ث in English spellings (Haitham), ت in French ones (Beyrouth)
	'z': {"Z", "D"},      // ظ: z in Levantine and Egyptian names (Hafez), dh in the Gulf (Abu Dhabi)
}

// vowelCover lists, for each long vowel, the vowels that may stand for it.
// A long vowel written in one spelling before a consonant must be matched,
// in the same place, by one of these in the other spelling, else Distance
// counts a vowel conflict. This keeps محمود (Mahmoud) from Muhammad,
// حسين (Hussein, Husayn) from حسن (Hassan) both ways, حماس (Hamas) from Homs
// and الجزيرة (al-Jazeera) from الجزائر (al-Jazair).
var vowelCover = map[byte]string{
	'A': "Aae3",  // ا: a, and e where Levantine and Maghrebi spellings raise it (Ahlem)
	'I': "Iiey3", // ي: i, ee, ei, ai, y
	'U': "Uuy3",  // و: u, o, ou, oo, w; y (Syria)
}

// arabicSound says what one Arabic letter writes in a key.
type arabicSound struct {
	Class   string // the class it writes; "" for a vowel letter or a silent one (ع ء)
	Vowel   byte   // the long vowel it writes ('A', 'I', 'U'), '3' for ع and ء
	Initial string // its class at the start of a word, when that differs (و → W, ي → Y)
	Final   string // its class at the end of a word, when that differs (ه → weak h)
}

// arabicSounds is keyed by the letters' code points, the same keys as the
// letters table. Letters that the aggressive preset folds (أ إ آ ؤ ئ ى ة
// and the Persian look-alikes) are listed too, so that a key does not depend
// on that folding; the letters not listed (marks, digits, punctuation) are
// skipped.
var arabicSounds = map[rune]arabicSound{
	0x0621: {Vowel: '3'},               // ء hamza: ', 2 or nothing
	0x0622: {Vowel: 'A'},               // آ
	0x0623: {Vowel: 'A'},               // أ
	0x0624: {Vowel: 'U', Initial: "W"}, // ؤ
	0x0625: {Vowel: 'A'},               // إ
	0x0626: {Vowel: 'I', Initial: "Y"}, // ئ
	0x0627: {Vowel: 'A'},               // ا
	0x0628: {Class: "B"},               // ب b
	0x0629: {Class: "h"},               // ة: often unwritten in Latin (Fatima), sometimes h (Jeddah)
	0x062A: {Class: "T"},               // ت t
	0x062B: {Class: "V"},               // ث th (Haitham); its own class, so that Qatar is not أكثر
	0x062C: {Class: "J"},               // ج j, dj; Egyptian g is the Latin weak g
	0x062D: {Class: "H"},               // ح h
	0x062E: {Class: "X"},               // خ kh
	0x062F: {Class: "D"},               // د d
	0x0630: {Class: "D"},               // ذ dh, d (Gaddafi, Kadhafi)
	0x0631: {Class: "R"},               // ر r
	0x0632: {Class: "Z"},               // ز z
	0x0633: {Class: "S"},               // س s
	0x0634: {Class: "C"},               // ش sh, ch (French)
	0x0635: {Class: "S"},               // ص s
	0x0636: {Class: "D"},               // ض d, dh (Riyadh)
	0x0637: {Class: "T"},               // ط t
	0x0638: {Class: "z"},               // ظ z or dh
	0x0639: {Vowel: '3'},               // ع: ', 3 or nothing
	0x063A: {Class: "G"},               // غ gh, g
	0x0641: {Class: "F"},               // ف f
	0x0642: {Class: "K"},               // ق q, k, c; g reads as K too
	0x0643: {Class: "K"},               // ك k, c
	0x0644: {Class: "L"},               // ل l
	0x0645: {Class: "M"},               // م m
	0x0646: {Class: "N"},               // ن n
	0x0647: {Class: "H", Final: "h"},   // ه h; at the end of a word weak, like ة it folds with
	0x0648: {Vowel: 'U', Initial: "W"}, // و: w at the start of a word, else u, o, ou or w
	0x0649: {Vowel: 'I'},               // ى
	0x064A: {Vowel: 'I', Initial: "Y"}, // ي: y at the start of a word, else i, ee, ai or y
	0x0671: {Vowel: 'A'},               // ٱ alef wasla
	0x067E: {Class: "B"},               // پ p
	0x0686: {Class: "C"},               // چ ch (Iraqi, Persian)
	0x0698: {Class: "J"},               // ژ zh
	0x06A4: {Class: "F"},               // ڤ v (Maghreb)
	0x06A8: {Class: "K"},               // ڨ g for ق (Algeria, Tunisia)
	0x06A9: {Class: "K"},               // ک keheh
	0x06AF: {Class: "K"},               // گ gaf: g for ق or ك (Iraq, Gulf)
	0x06C1: {Class: "H", Final: "h"},   // ہ heh goal
	0x06C3: {Class: "h"},               // ۃ teh marbuta goal
	0x06CC: {Vowel: 'I', Initial: "Y"}, // ی farsi yeh
	0x06D2: {Vowel: 'I', Initial: "Y"}, // ے yeh barree
}

// arabicPrefixes are written glued to the word they belong to and give the
// key a class of their own, longest first. The rest of the word is keyed
// as a word of its own (so its first letter is word-initial). A prefix
// applies only when at least two letters follow.
var arabicPrefixes = []struct {
	Letters string // after aggressive normalization
	Key     string
}{
	{"عبدال", "3BDl"}, // عبدالعزيز = عبد العزيز
	{"ابوال", "Bl"},   // ابوالفضل = أبو الفضل
	{"ال", "l"},       // the article
}

// arabicSuffixes are words written glued to the word before them and keyed
// as words of their own: نصرالله = نصر الله, so that the alef of the
// article is not read as a long vowel.
var arabicSuffixes = []string{"الله"}

// arabicArticle is the article when it stands alone (آل, the family
// name's "Al", normalizes to it): its mark goes to the next word.
const arabicArticle = "ال"

// notArticle lists words (after aggressive normalization) that begin with
// ال without it being the article.
var notArticle = map[string]bool{
	"الياس": true, // Elias, Ilyas
	"اليسا": true, // Elissa
	"الهام": true, // Ilham, Elham
	"الفت":  true, // Olfat
}

// arabicStopWords are function words (after aggressive normalization) that
// are never names; their key is empty so that no Latin name matches them.
// على is left out: it normalizes to علي (Ali), a name.
var arabicStopWords = map[string]bool{
	"في": true, "من": true, "عن": true, "الي": true, "ان": true, "لا": true, "ما": true,
	"لم": true, "لن": true, "قد": true, "ثم": true, "او": true, "هو": true, "هي": true,
	"هم": true, "هذا": true, "هذه": true, "ذلك": true, "تلك": true, "الذي": true, "التي": true,
	"الذين": true, "كان": true, "كانت": true, "مع": true, "حتي": true, "اذا": true, "لكن": true,
	"عند": true, "منذ": true, "كما": true, "حيث": true, "بين": true, "ايضا": true, "لقد": true,
	"انه": true, "انها": true, "الا": true, "اي": true,
}

// latinRule maps Latin letters (lower-case ASCII, after folding) to what
// they write in a key.
type latinRule struct {
	From string // the letters
	// Class is the class(es) the letters write; "" for a vowel or a silent
	// letter.
	Class string
	// Vowel is the vowels the letters write: runes of latinVowels and
	// anyVowel.
	Vowel string
	// Long is the long vowel the letters write, or 0.
	Long byte
	// Conditions. Initial: only at the start of a word. Final: only at its
	// end, after a vowel. Before, After: the next (previous) letter must be
	// one of these. NotBefore: the next letter, if any, must not be one of
	// these.
	Initial, Final           bool
	Before, After, NotBefore string
}

// latinVowelLetters are the vowels of a folded Latin word; upper-case A I U
// are the long vowels ā ī ū (and â î û).
const latinVowelLetters = "aeiouyAIU"

// latinRules are tried in order at each position; the first that applies
// wins, so longer graphemes and conditional rules come first.
var latinRules = []latinRule{
	// Semivowels at the start of a word are consonants.
	{From: "ou", Class: "W", Initial: true, Before: "aei"}, // French Oualid, Ouahbi
	{From: "w", Class: "W", Initial: true},
	{From: "y", Class: "Y", Initial: true},
	// A final h after a vowel may be a written ة (Jeddah) or a real ح (Salah).
	{From: "h", Class: "h", Final: true},
	// Digraphs and trigraphs.
	{From: "dsch", Class: "J"}, // German Dschidda
	{From: "sch", Class: "C"},  // German
	{From: "tch", Class: "C"},  // French
	{From: "kh", Class: "X"},
	{From: "gh", Class: "G"},
	{From: "sh", Class: "C"},
	{From: "ch", Class: "C"}, // French Cheikh, Achraf, Bachar
	{From: "th", Class: "v"}, // ث in English spellings, t in French ones
	{From: "dh", Class: "D"}, // ذ ض (and ظ, which reads as D too)
	{From: "ph", Class: "F"},
	{From: "dj", Class: "J"}, // French Djeddah, Djibouti
	{From: "ck", Class: "K"},
	{From: "cq", Class: "K"},                // La Mecque
	{From: "gu", Class: "g", Before: "eiy"}, // French Naguib, Bourguiba: hard g
	// Arabizi: digits for the letters Latin lacks. 3' 7' 9' 6' first.
	{From: "3'", Class: "G"},
	{From: "7'", Class: "X"},
	{From: "9'", Class: "D"},
	{From: "6'", Class: "z"},
	{From: "2", Vowel: "3"}, {From: "3", Vowel: "3"},
	{From: "5", Class: "X"},
	{From: "6", Class: "T"},
	{From: "7", Class: "H"},
	{From: "8", Class: "K"},
	{From: "9", Class: "S"},
	// Single letters.
	{From: "g", Class: "J", Before: "eiy"}, // soft g: Algérie, Gebran
	{From: "g", Class: "g"},
	{From: "c", Class: "S", Before: "eiy"},
	{From: "c", Class: "K"},
	{From: "q", Class: "K"},
	{From: "k", Class: "K"},
	{From: "x", Class: "KS"},
	{From: "j", Class: "J"},
	{From: "z", Class: "Z"},
	{From: "s", Class: "S"},
	{From: "t", Class: "T"},
	{From: "d", Class: "D"},
	{From: "b", Class: "B"},
	{From: "p", Class: "B"},
	{From: "f", Class: "F"},
	{From: "v", Class: "F"},
	{From: "l", Class: "L"},
	{From: "m", Class: "M"},
	{From: "n", Class: "N"},
	{From: "r", Class: "R"},
	{From: "h", Class: "H"},
	// Vowels and semivowels inside a word. Spellings that show a long vowel:
	// ee, oo, the diphthongs ai, ei (Haitham, Hussein), w and y next to a
	// vowel (Marwan, Husayn), and the scholarly ā ī ū.
	{From: "ee", Vowel: "i", Long: 'I'},
	{From: "oo", Vowel: "u", Long: 'U'},
	{From: "ai", Vowel: "ai", Long: 'I', NotBefore: latinVowelLetters},
	{From: "ei", Vowel: "ei", Long: 'I', NotBefore: latinVowelLetters},
	{From: "y", Vowel: "y", Long: 'I', After: latinVowelLetters},
	{From: "y", Vowel: "y", Long: 'I', Before: latinVowelLetters},
	{From: "y", Vowel: "y"}, // a vowel between consonants: Syria
	{From: "w", Vowel: "u", Long: 'U'},
	{From: "a", Vowel: "a"},
	{From: "e", Vowel: "e"},
	{From: "i", Vowel: "i"},
	{From: "o", Vowel: "u"},
	{From: "u", Vowel: "u"},
	{From: "A", Long: 'A'},
	{From: "I", Long: 'I'},
	{From: "U", Long: 'U'},
	// Apostrophes stand for ع or ء.
	{From: "'", Vowel: "3"},
}

// latinFold maps Latin letters that are not plain ASCII, after lower-casing,
// to ASCII. The vowels with a macron or a circumflex are long and fold to
// upper case. Letters not listed are decomposed (NFD) and stripped of their
// marks (é → e, ḥ → h, ṣ → s).
var latinFold = map[rune]string{
	'ā': "A", 'â': "A", 'ī': "I", 'î': "I", 'ū': "U", 'û': "U",
	'ʿ': "'", 'ʾ': "'", 'ʻ': "'", 'ʼ': "'", '’': "'", '‘': "'", '`': "'", '´': "'", 'ʹ': "'", '′': "'",
	'š': "sh", 'ş': "sh", 'ǧ': "j", 'ğ': "gh", 'ġ': "gh", 'ḫ': "kh", 'ẖ': "kh", 'ḵ': "kh",
	'ṯ': "th", 'ḏ': "dh", 'ž': "j", 'č': "ch", 'ć': "ch", 'ș': "sh", 'ț': "ts", 'ç': "s", 'ß': "ss", 'æ': "ae", 'œ': "oe",
	'ø': "o", 'đ': "d", 'ð': "dh", 'þ': "th", 'ł': "l", 'ı': "i",
}

// latinArticles are the forms of the article in Latin spellings, written as
// a word of their own ("El Sisi", "Le Caire") or joined by a hyphen
// ("al-Assad"). The assimilated forms (ad-Dawha, ar-Rahman, as-Sisi) count
// only before a hyphen.
var latinArticles = map[string]bool{
	"al": true, "el": true, "il": true, "ul": true, "le": true, "la": true,
}

var latinAssimilatedArticles = map[string]bool{
	"ad": true, "ar": true, "as": true, "at": true, "az": true, "an": true, "ash": true,
	"ath": true, "adh": true, "ed": true, "er": true, "es": true, "et": true, "ez": true,
	"en": true, "esh": true, "ud": true, "ur": true, "us": true, "ut": true, "uz": true,
	"un": true, "ush": true, "ec": true, "ech": true,
}

// latinWords are whole Latin words whose key the letter rules would get
// wrong; an empty key drops the word.
var latinWords = map[string]string{
	"ould": "WLD", // Mauritanian ولد, "son of"
	"ibn":  "BN",
	"bn":   "BN",
	"bin":  "BN",
	"ben":  "BN",
	"bint": "BNT",
	// Regnal numbers (Mohammed VI, Abdullah II) are not sounds.
	"ii": "", "iii": "", "iv": "", "v": "", "vi": "", "vii": "", "viii": "", "ix": "", "x": "",
}

// latinCompounds are Latin words that glue a name and the article of the
// next name: Abdel Aziz, Abdelaziz, Abdullah, Abderrahmane, Aboul Gheit.
// Host is the first name; the article follows it as a vowel (none after a
// host ending in a vowel) and l, or as a doubled sun letter (Abdurrahman).
var latinCompounds = []struct {
	Host   string
	Key    string
	Vowels bool // a vowel stands between the host and the l (abd-e-l)
}{
	{"abd", "aBD", true},
	{"abou", "aB", false},
	{"abu", "aB", false},
}

// sunLetters are the Latin consonants an assimilated article doubles.
const sunLetters = "dnrstz"
