"""Making untrusted article text safe for the places the exporters put it.

Article text (titles, sentences, actor and place names, URLs) is untrusted. In HTML (page text, Plotly
hover labels, TimelineJS text) it is escaped; in JSON inside a <script> block the characters that could
end or confuse the block are written as \\u escapes; links are made only for http(s) URLs.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

# C0/C1 control characters (except tab and newline) and bidirectional overrides have no place in a
# label and can disguise text; they are dropped from display text only (data files keep them).
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")

# Characters written as \u escapes in JSON embedded in HTML: < > & stop "</script>" and "<!--" from
# ending or changing the block; U+2028/2029 are line breaks to older JavaScript parsers.
_SCRIPT_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def clean_display_text(text: str) -> str:
    """One line of display text: control characters dropped, runs of white space made one space."""
    if text.isprintable() and "  " not in text:
        # the common case, without the two regex passes: printable text has no control or format
        # characters, and its only white space is the ASCII space
        return text.strip()
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def escape_html(text: str) -> str:
    """Escape text for HTML element content and quoted attribute values (& < > \" ')."""
    return html.escape(text, quote=True)


def shorten(text: str, limit: int) -> str:
    """Cut display text to at most `limit` characters at a word boundary, marking the cut with '…'."""
    text = clean_display_text(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 2 // 3:  # do not throw away most of the text just to end on a word
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def wrap_lines(text: str, width: int) -> list[str]:
    """Split display text into lines of about `width` characters at spaces (hover labels do not wrap)."""
    text = clean_display_text(text)   # single spaces, stripped: a short text is one line as it is
    if len(text) <= width:
        return [text] if text else []
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        while len(word) > width:  # a very long token (URL, hostile run) is broken hard
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def escape_plotly(text: str) -> str:
    """Escape text for Plotly labels (hover, legend, ticks), which Plotly parses as a small HTML subset.

    Only & < > are escaped: Plotly decodes &amp; &lt; &gt; but shows &quot; literally, and quotes
    outside a tag cannot start markup.
    """
    return html.escape(text, quote=False)


def plotly_lines(text: str, width: int) -> str:
    """Escaped, wrapped display text with <br> between lines, for Plotly hover labels."""
    return "<br>".join(escape_plotly(line) for line in wrap_lines(text, width))


def http_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL with a host, else None (no javascript:, data:, file:)."""
    if not url:
        return None
    url = url.strip()
    if _INVISIBLE.search(url) or any(ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def script_json(json_text: str) -> str:
    """Make a JSON text safe to place inside a <script> element (it stays the same JSON value)."""
    for raw, escaped in _SCRIPT_JSON_ESCAPES:
        json_text = json_text.replace(raw, escaped)
    return json_text
