"""Page furniture that only its neighbours or the page address reveal.

``rules`` judges one line alone; here a line is judged with the lines around it:
- the site's own name on a line, or leading a date line ("LE JOURNAL - 3 mars 2024 à 10:12");
- a photo caption printed twice, once with its credit ("Le port. " / "Le port. J. Roy/Agence"),
  or a one-sentence caption right above its credit line ("Le port." / "Photo AGENCE / J. Roy");
- a fragment ending with a comma alone before the first paragraph (a cut-off teaser), or a few
  words in lower case there (an image's alt text, "vue du port");
- short topic tags right after date or reading-time lines, before the first sentence;
- a widget box: a short label and its pitch above a sign-up prompt, alone in their paragraph;
- a short tag among the widgets that close the page ("Société" / "Voir les commentaires");
- bylines and signatures, a name alone told by its neighbours: ``clean.names``;
- the text of an embedded post right above its credit line ("— Mairie (@mairie) 3 mai": ``clean.posts``);
- a quotation set apart in a box, its marks dropped, repeating the opening of a quotation of the text;
- a teaser of a paragraph of the text, cut short by an ellipsis, printed above it;
- a market ticker (index names, levels, changes): ``clean.market``;
- a navigation menu's entries below its heading, above the text: ``clean.menus``;
- a picture's keywords and the byline printed with it in the standfirst's paragraph: ``clean.pictures``;
- lists of other articles' headlines inside the body: ``clean.teasers``; closing trailers
  (related headlines, the site presenting itself): ``clean.trailers``.
Each pass looks at each line once or at two neighbours: linear in the number of lines.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from recoupe.clean import rules
from recoupe.clean.duplicates import excerpts, pull_quotes
from recoupe.clean.byline import mark_author_bios
from recoupe.clean.market import mark_market_quotes
from recoupe.clean.menus import mark_menus
from recoupe.clean.names import (BYLINE_NEIGHBOURS, MAX_NAME_WORDS, mark_header_names, mark_names_under_lead,
                                 mark_signature_among_furniture, mark_signatures, mark_split_bylines, name_form,
                                 person_name)
from recoupe.clean.page import Page
from recoupe.clean.pictures import mark_picture_lines
from recoupe.clean.posts import mark_embedded_posts
from recoupe.clean.teasers import mark_teasers
from recoupe.clean.trailers import mark_trailers
from recoupe.resources import available, load_lines

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
#: a tag in name form ("Racing Club de Brest National 3") may be this long
MAX_NAME_TAG_WORDS = 8
#: a line this long that ends a sentence is prose: the page header is above it
_BULLET = " \t•·▪-–—*"
_SITE_PREFIX = re.compile(r"^(?P<site>[^|]{2,40}?)\s+[-–—|]\s+(?P<rest>.+)$")
#: rules whose lines belong to a page header (dates, credits), after which tags may follow
_HEADER_RULES = {"dateline", "credit", "site_name", "comment_widget", "section_label",
                 "share_buttons", "symbols"}


def mark_furniture(body: list["Line"], original: str, page: Page, lang: str, header_above: bool = False,
                   title_start: int | None = None) -> None:
    """``header_above``: ingest read byline or date lines right above the body; ``title_start``:
    where the headline stands in the original, when it was found among the body's lines."""
    texts = [line.text(original) for line in body]
    for line, text in zip(body, texts):
        if not line.removed_by:
            line.removed_by = _site_line(text, page, lang)
    mark_market_quotes(body, texts)
    mark_menus(body, texts, lang)
    _caption_pairs(body, texts, lang)
    _doubled_lines(body, texts)
    _caption_above_credit(body, texts, lang)
    _captions_signed_in_capitals(body, texts, lang)
    _head_fragments(body, texts, header_above)
    _dated_captions(body, texts, lang)
    _kickers(body, texts, title_start)
    _widget_boxes(body, texts, lang)
    _boxes_within_paragraph(body, texts, lang)
    _trailing_tags(body, texts)
    mark_signatures(body, texts, page)
    mark_split_bylines(body, texts, lang)
    mark_header_names(body, texts)
    mark_names_under_lead(body, texts, lang)
    mark_picture_lines(body, texts, lang, person_name)
    mark_author_bios(body, texts, lang)
    mark_embedded_posts(body, texts, MAX_CAPTION_WORDS)
    for i in pull_quotes(texts, [not line.removed_by for line in body]):
        body[i].removed_by = "pull_quote"
    _quote_boxes(body, texts)
    for i in excerpts(texts, [not line.removed_by for line in body]):
        body[i].removed_by = "excerpt"
    mark_teasers(body, texts, lang)
    mark_signature_among_furniture(body, texts, lang)
    mark_trailers(body, texts, page, lang)


