"""Line rules: which paragraph is scraping noise, and which trailing fragment is a credit.

Every word list and pattern comes from ``resources`` (``common`` for site widgets that
look the same in every language, ``<lang>`` for labels and credits). A rule returns the
name recorded in ``Cleaned.removed`` or None.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from recoupe.ingest.header import is_prose  # noqa: F401  (one prose test for header, title and furniture)
from recoupe.clean.alternation import WholeLine
from recoupe.clean.live import live_talk
from recoupe.ingest.header import byline
from recoupe.resources import available, load_json, load_lines

#: a line longer than this is prose, never a widget, label or credit
MAX_NOISE_WORDS = 30
#: prompts (notifications, cookies) and photo captions run longer than a label
MAX_WIDGET_WORDS = 60
#: a date or reading-time line is at most this long
MAX_DATELINE_WORDS = 25
#: a row of share buttons is at most this long
MAX_BUTTON_WORDS = 8
#: a line of share buttons is at most this long, separators included
MAX_BUTTON_CHARS = 300
#: an inserted headline has at least this many words
MIN_HEADLINE_WORDS = 4
#: layers of furniture stripped from the start of one paragraph
MAX_LEADING_LAYERS = 3
#: a heading ending with ":" is at most this long
MAX_HEADING_WORDS = 8
SENTENCE_END = (".", "!", "?", "…", ":", ";")
_QUOTES = "\"«»“”„‘’'"
_BULLETS = " \t•·▪*-–—►>"


def normalise(text: str) -> str:
    """Case- and space-insensitive form, typographic apostrophes made plain."""
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split()).casefold()


@lru_cache(maxsize=None)
def _lines(lang: str, name: str) -> tuple[str, ...]:
    return load_lines(lang, name) if available(lang, name) else ()


@lru_cache(maxsize=None)
def word_list(lang: str, name: str) -> frozenset[str]:
    """A word list of the language as a set, empty when the language has none."""
    return frozenset(_lines(lang, name))


@lru_cache(maxsize=None)
def _regexes(lang: str, name: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in _lines(lang, name))


@lru_cache(maxsize=None)
def _any_of(lang: str, name: str) -> Optional[WholeLine]:
    """The patterns of ``name`` as one alternation, for whole-line yes/no questions: one
    anchored match per line instead of one per pattern, without the patterns needing a
    character the line lacks (None when the list is empty)."""
    patterns = _lines(lang, name)
    return WholeLine(patterns) if patterns else None


def share_buttons(line: str, lang: str) -> Optional[str]:
    """A short line made only of share/follow button words ("Facebook", "Partager Tweet")."""
    if len(line) > MAX_BUTTON_CHARS:
        return None     # a paragraph of prose: no need to clean it first
    text = re.sub(r"[^\w'’\- ]+", " ", normalise(line)).strip()
    if not text or len(text.split()) > MAX_BUTTON_WORDS:
        return None
    return "share_buttons" if not _share_words(lang).sub(" ", text).strip() else None


@lru_cache(maxsize=None)
def _share_words(lang: str) -> re.Pattern:
    """Any one share-button word or phrase, longest first, as a whole word."""
    words = sorted(set(_lines("common", "clean_share") + _lines(lang, "clean_share")), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])")


def inclusive_plain(text: str, lang: str) -> str:
    """The text with inclusive endings read as the plain form ("abonné·es" as "abonnés"): the
    word lists spell a prompt once, and a page writing it inclusively prints the same prompt."""
    pattern = _inclusive(lang) if "·" in text or "⋅" in text else None
    return pattern.sub(lambda m: m.group(1) or "", text) if pattern is not None else text


@lru_cache(maxsize=None)
def _inclusive(lang: str) -> Optional[re.Pattern]:
    """An inclusive ending after a middle dot ("connecté·e", "abonné·es", "abonné·e·s"), its plural kept."""
    if not available(lang, "inflections"):
        return None
    endings = {k: re.escape(v) for k, v in load_json(lang, "inflections")["inclusive"].items()}
    return re.compile(rf"(?<=\w)[·⋅]{endings['feminine']}(?:[·⋅]?({endings['plural']}))?\b")


def widgets(line: str, lang: str) -> Optional[str]:
    if len(line.split()) > MAX_WIDGET_WORDS:
        return None
    opening, anywhere = _widget_patterns(lang)
    text = inclusive_plain(line.strip(), lang)
    found = bool(opening and opening.match(text)) or any(p.search(text) for p in anywhere)
    return "comment_widget" if found else None


@lru_cache(maxsize=None)
def _widget_patterns(lang: str) -> tuple[Optional[re.Pattern], tuple[re.Pattern, ...]]:
    """The widget patterns anchored at the line's start as one alternation tried once (most of
    them), and the others one by one: asking eighty patterns in turn cost more than the rest
    of the line rules."""
    lines = _lines("common", "clean_widgets") + _lines(lang, "clean_widgets")
    opening = [p[1:] for p in lines if p.startswith("^")]
    alternation = re.compile("|".join(f"(?:{p})" for p in opening), re.IGNORECASE) if opening else None
    return alternation, tuple(re.compile(p, re.IGNORECASE) for p in lines if not p.startswith("^"))


def capital_a(text: str) -> str:
    """A lower-cased label whose capital "À" the page printed without its accent ("A lire aussi"):
    a sentence never opens with the verb "a" alone, so the first word can only be the preposition."""
    return "à" + text[1:] if text.startswith("a ") else text


def section_label(line: str, lang: str) -> Optional[str]:
    """A known label ("Lire aussi", "Voici ce que nous savons"), alone or leading a teaser."""
    text = label_form(line, lang)
    labels = _section_labels(lang)
    bare = text.rstrip(" :.…")   # "Et aussi..." as "Lire aussi :"
    if bare in labels or bare in word_list(lang, "clean_live_labels"):
        return "section_label"
    head, colon, _ = text.partition(":")
    if colon and head.strip() in labels and len(text.split()) <= MAX_NOISE_WORDS:
        return "teaser"
    if len(text.split()) <= MAX_NOISE_WORDS and _glued_pointer(lang).match(line.lstrip(_BULLETS)):
        return "teaser"
    return None


@lru_cache(maxsize=None)
def _glued_pointer(lang: str) -> re.Pattern:
    """A pointer label glued to the teaser's capital ("Lire aussiLe port ..."): the page set the label and
    the link in two elements, and the extraction lost the space between them; a sentence never runs so."""
    labels = sorted(_lines(lang, "clean_pointer_labels"), key=len, reverse=True)
    alternation = "|".join(re.escape(label).replace("'", "['’]") for label in labels) or "(?!)"
    return re.compile(rf"(?:{alternation})(?-i:[A-ZÀ-Ý])", re.IGNORECASE)


def label_form(line: str, lang: str) -> str:
    """The line as the label lists spell it: plain case and apostrophes, no bullet or quotation marks
    around it ("• Lire aussi : ..." as a list item), a capital "A" read as "à"."""
    return capital_a(normalise(inclusive_plain(line, lang)).lstrip(_BULLETS).strip(_QUOTES + " "))


@lru_cache(maxsize=None)
def _section_labels(lang: str) -> frozenset[str]:
    """Every section label: the labels pointing to other articles and a menu's headings are section labels too."""
    return frozenset(_lines(lang, "clean_labels") + _lines(lang, "clean_pointer_labels") + _lines(lang, "clean_menu_headings"))


