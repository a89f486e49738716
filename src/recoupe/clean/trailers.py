"""Furniture that closes a page, found from the shape of the last lines.

- a run of other articles' headlines after the last sentence ("Les éleveurs ... " /
  "« Un silo mal tassé ... »" / ...), cut off or not: three or more short headline-shaped
  lines, each alone, below a line that ends a sentence (not below a heading ending with ":",
  which announces a list of the article's own);
- the site's presentation of itself below the article ("Radio Sud publie ...", "Les articles
  signés Radio Sud ..."): closing paragraphs that name the site, with page furniture (a follow
  prompt, a caption) between them and the article, so that the article's own last sentence
  ("..., a-t-il dit à Radio Sud.") is never taken;
- the furniture a closing heading opens ("Vos réactions", "Les plus lus", "À la une de X"):
  below the last sentence of the article, the heading and all after it that is no prose
  (numbered lists, teasers, cut-off blurbs) go; a sentence of prose below it (the article went
  on under an inline box) keeps everything;
- a prompt closing the page (a feedback question on the article, "Cet article vous a-t-il été
  utile ?", a paywall's "... pour lire la suite, abonnez-vous") and the buttons and offers below
  it, taken as a comment thread's heading is;
- a few words cut off at the very end, after the last sentence ("À la u", "Les plus l"): the
  start of a heading whose page was cut while scraped.
Each pass walks back from the end once: linear in the number of lines.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from recoupe.clean.page import Page, squash
from recoupe.clean.rules import capital_a, normalise, word_list
from recoupe.ingest.header import is_prose
from recoupe.resources import available, load_lines

if TYPE_CHECKING:
    from recoupe.clean.noise import Line

#: a related headline has at least this many words (shorter lines are tags or scores) ...
MIN_RELATED_WORDS = 4
#: ... and at most this many
MAX_RELATED_WORDS = 20
#: a list of related headlines has at least this many lines ...
MIN_RELATED_LINES = 3
#: ... or this many when each comes below a bullet line of its own
MIN_BULLETED_LINES = 2
_WORD = re.compile(r"\w")
#: a bulleted headline has at most this many words
MAX_BULLETED_WORDS = 30
_CLOSING = " \"»”’'"
#: a sentence break inside the line: a headline has none (an ellipsis may join its two parts)
_INNER_BREAK = re.compile(r"[.!?]\s+[«\"“A-ZÀ-Ý]")


def mark_trailers(body: list["Line"], texts: list[str], page: Page, lang: str = "fr") -> None:
    _closing_tail(body, texts, lang)
    _cut_off_end(body, texts)
    _signature_end(body, texts)
    _related_headlines(body, texts)
    _self_presentation(body, texts, page)


def headline_shaped(text: str) -> bool:
    """A short line that states something without ending a sentence: a headline."""
    stripped = text.strip()
    bare = stripped.rstrip(_CLOSING)
    return (MIN_RELATED_WORDS <= len(stripped.split()) <= MAX_RELATED_WORDS
            and (stripped[:1].isupper() or stripped[:1] in "«\"“")
            and not bare.endswith((".", "…", ":", ";", ","))
            and not _INNER_BREAK.search(stripped))


def _bulleted(texts: list[str], i: int) -> bool:
    """The line comes right below a bullet printed alone on its line ("-", "•")."""
    return i > 0 and bool(texts[i - 1].strip()) and not _WORD.search(texts[i - 1])


def _bulleted_headline(text: str) -> bool:
    """A headline set as a list item may run longer (a quotation in it), never past a sentence."""
    stripped = text.strip()
    return (MIN_RELATED_WORDS <= len(stripped.split()) <= MAX_BULLETED_WORDS and _stub(stripped)
            and not _INNER_BREAK.search(stripped))


def _stub(text: str) -> bool:
    """The start of a headline cut off at the end of the page ("Crise des trans")."""
    stripped = text.strip()
    return (0 < len(stripped.split()) <= MAX_BULLETED_WORDS and stripped[:1].isupper()
            and not stripped.rstrip(_CLOSING).endswith((".", "!", "?", "…", ":", ";", ",")))


def _cut_mid_word(text: str) -> bool:
    """The page's last line stops after a letter or two of a word ("Le conseil d"): a teaser cut off."""
    words = text.split()
    return _stub(text) and len(words) >= 2 and words[-1].isalpha() and words[-1].islower() \
        and len(words[-1]) <= MAX_CUT_WORD_CHARS


def _card_tag(text: str) -> bool:
    """A teaser card's rubric above its headline: a few capitalised words, no sentence end ("Transports")."""
    return _stub(text) and len(text.split()) < MIN_RELATED_WORDS


