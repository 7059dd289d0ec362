package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows how much of the input is done on standard error: a bar
// when the input's size is known (regular files), a counter when it is not
// (a pipe). It is off unless standard error is a terminal or --progress says so.
type progress struct{ bar *progressbar.ProgressBar }

func newProgress(in *inputFlags, files []string, stderr io.Writer) *progress {
	on := in.progress.on
	if !in.progress.set {
		f, ok := stderr.(*os.File)
		on = ok && term.IsTerminal(int(f.Fd()))
	}
	if !on {
		return &progress{}
	}
	total := int64(0)
	for _, name := range files {
		var info os.FileInfo
		var err error
		if name == "-" {
			info, err = os.Stdin.Stat()
		} else {
			info, err = os.Stat(name)
		}
		if err != nil || !info.Mode().IsRegular() {
			total = -1 // unknown: a pipe
			break
		}
		total += info.Size()
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetDescription("harf"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionClearOnFinish(),
	)
	bar.RenderBlank() // at once: the first update may come only after a large batch
	return &progress{bar: bar}
}

func (p *progress) add(n int) {
	if p.bar != nil {
		p.bar.Add(n)
	}
}

// clear takes the bar off the line so a message can be written there.
func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
