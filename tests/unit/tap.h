/* tap.h — a minimal TAP producer for the unit tests.
 * Each ok() prints "ok N - name" or "not ok N - name"; done_testing()
 * prints the plan and returns the exit status (1 if any test failed). */
#ifndef COMMUNIQUE_TAP_H
#define COMMUNIQUE_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_count, tap_failed;

#define ok(cond, ...)                                                  \
    do {                                                               \
        int pass_ = !!(cond); /* evaluated once */                    \
        tap_count++;                                                   \
        if (pass_) {                                                   \
            printf("ok %d - ", tap_count);                             \
        } else {                                                       \
            tap_failed++;                                              \
            printf("not ok %d - ", tap_count);                         \
        }                                                              \
        printf(__VA_ARGS__);                                           \
        printf("\n");                                                  \
        if (!pass_)                                                    \
            printf("#   failed at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
    } while (0)

/* String equality that treats NULL as its own value. */
#define is_str(got, want, ...)                                                   \
    do {                                                                         \
        const char *g_ = (got), *w_ = (want);                                    \
        int same_ = (g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0); \
        ok(same_, __VA_ARGS__);                                                  \
        if (!same_)                                                              \
            printf("#   got:  %s\n#   want: %s\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
    } while (0)

static inline int done_testing(void)
{
    printf("1..%d\n", tap_count);
    return tap_failed ? 1 : 0;
}

#endif
