/* O_TMPFILE and linkat(AT_SYMLINK_FOLLOW) are Linux extensions. */
#define _GNU_SOURCE

#include "output.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "strbuf.h"

int output_ensure_dir(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return 0;
        diag("%s: not a directory", dir);
        return -1;
    }
    if (mkdir(dir, 0777) != 0) {
        diag("%s: cannot create directory: %s", dir, strerror(errno));
        return -1;
    }
    return 0;
}

static int write_all(int fd, const char *data, size_t len)
{
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        done += (size_t)n;
    }
    return 0;
}

/* Linux: an O_TMPFILE file has no name until linked, so a crash or kill -9
 * while writing leaves nothing behind at all.  Returns -1 (errno set) where
 * the kernel or file system does not support it. */
static int open_unnamed(const char *dir, mode_t mode)
{
#ifdef O_TMPFILE
    /* Naming it later goes through /proc (linkat); no /proc, no O_TMPFILE.
     * Asked once per process: 0 unknown, 1 there, 2 missing. */
    static atomic_int proc_fd;
    if (atomic_load(&proc_fd) == 0)
        atomic_store(&proc_fd, access("/proc/self/fd", X_OK) == 0 ? 1 : 2);
    if (atomic_load(&proc_fd) != 1) {
        errno = EOPNOTSUPP;
        return -1;
    }
    return open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
#else
    (void)dir;
    (void)mode;
    errno = EOPNOTSUPP;
    return -1;
#endif
}

/* Gives the complete unnamed file a hidden name beside its target, for the
 * rename that replaces the target atomically.  The name is made here, not
 * by mkstemp, which would create an empty file first: a kill between the
 * two steps would leave that empty file behind.  Now the only window is
 * between this link and the rename, and what it can leave is a complete
 * copy, never a partial one. */
static int link_complete(int fd, const char *dir, const char *base, struct strbuf *tmp)
{
    /* Shared by the batch's worker threads. */
    static atomic_uint serial;
    struct strbuf proc = {0};
    strbuf_printf(&proc, "/proc/self/fd/%d", fd);
    int err;
    for (;;) {
        tmp->len = 0;
        /* The base is cut short so the hidden name fits NAME_MAX (255)
         * whenever the target's name does; pid and serial keep it unique. */
        strbuf_printf(tmp, "%s/.%.200s.%ld.%u.tmp", dir, base, (long)getpid(),
                      atomic_fetch_add(&serial, 1u));
        if (linkat(AT_FDCWD, proc.data, AT_FDCWD, tmp->data, AT_SYMLINK_FOLLOW) == 0) {
            err = 0;
            break;
        }
        /* A leftover of an earlier process that had this pid: next name. */
        if (errno != EEXIST) {
            err = errno;
            break;
        }
    }
    strbuf_free(&proc);
    return err;
}

/* Whether path is a regular file holding exactly data.  Anything that
 * cannot be read counts as different, so it is written as before. */
static int holds_same_bytes(const char *path, const char *data, size_t len)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat st;
    int same = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == len;
    char buf[65536];
    size_t at = 0;
    while (same && at < len) {
        size_t want = len - at < sizeof buf ? len - at : sizeof buf;
        ssize_t n = read(fd, buf, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || memcmp(buf, data + at, (size_t)n) != 0)
            same = 0;
        else
            at += (size_t)n;
    }
    /* A file that grew while being compared is not the same. */
    if (same && read(fd, buf, 1) != 0)
        same = 0;
    close(fd);
    return same;
}

/* An output written in full but not yet in place.  Unnamed (O_TMPFILE)
 * ones are only an open descriptor until committed, so a kill before the
 * commit leaves nothing at all. */
struct staged {
    int fd;
    dev_t dev;    /* the file system, synced once per group */
    char *path;   /* the target */
    char *dir;    /* its directory */
    char *tmp;    /* the hidden name; NULL while unnamed */
};

/* Outputs wait in one group shared by the worker threads until it is
 * full or output_flush() is called; then one syncfs per file system makes
 * the whole group durable, and only then is each renamed over its target.
 * An fsync per file cost more than the whole render of a statement
 * (make bench: 1,000 statements × 3 formats, 3.9 s with an fsync each). */
enum { GROUP_MAX = 128 };
static pthread_mutex_t group_lock = PTHREAD_MUTEX_INITIALIZER;
static struct staged group[GROUP_MAX];
static size_t group_len;
static size_t group_cap; /* GROUP_MAX, or less under a low descriptor limit */
static atomic_int commit_failed;

static size_t group_capacity(void)
{
    struct rlimit rl;
    size_t cap = GROUP_MAX;
    /* Leave most descriptors to the rest of the process. */
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        rl.rlim_cur / 4 < cap)
        cap = rl.rlim_cur / 4;
    return cap ? cap : 1;
}

static void staged_free(struct staged *s)
{
    free(s->path);
    free(s->dir);
    free(s->tmp);
}

/* Makes a group durable, then puts each output in place.  A failure is
 * reported per file and latched for output_flush() to return. */
