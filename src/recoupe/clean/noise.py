"""clean_article: drop scraping noise from the body, keep every sentence, keep provenance.

The body is cut into non-blank lines (a paragraph is a run of lines between blank lines).
When the line taken for the title is page furniture (a site name, a section, a slogan), the
headline below it is the title (``clean.title``, with the page address: ``clean.page``);
with no title at the top, a line spelling the address's slug below the opening paragraph is.
A headline run together with its kicker and standfirst on one line (the words of the slug in
a row there) is cut out of it as the title.
Whole-line rules (``clean.rules``) drop widgets, labels, credits and inserted headlines, and
neighbouring lines reveal captions printed twice and header tags (``clean.furniture``); a title repeated
at the top of the body and a paragraph repeated are dropped; a leading agency tag or
section label, a trailing credit fragment or the first copy of a doubled passage is cut
out of its line. What stays is
assembled with a TextMap, so every clean character maps back to the original.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from recoupe.clean import rules
from recoupe.clean.cleaned import Cleaned
from recoupe.clean.duplicates import leading_copy_end
from recoupe.clean.furniture import mark_furniture
from recoupe.clean.furniture_model import mark_model_furniture
from recoupe.clean.headings import SUBHEADING, mark_subheadings
from recoupe.clean.market import ticker_lines
from recoupe.clean.menus import mark_lone_words
from recoupe.clean.page import Page, page_of
from recoupe.clean.textmap import TextMap
from recoupe.clean.title import (NO_TITLE, better_title, headline_below_notice, headline_start, same_as_title, slug_headline,
                                 slug_kicker_end,
                                 slug_in_line, title_length)
from recoupe.ingest.article import RawArticle
from recoupe.clean.byline import complete_header
from recoupe.ingest.header import line_spans, title_and_header

#: a repeated title is looked for among the first paragraphs of the body only
TITLE_REPEAT_WINDOW = 3
#: a headline below page furniture is looked for among the first lines of the body only
TITLE_SEARCH_LINES = 40
#: a market ticker above the headline is looked for among this many lines
MAX_TICKER_LINES = 120
#: a sentence after the headline on the title line: a standfirst run together with it
_RUN_ON_SENTENCE = re.compile(r"[.!?…]\s+\S")
#: a byline glued to a paragraph opens one of the first few (the standfirst may come first)
TOP_PARAGRAPHS = 3


@dataclass
class Line:
    """One non-blank line; ``block`` numbers the runs of lines between blank lines."""
    start: int
    end: int
    block: int = 0
    removed_by: str | None = None

    def text(self, original: str) -> str:
        return original[self.start:self.end]


def split_lines(text: str, start: int, end: int | None = None) -> list[Line]:
    """Non-blank lines of ``text[start:end]``, without their surrounding spaces."""
    found, block = [], 0
    for line_start, line_end in line_spans(text, start, end):
        line = text[line_start:line_end]
        if not line.strip():
            block += 1
            continue
        lead = len(line) - len(line.lstrip())
        found.append(Line(line_start + lead, line_start + len(line.rstrip()), block))
    return found


def clean_article(article: RawArticle) -> Cleaned:
    rules.noise_rule.cache_clear()   # memos for this article's lines only
    rules.trailing_credit.cache_clear()
    lang = article.language or "fr"
    original = article.original
    body = split_lines(original, article.body_start)
    removed = _header_lines(article)
    header_above = bool(removed)   # byline or date lines between the title and the body
    page = page_of(article.url or article.source, lang)
    title, title_span, body = _unglue(*_headline(article, body, page, lang, removed), removed, lang, page)
    title, title_span, kicker = _kicker_above_copy(title, title_span, body, original, removed)
    _mark_noise(body, original, title, lang, page, header_above, title_span[0] if title_span else None)
    complete_header(article, body, lang)
    textmap = TextMap(original)
    if title_span and title:
        textmap.add(title_span[0], title_span[0] + len(title))
        textmap.add_separator("\n\n")
    body_start = len(textmap)
    for separator, start, end in _kept_slices(body, original, lang, removed, kicker):
        if len(textmap) > body_start:
            textmap.add_separator(separator)
        textmap.add(start, end)
    return Cleaned(article=article, textmap=textmap, body_start=body_start, title=title, removed=removed)


def _kept_slices(body: list[Line], original: str, lang: str,
                 removed: list[tuple[int, int, str]], kicker: str | None = None) -> list[tuple[str, int, int]]:
    """(separator before, start, end) of each kept original slice. Lines of one paragraph
    wrapped over several lines stay one slice (their line breaks are original characters);
    where noise was cut out of a paragraph its two parts are joined by a space."""
    slices: list[tuple[str, int, int]] = []
    joinable = False   # the previous line was kept to its end, nothing removed since
    last_block = None  # paragraph of the last kept line
    for line in body:
        if line.removed_by:
            removed.append((line.start, line.end, line.removed_by))
            joinable = False
            last_block = None if line.removed_by == SUBHEADING else last_block   # it parted two paragraphs
            continue
        start, end = _trimmed(line, original, lang, removed, kicker, len(slices))
        pieces = _without_references(original, start, end, lang, removed)
        if not pieces:
            continue
        (start, first_end), rest = pieces[0], pieces[1:]
        same_paragraph = line.block == last_block
        # a line taken out of the list (a headline found mid-body) leaves a gap: no join
        if same_paragraph and joinable and start == line.start and not original[slices[-1][2]:start].strip():
            slices[-1] = (slices[-1][0], slices[-1][1], first_end)
        else:
            slices.append((" " if same_paragraph else "\n\n", start, first_end))
        # the text around a cross-reference cut out joins up again directly ("lundi" + ". Le")
        slices.extend(("", a, b) for a, b in rest)
        joinable, last_block = pieces[-1][1] == line.end, line.block
    return slices


def _trimmed(line: Line, original: str, lang: str, removed: list[tuple[int, int, str]], kicker: str | None,
             kept_before: int) -> tuple[int, int]:
    """(start, end) of a kept line without the furniture at its edges, each cut recorded: the ``kicker``
    glued to the title where the page glued it to a paragraph at the top too, a leading label or agency
    tag, the first copy of a doubled passage, a trailing credit. ``kept_before``: slices kept above it."""
    start, end = line.start, line.end
    if kicker and kept_before < TOP_PARAGRAPHS and _glued_at(original, start, kicker):
        removed.append((start, start + len(kicker), "kicker"))
        start += len(kicker)
    if (cut := rules.leading_noise(line.text(original), lang, first=not kept_before,
                                   top=kept_before < TOP_PARAGRAPHS)) is not None:
        removed.append((start, start + cut, "leading_label"))
        start += cut
    if (cut := leading_copy_end(original[start:end])) is not None:
        second = original[start:end][cut:]
        cut += len(second) - len(second.lstrip())
        removed.append((start, start + cut, "repeated_passage"))
        start += cut
    if (cut := rules.trailing_credit(original[start:end], lang)) is not None:
        removed.append((start + cut, end, "trailing_credit"))
        end = start + len(original[start:start + cut].rstrip())
    return start, end


#: a kicker glued to the title, told by the title's copy below it, is at most this long
MAX_COPY_KICKER_WORDS = 3
#: and the copy is a headline, not a word the headline happens to end with ('… à la SNCF' above 'SNCF')
MIN_COPY_WORDS = 4


def _kicker_above_copy(title: str | None, span: tuple[int, int] | None, body: list[Line], original: str,
                       removed: list[tuple[int, int, str]]) -> tuple[str | None, tuple[int, int] | None, str | None]:
    """(title, span, kicker): the page printed its headline twice, first with a section kicker glued
    to it ("SPORTVIDÉO. Le port ..." above "VIDÉO. Le port ..."): the copy below tells where the
    headline starts; the kicker is cut from the title."""
    if not title or not span or not body:
        return title, span, None
    copy = body[0].text(original).strip()
    cut = len(title) - len(copy)
    kicker = title[:cut]
    if cut <= 0 or not title.endswith(copy) or not kicker.strip() or len(kicker.split()) > MAX_COPY_KICKER_WORDS \
            or len(copy.split()) < MIN_COPY_WORDS or re.search(r"[.!?:]", kicker):
        return title, span, None
    removed.append((span[0], span[0] + cut, "kicker"))
    return copy, (span[0] + cut, span[1]), kicker.strip()


def _glued_at(original: str, start: int, kicker: str) -> bool:
    """The paragraph at ``start`` opens with the kicker glued to a capital ("SPORTLundi, ...")."""
    after = original[start + len(kicker):start + len(kicker) + 1]
    return original.startswith(kicker, start) and after.isupper()


def _without_references(original: str, start: int, end: int, lang: str,
                        removed: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """original[start:end] in the pieces left around its cross-references ("(lire par ailleurs)")."""
    pieces, at = [], start
    for a, b in rules.inner_references(original[start:end], lang):
        removed.append((start + a, start + b, "reference"))
        if start + a > at:
            pieces.append((at, start + a))
        at = start + b
    if end > at:
        pieces.append((at, end))
    return pieces


def _header_lines(article: RawArticle) -> list[tuple[int, int, str]]:
    """Byline and date lines that ingest read before the body (recorded, never kept)."""
    title_start, title_end = article.title_span or (article.body_start, article.body_start)
    header = (split_lines(article.original, 0, title_start)
              + split_lines(article.original, title_end, article.body_start))
    return [(line.start, line.end, "header") for line in header]


def _headline(article: RawArticle, body: list[Line], page: Page, lang: str,
              removed: list[tuple[int, int, str]]) -> tuple[str | None, tuple[int, int] | None, list[Line]]:
    """(title, its span, the body below it). When the line ingest took for the title is page
    furniture (site name, section, slogan), the headline below it is the title and what stands
    above the headline is recorded as header lines; with no headline there, no title."""
    title, span = _clean_title(article, lang), article.title_span
    # furniture before the headline on its own line (a log-in prompt) is cut before judging it
    title, span, _ = _unglue(title, span, body, removed, lang, page)
    title, span = _slug_kicker_cut(title, span, page, removed)
    top, texts = _title_window(body, article.original)
    if not span:
        return _headline_within(article, body, page, lang, texts, removed) if title is None else (title, span, body)
    if (run := slug_in_line(title, page)) and _RUN_ON_SENTENCE.search(title, run[1]):
        # the title line runs the headline together with its kicker and standfirst
        return _headline_in_line(article.original, [Line(span[0], span[0] + len(title), -1)] + body, run, removed)
    pick = better_title(title, texts, page, lang, _sentence_ends(top, texts, lang))
    if pick is None:
        return title, span, body
    if pick == NO_TITLE and rules.noise_rule(title, lang) == "wire_dateline":
        # a wire dateline taken for the title: the body's rules remove it and clean reads its day
        return None, None, [Line(span[0], span[0] + len(title), -1)] + body
    removed.append((*span, "header"))
    if pick == NO_TITLE and (pick := _slug_headline_below(title, page, texts, top, lang)) is None \
            and (pick := _headline_below_notice_title(title, texts, top, lang)) is None:
        return None, None, body
    removed.extend((line.start, line.end, "header") for line in body[:pick])
    span = (body[pick].start, body[pick].end)
    title, span = _slug_kicker_cut(_cut_title(article.original[slice(*span)], lang, article.site), span, page, removed)
    return title, span, body[pick + 1:]


def _title_window(body: list[Line], original: str) -> tuple[list[Line], list[str]]:
    """The first lines of the body, where the headline is looked for, and their texts; the rows of a
    market ticker set above it do not count (fifteen quotes fill forty-five lines)."""
    texts = [line.text(original) for line in body[:TITLE_SEARCH_LINES]]
    if ticker_lines(texts):
        texts = [line.text(original) for line in body[:MAX_TICKER_LINES]]
        texts = texts[:TITLE_SEARCH_LINES + len(ticker_lines(texts))]
    return body[:len(texts)], texts


def _slug_kicker_cut(title: str | None, span: tuple[int, int] | None, page: Page,
                     removed: list[tuple[int, int, str]]) -> tuple[str | None, tuple[int, int] | None]:
    """The headline without a kicker run into it (with a space or glued) that the address's slug
    tells apart, whether the headline was the first line or was found below furniture."""
    if title and span and (cut := slug_kicker_end(title, page)):
        removed.append((span[0], span[0] + cut, "kicker"))
        title, span = title[cut:], (span[0] + cut, span[1])
    return title, span


def _slug_headline_below(title: str, page: Page, texts: list[str], top: list[Line], lang: str) -> int | None:
    """The line taken for the title was a notice (an ad-blocker or log-in prompt) and no headline
    stands before the first prose: the page opened with its overlay and teasers of other articles,
    the headline stands lower, spelling the address's slug (what stands above it is furniture).
    Below a site name or a section, prose is the article's and no headline is looked for under it."""
    if not page.slug or "comment_widget" not in (rules.noise_rule(title, lang), texts and rules.noise_rule(texts[0], lang)):
        return None
    return slug_headline(texts, page, _sentence_ends(top, texts, lang))