def _whole_line(line: str, lang: str, resource: str, max_words: int = MAX_NOISE_WORDS) -> bool:
    """The stripped line matches one of the patterns of ``resource``."""
    pattern = _any_of(lang, resource)
    return len(line.split()) <= max_words and pattern is not None and bool(pattern.match(line.strip()))


def credit_line(line: str, lang: str) -> Optional[str]:
    """"Source : X", "Avec AFP", "X a contribué à ce rapport", "Photo : X"."""
    # a credit set as a list item ("• Reportage de Jeanne Roy") is still a credit
    return "credit" if _whole_line(line.strip().lstrip("•·▪►"), lang, "clean_credits") else None


def rights_notice(line: str, lang: str) -> Optional[str]:
    """"Tous droits réservés", "Reproduction interdite": a paragraph opening by reserving the
    rights is a legal notice whatever its length (an agency's terms run past 100 words)."""
    pattern = _any_of(lang, "clean_rights")
    return "credit" if pattern is not None and pattern.match(line.strip()) else None


#: a picture's alt text and its caption, the same words printed twice around a dash
_DOUBLED = re.compile(r"^(?P<half>.{20,400}?)\s[-–—]\s(?P<again>.{20,400})$")


def doubled_half(line: str) -> Optional[str]:
    """The sentence of a line printing one sentence twice around a dash ("X. - X."): a picture's
    alt text glued to its caption (apostrophes may differ between the two)."""
    m = _DOUBLED.match(line.strip())
    return m.group("half") if m and normalise(m.group("half")) == normalise(m.group("again")) else None


