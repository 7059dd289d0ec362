// Package phonetic gives Arabic names and words a phonetic key that is the
// same, or close, whether the name is written in Arabic script or in Latin
// letters, in an English, French or scholarly spelling or in Arabizi: so
// that a query typed as Muhammad, Mohammed, Nasrallah, Abdel Aziz, Gaddafi,
// Khartoum, Qatar, Beirut, 3omar, Haitham bin Tariq or Mekdad finds محمد,
// نصر الله, عبد العزيز, القذافي, الخرطوم, قطر, بيروت, عمر, هيثم بن طارق and
// المقداد.
//
// # The key
//
// A key is a consonant skeleton: the consonants of the word, each written
// as the class of sounds that English and French spellings of Arabic merge,
// with the vowels kept as hints. Every rune of a key is in Alphabet:
//
//	B  ب پ           b p            M  م      m
//	C  ش چ           sh ch sch      N  ن      n
//	D  د ذ ض         d dh           R  ر      r
//	F  ف ڤ           f ph v         S  س ص    s c(e,i) ç, Arabizi 9
//	G  غ             gh, Arabizi 3' T  ت ط    t, Arabizi 6
//	H  ح ه           h, Arabizi 7   V  ث      (th reads as V or T)
//	J  ج ژ           j dj g(e,i)    W  و      w, French ou, at the start of a word
//	K  ق ك ڨ گ       q k c ck x     X  خ      kh, Arabizi 5 and 7'
//	L  ل             l              Y  ي      y at the start of a word
//	Z  ز             z
//
// Weak classes (lower case) are sounds that one spelling writes and another
// leaves out or hears as another class; Distance tries each reading:
//
//	l  the article: ال, al-, el-, ad-, Abdel…  L or nothing
//	h  word-final ه and ة; Latin final -ah     H or nothing
//	g  Latin hard g (Gaddafi, Gamal, Bagdad)   G, J or K
//	v  Latin th (Haitham, Beyrouth)            V or T
//	z  ظ (Hafez, Abu Dhabi)                    Z or D
//
// Vowels cost nothing unless they contradict each other. Arabic ا, و and
// ي written after a consonant are long vowels, A, U and I in the key; a
// Latin spelling's vowels are written a, e, i, u (o, ou and w are u) and y,
// or A, I, U where the spelling shows a long vowel (ā ī ū, ee, oo, the
// diphthongs ai and ei, w and y next to a vowel); 3 is a written ع or ء
// (Latin ', 3, 2), where any vowel may stand. Vowels after the last
// consonant are dropped (ة, ى and final ا, ي, و are spelled too many ways),
// and so is a word-initial alef, which writes a hamza and a short vowel.
// و and ي are consonants W and Y at the start of a word (وليد Walid, يوسف
// Youssef) and vowels elsewhere. In a key the vowels stand before the
// consonant they precede: Beirut is BIeRuT, بيروت is BIRUT.
//
// A class written twice in a row counts once (Muhammad, Mohammed and Mohamed
// all give MuHaMaD or MuHaMeD, and محمد gives MHMD), since plain Arabic never
// writes shadda.
//
// Arabic words are normalized with the aggressive preset of package
// normalize first, so diacritics, tatweel, ligatures, hamza seats, ى and ة
// do not change a key. Arabic function words (في، من، الى…) have an empty
// key. One-letter proclitics (و ف ب ك ل, as in والخرطوم) are not removed:
// a caller that looks for names in running text tries the word with and
// without them. Latin words are lower-cased and stripped of accents; ʿ ʾ ’ count as
// ع. All of this is data (tables.go): the Arabic letters by code point, the
// Latin graphemes (longest first, with their conditions), the articles,
// the compounds (Abdel, Abdul, Abderrahmane, Aboul), ould, bin, ben, ibn.
//
// # The article
//
// The article stays in the key as a weak l at the start of its word,
// whether it is written ال (glued), آل (alone), al-, el-, ad- (assimilated,
// before a hyphen), Al, El, Le, La (alone) or inside Abdel, Abdul, Abdallah,
// Abderrahmane, Aboul. Distance reads it as L or as nothing, so Khartoum,
// al-Khartoum and الخرطوم match, Aljazeera matches الجزيرة, and the glued
// Al of a Latin word that is not a compound still has a chance.
//
// # Matching
//
// Distance is the Levenshtein distance (github.com/agnivade/levenshtein)
// between the consonant skeletons, plus VowelConflictCost (2) for each
// aligned place where one spelling writes a long vowel the other
// contradicts, minimized over the readings of the weak classes. Match(a, b)
// holds when Distance(a, b) <= MaxDistance of the shorter key:
//
//	consonants (Length)   edits allowed
//	up to 4               0  (Qatar, Omar, Beirut, Mekdad, Khartoum, Abdel Aziz)
//	5 to 8                1  (Bouteflika, Haitham bin Tariq, Gamal Abdel Nasser)
//	9 or more             2  (Abdel Fattah el-Sisi, Mohammed bin Rashid Al Maktoum)
//
// Compare a query with one word, or with several consecutive words through
// JoinedKey: spaces carry no sound, so Nasrallah meets نصر الله and Abd
// al-Aziz meets عبدالعزيز.
//
// # The learned model
//
// Keys fit Arab names; most names in Arabic news are not Arab. LatinName
// holds a model learned from about 50,000 public Latin–Arabic name pairs
// (data/names): the cost of writing each group of Latin letters (ch, tch,
// sch, mc) as a group of Arabic letters (تش, ش, ماك), learned by
// expectation–maximization and generated into model_table.go (go generate).
// LatinName.Cost says how much less likely an Arabic spelling is than the
// name's likeliest one; Matches bounds it with MaxCost. See model.go.
//
// # Limits
//
// Exonyms (Cairo, Damascus, Egypt, Morocco, Lebanon) are names of their
// own and do not match; a gazetteer must map them. A consonant skeleton of
// two or three letters is weak evidence: Sanaa also meets سنويا, Mosul
// مسؤول, Syria سير. Long vowels separate names one way only when the Latin
// spelling cannot show length: Muhammad does not match محمود, but Mahmoud
// matches محمد; Hussein does not match حسن, but Hamas matches حمص.
package phonetic