def _headline_below_notice_title(title: str, texts: list[str], top: list[Line], lang: str) -> int | None:
    """The line taken for the title was a notice (an ad-blocker prompt) and no address tells the
    headline: the first line after the notice's lines and at most one section label ("Région |
    Rubrique"), when it reads as a headline and text follows it."""
    if rules.noise_rule(title, lang) != "comment_widget":
        return None
    return headline_below_notice(texts, _sentence_ends(top, texts, lang), lang)


def _unglue(title: str | None, span: tuple[int, int] | None, body: list[Line],
            removed: list[tuple[int, int, str]], lang: str,
            page: Page | None = None) -> tuple[str | None, tuple[int, int] | None, list[Line]]:
    """The headline without the furniture before it on its line (a log-in prompt, a section
    kicker glued to it: "SociétéLe port ...", a flag: "DIRECT. Le port ..."): that part is recorded as removed."""
    cut = headline_start(title, lang, page) if title else 0
    if not cut:
        return title, span, body
    if span:
        removed.append((span[0], span[0] + cut, "kicker"))
        span = (span[0] + cut, span[1])
    return title[cut:], span, body


def _headline_within(article: RawArticle, body: list[Line], page: Page, lang: str, texts: list[str],
                     removed: list[tuple[int, int, str]]) -> tuple[str | None, tuple[int, int] | None, list[Line]]:
    """No title at the top: the headline the address spells may stand below the opening
    paragraph, or right below a notice opening the page; it becomes the title and leaves the
    body (the lines above it stay, for the noise rules to judge)."""
    ends = _sentence_ends(body[:len(texts)], texts, lang)
    pick = slug_headline(texts, page, ends) if page.slug else None
    if pick is None and texts and (run := slug_in_line(texts[0], page)):
        return _headline_in_line(article.original, body, run, removed)
    above = body[:pick] if pick is not None else []
    if pick is None and (pick := headline_below_notice(texts, ends, lang)) is not None:
        # below a notice, what is no noise above the headline is its section label
        labels = [line for line, text in zip(body[:pick], texts) if not rules.noise_rule(text, lang)]
        removed.extend((line.start, line.end, "kicker") for line in labels)
        above = [line for line in body[:pick] if line not in labels]
    if pick is None:
        return None, None, body
    span = (body[pick].start, body[pick].end)
    return _cut_title(article.original[slice(*span)], lang, article.site), span, above + body[pick + 1:]


