"""What the page address says about its furniture: the site's own name and section names.

A scraped page often carries its site name ("LE JOURNAL"), a section ("Économie") or a
slogan above the headline; the address (``url``, or a document name that is one) tells
them apart: the site name is the registered domain, sections are the folders of the path,
and the last words of the path are usually the headline as a slug.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional
from urllib.parse import unquote, urlsplit

from recoupe.clean.rules import normalise
from recoupe.resources import available, load_lines

#: a slug has at least this many words (shorter path parts are sections or ids)
MIN_SLUG_WORDS = 3
#: a site name on its own line is at most this long
MAX_SITE_WORDS = 5
_WORD = re.compile(r"[^\W_]+")
#: sub-domains that name a server, not a brand
_TECHNICAL_HOSTS = {"www", "mobile", "beta", "staging", "preprod", "amp", "static"}
_NOT_ALNUM = re.compile(r"[\W_]+")
#: a word of the address with this many digits in a row is an id, not a word ("id2112881"; "covid19" is a word)
_ID = re.compile(r"\d{4,}")
#: what sets a site's slogan apart from its name: "Le Journal, l'actualité du port", "Le Journal | ..."
_SLOGAN_SEPARATOR = re.compile(r"\s*,\s+|\s+[-–—|:]\s+")
#: a domain ending printed with the site's name ("LeJournal.net")
_DOMAIN_END = re.compile(r"\.(?:net|com|fr|info|org|be|ch|ca|ma|dz|tn|sn|ci|bf|ml|cm|cd)$", re.IGNORECASE)
_EDITION = re.compile(r"(?<!\s)\s*+\([^()]{1,40}\)\s*+$")   # "Le Journal (édition du Sud)"; spaces taken whole


def squash(text: str) -> str:
    """Letters and digits only, accents and case aside: "L'Équipe" -> "lequipe"."""
    # after NFKD the accents are combining marks, which \W matches, as it does punctuation and spaces
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKD", text)).casefold()


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _WORD.findall(text)


@dataclass(frozen=True)
class Page:
    site: str = ""                       # squashed registered domain: "lejournal"
    hosts: frozenset[str] = frozenset()  # squashed sub-domains naming a brand: "sportradio"
    sections: frozenset[str] = frozenset()   # squashed folders of the path
    slug: tuple[str, ...] = ()           # words of the headline slug, if any
    lang: str = "fr"

    def is_site_name(self, line: str) -> bool:
        """The line is the site's name: its domain, or a known outlet (an edition in brackets aside)."""
        bare = _EDITION.sub("", line.strip())
        if len(bare.split()) > MAX_SITE_WORDS:   # asked of every line: prose is not squashed first
            return False
        key = squash(bare)
        if not key:
            return False
        if self.site and len(key) >= 3 and (key == self.site or _one_article_apart(key, self.site)):
            return True
        if key in self.hosts:
            return True
        return normalise(bare) in _outlets(self.lang)

    def opens_with_site_name(self, line: str) -> bool:
        """The line is the site's name and its slogan after a comma, a dash or a bar ("LeJournal.net,
        l'actualité du port sur le net"): the masthead, no headline."""
        head = _SLOGAN_SEPARATOR.split(line.strip(), maxsplit=1)
        return len(head) == 2 and bool(head[1].strip()) and self.is_site_name(_DOMAIN_END.sub("", head[0]))

    def is_section(self, line: str) -> bool:
        """The line names a folder of the address ("Monde", "Tourisme et loisirs")."""
        return len(line.split()) <= MAX_SITE_WORDS and squash(line) in self.sections

    def slug_score(self, line: str) -> float:
        """Share of the slug's words that the line holds (0 without a slug)."""
        if not self.slug:
            return 0.0
        held = set(words(line))
        return sum(1 for w in self.slug if w in held) / len(self.slug)


def _one_article_apart(a: str, b: str) -> bool:
    """"lequipe" / "equipe": the same name with or without a leading article."""
    short, long = sorted((a, b), key=len)
    return long.endswith(short) and long[:-len(short)] in ("l", "le", "la", "les")


@lru_cache(maxsize=None)
def _outlets(lang: str) -> frozenset[str]:
    return frozenset(load_lines(lang, "clean_outlets") if available(lang, "clean_outlets") else ())


def page_of(url: Optional[str], lang: str = "fr") -> Page:
    if not url or not re.match(r"https?://", url):
        return Page(lang=lang)
    parts = urlsplit(url)
    labels = (parts.hostname or "").split(".")
    site = squash(labels[-2]) if len(labels) >= 2 else ""
    # a brand of the group on a sub-domain ("sport.radio.fr" for "Radio Sport"), not "www" or "m"
    hosts = {squash(label) for label in labels[:-2]} - _TECHNICAL_HOSTS
    folders = [_decode(p) for p in parts.path.split("/") if p]
    slug: tuple[str, ...] = ()
    sections = set()
    for i, folder in enumerate(folders):
        # numbers and ids ("id2112881", "a234386") are the page's, never words of its headline
        found = [w for w in words(re.sub(r"\.\w{2,5}$", "", folder)) if not w.isdigit() and not _ID.search(w)]
        # at equal length the later folder is the slug ("edition-du-sud/.../le-port-ferme-ses-quais")
        if len(found) >= MIN_SLUG_WORDS and len(found) >= len(slug):
            slug = tuple(found)
        if i < len(folders) - 1:
            sections.add(squash(folder))
    return Page(site=site, hosts=frozenset(h for h in hosts if len(h) >= 4),
                sections=frozenset(sections - {""}), slug=slug, lang=lang)


def _decode(part: str) -> str:
    """Percent-decoding until stable (some addresses are encoded twice)."""
    for _ in range(3):
        decoded = unquote(part)
        if decoded == part:
            break
        part = decoded
    return part