def _related_headlines(body: list["Line"], texts: list[str]) -> None:
    """Three headlines in a row, or two set as a bulleted list (one bullet line above each;
    the last may be cut off): other articles' headlines, when a finished sentence is above."""
    run: list[int] = []
    for i in range(len(body) - 1, -1, -1):
        if body[i].removed_by:
            continue
        if headline_shaped(texts[i]) or (_bulleted(texts, i) and (
                _bulleted_headline(texts[i]) or (not run and _stub(texts[i])))) \
                or (not run and _cut_mid_word(texts[i])) or (run and not _bulleted(texts, i) and _card_tag(texts[i])):
            run.append(i)
            continue
        bulleted = all(_bulleted(texts, j) for j in run)
        least = MIN_BULLETED_LINES if bulleted else MIN_RELATED_LINES
        # the run must follow a finished sentence, not a heading announcing a list; short tags and a line cut
        # off mid-word count only beside a headline (a teaser card: its rubric, its headline, its blurb cut off)
        if len(run) >= least and texts[i].rstrip().rstrip(_CLOSING).endswith((".", "!", "?", "…")) \
                and any(headline_shaped(texts[j]) or _bulleted(texts, j) for j in run):
            for j in run:
                body[j].removed_by = "related_headline"
        return


def _names_site(text: str, page: Page) -> bool:
    return bool(page.site) and len(page.site) >= 4 and any(
        squash(word) in (page.site, *page.hosts) for word in text.split())


def _self_presentation(body: list["Line"], texts: list[str], page: Page) -> None:
    pending: list[int] = []
    for i in range(len(body) - 1, -1, -1):
        if body[i].removed_by:
            for j in pending:
                body[j].removed_by = "site_presentation"
            pending = []
        elif _names_site(texts[i], page):
            pending.append(i)
        else:
            return


#: a closing heading has at most this many words ("À découvrir sur Radio Sud +")
MAX_CLOSING_WORDS = 8
#: what may follow the heading's words: a preposition, then a site or period name
_CLOSING_REST = re.compile(r"^(?:de|du|des|d'|sur|dans|chez|en|cette|ce|la)\b")
#: a numbered or bulleted item of a list ("2. Le port ...", "• Le port ..."), or a listing's time or day
#: run into its section's name ("08:15Sport - Le port ...", "24/06Culture - ..."): a teaser, not prose
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)-]|[•·▪*►]|\d{1,2}[:/h]\d{2}(?=[A-ZÀ-Ý]))\s*")


def closing_heading(text: str, lang: str) -> bool:
    """A heading that opens the furniture closing a page ("Vos réactions", "À la une de X")."""
    bare = capital_a(normalise(text).strip(" •·▪*-–—").rstrip(" :"))
    if not bare or len(bare.split()) > MAX_CLOSING_WORDS:
        return False
    for label in _closing_labels(lang):
        if bare == label or (bare.startswith(label + " ") and _CLOSING_REST.match(bare[len(label) + 1:])):
            return True
    return False


def _closing_labels(lang: str) -> tuple[str, ...]:
    return tuple(load_lines(lang, "clean_closing")) if available(lang, "clean_closing") else ()


def _closing_tail(body: list["Line"], texts: list[str], lang: str) -> None:
    """Walking back to the last sentence of prose (a list item is no prose), the earliest
    closing heading met opens the page's closing furniture: it and all below it go. Below a
    comment thread's heading, the sign-in notices addressing the reader are no prose either."""
    cut = None
    prompts = 0   # sentences below, all prompts to the reader: the heading must open a thread
    for i in range(len(body) - 1, -1, -1):
        if _thread_heading(texts[i], lang) or (closing_heading(texts[i], lang) and not prompts):
            cut = i   # a label rule may have taken the heading alone
        elif not body[i].removed_by and (is_prose(texts[i]) or _cut_off_prose(texts[i])) and not _LIST_ITEM.match(texts[i]):
            if cut is not None or prompts >= MAX_THREAD_PROMPTS or not _reader_prompt(texts[i], lang):
                break
            prompts += 1
    else:
        return   # no article above: nothing to tell the furniture from
    for line in body[cut:] if cut is not None else ():
        line.removed_by = line.removed_by or "closing_furniture"


#: a paragraph cut off mid-sentence (the page's excerpt ends there) is prose when it holds a finished
#: sentence and is at least this long: a subheading above it ("Réactions du maire") is the article's
MIN_CUT_OFF_PROSE_WORDS = 15
_SENTENCE_INSIDE = re.compile(r"[.!?…»]\s+[«\"“A-ZÀ-Ý]")


def _cut_off_prose(text: str) -> bool:
    stripped = text.strip()
    return (len(stripped.split()) >= MIN_CUT_OFF_PROSE_WORDS and stripped[-1:].isalpha()
            and bool(_SENTENCE_INSIDE.search(stripped)))