def _headline_in_line(original: str, body: list[Line], run: tuple[int, int],
                      removed: list[tuple[int, int, str]]) -> tuple[str, tuple[int, int], list[Line]]:
    """The headline found inside the first line (``title.slug_in_line``): the kicker before it is
    recorded as removed, the rest of the line (standfirst, byline) stays as the first body line."""
    first = body[0]
    start, end = first.start + run[0], first.start + run[1]
    if start > first.start:
        removed.append((first.start, start, "kicker"))
    rest = original[end:first.end]
    if not rest.strip():
        return original[start:end], (start, end), body[1:]
    lead = len(rest) - len(rest.lstrip())
    return original[start:end], (start, end), [Line(end + lead, first.end, first.block)] + body[1:]


def _sentence_ends(lines: list[Line], texts: list[str], lang: str) -> list[bool]:
    """Whether each line ends what it says: the next line of its paragraph, noise aside, does
    not go on in lower case (a sentence wrapped over lines is no headline)."""
    ends, goes_on, block = [True] * len(lines), False, None
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].block != block:
            goes_on, block = False, lines[i].block
        ends[i] = not goes_on
        if rules.noise_rule(texts[i], lang) is None:
            goes_on = texts[i][:1].islower()
    return ends


def _clean_title(article: RawArticle, lang: str) -> str | None:
    """The title as it stands in the original when it does, else as given; suffix cut."""
    title = article.original[slice(*article.title_span)] if article.title_span else article.title
    if not title or not title.strip():
        return None
    return _cut_title(title, lang, article.site)


