package normalize

import (
	"errors"
	"strconv"
	"strings"
)

// Options selects the rules a Normalizer applies. The zero value changes
// nothing. Each field is named after its option id, the name JavaScript
// callers use (Diacritics is "diacritics", AlefMaksura is "alefMaksura").
type Options struct {
	Diacritics        bool // remove harakat, tanween, shadda, sukun, superscript alef, Quranic marks
	Tatweel           bool // remove the kashida U+0640
	Alef              bool // أ إ آ ٱ → ا
	AlefMaksura       bool // ى → ي
	TehMarbuta        bool // ة → ه
	Hamza             bool // ؤ → و, ئ → ي, a hamza on a carrier → the carrier
	PresentationForms bool // presentation forms and ligatures → letters (ﻷ → لأ)
	Persian           bool // Persian and Urdu look-alikes → Arabic letters (ی → ي, ک → ك)
	Digits            bool // Arabic-Indic and Persian digits → 0–9
	Punctuation       bool // ، ؛ ؟ → , ; ?
	Invisibles        bool // remove zero-width and bidi controls
	Whitespace        bool // collapse runs of spaces and tabs to one space, keep line breaks
}

// rule numbers an option; the order is the canonical order of option ids.
type rule uint8

const (
	ruleDiacritics rule = iota + 1
	ruleTatweel
	ruleAlef
	ruleAlefMaksura
	ruleTehMarbuta
	ruleHamza
	rulePresentationForms
	rulePersian
	ruleDigits
	rulePunctuation
	ruleInvisibles
	ruleWhitespace
	ruleCount = ruleWhitespace
)

var ruleIDs = [...]string{"", "diacritics", "tatweel", "alef", "alefMaksura", "tehMarbuta", "hamza",
	"presentationForms", "persian", "digits", "punctuation", "invisibles", "whitespace"}

func (o *Options) field(r rule) *bool {
	switch r {
	case ruleDiacritics:
		return &o.Diacritics
	case ruleTatweel:
		return &o.Tatweel
	case ruleAlef:
		return &o.Alef
	case ruleAlefMaksura:
		return &o.AlefMaksura
	case ruleTehMarbuta:
		return &o.TehMarbuta
	case ruleHamza:
		return &o.Hamza
	case rulePresentationForms:
		return &o.PresentationForms
	case rulePersian:
		return &o.Persian
	case ruleDigits:
		return &o.Digits
	case rulePunctuation:
		return &o.Punctuation
	case ruleInvisibles:
		return &o.Invisibles
	case ruleWhitespace:
		return &o.Whitespace
	}
	return nil
}

func (o Options) has(r rule) bool { return *o.field(r) }

var ruleDescriptions = [...]string{"",
	"removes harakat, tanween, shadda, sukun, superscript alef and Quranic marks",
	"removes the tatweel (kashida) U+0640",
	"writes أ إ آ ٱ as ا",
	"writes ى as ي",
	"writes ة as ه",
	"writes ؤ as و, ئ as ي, and a hamza on a carrier as the carrier",
	"resolves presentation forms and ligatures (ﻷ → لأ, ﷲ → الله)",
	"writes Persian and Urdu look-alikes as Arabic letters (ی → ي, ک → ك)",
	"writes Arabic-Indic and Persian digits as 0-9",
	"writes ، ؛ ؟ as , ; ?",
	"removes zero-width and bidi control characters (keeps the joiner inside emoji sequences)",
	"collapses runs of spaces and tabs to one space, keeps line breaks",
}

// Describe returns a one-line description of the option with the given id,
// or "" for an unknown id.
func Describe(id string) string {
	for r := rule(1); r <= ruleCount; r++ {
		if ruleIDs[r] == id {
			return ruleDescriptions[r]
		}
	}
	return ""
}

// OptionIDs returns every option id in canonical order.
func OptionIDs() []string { return append([]string(nil), ruleIDs[1:]...) }

// Set turns the option with the given id on or off. An unknown id is an
// error that lists the known ones.
func (o *Options) Set(id string, on bool) error {
	for r := rule(1); r <= ruleCount; r++ {
		if ruleIDs[r] == id {
			*o.field(r) = on
			return nil
		}
	}
	return errors.New("unknown option " + strconv.Quote(id) + " (known: " + strings.Join(OptionIDs(), ", ") + ")")
}

// Get reports whether the option with the given id is on; ok is false for an
// unknown id.
func (o Options) Get(id string) (on, ok bool) {
	for r := rule(1); r <= ruleCount; r++ {
		if ruleIDs[r] == id {
			return o.has(r), true
		}
	}
	return false, false
}

// Enabled returns the ids of the options that are on, in canonical order.
func (o Options) Enabled() []string {
	var ids []string
	for r := rule(1); r <= ruleCount; r++ {
		if o.has(r) {
			ids = append(ids, ruleIDs[r])
		}
	}
	return ids
}

// Preset is a named set of options.
type Preset struct {
	ID          string
	Description string
	Options     Options
}

// The presets. Light is safe for display, Search is the default for
// matching, Aggressive folds every spelling variation the toolkit knows.
var (
	Light = Options{Invisibles: true, Tatweel: true, PresentationForms: true, Whitespace: true}

	Search = Options{Invisibles: true, Tatweel: true, PresentationForms: true, Whitespace: true,
		Diacritics: true, Alef: true, AlefMaksura: true, Digits: true}

	Aggressive = Options{Invisibles: true, Tatweel: true, PresentationForms: true, Whitespace: true,
		Diacritics: true, Alef: true, AlefMaksura: true, Digits: true,
		TehMarbuta: true, Hamza: true, Persian: true, Punctuation: true}
)

// Presets returns the presets in order from the lightest to the most
// aggressive.
func Presets() []Preset {
	return []Preset{
		{"light", "Safe for display: removes invisible controls and tatweel, resolves ligatures, collapses spaces.", Light},
		{"search", "For matching: light, plus diacritics removed, alef and alef maksura folded, digits to 0-9.", Search},
		{"aggressive", "Folds every variant: search, plus teh marbuta, hamza seats, Persian letters and punctuation.", Aggressive},
	}
}

// PresetOptions returns the options of the preset with the given id. An
// unknown id is an error that lists the known ones.
func PresetOptions(id string) (Options, error) {
	var ids []string
	for _, p := range Presets() {
		if p.ID == id {
			return p.Options, nil
		}
		ids = append(ids, p.ID)
	}
	return Options{}, errors.New("unknown preset " + strconv.Quote(id) + " (known: " + strings.Join(ids, ", ") + ")")
}
