// Package peakrss measures the peak resident memory of a running process.
//
// The rusage a parent gets from wait4 does not do: on Linux a child started
// with vfork and exec (as os/exec does) inherits the parent's high-water mark
// in ru_maxrss, so a child of a large parent reports the parent's peak. The
// kernel's VmHWM in /proc/PID/status belongs to the process's own memory map
// and starts afresh at exec; Watch samples it while the process runs.
package peakrss

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

// Watch samples the VmHWM of process pid every interval until stop is
// called, which samples once more and returns the highest value seen in
// bytes, or -1 if none could be read (not Linux, or the process ended before
// the first sample). Of a process that has ended, only the last interval of
// its life goes unseen: the high-water mark covers everything before it.
func Watch(pid int, interval time.Duration) (stop func() int64) {
	var (
		mu   sync.Mutex
		peak int64 = -1
		done       = make(chan struct{})
		wg   sync.WaitGroup
	)
	sample := func() {
		if v, err := vmHWM(pid); err == nil {
			mu.Lock()
			peak = max(peak, v)
			mu.Unlock()
		}
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			sample()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() int64 {
		close(done)
		wg.Wait()
		sample()
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// vmHWM reads the peak resident set size of pid from /proc, in bytes.
func vmHWM(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if rest, ok := bytes.CutPrefix(sc.Bytes(), []byte("VmHWM:")); ok {
			f := bytes.Fields(rest) // "1234 kB"
			if len(f) == 2 && string(f[1]) == "kB" {
				kb, err := strconv.ParseInt(string(f[0]), 10, 64)
				return kb << 10, err
			}
		}
	}
	return 0, fmt.Errorf("/proc/%d/status: no VmHWM", pid)
}
