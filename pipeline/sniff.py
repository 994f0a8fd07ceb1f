"""What a file is, from its first bytes: the extension is whatever the sender typed.

Scanners, email exports and people renaming files all get extensions wrong (a ``.pdf``
that is really a Word document, a ``.jpg`` that is a PNG), so loading decides by the
magic number. For files we do not accept we still say what they look like, because
"this is a Word document, print it to PDF" is something an operator can act on and
"unsupported file" is not.
"""

from __future__ import annotations

from pipeline.errors import EmptyInputError, UnsupportedInputError

PDF = "application/pdf"
TIFF = "image/tiff"
PNG = "image/png"
JPEG = "image/jpeg"

ACCEPTED = "PDF, TIFF (single or multi-page), PNG or JPEG"
# The names such files go by: how scans are found in a folder (their type is still sniffed).
SCAN_SUFFIXES = (".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg")

HEAD_BYTES = 1024  # PDF allows junk before "%PDF-" within the first 1024 bytes

# Recognisable but not accepted: (magic at offset 0, what to call it, what to do instead).
_OTHERS: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive or an Office document (.docx/.xlsx/.odt)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office file (.doc/.xls/.msg)"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "a JPEG 2000 image"),
    (b"\xff\x4f\xff\x51", "a JPEG 2000 codestream"),
    (b"%!PS", "a PostScript file"),
    (b"{\\rtf", "a Rich Text (.rtf) document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (executable), not a document"),
    (b"MZ", "a Windows program (executable), not a document"),
    (b"8BPS", "a Photoshop (.psd) file"),
)

_TEXT_MARKERS: tuple[tuple[bytes, str], ...] = (
    (b"<!doctype html", "a web page (HTML)"),
    (b"<html", "a web page (HTML)"),
    (b"<?xml", "an XML file"),
    (b"<svg", "an SVG drawing"),
    (b"mime-version:", "an email message (.eml)"),
    (b"received:", "an email message (.eml)"),
    (b"return-path:", "an email message (.eml)"),
)


def sniff(head: bytes) -> str:
    """The accepted media type of a file starting with ``head``, or a typed error.

    ``head`` should be the first :data:`HEAD_BYTES` bytes (fewer if the file is shorter).
    """
    if not head:
        raise EmptyInputError(
            "The file is empty (0 bytes): it was probably still being copied or the scan "
            "failed. Scan or export it again and drop it in the inbox."
        )
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if b"%PDF-" in head[:HEAD_BYTES]:
        return PDF
    looks_like = describe(head)
    raise UnsupportedInputError(
        f"This file is not a document caseclerk can read: it looks like {looks_like}. "
        f"Accepted are {ACCEPTED}; save or print it as a PDF and drop it in the inbox again."
    )


def describe(head: bytes) -> str:
    """A plain-English guess at what a non-accepted file is (never its content)."""
    if head[4:12] == b"ftypheic" or head[4:12] == b"ftypmif1" or head[4:12] == b"ftypheix":
        return "a HEIC photo (iPhone)"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    for magic, name in _OTHERS:
        if head.startswith(magic):
            return name
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    for marker, name in _TEXT_MARKERS:
        if lowered.startswith(marker):
            return name
    if _is_text(head):
        return "plain text"
    return "an unrecognised binary format"


def _is_text(head: bytes) -> bool:
    """Whether ``head`` reads as text: decodable and almost free of control characters."""
    encodings = ("utf-16",) if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8",)
    for encoding in encodings:
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            # A multi-byte character cut at the end of the sample is still text.
            try:
                text = head[:-3].decode(encoding)
            except UnicodeDecodeError:
                continue
        if not text:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
        if controls <= len(text) // 100:
            return True
    return False
