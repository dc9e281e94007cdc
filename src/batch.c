#include "batch.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "strbuf.h"

struct result {
    char *messages;     /* captured, not yet printed */
    int done, failed;
};

struct run {
    const struct batch *b;
    batch_job job;
    void *ctx;
    pthread_mutex_t lock;
    struct result *results;
    size_t next_claim, next_report, done, failed;
    int stop;
    double started, last_drawn;
    int line_shown;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void erase_progress(struct run *r)
{
    if (r->line_shown) {
        fputs("\r\033[K", stderr);
        r->line_shown = 0;
    }
}

static void draw_progress(struct run *r, int force)
{
    double t = now();
    if (!r->b->progress || (!force && t - r->last_drawn < 0.1))
        return;
    r->last_drawn = t;
    double rate = t > r->started ? (double)r->done / (t - r->started) : 0.0;
    fprintf(stderr, "\r\033[K%s: %zu/%zu, %.1f/s, %zu failed", r->b->verb, r->done, r->b->n, rate,
            r->failed);
    r->line_shown = 1;
}

/* Under the lock: prints every finished result whose turn has come. */
static void report_ready(struct run *r)
{
    while (r->next_report < r->b->n && r->results[r->next_report].done) {
        struct result *res = &r->results[r->next_report++];
        if (res->messages) {
            erase_progress(r);
            fputs(res->messages, stderr);
            free(res->messages);
            res->messages = NULL;
        }
    }
}

static void *worker(void *arg)
{
    struct run *r = arg;
    for (;;) {
        pthread_mutex_lock(&r->lock);
        if (r->stop || r->next_claim >= r->b->n) {
            pthread_mutex_unlock(&r->lock);
            return NULL;
        }
        size_t i = r->next_claim++;
        pthread_mutex_unlock(&r->lock);

        diag_capture_begin();
        int failed = r->job(i, r->ctx) != 0;
        char *messages = diag_capture_end();

        pthread_mutex_lock(&r->lock);
        r->results[i] = (struct result){messages, 1, failed};
        r->done++;
        if (failed) {
            r->failed++;
            if (r->b->fail_fast)
                r->stop = 1;
        }
        report_ready(r);
        draw_progress(r, r->done == r->b->n);
        pthread_mutex_unlock(&r->lock);
    }
}

size_t batch_run(const struct batch *b, batch_job job, void *ctx)
{
    struct run r = {.b = b, .job = job, .ctx = ctx};
    pthread_mutex_init(&r.lock, NULL);
    r.results = xmalloc((b->n ? b->n : 1) * sizeof *r.results);
    memset(r.results, 0, (b->n ? b->n : 1) * sizeof *r.results);
    r.started = r.last_drawn = now();
    int jobs = b->fail_fast || b->jobs < 1 ? 1 : b->jobs;
    if ((size_t)jobs > b->n)
        jobs = b->n ? (int)b->n : 1;
    pthread_t *threads = xmalloc((size_t)jobs * sizeof *threads);
    int started = 0;
    /* The calling thread is worker 0; a thread that cannot be started only
     * means fewer workers. */
    for (int t = 1; t < jobs; t++)
        if (pthread_create(&threads[started], NULL, worker, &r) == 0)
            started++;
    worker(&r);
    for (int t = 0; t < started; t++)
        pthread_join(threads[t], NULL);
    free(threads);
    erase_progress(&r);
    for (size_t i = 0; i < b->n; i++)
        free(r.results[i].messages);
    free(r.results);
    pthread_mutex_destroy(&r.lock);
    return r.failed;
}

int batch_default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}
