"""A live blog's writers speaking to their readers about the live: greetings, sign-offs, pointers to
the next live ("Bonjour et bienvenue dans ce direct.", "Ce direct est clos pour ce soir. Nos journalistes
vous retrouvent demain avec un autre fil. Bonne nuit").

Every sentence of the line must be such talk (``clean_live_talk``): a sentence naming the live with a
demonstrative or possessive and a word of opening, closing or following it, or a greeting or farewell
formula; and one at least names the live. A sentence of news in the line keeps it (a closing notice
before the live's summary is cut by ``clean_leading``, the summary stays).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from recoupe.resources import available, load_json

#: live talk is a few sentences at most
MAX_TALK_WORDS = 60
#: the entry's time before the talk ("7h05 : Ce direct est terminé.")
_STAMP = re.compile(r"^\d{1,2}\s*[h:]\s*\d{2}\s*[:|–—-]?\s*")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> Optional[tuple[re.Pattern, ...]]:
    """The live, talk and farewell patterns, and the sentence breaks: after a full stop, or at a
    comma before a farewell."""
    if not available(lang, "clean_live_talk"):
        return None
    table = load_json(lang, "clean_live_talk")
    breaks = re.compile(rf"(?<=[.!…])\s+|,\s+(?=(?:{table['farewell_after_comma']})\b)", re.IGNORECASE)
    return tuple(re.compile(table[key], re.IGNORECASE) for key in ("live", "talk", "farewell")) + (breaks,)


def live_talk(line: str, lang: str) -> Optional[str]:
    """"live_talk" when the whole line is the live's writers speaking to the readers (see above)."""
    patterns = _patterns(lang)
    if patterns is None or "?" in line or len(line.split()) > MAX_TALK_WORDS:
        return None
    live, talk, farewell, breaks = patterns
    text = _STAMP.sub("", " ".join(line.replace("\u2019", "'").split()))
    sentences = [s for s in breaks.split(text) if s.strip()]
    named = [bool(live.search(s)) for s in sentences]
    if not any(named):
        return None
    ok = all((is_named and talk.search(s)) or farewell.match(s) for s, is_named in zip(sentences, named))
    return "live_talk" if ok else None
