/* O_TMPFILE and linkat(AT_SYMLINK_FOLLOW) are Linux extensions. */
#define _GNU_SOURCE

#include "output.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/file.h>
#include <sys/random.h>
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
    /* A concurrent run may create it first: that is as good. */
    if (mkdir(dir, 0777) != 0 && !(errno == EEXIST && stat(dir, &st) == 0 &&
                                   S_ISDIR(st.st_mode))) {
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

/* Hidden names: ".BASE.cqTOKEN.SERIAL.tmp" for an output not yet in place,
 * ".BASE.cqTOKEN.SERIAL.commit" for a set's journal.  TOKEN is 16 hex
 * digits drawn at random once per process, not the pid: pids repeat
 * across containers and restarts, and who owns a hidden file is decided
 * by its lock alone (output_recover).  The base is cut short so the name
 * fits NAME_MAX (255) whenever the target's does; the serial keeps it
 * unique among the batch's worker threads. */
static atomic_uint serial;
static pthread_once_t token_once = PTHREAD_ONCE_INIT;
static unsigned long long process_token;

static void draw_token(void)
{
    unsigned long long t = 0;
    if (getrandom(&t, sizeof t, GRND_NONBLOCK) != (ssize_t)sizeof t) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        t = ((unsigned long long)getpid() << 40) ^ (unsigned long long)ts.tv_nsec ^
            ((unsigned long long)ts.tv_sec << 20);
    }
    process_token = t;
}

static void hidden_name(struct strbuf *sb, const char *dir, const char *base, const char *suffix)
{
    pthread_once(&token_once, draw_token);
    sb->len = 0;
    strbuf_printf(sb, "%s/.%.200s.cq%016llx.%u.%s", dir, base, process_token,
                  atomic_fetch_add(&serial, 1u), suffix);
}

/* The directory's lock (flock), shared or exclusive.  Recovery holds it
 * exclusively while it decides what is dead; writers hold it shared while
 * a hidden file exists unlocked (made, not yet flocked) and exclusively
 * while they rename, so recovery never sees a live file as dead.  -1
 * (errno set) if the directory cannot be opened. */
