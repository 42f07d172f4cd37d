#define _GNU_SOURCE
#include "CDocGenShims.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/fs.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#ifdef __linux__
static int renameat2_flags(const char *from, const char *to, unsigned int flags) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, flags);
}
#endif

int cdocgen_rename_exchange(const char *a, const char *b) {
#ifdef __linux__
    return renameat2_flags(a, b, RENAME_EXCHANGE);
#else
    (void)a;
    (void)b;
    errno = ENOSYS;
    return -1;
#endif
}

int cdocgen_rename_noreplace(const char *from, const char *to) {
#ifdef __linux__
    return renameat2_flags(from, to, RENAME_NOREPLACE);
#else
    (void)from;
    (void)to;
    errno = ENOSYS;
    return -1;
#endif
}

#ifdef __GLIBC__
#include <malloc.h>
#endif

void cdocgen_release_free_memory(void) {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

#ifdef __linux__
#include <sys/prctl.h>
int cdocgen_become_subreaper(void) { return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); }
#else
int cdocgen_become_subreaper(void) { errno = ENOSYS; return -1; }
#endif

static volatile sig_atomic_t caught_signals_fd = -1;

static void write_caught_signal(int signo) {
    int saved = errno;
    unsigned char byte = (unsigned char)signo;
    if (caught_signals_fd >= 0) {
        ssize_t written = write(caught_signals_fd, &byte, 1);
        (void)written;
    }
    errno = saved;
}

int cdocgen_signal_is_ignored(int signo) {
    struct sigaction current;
    if (sigaction(signo, NULL, &current) != 0) return 0;
    return current.sa_handler == SIG_IGN;
}

int cdocgen_catch_signals_into(int fd, const int *signals, int count) {
    caught_signals_fd = fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = write_caught_signal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < count; i++) {
        if (sigaction(signals[i], &action, NULL) != 0) return -1;
    }
    return 0;
}