def _site_line(text: str, page: Page, lang: str) -> str | None:
    if page.is_site_name(text):
        return "site_name"
    m = _SITE_PREFIX.match(text.strip())
    if m and page.is_site_name(m.group("site")) and rules.dateline(m.group("rest"), lang):
        return "dateline"
    if m and page.is_site_name(m.group("site")) and _EDITION_BAR.match(m.group("rest")):
        return "site_name"   # the outlet and its edition: "Le Journal - Brest - - Bretagne -"
    return None


#: the editions and sections after a site's name in its masthead, each short, set apart by separators
#: (each field ends at its separator: spaces inside the repeated group would let a long hostile line
#: backtrack for minutes)
_EDITION_BAR = re.compile(r"^(?:[^-–—|.!?]{0,25}[-–—|])+[^-–—|.!?]{0,25}$")


def _bare(text: str) -> str:
    # a scraper may leave an apostrophe escaped in one copy of a caption: l\'église for l'église
    return rules.normalise(text.replace("\\'", "'").lstrip(_BULLET))


def _caption_pairs(body: list["Line"], texts: list[str], lang: str) -> None:
    """A line followed by its own copy with a short credit before or after it: a caption (a
    standfirst of several sentences so repeated keeps its first copy)."""
    bare = [_bare(text) for text in texts]   # each line is compared with the one or two above it too
    for i in range(len(body) - 1):
        first = bare[i]
        if not first or len(first.split()) > MAX_CAPTION_WORDS:
            continue
        # a gallery counter or a credit may stand between the two copies ("7 images")
        nexts = (i + 1, i + 2) if body[i + 1].removed_by and i + 2 < len(body) else (i + 1,)
        found = next(((j, c) for j in nexts if (c := _credit_after_copy(first, bare[j])) is not None), None)
        if found is None:
            continue
        j, credit = found
        if _lead_under_dateline(texts[j], first, lang):
            body[i].removed_by = body[i].removed_by or "repeated_paragraph"   # the standfirst its lead repeats
            continue
        # the same line on both sides of a gallery counter is a caption even without a credit
        credited = 0 < len(credit.split()) <= MAX_CREDIT_WORDS or (j == i + 2 and not credit)
        # an initial ("v. roy / agence") is no sentence end
        if credited and not re.search(r"[.!?]\s", _INITIAL.sub("", credit) + " "):
            # two sentences are no caption: a standfirst printed again with its byline glued on
            copy = re.search(r"[.!?…]\s+\S", texts[i].strip())
            for line in [body[j]] if copy else [body[i], body[j]]:
                line.removed_by = line.removed_by or ("repeated_paragraph" if copy else "caption")
        elif not credit and j == i + 1 and (_credit_below(body, j) or _duration_below(texts, j)
                                            or rules.caption_credit(texts[i], lang)):
            # printed twice as it is, its credit line (or a player's running time) below the second
            # copy, or its photo credit closing both: a caption, however long
            for line in (body[i], body[j]):
                line.removed_by = "caption"
        elif body[j].removed_by == "caption" and not body[i].removed_by:
            body[i].removed_by = "caption"   # the title of a video card printed above the card


def _lead_under_dateline(second: str, first: str, lang: str) -> bool:
    """``second`` is ``first`` under a wire dateline ("PORT-NEUF (AFP) - ..."): the article's lead, which
    a standfirst printed above the paywall notice repeats; no picture is credited with a place and an agency."""
    cut = rules.leading_noise(second, lang, first=True, top=True)
    return cut is not None and _bare(second[cut:]) == first


def _credit_below(body: list["Line"], i: int) -> bool:
    return i + 1 < len(body) and body[i + 1].removed_by == "credit"


#: the running time an audio or video player prints under its title ("1:37:12", "04:05")
_DURATION = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _duration_below(texts: list[str], i: int) -> bool:
    return i + 1 < len(texts) and bool(_DURATION.fullmatch(texts[i + 1].strip()))