static int lock_dir(const char *dir, int how)
{
    int dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    /* Out of descriptors under a low limit (ulimit -n, the ones valgrind
     * keeps): the other worker's set in the making holds the rest for a
     * moment; wait for it, a second at most, rather than fail the set. */
    for (int tries = 0; dirfd < 0 && (errno == EMFILE || errno == ENFILE) && tries < 200; tries++) {
        struct timespec pause = {0, 5 * 1000 * 1000};
        nanosleep(&pause, NULL);
        dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    if (dirfd < 0)
        return -1;
    int rc;
    while ((rc = flock(dirfd, how)) != 0 && errno == EINTR)
        ;
    if (rc != 0) {
        int e = errno;
        /* A file system without flock for directories (NFS emulates it
         * with byte-range locks, and an exclusive one needs a descriptor
         * open for writing, which a directory cannot have): go on without
         * the lock, as there is no other to take; concurrent runs into
         * such a directory are not kept apart (README). */
        if (e == EBADF || e == ENOLCK || e == EOPNOTSUPP || e == EINVAL)
            return dirfd;
        close(dirfd);
        errno = e;
        return -1;
    }
    return dirfd;
}

/* Gives the complete unnamed file a hidden name beside its target, for the
 * rename that replaces the target atomically.  The name is made here, not
 * by mkstemp, which would create an empty file first: a kill between the
 * two steps would leave that empty file behind.  Now the only window is
 * between this link and the rename, and what it can leave is a complete
 * copy, never a partial one (the next run removes it: output_recover). */
static int link_complete(int fd, const char *dir, const char *base, const char *suffix,
                         struct strbuf *tmp)
{
    struct strbuf proc = {0};
    strbuf_printf(&proc, "/proc/self/fd/%d", fd);
    int err;
    for (;;) {
        hidden_name(tmp, dir, base, suffix);
        if (linkat(AT_FDCWD, proc.data, AT_FDCWD, tmp->data, AT_SYMLINK_FOLLOW) == 0) {
            err = 0;
            break;
        }
        /* Taken (a token drawn twice is as unlikely as it gets): next. */
        if (errno != EEXIST) {
            err = errno;
            break;
        }
    }
    strbuf_free(&proc);
    return err;
}

/* A new hidden file of that suffix, created exclusively and locked
 * (flock) before anything is written to it: output_recover leaves alone
 * whatever a live writer holds locked.  Between the open and the flock
 * the file is unlocked, so both happen under the directory's shared lock,
 * which recovery's exclusive one waits for.  Used where O_TMPFILE is not
 * to be had. */
static int create_hidden(const char *dir, const char *base, const char *suffix, mode_t mode,
                         struct strbuf *name)
{
    int dirfd = lock_dir(dir, LOCK_SH);
    if (dirfd < 0)
        return -1;
    int fd;
    for (;;) {
        hidden_name(name, dir, base, suffix);
        fd = open(name->data, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd >= 0) {
            flock(fd, LOCK_EX);
            break;
        }
        if (errno == EMFILE || errno == ENFILE) {
            /* Under valgrind the file can be made before the descriptor is
             * refused; the name is this call's own (token and serial). */
            int e = errno;
            unlink(name->data);
            errno = e;
            break;
        }
        if (errno != EEXIST)
            break;
    }
    int e = errno;
    close(dirfd);
    errno = e;
    return fd;
}

/* A complete hidden file holding data: unnamed, locked and written, then
 * linked (O_TMPFILE), so it is never seen unlocked or partial; else made
 * by create_hidden and written.  Returns its descriptor (still locked) or
 * -1 with errno set, nothing left behind. */
static int write_hidden(const char *dir, const char *base, const char *suffix,
                        const char *data, size_t len, struct strbuf *name)
{
    int fd = open_unnamed(dir, 0600);
    if (fd >= 0) {
        flock(fd, LOCK_EX);
        int err = write_all(fd, data, len);
        if (!err)
            err = link_complete(fd, dir, base, suffix, name);
        if (err) {
            close(fd);
            errno = err;
            return -1;
        }
        return fd;
    }
    if (errno == EMFILE || errno == ENFILE)
        return -1;
    fd = create_hidden(dir, base, suffix, 0600, name);
    if (fd < 0)
        return -1;
    int err = write_all(fd, data, len);
    if (err) {
        unlink(name->data);
        close(fd);
        errno = err;
        return -1;
    }
    return fd;
}

/* Whether path is a regular file holding exactly data.  Anything that
 * cannot be read counts as different, so it is written as before. */
static int holds_same_bytes(const char *path, const char *data, size_t len, ino_t *ino)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat st;
    int same = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == len;
    *ino = same ? st.st_ino : 0;
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
    char *path;   /* the target */
    char *tmp;    /* the hidden name; NULL while unnamed */
    size_t len;   /* its bytes and their digest, for the journal */
    unsigned long long digest;
    unsigned long long target_ino; /* the target's inode the journal names (0: none) */
};

/* FNV-1a, 64 bits: not a defence against anyone, only the check that a
 * temporary a journal names still holds what was written (a power cut
 * can leave a named file whose data never reached the disk). */
static unsigned long long fnv1a_more(unsigned long long h, const char *data, size_t len)
{
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)data[i]) * 0x100000001b3ULL;
    return h;
}

/* h of nothing is the offset basis; fnv1a_more goes on from any h. */
static unsigned long long fnv1a(const char *data, size_t len)
{
    return fnv1a_more(0xcbf29ce484222325ULL, data, len);
}

/* A target of the set that already held its bytes, and was left alone. */
struct kept {
    char *path;
    ino_t ino;    /* its inode when it was compared */
};

struct output_set {
    struct staged *files;
    size_t n, cap;
    char *dir;    /* every file of a set is in this directory */
    dev_t dev;    /* its file system, synced once per group */
    int failed;   /* an output could not be written: the set is dropped */
    int journal;  /* the journal's descriptor while committing, or -1 */
    char *journal_name;
    struct kept *kept;
    size_t n_kept;
};

/* Sets wait in one group shared by the worker threads until it holds
 * GROUP_MAX files or output_flush() is called; then one syncfs per file
 * system makes the whole group durable, and only then is each set renamed
 * into place.  An fsync per file cost more than the whole render of a
 * statement (make bench: 1,000 statements × 3 formats, 3.9 s with an
 * fsync each). */
enum { GROUP_MAX = 128 };
static pthread_mutex_t group_lock = PTHREAD_MUTEX_INITIALIZER;
static struct output_set *group[GROUP_MAX];
static size_t group_len, group_files;
static size_t group_cap; /* GROUP_MAX, or less under a low descriptor limit */
static atomic_int commit_failed;

