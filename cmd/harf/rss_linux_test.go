package main

import (
	"os"
	"syscall"
)

// peakRSS returns the peak resident memory of a finished process, in bytes.
func peakRSS(ps *os.ProcessState) int {
	return int(ps.SysUsage().(*syscall.Rusage).Maxrss) << 10 // KiB on Linux
}
