/* sha256 — FIPS 180-4 SHA-256 of a byte string, as lowercase hex.
 *
 * Why hand-written: none of the project's fixed libraries (libxml2, libxslt,
 * libexslt, jansson) exposes SHA-256, and ~80 lines checked against the FIPS
 * test vectors beat adding OpenSSL to the stack for one digest. */
#ifndef COMMUNIQUE_SHA256_H
#define COMMUNIQUE_SHA256_H

#include <stddef.h>

#define SHA256_HEX_LEN 64

/* Writes 64 hex digits and a NUL into hex[65]. */
void sha256_hex(const void *data, size_t len, char hex[SHA256_HEX_LEN + 1]);

#endif