static size_t group_capacity(void)
{
    struct rlimit rl;
    size_t cap = GROUP_MAX;
    /* Leave most descriptors to the rest of the process: the schema and
     * stylesheets, the spool, each worker's set in the making, and (under
     * valgrind) the tool's own. */
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        (rl.rlim_cur > 12 ? (rl.rlim_cur - 12) / 4 : 0) < cap)
        cap = rl.rlim_cur > 12 ? (rl.rlim_cur - 12) / 4 : 0;
    return cap ? cap : 1;
}

static const char *base_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

struct output_set *output_set_new(void)
{
    struct output_set *s = xmalloc(sizeof *s);
    memset(s, 0, sizeof *s);
    s->journal = -1;
    return s;
}

/* Drops what a set staged: descriptors closed, hidden names removed. */
static void set_discard(struct output_set *s)
{
    for (size_t i = 0; i < s->n; i++) {
        if (s->files[i].fd >= 0)
            close(s->files[i].fd);
        if (s->files[i].tmp)
            unlink(s->files[i].tmp);
    }
}

static void set_free(struct output_set *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->files[i].path);
        free(s->files[i].tmp);
    }
    if (s->journal >= 0)
        close(s->journal);
    free(s->journal_name);
    for (size_t i = 0; i < s->n_kept; i++)
        free(s->kept[i].path);
    free(s->kept);
    free(s->files);
    free(s->dir);
    free(s);
}

/* The journal of a set of several files, written before any of them is
 * renamed: "communique commit 2\n", then per file three NUL-terminated
 * fields: its hidden name, its target (both in the set's directory), and
 * "INODE SIZE DIGEST" in hex (the inode the target had then, 0 if none;
 * the temporary's size and FNV-1a digest); then "end\n".  A run killed
 * between the renames leaves it, and the next run completes the renames
 * (output_recover), so the set ends all new; killed before it is
 * complete, no rename has happened, and the set stays all old.  The
 * recorded inodes and digests let recovery refuse a set that a later run
 * has superseded, or whose data a power cut lost. */
static int write_journal(struct output_set *s)
{
    struct strbuf name = {0}, body = {0};
    strbuf_puts(&body, "communique commit 2\n");
    for (size_t i = 0; i < s->n; i++) {
        struct stat st;
        unsigned long long ino = lstat(s->files[i].path, &st) == 0 ? (unsigned long long)st.st_ino : 0;
        s->files[i].target_ino = ino;
        strbuf_puts(&body, base_of(s->files[i].tmp));
        strbuf_putc(&body, '\0');
        strbuf_puts(&body, base_of(s->files[i].path));
        strbuf_putc(&body, '\0');
        strbuf_printf(&body, "%llx %zx %llx", ino, s->files[i].len, s->files[i].digest);
        strbuf_putc(&body, '\0');
    }
    strbuf_puts(&body, "end\n");
    int fd = write_hidden(s->dir, base_of(s->files[0].path), "commit", body.data, body.len, &name);
    int err = fd < 0 ? errno : 0;
    if (!err) {
        s->journal = fd;
        s->journal_name = strbuf_detach(&name);
    }
    strbuf_free(&name);
    strbuf_free(&body);
    return err;
}

/* Renames one staged file into place; one retry for a transient error. */
static int put_in_place(const struct staged *f)
{
    if (rename(f->tmp, f->path) == 0)
        return 0;
    if (errno == ENOENT || errno == ENOTDIR || errno == EISDIR)
        return errno;
    return rename(f->tmp, f->path) == 0 ? 0 : errno;
}

/* Names, journals, syncs, then renames a group of sets.  A failure is
 * reported per file and latched for output_flush() to return. */
