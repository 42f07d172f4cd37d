// Linux-only calls the Threading module needs that Swift's Glibc module does not expose (_GNU_SOURCE ones), and
// stdio writes to the process's own stdout/stderr.
#ifndef CTHREADING_SHIMS_H
#define CTHREADING_SHIMS_H

#include <pthread.h>

/// The kernel thread id of the calling thread (gettid).
long cthreading_gettid(void);
/// Pins the calling thread to `cpu`; 0 on success.
int cthreading_pin_to_cpu(int cpu);
/// Initialises `mutex` as glibc's adaptive mutex (spins briefly before sleeping) where available, else default.
int cthreading_mutex_init_adaptive(pthread_mutex_t *mutex);
/// Fills `cpus` with up to `max` CPUs the process may run on; returns how many.
int cthreading_allowed_cpus(int *cpus, int max);
/// Writes `text` to stdout (`to_stderr` 0) or stderr (1, then flushed).
void cthreading_write(const char *text, int to_stderr);

#endif
