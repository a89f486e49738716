"""Article text is hostile: what reaches a terminal or a JSON reader is made harmless here.

An article may hold escape sequences (clear the screen, write the clipboard with OSC 52,
hide a link with OSC 8, retitle the window), carriage returns that overwrite a line,
bidirectional overrides that reorder what is shown, and text that looks like Rich markup.
``visible`` turns every such character into a visible stand-in; the CLI hands Rich only
``Text`` objects built from it, which Rich never parses as markup. ``json_line`` escapes
the same characters inside JSON strings, which is lossless: a JSON reader gets them back.
"""
from __future__ import annotations

import json
import re
from typing import Any

from rich.text import Text

#: C0 controls but tab and line feed, DEL, C1 controls, bidirectional embeddings,
#: overrides and isolates, and the Unicode line/paragraph separators
_HOSTILE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _stand_in(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)           # the Control Pictures block: ␛ for ESC, ␍ for CR
    if code == 0x7F:
        return "\u2421"                      # ␡
    return f"<U+{code:04X}>"


def visible(text: Any) -> str:
    """``text`` with every control character shown instead of acted on (CRLF read as LF)."""
    return _HOSTILE.sub(_stand_in, str(text).replace("\r\n", "\n"))


def plain(text: Any, style: str = "") -> Text:
    """A Rich Text of ``text``, never read as markup, controls made visible."""
    return Text(visible("" if text is None else text), style=style)


def _escape(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_line(data: Any, *, indent: int | None = None) -> str:
    """JSON that no terminal acts on: controls escaped, never NaN or Infinity (invalid JSON)."""
    return _HOSTILE.sub(_escape, json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False))