static void commit(struct output_set **sets, size_t n)
{
    int failed = 0;
    /* 1. every temporary named, every journal written */
    for (size_t k = 0; k < n; k++) {
        struct output_set *s = sets[k];
        for (size_t i = 0; i < s->n && !s->failed; i++) {
            struct staged *f = &s->files[i];
            if (f->tmp)
                continue;
            struct strbuf tmp = {0};
            int err = link_complete(f->fd, s->dir, base_of(f->path), "tmp", &tmp);
            if (err) {
                diag("%s: cannot write: %s", f->path, strerror(err));
                s->failed = 1;
            } else {
                f->tmp = strbuf_detach(&tmp);
            }
            strbuf_free(&tmp);
        }
        /* A set of several files: its journal, locked, vouches for its
         * temporaries from now on (output_recover leaves alone what a
         * live journal names), so they need their descriptors no more;
         * one is kept for the syncfs.  So a set holds three descriptors
         * while it commits, however many files it has.  The directory's
         * shared lock keeps recovery from listing the temporaries, now
         * unlocked, before it can see the journal.  A single file keeps
         * its own descriptor, and lock, until it is in place. */
        if (!s->failed && s->n > 1) {
            int dirfd = lock_dir(s->dir, LOCK_SH);
            int err = dirfd < 0 ? errno : 0;
#ifdef __linux__
            /* closed first, so the journal's descriptor is never one more
             * (elsewhere each is kept for its own fsync) */
            for (size_t i = 1; i < s->n && !err; i++) {
                close(s->files[i].fd);
                s->files[i].fd = -1;
            }
#endif
            if (!err)
                err = write_journal(s);
            if (dirfd >= 0)
                close(dirfd);
            if (err) {
                diag("%s: cannot write: %s", s->files[0].path, strerror(err));
                s->failed = 1;
            }
        }
        if (s->failed) {
            set_discard(s);
            for (size_t i = 0; i < s->n; i++)
                s->files[i].fd = -1;
            failed = 1;
        }
    }
    /* 2. durable: one syncfs per file system (elsewhere, an fsync per file) */
    int sync_err[GROUP_MAX] = {0};
    for (size_t k = 0; k < n; k++) {
        if (sets[k]->failed)
            continue;
        size_t first = 0;
        while (sets[first]->failed || sets[first]->dev != sets[k]->dev)
            first++;
        if (first < k) {
            sync_err[k] = sync_err[first];
            continue;
        }
#ifdef __linux__
        if (syncfs(sets[k]->files[0].fd) != 0)
            sync_err[k] = errno;
#endif
    }
    /* 3. each set renamed into place, under the directory's lock so that
     * two runs writing one directory never interleave their sets */
    for (size_t k = 0; k < n; k++) {
        struct output_set *s = sets[k];
        if (s->failed)
            continue;
        int err = sync_err[k];
#ifndef __linux__
        for (size_t i = 0; i < s->n && !err; i++)
            if (fsync(s->files[i].fd) != 0 && errno != EINVAL)
                err = errno;
        if (!err && s->journal >= 0 && fsync(s->journal) != 0 && errno != EINVAL)
            err = errno;
#endif
        /* Unlocked renames could interleave with another run's: a
         * directory that cannot be locked fails the set like a sync. */
        int dirfd = err ? -1 : lock_dir(s->dir, LOCK_EX);
        if (!err && dirfd < 0)
            err = errno;
        if (err) {
            diag("%s: cannot write: %s", s->files[0].path, strerror(err));
            set_discard(s);
            if (s->journal_name)
                unlink(s->journal_name);
            failed = 1;
            continue;
        }
        /* A target left alone that another run has replaced since: this
         * set would mix with that run's, so it gives way (no error; the
         * directory holds that run's statement, whole). */
        int superseded = 0;
        for (size_t i = 0; i < s->n_kept; i++) {
            struct stat st;
            superseded |= lstat(s->kept[i].path, &st) != 0 || st.st_ino != s->kept[i].ino;
        }
        /* The same for the targets the journal names: replaced since it
         * was written (the group's sync lies between), they would make
         * the journal wrong, and a kill between the renames would leave
         * a statement mixed from two runs. */
        for (size_t i = 0; i < s->n && s->journal_name && !superseded; i++) {
            struct stat st;
            unsigned long long now = lstat(s->files[i].path, &st) == 0 ? (unsigned long long)st.st_ino : 0;
            superseded = now != s->files[i].target_ino;
        }
        size_t placed = 0;
        for (size_t i = 0; i < s->n && !superseded; i++) {
            int e = put_in_place(&s->files[i]);
            if (e) {
                diag("%s: cannot write: %s%s", s->files[i].path, strerror(e),
                     placed ? " (the next run completes this statement's files)" : "");
                failed = 1;
                if (!placed)
                    break;
            } else {
                placed++;
            }
        }
        if (placed == 0) {
            for (size_t i = 0; i < s->n; i++)
                unlink(s->files[i].tmp);
            if (s->journal_name)
                unlink(s->journal_name);
        } else if (placed == s->n && s->journal_name) {
            unlink(s->journal_name);
        }
        /* Closed (unlocked) only now, under the directory's lock: what is
         * left hidden is the journal of a set cut short, for the next run. */
        for (size_t i = 0; i < s->n; i++)
            if (s->files[i].fd >= 0)
                close(s->files[i].fd);
        for (size_t i = 0; i < s->n; i++)
            s->files[i].fd = -1;
        close(dirfd);
    }
    for (size_t k = 0; k < n; k++)
        set_free(sets[k]);
    if (failed)
        atomic_store(&commit_failed, 1);
}

