/* communique — command line: convert, validate, render.
 *
 * The pipeline per raw statement, each stage its own module:
 *   read (rawtext) → normalise → classify + extract → build XML (xmlbuild)
 *   → validate (xmldoc) → transform (render) → write (output). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <getopt.h>
#include <pthread.h>
#include <unistd.h>
#include <libxml/parser.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltconfig.h>
#include <libexslt/exslt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "assets.h"
#include "utf8.h"
#include "batch.h"
#include "extract.h"
#include "feed.h"
#include "help.h"
#include "link.h"
#include "output.h"
#include "rawtext.h"
#include "render.h"
#include "sandbox.h"
#include "sidecar.h"
#include "spool.h"
#include "diag.h"
#include "strbuf.h"
#include "xmlbuild.h"
#include "xmldoc.h"

#ifndef COMMUNIQUE_VERSION
#define COMMUNIQUE_VERSION "0.1.0"
#endif

enum exit_code { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

struct options {
    const char *output_dir;   /* NULL: standard output (or output_file) */
    const char *output_file;  /* -o FILE: one input, one format, this file */
    int output_stdout;        /* -o - was given */
    int formats[FORMAT_COUNT];
    int any_format;
    const char *schema_dir;
    int fail_fast;
    int no_link;
    const char *title;
    const char *base_url;
    int jobs;
    int quiet;
    int follow_symlinks;
};

static int usage_error(const char *msg)
{
    if (msg)
        diag("%s", msg);
    help_usage(stderr);
    return EXIT_USAGE;
}

/* A command's usage error: the message, then where to read more (as
 * coreutils, jq and pandoc do), not the whole usage. */
static int command_usage_error(const char *command, const char *msg)
{
    if (msg)
        diag("%s", msg);
    fprintf(stderr, "Try 'communique %s --help' for more information.\n", command);
    return EXIT_USAGE;
}

static int parse_formats(const char *list, struct options *o)
{
    char *copy = xstrdup(list);
    int ok = 1;
    for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok;
         tok = strtok_r(NULL, ",", &save)) {
        int f = format_from_name(tok);
        if (f < 0) {
            diag("unknown format '%s' (xml, json, html, text, akn, csv)", tok);
            ok = 0;
            break;
        }
        o->formats[f] = 1;
        o->any_format = 1;
    }
    free(copy);
    return ok;
}

/* The options each command takes, as getopt codes (see longopts). */
#define OPTS_CONVERT "ofsFLjqhS"
#define OPTS_VALIDATE "sFjqhS"
#define OPTS_RENDER "ofsFjqhS"
#define OPTS_FEED "otbsFjqhS"

/* Parses argv (argv[0] is the command) for the options in allowed; one
 * that another command takes, or none does, is reported here. */
static int parse_options(int argc, char **argv, struct options *o, const char *allowed)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"format", required_argument, NULL, 'f'},
        {"schema-dir", required_argument, NULL, 's'},
        {"fail-fast", no_argument, NULL, 'F'},
        {"no-link", no_argument, NULL, 'L'},
        {"title", required_argument, NULL, 't'},
        {"base-url", required_argument, NULL, 'b'},
        {"jobs", required_argument, NULL, 'j'},
        {"quiet", no_argument, NULL, 'q'},
        {"follow-symlinks", no_argument, NULL, 'S'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    memset(o, 0, sizeof *o);
    optind = 1;
    opterr = 0; /* our own messages, prefixed "communique: COMMAND:" */
    int c;
    o->jobs = batch_default_jobs();
    int idx = -1;
    while ((c = getopt_long(argc, argv, ":o:f:j:qh", longopts, &idx)) != -1) {
        const char *given = argv[optind - 1];
        char name[64];
        if (idx >= 0)
            snprintf(name, sizeof name, "--%s", longopts[idx].name);
        else
            snprintf(name, sizeof name, "-%c", c == '?' || c == ':' ? optopt : c);
        idx = -1;
        if (c == '?') {
            /* getopt_long leaves optopt 0 for an unknown long option, and
             * the option's letter for a known one given a value it does
             * not take ("--quiet=1").  Inside a bundle ("-zq") optind has
             * not moved on yet, so the argument before is no guide. */
            const struct option *lo = NULL;
            for (const struct option *l = longopts; optopt && l->name && !lo; l++)
                if (l->val == optopt && strncmp(given, "--", 2) == 0 &&
                    strncmp(given + 2, l->name, strcspn(given + 2, "=")) == 0 &&
                    strchr(given, '='))
                    lo = l;
            /* An abbreviation that several options begin with. */
            size_t glen = strncmp(given, "--", 2) == 0 ? strcspn(given + 2, "=") : 0;
            int begin = 0;
            for (const struct option *l = longopts; glen && l->name; l++)
                begin += strncmp(l->name, given + 2, glen) == 0;
            if (lo)
                diag("%s: option '--%s' takes no value", argv[0], lo->name);
            else if (!optopt && begin > 1)
                diag("%s: option '%.*s' is ambiguous (several options begin so)", argv[0],
                     (int)(glen + 2), given);
            else if (!optopt)
                diag("%s: unrecognized option '%.*s'", argv[0], (int)strcspn(given, "="), given);
            else
                diag("%s: unrecognized option '-%c'", argv[0], optopt);
            return -1;
        }
        if (c == ':') {
            diag("%s: option '%s' needs a value", argv[0],
                 strncmp(given, "--", 2) == 0 ? given : name);
            return -1;
        }
        if (!strchr(allowed, c)) {
            diag("%s: option '%s' does not apply to %s", argv[0], name, argv[0]);
            return -1;
        }
        switch (c) {
        case 'o':
            /* "-o -" is standard output, as with other tools, not a
             * directory named "-" (write ./- for that). */
            o->output_dir = strcmp(optarg, "-") == 0 ? NULL : optarg;
            o->output_stdout = strcmp(optarg, "-") == 0;
            break;
        case 'f':
            if (!parse_formats(optarg, o))
                return -1;
            break;
        case 's':
            o->schema_dir = optarg;
            break;
        case 'F':
            o->fail_fast = 1;
            break;
        case 'L':
            o->no_link = 1;
            break;
        case 't':
            o->title = optarg;
            break;
        case 'b':
            o->base_url = optarg;
            break;
        case 'j': {
            char *end;
            long j = strtol(optarg, &end, 10);
            if (*optarg == '\0' || *end || j < 1 || j > 256) {
                diag("%s: -j wants a number of threads from 1 to 256, not '%s'", argv[0], optarg);
                return -1;
            }
            o->jobs = (int)j;
            break;
        }
        case 'q':
            o->quiet = 1;
            break;
        case 'S':
            o->follow_symlinks = 1;
            break;
        case 'h':
            /* argv[0] is the command: "convert --help" is its help. */
            help_print(stdout, argv[0]);
            exit(EXIT_OK);
        default:
            return -1;
        }
    }
    return 0;
}

