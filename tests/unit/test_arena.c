/* test_arena — objects from large blocks: aligned, distinct, all given
 * back at once. */
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "tap.h"

static void test_objects_are_aligned_and_distinct(void)
{
    enum { N = 20000 };
    static char *objects[N];
    struct arena a = ARENA_INIT;
    int aligned = 1, intact = 1;
    /* Enough to fill several blocks, with sizes that are not multiples
     * of the alignment; each filled with its own byte. */
    for (size_t i = 0; i < N; i++) {
        size_t n = 1 + i % 37;
        objects[i] = arena_alloc(&a, n);
        memset(objects[i], (int)(i & 0xff), n);
        aligned &= (uintptr_t)objects[i] % alignof(max_align_t) == 0;
    }
    /* No later object wrote over an earlier one. */
    for (size_t i = 0; i < N; i++)
        for (size_t k = 0; k < 1 + i % 37; k++)
            intact &= (unsigned char)objects[i][k] == (i & 0xff);
    ok(aligned, "every object is aligned for any type");
    ok(intact, "%d objects over several blocks: none overlaps another", N);
    arena_free(&a);
}

static void test_copies_and_large_objects(void)
{
    struct arena a = ARENA_INIT;
    char *s = arena_strdup(&a, "Statement by the Spokesperson");
    char *t = arena_strndup(&a, "Kenya: elections", 5);
    /* larger than a block's quarter: a block of its own, the current
     * block's room kept for what follows */
    char *big = arena_alloc(&a, 200000);
    memset(big, 'x', 200000);
    char *after = arena_strdup(&a, "after");
    is_str(s, "Statement by the Spokesperson", "arena_strdup copies a string");
    is_str(t, "Kenya", "arena_strndup copies n bytes and ends them");
    ok(big[0] == 'x' && big[199999] == 'x', "a large object is whole");
    is_str(after, "after", "small objects go on after a large one");
    ok(after > t && after - t < 4096, "… in the block that had room");
    arena_free(&a);
    char *again = arena_strdup(&a, "again");
    is_str(again, "again", "an arena given back is usable again");
    arena_free(&a);
}

int main(void)
{
    test_objects_are_aligned_and_distinct();
    test_copies_and_large_objects();
    return done_testing();
}
