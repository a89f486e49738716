"""A site's navigation menu left above the text: its heading ("Menu", "Rubriques"), then its entries,
one short label a line ("Info" / "Sports" / "Loisirs").

Above the first sentence of prose, the short labels right below a menu heading (``clean_menu_headings``,
removed as a section label) are its entries, up to the first line that is no label; lines already
removed between them (a row of links, a log-in button) do not end the menu. Below the prose a heading
announces the article's own list, which stays.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recoupe.clean import rules

if TYPE_CHECKING:
    from recoupe.clean.noise import Line

#: a menu entry is at most this long
MAX_ENTRY_WORDS = 3


def mark_menus(body: list["Line"], texts: list[str], lang: str) -> None:
    headings = rules.word_list(lang, "clean_menu_headings")
    in_menu = False
    for line, text in zip(body, texts):
        if rules.is_prose(text):
            return
        if line.removed_by:
            in_menu = in_menu or rules.label_form(text, lang).rstrip(" :") in headings
        elif in_menu and _entry(text):
            line.removed_by = "menu"
        else:
            in_menu = False


def _entry(text: str) -> bool:
    """A label: a few words opening with a capital, no digit, no sentence punctuation."""
    stripped = text.strip()
    return (0 < len(stripped.split()) <= MAX_ENTRY_WORDS and stripped[:1].isupper()
            and not any(c.isdigit() for c in stripped) and not stripped.endswith(rules.SENTENCE_END + (",",)))


#: one word alone in its paragraph: a section, a place set as a dateline, a button; never a paragraph of
#: the text, which says something ("Genève" above the lede, "Refus" between two paragraphs); a one-word
#: sentence ("Non.", "Enfin !") or quotation ("« Jamais »") of the text keeps its stop or its marks: no match
_LONE_WORD = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:['’-][^\W\d_]+)*")


def mark_lone_words(body: list["Line"], texts: list[str]) -> None:
    """One capitalised word (hyphens and apostrophes allowed), alone in its paragraph but for furniture: a label."""
    for i, (line, text) in enumerate(zip(body, texts)):
        # lines of furniture may share its paragraph ("Genève" / "AGENCE / Genève / Jeanne Roy")
        alone = all(not 0 <= j < len(body) or body[j].block != line.block or body[j].removed_by for j in (i - 1, i + 1))
        if not line.removed_by and alone and _LONE_WORD.fullmatch(text.strip()):
            line.removed_by = "section_label"