static const char *display_name(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

static int cmp_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Which directory entries a command takes: convert takes every file,
 * feed its *.xml files. */
static int entry_wanted(const char *name, const char *suffix)
{
    if (name[0] == '.')
        return 0;
    size_t n = strlen(name), k = suffix ? strlen(suffix) : 0;
    return !suffix || (n > k && strcmp(name + n - k, suffix) == 0);
}

/* What expanding a directory set aside. */
struct expansion {
    int follow_symlinks;  /* read links in a directory (--follow-symlinks) */
    int skip_own;         /* leave out the files communique wrote (convert) */
    int skip_feeds;       /* leave out an atom.xml communique wrote (validate, render) */
    size_t own_skipped;
    size_t links_refused; /* each reported */
};

/* Expands directories into their non-hidden entries (only those named
 * *SUFFIX when a suffix is given), sorted so a batch is processed (and
 * reported) in the same order every time.  In a directory, a symbolic link
 * is refused unless x->follow_symlinks (a link to /etc/passwd would be
 * converted and published), and with x->skip_own the files communique
 * wrote are left out: convert given an earlier run's output directory
 * reads its raw statements, not its pages. */
static char **expand_inputs(char **args, int n, size_t *count, const char *suffix,
                            struct expansion *x)
{
    char **list = NULL;
    *count = 0;
    for (int i = 0; i < n; i++) {
        struct stat st;
        DIR *d = NULL;
        if (strcmp(args[i], "-") != 0 && stat(args[i], &st) == 0 && S_ISDIR(st.st_mode))
            d = opendir(args[i]);
        if (!d) {
            char **slot = array_push(&list, count, sizeof *slot);
            *slot = xstrdup(args[i]);
            continue;
        }
        size_t first = *count;
        struct dirent *e;
        while ((e = readdir(d))) {
            if (!entry_wanted(e->d_name, suffix))
                continue;
            struct strbuf path = {0};
            strbuf_printf(&path, "%s/%s", args[i], e->d_name);
            /* Subdirectories are not entered; anything else that is not
             * a readable regular file (a dangling link, a FIFO) is kept,
             * so that it is reported rather than silently passed over. */
            struct stat fst, lst;
            if (!x->follow_symlinks && lstat(path.data, &lst) == 0 && S_ISLNK(lst.st_mode)) {
                diag("%s: is a symbolic link; not read without --follow-symlinks", path.data);
                x->links_refused++;
                strbuf_free(&path);
            } else if (stat(path.data, &fst) == 0 && S_ISDIR(fst.st_mode)) {
                strbuf_free(&path);
            } else if (x->skip_own && sidecar_is_name(e->d_name)) {
                strbuf_free(&path); /* corrections of a raw input (sidecar.h), not one */
            } else if ((x->skip_own && output_is_ours(path.data)) ||
                       (x->skip_feeds && strcmp(e->d_name, "atom.xml") == 0 &&
                        output_is_ours(path.data))) {
                x->own_skipped++;
                strbuf_free(&path);
            } else {
                char **slot = array_push(&list, count, sizeof *slot);
                *slot = strbuf_detach(&path);
            }
        }
        closedir(d);
        if (*count - first > 1)
            qsort(list + first, *count - first, sizeof *list, cmp_strings);
    }
    return list;
}

/* A file name goes into the statement (source/@file, related/@file) and
 * into its output names: one that is not UTF-8 or holds a control
 * character is refused, alone, before any pass reads it.  Returns the
 * number refused; the list keeps the others, in order. */
static size_t refuse_unprintable_names(char **inputs, size_t *n)
{
    size_t kept = 0, refused = 0;
    for (size_t i = 0; i < *n; i++) {
        const char *slash = strrchr(inputs[i], '/');
        const char *base = slash ? slash + 1 : inputs[i];
        size_t len = strlen(base);
        int bad = utf8_first_invalid(base, len) != len;
        for (const unsigned char *p = (const unsigned char *)base; *p && !bad; p++)
            bad = *p < 0x20 || *p == 0x7f;
        if (bad && strcmp(inputs[i], "-") != 0) {
            diag("'%s': file name is not printable UTF-8", inputs[i]);
            free(inputs[i]);
            refused++;
        } else {
            inputs[kept++] = inputs[i];
        }
    }
    *n = kept;
    return refused;
}

/* DIR/STEM.EXT: where convert writes an input's output of format f. */
static char *output_file_path(const char *dir, const char *stem, enum format f)
{
    struct strbuf sb = {0};
    strbuf_printf(&sb, "%s/%s.%s", dir, stem, format_extension(f));
    return strbuf_detach(&sb);
}

/* An output must never replace an input: "convert -o d d/s.txt" would
 * write d/s.txt (the text rendering) over the raw statement, and
 * "convert -o out out" re-reads its own pages as raw text.  Both are
 * refused before anything is written.  Returns -1 after reporting. */
struct file_id {
    dev_t dev;
    ino_t ino;
    size_t input;
};

static int cmp_file_id(const void *a, const void *b)
{
    const struct file_id *x = a, *y = b;
    if (x->dev != y->dev)
        return x->dev < y->dev ? -1 : 1;
    return (x->ino > y->ino) - (x->ino < y->ino);
}

static int cmp_file_id_then_input(const void *a, const void *b)
{
    const struct file_id *x = a, *y = b;
    int c = cmp_file_id(a, b);
    return c ? c : (x->input > y->input) - (x->input < y->input);
}

/* The same file given twice ("convert -o d a.txt a.txt", or a file and
 * its directory) is one input: the later mentions are dropped, so it
 * does not clash with itself. */
static void drop_repeated_inputs(char **inputs, size_t *n)
{
    struct file_id *ids = xmalloc((*n ? *n : 1) * sizeof *ids);
    size_t m = 0;
    for (size_t i = 0; i < *n; i++) {
        struct stat st;
        if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0 && S_ISREG(st.st_mode))
            ids[m++] = (struct file_id){st.st_dev, st.st_ino, i};
    }
    qsort(ids, m, sizeof *ids, cmp_file_id_then_input);
    unsigned char *drop = xmalloc(*n ? *n : 1);
    memset(drop, 0, *n ? *n : 1);
    /* equal files in input order: the first is kept */
    for (size_t k = 1; k < m; k++)
        if (ids[k].dev == ids[k - 1].dev && ids[k].ino == ids[k - 1].ino)
            drop[ids[k].input] = 1;
    size_t kept = 0;
    for (size_t i = 0; i < *n; i++) {
        if (drop[i])
            free(inputs[i]);
        else
            inputs[kept++] = inputs[i];
    }
    *n = kept;
    free(drop);
    free(ids);
}

