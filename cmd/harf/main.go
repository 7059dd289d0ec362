// Command harf is Harf's engine on the command line: it normalizes,
// transliterates, searches and analyzes Arabic text in files and corpora,
// natively and on every core.
//
//	harf normalize      [--preset P] [--OPTION=true|false ...]  [FILE ...]
//	harf transliterate  --scheme ID                             [FILE ...]
//	harf detransliterate --scheme ID                            [FILE ...]
//	harf search         (--query NAME ... | --names FILE) [--max-distance N] [--whole-words]
//	                    [--format jsonl|csv|tsv] [--offsets codepoint|utf16|byte]   [FILE ...]
//	harf analyze                                                [FILE ...]
//	harf version
//
// Each FILE is one document (- or no FILE: standard input); with --input jsonl
// each line of a file is one, a JSON object whose --field holds the text.
// Run `harf --help` or `harf CMD --help` for every flag with examples.
//
// Exit status, as grep's: 0 on success (for search: something matched), 1 when
// search matched nothing, 2 on any error. A bad input line is reported on
// standard error as FILE:LINE: why, skipped, and makes the status 2.
package main

import (
	"fmt"
	"io"
	"os"

	harfversion "github.com/harf-project/harf/internal/version"
)

// version is the release of the engine, the same as harf.version.
const version = harfversion.Version

// Exit statuses, as grep's.
const (
	exitOK      = 0
	exitNoMatch = 1
	exitError   = 2
)

// commands maps each subcommand to the function that runs it.
var commands = map[string]func(args []string, stdin io.Reader, stdout, stderr io.Writer) int{
	"normalize":       runNormalize,
	"transliterate":   runTransliterate,
	"detransliterate": runDetransliterate,
	"search":          runSearch,
	"analyze":         runAnalyze,
	"version":         runVersion,
}

const usage = `harf: Arabic normalization, transliteration and fuzzy search for files and corpora.

Usage:
  harf normalize       [--preset P] [--OPTION=true|false ...]  [FILE ...]
  harf transliterate   --scheme ID                             [FILE ...]
  harf detransliterate --scheme ID                             [FILE ...]
  harf search          (--query NAME ... | --names FILE) [--max-distance N] [--whole-words]
                       [--format jsonl|csv|tsv] [--offsets codepoint|utf16|byte]   [FILE ...]
  harf analyze                                                 [FILE ...]
  harf version

Each FILE is one document; - or no FILE reads standard input. With --input jsonl
every line is a document: a JSON object whose --field (default "text") holds the
text and whose --id field (default: the line number) names it.

Run 'harf CMD --help' for the flags of a command, each with an example.

Examples:
  harf normalize article.txt > clean.txt
  harf normalize --input jsonl --preset aggressive news.jsonl > clean.jsonl
  harf transliterate --scheme ala-lc article.txt
  harf search --query "هيثم بن طارق" --query Mekdad articles/*.txt
  harf search --names watchlist.txt --input jsonl --id url --format csv news.jsonl
  harf analyze article.txt

Exit status: 0 on success (search: something matched), 1 when search matched
nothing, 2 on any error (bad input lines are reported as FILE:LINE: why and skipped).
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "-version", "--version":
		return runVersion(nil, stdin, stdout, stderr)
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "harf: unknown command %q (commands: normalize, transliterate, detransliterate, search, analyze, version; see harf --help)\n", args[0])
		return exitError
	}
	return cmd(args[1:], stdin, stdout, stderr)
}

func runVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", "", "Prints Harf's version.", "harf version")
	if status, ok := parse(fs, args, stdout, stderr); !ok {
		return status
	}
	if len(fs.files) > 0 {
		fmt.Fprintln(stderr, "harf version: takes no arguments")
		return exitError
	}
	fmt.Fprintf(stdout, "harf %s\n", version)
	return exitOK
}