/* Adds a set to the group; the thread that fills the group commits it,
 * outside the lock, while the others start the next one. */
static void stage(struct output_set *s)
{
    struct output_set *full[GROUP_MAX];
    size_t n = 0;
    pthread_mutex_lock(&group_lock);
    if (!group_cap)
        group_cap = group_capacity();
    /* Descriptors the set holds while it waits and commits: its files and,
     * for several, its journal. */
    size_t cost = s->n + (s->n > 1);
    if (group_len && (group_files + cost > group_cap || group_len == GROUP_MAX)) {
        n = group_len;
        memcpy(full, group, n * sizeof *full);
        group_len = group_files = 0;
    }
    group[group_len++] = s;
    group_files += cost;
    pthread_mutex_unlock(&group_lock);
    if (n)
        commit(full, n);
}

/* Commits the sets waiting, whoever added them. */
static void commit_waiting(void)
{
    struct output_set *rest[GROUP_MAX];
    pthread_mutex_lock(&group_lock);
    size_t n = group_len;
    memcpy(rest, group, n * sizeof *rest);
    group_len = group_files = 0;
    pthread_mutex_unlock(&group_lock);
    if (n)
        commit(rest, n);
}

int output_flush(void)
{
    commit_waiting();
    return atomic_exchange(&commit_failed, 0) ? -1 : 0;
}

static void set_push(struct output_set *s, struct staged f)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 4;
        s->files = xrealloc(s->files, s->cap * sizeof *s->files);
    }
    s->files[s->n++] = f;
}

int output_set_add(struct output_set *s, const char *path, const char *data, size_t len)
{
    if (s->failed)
        return -1;
    ino_t kept;
    if (holds_same_bytes(path, data, len, &kept)) {
        /* Not rewritten; but a concurrent run replacing it before this
         * set's renames would leave a mix of its files and this set's, so
         * the commit checks it is still the same file. */
        s->kept = xrealloc(s->kept, (s->n_kept + 1) * sizeof *s->kept);
        s->kept[s->n_kept++] = (struct kept){xstrdup(path), kept};
        return 1;
    }

    struct strbuf dir = {0}, tmp = {0};
    const char *slash = strrchr(path, '/');
    if (slash)
        strbuf_printf(&dir, "%.*s", (int)(slash - path + (slash == path)), path);
    else
        strbuf_puts(&dir, ".");
    int err = 0;
    if (s->dir && strcmp(s->dir, dir.data) != 0)
        err = EXDEV; /* a set lives in one directory (its journal's) */
    /* open() applies the umask to 0666 itself, as for any new file. */
    int fd = err ? -1 : open_unnamed(dir.data, 0666);
    /* Out of descriptors (a low ulimit -n, the ones valgrind keeps): the
     * waiting sets hold most of them; committing them frees them. */
    if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
        commit_waiting();
        fd = open_unnamed(dir.data, 0666);
    }
    if (fd >= 0) {
        flock(fd, LOCK_EX);
    } else if (!err) {
        fd = create_hidden(dir.data, base_of(path), "tmp", 0666, &tmp);
        if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
            commit_waiting();
            fd = create_hidden(dir.data, base_of(path), "tmp", 0666, &tmp);
        }
        if (fd < 0)
            err = errno;
    }
    struct stat st;
    if (!err)
        err = write_all(fd, data, len);
    if (!err && fstat(fd, &st) != 0)
        err = errno;
    if (err) {
        if (fd >= 0)
            close(fd);
        if (tmp.len)
            unlink(tmp.data);
        diag("%s: cannot write: %s", path, strerror(err));
        s->failed = 1;
    } else {
        if (!s->dir) {
            s->dir = strbuf_detach(&dir);
            s->dev = st.st_dev;
        }
        set_push(s, (struct staged){fd, xstrdup(path), tmp.len ? strbuf_detach(&tmp) : NULL, len,
                                    fnv1a(data, len), 0});
    }
    strbuf_free(&dir);
    strbuf_free(&tmp);
    return err ? -1 : 0;
}

