/* An LD_PRELOAD shim for fault injection, in the manner of SQLite's I/O
 * error tests: the Nth call of one file operation fails with a chosen
 * errno, or the process is killed (SIGKILL) at that call, so a test can
 * try every point of a run where the disk could fail or the power go.
 *
 *   COMMUNIQUE_FAULT_OP     write | fsync | syncfs | linkat | rename | renameat
 *   COMMUNIQUE_FAULT_N      which call fails (1 = the first); 0 = none
 *   COMMUNIQUE_FAULT_ERRNO  EIO (default) | ENOSPC
 *   COMMUNIQUE_FAULT_KILL   1: SIGKILL at that call instead of failing it
 *   COMMUNIQUE_FAULT_COUNT  a file: at exit, how many calls were seen
 *   COMMUNIQUE_FAULT_PAUSE  "OP:SECONDS" (0.5 too): every call of OP (another one)
 *                           first sleeps so long, so a test can run
 *                           something else inside that window
 *
 * write counts only descriptors above 2, so messages are not faults. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static atomic_long calls;
static long fail_at = -1;
static int fail_errno = EIO, do_kill;
static const char *op = "", *count_file;
static char pause_op[32];
static double pause_seconds;

__attribute__((constructor)) static void init(void)
{
    const char *s = getenv("COMMUNIQUE_FAULT_OP");
    op = s ? s : "";
    s = getenv("COMMUNIQUE_FAULT_N");
    fail_at = s ? atol(s) : 0;
    s = getenv("COMMUNIQUE_FAULT_ERRNO");
    fail_errno = s && strcmp(s, "ENOSPC") == 0 ? ENOSPC : EIO;
    s = getenv("COMMUNIQUE_FAULT_KILL");
    do_kill = s && strcmp(s, "1") == 0;
    count_file = getenv("COMMUNIQUE_FAULT_COUNT");
    s = getenv("COMMUNIQUE_FAULT_PAUSE");
    const char *colon = s ? strchr(s, ':') : NULL;
    if (colon && (size_t)(colon - s) < sizeof pause_op) {
        memcpy(pause_op, s, (size_t)(colon - s));
        pause_op[colon - s] = '\0';
        pause_seconds = strtod(colon + 1, NULL);
    }
}

__attribute__((destructor)) static void report(void)
{
    if (!count_file)
        return;
    FILE *f = fopen(count_file, "w");
    if (f) {
        fprintf(f, "%ld\n", atomic_load(&calls));
        fclose(f);
    }
}

/* Whether this call of operation name is the one to fail. */
static int fault(const char *name)
{
    if (pause_seconds > 0 && strcmp(pause_op, name) == 0) {
        struct timespec t = {(time_t)pause_seconds,
                             (long)((pause_seconds - (double)(time_t)pause_seconds) * 1e9)};
        while (nanosleep(&t, &t) != 0 && errno == EINTR)
            ;
    }
    if (strcmp(op, name) != 0)
        return 0;
    long n = atomic_fetch_add(&calls, 1) + 1;
    if (n != fail_at)
        return 0;
    if (do_kill)
        raise(SIGKILL);
    errno = fail_errno;
    return 1;
}

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

ssize_t write(int fd, const void *buf, size_t n)
{
    if (fd > 2 && fault("write"))
        return -1;
    return REAL(write)(fd, buf, n);
}

int fsync(int fd)
{
    return fault("fsync") ? -1 : REAL(fsync)(fd);
}

int syncfs(int fd)
{
    return fault("syncfs") ? -1 : REAL(syncfs)(fd);
}

int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)
{
    return fault("linkat") ? -1 : REAL(linkat)(olddirfd, oldpath, newdirfd, newpath, flags);
}

int rename(const char *oldpath, const char *newpath)
{
    return fault("rename") ? -1 : REAL(rename)(oldpath, newpath);
}

int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath)
{
    return fault("renameat") ? -1 : REAL(renameat)(olddirfd, oldpath, newdirfd, newpath);
}