/* The -o directory given as an input directory too. */
static int refuse_output_dir_as_input(char **args, int n_args, const struct options *o)
{
    struct stat dir;
    if (!o->output_dir || stat(o->output_dir, &dir) != 0)
        return 0;
    for (int i = 0; i < n_args; i++) {
        struct stat st;
        if (strcmp(args[i], "-") != 0 && stat(args[i], &st) == 0 && S_ISDIR(st.st_mode) &&
            st.st_dev == dir.st_dev && st.st_ino == dir.st_ino) {
            diag("%s: is the output directory of this run; choose another -o", args[i]);
            return -1;
        }
    }
    return 0;
}

static int refuse_outputs_over_inputs(char **args, int n_args, char *const *inputs, size_t n,
                                      const struct options *o)
{
    struct stat dir;
    if (!o->output_dir || stat(o->output_dir, &dir) != 0)
        return 0; /* a directory still to be made holds no input */
    /* convert's raw inputs must not share its output directory; render
     * reads statement XML and may well write its renderings beside it */
    if (args && refuse_output_dir_as_input(args, n_args, o) != 0)
        return -1;
    struct file_id *ids = xmalloc((n ? n : 1) * sizeof *ids);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0)
            ids[m++] = (struct file_id){st.st_dev, st.st_ino, i};
    }
    qsort(ids, m, sizeof *ids, cmp_file_id);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        char *stem = output_stem(inputs[i]);
        for (int f = 0; f < FORMAT_COUNT && rc == 0; f++) {
            if (!o->formats[f])
                continue;
            char *out = output_file_path(o->output_dir, stem, (enum format)f);
            struct stat st;
            if (stat(out, &st) == 0) {
                struct file_id key = {st.st_dev, st.st_ino, 0};
                const struct file_id *hit = bsearch(&key, ids, m, sizeof *ids, cmp_file_id);
                if (hit) {
                    diag("%s: is an input of this run; choose another -o", inputs[hit->input]);
                    rc = -1;
                } else if (!output_is_ours(out)) {
                    /* notes.txt beside notes.md: the user's, not a rendering */
                    diag("%s: exists and was not written by communique; move it or choose "
                         "another -o", out);
                    rc = -1;
                }
            }
            free(out);
        }
        free(stem);
    }
    free(ids);
    return rc;
}

/* Two inputs of one run that would write the same output names ("a.txt"
 * and "a.md" both make a.json) must not overwrite each other silently:
 * the later one is refused.  Returns, per input, the index of the earlier
 * input with its name, or -1; sorting keeps this O(n log n) for batches of
 * many thousands of files. */
struct named_input {
    char *stem;
    size_t index;
};

static int cmp_named(const void *a, const void *b)
{
    const struct named_input *x = a, *y = b;
    int c = strcmp(x->stem, y->stem);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

static long *find_name_clashes(char *const *inputs, size_t n)
{
    struct named_input *named = xmalloc((n ? n : 1) * sizeof *named);
    long *earlier = xmalloc((n ? n : 1) * sizeof *earlier);
    for (size_t i = 0; i < n; i++) {
        named[i].stem = output_stem(inputs[i]);
        named[i].index = i;
        earlier[i] = -1;
    }
    qsort(named, n, sizeof *named, cmp_named);
    for (size_t i = 1; i < n; i++)
        if (strcmp(named[i].stem, named[i - 1].stem) == 0)
            earlier[named[i].index] = (long)named[i - 1].index;
    for (size_t i = 0; i < n; i++)
        free(named[i].stem);
    free(named);
    return earlier;
}

/* "-o stmt.json" with one input and one format names the file to write,
 * as in xmllint, jq and pandoc: an existing regular file, or a path not
 * there yet that ends in the format's extension.  Anything else is the
 * output directory.  Turns o->output_dir into o->output_file then. */
static int count_formats(const struct options *o);

static void choose_output_file(struct options *o, size_t n_inputs)
{
    if (!o->output_dir || n_inputs != 1 || count_formats(o) != 1)
        return;
    int f = 0;
    while (!o->formats[f])
        f++;
    struct stat st;
    const char *ext = format_extension((enum format)f);
    size_t len = strlen(o->output_dir), el = strlen(ext);
    int named = len > el + 1 && o->output_dir[len - el - 1] == '.' &&
                strcmp(o->output_dir + len - el, ext) == 0;
    if (stat(o->output_dir, &st) == 0 ? S_ISREG(st.st_mode) : named) {
        o->output_file = o->output_dir;
        o->output_dir = NULL;
    }
}

/* -o FILE: never an input of the run, never a file communique did not
 * write; its directory must exist. */
static int refuse_output_file(const struct options *o, char *const *inputs, size_t n)
{
    struct stat out, in;
    if (stat(o->output_file, &out) != 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &in) == 0 &&
            in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
            diag("%s: is an input of this run; choose another -o", inputs[i]);
            return -1;
        }
    if (!output_is_ours(o->output_file)) {
        diag("%s: exists and was not written by communique; move it or choose another -o",
             o->output_file);
        return -1;
    }
    return 0;
}

