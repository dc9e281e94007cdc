/* O_TMPFILE is a Linux extension. */
#define _GNU_SOURCE
#include "spool.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "strbuf.h"

struct spool {
    int fd;
    off_t end; /* where the next put goes */
    pthread_mutex_t lock;
};

/* An unnamed file where the kernel has O_TMPFILE, else a hidden name that
 * is unlinked as soon as it is open. */
static int open_scratch(const char *dir)
{
#ifdef O_TMPFILE
    int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
#endif
    struct strbuf path = {0};
    strbuf_printf(&path, "%s/.communique-spool.XXXXXX", dir);
    int fd2 = mkostemp(path.data, O_CLOEXEC);
    if (fd2 >= 0)
        unlink(path.data);
    strbuf_free(&path);
    return fd2;
}

struct spool *spool_open(const char *dir)
{
    int fd = open_scratch(dir);
    if (fd < 0)
        return NULL;
    struct spool *s = malloc(sizeof *s);
    if (!s) {
        close(fd);
        errno = ENOMEM;
        return NULL;
    }
    s->fd = fd;
    s->end = 0;
    pthread_mutex_init(&s->lock, NULL);
    return s;
}

int spool_put(struct spool *s, const void *data, size_t len, struct spool_ref *ref)
{
    ref->len = 0;
    if (!len)
        return -1;
    /* The range is reserved under the lock; the write itself runs unlocked,
     * each thread into its own range.  A failed write wastes its range. */
    pthread_mutex_lock(&s->lock);
    off_t at = s->end;
    s->end += (off_t)len;
    pthread_mutex_unlock(&s->lock);
    size_t done = 0;
    while (done < len) {
        ssize_t n = pwrite(s->fd, (const char *)data + done, len - done, at + (off_t)done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        done += (size_t)n;
    }
    ref->offset = at;
    ref->len = len;
    return 0;
}

char *spool_get(struct spool *s, const struct spool_ref *ref)
{
    if (!ref->len)
        return NULL;
    char *buf = malloc(ref->len);
    if (!buf)
        return NULL;
    size_t done = 0;
    while (done < ref->len) {
        ssize_t n = pread(s->fd, buf + done, ref->len - done, ref->offset + (off_t)done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            free(buf);
            return NULL;
        }
        done += (size_t)n;
    }
    return buf;
}

void spool_close(struct spool *s)
{
    if (!s)
        return;
    close(s->fd);
    pthread_mutex_destroy(&s->lock);
    free(s);
}