def _cut_title(title: str, lang: str, site: str | None) -> str | None:
    title = title.strip()
    return title[:title_length(title, lang, site)] or None


#: an escape that lost its backslash in a scraper ("Salubritu00e9" for "Salubrité")
_BROKEN_ESCAPE = re.compile(r"\\?u00([0-9a-fA-F]{2})")


def _repeat_key(text: str) -> str:
    """The normalised line, its broken escapes read: a copy printed with "u00e9" for "é" is still
    a copy. ("u00" followed by two hex digits never occurs in French words.)"""
    if "u00" in text:
        text = _BROKEN_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return rules.normalise(text)


def _mark_noise(body: list[Line], original: str, title: str | None, lang: str, page: Page,
                header_above: bool = False, title_start: int | None = None) -> None:
    seen: set[str] = set()
    for i, line in enumerate(body):
        text = line.text(original)
        key = _repeat_key(text)
        if title and i < TITLE_REPEAT_WINDOW and same_as_title(text, title, lang):
            line.removed_by = "title_repeat"
        elif title and i < TITLE_REPEAT_WINDOW and (pair := title_and_header(text, lang)) \
                and same_as_title(pair[0], title, lang):
            line.removed_by = "title_dateline"   # the headline again, its date line after it
        elif key in seen:
            line.removed_by = "repeated_paragraph"
        else:
            line.removed_by = rules.noise_rule(text, lang)
        if line.removed_by == "caption" and (half := rules.doubled_half(text)):
            seen.add(_repeat_key(half))   # the caption printed alone again below it goes too
        seen.add(key)
    _announced_headings(body, original)
    mark_furniture(body, original, page, lang, header_above, title_start)
    _title_below_head(body, original, title, lang)
    _short_lines_printed_twice(body, original)
    _lone_bulleted_headings(body, original)
    mark_lone_words(body, [line.text(original) for line in body])
    # a heading that announces nothing but noise ("Approfondissez :" at the end)
    for line in reversed(body):
        if line.removed_by:
            continue
        if not rules.dangling_heading(line.text(original)):
            break
        line.removed_by = "dangling_heading"
    _headings_over_media(body, original)
    mark_subheadings(body, original)
    mark_model_furniture(body, original, lang)   # what the rules kept, rated by the trained classifier (off by default)


