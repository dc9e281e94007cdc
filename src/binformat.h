/* binformat — stage 1: know the binary formats a statement arrives in by
 * mistake (a Word or ODF document, a spreadsheet, an image, an archive),
 * so that the refusal names the format and says what to do, instead of
 * "binary data (NUL byte at offset 5)".
 *
 * Contract: binary_format_advice() looks at the first bytes (and, for a
 * ZIP container, the names of its members) and returns a static one-line
 * message ("a Word document (.docx): save it as text or PDF first"), or
 * NULL when the bytes are none of the formats it knows.  PDF is not among
 * them: it is read (pdftext.h). */
#ifndef COMMUNIQUE_BINFORMAT_H
#define COMMUNIQUE_BINFORMAT_H

#include <stddef.h>

const char *binary_format_advice(const char *bytes, size_t len);

#endif
