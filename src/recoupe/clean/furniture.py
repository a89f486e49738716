"""Page furniture that only its neighbours or the page address reveal.

``rules`` judges one line alone; here a line is judged with the lines around it:
- the site's own name on a line, or leading a date line ("LE JOURNAL - 3 mars 2024 à 10:12");
- a photo caption printed twice, once with its credit ("Le port. " / "Le port. J. Roy/Agence"),
  or a one-sentence caption right above its credit line ("Le port." / "Photo AGENCE / J. Roy");
- a fragment ending with a comma alone before the first paragraph (a cut-off teaser);
- short topic tags right after date or reading-time lines, before the first sentence;
- a widget box: a short label and its pitch above a sign-up prompt, alone in their paragraph;
- a short tag among the widgets that close the page ("Société" / "Voir les commentaires").
Each pass looks at each line once or at two neighbours: linear in the number of lines.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recoupe.clean import rules
from recoupe.clean.page import Page

if TYPE_CHECKING:
    from recoupe.clean.noise import Line

#: a credit added to a caption's second copy is at most this long
MAX_CREDIT_WORDS = 8
#: a caption is at most this long
MAX_CAPTION_WORDS = 60
#: a cut-off teaser fragment is at most this long
MAX_FRAGMENT_WORDS = 12
#: a topic tag is at most this long
MAX_TAG_WORDS = 4
#: the pitch of a widget box (between its label and its prompt) is at most this long
MAX_PITCH_WORDS = 40
#: a line this long that ends a sentence is prose: the page header is above it
_BULLET = " \t•·▪-–—*"
_SITE_PREFIX = re.compile(r"^(?P<site>[^|]{2,40}?)\s+[-–—|]\s+(?P<rest>.+)$")
#: rules whose lines belong to a page header (dates, credits), after which tags may follow
_HEADER_RULES = {"dateline", "credit", "site_name", "comment_widget", "section_label",
                 "share_buttons", "symbols"}


def mark_furniture(body: list["Line"], original: str, page: Page, lang: str) -> None:
    texts = [line.text(original) for line in body]
    for line, text in zip(body, texts):
        if not line.removed_by:
            line.removed_by = _site_line(text, page, lang)
    _caption_pairs(body, texts)
    _caption_above_credit(body, texts, lang)
    _head_fragments(body, texts)
    _widget_boxes(body, texts)
    _trailing_tags(body, texts)


def _site_line(text: str, page: Page, lang: str) -> str | None:
    if page.is_site_name(text):
        return "site_name"
    m = _SITE_PREFIX.match(text.strip())
    if m and page.is_site_name(m.group("site")) and rules.dateline(m.group("rest"), lang):
        return "dateline"
    return None


def _bare(text: str) -> str:
    return rules.normalise(text.lstrip(_BULLET))


def _caption_pairs(body: list["Line"], texts: list[str]) -> None:
    """A line followed by its own copy with a short credit before or after it: a caption."""
    for i in range(len(body) - 1):
        first, second = _bare(texts[i]), _bare(texts[i + 1])
        if not first or first == second or len(first.split()) > MAX_CAPTION_WORDS:
            continue
        if second.startswith(first):
            credit = second[len(first):]
        elif second.endswith(first):
            credit = second[:-len(first)]
        else:
            continue
        if 0 < len(credit.split()) <= MAX_CREDIT_WORDS and not re.search(r"[.!?]\s", credit + " "):
            for line in body[i:i + 2]:
                line.removed_by = line.removed_by or "caption"


def _caption_above_credit(body: list["Line"], texts: list[str], lang: str) -> None:
    """One sentence directly above a photo credit line (no blank line between): its caption."""
    for i in range(1, len(body)):
        above = body[i - 1]
        if (body[i].removed_by == "credit" and rules.is_photo_credit(texts[i], lang)
                and not above.removed_by and above.block == body[i].block
                and len(texts[i - 1].split()) <= MAX_CAPTION_WORDS
                and not re.search(r"[.!?…]\s+\S", texts[i - 1].strip())):
            above.removed_by = "caption"


def _head_fragments(body: list["Line"], texts: list[str]) -> None:
    """Before the first sentence of prose: a lone fragment ending with a comma, and short
    tags right after header lines (dates, credits) are furniture."""
    after_header = False
    for i, (line, text) in enumerate(zip(body, texts)):
        if rules.is_prose(text):
            return
        if line.removed_by:
            after_header = line.removed_by in _HEADER_RULES
            continue
        words = len(text.split())
        alone = i + 1 == len(body) or body[i + 1].block != line.block
        if text.rstrip().endswith(",") and words <= MAX_FRAGMENT_WORDS and alone:
            line.removed_by = "fragment"
        elif after_header and words <= MAX_TAG_WORDS and text[:1].isupper() and not text.rstrip().endswith(
                (".", "!", "?", ":", ";", ",")):
            line.removed_by = "tag"
        else:
            after_header = False


def _is_tag(text: str) -> bool:
    """A few words without sentence punctuation or digits: a label, a topic tag."""
    stripped = text.strip()
    return (0 < len(stripped.split()) <= MAX_TAG_WORDS and not any(c.isdigit() for c in stripped)
            and not stripped.endswith((".", "!", "?", ":", ";", ",", "»", '"', "”")))


def _widget_boxes(body: list["Line"], texts: list[str]) -> None:
    """A paragraph made of a short label, at most one pitch line, then widget lines only
    (a newsletter box: "Économie" / "Les nouvelles du port chaque soir." / privacy notice)."""
    start = 0
    for end in range(1, len(body) + 1):
        if end < len(body) and body[end].block == body[start].block:
            continue
        box = range(start, end)
        start = end
        if len(box) < 2 or not _is_tag(texts[box[0]]) or body[box[0]].removed_by:
            continue
        kept = [i for i in box if not body[i].removed_by]
        widgets = [i for i in box if body[i].removed_by == "comment_widget"]
        if (widgets and len(kept) <= 2 and all(i < widgets[0] for i in kept)
                and all(len(texts[i].split()) <= MAX_PITCH_WORDS for i in kept)):
            for i in kept:
                body[i].removed_by = "widget_box"


def _trailing_tags(body: list["Line"], texts: list[str]) -> None:
    """Among the furniture that closes the page (comment links, share rows), a short tag
    with removed lines after it is furniture too; the last sentence of the article stops this."""
    after_noise = False
    for line, text in zip(reversed(body), reversed(texts)):
        if line.removed_by:
            after_noise = True
        elif after_noise and _is_tag(text):
            line.removed_by = "tag"
        else:
            return
