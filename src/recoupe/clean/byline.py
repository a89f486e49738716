"""What the lines clean removes tell about the article: its date and its author.

A page may print its date line or its signature anywhere (below the standfirst, after the
last paragraph: "Par Jeanne Roy, le 3 mai 2024", "Jeanne Roy, avec AFP", "publié le 3 mai 2024
à 10h00"), where ingest, which reads the header only, does not look. Once clean has judged a
line to be such furniture, it completes what the header left open: the date when none was
read or when it states the one read more precisely, the author when none was read (also from
a credit glued to a kept paragraph, "... (Reportage Jeanne Roy à Oslo)", "Jeanne ROY Le port ...";
the date also from a reprint's source line glued there, "... » | Par Le Journal | 3 mai 2024").
The first such line counts (the article's own comes before the teasers of others).
Below such a byline, the writer's biography restating the name is furniture too (``mark_author_bios``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from recoupe.clean.rules import date_label, leading_noise, trailing_credit
from recoupe.ingest.article import RawArticle
from recoupe.ingest.header import glued_signature, header_fields, is_prose, iso_date, refined, signature
from recoupe.resources import available, load_lines

if TYPE_CHECKING:
    from recoupe.clean.noise import Line

#: an agency alone signs the article up to below its lead paragraph (further down it is a source tag)
HEADER_PROSE_LINES = 1
#: rules that remove a date or byline line (a credit line may be a byline naming its day:
#: "Rédigé par Jeanne Roy le 3 mai 2024")
_DATE_RULES = {"dateline", "title_dateline", "credit"}
#: the rule that removes a byline made of a name alone (``clean.furniture``)
_NAME_RULE = "byline_name"
#: rules that remove a signature
_SIGNATURE_RULES = {"credit", "dateline"}
#: a credit right below a caption credits the picture (an agency there is no signature)
_CAPTION_RULE = "caption"
#: the rule that removes a wire dateline alone on its line ("Rabat, 12 juin, AGENCE")
_WIRE_RULE = "wire_dateline"
#: the day and month of an agency dateline, its year when it states one ("Brest, 3 mars 2024 (AFP) - ", in two
#: digits: "Brest, 3 mars 24 [Radio Sud] --- ", not a time: "3 mars 10 h 12"), or in figures, as a wire header set apart by bars prints it
#: ("Lyon | AGENCE | lundi 04/03/2024 - ")
_DATELINE_DATE = re.compile(r"\b\d{1,2}(?:er)?\s+\w{3,9}\.?(?:\s+(?P<year>\d{4}|\d{2})(?![\d./]|\s*[:h]\s*\d))?|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b")


def complete_header(article: RawArticle, body: list["Line"], lang: str) -> None:
    """Sets ``article.published`` and ``article.author`` from removed body lines (see above)."""
    date_done = author_done = False
    proses = 0   # sentences of prose above the line
    above = None   # the rule that removed the line above (None: kept)
    for line in body:
        text, above, below_caption = line.text(article.original), line.removed_by, above == _CAPTION_RULE
        if not line.removed_by:
            if not author_done and (author := _glued_signature(text, lang, proses <= HEADER_PROSE_LINES)):
                article.author, author_done = article.author or author, True
            if not date_done and proses <= HEADER_PROSE_LINES and (date := _dateline_date(text, lang, article.published)):
                article.published, date_done = refined(article.published, date), True
            elif not date_done and (date := _trailing_byline_date(text, lang)):
                article.published, date_done = refined(article.published, date), True
            proses += is_prose(text)
            continue
        if date_done and author_done:
            break
        fields = header_fields(text, lang) if line.removed_by in _DATE_RULES else None
        if fields and not date_done and (proses <= HEADER_PROSE_LINES or fields[0] or date_label(text, lang)):
            # below the lead, a bare date ("03/05/2024") is another item's (a video card, a teaser)
            article.published, date_done = refined(article.published, fields[1]), True
        elif line.removed_by == _WIRE_RULE and not date_done and not proses:
            if date := _day_and_month(text, lang, article.published):
                article.published, date_done = refined(article.published, date), True
        author = (fields[0] if fields else None) or (
            signature(text, lang, proses <= HEADER_PROSE_LINES and not below_caption)
            if line.removed_by in _SIGNATURE_RULES else None) or (
            text.strip().lstrip("-–—•· ") if line.removed_by == _NAME_RULE else None)
        if author and not author_done:
            article.author = article.author or author
            author_done = True


def _dateline_date(text: str, lang: str, known: Optional[str]) -> Optional[str]:
    """The date of the agency dateline opening the lead ("Bamako, 29 oct. 2015 (AFP) - "), maybe
    below the standfirst; without a year ("17 décembre (Reuters) - ") it only makes the date read
    so far more precise, in that date's year and month."""
    cut = leading_noise(text, lang, first=True, top=True)
    return _day_and_month(text[:cut], lang, known) if cut else None


def _trailing_byline_date(text: str, lang: str) -> Optional[str]:
    """The date of a byline glued after a paragraph's last sentence, cut as a trailing credit
    ("... du port. » | Par Le Journal avec AFP | jeudi 3 mai 2024"): a reprint's source line."""
    cut = trailing_credit(text, lang)
    fields = header_fields(text[cut:].strip(" |»"), lang) if cut is not None else None
    return fields[1] if fields else None


def _day_and_month(text: str, lang: str, known: Optional[str]) -> Optional[str]:
    """The date a dateline states; without its year, only when it makes ``known`` more precise."""
    m = _DATELINE_DATE.search(text)
    if m is None:
        return None
    if m.group("year") or re.search(r"\d{4}", m.group()):
        return iso_date(m.group(), lang)
    found = iso_date(f"{m.group()} {known[:4]}", lang) if known and len(known) == 7 else None
    return found if found and found.startswith(known) else None


def _glued_signature(text: str, lang: str, in_header: bool) -> str | None:
    """The author a kept paragraph names in the credit glued to it: closing it ("... lundi.
    (Reportage Jeanne Roy à Oslo)") or, near the top, opening it ("Jeanne ROY Le port ...")."""
    if (cut := trailing_credit(text, lang)) is not None and (author := signature(text[cut:], lang)):
        return author
    if in_header and (cut := leading_noise(text, lang, top=True)) is not None:
        return glued_signature(text[:cut], lang)
    return None


#: a writer's biography follows the byline within this many lines
BIO_WINDOW = 2
#: a biography is at most this long
MAX_BIO_WORDS = 90


def mark_author_bios(body: list["Line"], texts: list[str], lang: str) -> None:
    """The writer's biography right below a removed byline ("Par Jeanne Roy | Journaliste" /
    "Passionnée de sport, Jeanne Roy est journaliste à ... depuis 2015"): the byline's name again,
    with a word of the trade (``clean_author_bio``). A lead never restates its writer's name."""
    bio = _bio_words(lang)
    for i, line in enumerate(body):
        if line.removed_by not in ("credit", "dateline") or bio is None:
            continue
        name = signature(texts[i], lang) or (header_fields(texts[i], lang) or (None,))[0]
        if not name or len(name.split()) < 2:
            continue
        for j in range(i + 1, min(i + 1 + BIO_WINDOW, len(body))):
            if (not body[j].removed_by and name in texts[j] and bio.search(texts[j])
                    and len(texts[j].split()) <= MAX_BIO_WORDS):
                body[j].removed_by = "author_bio"
                break


@lru_cache(maxsize=None)
def _bio_words(lang: str) -> re.Pattern | None:
    if not available(lang, "clean_author_bio"):
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(load_lines(lang, 'clean_author_bio'))})(?!\w)", re.IGNORECASE)