#: what a heading may announce that the cleaning removed: a player's or a gallery's caption, a widget, a credit
_MEDIA_RULES = {"caption", "comment_widget", "credit", "share_buttons"}


def _headings_over_media(body: list[Line], original: str) -> None:
    """A short heading closed by a colon right above a caption, a widget or a credit ("Le port en images :" /
    the gallery's caption): it announced the player or gallery the page showed there, not the text."""
    for line, below in zip(body, body[1:]):
        if not line.removed_by and below.removed_by in _MEDIA_RULES and rules.dangling_heading(line.text(original)):
            line.removed_by = "dangling_heading"


def _announced_headings(body: list[Line], original: str) -> None:
    """Headings in capitals right below a line of the article ending with a colon ("Voici le texte de
    l'arrêté :" / "MAIRIE DE PORT-NEUF"): the headings of the document the article reproduces, not
    other articles' headlines (those follow a finished sentence)."""
    announced = False
    for line in body:
        if announced and line.removed_by == "capital_headline":
            line.removed_by = None
        elif line.removed_by:
            announced = False
        else:
            announced = line.text(original).rstrip().endswith(":")


def _title_below_head(body: list[Line], original: str, title: str | None, lang: str) -> None:
    """The headline printed again as the first line left after the page's head furniture (captions, a
    short link, a date line): the page's second header, however many lines of furniture stand above it."""
    for line in body:
        if line.removed_by:
            continue
        if title and same_as_title(line.text(original), title, lang):
            line.removed_by = "title_repeat"
        return