/* The -o directory, made if missing, with what a dead run left there
 * completed or removed (output_recover) before anything is written. */
static int prepare_output_dir(const char *dir)
{
    if (output_ensure_dir(dir) != 0)
        return -1;
    output_recover(dir);
    return 0;
}

/* -o FILE: what a dead run left hidden beside it is dealt with too. */
static int prepare_output_file(const char *file)
{
    const char *slash = strrchr(file, '/');
    char *dir = slash ? xstrndup(file, (size_t)(slash - file) + (slash == file)) : xstrdup(".");
    output_recover(dir);
    free(dir);
    return 0;
}

/* Renders a valid document in every format the options ask for, all in
 * memory first so a failure leaves no partial set of outputs, then writes
 * them to DIR/STEM.EXT (or standard output).  convert and render share it;
 * xml, when not NULL, is the serialised form of doc (malloc'ed). */
static int render_and_write(const struct options *o, struct renderer *r, xmlDocPtr doc,
                            char *xml, size_t xml_len, const char *name, const char *stem,
                            int to_stdout)
{
    int rc = 0;
    char *rendered[FORMAT_COUNT] = {0};
    size_t rendered_len[FORMAT_COUNT] = {0};
    /* The XML doc was parsed from, when the caller has it, is written as
     * it is: those are the bytes validated, and serialising doc again
     * would give them back (render_and_write takes them over). */
    if (xml && o->formats[FORMAT_XML]) {
        rendered[FORMAT_XML] = xml;
        rendered_len[FORMAT_XML] = xml_len;
        xml = NULL;
    }
    free(xml);
    for (int f = 0; f < FORMAT_COUNT && rc == 0; f++)
        if (o->formats[f] && !rendered[f] &&
            render_format(r, doc, (enum format)f, name, &rendered[f], &rendered_len[f]) != 0)
            rc = -1;
    /* A statement's files are one set: all new or all old (output.h). */
    struct output_set *set = to_stdout || rc != 0 ? NULL : output_set_new();
    for (int f = 0; f < FORMAT_COUNT && rc == 0; f++) {
        if (!rendered[f])
            continue;
        if (to_stdout) {
            if (fwrite(rendered[f], 1, rendered_len[f], stdout) != rendered_len[f])
                rc = -1;
            continue;
        }
        char *out = o->output_file ? xstrdup(o->output_file)
                                   : output_file_path(o->output_dir, stem, (enum format)f);
        if (output_set_add(set, out, rendered[f], rendered_len[f]) < 0)
            rc = -1;
        free(out);
    }
    if (set && output_set_commit(set) < 0)
        rc = -1;
    for (int f = 0; f < FORMAT_COUNT; f++)
        free(rendered[f]);
    return rc;
}

/* What tells that a file was replaced or written to: kept per input for
 * the whole run, so the few fields of struct stat that matter. */
struct file_identity {
    dev_t dev;
    ino_t ino;
    off_t size;
    struct timespec mtime, ctime;
};

/* What the link pass learnt of an input: the body's language and, in the
 * spool, the document it built (everything but its relations, which the
 * pass exists to find), serialised as xmldoc_serialise writes it.  With
 * it the conversion pass neither reads, extracts nor builds that input
 * again, as long as the file is the one the link pass read (same inode,
 * size and times; else it is read again, and if its bytes still hash the
 * same, the spooled document is used all the same). */
struct linked_input {
    char sha256[SHA256_HEX_LEN + 1];
    const char *language;  /* NULL: the link pass did not read this input */
    struct spool_ref built; /* len 0: not spooled, extract again */
    int identified;         /* the file's identity below was read */
    struct file_identity file; /* just before the link pass read it */
};

static struct file_identity identity_of(const struct stat *st)
{
    return (struct file_identity){st->st_dev, st->st_ino, st->st_size, st->st_mtim, st->st_ctim};
}

static int same_file(const struct file_identity *a, const struct file_identity *b)
{
    return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
           a->mtime.tv_sec == b->mtime.tv_sec && a->mtime.tv_nsec == b->mtime.tv_nsec &&
           a->ctime.tv_sec == b->ctime.tv_sec && a->ctime.tv_nsec == b->ctime.tv_nsec;
}

/* Whether path is still the file the link pass read and spooled. */
static int unchanged_since_link_pass(const char *path, const struct linked_input *known)
{
    struct stat now;
    if (!known || !known->language || !known->built.len || !known->identified ||
        stat(path, &now) != 0)
        return 0;
    struct file_identity id = identity_of(&now);
    return same_file(&id, &known->file);
}

/* The link pass's document with its relations, parsed from the spool as
 * if it had been built and read back here, and the bytes it was parsed
 * from (*xml_out, malloc'ed); NULL if the spool cannot be read (it never
 * should be: the caller then builds it again). */
static xmlDocPtr document_from_spool(struct spool *spool, const struct linked_input *known,
                                     const struct link_set *links, long link_index,
                                     const char *xml_name, char **xml_out, size_t *xml_len)
{
    char *spooled = spool ? spool_get(spool, &known->built) : NULL;
    if (!spooled)
        return NULL;
    size_t count = 0;
    const struct related *rel =
        link_index >= 0 ? link_related(links, (size_t)link_index, &count) : NULL;
    size_t len;
    char *xml = xmlbuild_splice_related(spooled, known->built.len, rel, count, &len);
    free(spooled);
    xmlDocPtr doc = xml ? xmldoc_parse(xml, len, xml_name) : NULL;
    if (doc) {
        *xml_out = xml;
        *xml_len = len;
    } else {
        free(xml);
    }
    return doc;
}

/* The document for raw: the link pass's when raw holds the bytes it read,
 * else extracted and built here, and the bytes it was parsed from (*xml,
 * malloc'ed).  It carries its relations; NULL after reporting why. */