def _credit_after_copy(first: str, second: str) -> str | None:
    """What ``second`` adds to a copy of ``first`` before or after it (None: no copy)."""
    if second.startswith(first):
        return second[len(first):]
    return second[:-len(first)] if second.endswith(first) else None


#: a copyright credit glued after a caption's second copy: "... (Radio Sud)© Paul Roy", "... - © AGENCE"
#: (a run of spaces is taken whole from its first one, so thousands of them cannot backtrack)
_GLUED_COPYRIGHT = re.compile(r"(?<!\s)\s*+[-–—]?\s*+©[^©]{1,60}$")
#: each copy of a caption printed twice on one line has at least this many words
MIN_DOUBLED_WORDS = 3


def _doubled_lines(body: list["Line"], texts: list[str]) -> None:
    """A line made of one passage printed twice, glued or after a space, maybe with a copyright
    credit at its end ("Le maire au port, lundi Le maire au port, lundi© Paul Roy"): a caption
    the page printed once as alt text and once under the picture. Prose never repeats itself so."""
    for line, text in zip(body, texts):
        if line.removed_by or len(text.split()) > 2 * MAX_CAPTION_WORDS + MAX_CREDIT_WORDS:
            continue
        bare = _GLUED_COPYRIGHT.sub("", text).strip()
        half = len(bare) // 2
        first, second = bare[:half], bare[half:]
        if len(bare) % 2 and bare[half] == " ":   # two copies set apart by a space
            second = bare[half + 1:]
        if first == second and len(first.split()) >= MIN_DOUBLED_WORDS:
            line.removed_by = "caption"


#: an initial in a (normalised) credit: "v." in "— v. roy / agence"
_INITIAL = re.compile(r"(?<![\w'’])\w\.")


def _caption_above_credit(body: list["Line"], texts: list[str], lang: str) -> None:
    """One sentence directly above a photo credit line (no blank line between), or one sentence
    signed by an agency in capitals above an agency's credit line ("Le quai, lundi. AGENCE" /
    "Agence-Photo AGENCE"): its caption."""
    for i in range(1, len(body)):
        above = body[i - 1]
        if (body[i].removed_by == "credit" and not above.removed_by
                and len(texts[i - 1].split()) <= MAX_CAPTION_WORDS
                and (rules.is_photo_credit(texts[i], lang) and above.block == body[i].block
                     and not re.search(r"[.!?…]\s+\S", texts[i - 1].strip())
                     or _agency_signed_sentence(texts[i - 1], lang))):
            above.removed_by = "caption"


#: a caption's photographer (or its exhibition's title) in capitals after its last sentence: "... lundi. JEANNE ROY"
_CAPITALS_AFTER_STOP = re.compile(r"[.!?…»”]\s+(?P<credit>[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3})$")


def _captions_signed_in_capitals(body: list["Line"], texts: list[str], lang: str) -> None:
    """A paragraph above more of the text, closed by a few words in capitals after its last sentence that
    name no agency ("Le quai ouest à l'aube. JEANNE ROY"): a picture's caption and its photographer. An
    agency's tag ("... lundi. AFP") closes wire copy (``rules.trailing_credit`` cuts it) and the article's
    last paragraph may carry its writer's signature: neither is taken."""
    kept = [i for i, line in enumerate(body) if not line.removed_by]
    for i in kept[:-1]:
        m = _CAPITALS_AFTER_STOP.search(texts[i].strip())
        if m and len(texts[i].split()) <= MAX_CAPTION_WORDS and not re.search(r"[a-zà-ÿ]", m.group("credit")) \
                and rules.credit_line(m.group("credit"), lang) is None:
            body[i].removed_by = "caption"


#: one sentence, then a credit in capitals after it ("Le quai, lundi. AGENCE")
_SIGNED_SENTENCE = re.compile(r"^[^.!?…]{10,400}[.!?…]\s+(?P<credit>[^.!?…\s][^.!?…]{1,40})$")


def _agency_signed_sentence(text: str, lang: str) -> bool:
    m = _SIGNED_SENTENCE.match(text.strip())
    return bool(m) and _capital_label(m.group("credit")) and rules.credit_line(m.group("credit"), lang) is not None


