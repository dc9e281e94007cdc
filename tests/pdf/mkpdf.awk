# Writes a small text PDF (A4, Helvetica) from a plain text: one output
# line per input line, a line "<<page>>" starting a new page.  With
# -v header=TEXT and -v footer=TEXT (a "%d" in either becomes the page
# number) every page carries a running header at its top and a footer at
# its foot, as the PDFs of ministries and the OSCE do.  -v scanned=1
# writes pages with no text at all (as a scan without OCR is).  A line
# that starts "<<small>>" is small print (7 pt on an 8 pt pitch), as a
# block of footnotes is.
# usage: LC_ALL=C awk -f tests/pdf/mkpdf.awk [-v header=…] [-v footer=…] in.txt > out.pdf
function esc(s) {
    gsub(/\\/, "\\\\", s); gsub(/\(/, "\\(", s); gsub(/\)/, "\\)", s)
    return s
}
function text_at(y, s, size) {
    return sprintf("BT /F1 %d Tf 72 %d Td (%s) Tj ET\n", size, y, esc(s))
}
function flush_page(   body, i, y, h, f) {
    body = ""
    if (!scanned) {
        if (header != "") { h = header; gsub(/%d/, npages + 1, h); body = body text_at(800, h, 9) }
        y = 760
        for (i = 1; i <= nlines; i++) {
            if (substr(lines[i], 1, 9) == "<<small>>") { body = body text_at(y, substr(lines[i], 10), 7); y -= 8 }
            else { body = body text_at(y, lines[i], 11); y -= 14 }
        }
        if (footer != "") { f = footer; gsub(/%d/, npages + 1, f); body = body text_at(36, f, 9) }
    } else {
        body = "0.5 g 72 72 451 698 re f\n"
    }
    pages[++npages] = body
    nlines = 0
}
{ if ($0 == "<<page>>") flush_page(); else lines[++nlines] = $0 }
END {
    flush_page()
    out = "%PDF-1.4\n"
    # objects: 1 catalog, 2 pages, 3 font, then per page its page and contents
    kids = ""
    for (p = 1; p <= npages; p++) kids = kids sprintf("%d 0 R ", 2 + 2 * p)
    obj[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    obj[2] = sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, npages)
    obj[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for (p = 1; p <= npages; p++) {
        obj[2 + 2 * p] = sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 3 + 2 * p)
        obj[3 + 2 * p] = sprintf("<< /Length %d >>\nstream\n%sendstream", length(pages[p]), pages[p])
    }
    n = 3 + 2 * npages
    for (i = 1; i <= n; i++) {
        if (!(i in obj)) continue
        off[i] = length(out)
        out = out sprintf("%d 0 obj\n%s\nendobj\n", i, obj[i])
    }
    xref = length(out)
    out = out sprintf("xref\n0 %d\n0000000000 65535 f \n", n + 1)
    for (i = 1; i <= n; i++) out = out (i in obj ? sprintf("%010d 00000 n \n", off[i]) : "0000000000 65535 f \n")
    out = out sprintf("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", n + 1, xref)
    printf "%s", out
}
