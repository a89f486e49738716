"""The clean title: without the section or publication suffix sites append to it."""
from __future__ import annotations

import re
from typing import Optional

from recoupe.clean import rules
from recoupe.clean.market import heads_ticker, ticker_lines
from recoupe.clean.page import Page, words
from recoupe.clean.rules import normalise
from recoupe.ingest.header import looks_like_title
from recoupe.resources import available, load_lines

#: a " | Section" suffix longer than this is part of the title
MAX_SECTION_WORDS = 4
#: a headline that the address spells as its slug holds at least this share of its words
MIN_SLUG_SCORE = 0.6
#: ... and this much more than the line first taken as the title
SLUG_MARGIN = 0.2
#: with no title line at the top, a line that spells this share of the slug is the headline
MIN_SLUG_ALONE = 0.8
#: a headline found below page furniture has at least this many words
MIN_TITLE_WORDS = 3
#: a section kicker above the headline ("ÉCONOMIE", "Vie locale") is at most this long ...
MAX_KICKER_WORDS = 5
#: ... and the headline right below it at least this long (and twice as long)
MIN_HEADLINE_WORDS = 6
#: a kicker glued to the headline ("Grève généraleDes milliers ...") is at most this long
MAX_GLUED_KICKER_CHARS = 45
#: the glue: a letter directly followed by a capital that starts a word in lower case
_GLUE = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-Ý][a-zà-ÿ'’])")
#: a source before a " • date" suffix ("AP • 21/10/2020 à 07:45") is at most this long
MAX_SOURCE_WORDS = 3
#: a row of account buttons opening a flattened header is at most this long
MAX_BUTTON_WORDS = 8
_DATE_SUFFIX = re.compile(r"\s+[•·|]\s+(?P<date>[^•·|]{4,40})$")
_SENTENCE = re.compile(r"[.!?]\s+")
_PIPE_SUFFIX = re.compile(r"\s+\|\s+(?P<suffix>[^|]+?)\s*$")
#: a site's web address as a title suffix ("... - radiosud.fr", "... | www.journal.ch")
_WEB_ADDRESS = re.compile(r"(?:www\.)?[\w-]{2,40}(?:\.[\w-]{2,40})*\.[a-z]{2,4}", re.IGNORECASE)
_DASH_SUFFIX = re.compile(r"\s+[-–—]\s+(?P<suffix>[^-–—]+?)\s*$")


#: a headline made of a quotation, its closing punctuation inside the marks ("« Nous partirons ! »") ...
_QUOTED_HEADLINE = re.compile(r"^«[^«»]{3,200}?[!?.…]\s*»")
#: ... and a second headline after it on the line, at most this long ("Le port, fermé demain ?")
MAX_SECOND_HEADLINE_WORDS = 12


def quoted_headline_end(line: str) -> int:
    """Where a quotation set as the headline ends when the page ran a second, shorter headline
    after it on the same line ("« Nous partirons ! » Le port, fermé demain ?"): the rest is one
    headline (no sentence break, no final period), not the sentence a lead quotation opens. 0: none."""
    m = _QUOTED_HEADLINE.match(line.strip())
    rest = line.strip()[m.end():].strip() if m else ""
    if not rest or not rest[:1].isupper() or rest.endswith((".", ":", ";", ",")) \
            or len(rest.split()) > MAX_SECOND_HEADLINE_WORDS or re.search(r"[.!?…]\s+\S", rest):
        return 0
    return len(line) - len(line.lstrip()) + m.end()


def title_length(title: str, lang: str, site: Optional[str] = None) -> int:
    """Length of the title once a trailing " | Section" or " - Outlet" suffix is cut
    (an outlet is a known publication, ``site``, the name the page gives itself, or a web address), or a
    trailing source and date ("... AP • 21/10/2020 à 07:45"), or a second headline after a quoted one."""
    if quoted := quoted_headline_end(title):
        return quoted
    title = title[:_source_date_start(title, lang)]
    title = _LONE_SEPARATOR.sub("", title)
    m = _PIPE_SUFFIX.search(title)
    if m and len(m.group("suffix").split()) <= MAX_SECTION_WORDS:
        return m.start()
    outlets = load_lines(lang, "clean_outlets") if available(lang, "clean_outlets") else ()
    m = _DASH_SUFFIX.search(title)
    if m and (normalise(m.group("suffix")) in outlets or normalise(m.group("suffix")) == normalise(site or "")
              or _WEB_ADDRESS.fullmatch(m.group("suffix"))):
        return m.start()
    return len(title.rstrip())


def same_as_title(line: str, title: str, lang: str) -> bool:
    """A body line that repeats the title, with or without its suffix, spacing and case aside."""
    line, title = normalise(line), normalise(title)
    if not line or not title:
        return False
    return line in (title, title[:title_length(title, lang)]) or \
        line[:title_length(line, lang)] == title[:title_length(title, lang)] or _letters(line) == _letters(title)


def _letters(text: str) -> str:
    """The words' characters alone: a kicker the page glued to the headline's copy ("SportLe port ..."
    for "Sport : Le port ...") still spells the headline."""
    return "".join(c for c in text if c.isalnum())


#: ``better_title``: the line taken as the title is furniture and no headline stands below it
NO_TITLE = -1


def is_furniture(line: str, page: Page, lang: str) -> bool:
    """A line above the headline that is no headline: site name, section, label, one word
    (a headline in capitals is still a headline)."""
    return (len(line.split()) < 2 or page.is_site_name(line) or page.opens_with_site_name(line) or page.is_section(line) or bool(_OPEN_END.search(line))
            or bool(_BREADCRUMB.search(line))
            or rules.noise_rule(line, lang) not in (None, "capital_headline"))


#: a line ending with a dash or holding an empty field ("Le Journal - Brest - - Bretagne -"): a masthead or an
#: edition bar, no headline (a headline may end with a lone bar, its suffix lost: ``title_length`` cuts it)
_OPEN_END = re.compile(r"\s[-–—|]\s+[-–—|](?:\s|$)|\s[-–—]\s*$")
#: a breadcrumb trail: opened by a chevron ("> Région > Ville") or with two chevrons ("Accueil > Sports > Tennis")
_BREADCRUMB = re.compile(r"^\s*[>›]\s|\s[>›]\s.*\s[>›]\s")
#: a separator left alone at the end of a headline ("Le port ferme |")
_LONE_SEPARATOR = re.compile(r"\s+[-–—|•·]\s*$")


def better_title(current: Optional[str], lines: list[str], page: Page, lang: str,
                 ends: Optional[list[bool]] = None) -> Optional[int]:
    """Index in ``lines`` (the first lines of the body) of the headline, when the line first
    taken as the title is page furniture (a site name, a section, a slogan) and the headline
    stands below it, before the date line and the first sentence of prose; ``NO_TITLE`` when
    the line taken is furniture and no headline stands there; None to keep the current title.
    ``ends[i]`` tells whether line i ends its paragraph (a headline does; by default each line)."""
    ends = ends if ends is not None else [True] * len(lines)
    candidates = []
    above = True   # only furniture so far: a date line there sits above the headline
    ticker = ticker_lines(lines)
    dated = False   # below a date line, only a line spelling the address's slug may be the headline
    for i, line in enumerate(lines):
        if i in ticker or above and rules.noise_rule(line, lang) in _ABOVE_HEADLINE:
            continue   # "Section / date line / Headline": the date line right below a section is no end
        above = above and bool(_BREADCRUMB.search(line))   # "Accueil > Région / date line / Headline"
        if dated:
            if rules.is_prose(line):
                break
            if ends[i] and looks_like_title(line) and page.slug_score(line) >= MIN_SLUG_SCORE:
                candidates.append((i, line))
            continue
        if ends[i] and quoted_headline_end(line):
            candidates.append((i, line))   # "« Nous partirons ! » Le port, fermé demain ?"
            continue
        if rules.is_prose(line) or rules.dateline(line, lang):
            if ends[i] and _slug_sentence(line, page):
                candidates.append((i, line))   # a headline set as one question ("Faut-il ... ?")
            if rules.is_prose(line) or candidates:
                break
            # a player's running time ("1 min 41 s") or the date under a player's label taken for the
            # title: the headline the address spells may still stand below it, before the prose
            dated = True
        # a section path ("Marchés | Actions") has the length of a headline, not its shape
        if (looks_like_title(line) and len(line.split()) >= MIN_TITLE_WORDS and ends[i]
                and not is_furniture(line, page, lang) and not _section_path(line)):
            candidates.append((i, line))
    furniture = current is not None and (is_furniture(current, page, lang) or _kicker(current, lines, ends, page, lang)
                                         or heads_ticker(current, lines))
    if not candidates:
        return NO_TITLE if furniture else None
    # the address spells the headline: the line that holds its slug, well above the current one
    score, i = max((page.slug_score(line), -i) for i, line in candidates)
    if score >= MIN_SLUG_SCORE and score >= page.slug_score(current or "") + SLUG_MARGIN:
        return -i
    return candidates[0][0] if furniture else None


#: furniture some pages set between the section label and the headline
_ABOVE_HEADLINE = ("dateline",)


def _kicker(current: str, lines: list[str], ends: list[bool], page: Page, lang: str) -> bool:
    """A short section name right above a much longer headline ("Vie locale" / "Le port ..."),
    maybe with a breadcrumb trail between them; a site's name in capitals ("LE JOURNAL DU PORT")
    may have any header furniture between it and the headline (a date line, text-size buttons)."""
    size = len(current.split())
    if size > MAX_KICKER_WORDS or any(c.isdigit() for c in current):
        return False
    letters, capitals = rules.letter_case(current)
    capitals = letters > 0 and capitals == letters
    i = 0
    while i < min(len(lines), MAX_KICKER_WORDS) and (
            _BREADCRUMB.search(lines[i]) or capitals and is_furniture(lines[i], page, lang)):
        i += 1
    return (i < len(lines) and looks_like_title(lines[i]) and ends[i]
            and len(lines[i].split()) >= max(MIN_HEADLINE_WORDS, 2 * size))


def slug_headline(lines: list[str], page: Page, ends: list[bool]) -> Optional[int]:
    """Index of the headline when none stands at the top (the page put the opening paragraph
    first): a headline-like line that spells nearly all of the address's slug."""
    scored = [(_slug_or_tail_score(line, page) - (0 if looks_like_title(line) else _STOP_PENALTY), -i)
              for i, line in enumerate(lines)
              if (looks_like_title(line) or _closed_headline(line)) and len(line.split()) >= MIN_TITLE_WORDS and ends[i]]
    score, i = max(scored, default=(0.0, 0))
    return -i if score >= MIN_SLUG_ALONE else None


def _slug_or_tail_score(line: str, page: Page) -> float:
    """The slug's share the line spells; 1 when the line spells, word for word, the end of a slug
    that opens with a kicker ("jusque-chez-eux-le-port-ferme-ses-quais" for "Le port ferme ses quais"),
    when that end is most of the slug and the line no sentence closed by a stop (a lead may echo it)."""
    held = [w for w in words(line) if not w.isdigit()]
    size = len(held)
    if not line.rstrip().endswith(".") and size >= MIN_TITLE_WORDS and 2 * size >= len(page.slug) and tuple(held) == page.slug[-size:]:
        return 1.0
    return page.slug_score(line)


#: a headline closed by a full stop must spell the slug this much better (a lead sentence may echo it)
_STOP_PENALTY = 0.1
#: a headline closed by a full stop is at most this long
MAX_CLOSED_HEADLINE_WORDS = 20


def _closed_headline(line: str) -> bool:
    """One short sentence closed by a single full stop ("Le port de Brest double son trafic.") or by
    an ellipsis sign ("Le port ferme ses quais…"): some pages print the headline so; only the slug
    tells it from a lead sentence."""
    stripped = line.strip()
    return (stripped.endswith((".", "…")) and not stripped.endswith(("..", ".…", "……"))
            and len(stripped.split()) <= MAX_CLOSED_HEADLINE_WORDS and not _SENTENCE.search(stripped))


def _slug_sentence(line: str, page: Page) -> bool:
    """One short question or exclamation that spells the address's slug: a headline
    that reads as prose; the slug tells it from the opening paragraph."""
    stripped = line.strip()
    return (stripped[-1:] in "?!" and len(stripped.split()) <= MAX_CLOSED_HEADLINE_WORDS
            and not _SENTENCE.search(stripped) and page.slug_score(line) >= MIN_SLUG_ALONE)


#: a kicker before a headline run together with its standfirst is at most this long
MAX_RUN_KICKER_WORDS = 10
_RUN_WORD = re.compile(r"[^\W_]+")
#: what may stand between the kicker and the headline: a dash, a bar or a colon
_KICKER_SEPARATOR = re.compile(r"\s*[-–—|:]\s*$")
#: a topic set before the headline with a spaced dash: "Crise au port – Le port ferme ses quais"
_TOPIC_DASH = re.compile(r"\S\s+[-–—]\s+$")
#: a topic of one word is a section's name
MIN_TOPIC_WORDS = 2


def topic_lead(lead: str) -> bool:
    """``lead`` is a topic the headline opens with, set apart by a spaced dash ("Crise au port – Le port
    ferme ..."): the headline's own first part, as the page prints it. One word ("Sorties – ") or a
    label in capitals ("EN BREF - ") is a section's name; a colon or a bar sets a section apart too."""
    if not _TOPIC_DASH.search(lead):
        return False
    topic = re.sub(r"\s+[-–—]\s+$", "", lead).strip()
    return len(topic.split()) >= MIN_TOPIC_WORDS and topic != topic.upper()


def slug_in_line(line: str, page: Page) -> Optional[tuple[int, int]]:
    """(start, end) of the headline inside a line where the page ran its header together (a
    kicker, the headline, the standfirst and the byline on one line: "Crise au port – Le port
    ferme ses quais Les dockers ..."): the words of the address's slug, in order and in a row,
    opening the line or after a short kicker and a dash, and followed by a capital (the next
    sentence) or the end of the line. None when the line holds no such run."""
    if len(page.slug) < MIN_TITLE_WORDS:
        return None
    tokens = [(w, m.start(), m.end()) for m in _RUN_WORD.finditer(line) for w in words(m.group())]
    for i in range(min(len(tokens), MAX_RUN_KICKER_WORDS + 1)):
        if (last := _spelled_from(tokens, i, page.slug)) is None:
            continue
        start, end = tokens[i][1], tokens[last][2]
        end += len(re.match(r"[?!»\"”]*", line[end:]).group())
        rest = line[end:].lstrip()
        if (i == 0 or _KICKER_SEPARATOR.search(line[:start])) and (not rest or rest[:1].isupper()):
            return (tokens[0][1] if topic_lead(line[:start]) else start), end
    return None


def _spelled_from(tokens: list[tuple[str, int, int]], i: int, slug: tuple[str, ...]) -> Optional[int]:
    """Index of the last token of the run from ``i`` that spells the slug's letters, or None. Letters, not
    words, are compared: an address glues an elided article to its noun ("lete" for "l'été", "cest" for
    "c'est") or keeps it apart ("l-ete"), and both spell the same headline."""
    target, joined = "".join(slug), ""
    for k in range(i, len(tokens)):
        joined += tokens[k][0]
        if not target.startswith(joined):
            return None
        if joined == target:
            return k
    return None


def headline_below_notice(lines: list[str], ends: list[bool], lang: str) -> Optional[int]:
    """Index of the headline when none stands at the top because a notice opens the page (an
    archive or cookie prompt, a menu): the first line after that noise, when it reads as a
    headline and text follows it; None otherwise (an article may well have no title)."""
    kicker = False
    for i, line in enumerate(lines):
        if rules.noise_rule(line, lang):
            continue
        headline = (i > 0 and i + 1 < len(lines) and ends[i] and looks_like_title(line)
                    and len(line.split()) >= MIN_TITLE_WORDS and not rules.is_prose(line) and not _section_path(line))
        if headline or kicker or not i or not _short_label(line):
            return i if headline else None
        kicker = True   # one section label between the notice and the headline ("Hockey")
    return None


#: a section label on its own line below a notice is at most this long
MAX_LABEL_WORDS = 3


#: a section path: short fields set apart by bars or chevrons ("Région | Rubrique", "Sports › Football")
_PATH_SEPARATOR = re.compile(r"\s[|›>/]\s")


def _section_path(line: str) -> bool:
    fields = _PATH_SEPARATOR.split(line.strip())
    return len(fields) >= 2 and all(_short_label(field) for field in fields)


def _short_label(line: str) -> bool:
    """A section label on its own line: a few words starting with a capital, no digit, no sentence end
    (or a path of such labels)."""
    line = line.strip()
    if _PATH_SEPARATOR.search(line):
        return _section_path(line)
    return (0 < len(line.split()) <= MAX_LABEL_WORDS and not any(c.isdigit() for c in line)
            and line[-1:].isalpha() and line[:1].isupper())


def glued_kicker_end(title: str, lang: str = "fr") -> int:
    """Where the headline starts when a section kicker is glued to it without a space (the page
    set them in two boxes): "ÉCONOMIELe port ..." (a kicker in capitals) or "Vie localeLe port ..."
    (its last word in lower case). A brand in camel case ("PlayStation", "YouTube") is no kicker:
    its first part starts with a capital; "iPhone" has one lower-case letter; a known genre or section
    word in title case is a kicker all the same ("BilanLe port ..."). 0 when none."""
    for m in _GLUE.finditer(title, 1, MAX_GLUED_KICKER_CHARS):
        kicker, rest = title[:m.start()], title[m.start():]
        last = kicker.split()[-1] if kicker.split() else ""
        letters, upper = rules.letter_case(kicker)
        capitals = letters >= 3 and upper == letters
        lower_word = len(last) >= 3 and last.isalpha() and last.islower()
        if (capitals or lower_word or kicker.lower() in rules.word_list(lang, "clean_kicker_words")) \
                and len(rest.split()) >= MIN_TITLE_WORDS:
            return m.start()
    return 0


def _source_date_start(title: str, lang: str) -> int:
    """Where a trailing "<source> • <date>" starts (the page's header flattened into the title
    line): the source is an agency credit or a known outlet; len(title) when there is none."""
    m = _DATE_SUFFIX.search(title)
    if not m or not (rules.dateline(m.group("date"), lang) or rules.byline(m.group("date"), lang)):
        return len(title)
    words = title[:m.start()].split()
    for k in range(1, MAX_SOURCE_WORDS + 1):
        source = " ".join(words[-k:])
        if len(words) > k and (rules.credit_line(source, lang) or normalise(source) in _outlets(lang)):
            return len(title[:m.start()].rstrip()[:-len(source)].rstrip())
    return len(title)


def _outlets(lang: str) -> tuple[str, ...]:
    return load_lines(lang, "clean_outlets") if available(lang, "clean_outlets") else ()


def headline_start(title: str, lang: str, page: Page | None = None) -> int:
    """Where the headline starts in a title line that carries page furniture before it: a
    log-in prompt and its buttons ("Connectez-vous pour ... Connexion membre ..."), then
    possibly a kicker or a flag of the page's kind glued to the headline. 0 when the line starts with the headline."""
    start = 0
    for m in _SENTENCE.finditer(title):
        if not rules.widgets(title[start:m.start() + 1], lang):
            break
        start = m.end()
    words = title[start:].split() if start else []   # buttons only after a prompt ("Mon compte ..." is a headline)
    for n in range(min(MAX_BUTTON_WORDS, len(words) - MIN_TITLE_WORDS), 0, -1):
        if rules.share_buttons(" ".join(words[:n]), lang):
            start = title.index(words[n], start + len(" ".join(words[:n])))
            break
    for kicker in (_BRACKET_KICKER, _CAPITAL_KICKER):
        if (m := kicker.match(title, start)) and len(title[m.end():].split()) >= MIN_TITLE_WORDS \
                and not _live_flag(m.group(), lang):
            start = m.end()
    start += _flag_end(title[start:], lang, page)
    return start + glued_kicker_end(title[start:], lang)


#: a flag of the page's kind before the headline ("DIRECT. ", "Vidéo - ", "EXCLUSIF | ", "LIVE "), then the headline's capital
_FLAG = re.compile(r"(?P<flag>[^\W\d_]+(?: [^\W\d_]+){0,2})(?P<sep>\s*[.:|–—-]\s*|\s+)(?=[«\"“A-ZÀ-Ý])")


def _flag_end(title: str, lang: str, page: Page | None) -> int:
    """Where the headline starts after a flag of ``clean_title_flags`` (0 when none): set apart by
    punctuation, or by a space when the flag is in capitals ("LIVE Le port ...": "Live Nation ..." is a name).
    A flag the address's slug opens with is the headline's own ("en-direct-le-port-...")."""
    m = _FLAG.match(title)
    if not m or normalise(m.group("flag")) not in rules.word_list(lang, "clean_title_flags") \
            or len(title[m.end():].split()) < MIN_TITLE_WORDS:
        return 0
    flag = tuple(words(m.group("flag")))
    if page is not None and page.slug[:len(flag)] == flag:
        return 0
    return m.end() if m.group("sep").strip() or m.group("flag").isupper() else 0


def _live_flag(kicker: str, lang: str) -> bool:
    """A bracketed flag naming the page a live ("[Direct] Revivez ...", "[LIVE] ..."): the live page's
    headline names itself so, as its address does; a section's or a medium's label in brackets is no part of it."""
    return kicker.startswith("[") and normalise(kicker.strip().strip("[]")) in rules.word_list(lang, "clean_live_labels")


#: a section label in square brackets opening the headline ("[ Vie locale ] Le port ...", "[VIDÉO] ...")
_BRACKET_KICKER = re.compile(r"\[\s*[^\[\]]{2,40}?\s*\]\s*(?=\S)")
#: a kicker of two to four words in capitals run into the headline with a space ("SUR LE PORT Le maire
#: ..."; "VIE LOCALE À VANNES Le ..."): the headline opens with a word in title case (one word in
#: capitals may be a brand or acronym); a one-letter word ("À") may stand inside the kicker
_CAPITAL_KICKER = re.compile(r"(?:[A-ZÀ-Ý'’-]+\s+){1,3}[A-ZÀ-Ý'’-]{2,}\s+(?=[A-ZÀ-Ý][a-zà-ÿ'’])")


#: a kicker run into the headline with a space ("Vu de Lyon Le port ferme ...") is 2 to this many words
MAX_SPACED_KICKER_WORDS = 6
#: the headline is recognised by the first slug words it opens with: at least this many ...
MIN_SLUG_LEAD_WORDS = 3
#: ... spelling at least this many letters
MIN_SLUG_LEAD_CHARS = 12
_ACCENTED = re.compile(r"[^\x00-\x7f]")


def slug_kicker_end(title: str, page: Page) -> int:
    """Where the headline starts in a title line that runs a kicker into it with a space or
    dots ("Vu de Lyon Le port ferme ...", "À la une .. Le port ferme ..."): the first words of
    the address's slug start there, with a capital, after 2 to 6 words the slug does not hold.
    Some addresses drop accented letters ("d-l-gation"): a word also matches without them.
    0 when the line opens with the headline (or no slug tells)."""
    n = MIN_SLUG_LEAD_WORDS
    while n < len(page.slug) and len("".join(page.slug[:n])) < MIN_SLUG_LEAD_CHARS:
        n += 1
    key = "".join(page.slug[:n])
    if n > len(page.slug) or len(key) < MIN_SLUG_LEAD_CHARS:
        return 0
    if glued := _glued_slug_start(title, page, key):
        return glued
    found = list(_RUN_WORD.finditer(title))
    for k in range(2, min(MAX_SPACED_KICKER_WORDS, len(found) - MIN_TITLE_WORDS) + 1):
        start = found[k].start()
        # a kicker word the slug spells is the headline's own (short words: articles, "à la une")
        # "Au Luxembourg : Le port ..." is the headline's own place lead, with its colon
        # ("Vie locale à Brest : Le port ..." a section kicker)
        if (not title[start].isupper() or _own_colon_lead(title[:start], page.lang) or topic_lead(title[:start])
                or {w for w in words(title[:start]) if len(w) > 3} & set(page.slug)):
            continue
        rest = found[k:k + len(key)]
        plain = "".join(w for m in rest for w in words(m.group()))
        dropped = "".join(w for m in rest for w in words(_ACCENTED.sub("", m.group())))
        if plain.startswith(key) or dropped.startswith(key):
            return _with_opening_quote(title, start)
    return 0


def _with_opening_quote(title: str, start: int) -> int:
    """The headline's start moved back onto the quotation mark opening it ("Justice « Le port ... »")."""
    before = title[:start].rstrip()
    return len(before) - 1 if before.endswith(("«", "“", '"')) else start


def _glued_slug_start(title: str, page: Page, key: str) -> int:
    """Where the headline starts after a label glued to it in title case ("EuropeLe port ferme ..."):
    ``glued_kicker_end`` leaves such a join alone (a brand in camel case has the same shape), but
    when the address's slug opens right at the join and does not spell the label, the label is a kicker."""
    for m in _GLUE.finditer(title, 1, MAX_GLUED_KICKER_CHARS):
        label, rest = title[:m.start()], title[m.start():]
        if set(words(label)) & set(page.slug) or len(rest.split()) < MIN_TITLE_WORDS:
            continue
        if "".join(w for w in words(rest[:len(key) * 2])).startswith(key):
            return m.start()
    return 0


_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’.-]*")


def _own_colon_lead(kicker: str, lang: str) -> bool:
    """A lead closed by a colon that belongs to the headline: a place ("À Lyon :", "Agglomération
    nantaise :", named with the adjective of its people) or a name ("Jeanne Roy :", the speaker of
    what follows). Other words before a colon make a section kicker ("Emploi en Bretagne :", "Vie du port :")."""
    stripped = kicker.rstrip()
    if not stripped.endswith(":"):
        return False
    lead = stripped[:-1].split()
    if not lead or lead[0].lower() in rules.word_list(lang, "clean_place_leads"):
        return True
    particles = rules.word_list(lang, "clean_name_particles")
    return all(_NAME_WORD.fullmatch(w) or w in particles for w in lead) or _area_of_people(lead, lang)


def _area_of_people(lead: list[str], lang: str) -> bool:
    """"Agglomération nantaise", "Côte vendéenne": an area's noun, then the adjective of its people."""
    demonyms = tuple(rules.word_list(lang, "entities_demonym_suffixes"))
    return len(lead) >= 2 and lead[0].lower().replace("’", "'") in rules.word_list(lang, "clean_place_nouns") \
        and all(w.islower() and w.endswith(demonyms) for w in lead[1:])
