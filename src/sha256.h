/* sha256 — SHA-256 of a byte string, as lowercase hex.
 *
 * The digest is nettle's (Debian's nettle-dev, the library made for the
 * job): it picks the CPU's SHA instructions where there are any, about
 * five times the speed of the portable C this file held before, and every
 * input's bytes are hashed once per run (rawtext.c). */
#ifndef COMMUNIQUE_SHA256_H
#define COMMUNIQUE_SHA256_H

#include <stddef.h>

#define SHA256_HEX_LEN 64

/* Writes 64 hex digits and a NUL into hex[65]. */
void sha256_hex(const void *data, size_t len, char hex[SHA256_HEX_LEN + 1]);

#endif
