#define _GNU_SOURCE
#include "CThreadingShims.h"
#include <stdio.h>
#ifdef __linux__
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

long cthreading_gettid(void) {
#ifdef __linux__
    return (long)syscall(SYS_gettid);
#else
    return 0;
#endif
}

int cthreading_pin_to_cpu(int cpu) {
#ifdef __linux__
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof(set), &set);
#else
    (void)cpu;
    return -1;
#endif
}

int cthreading_mutex_init_adaptive(pthread_mutex_t *mutex) {
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
#ifdef PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_ADAPTIVE_NP);
#endif
    int rc = pthread_mutex_init(mutex, &attr);
    pthread_mutexattr_destroy(&attr);
    return rc;
}

int cthreading_allowed_cpus(int *cpus, int max) {
#ifdef __linux__
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) != 0) return 0;
    int n = 0;
    for (int cpu = 0; cpu < CPU_SETSIZE && n < max; cpu++) {
        if (CPU_ISSET(cpu, &set)) cpus[n++] = cpu;
    }
    return n;
#else
    (void)cpus;
    (void)max;
    return 0;
#endif
}

void cthreading_write(const char *text, int to_stderr) {
    FILE *file = to_stderr ? stderr : stdout;
    fputs(text, file);
    if (to_stderr) fflush(file);
}