int output_set_commit(struct output_set *s)
{
    if (s->failed || s->n == 0) {
        int rc = s->failed ? -1 : 0;
        set_discard(s);
        set_free(s);
        return rc;
    }
    stage(s);
    return 0;
}

int output_write(const char *path, const char *data, size_t len)
{
    struct output_set *s = output_set_new();
    int rc = output_set_add(s, path, data, len);
    int committed = output_set_commit(s);
    return rc < 0 || committed < 0 ? -1 : rc;
}

/* Whether name is a hidden file of ours with that suffix:
 * ".BASE.cqTOKEN.SERIAL.SUFFIX", TOKEN 16 lower-case hex digits. */
static int is_hidden(const char *name, const char *suffix)
{
    size_t len = strlen(name), sl = strlen(suffix);
    if (name[0] != '.' || len < sl + 24 || strcmp(name + len - sl, suffix) != 0 ||
        name[len - sl - 1] != '.')
        return 0;
    const char *end = name + len - sl - 1; /* the dot before the suffix */
    const char *p = end;
    while (p > name && isdigit((unsigned char)p[-1]))
        p--;
    if (p == end || p - name < 21 || p[-1] != '.')
        return 0; /* no serial, or no room for the token and a base */
    const char *token = p - 17;
    for (int i = 0; i < 16; i++)
        if (!isxdigit((unsigned char)token[i]) || isupper((unsigned char)token[i]))
            return 0;
    return memcmp(token - 3, ".cq", 3) == 0 && token - 3 > name;
}

/* A journal of a build before the "cq" names: ".BASE.PID.N.commit"
 * ("communique commit 1").  It records neither inodes nor digests, so it
 * cannot be completed safely; it is reported, and left as it is. */
static int is_legacy_journal(const char *name)
{
    size_t len = strlen(name);
    if (name[0] != '.' || len < 12 || strcmp(name + len - 7, ".commit") != 0)
        return 0;
    const char *p = name + len - 7;
    for (int part = 0; part < 2; part++) {
        const char *digits_end = p;
        while (p > name && isdigit((unsigned char)p[-1]))
            p--;
        if (p == digits_end || p == name || p[-1] != '.')
            return 0;
        p--;
    }
    return p > name;
}

/* Whether the run that made a hidden file is gone: nobody holds its lock.
 * A live writer holds it from before the file has a name (or, made the
 * portable way, from before the directory's shared lock is let go) until
 * the file is renamed or removed, and output_recover decides under the
 * directory's exclusive lock: no pid, which another container or a
 * restarted machine may reuse, takes part. */
static int owner_gone(int fd)
{
    /* (On NFS an exclusive lock needs the file open for writing: the
     * caller opens it so where it may.) */
    return flock(fd, LOCK_EX | LOCK_NB) == 0;
}

/* A hidden file opened to test its lock: for writing where permitted. */
static int open_hidden(int dirfd, const char *name)
{
    int fd = openat(dirfd, name, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    return fd;
}

/* A name a journal may hold: a plain file name in its directory. */
static int plain_name(const char *s)
{
    return *s && !strchr(s, '/') && strcmp(s, ".") != 0 && strcmp(s, "..") != 0;
}

/* Whether the temporary at fd (in dirfd) holds len bytes of that digest. */
static int holds_digest(int dirfd, const char *name, size_t len, unsigned long long digest)
{
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat st;
    int same = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == len;
    unsigned long long h = fnv1a(NULL, 0);
    char buf[65536];
    size_t at = 0;
    while (same && at < len) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            same = 0;
            break;
        }
        h = fnv1a_more(h, buf, (size_t)n);
        at += (size_t)n;
    }
    close(fd);
    return same && at == len && h == digest;
}

struct journal_entry {
    const char *tmp, *target;
    unsigned long long ino, digest;
    size_t len;
    int pending; /* the temporary is still there */
};

/* Reads a journal: 1 and its entries (pointing into *buf, which the
 * caller frees) if it is complete and well formed, else 0.  A journal is
 * complete whenever another process can see it: it is written before it
 * gets its name, or under the directory's shared lock. */
