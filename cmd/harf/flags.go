package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"unicode"

	"github.com/harf-project/harf/arabic/normalize"
)

// flagSet is a command's flags and the FILE arguments found among them.
type flagSet struct {
	*flag.FlagSet
	synopsis, about, examples string
	files                     []string
}

// newFlagSet returns the flags of command name; synopsis follows the name in
// the usage line, about says what the command does, examples shows it used.
func newFlagSet(name, synopsis, about, examples string) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet("harf "+name, flag.ContinueOnError),
		synopsis: synopsis, about: about, examples: examples}
	fs.SetOutput(io.Discard) // parse reports errors itself
	return fs
}

// usage writes the command's help: synopsis, every flag, examples.
func (fs *flagSet) usage(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s %s\n\n%s\n\nFlags:\n", fs.Name(), fs.synopsis, fs.about)
	var flags strings.Builder
	fs.SetOutput(&flags)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	// the long flags as the documentation writes them: --name (-name works too)
	io.WriteString(w, longFlag.ReplaceAllString(flags.String(), "$1--$2"))
	fmt.Fprintf(w, "\nExamples:\n%s\n", indent(fs.examples))
}

var longFlag = regexp.MustCompile(`(?m)^(  )-(\w\w)`)

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n  ")
}

// parse parses args, flags and FILEs in any order (a lone - is a FILE, --
// ends the flags). It returns ok false with the exit status when the command
// must stop: after --help (status 0, help on stdout) or a bad flag (status 2,
// the problem on stderr).
func parse(fs *flagSet, args []string, stdout, stderr io.Writer) (status int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.usage(stdout)
				return exitOK, false
			}
			fmt.Fprintf(stderr, "%s: %v\n(run '%s --help' for the flags)\n", fs.Name(), err, fs.Name())
			return exitError, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return exitOK, true
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			fs.files = append(fs.files, rest...) // everything after -- is a FILE
			return exitOK, true
		}
		fs.files = append(fs.files, rest[0])
		args = rest[1:]
	}
}

// switchFlag is a boolean flag that remembers whether it was given, for
// options whose default comes from elsewhere (a preset, the terminal).
type switchFlag struct{ set, on bool }

func (s *switchFlag) IsBoolFlag() bool { return true }
func (s *switchFlag) String() string   { return strconv.FormatBool(s != nil && s.on) }
func (s *switchFlag) Set(v string) error {
	on, err := strconv.ParseBool(v)
	if err != nil {
		return fmt.Errorf("want true or false, not %q", v)
	}
	s.set, s.on = true, on
	return nil
}

// listFlag is a flag that may be repeated; it collects every value.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ", ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// inputFlags say how documents are read.
type inputFlags struct {
	input    string
	field    string
	id       string
	jobs     int
	progress switchFlag
}

func addInputFlags(fs *flagSet) *inputFlags {
	in := &inputFlags{}
	fs.StringVar(&in.input, "input", "text",
		"`FORMAT` of the input: text (each FILE is one document) or jsonl (each line a JSON object, a document)\n(e.g. --input jsonl)")
	fs.StringVar(&in.field, "field", "text",
		"with --input jsonl, the `NAME` of the field holding the text (e.g. --field body)")
	fs.StringVar(&in.id, "id", "",
		"with --input jsonl, the `NAME` of the field naming each document in the output\n(default: the line number; e.g. --id url)")
	fs.IntVar(&in.jobs, "j", runtime.NumCPU(),
		"`N` documents processed at once; the output keeps the input's order (e.g. -j 1)")
	fs.Var(&in.progress, "progress",
		"show progress on standard error (default: when standard error is a terminal;\ne.g. --progress=false)")
	return in
}

// check validates the input flags of fs.
func (in *inputFlags) check(fs *flagSet) error {
	if in.input != "text" && in.input != "jsonl" {
		return fmt.Errorf("unknown --input %q (known: text, jsonl)", in.input)
	}
	if in.input == "text" {
		var misplaced error
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "field" || f.Name == "id" {
				misplaced = fmt.Errorf("--%s applies to --input jsonl only", f.Name)
			}
		})
		if misplaced != nil {
			return misplaced
		}
	}
	if in.jobs < 1 {
		return fmt.Errorf("-j must be at least 1, not %d", in.jobs)
	}
	if in.field == "" {
		return errors.New("--field must name a field")
	}
	return nil
}

// normalizeFlags are --preset and one switch per normalization option.
type normalizeFlags struct {
	preset  string
	options map[string]*switchFlag // by option id
}

func addNormalizeFlags(fs *flagSet, what string) *normalizeFlags {
	nf := &normalizeFlags{options: map[string]*switchFlag{}}
	var ids []string
	for _, p := range normalize.Presets() {
		ids = append(ids, p.ID)
	}
	fs.StringVar(&nf.preset, "preset", "search",
		fmt.Sprintf("`P`: the normalization preset %s (%s; e.g. --preset aggressive)", what, strings.Join(ids, ", ")))
	for _, id := range normalize.OptionIDs() {
		s := &switchFlag{}
		nf.options[id] = s
		fs.Var(s, kebab(id), fmt.Sprintf("%s\n(default: as the preset says; e.g. --%s=false)", normalize.Describe(id), kebab(id)))
	}
	return nf
}

// resolve returns the preset's options with the options given on the
// command line put over them.
func (nf *normalizeFlags) resolve() (normalize.Options, error) {
	o, err := normalize.PresetOptions(nf.preset)
	if err != nil {
		return o, fmt.Errorf("--preset: %w", err)
	}
	for id, s := range nf.options {
		if s.set {
			if err := o.Set(id, s.on); err != nil {
				return o, err
			}
		}
	}
	return o, nil
}

// kebab turns an option id of the JavaScript API into its flag name:
// alefMaksura → alef-maksura.
func kebab(id string) string {
	var b strings.Builder
	for _, r := range id {
		if unicode.IsUpper(r) {
			b.WriteByte('-')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
