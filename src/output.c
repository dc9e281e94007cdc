#include "output.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "strbuf.h"

int output_ensure_dir(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return 0;
        fprintf(stderr, "communique: %s: not a directory\n", dir);
        return -1;
    }
    if (mkdir(dir, 0777) != 0) {
        fprintf(stderr, "communique: %s: cannot create directory: %s\n", dir, strerror(errno));
        return -1;
    }
    return 0;
}

int output_write(const char *path, const char *data, size_t len)
{
    struct strbuf tmp = {0};
    const char *slash = strrchr(path, '/');
    if (slash)
        strbuf_printf(&tmp, "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
    else
        strbuf_printf(&tmp, ".%s.XXXXXX", path);
    int fd = mkstemp(tmp.data);
    if (fd < 0) {
        fprintf(stderr, "communique: %s: cannot write: %s\n", path, strerror(errno));
        strbuf_free(&tmp);
        return -1;
    }
    /* mkstemp makes 0600; outputs are ordinary files. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    size_t done = 0;
    int err = 0;
    while (done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        done += (size_t)n;
    }
    if (!err && fsync(fd) != 0 && errno != EINVAL)
        err = errno;
    if (close(fd) != 0 && !err)
        err = errno;
    if (!err && rename(tmp.data, path) != 0)
        err = errno;
    if (err) {
        unlink(tmp.data);
        fprintf(stderr, "communique: %s: cannot write: %s\n", path, strerror(err));
    }
    strbuf_free(&tmp);
    return err ? -1 : 0;
}