static xmlDocPtr build_document(const char *path, const struct raw_text *raw,
                                struct spool *spool, const struct linked_input *known,
                                const struct link_set *links, long link_index,
                                const char *xml_name, char **xml, size_t *xml_len,
                                int *reported)
{
    int same = known && known->language && strcmp(known->sha256, raw->sha256) == 0;
    if (same && known->built.len) {
        xmlDocPtr doc =
            document_from_spool(spool, known, links, link_index, xml_name, xml, xml_len);
        if (doc)
            return doc;
        /* unreadable (it never should be): made again below, as unspooled */
    }
    struct statement st;
    const char *base = strrchr(path, '/');
    extract_statement_in(raw, strcmp(path, "-") == 0 ? "-" : base ? base + 1 : path,
                         same ? known->language : NULL, &st);
    char err[512];
    if (sidecar_apply(path, &st, err, sizeof err) != 0) {
        diag("%s", err);
        statement_free(&st);
        *reported = 1;
        return NULL;
    }
    if (link_index >= 0)
        link_copy_related(links, (size_t)link_index, &st);
    char *bytes = NULL;
    size_t len = 0;
    xmlDocPtr doc = xmldoc_reread(statement_to_xml(&st), xml_name, &bytes, &len);
    statement_free(&st);
    if (doc) {
        *xml = xstrndup(bytes, len);
        *xml_len = len;
        xmlFree(bytes);
    }
    return doc;
}

/* Converts one raw statement; all requested renderings are made in memory
 * first so a failure leaves no partial set of outputs behind. */
static int convert_one(const char *path, const struct options *o, xmlSchemaPtr schema,
                       struct renderer *r, int to_stdout, const struct link_set *links,
                       long link_index, struct spool *spool, const struct linked_input *known)
{
    const char *name = display_name(path);
    char *stem = output_stem(path);
    struct strbuf xml_name = {0};
    strbuf_printf(&xml_name, "%s.xml", stem);
    int reported = 0;
    xmlDocPtr doc = NULL;
    char *xml = NULL;
    size_t xml_len = 0;
    if (unchanged_since_link_pass(path, known))
        doc = document_from_spool(spool, known, links, link_index, xml_name.data, &xml,
                                  &xml_len);
    if (!doc) {
        struct raw_text raw;
        char err[256];
        if (raw_text_load(path, &raw, err, sizeof err) != 0) {
            diag("%s: %s", name, err);
            strbuf_free(&xml_name);
            free(stem);
            return -1;
        }
        doc = build_document(path, &raw, spool, known, links, link_index, xml_name.data, &xml,
                             &xml_len, &reported);
        raw_text_free(&raw);
    }
    int rc = 0;
    if (reported) {
        rc = -1;
    } else if (!doc || xmldoc_validate(schema, doc, xml_name.data) != 0) {
        diag("%s: internal error: the converted document is not valid",
                name);
        rc = -1;
    }
    /* Converted all the same (it may be a statement the rules do not
     * know yet), but not silently. */
    if (rc == 0 && !o->quiet && xmldoc_reads_as_no_statement(doc))
        diag("%s: warning: reads as no statement (no issuer, date, country or election "
             "found); converted anyway", name);
    if (rc == 0) {
        rc = render_and_write(o, r, doc, xml, xml_len, name, stem, to_stdout);
        xml = NULL;
    }
    free(xml);
    xmlFreeDoc(doc);
    strbuf_free(&xml_name);
    free(stem);
    return rc;
}

static struct batch batch_of(const struct options *o, size_t n, const char *verb)
{
    return (struct batch){n, o->jobs, o->fail_fast, !o->quiet && isatty(STDERR_FILENO), verb};
}

/* Link pass: every input is read and extracted before the real
 * conversion, so that each document can be written once, already carrying
 * its relations (an earlier document rewritten later would lose its
 * unchanged bytes and mtime).  The document built here goes to the spool
 * for the conversion pass.  Inputs that fail here are reported by the
 * conversion pass.  The link set does not depend on the order statements
 * are added in, so the workers add them as they finish. */
struct link_pass {
    char *const *inputs;
    const long *earlier;
    struct link_set *links;
    long *index;            /* per input: its index in the set, or -1 */
    struct linked_input *known; /* per input */
    struct spool *spool;    /* NULL: nothing is spooled */
    pthread_mutex_t lock;
};

static int link_job(size_t i, void *arg)
{
    struct link_pass *lp = arg;
    struct raw_text raw;
    char err[256];
    /* Standard input can be read only once: it is not linked. */
    if (lp->earlier[i] >= 0 || strcmp(lp->inputs[i], "-") == 0)
        return 0;
    /* Taken before the read: a change during or after it shows. */
    struct stat before;
    int identified = stat(lp->inputs[i], &before) == 0 && S_ISREG(before.st_mode);
    if (raw_text_load(lp->inputs[i], &raw, err, sizeof err) != 0)
        return 0;
    const char *base = strrchr(lp->inputs[i], '/');
    struct statement st;
    extract_statement(&raw, base ? base + 1 : lp->inputs[i], &st);
    lp->known[i].identified = identified;
    lp->known[i].file = identity_of(&before);
    memcpy(lp->known[i].sha256, raw.sha256, sizeof lp->known[i].sha256);
    raw_text_free(&raw);
    lp->known[i].language = st.language;
    /* A sidecar that does not apply is reported by the conversion pass,
     * which extracts the input again. */
    int corrected = sidecar_apply(lp->inputs[i], &st, err, sizeof err) == 0;
    if (lp->spool && corrected) {
        xmlDocPtr doc = statement_to_xml(&st);
        xmlChar *bytes;
        int len;
        xmldoc_serialise(doc, &bytes, &len);
        xmlFreeDoc(doc);
        if (bytes && len > 0)
            spool_put(lp->spool, bytes, (size_t)len, &lp->known[i].built);
        xmlFree(bytes);
    }
    pthread_mutex_lock(&lp->lock);
    lp->index[i] = (long)link_add_statement(lp->links, &st);
    pthread_mutex_unlock(&lp->lock);
    statement_free(&st);
    return 0;
}

