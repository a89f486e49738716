"""Bytes to text: UTF-8 (with or without BOM), damaged UTF-8 repaired, else charset-normalizer's guess."""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Optional

from charset_normalizer import from_bytes

REPLACEMENT = "\ufffd"


class NotText(ValueError):
    """The bytes are not a text file (NUL bytes, or no encoding decodes them cleanly)."""


@dataclass
class Decoded:
    text: str
    note: Optional[str] = None   # what had to be repaired, to be reported to the user


def decode_bytes(data: bytes) -> Decoded:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise NotText("binary file, not text") from exc
    if b"\x00" in data:
        raise NotText("binary file, not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _damaged_utf8(data) or Decoded(_guess(data))


def _damaged_utf8(data: bytes) -> Optional[Decoded]:
    """UTF-8 with a few bad bytes (a truncated copy, a stray byte) is still UTF-8.

    A text in a one-byte encoding (Latin-1, cp1252) almost never holds a valid multi-byte
    UTF-8 sequence, so more valid sequences than bad ones tell damaged UTF-8 apart.
    """
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    valid = sum(1 for c in lenient if ord(c) > 127 and c != REPLACEMENT)
    if valid == 0 or bad > valid:
        return None
    return Decoded(lenient, f"{bad} invalid UTF-8 byte sequence{'s' if bad > 1 else ''} "
                            f"replaced by {REPLACEMENT!r}")


def _guess(data: bytes) -> str:
    best = from_bytes(data).best()
    if best is None:
        raise NotText("binary file, not text")
    text = str(best)
    # control characters other than layout ones mean the guess decoded binary data
    if any(ord(c) < 32 and c not in "\t\n\r\f\v" for c in text):
        raise NotText("binary file, not text")
    return text