#: a comment thread's sign-in notice: at most this many sentences, each at most this long
MAX_THREAD_PROMPTS = 3
MAX_PROMPT_WORDS = 40
#: a web address ("sur le site Radiosud.fr"): the sign-up notice names the site it is valid on
_WEB_ADDRESS = re.compile(r"(?<![\w@])(?:www\.)?[\w-]{2,40}\.(?:fr|com|net|org|info|be|ch|ca|lu)\b")


def _thread_heading(text: str, lang: str) -> bool:
    """A comment thread's heading, or a prompt closing the page (a feedback question on the article,
    "Cet article vous a-t-il été utile ?", a paywall's "... pour lire la suite, abonnez-vous"): below
    it, the answer buttons, offers and prompts to the reader are furniture."""
    bare = capital_a(normalise(text).strip(" •·▪*-–—").rstrip(" :?!."))
    if bare in word_list(lang, "clean_thread_headings"):
        return True
    prompts = _closing_prompts(lang)
    return len(bare.split()) <= MAX_PROMPT_WORDS and prompts is not None and bool(prompts.fullmatch(bare))


@lru_cache(maxsize=None)
def _closing_prompts(lang: str) -> Optional[re.Pattern]:
    patterns = load_lines(lang, "clean_closing_prompts") if available(lang, "clean_closing_prompts") else ()
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _reader_prompt(text: str, lang: str) -> bool:
    """A short sentence speaking to the reader ("vous", "n'hésitez pas") or naming a web address."""
    if len(text.split()) > MAX_PROMPT_WORDS:
        return False
    bare = normalise(text)
    return bool(_reader_words(lang).search(bare) or _WEB_ADDRESS.search(bare))


@lru_cache(maxsize=None)
def _reader_words(lang: str) -> re.Pattern:
    words = sorted(word_list(lang, "clean_reader_words"), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words)) or '(?!)'})(?![\w-])")


#: a heading cut off at the end of the page has at most this many words
MAX_CUT_OFF_WORDS = 4
#: ... the last of them cut off after a letter or two ("À la u"; "Affaire à suivre" is whole)
MAX_CUT_WORD_CHARS = 2
_BRACKETED_END = re.compile(r"\s*\([^()]{1,40}\)$")


def _cut_off_end(body: list["Line"], texts: list[str]) -> None:
    """The last line, a few words ending in a lower-case stub of a word without punctuation,
    right below a line that ends a sentence: a heading cut off mid-word ("À la u")."""
    kept = [i for i in range(len(body)) if not body[i].removed_by][-2:]
    # above an account wall or a paywall, the words cut off are the article's, its excerpt ending there
    if len(kept) < 2 or any(line.removed_by == "comment_widget" for line in body[kept[-1] + 1:]):
        return
    above, last = (texts[i].strip() for i in kept)
    above = _BRACKETED_END.sub("", above)   # "... en tête. (Belga)": an agency tag after the stop
    words = last.split()
    if (len(words) <= MAX_CUT_OFF_WORDS and words[-1].isalpha() and words[-1].islower()
            and len(words[-1]) <= MAX_CUT_WORD_CHARS
            and above.rstrip(_CLOSING).endswith((".", "!", "?", "…"))):
        body[kept[1]].removed_by = "cut_off_heading"


#: a person's name: two to four capitalised words, particles and hyphens allowed ("Jeanne Le Du",
#: "Marie-Claire de La Tour", "Paul ROY"); no digit, no punctuation but the hyphen and apostrophe
_NAME = re.compile(r"^(?:[A-ZÀ-Ý][\w'’-]+\.?)(?:\s+(?:(?:de|du|des|d['’]|le|la|van|von|el|ben)\s*)?[A-ZÀ-Ý][\w'’-]+){1,3}$")


#: editors' initials in lower case, maybe several set apart by slashes ("jr", "abc/de")
_INITIALS = re.compile(r"^[a-z]{2,4}(?:\s*/\s*[a-z]{2,4}){0,3}$")


def _signature_end(body: list["Line"], texts: list[str]) -> None:
    """The last line, a person's name or editors' initials alone, right below a line that ends a
    sentence: the writer's signature closing the article ("... sur place." / "Jeanne Roy", "jr/pl")."""
    kept = [i for i in range(len(body)) if not body[i].removed_by][-2:]
    if len(kept) < 2:
        return
    above, last = (texts[i].strip() for i in kept)
    above = _BRACKETED_END.sub("", above)
    if (_NAME.match(last) or _INITIALS.match(last)) and not any(c.isdigit() for c in last) \
            and above.rstrip(_CLOSING).endswith((".", "!", "?", "…")):
        body[kept[1]].removed_by = "closing_signature"