static long *link_inputs(char *const *inputs, size_t n, const long *earlier,
                         struct link_set *links, const struct options *o,
                         struct linked_input *known, struct spool *spool)
{
    struct link_pass lp = {.inputs = inputs, .earlier = earlier, .links = links,
                           .index = xmalloc((n ? n : 1) * sizeof(long)), .known = known,
                           .spool = spool};
    for (size_t i = 0; i < n; i++)
        lp.index[i] = -1;
    pthread_mutex_init(&lp.lock, NULL);
    struct batch b = batch_of(o, n, "link");
    b.fail_fast = 0;
    batch_run(&b, link_job, &lp);
    pthread_mutex_destroy(&lp.lock);
    link_compute(links);
    return lp.index;
}

/* Loads the schema and (unless r is NULL) the stylesheets, then locks the
 * XML libraries so that nothing a document or stylesheet asks for is ever
 * loaded (sandbox.h). */
static int load_assets(const struct options *o, xmlSchemaPtr *schema, struct renderer **r,
                       int with_collections)
{
    char *dir = assets_dir(o->schema_dir);
    *schema = xmldoc_load_schema(dir);
    /* The formats asked for; the feeds are built from the JSON. */
    int wanted[FORMAT_COUNT];
    memcpy(wanted, o->formats, sizeof wanted);
    if (with_collections)
        wanted[FORMAT_JSON] = 1;
    if (*schema && r && !(*r = renderer_new(dir, wanted, with_collections))) {
        xmlSchemaFree(*schema);
        *schema = NULL;
    }
    free(dir);
    if (!*schema)
        return -1;
    sandbox_lock_xml_loading();
    return 0;
}

static int count_formats(const struct options *o)
{
    int n = 0;
    for (int f = 0; f < FORMAT_COUNT; f++)
        n += o->formats[f];
    return n;
}

struct convert_batch {
    char *const *inputs;
    const long *earlier;
    const struct options *o;
    xmlSchemaPtr schema;
    struct renderer *r;
    int to_stdout;
    const struct link_set *links;
    const long *link_index;
    struct spool *spool;
    const struct linked_input *known;
};

static int convert_job(size_t i, void *arg)
{
    const struct convert_batch *cb = arg;
    if (!cb->to_stdout && cb->earlier[i] >= 0) {
        diag("%s: skipped: its output names are those of %s", display_name(cb->inputs[i]),
             display_name(cb->inputs[cb->earlier[i]]));
        return -1;
    }
    return convert_one(cb->inputs[i], cb->o, cb->schema, cb->r, cb->to_stdout, cb->links,
                       cb->link_index ? cb->link_index[i] : -1, cb->spool,
                       cb->known ? &cb->known[i] : NULL);
}

static int cmd_convert(int argc, char **argv)
{
    struct options o;
    if (parse_options(argc, argv, &o, OPTS_CONVERT) != 0)
        return command_usage_error("convert", NULL);
    if (optind >= argc)
        return command_usage_error("convert", "convert: no input given");
    if (!o.any_format)
        for (int f = 0; f < FORMAT_COUNT; f++)
            o.formats[f] = FORMAT_IS_DEFAULT(f);
    size_t n;
    if (refuse_output_dir_as_input(argv + optind, argc - optind, &o) != 0)
        return EXIT_FAILED;
    struct expansion x = {.follow_symlinks = o.follow_symlinks, .skip_own = 1};
    char **inputs = expand_inputs(argv + optind, argc - optind, &n, NULL, &x);
    if (x.own_skipped && !o.quiet)
        diag("convert: %zu file%s written by communique left out (outputs, not raw statements)",
             x.own_skipped, x.own_skipped == 1 ? "" : "s");
    size_t refused = refuse_unprintable_names(inputs, &n) + x.links_refused;
    if (n == 0 && (refused || x.own_skipped)) {
        if (!refused)
            diag("convert: no raw statement among the inputs");
        free(inputs);
        return EXIT_FAILED;
    }
    drop_repeated_inputs(inputs, &n);
    choose_output_file(&o, n);
    int to_stdout = !o.output_dir && !o.output_file;
    if (to_stdout && (n != 1 || count_formats(&o) != 1)) {
        for (size_t i = 0; i < n; i++)
            free(inputs[i]);
        free(inputs);
        return command_usage_error("convert", "convert: -o DIR is needed for several inputs or formats");
    }
    xmlSchemaPtr schema;
    struct renderer *r;
    int failed = 0;
    if ((o.output_file && (refuse_output_file(&o, inputs, n) != 0 ||
                           prepare_output_file(o.output_file) != 0)) ||
        (o.output_dir && (refuse_outputs_over_inputs(argv + optind, argc - optind, inputs, n, &o) != 0 ||
                          prepare_output_dir(o.output_dir) != 0)) ||
        load_assets(&o, &schema, &r, 0) != 0) {
        failed = 1;
    } else {
        long *earlier = find_name_clashes(inputs, n);
        int linked = !to_stdout && !o.no_link && n > 1;
        struct linked_input *known = linked ? xmalloc(n * sizeof *known) : NULL;
        if (known)
            memset(known, 0, n * sizeof *known);
        /* Without a spool (no scratch file can be made in the output
         * directory) every input is simply extracted again, and the link
         * set keeps its shingles in memory.  One scratch file for both:
         * a run under a low descriptor limit needs its descriptors. */
        struct spool *spool = linked ? spool_open(o.output_dir) : NULL;
        struct link_set *links = linked ? link_new_sharing(spool) : NULL;
        long *link_index = linked ? link_inputs(inputs, n, earlier, links, &o, known, spool)
                                  : NULL;
        struct convert_batch cb = {inputs, earlier, &o, schema, r, to_stdout, links, link_index,
                                   spool, known};
        struct batch b = batch_of(&o, n, "convert");
        failed = batch_run(&b, convert_job, &cb) > 0;
        free(link_index);
        free(known);
        link_free(links);
        spool_close(spool);
        free(earlier);
        renderer_free(r);
        xmlSchemaFree(schema);
    }
    for (size_t i = 0; i < n; i++)
        free(inputs[i]);
    free(inputs);
    return failed || refused ? EXIT_FAILED : EXIT_OK;
}

