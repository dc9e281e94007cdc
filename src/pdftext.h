/* pdftext — stage 1 for PDF input: the text of a PDF, page by page,
 * read with poppler (poppler-glib), the library made for the job.
 *
 * Contract: pdf_to_text() fills *out as raw_text_load() does for a text
 * file, with out->pdf set: the pages' text joined by form feeds (the page
 * breaks the PDF re-flow in normalise already knows), a blank line where
 * the page leaves a vertical gap wider than its line pitch (a paragraph
 * break; poppler's text has none), and per line a flag: RAW_LINE_RUNNING
 * for a running header or footer, known by its position (in the top or
 * bottom tenth of the page) and by recurring, digits aside, on another
 * page; its first occurrence stays text (it may be the document's
 * reference).  out->page_starts[k] is the text line page k + 1 starts on,
 * so provenance can be given as page:line.  Returns -1 with a one-line
 * reason in err: not a PDF poppler can read, one that needs a password,
 * one with no text layer (a scan), too many pages.  Thread-safe (calls
 * into poppler are serialised). */
#ifndef COMMUNIQUE_PDFTEXT_H
#define COMMUNIQUE_PDFTEXT_H

#include <stddef.h>

struct raw_text;

/* Where bytes say they are a PDF: the offset of "%PDF-" within the first
 * 1024 bytes, as readers accept it, or -1.  Only at offset 0 is it sure:
 * further in, it may be a text that mentions "%PDF-1.7" (rawtext reads it
 * as text when poppler cannot open it). */
long pdf_sniff(const char *bytes, size_t len);
int pdf_to_text(const char *bytes, size_t len, struct raw_text *out, char *err, size_t errlen);

#endif
