"""Lists of other articles' headlines set inside the body (those closing the page: ``clean.trailers``).

- a run of two or more lines each opening with a chevron, each a headline ("> Le port rouvre
  lundi" / "> Grève : ce qui change demain"): a list of links. One such line alone may be a
  quoted e-mail and stays; a line ending a sentence is no link; a list the article announces
  with a colon ("Les mesures retenues :") is its own and stays;
- four or more headlines in a row, not announced by a colon, not a sentence wrapped over lines;
- the heading right above such a run: a label pointing to other articles, maybe with its
  topic after it ("L'essentiel santé"), or a short label in capitals ("NOS DOSSIERS");
- the headlines below a label pointing to other articles ("À lire aussi", "Sur le même sujet")
  within its paragraph, up to the first line that is no headline;
- a card of another story's video: its media label ("VIDÉO"), its title and section, the player's
  running time ("2 min.") below them;
- a sidebar of other stories: two or more pairs of a short headline and its lead cut off with an
  ellipsis glued to a word ("Incendie au port" / "Plusieurs hangars ont été..."), and the box's heading
  above them ("Fil d'actualité"). A line of the article ending with an ellipsis stands alone, or
  inside a quotation; two cut leads each under a headline do not;
- a card whose headline is printed twice, glued, after its section glued before it
  ("SantéLe port ferme ses quaisLe port ferme ses quais"): the headline and its link's text.
The labels are data (``clean_pointer_labels``, ``clean_media_labels``). Each pass looks at each line
once (a card at a few lines more).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recoupe.clean import rules
from recoupe.clean.trailers import headline_shaped

if TYPE_CHECKING:
    from recoupe.clean.noise import Line

#: a list of links has at least this many chevron lines
MIN_CHEVRON_LINES = 2
#: one chevron opening a line, then the link's text ("»" closes a quotation, ">>" is a widget rule's)
_CHEVRON = re.compile(r"^\s*[>›]\s*(?=[^\s>›])")
#: a box's heading has at most this many words
MAX_HEADING_WORDS = 5


def mark_teasers(body: list["Line"], texts: list[str], lang: str) -> None:
    _chevron_lists(body, texts, lang)
    _headline_runs(body, texts)
    _under_pointer_labels(body, texts, lang)
    _video_cards(body, texts, lang)
    _cut_lead_pairs(body, texts, lang)
    _glued_cards(body, texts)


#: a list of other articles' headlines, set without chevrons or a label, holds at least this many
MIN_HEADLINE_RUN = 4


def _headline_runs(body: list["Line"], texts: list[str]) -> None:
    """Four or more headlines in a row anywhere in the body, not a sentence wrapped over lines: a list of
    other articles. An article's subheadings each head a paragraph of prose, never stand four together; a
    list of its own is announced by a colon, or set as list items ("- ...")."""
    i = 0
    while i < len(body):
        end = i
        while end < len(body) and not body[end].removed_by and headline_shaped(texts[end]):
            end += 1
        if end - i >= MIN_HEADLINE_RUN and not _announced(body, texts, i) and not _wrapped(body, texts, i, end):
            for line in body[i:end]:
                line.removed_by = "teaser"
        i = max(end, i + 1)


def _wrapped(body: list["Line"], texts: list[str], i: int, end: int) -> bool:
    """The run's lines go on from the kept line above in their paragraph (no sentence end there) or into
    the one below (lower case there): the lines of a sentence wrapped, not headlines."""
    above = i > 0 and body[i - 1].block == body[i].block and not body[i - 1].removed_by \
        and not texts[i - 1].rstrip().endswith((".", "!", "?", "…", "»", ")", '"', "”"))
    below = end < len(body) and body[end].block == body[end - 1].block and texts[end].lstrip()[:1].islower()
    return above or below


def _chevron_link(text: str) -> bool:
    m = _CHEVRON.match(text)
    return bool(m) and headline_shaped(text[m.end():])


def _chevron_lists(body: list["Line"], texts: list[str], lang: str) -> None:
    i = 0
    while i < len(body):
        end = i
        while end < len(body) and not body[end].removed_by and _chevron_link(texts[end]):
            end += 1
        if end - i >= MIN_CHEVRON_LINES and not _announced(body, texts, i):
            for line in body[i:end]:
                line.removed_by = "teaser"
            if i and not body[i - 1].removed_by and _box_heading(texts[i - 1], lang):
                body[i - 1].removed_by = "teaser_heading"
        i = max(end, i + 1)


def _announced(body: list["Line"], texts: list[str], i: int) -> bool:
    """The kept line above ends with a colon: the article introduces a list of its own."""
    return i > 0 and not body[i - 1].removed_by and texts[i - 1].rstrip().endswith(":")


def _box_heading(text: str, lang: str) -> bool:
    """A few words without a sentence end: a pointer label, maybe with its topic, or a label in capitals."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > MAX_HEADING_WORDS or stripped.endswith(rules.SENTENCE_END + (",",)):
        return False
    letters, capitals = rules.letter_case(stripped)
    if letters and capitals == letters:
        return True
    bare = rules.label_form(stripped, lang)
    return any(bare == label or bare.startswith(label + " ") for label in rules.word_list(lang, "clean_pointer_labels"))


