/* Runs a fuzz harness over files without libFuzzer: `make check` replays
 * the seed corpus and every saved crash through it (under ASan/UBSan and
 * valgrind too).  Prints TAP, one line per file. */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "rawtext.h"
#include "strbuf.h"

int main(int argc, char **argv)
{
    int n = 0;
    for (int i = 1; i < argc; i++) {
        struct strbuf sb = {0};
        char err[256];
        if (read_file_bytes(argv[i], (size_t)64 << 20, &sb, err, sizeof err) != 0) {
            printf("not ok %d - %s: %s\n", ++n, argv[i], err);
            continue;
        }
        LLVMFuzzerTestOneInput((const uint8_t *)(sb.data ? sb.data : ""), sb.len);
        strbuf_free(&sb);
        printf("ok %d - replays %s\n", ++n, argv[i]);
    }
    printf("1..%d\n", n);
    return 0;
}