struct validate_batch {
    char *const *files;
    xmlSchemaPtr schema;
};

static int validate_job(size_t i, void *arg)
{
    const struct validate_batch *vb = arg;
    xmlDocPtr doc = xmldoc_read_file(vb->files[i]);
    int rc = !doc || xmldoc_validate(vb->schema, doc, display_name(vb->files[i])) != 0 ? -1 : 0;
    xmlFreeDoc(doc);
    return rc;
}

static int cmd_validate(int argc, char **argv)
{
    struct options o;
    if (parse_options(argc, argv, &o, OPTS_VALIDATE) != 0)
        return command_usage_error("validate", NULL);
    if (optind >= argc)
        return command_usage_error("validate", "validate: no file given");
    /* A directory means its statement XML (*.xml), as for feed. */
    size_t n;
    struct expansion x = {.follow_symlinks = o.follow_symlinks, .skip_feeds = 1};
    char **files = expand_inputs(argv + optind, argc - optind, &n, ".xml", &x);
    size_t failed = x.links_refused;
    xmlSchemaPtr schema;
    if (n == 0 && !failed) {
        diag("validate: no statement XML (*.xml) found");
        failed = 1;
    } else if (n && load_assets(&o, &schema, NULL, 0) != 0) {
        failed = 1;
    } else if (n) {
        struct validate_batch vb = {files, schema};
        struct batch b = batch_of(&o, n, "validate");
        failed += batch_run(&b, validate_job, &vb);
        xmlSchemaFree(schema);
    }
    for (size_t i = 0; i < n; i++)
        free(files[i]);
    free(files);
    return failed ? EXIT_FAILED : EXIT_OK;
}

struct render_batch {
    char *const *files;
    const long *earlier;
    const struct options *o;
    xmlSchemaPtr schema;
    struct renderer *r;
    int to_stdout;
};

/* Validates once, then renders and writes every requested format. */
static int render_job(size_t i, void *arg)
{
    const struct render_batch *rb = arg;
    const char *name = display_name(rb->files[i]);
    if (!rb->to_stdout && rb->earlier[i] >= 0) {
        diag("%s: skipped: its output names are those of %s", name,
             display_name(rb->files[rb->earlier[i]]));
        return -1;
    }
    xmlDocPtr doc = xmldoc_read_file(rb->files[i]);
    /* Rendering an invalid document would publish garbage quietly. */
    int rc = !doc || xmldoc_validate(rb->schema, doc, name) != 0 ? -1 : 0;
    char *stem = output_stem(rb->files[i]);
    if (rc == 0)
        rc = render_and_write(rb->o, rb->r, doc, NULL, 0, name, stem, rb->to_stdout);
    free(stem);
    xmlFreeDoc(doc);
    return rc;
}

static int cmd_render(int argc, char **argv)
{
    struct options o;
    if (parse_options(argc, argv, &o, OPTS_RENDER) != 0)
        return command_usage_error("render", NULL);
    if (optind >= argc)
        return command_usage_error("render", "render: no file given");
    if (!o.any_format)
        return command_usage_error("render", "render: give --format (json, html, text, xml, or a list)");
    /* A directory means its statement XML (*.xml), as for feed. */
    size_t n;
    struct expansion x = {.follow_symlinks = o.follow_symlinks, .skip_feeds = 1};
    char **files = expand_inputs(argv + optind, argc - optind, &n, ".xml", &x);
    drop_repeated_inputs(files, &n);
    choose_output_file(&o, n);
    int to_stdout = !o.output_dir && !o.output_file;
    int failed = x.links_refused > 0;
    xmlSchemaPtr schema;
    struct renderer *r;
    if (to_stdout && (n != 1 || count_formats(&o) != 1)) {
        failed = -1;
    } else if (n == 0) {
        diag("render: no statement XML (*.xml) found");
        failed = 1;
    } else if ((o.output_file && (refuse_output_file(&o, files, n) != 0 ||
                                  prepare_output_file(o.output_file) != 0)) ||
               (o.output_dir && (refuse_outputs_over_inputs(NULL, 0, files, n, &o) != 0 ||
                                 prepare_output_dir(o.output_dir) != 0)) ||
               load_assets(&o, &schema, &r, 0) != 0) {
        failed = 1;
    } else {
        long *earlier = find_name_clashes(files, n);
        struct render_batch rb = {files, earlier, &o, schema, r, to_stdout};
        struct batch b = batch_of(&o, n, "render");
        failed |= batch_run(&b, render_job, &rb) > 0;
        free(earlier);
        renderer_free(r);
        xmlSchemaFree(schema);
    }
    for (size_t i = 0; i < n; i++)
        free(files[i]);
    free(files);
    if (failed < 0)
        return command_usage_error("render", "render: -o DIR is needed for several files or formats");
    return failed ? EXIT_FAILED : EXIT_OK;
}

static int is_atom_feed(xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    return root && root->ns && xmlStrEqual(root->name, BAD_CAST "feed") &&
           xmlStrEqual(root->ns->href, BAD_CAST "http://www.w3.org/2005/Atom");
}

/* The feed writes atom.xml, feed.json, statements.jsonl, statements.csv,
 * index.html and search.js:
 * a statement of the output directory whose own files have one of those
 * names (a raw "index.txt" made index.html, "atom.txt" atom.xml) would be
 * overwritten.  Returns the feed file it would lose, or NULL. */
static const char *feed_file_taken(const char *input, const struct stat *out_dir)
{
    static const char *const TAKEN[][2] = {
        {"index", "index.html"}, {"atom", "atom.xml"}, {"feed", "feed.json"}};
    char *stem = output_stem(input);
    const char *hit = NULL;
    for (size_t k = 0; k < sizeof TAKEN / sizeof TAKEN[0] && !hit; k++)
        if (strcmp(stem, TAKEN[k][0]) == 0)
            hit = TAKEN[k][1];
    free(stem);
    if (!hit)
        return NULL;
    const char *slash = strrchr(input, '/');
    char *dir = slash ? xstrndup(input, (size_t)(slash - input) + (slash == input)) : xstrdup(".");
    struct stat st;
    int same = stat(dir, &st) == 0 && st.st_dev == out_dir->st_dev && st.st_ino == out_dir->st_ino;
    free(dir);
    return same ? hit : NULL;
}

