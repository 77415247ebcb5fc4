"""Bytes to text: which encoding a file is in, and whether it is text at all.

Strategy, in order (each step is linear in the size of the input):
1. A byte order mark decides: UTF-32, UTF-16 (LE/BE) or UTF-8. The mark is removed, so offsets count
   from the first character after it (the `encoding` recorded is `utf-8-sig`, `utf-16` or `utf-32`).
2. NUL bytes without such a mark: `binary` (no text format newsline reads contains NUL).
3. Strict UTF-8: most inputs. ASCII is UTF-8.
4. Strict cp1252 when the result looks like Western European text (accented letters are a minority of
   the letters). cp1252 is a superset of the printable part of latin-1 and is what legacy Western news
   files are in; a statistical detector guesses short Western texts poorly (it reads "Café à Genève" as
   iso8859-10), so this common case does not go to it.
5. charset-normalizer for the rest (Cyrillic, Greek, ... single-byte code pages). Nothing fits: `undecodable`.
Afterwards a text that is mostly control characters is `binary` and a blank one `empty`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from timeline.ingest.errors import Rejected

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
# C0/C1 control characters other than the white space ones (tab, newlines, form feed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_SHARE_LIMIT = 0.3
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
_NOT_ASCII_LETTER = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_ASCII = bytes(range(128))
_WESTERN_ACCENT_SHARE_LIMIT = 0.3
# An HTML page's own charset declaration, looked for in its first bytes.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str = ""  # e.g. the removed byte order mark, said in the manifest


def decode_bytes(data: bytes, *, html: bool = False) -> Decoded:
    """Decode an input file; raises Rejected('empty' | 'binary' | 'undecodable') when it is not text."""
    if not data:
        raise Rejected("empty", "the file is empty (0 bytes)")
    decoded = _decode(data, html)
    _check_text(decoded.text)
    return decoded


def _decode(data: bytes, html: bool) -> Decoded:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise Rejected("undecodable", f"starts with a {label} byte order mark but is not valid "
                                              f"{label} at byte {error.start}") from None
            if text.startswith("\ufeff"):  # utf-32/utf-16 codecs drop the mark; utf-8-sig too, but be sure
                text = text[1:]
            return Decoded(text, label, f"{label} byte order mark removed; offsets count from the character after it")
    if b"\x00" in data:
        raise Rejected("binary", "contains NUL bytes: not a text file")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                codec = codecs.lookup(declared.group(1).decode("ascii")).name
                return Decoded(data.decode(codec), codec, "encoding from the page's charset declaration")
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(data):
        return Decoded(text, "cp1252", "not UTF-8; read as cp1252 (Western European)")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise Rejected("undecodable", "not UTF-8 and no single-byte or multi-byte text encoding fits")
    codec = codecs.lookup(best.encoding).name
    try:
        return Decoded(data.decode(codec), codec, f"not UTF-8; encoding detected as {codec}")
    except UnicodeDecodeError:
        raise Rejected("undecodable", f"not UTF-8 and not valid {codec} either") from None


def _looks_western(data: bytes) -> bool:
    """Accented letters (bytes >= 0x80) are a minority next to ASCII letters, as in French or German."""
    high = len(data.translate(None, _ASCII))
    letters = len(data.translate(None, _NOT_ASCII_LETTER))
    return high <= _WESTERN_ACCENT_SHARE_LIMIT * (high + letters)


def _check_text(text: str) -> None:
    if "\x00" in text:
        raise Rejected("binary", "contains NUL characters: not a text file")
    controls = len(text) - len(_CONTROL.sub("", text))
    if controls > _CONTROL_SHARE_LIMIT * len(text):
        raise Rejected("binary", f"{controls} of {len(text)} characters are control characters: not a text file")
    if not text.strip():
        raise Rejected("empty", "contains only white space")