def doubled_caption(line: str, lang: str) -> Optional[str]:
    """A picture's alt text and caption printed as one line (see ``doubled_half``)."""
    dashed = " - " in line or " – " in line or " — " in line   # skip the regex on ordinary prose
    return "caption" if dashed and doubled_half(line) else None


def photo_credit(line: str, lang: str) -> Optional[str]:
    """"Photo : X", "Photo AGENCE / X", "AGENCE/X" alone on a line."""
    return "credit" if is_photo_credit(line, lang) else None


def is_photo_credit(line: str, lang: str) -> bool:
    """A photo credit, or the same credit printed twice ("P. ROY / AFP P. ROY / AFP")."""
    words = line.split()
    half = len(words) // 2
    doubled = len(words) % 2 == 0 and half and words[:half] == words[half:]
    return _whole_line(" ".join(words[:half]) if doubled else line, lang, "clean_photo_credits")


def caption_line(line: str, lang: str) -> Optional[str]:
    """A video or photo caption left in the text ("... déclare X – vidéo")."""
    return "caption" if _whole_line(line, lang, "clean_captions", MAX_WIDGET_WORDS) else None


@lru_cache(maxsize=None)
def _dateline_parts(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(labels, any dateline word) as whole-word patterns, from ``clean_dateline.json``."""
    if not available(lang, "clean_dateline"):
        return None
    table = load_json(lang, "clean_dateline")
    words = sorted(table["labels"] + table["words"], key=len, reverse=True)
    return (re.compile(rf"(?<!\w)(?:{'|'.join(table['labels'])})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE))


def date_label(line: str, lang: str) -> bool:
    """The date line names what its date is ("Publié le", "Mis en ligne", "Édition du"): a bare date
    ("03/05/2024") may be any item's, a labelled one is the page's."""
    parts = _dateline_parts(lang)
    return bool(parts and parts[0].search(normalise(line)))


_YEAR_OR_TIME = re.compile(r"\d{4}|\d{1,2}\s*[h:]\s*\d{2}")
#: the site's address a date line may name after a bar ("... 2024-05-03 | journal.com"): a source, not a word of prose
_SITE_AFTER_BAR = re.compile(r"\s*[|•·]\s*(?:www\.)?[\w-]{2,40}(?:\.[\w-]{2,40})*\.[a-z]{2,6}/?\s*$", re.IGNORECASE)


def dateline(line: str, lang: str) -> Optional[str]:
    """A publication-date, update or reading-time line ("Publié le 3 mars 2024 à 10h12",
    "Temps de lecture : 3 min", "Mis à jour le"): nothing but date words and separators."""
    parts = _dateline_parts(lang)
    if parts is None or len(line.split()) > MAX_DATELINE_WORDS:   # split as normalise does
        return None
    text = normalise(_SITE_AFTER_BAR.sub("", line))
    if not text:
        return None
    labels, words = parts
    if re.search(r"\w", words.sub(" ", text)):
        return _labelled_dateline(text, lang, line)
    return "dateline" if labels.search(text) or _YEAR_OR_TIME.search(text) else None


#: a section label before a date line, set apart by a bullet or bar ("Handball masculin • 07.01.2022")
_LABELLED_DATE = re.compile(r"^(?P<label>[^.!?•·|]{2,50}?)\s+[•·|]\s+(?P<date>[^•·|]+)$")
#: ... or the date first, the section after it ("3 mai 2024 | Faits divers"); a label has no digit
_DATE_THEN_LABEL = re.compile(r"^(?P<date>[^•·|]+?)\s+[•·|]\s+(?P<label>[^.!?•·|\d]{2,50})$")
MAX_LABEL_WORDS = 4


def _labelled_dateline(text: str, lang: str, line: str) -> Optional[str]:
    """A header line giving the section, then the date: a short label, a bullet, a dateline;
    or a short label run into a labelled date line, maybe with its source after a bar
    ("Économie Publié le 3 mai 2024 | Le Journal")."""
    for shape in (_LABELLED_DATE, _DATE_THEN_LABEL):
        m = shape.match(text)
        if m and len(m.group("label").split()) <= MAX_LABEL_WORDS and _YEAR_OR_TIME.search(m.group("date")) \
                and (found := dateline(m.group("date"), lang)):
            return found
    return _section_then_date(line.strip(), lang)


#: the source a date line may name after a bar ("... 2024 | Le Journal") is at most this long
_SOURCE_AFTER_BAR = re.compile(r"\s*\|\s*[^|.!?]{0,40}$")


def _section_then_date(text: str, lang: str) -> Optional[str]:
    """A section label (a few words, no digit) before a date label set with a capital as a new field
    ("Publié", "Mis à jour": in a sentence the participle is in lower case), the rest, its source
    after a bar aside, a date line with a year."""
    parts = _dateline_parts(lang)
    found = parts[0].search(text) if parts else None
    if not found or not found.start() or not text[found.start()].isupper() \
            or len(text[:found.start()].split()) > MAX_LABEL_WORDS or re.search(r"[\d.!?:|•·]", text[:found.start()]):
        return None
    date = normalise(_SOURCE_AFTER_BAR.sub("", text[found.start():]))
    if not re.search(r"\d{4}", date) or _SOURCE_AFTER_BAR.fullmatch(text[found.start():]):
        return None
    return dateline(date, lang)


def byline_line(line: str, lang: str) -> Optional[str]:
    """A byline or date line in one of the header's forms ("3 mai 2024 - 10:12 - Jeanne ROY"),
    wherever the page put it: ingest read it, the body drops it."""
    if len(line.split()) > MAX_DATELINE_WORDS or is_prose(line):
        return None
    return "dateline" if byline(line.strip(), lang) else None


def wire_dateline(line: str, lang: str) -> Optional[str]:
    """A wire dateline alone on its line ("Rabat, 12 juin, AGENCE"): its day dates the article."""
    return "wire_dateline" if _whole_line(line, lang, "clean_wire_datelines", MAX_DATELINE_WORDS) else None


def capital_headline(line: str, lang: str) -> Optional[str]:
    """The all-caps headline of another article, inserted in the body (a line going on after a comma is
    no headline: "LE MAIRE DE LA COMMUNE," opens the text of a decree)."""
    stripped = line.strip()
    if len(stripped.split()) < MIN_HEADLINE_WORDS or stripped.endswith(SENTENCE_END + (",",)) or stripped[:1] in _QUOTES:
        return None
    letters, capitals = letter_case(stripped)
    return "capital_headline" if letters and capitals / letters >= 0.9 else None


def letter_case(text: str) -> tuple[int, int]:
    """How many letters ``text`` holds and how many of them are capitals (counted in C: every line of
    every article is asked)."""
    return sum(map(str.isalpha, text)), sum(map(str.isupper, text))


#: a navigation row holds at least this many items, each at most this long
MIN_MENU_ITEMS = 4
MAX_MENU_ITEM_WORDS = 3
#: menu items are set apart by wide gaps (runs of spaces or tabs), which prose never has
_MENU_GAP = re.compile(r"\t+|[ \u00a0]{2,}")


#: ... or by bars or bullets, and then none holds a digit (a date line sets its fields so: "Publié le 3 mai | 10:12")
_MENU_BAR = re.compile(r"\s+[|•·]\s+")


def menu_row(line: str, lang: str) -> Optional[str]:
    """A navigation row flattened onto one line ("Accueil    Sports    Économie    Météo", "Accueil |
    Sports | Économie | Météo"): short items set apart by wide gaps or bars, none a sentence."""
    items = [item for item in _MENU_GAP.split(line.strip()) if item]
    barred = len(items) < MIN_MENU_ITEMS
    if barred:
        items = [item for item in _MENU_BAR.split(line.strip()) if item]
    if len(items) < MIN_MENU_ITEMS or barred and any(c.isdigit() for c in line):
        return None
    ok = all(len(item.split()) <= MAX_MENU_ITEM_WORDS and not item.endswith(SENTENCE_END) for item in items)
    return "menu" if ok else None


def symbols_only(line: str, lang: str) -> Optional[str]:
    """A line without a letter or a digit ("|", "* * *", a rule drawn with underscores "_____"):
    layout left by the page."""
    return None if re.search(r"[^\W_]", line) else "symbols"


#: whole-paragraph rules, in the order they are tried
LINE_RULES = (symbols_only, menu_row, share_buttons, widgets, section_label, live_talk, wire_dateline, credit_line, rights_notice,
              doubled_caption, photo_credit, caption_line, dateline, byline_line,
              capital_headline)


@lru_cache(maxsize=None)
def noise_rule(line: str, lang: str) -> Optional[str]:
    """The first whole-line rule the line meets, remembered while one article is cleaned
    (``clean_article`` clears it): the title search and the body pass ask about the same
    lines."""
    for rule in LINE_RULES:
        if name := rule(line, lang):
            return name
    return None


@lru_cache(maxsize=None)
def trailing_credit(line: str, lang: str) -> Optional[int]:
    """Where a credit fragment at the end of a paragraph starts ("... Kyiv. Vidéo / X"); remembered
    while one article is cleaned (``clean_article`` clears it): the body pass and the header's
    author and date search ask about the same paragraphs, eighteen searches each time."""
    for pattern in _regexes(lang, "clean_trailing") + _regexes(lang, "clean_caption_credits"):
        if m := pattern.search(line):
            return m.start("noise")
    return None


def caption_date_end(line: str, lang: str) -> bool:
    """The line closes on where and when a picture was taken ("..., le 3 mars 2024.": ``clean_caption_dates``)."""
    return any(pattern.search(line) for pattern in _regexes(lang, "clean_caption_dates"))


def caption_credit(line: str, lang: str) -> bool:
    """The line closes on a photo credit after its last sentence ("... sur le quai. (Photo, AGENCE)")."""
    return any(pattern.search(line.rstrip()) for pattern in _regexes(lang, "clean_caption_credits"))


def inner_references(line: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each cross-reference inside the paragraph ("... lundi (lire par ailleurs)."),
    with the space before it: a pointer to another page of the paper, no part of the text."""
    spans = [m.span("noise") for pattern in _regexes(lang, "clean_references") for m in pattern.finditer(line)]
    return sorted(spans)


def leading_noise(line: str, lang: str, first: bool = False, top: bool = False) -> Optional[int]:
    """Where the text starts after furniture opening a paragraph ("(AFP) - ", "MONDE - ");
    the ``first`` paragraph may also open with a dateline ("Quimper. "), a paragraph at the
    ``top`` (the first few) with a byline glued to it ("Jeanne ROY Le port ...") or a known
    outlet's name ("LE JOURNAL : ")."""
    extra = (_regexes(lang, "clean_leading_first") if first else ()) + (_regexes(lang, "clean_leading_top") if top else ())
    patterns = _regexes(lang, "clean_leading") + extra
    cut = _outlet_lead(line, lang) if first or top else 0   # below a caption the page kept, too
    # furniture stacks up ("(Mise à jour) PARIS, 3 mai (Reuters) - "): strip a few layers, no more
    for _ in range(MAX_LEADING_LAYERS):
        rest = line[cut:]   # the patterns are anchored with "^", which match(pos=) would not honour
        found = next((m.end("noise") for p in patterns if (m := p.match(rest))), 0)
        if not found:
            break
        cut += found
    return cut or None


#: a source name before a dash opening the text ("Le Journal - Trois soldats ..."), or in capitals
#: before a colon ("LE JOURNAL : Trois soldats ...")
_NAME_THEN_DASH = re.compile(r"^(?P<name>[^-–—|.!?:\d]{3,40}?)(?:\s+[-–—]|\s*(?P<colon>:))\s+(?=[A-ZÀ-Ý«\"“])")


def _outlet_lead(line: str, lang: str) -> int:
    """Where the text starts after a known outlet's name set before a dash, as a wire dateline
    without its place, or in capitals before a colon, as a blog quoting its source: the page
    reprinted another paper's report. 0 when none."""
    m = _NAME_THEN_DASH.match(line)
    if not m or (m.group("colon") and not m.group("name").isupper()):
        return 0
    return m.end() if normalise(m.group("name")) in _lines(lang, "clean_outlets") else 0


def dangling_heading(line: str) -> bool:
    """A short heading ending with ':' (it only makes sense before the text it announces)."""
    stripped = line.strip()
    return stripped.endswith(":") and len(stripped.split()) <= MAX_HEADING_WORDS
