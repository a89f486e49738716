"""Bytes to text: UTF-8 (with or without BOM) first, then charset-normalizer's best guess."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


class NotText(ValueError):
    """The bytes are not a text file (NUL bytes, or no encoding decodes them cleanly)."""


def decode_bytes(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NotText("binary file, not text") from exc
    if b"\x00" in data:
        raise NotText("binary file, not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise NotText("binary file, not text")
    text = str(best)
    # control characters other than layout ones mean the guess decoded binary data
    if any(ord(c) < 32 and c not in "\t\n\r\f\v" for c in text):
        raise NotText("binary file, not text")
    return text
