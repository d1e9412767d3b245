"""Tiny PDF writer (no library): positioned text in the base-14 fonts, lines and boxes, several pages.
Coordinates are points from the TOP-left of an A4 page, which is how a layout is thought about."""

FONTS = {"H": "Helvetica", "HB": "Helvetica-Bold", "T": "Times-Roman", "TB": "Times-Bold", "C": "Courier", "CB": "Courier-Bold"}
W, H = 595, 842


# Letters of Polish, Turkish, Romanian and Czech names that WinAnsi lacks, put on codes WinAnsi leaves empty or
# that no template prints (the fonts' glyph names are standard, so viewers and text extraction map them back).
EXTRA = {"Ł": (0x81, "Lslash"), "ł": (0x8D, "lslash"), "Ş": (0x8F, "Scedilla"), "ş": (0x90, "scedilla"),
         "ğ": (0x9D, "gbreve"), "ı": (0xA4, "dotlessi"), "İ": (0xA6, "Idotaccent"), "ą": (0xA8, "aogonek"),
         "ę": (0xAA, "eogonek"), "ń": (0xAF, "nacute"), "ś": (0xB8, "sacute"), "ż": (0xBA, "zdotaccent"),
         "ć": (0xBC, "cacute"), "Ś": (0xBD, "Sacute"), "Ż": (0xBE, "Zdotaccent"), "č": (0xB9, "ccaron"),
         "ř": (0xB3, "rcaron"), "ă": (0xB1, "abreve"), "ș": (0xB5, "scommaaccent"), "ț": (0xB6, "tcommaaccent")}
DIFFERENCES = b"[" + b" ".join(b"%d /%s" % (c, n.encode()) for c, n in sorted(EXTRA.values())) + b"]"


def _esc(s):
    s = "".join(chr(EXTRA[c][0]) if c in EXTRA else c for c in s)
    s = s.replace("–", "-").replace("„", '"').replace("“", '"')
    codes = {v[0] for v in EXTRA.values()}
    b = b"".join(bytes([ord(c)]) if ord(c) in codes else c.encode("cp1252", "replace") for c in s)
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, f="H", size=10):
        self.ops.append(b"BT /%s %g Tf %g %g Td (" % (f.encode(), size, x, H - y) + _esc(s) + b") Tj ET")
        return self

    def lines(self, x, y, rows, f="H", size=10, lead=None):
        lead = lead or size * 1.35
        for i, r in enumerate(rows):
            if r:
                self.text(x, y + i * lead, r, f, size)
        return y + len(rows) * lead

    def right(self, xr, y, s, f="H", size=10):
        # approximate width: Helvetica ~0.5em per char, Courier 0.6em
        w = len(s) * size * (0.6 if f.startswith("C") else 0.5)
        return self.text(xr - w, y, s, f, size)

    def line(self, x1, y1, x2, y2, width=0.6):
        self.ops.append(b"%g w %g %g m %g %g l S" % (width, x1, H - y1, x2, H - y2))
        return self

    def box(self, x, y, w, h, width=0.6, grey=None):
        if grey is not None:
            self.ops.append(b"%g g %g %g %g %g re f 0 g" % (grey, x, H - y - h, w, h))
        self.ops.append(b"%g w %g %g %g %g re S" % (width, x, H - y - h, w, h))
        return self


def write_pdf(pages, path):
    fonts = list(FONTS.items())
    nfont = len(fonts)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    font_ids = {}
    for k, name in fonts:
        objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences %s >> >>"
                    % (name.encode(), DIFFERENCES))
        font_ids[k] = len(objs)
    res = b"<< /Font << " + b" ".join(b"/%s %d 0 R" % (k.encode(), i) for k, i in font_ids.items()) + b" >> >>"
    kids = []
    for p in pages:
        data = b"\n".join(p.ops)
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        cid = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>" % (res, cid))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    open(path, "wb").write(out)


def image_pdf(images, path, dpi):
    """A PDF of page images (scanner or phone-scan app output): each (jpeg_bytes, width, height, grey) on its own
    page sized by dpi. JPEG goes in as is (DCTDecode), as scanners do."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    for data, w, h, grey in images:
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s /BitsPerComponent 8 "
                    b"/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, b"DeviceGray" if grey else b"DeviceRGB", len(data))
                    + data + b"\nendstream")
        img = len(objs)
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                    b"/Contents %d 0 R >>" % (pw, ph, img, img + 1))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    open(path, "wb").write(out)
