#define _GNU_SOURCE
#include "CDocGenShims.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
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
