/* Embedded social posts, as news sites paste them:
 * "post text https://t.co/x — Author Name (@handle) June 10, 2019".
 * The links are pulled out of the text into urls. */
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "extract_parts.h"
#include "strbuf.h"

static int is_url_start(const char *p)
{
    return strncmp(p, "https://", 8) == 0 || strncmp(p, "http://", 7) == 0 ||
           strncmp(p, "pic.twitter.com/", 16) == 0;
}

static void parse_post(const struct piece *pc, size_t dash, struct social_post *post)
{
    const char *t = pc->text;
    struct strbuf text = {0};
    for (size_t i = 0; i < dash;) {
        if ((i == 0 || t[i - 1] == ' ') && is_url_start(t + i)) {
            size_t j = i;
            while (j < dash && t[j] != ' ')
                j++;
            char *url = xstrndup(t + i, j - i);
            /* Past a few dozen a post's links are kept without the check
             * for repeats (each compared with all before it): every link
             * stays, in linear time. */
            if (post->n_urls < 64) {
                string_set_add(&post->urls, &post->n_urls, url);
                free(url);
            } else {
                *(char **)array_push(&post->urls, &post->n_urls, sizeof *post->urls) = url;
            }
            i = j;
            continue;
        }
        if (!(t[i] == ' ' && (text.len == 0 || text.data[text.len - 1] == ' ')))
            strbuf_putc(&text, t[i]);
        i++;
    }
    while (text.len && text.data[text.len - 1] == ' ')
        text.data[--text.len] = '\0';
    post->text = strbuf_detach(&text);

    /* Skip the dash (an em or en dash is 3 bytes, " - " is 3 too). */
    const char *author = t + dash + 3;
    while (*author == ' ')
        author++;
    const char *handle = strstr(author, "(@");
    for (const char *h; handle && (h = strstr(handle + 2, "(@"));)
        handle = h;
    if (!handle)
        return;
    const char *author_end = handle;
    while (author_end > author && author_end[-1] == ' ')
        author_end--;
    post->author = xstrndup(author, (size_t)(author_end - author));
    const char *close = strchr(handle, ')');
    if (!close)
        return;
    post->handle = xstrndup(handle + 2, (size_t)(close - handle - 2));
    struct date_match m;
    if (date_find(close + 1, 0, &m)) {
        post->date.text = xstrndup(close + 1 + m.offset, m.length);
        post->date.value = date_value(&m, NULL);
    }
}

void extract_social_posts(const struct classified *c, struct statement *st)
{
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        size_t dash;
        if (p->role != ROLE_SOCIAL_POST || !social_post_signature(p->text, &dash))
            continue;
        struct social_post *post = array_push(&st->posts, &st->n_posts, sizeof *post);
        post->lines = p->lines;
        parse_post(p, dash, post);
    }
}