def _head_fragments(body: list["Line"], texts: list[str], after_header: bool = False) -> None:
    """Before the first sentence of prose: a lone fragment ending with a comma, a short label in
    capitals alone in its paragraph, and short tags right after header lines (dates, credits)
    are furniture."""
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
        elif _alt_text(text) and words <= MAX_FRAGMENT_WORDS and alone:
            line.removed_by = "alt_text"   # an image's description left above the text ("vue du port")
        elif _signed_date(body, i, text) or _byline_beside_furniture(body, i, text):
            continue   # the byline by its date line or rule: ``mark_header_names`` takes it
        elif _capital_label(text) and words <= MAX_TAG_WORDS and alone:
            line.removed_by = "tag"   # a locality or a rubric in capitals above the text ("SAINT-MALO")
        elif after_header and (words <= MAX_TAG_WORDS or name_form(text, MAX_NAME_TAG_WORDS)) and \
                text[:1].isupper() and not text.rstrip().endswith((".", "!", "?", ":", ";", ",")):
            line.removed_by = "tag"
        else:
            after_header = False


#: a quotation set in a box is at most this long; the line naming its speaker below it too
MAX_BOX_QUOTE_WORDS = 60
MAX_BOX_SPEAKER_WORDS = 15
#: the speaker's line of a quotation box: a name, a comma, a role in lower case, no sentence end
_SPEAKER_LINE = re.compile(r"^(?P<name>[^,.!?«»]{3,60}),\s+[a-zà-ÿ][^.!?«»]{2,100}$")


def _quote_boxes(body: list["Line"], texts: list[str]) -> None:
    """A line that is a quotation only, right above a line that only names its speaker and role ("« Nous
    tiendrons. »" / "Jeanne Roy, directrice du port"): a quotation box set beside the text. The text
    names its speakers inside its sentences, never in a line of its own."""
    for i in range(len(body) - 1):
        quote, speaker = texts[i].strip(), texts[i + 1].strip()
        if body[i].removed_by or body[i + 1].removed_by or len(quote.split()) > MAX_BOX_QUOTE_WORDS \
                or quote[:1] not in "«“\"" or quote[-1:] not in "»”\"" or len(speaker.split()) > MAX_BOX_SPEAKER_WORDS:
            continue
        m = _SPEAKER_LINE.match(speaker)
        if m and name_form(m.group("name"), MAX_NAME_WORDS):
            body[i].removed_by = body[i + 1].removed_by = "pull_quote"


#: a caption dated at its end stands above this many paragraphs of prose at most (the lead)
MAX_PROSE_ABOVE_CAPTION = 1
#: ... and is at most this long
MAX_DATED_CAPTION_WORDS = 40


def _dated_captions(body: list["Line"], texts: list[str], lang: str) -> None:
    """Above the second paragraph of prose, a line of one sentence, no quotation in it, closed by where and
    when the picture was taken ("La digue à Roscoff, mardi 4 juin 2019."): the caption of the page's
    picture, left without its credit (a sentence of the text dates an event inside it, after its verb)."""
    proses = 0
    for line, text in zip(body, texts):
        if proses > MAX_PROSE_ABOVE_CAPTION:
            return
        stripped = text.strip()
        if not line.removed_by and len(stripped.split()) <= MAX_DATED_CAPTION_WORDS \
                and not re.search(r"[.!?…]\s+\S|[«»“”\"]", stripped) and rules.caption_date_end(stripped, lang):
            line.removed_by = "caption"
            continue
        proses += rules.is_prose(text) and not line.removed_by


#: the headline repeated in the body is looked for among the first lines only
KICKER_WINDOW = 6


def _kickers(body: list["Line"], texts: list[str], title_start: int | None) -> None:
    """A short tag right above the headline, whether the body prints the headline again or the
    headline was taken from among its lines ("Selon l'Insee", "Exclusif"): the kicker over the
    title, even below a standfirst that the page printed first."""
    for i in range(min(KICKER_WINDOW, len(body) - 1)):
        above_title = body[i + 1].removed_by == "title_repeat" or (
            title_start is not None and body[i].end <= title_start < body[i + 1].start)
        if above_title and not body[i].removed_by and _is_tag(texts[i]):
            body[i].removed_by = "kicker"


def _signed_date(body: list["Line"], i: int, text: str) -> bool:
    """A name right under a date line in its paragraph ("Publié le" / "Jeanne ROY"): the byline,
    left to ``mark_header_names`` (which tells the author), no topic tag."""
    return (i > 0 and body[i - 1].block == body[i].block and body[i - 1].removed_by == "dateline"
            and name_form(text, MAX_NAME_WORDS))