static void commit(struct staged *s, size_t n)
{
    int failed = 0;
    int sync_err[GROUP_MAX] = {0};
    for (size_t i = 0; i < n; i++) {
        size_t first = 0;
        while (s[first].dev != s[i].dev)
            first++;
        if (first < i) {
            sync_err[i] = sync_err[first];
            continue;
        }
#ifdef __linux__
        if (syncfs(s[i].fd) != 0)
            sync_err[i] = errno;
#endif
    }
    for (size_t i = 0; i < n; i++) {
        int err = sync_err[i];
#ifndef __linux__
        if (!err && fsync(s[i].fd) != 0 && errno != EINVAL)
            err = errno;
#endif
        if (!err && !s[i].tmp) {
            struct strbuf tmp = {0};
            const char *base = strrchr(s[i].path, '/');
            err = link_complete(s[i].fd, s[i].dir, base ? base + 1 : s[i].path, &tmp);
            s[i].tmp = err ? NULL : strbuf_detach(&tmp);
            strbuf_free(&tmp);
        }
        if (close(s[i].fd) != 0 && !err)
            err = errno;
        if (!err && rename(s[i].tmp, s[i].path) != 0)
            err = errno;
        if (err && s[i].tmp)
            unlink(s[i].tmp);
        if (err) {
            diag("%s: cannot write: %s", s[i].path, strerror(err));
            failed = 1;
        }
        staged_free(&s[i]);
    }
    if (failed)
        atomic_store(&commit_failed, 1);
}

/* Adds a written output to the group; the thread that fills the group
 * commits it, outside the lock, while the others start the next one. */
static void stage(struct staged *s)
{
    struct staged full[GROUP_MAX];
    size_t n = 0;
    pthread_mutex_lock(&group_lock);
    if (!group_cap)
        group_cap = group_capacity();
    group[group_len++] = *s;
    if (group_len >= group_cap) {
        n = group_len;
        memcpy(full, group, n * sizeof *full);
        group_len = 0;
    }
    pthread_mutex_unlock(&group_lock);
    if (n)
        commit(full, n);
}

int output_flush(void)
{
    struct staged rest[GROUP_MAX];
    pthread_mutex_lock(&group_lock);
    size_t n = group_len;
    memcpy(rest, group, n * sizeof *rest);
    group_len = 0;
    pthread_mutex_unlock(&group_lock);
    if (n)
        commit(rest, n);
    return atomic_exchange(&commit_failed, 0) ? -1 : 0;
}

int output_write(const char *path, const char *data, size_t len)
{
    if (holds_same_bytes(path, data, len))
        return 1;

    struct strbuf dir = {0}, tmp = {0};
    const char *slash = strrchr(path, '/');
    if (slash)
        strbuf_printf(&dir, "%.*s", (int)(slash - path + (slash == path)), path);
    else
        strbuf_puts(&dir, ".");
    int err = 0, named = 0;
    /* open() applies the umask to 0666 itself, as for any new file. */
    int fd = open_unnamed(dir.data, 0666);
    if (fd < 0) {
        strbuf_printf(&tmp, "%s/.%s.XXXXXX", dir.data, slash ? slash + 1 : path);
        fd = mkstemp(tmp.data);
        if (fd < 0) {
            err = errno;
            goto done;
        }
        named = 1;
        /* mkstemp makes 0600; outputs are ordinary files.  Reading the
         * umask means setting it, so only this fallback does. */
        mode_t mask = umask(0);
        umask(mask);
        fchmod(fd, 0666 & ~mask);
    }
    struct stat st;
    err = write_all(fd, data, len);
    if (!err && fstat(fd, &st) != 0)
        err = errno;
    if (err) {
        close(fd);
        if (named)
            unlink(tmp.data);
        goto done;
    }
    struct staged s = {fd, st.st_dev, xstrdup(path), strbuf_detach(&dir),
                       named ? strbuf_detach(&tmp) : NULL};
    stage(&s);
done:
    if (err)
        diag("%s: cannot write: %s", path, strerror(err));
    strbuf_free(&dir);
    strbuf_free(&tmp);
    return err ? -1 : 0;
}

char *output_page_href(const char *stem, const char *base)
{
    struct strbuf sb = {0};
    if (base && *base)
        strbuf_printf(&sb, "%s%s", base, base[strlen(base) - 1] == '/' ? "" : "/");
    else
        strbuf_puts(&sb, "./");
    for (const unsigned char *p = (const unsigned char *)stem; *p; p++) {
        if (isalnum(*p) || *p == '-' || *p == '.' || *p == '_' || *p == '~')
            strbuf_putc(&sb, (char)*p);
        else
            strbuf_printf(&sb, "%%%02X", *p);
    }
    strbuf_puts(&sb, ".html");
    return strbuf_detach(&sb);
}

char *output_stem(const char *path)
{
    if (strcmp(path, "-") == 0)
        return xstrdup("stdin");
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return xstrndup(base, n);
}
