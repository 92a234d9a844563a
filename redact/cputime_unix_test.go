//go:build unix

package redact

import (
	"syscall"
	"time"
)

// cpuTime is the process's user+system CPU time. Benchmarks report MB/s per
// CPU second as well as per wall second, because the machines we measure on
// are shared and wall time includes waiting for a core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