static int cmd_feed(int argc, char **argv)
{
    struct options o;
    if (parse_options(argc, argv, &o, OPTS_FEED) != 0)
        return command_usage_error("feed", NULL);
    if (optind >= argc)
        return command_usage_error("feed", "feed: no directory or file given");
    if (!o.output_dir)
        return command_usage_error("feed", o.output_stdout ? "feed: -o - is not possible (six files are written to DIR)"
                                           : "feed: -o DIR is needed (six files are written)");
    if (o.title && !*o.title)
        return command_usage_error("feed", "feed: --title must not be empty");
    if (o.base_url && !output_url_is_http(o.base_url))
        return command_usage_error("feed", "feed: --base-url wants an absolute http(s) URL "
                                           "(https://example.org/statements/)");
    if (o.any_format)
        return command_usage_error("feed", "feed: --format does not apply (the feed files are always written)");
    if (prepare_output_dir(o.output_dir) != 0)
        return EXIT_FAILED;
    size_t n;
    struct expansion x = {.follow_symlinks = o.follow_symlinks};
    char **inputs = expand_inputs(argv + optind, argc - optind, &n, ".xml", &x);
    xmlSchemaPtr schema;
    struct renderer *r;
    int failed = x.links_refused > 0;
    if (n == 0) {
        diag("feed: no statement XML (*.xml) found");
        failed = 1;
    } else if (load_assets(&o, &schema, &r, 1) != 0) {
        failed = 1;
    } else {
        struct feed *feed = feed_new();
        struct stat out_dir;
        int out_dir_known = stat(o.output_dir, &out_dir) == 0, clash = 0;
        for (size_t i = 0; i < n && !(failed && o.fail_fast); i++) {
            xmlDocPtr doc = xmldoc_read_file(inputs[i]);
            /* An earlier run's atom.xml sits among the statements it was
             * made from: an Atom feed is no statement, and is passed over. */
            if (doc && is_atom_feed(doc)) {
                xmlFreeDoc(doc);
                continue;
            }
            if (!doc || xmldoc_validate(schema, doc, display_name(inputs[i])) != 0) {
                xmlFreeDoc(doc);
                failed++;
                continue;
            }
            const char *taken = out_dir_known ? feed_file_taken(inputs[i], &out_dir) : NULL;
            if (taken) {
                diag("%s: its files would be overwritten by the feed's %s; rename the raw file or "
                     "choose another -o", display_name(inputs[i]), taken);
                clash = 1;
            }
            feed_add(feed, doc, inputs[i]);
        }
        feed_drop_duplicate_ids(feed);
        /* Nothing is written over a statement: the whole feed waits. */
        if (clash)
            failed = failed ? failed : 1;
        /* Invalid documents are reported and left out, as convert goes on
         * past a bad input; --fail-fast writes nothing at all. */
        struct feed_options fo = {o.title ? o.title : "communique statements", o.base_url};
        if (!clash && !(failed && o.fail_fast) && feed_write(feed, r, &fo, o.output_dir) != 0)
            failed++;
        feed_free(feed);
        renderer_free(r);
        xmlSchemaFree(schema);
    }
    for (size_t i = 0; i < n; i++)
        free(inputs[i]);
    free(inputs);
    return failed ? EXIT_FAILED : EXIT_OK;
}

static void print_version(void)
{
    printf("communique %s\n", COMMUNIQUE_VERSION);
    printf("libxml2 %s, libxslt %s, libexslt %s, jansson %s\n", xmlParserVersion,
           xsltEngineVersion, exsltLibraryVersion, jansson_version_str());
}

/* "convert … 2>&-": a closed standard descriptor would be reused by the
 * first output file opened, and messages meant for the terminal written
 * into a statement.  Each closed one of 0, 1 and 2 is opened on
 * /dev/null first, so every later open gets a descriptor above them. */
static int standard_descriptors_open(void)
{
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        int null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (null != fd) {
            if (null >= 0)
                close(null);
            return -1;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (standard_descriptors_open() != 0)
        return EXIT_FAILURE; /* nothing safe to write to, nor a way to say so */
    if (argc < 2)
        return usage_error(NULL);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        help_print(stdout, NULL);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        print_version();
        return EXIT_OK;
    }
    /* Over a file-size limit (ulimit -f), write() should fail with EFBIG
     * and be reported like a full disk, not kill the process mid-batch. */
    signal(SIGXFSZ, SIG_IGN);
    /* libxml2 and libxslt allocate through ours, so running out of memory
     * inside them is the same one line and exit 1 as anywhere else: left
     * to them, a failed allocation can end in an empty output and exit 0,
     * or a crash (seen under ulimit -v). */
    xmlMemSetup(free, xmalloc, xrealloc, xstrdup);
    xmlInitParser();
    exsltRegisterAll();
    sandbox_init();
    int rc;
    if (strcmp(cmd, "convert") == 0)
        rc = cmd_convert(argc - 1, argv + 1);
    else if (strcmp(cmd, "validate") == 0)
        rc = cmd_validate(argc - 1, argv + 1);
    else if (strcmp(cmd, "render") == 0)
        rc = cmd_render(argc - 1, argv + 1);
    else if (strcmp(cmd, "feed") == 0)
        rc = cmd_feed(argc - 1, argv + 1);
    else {
        diag("unknown command '%s'", cmd);
        rc = usage_error(NULL);
    }
    /* The last group of outputs is renamed into place only here. */
    if (output_flush() != 0)
        rc = EXIT_FAILED;
    xsltCleanupGlobals();
    xmlCleanupParser();
    if (fflush(stdout) != 0 || ferror(stdout)) {
        diag("<stdout>: write error: %s", strerror(errno));
        rc = EXIT_FAILED;
    }
    return rc;
}
