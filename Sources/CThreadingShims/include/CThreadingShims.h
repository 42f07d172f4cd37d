// Linux-only calls the Threading module needs that Swift's Glibc module does not expose (_GNU_SOURCE ones), stdio
// writes to the process's own stdout/stderr, and user-level stack switching (fiber.c).
#ifndef CTHREADING_SHIMS_H
#define CTHREADING_SHIMS_H

#include <pthread.h>
#include <stdint.h>

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

/// A user-level thread: its own stack (guard page below) and saved registers (`fiber.c`).
typedef struct cthreading_fiber cthreading_fiber;
/// A new fiber that runs `entry(arg)` when first switched to (`entry` must never return: it switches away instead);
/// `core` becomes the calling thread's `cthreading_current_core()` while it runs. NULL when out of memory.
cthreading_fiber *cthreading_fiber_create(void (*entry)(void *), void *arg, void *core);
/// The calling OS thread's own context, to switch fibers from and back to.
cthreading_fiber *cthreading_fiber_for_thread(void);
/// Frees a fiber that is not running (a suspended one is dropped: its frames are never resumed).
void cthreading_fiber_destroy(cthreading_fiber *fiber);
/// Suspends `from` (the running context) and resumes `to`; returns when something switches back to `from`.
void cthreading_fiber_switch(cthreading_fiber *from, cthreading_fiber *to);
/// The `core` of the fiber running on the calling OS thread, NULL outside fibers.
void *cthreading_current_core(void);
/// A number unique to the running fiber (0 outside fibers).
uintptr_t cthreading_current_identity(void);
/// The calling OS thread's footprint recorder (set while it carries a run under exhaustive search), or NULL.
void *cthreading_current_footprint(void);
/// Sets (or, with NULL, clears) the calling OS thread's footprint recorder.
void cthreading_set_current_footprint(void *footprint);
/// 1 when built with ThreadSanitizer (fiber switches are annotated).
int cthreading_fiber_tsan_annotated(void);

#endif