def _byline_beside_furniture(body: list["Line"], i: int, text: str) -> bool:
    """A name ("JEANNE ROY") next to header furniture: what ``mark_header_names`` reads as the byline."""
    return name_form(text, MAX_NAME_WORDS) and any(
        0 <= j < len(body) and body[j].removed_by in BYLINE_NEIGHBOURS for j in (i - 1, i + 1))


def _capital_label(text: str) -> bool:
    """Letters all in capitals, no sentence end: a label, never a sentence of the text."""
    stripped = text.strip()
    letters, capitals = rules.letter_case(stripped)
    return (letters >= 2 and capitals == letters
            and not stripped.endswith(rules.SENTENCE_END + (",", ":", ";", "»", '"', "”")))


def _alt_text(text: str) -> bool:
    """Words in lower case without a sentence end: no headline, tag or sentence opens that way."""
    stripped = text.strip()
    return stripped[:1].islower() and not stripped.endswith(rules.SENTENCE_END + (",", "»", '"', "”"))


def _is_tag(text: str) -> bool:
    """A few words without sentence punctuation or digits: a label, a topic tag (never a stub: "Le port a fe")."""
    stripped, words = text.strip(), text.split()
    cut_off = len(words) >= 3 and words[-1].isalpha() and words[-1].islower() and len(words[-1]) <= 2
    return (0 < len(words) <= MAX_TAG_WORDS and not any(c.isdigit() for c in stripped) and not cut_off
            and not stripped.endswith((".", "!", "?", ":", ";", ",", "»", '"', "”")))


def _widget_boxes(body: list["Line"], texts: list[str], lang: str = "fr") -> None:
    """A paragraph made of a short label, at most one pitch line, then widget lines only
    (a newsletter box: "Économie" / "Les nouvelles du port chaque soir." / privacy notice);
    a longer label ("Le meilleur du port : notre sélection") when the pitch addresses the reader."""
    start = 0
    for end in range(1, len(body) + 1):
        if end < len(body) and body[end].block == body[start].block:
            continue
        box = range(start, end)
        start = end
        if len(box) < 2 or body[box[0]].removed_by:
            continue
        kept = [i for i in box if not body[i].removed_by]
        if not (_is_tag(texts[box[0]]) or _box_label(texts[box[0]], [texts[i] for i in kept[1:]], lang)):
            continue
        widgets = [i for i in box if body[i].removed_by == "comment_widget"]
        if (widgets and len(kept) <= 2 and all(i < widgets[0] for i in kept)
                and all(len(texts[i].split()) <= MAX_PITCH_WORDS for i in kept)):
            for i in kept:
                body[i].removed_by = "widget_box"


def _boxes_within_paragraph(body: list["Line"], texts: list[str], lang: str = "fr") -> None:
    """A newsletter box the page printed without blank lines around it, amid the article's
    lines: a heading then one pitch speaking to the reader, right above a sign-up notice
    ("Le port ce soir : notre sélection" / "Chaque soir, nous vous ..." / "Le Journal utilise
    votre adresse ..."). The reader words of the pitch keep the article's lines out of it."""
    for i in range(2, len(body)):
        label, pitch = body[i - 2], body[i - 1]
        if (body[i].removed_by == "comment_widget" and not label.removed_by and not pitch.removed_by
                and label.block == pitch.block == body[i].block
                and len(texts[i - 1].split()) <= MAX_PITCH_WORDS
                and _box_label(texts[i - 2], [texts[i - 1]], lang)):
            label.removed_by = pitch.removed_by = "widget_box"


#: a box's heading (a newsletter's name) is at most this long
MAX_BOX_LABEL_WORDS = 10


def _box_label(label: str, pitches: list[str], lang: str) -> bool:
    """A heading (no sentence end) above pitch lines that all speak to the reader."""
    stripped = label.strip()
    return (0 < len(stripped.split()) <= MAX_BOX_LABEL_WORDS and not stripped.endswith(rules.SENTENCE_END + (",",))
            and bool(pitches) and all(_reader_words(lang).search(rules.normalise(p)) for p in pitches))


@lru_cache(maxsize=None)
def _reader_words(lang: str) -> re.Pattern:
    words = load_lines(lang, "clean_reader_words") if available(lang, "clean_reader_words") else ()
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words)) or '(?!)'})(?![\w-])")


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
