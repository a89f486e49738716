"""Embedded social-media posts: the post's text above its credit line (``clean.furniture`` asks)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recoupe.clean import rules

if TYPE_CHECKING:
    from recoupe.clean.noise import Line

#: the credit line of an embedded post: "— Jeanne Roy (@jroy) 3 mai 2024", maybe cut off
_POST_CREDIT = re.compile(r"^[—–-]\s*[^()]{1,60}\(@\w")
#: what marks a post's text: a hashtag, a mention or a short link
_POST_MARK = re.compile(r"(?<![\w&])[#@]\w|https?://t\.co/")
#: the credit of an embedded post glued at the end of its last line ("... pic.twitter.com/x— Mairie (@mairie) 3 mai")
_GLUED_POST_CREDIT = re.compile(r"[—–]\s*[^()]{1,60}\(@\w{1,30}\)[^()]{0,40}$")
#: an embedded post runs over this many lines at most above its credit
MAX_POST_LINES = 3


def mark_embedded_posts(body: list["Line"], texts: list[str], max_line_words: int) -> None:
    """The lines right above an embedded post's credit (alone or glued to the post's last line),
    in its paragraph, up to one with a hashtag or a mention in it: the post's text, its lines
    between that one and the credit no sentence of prose ("#Budget | La motion est rejetée." /
    "Pour : 239" / "— Assemblée (@assemblee) 3 mai"). A quotation of the article never sits so.
    A line longer than ``max_line_words`` (a caption's length) is no post's."""
    for i in range(1, len(body)):
        if not (body[i].removed_by and (_POST_CREDIT.match(texts[i].strip()) or _GLUED_POST_CREDIT.search(texts[i]))):
            continue
        run = []
        for j in range(i - 1, max(i - 1 - MAX_POST_LINES, -1), -1):
            if body[j].removed_by or body[j].block != body[i].block or len(texts[j].split()) > max_line_words:
                break
            run.append(j)
            if _POST_MARK.search(texts[j]):
                for k in run:
                    body[k].removed_by = "embedded_post"
                break
            if rules.is_prose(texts[j]):
                break
        # a post without a mark: the one line right above its credit, no sentence of prose
        # ("Le quai est fermé ce soir / merci à tous" / "— Mairie (@mairie) 3 mai")
        if run and not body[run[0]].removed_by and not rules.is_prose(texts[run[0]]):
            body[run[0]].removed_by = "embedded_post"
