// Linux calls DocGen needs that Swift's Glibc module does not expose (_GNU_SOURCE or raw syscalls).
#ifndef CDOCGEN_SHIMS_H
#define CDOCGEN_SHIMS_H

/// Atomically exchanges the paths `a` and `b` (both must exist): renameat2(RENAME_EXCHANGE). Returns 0, or -1 with
/// errno set (ENOSYS off Linux, EINVAL where the file system cannot exchange).
int cdocgen_rename_exchange(const char *a, const char *b);
/// Renames `from` to `to` only if `to` does not exist: renameat2(RENAME_NOREPLACE). Returns 0, or -1 with errno set
/// (EEXIST when `to` exists; ENOSYS/EINVAL where unsupported).
int cdocgen_rename_noreplace(const char *from, const char *to);
/// Gives memory the process freed back to the system (glibc's malloc_trim: free pages inside the heap, not only at
/// its end); does nothing elsewhere.
void cdocgen_release_free_memory(void);

/// Makes the calling process a child subreaper (prctl PR_SET_CHILD_SUBREAPER): orphans among its descendants are
/// re-parented to it instead of init. Returns 0, or -1 with errno set (ENOSYS off Linux).
int cdocgen_become_subreaper(void);

/// Catches `signals` (`count` of them) with a handler that writes each arrival's number, one byte, into `fd` (the
/// write end of a pipe): whichever thread the kernel picks, and whatever its signal mask, nothing is lost, and the
/// reader does the work outside the handler. Returns 0, or -1 with errno set.
int cdocgen_catch_signals_into(int fd, const int *signals, int count);

/// 1 when `signo`'s disposition in this process is "ignore" (SIG_IGN, as a non-interactive shell leaves SIGINT for
/// a background job, or nohup SIGHUP), else 0.
int cdocgen_signal_is_ignored(int signo);

#endif
