package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/arabic/translit"
)

// inputHelp says what a document is; rewriteHelp what the commands that
// rewrite text write for JSONL.
const (
	inputHelp = `Each FILE is one document; - or no FILE reads standard input. With --input jsonl
each line is a document (a JSON object).`
	rewriteHelp = inputHelp + ` The output is then the same JSONL with the --field
value replaced, every other field kept in its place.`
)

func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("normalize", "[--preset P] [--OPTION=true|false ...] [FILE ...]",
		"Normalizes Arabic text: the preset's rules (search by default), with single options\nturned on or off.\n\n"+rewriteHelp,
		`harf normalize article.txt > clean.txt
harf normalize --preset light --digits article.txt
harf normalize --diacritics=false --tatweel=false < article.txt
harf normalize --input jsonl --field body --preset aggressive news.jsonl > clean.jsonl`)
	in := addInputFlags(fs)
	nf := addNormalizeFlags(fs, "to apply")
	if status, ok := parse(fs, args, stdout, stderr); !ok {
		return status
	}
	opts, err := nf.resolve()
	if err == nil {
		err = in.check(fs)
	}
	if err != nil {
		return usageError(fs, stderr, err)
	}
	n := normalize.New(opts)
	return rewrite(in, fs.files, stdin, stdout, stderr, func(s string) (string, error) { return n.String(s), nil })
}

func runTransliterate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runTranslit(args, stdin, stdout, stderr, false)
}

func runDetransliterate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runTranslit(args, stdin, stdout, stderr, true)
}

// schemesHelp lists the schemes for --scheme's help.
func schemesHelp(reverse bool) string {
	var b strings.Builder
	for _, s := range translit.Schemes() {
		if reverse && !s.Reversible && !s.Guess {
			continue
		}
		note := ""
		switch {
		case reverse && s.Guess:
			note = " (a best guess)"
		case !reverse && s.Reversible:
			note = " (exact, reversible)"
		}
		fmt.Fprintf(&b, "\n  %-16s %s%s", s.ID, s.Name, note)
	}
	return b.String()
}

func runTranslit(args []string, stdin io.Reader, stdout, stderr io.Writer, reverse bool) int {
	name, about, examples := "transliterate",
		"Writes Arabic text in Latin letters; characters the scheme does not cover pass through.",
		`harf transliterate --scheme buckwalter article.txt
harf transliterate --scheme ala-lc --input jsonl --field title news.jsonl`
	if reverse {
		name, about, examples = "detransliterate",
			"Turns text written in a reversible scheme (or, as a best guess, arabizi) back into Arabic.",
			`harf detransliterate --scheme buckwalter romanized.txt
echo "mar7aba ya 7abibi" | harf detransliterate --scheme arabizi`
	}
	fs := newFlagSet(name, "--scheme ID [FILE ...]", about+"\n\n"+rewriteHelp, examples)
	in := addInputFlags(fs)
	id := fs.String("scheme", "", "the scheme `ID`, one of:"+schemesHelp(reverse)+"\n(e.g. --scheme buckwalter)")
	if status, ok := parse(fs, args, stdout, stderr); !ok {
		return status
	}
	err := in.check(fs)
	var scheme *translit.Scheme
	if err == nil && *id == "" {
		err = errors.New("--scheme is required")
	}
	if err == nil {
		scheme, err = translit.Lookup(*id)
	}
	if err == nil && reverse {
		_, err = scheme.ReverseTransformer() // says which schemes go back
	}
	if err != nil {
		return usageError(fs, stderr, err)
	}
	convert := func(s string) (string, error) { return scheme.Transliterate(s), nil }
	if reverse {
		convert = scheme.Detransliterate
	}
	return rewrite(in, fs.files, stdin, stdout, stderr, convert)
}

// rewrite writes every document converted: the text itself, or the JSONL
// line with its text field replaced.
func rewrite(in *inputFlags, files []string, stdin io.Reader, stdout, stderr io.Writer, convert func(string) (string, error)) int {
	_, failed := stream(in, files, stdin, stdout, stderr, func(d *document, buf []byte) ([]byte, bool, error) {
		out, err := convert(d.text)
		if err != nil {
			return nil, false, err
		}
		if d.json == nil {
			return append(buf, out...), false, nil
		}
		return append(d.json.replaceText(buf, out), '\n'), false, nil
	})
	if failed {
		return exitError
	}
	return exitOK
}

// usageError reports a bad flag value; its message names the problem.
func usageError(fs *flagSet, stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "%s: %v\n", fs.Name(), err)
	return exitError
}

// readNames reads a list of names, one a line; blank lines are skipped.
func readNames(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if s := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff")); s != "" {
			names = append(names, s)
		}
	}
	return names, sc.Err()
}