def _under_pointer_labels(body: list["Line"], texts: list[str], lang: str) -> None:
    """The headlines right below a pointer label, within its paragraph."""
    labels = rules.word_list(lang, "clean_pointer_labels")
    for i, line in enumerate(body):
        if rules.label_form(texts[i], lang).rstrip(" :.…") not in labels:
            continue
        for below, text in zip(body[i + 1:], texts[i + 1:]):
            if below.block != line.block or not (below.removed_by or headline_shaped(text)):
                break
            below.removed_by = below.removed_by or "teaser"


#: the running time a player prints on a card ("2 min.", "3 mn", "1:45", "01:02:10")
_RUNNING_TIME = re.compile(r"\d{1,3}\s*(?:min|mn)\.?|\d{1,2}:\d{2}(?::\d{2})?")
#: a card holds at most this many lines between its media label and its running time (a title, a section)
MAX_CARD_LINES = 3


def _video_cards(body: list["Line"], texts: list[str], lang: str) -> None:
    """A media label, then a few lines that are no sentence, then a running time: a card of another
    story (an article's own video has no label of its own and no running time under its caption)."""
    labels = rules.word_list(lang, "clean_media_labels")
    for i, text in enumerate(texts):
        if not labels or rules.label_form(text, lang) not in labels:
            continue
        for j in range(i + 1, min(i + 2 + MAX_CARD_LINES, len(body))):
            if _RUNNING_TIME.fullmatch(texts[j].strip()):
                card = range(i, j + 1)
                if j > i + 1 and not any(rules.is_prose(texts[k]) for k in card):
                    for k in card:
                        body[k].removed_by = body[k].removed_by or "video_card"
                break


#: a lead the page cut off: a word, then an ellipsis closing the line ("ont été...", "le Centre…")
_CUT_LEAD = re.compile(r"\w(?:\.{3}|…)$")
#: a sidebar lists at least this many headline and cut-lead pairs
MIN_CUT_PAIRS = 2
#: a sidebar's headline has at most this many words
MAX_PAIR_HEADLINE_WORDS = 20


def _cut_lead(text: str, in_run: bool) -> bool:
    """A line cut off by an ellipsis; opening a run, not inside a quotation (a body line may end a quoted
    hesitation so), though a lead cut off inside a quotation goes on a run already found."""
    stripped = text.strip()
    return bool(_CUT_LEAD.search(stripped)) and (in_run or stripped.count("«") <= stripped.count("»"))


def _pair_headline(text: str) -> bool:
    """A few words opening with a capital or a quotation mark and ending no sentence ("La mobilisation")."""
    stripped = text.strip()
    return (0 < len(stripped.split()) <= MAX_PAIR_HEADLINE_WORDS and (stripped[:1].isupper() or stripped[:1] in "«\"“")
            and not stripped.endswith(rules.SENTENCE_END + (",", ":", ";")) and not _CUT_LEAD.search(stripped))


def _cut_lead_pairs(body: list["Line"], texts: list[str], lang: str) -> None:
    i = 0
    while i + 1 < len(body):
        end = i
        while (end + 1 < len(body) and not body[end].removed_by and not body[end + 1].removed_by
               and _pair_headline(texts[end]) and _cut_lead(texts[end + 1], end - i >= 2 * MIN_CUT_PAIRS)):
            end += 2
        if (end - i) // 2 >= MIN_CUT_PAIRS:
            for line in body[i:end]:
                line.removed_by = "teaser"
            if i and not body[i - 1].removed_by and _box_heading(texts[i - 1], lang):
                body[i - 1].removed_by = "teaser_heading"
        i = max(end, i + 1)


#: a card's headline has at least this many words; its section glued before it at most this many
MIN_CARD_HEADLINE_WORDS = 3
MAX_CARD_SECTION_WORDS = 5
MAX_CARD_HEADLINE_WORDS = 25
#: where a second copy may start: a capital glued to the letter or mark before it
_GLUED_CAPITAL = re.compile(r"(?<=[^\s])[A-ZÀ-Ý«\"“]")


def _glued_cards(body: list["Line"], texts: list[str]) -> None:
    """A line that ends with a headline printed twice with no space between the copies, after a short
    section name glued to the first copy: a card of another story (prose never repeats itself so)."""
    for line, text in zip(body, texts):
        stripped = text.strip()
        if line.removed_by or len(stripped.split()) > 2 * MAX_CARD_HEADLINE_WORDS + MAX_CARD_SECTION_WORDS:
            continue
        for m in _GLUED_CAPITAL.finditer(stripped):
            copy = stripped[m.start():]
            before = stripped[:m.start()]
            if len(copy.split()) >= MIN_CARD_HEADLINE_WORDS and before.endswith(copy) \
                    and len(before[:-len(copy)].split()) <= MAX_CARD_SECTION_WORDS:
                line.removed_by = "teaser"
                break
