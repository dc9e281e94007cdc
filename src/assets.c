#include "assets.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "strbuf.h"

#ifndef COMMUNIQUE_SCHEMA_DIR
#define COMMUNIQUE_SCHEMA_DIR "schema"
#endif

/* PREFIX/bin/communique → PREFIX/share/communique, if it is there.
 * /proc/self/exe is Linux's; elsewhere this step is skipped. */
static char *beside_executable(void)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    struct strbuf dir = {0}, probe = {0};
    strbuf_printf(&dir, "%s/../share/communique", exe);
    strbuf_printf(&probe, "%s/statement.xsd", dir.data);
    int there = access(probe.data, R_OK) == 0;
    strbuf_free(&probe);
    if (!there) {
        strbuf_free(&dir);
        return NULL;
    }
    return strbuf_detach(&dir);
}

char *assets_dir(const char *explicit_dir)
{
    if (explicit_dir)
        return xstrdup(explicit_dir);
    const char *env = getenv("COMMUNIQUE_SCHEMA_DIR");
    if (env && *env)
        return xstrdup(env);
    char *installed = beside_executable();
    return installed ? installed : xstrdup(COMMUNIQUE_SCHEMA_DIR);
}
