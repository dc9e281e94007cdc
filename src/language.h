/* language — which language a statement is written in.
 *
 * libexttextcat's n-gram fingerprints (the classifier LibreOffice uses),
 * every language Debian's libexttextcat-data ships (about 160), named by
 * their BCP 47 tags ("en", "pt", "sr-Latn", "zh-Hans").  The fingerprints
 * are loaded once per process, on first use, and only read after that,
 * so any thread may call language_identify.
 *
 * Contract: returns a static BCP 47 tag, "und" when the text is too short
 * to tell or no fingerprint could be loaded; never fails otherwise. */
#ifndef COMMUNIQUE_LANGUAGE_H
#define COMMUNIQUE_LANGUAGE_H

#include <stddef.h>

const char *language_identify(const char *text, size_t len);
/* The same answer the slow way, libexttextcat's fp_Compare against every
 * fingerprint: the reference the index is tested against. */
const char *language_identify_by_merge(const char *text, size_t len);

#endif