#: a line printed twice that is this short is a caption, a player's label or a teaser, not a paragraph
#: (and a lone word or mark printed twice is a list's separator: left to the other rules)
MIN_REPEATED_LINE_WORDS, MAX_REPEATED_LINE_WORDS = 2, 15
_QUOTATION_MARKS = re.compile(r"[«»“”\"]")
#: a second sentence makes a paragraph (a standfirst or a passage pasted twice), not a caption or a label
_SECOND_SENTENCE = re.compile(r"[.!?…]\s+\S")


def _short_lines_printed_twice(body: list[Line], original: str) -> None:
    """A short line printed again further down goes with its first copy: the copies of a caption, of an
    embedded player's label or of a teaser headline (the later copies are already gone as repeats). A
    paragraph pasted twice keeps its first copy: it is longer, it has a second sentence, or it quotes."""
    counts = Counter(_repeat_key(line.text(original)) for line in body)
    for line in body:
        text = line.text(original)
        if (not line.removed_by and counts[_repeat_key(text)] > 1
                and MIN_REPEATED_LINE_WORDS <= len(re.findall(r"\w+", text)) <= MAX_REPEATED_LINE_WORDS
                and not _QUOTATION_MARKS.search(text) and not _SECOND_SENTENCE.search(text.strip())):
            line.removed_by = "repeated_paragraph"


#: a bulleted heading is a few words, no sentence end
MAX_BULLET_HEADING_WORDS = 8
_BULLET_HEADING = re.compile(r"^\s*[•▪·]\s*[^.!?:;,…«»\"]+$")


def _lone_bulleted_headings(body: list[Line], original: str) -> None:
    """A short bulleted line standing alone between two kept paragraphs of prose ("• Les dockers en colère"):
    a link styled as a bullet to a heading of the page, not an item (a list has bullets beside it)."""
    kept = [line for line in body if not line.removed_by and line.text(original).strip()]
    for above, line, below in zip(kept, kept[1:], kept[2:]):
        text = line.text(original)
        if (_BULLET_HEADING.match(text) and len(text.split()) - 1 <= MAX_BULLET_HEADING_WORDS
                and rules.is_prose(above.text(original)) and rules.is_prose(below.text(original))):
            line.removed_by = "section_label"
