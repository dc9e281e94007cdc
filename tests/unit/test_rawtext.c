/* The read stage: what it accepts, how it cleans, what it refuses. */
#include <string.h>

#include "rawtext.h"
#include "sha256.h"
#include "tap.h"

static int loads(const char *bytes, size_t len, struct raw_text *rt, char *err)
{
    return raw_text_from_bytes(bytes, len, rt, err, 256);
}

int main(void)
{
    char hex[65], err[256];
    struct raw_text rt;

    sha256_hex("", 0, hex);
    is_str(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "sha256 of empty input (FIPS vector)");
    sha256_hex("abc", 3, hex);
    is_str(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "sha256 of abc (FIPS vector)");
    const char *two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha256_hex(two_blocks, strlen(two_blocks), hex);
    is_str(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", "sha256 of the 448-bit FIPS vector (padding spills a block)");

    ok(loads("", 0, &rt, err) == -1 && strstr(err, "empty"), "empty input is refused: %s", err);
    ok(loads(" \n\t\n", 4, &rt, err) == -1 && strstr(err, "white space"), "white space only is refused: %s", err);
    ok(loads("ab\0cd", 5, &rt, err) == -1 && strstr(err, "NUL byte at offset 2"), "a NUL byte is refused with its offset: %s", err);
    ok(loads("caf\xe9 x", 6, &rt, err) == -1 && strstr(err, "invalid UTF-8 at byte offset 3"), "Latin-1 bytes are refused as invalid UTF-8: %s", err);
    ok(loads("\xc0\xaf", 2, &rt, err) == -1, "an overlong UTF-8 sequence is refused");
    ok(loads("\xed\xa0\x80", 3, &rt, err) == -1, "a UTF-16 surrogate encoded in UTF-8 is refused");
    ok(loads("abc\xe2\x80", 5, &rt, err) == -1, "a truncated UTF-8 sequence at the end is refused");
    ok(loads("\xff\xfeh\0\0\xd8h\0", 8, &rt, err) == -1 && strstr(err, "UTF-16"), "an unpaired UTF-16 surrogate is refused: %s", err);
    ok(loads("\xff\xfeh\0i", 5, &rt, err) == -1 && strstr(err, "UTF-16"), "UTF-16 cut inside a character is refused: %s", err);
    ok(loads("\xff\xfe\0\0h\0\0\0", 8, &rt, err) == -1 && strstr(err, "UTF-32"), "UTF-32 is named in the refusal: %s", err);
    ok(loads("S\0t\0a\0t\0e\0m\0e\0n\0t\0", 18, &rt, err) == -1 && strstr(err, "byte-order mark"),
       "UTF-16 without a BOM is refused with a hint: %s", err);
    ok(loads("a\x01" "b", 3, &rt, err) == -1 && strstr(err, "control character"), "a C0 control character is refused: %s", err);

    /* Binary formats are named, with what to do (binformat.c). */
    static const char docx[] = "PK\3\4\24\0\6\0[Content_Types].xml word/document.xml";
    ok(loads(docx, sizeof docx - 1, &rt, err) == -1 && strstr(err, "Word document (.docx)") &&
       strstr(err, "save it as text or PDF first"), "a .docx is named: %s", err);
    static const char xlsx[] = "PK\3\4\24\0\6\0xl/workbook.xml";
    ok(loads(xlsx, sizeof xlsx - 1, &rt, err) == -1 && strstr(err, "Excel"), "an .xlsx is named: %s", err);
    static const char ods[] = "PK\3\4\24\0\0\0mimetypeapplication/vnd.oasis.opendocument.spreadsheet";
    ok(loads(ods, sizeof ods - 1, &rt, err) == -1 && strstr(err, "OpenDocument spreadsheet"), "an .ods is named: %s", err);
    static const char jpeg[] = "\xff\xd8\xff\xe0\0\x10JFIF";
    ok(loads(jpeg, sizeof jpeg - 1, &rt, err) == -1 && strstr(err, "image (JPEG)") && strstr(err, "OCR"),
       "a JPEG is named, OCR suggested: %s", err);
    static const char gz[] = "\x1f\x8b\x08\0\0\0\0\0";
    ok(loads(gz, sizeof gz - 1, &rt, err) == -1 && strstr(err, "gzip"), "gzip is named: %s", err);
    static const char rtf[] = "{\\rtf1\\ansi Statement";
    ok(loads(rtf, sizeof rtf - 1, &rt, err) == -1 && strstr(err, "RTF"), "RTF is named: %s", err);
    static const char bmw[] = "BMW said on Monday that the vote was calm.\n";
    ok(loads(bmw, sizeof bmw - 1, &rt, err) == 0, "a text that starts with BM is text");
    raw_text_free(&rt);
    static const char fake_pdf[] = "%PDF-1.4\nnothing else";
    ok(loads(fake_pdf, sizeof fake_pdf - 1, &rt, err) == -1 && strstr(err, "a PDF that cannot be read"),
       "a PDF poppler cannot read is refused as such: %s", err);

    static const char bom_crlf[] = "\xef\xbb\xbfHello\r\nWorld\rEnd";
    ok(loads(bom_crlf, sizeof bom_crlf - 1, &rt, err) == 0, "BOM and CRLF/CR input loads");
    is_str(rt.text, "Hello\nWorld\nEnd", "BOM removed, CRLF and CR become LF");
    sha256_hex(bom_crlf, sizeof bom_crlf - 1, hex);
    is_str(rt.sha256, hex, "the digest is of the raw bytes, before clean-up");
    raw_text_free(&rt);

    /* "Cafe\u0301 \U0001F600\r\nX" in both byte orders: a combining mark,
     * a surrogate pair and a CRLF. */
    static const char le[] = "\xff\xfe" "C\0a\0f\0e\0\x01\x03 \0\x3d\xd8\x00\xde\r\0\n\0X\0";
    static const char be[] = "\xfe\xff" "\0C\0a\0f\0e\x03\x01\0 \xd8\x3d\xde\x00\0\r\0\n\0X";
    ok(loads(le, sizeof le - 1, &rt, err) == 0, "UTF-16LE with a BOM loads: %s", rt.text ? "" : err);
    is_str(rt.text, "Cafe\xcc\x81 \xf0\x9f\x98\x80\nX", "UTF-16LE is decoded to UTF-8, surrogate pair and CRLF included");
    sha256_hex(le, sizeof le - 1, hex);
    is_str(rt.sha256, hex, "the digest of UTF-16 input is of its raw bytes");
    raw_text_free(&rt);
    ok(loads(be, sizeof be - 1, &rt, err) == 0, "UTF-16BE with a BOM loads");
    is_str(rt.text, "Cafe\xcc\x81 \xf0\x9f\x98\x80\nX", "UTF-16BE is decoded to the same UTF-8");
    raw_text_free(&rt);

    ok(loads("page one\fpage two", 17, &rt, err) == 0, "a form feed (PDF page break) is accepted");
    raw_text_free(&rt);

    ok(raw_text_load("/nonexistent/file.txt", &rt, err, sizeof err) == -1 && strstr(err, "No such file"), "a missing file is reported: %s", err);
    ok(raw_text_load("/tmp", &rt, err, sizeof err) == -1 && strstr(err, "directory"), "a directory is refused: %s", err);
    const char *empty_page = "<!DOCTYPE html><html><head><title>t</title><script>var x;</script></head><body> </body></html>";
    ok(loads(empty_page, strlen(empty_page), &rt, err) == -1 && strstr(err, "no text"),
       "an HTML page without text is refused: %s", err);
    const char *page = "<html>\n<body>\n<p>One &#1; <b>two</b></p>\n<p>Three</p>\n</body></html>";
    ok(loads(page, strlen(page), &rt, err) == 0 && rt.html && strcmp(rt.text, "One two\n\nThree\n") == 0 &&
       rt.source_lines[0] == 3 && rt.source_lines[2] == 4,
       "an HTML page is read as its blocks' text, control references as spaces, source lines kept");
    raw_text_free(&rt);
    return done_testing();
}
