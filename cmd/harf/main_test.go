package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// harfBin is the command built once by TestMain: the tests run it as a user
// would, through its arguments, standard streams and exit status.
var harfBin string

func TestMain(m *testing.M) {
	flag.Parse()
	for _, name := range []string{"test.fuzz", "test.list"} {
		if f := flag.Lookup(name); f != nil && f.Value.String() != "" {
			os.Exit(m.Run()) // fuzzing calls the reader directly: no binary needed
		}
	}
	dir, err := os.MkdirTemp("", "harf-cli-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	harfBin = filepath.Join(dir, "harf")
	out, err := exec.Command("go", "build", "-o", harfBin, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building harf: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of harf gave.
type result struct {
	stdout, stderr string
	status         int
}

// harf runs the built command with args and stdin; dir is its working
// directory ("" for the test's).
func harf(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	if harfBin == "" {
		t.Skip("no harf binary (fuzzing)")
	}
	cmd := exec.Command(harfBin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("harf %s: %v", strings.Join(args, " "), err)
		}
		r.status = ee.ExitCode()
	}
	return r
}

// writeFiles writes files (name → content) into a new temporary directory
// and returns its path.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// wantStatus fails unless r ended with status, showing its stderr.
func wantStatus(t *testing.T, r result, status int, what string) {
	t.Helper()
	if r.status != status {
		t.Fatalf("%s: status %d, want %d; stderr:\n%s", what, r.status, status, r.stderr)
	}
}
