#define _GNU_SOURCE /* memmem */
#include "binformat.h"

#include <string.h>

#define SAVE_AS_TEXT "save it as text or PDF first"

/* Signatures at the start of the file (offset 0 unless given).  Kept as
 * data: a new format is a new row. */
static const struct signature {
    const char *magic;
    size_t len, offset;
    const char *advice;
} SIGNATURES[] = {
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, 0,
     "a Microsoft Office 97-2003 file (.doc, .xls or .ppt): " SAVE_AS_TEXT},
    {"{\\rtf", 5, 0, "an RTF document (.rtf): " SAVE_AS_TEXT},
    {"%!PS", 4, 0, "a PostScript file: save it as PDF or text first"},
    {"\x89PNG\r\n\x1a\n", 8, 0, "an image (PNG): it holds no text to read; run OCR on it first"},
    {"\xff\xd8\xff", 3, 0, "an image (JPEG): it holds no text to read; run OCR on it first"},
    {"GIF87a", 6, 0, "an image (GIF): it holds no text to read; run OCR on it first"},
    {"GIF89a", 6, 0, "an image (GIF): it holds no text to read; run OCR on it first"},
    {"II*\0", 4, 0, "an image (TIFF): it holds no text to read; run OCR on it first"},
    {"MM\0*", 4, 0, "an image (TIFF): it holds no text to read; run OCR on it first"},
    {"WEBP", 4, 8, "an image (WebP): it holds no text to read; run OCR on it first"},
    {"\x1f\x8b", 2, 0, "a gzip-compressed file: uncompress it first"},
    {"\xfd" "7zXZ\0", 6, 0, "an xz-compressed file: uncompress it first"},
    {"\x28\xb5\x2f\xfd", 4, 0, "a zstd-compressed file: uncompress it first"},
    {"7z\xbc\xaf\x27\x1c", 6, 0, "a 7-Zip archive: unpack it and convert the files in it"},
    {"Rar!\x1a\x07", 6, 0, "a RAR archive: unpack it and convert the files in it"},
    {"\x7f" "ELF", 4, 0, "a program (ELF), not a text"},
};

/* What a ZIP container is, by the members it names (a local header names
 * its member in clear).  The first match wins. */
static const struct member {
    const char *needle;
    const char *advice;
} ZIP_MEMBERS[] = {
    {"mimetypeapplication/vnd.oasis.opendocument.text",
     "an OpenDocument text (.odt): " SAVE_AS_TEXT},
    {"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
     "an OpenDocument spreadsheet (.ods): " SAVE_AS_TEXT},
    {"mimetypeapplication/vnd.oasis.opendocument.presentation",
     "an OpenDocument presentation (.odp): " SAVE_AS_TEXT},
    {"mimetypeapplication/epub+zip", "an EPUB book: " SAVE_AS_TEXT},
    {"word/", "a Word document (.docx): " SAVE_AS_TEXT},
    {"xl/", "an Excel workbook (.xlsx): " SAVE_AS_TEXT},
    {"ppt/", "a PowerPoint presentation (.pptx): " SAVE_AS_TEXT},
};

const char *binary_format_advice(const char *bytes, size_t len)
{
    if (len >= 4 && memcmp(bytes, "PK\3\4", 4) == 0) {
        for (size_t i = 0; i < sizeof ZIP_MEMBERS / sizeof *ZIP_MEMBERS; i++)
            if (memmem(bytes, len, ZIP_MEMBERS[i].needle, strlen(ZIP_MEMBERS[i].needle)))
                return ZIP_MEMBERS[i].advice;
        return "a ZIP archive: unpack it and convert the files in it";
    }
    for (size_t i = 0; i < sizeof SIGNATURES / sizeof *SIGNATURES; i++) {
        const struct signature *s = &SIGNATURES[i];
        if (len < s->offset + s->len ||
            memcmp(bytes + s->offset, s->magic, s->len) != 0)
            continue;
        /* "WEBP" at 8 belongs to a RIFF container only */
        if (s->offset == 8 && memcmp(bytes, "RIFF", 4) != 0)
            continue;
        return s->advice;
    }
    /* bzip2: "BZh", the block size, then the block magic (pi's digits) */
    if (len >= 10 && memcmp(bytes, "BZh", 3) == 0 && memcmp(bytes + 4, "1AY&SY", 6) == 0)
        return "a bzip2-compressed file: uncompress it first";
    /* "BM" begins ordinary words too ("BMW said…"): a bitmap only with the
     * NUL bytes of its header after it. */
    if (len >= 14 && memcmp(bytes, "BM", 2) == 0 && memchr(bytes, '\0', 14))
        return "an image (BMP): it holds no text to read; run OCR on it first";
    return NULL;
}
