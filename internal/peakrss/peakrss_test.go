package peakrss

import (
	"os"
	"os/exec"
	"runtime"
	"testing"
	"time"
)

// TestWatchSeesGrowth runs a child that holds 64 MB and checks that Watch
// sees at least that much, and that a child holding little is seen smaller.
func TestWatchSeesGrowth(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("VmHWM is Linux's")
	}
	measure := func(mb string) int64 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHold$")
		cmd.Env = append(os.Environ(), "PEAKRSS_HOLD_MB="+mb)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		in, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		stop := Watch(cmd.Process.Pid, 5*time.Millisecond)
		buf := make([]byte, 1)
		if _, err := out.Read(buf); err != nil { // the child holds its memory, and waits
			t.Fatal(err)
		}
		peak := stop()
		in.Close() // the child ends
		cmd.Wait()
		return peak
	}
	big, small := measure("64"), measure("0")
	if big < 64<<20 {
		t.Errorf("a child holding 64 MB: peak %d MB", big>>20)
	}
	if small < 0 || small >= big-32<<20 {
		t.Errorf("a child holding nothing: peak %d MB, the 64 MB child %d MB", small>>20, big>>20)
	}
}

// TestHelperHold is the child of TestWatchSeesGrowth.
func TestHelperHold(t *testing.T) {
	mb := os.Getenv("PEAKRSS_HOLD_MB")
	if mb == "" {
		t.Skip("the child of TestWatchSeesGrowth")
	}
	n := 0
	for _, c := range mb {
		n = n*10 + int(c-'0')
	}
	b := make([]byte, n<<20)
	for i := range b {
		b[i] = byte(i)
	}
	os.Stdout.Write([]byte{'.'})
	os.Stdin.Read(make([]byte, 1)) // until the parent has measured
	runtime.KeepAlive(b)
}