static int read_journal(int fd, char **buf, struct journal_entry **entries, size_t *count)
{
    enum { JOURNAL_MAX = 1 << 20 };
    static const char head[] = "communique commit 2\n", tail[] = "end\n";
    char *b = xmalloc(JOURNAL_MAX);
    size_t len = 0;
    ssize_t n;
    while (len < JOURNAL_MAX && (n = read(fd, b + len, JOURNAL_MAX - len)) > 0)
        len += (size_t)n;
    *buf = b;
    *entries = NULL;
    *count = 0;
    if (len < sizeof head - 1 + sizeof tail - 1 || memcmp(b, head, sizeof head - 1) != 0 ||
        memcmp(b + len - (sizeof tail - 1), tail, sizeof tail - 1) != 0)
        return 0;
    b[len - (sizeof tail - 1)] = '\0'; /* the fields end here */
    size_t cap = 0;
    const char *p = b + sizeof head - 1, *end = b + len - (sizeof tail - 1);
    while (p < end) {
        const char *field[3];
        for (int f = 0; f < 3; f++) {
            const char *nul = p < end ? memchr(p, '\0', (size_t)(end - p)) : NULL;
            if (!nul)
                return 0;
            field[f] = p;
            p = nul + 1;
        }
        struct journal_entry je = {field[0], field[1], 0, 0, 0, 0};
        if (!plain_name(je.tmp) || !plain_name(je.target) || !is_hidden(je.tmp, "tmp") ||
            sscanf(field[2], "%llx %zx %llx", &je.ino, &je.len, &je.digest) != 3)
            return 0;
        if (*count == cap) {
            cap = cap ? 2 * cap : 8;
            *entries = xrealloc(*entries, cap * sizeof **entries);
        }
        (*entries)[(*count)++] = je;
    }
    return 1;
}

/* Completes the renames of a dead run's journal (called under the
 * directory's exclusive lock, dirfd).  Only if the set is still what the
 * journal describes: every temporary left holds its recorded bytes, and
 * every target still to be replaced is the file it was when the journal
 * was written.  Otherwise a later run has replaced the statement, or a
 * power cut lost the data before any rename (renames follow the sync),
 * and the set is dropped: its temporaries are removed, the targets kept.
 * An incomplete journal was still being written: no rename had begun. */
static void roll_forward(int dirfd, int fd)
{
    char *buf;
    struct journal_entry *e;
    size_t count;
    int intact = read_journal(fd, &buf, &e, &count);
    for (size_t i = 0; i < count && intact; i++) {
        struct stat st, ts;
        e[i].pending = fstatat(dirfd, e[i].tmp, &st, AT_SYMLINK_NOFOLLOW) == 0;
        if (!e[i].pending)
            continue; /* in place already */
        int had = fstatat(dirfd, e[i].target, &ts, AT_SYMLINK_NOFOLLOW) == 0;
        if (!S_ISREG(st.st_mode) || !holds_digest(dirfd, e[i].tmp, e[i].len, e[i].digest) ||
            (had ? (unsigned long long)ts.st_ino != e[i].ino : e[i].ino != 0))
            intact = 0;
    }
    for (size_t i = 0; i < count; i++)
        if (e[i].pending) {
            if (intact)
                renameat(dirfd, e[i].tmp, dirfd, e[i].target);
            else
                unlinkat(dirfd, e[i].tmp, 0);
        }
    free(e);
    free(buf);
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void output_recover(const char *dir)
{
    /* Exclusive: no writer is between making a hidden file and locking
     * it, between writing its journal and letting its temporaries' locks
     * go, or renaming, while this decides what is dead. */
    int dirfd = lock_dir(dir, LOCK_EX);
    if (dirfd < 0)
        return;
    int scan = dup(dirfd);
    DIR *d = scan >= 0 ? fdopendir(scan) : NULL;
    if (!d) {
        if (scan >= 0)
            close(scan);
        close(dirfd);
        return;
    }
    char **names = NULL, **vouched = NULL;
    size_t n = 0, cap = 0, n_vouched = 0;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.' && is_legacy_journal(ent->d_name))
            diag("%s/%s: left by an interrupted run of an earlier version of communique; "
                 "check that statement's files (convert it again), then remove it and the "
                 "hidden files it names", dir, ent->d_name);
        if (ent->d_name[0] != '.' ||
            (!is_hidden(ent->d_name, "commit") && !is_hidden(ent->d_name, "tmp")))
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            names = xrealloc(names, cap * sizeof *names);
        }
        names[n++] = xstrdup(ent->d_name);
    }
    closedir(d);
    /* Journals first: a dead run's are completed (or dropped); a live
     * run's (locked) vouch for the temporaries they name, whose own
     * descriptors that run has closed. */
    for (size_t i = 0; i < n; i++) {
        if (!is_hidden(names[i], "commit"))
            continue;
        int fd = open_hidden(dirfd, names[i]);
        struct stat st;
        if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
            if (owner_gone(fd)) {
                roll_forward(dirfd, fd);
                unlinkat(dirfd, names[i], 0);
            } else {
                char *buf;
                struct journal_entry *e;
                size_t count;
                read_journal(fd, &buf, &e, &count);
                vouched = xrealloc(vouched, (n_vouched + count + 1) * sizeof *vouched);
                for (size_t k = 0; k < count; k++)
                    vouched[n_vouched++] = xstrdup(e[k].tmp);
                free(e);
                free(buf);
            }
        }
        if (fd >= 0)
            close(fd);
    }
    if (n_vouched > 1)
        qsort(vouched, n_vouched, sizeof *vouched, cmp_name);
    for (size_t i = 0; i < n; i++) {
        if (!is_hidden(names[i], "tmp") ||
            (n_vouched && bsearch(&names[i], vouched, n_vouched, sizeof *vouched, cmp_name)))
            continue;
        int fd = open_hidden(dirfd, names[i]);
        struct stat st;
        if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && owner_gone(fd))
            unlinkat(dirfd, names[i], 0);
        if (fd >= 0)
            close(fd);
    }
    close(dirfd);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    for (size_t i = 0; i < n_vouched; i++)
        free(vouched[i]);
    free(vouched);
}

/* What communique writes carries one of these in its first bytes: the
 * statement namespace (XML; Atom entries and JSON Feed items name it too),
 * the generator of its pages, the contract's key, Akoma Ntoso's source. */
static const char *const OWN_MARKERS[] = {
    "urn:communique:statement:", "<meta name=\"generator\" content=\"communique\"",
    "\"schema_version\":", ">communique</generator>", "source=\"#communique\"",
    /* the index's search words (schema/collection-search.xsl) */
    "/* communique search index:",
    /* the CSV rendering's header row (schema/statement-csv.xsl) */
    "id,date,title,issuer,kind,country,country_name,elections,aligned_countries,source_url,"
    "source_file\r\n",
    NULL};
enum { MARKER_WINDOW = 4096 };

/* A text rendering ends with its source line and the digest:
 * "Source: NAME (form), sha256\n    <64 hex>\n". */
static int ends_like_own_text(const char *tail, size_t len)
{
    if (len < 70 || tail[len - 1] != '\n')
        return 0;
    const char *hex = tail + len - 65;
    for (int i = 0; i < 64; i++)
        if (!isxdigit((unsigned char)hex[i]))
            return 0;
    static const char before[] = ", sha256\n    ";
    size_t bl = sizeof before - 1;
    if (memcmp(hex - bl, before, bl) != 0)
        return 0;
    for (const char *p = hex - bl; p > tail; p--)
        if (p[-1] == '\n')
            return strncmp(p, "Source: ", 8) == 0;
    return 0;
}

int output_is_ours(const char *path)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat st;
    char buf[MARKER_WINDOW + 1];
    int ours = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        ssize_t n = pread(fd, buf, MARKER_WINDOW, 0);
        if (n > 0) {
            buf[n] = '\0';
            for (const char *const *m = OWN_MARKERS; *m && !ours; m++)
                ours = strstr(buf, *m) != NULL;
        }
        size_t name_len = strlen(path);
        if (!ours && name_len > 4 && strcmp(path + name_len - 4, ".txt") == 0 && st.st_size > 0) {
            off_t from = st.st_size > 512 ? st.st_size - 512 : 0;
            n = pread(fd, buf, (size_t)(st.st_size - from), from);
            ours = n > 0 && ends_like_own_text(buf, (size_t)n);
        }
    }
    close(fd);
    return ours;
}

int output_url_is_http(const char *u)
{
    const char *host = strncmp(u, "https://", 8) == 0 ? u + 8 : strncmp(u, "http://", 7) == 0 ? u + 7 : NULL;
    if (!host || !*host || *host == '/' || *host == ':')
        return 0;
    for (const unsigned char *p = (const unsigned char *)u; *p; p++)
        if (*p <= ' ' || *p == 0x7f || strchr("\"<>\\^`{|}", *p))
            return 0;
    return 1;
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
