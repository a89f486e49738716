"""Round 34: a caption printed twice closed by its photo credit, an ad slot, a player's loading notice, a
video's announcing line, a live page's pointer to itself, the desk's agency credit, an update stamp
abbreviated "Màj.", a wire subheading between dashes inside a one-line paragraph, a heading over a
gallery's caption, the headline repeated with its kicker glued."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules


@pytest.mark.parametrize("caption", [
    "« Le port est à nous. Il restera ouvert ». (Photo, AGENCE)",
    "Les grues du quai ouest, à l'aube.   Photo archives Jeanne ROY",
])
def test_a_caption_printed_twice_with_its_photo_credit_goes_whole(clean, caption):
    cleaned = clean(f"{TITLE}\n\n{caption}\n{caption}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_a_paragraph_printed_twice_without_a_photo_credit_keeps_one_copy(clean):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("line, rule", [
    ("Votre publicité ici avec ACME_régie", "comment_widget"),
    ("Chargement du lecteur...", "comment_widget"),
    ("Short Url", "share_buttons"),
    ("Suivez la situation en direct.", "comment_widget"),
    ("Regardez à Portsall ces images de Jeanne Roy et Paul Mas :", "caption"),
    ("La rédaction avec AFP", "credit"),
    ("4 mai 2021, 09:12 / Màj. le 4 mai 2021 à 17:40", "dateline"),
])
def test_furniture_lines(line, rule):
    assert rules.noise_rule(line, "fr") == rule


@pytest.mark.parametrize("line", [
    "Regardez bien : le port a doublé son trafic.", "La rédaction avec laquelle il travaille a démissionné.",
])
def test_sentences_like_them_stay(line):
    assert rules.noise_rule(line, "fr") is None


def test_a_live_pointer_glued_to_the_standfirst_is_cut():
    line = "Le port reste fermé depuis lundi. Suivez la situation en direct."
    assert line[rules.trailing_credit(line, "fr"):] == "Suivez la situation en direct."


def test_a_wire_subheading_between_dashes_inside_a_paragraph_is_cut():
    line = "Le quai rouvre, a dit le maire. – « Garder le cap » – Les travaux reprendront lundi."
    spans = rules.inner_references(line, "fr")
    assert "".join(line[a:b] for a, b in spans) == " – « Garder le cap » –"
    assert rules.inner_references("Le maire – élu en 2020 – a parlé. Il a dit – enfin – oui.", "fr") == []


def test_a_heading_over_a_gallery_caption_goes_a_heading_over_text_stays(clean):
    gallery = "Le port en images :\nEN IMAGES: les quais après la tempête"
    listing = "Les quais concernés :\nLe quai ouest, le quai nord et la cale sèche."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{gallery}\n\n{listing}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{listing}\n\n{LAST}"


def test_the_headline_repeated_with_its_kicker_glued_goes(clean):
    cleaned = clean(f"Sport : {TITLE}\n\nSport{TITLE}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title == f"Sport : {TITLE}" and cleaned.body == f"{PROSE}\n\n{LAST}"


def test_the_headline_below_a_players_label_and_running_time_is_the_title(clean):
    player = "Radio Sud Player Box\nChargement du lecteur...\n2 min 10 s\nPartager"
    cleaned = clean(f"{player}\n\n{TITLE}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title == TITLE and cleaned.body == f"{PROSE}\n\n{LAST}"


def test_a_title_above_its_date_line_stays_and_the_lead_echoing_it_too(clean):
    lead = "Le port de Brest double son trafic grâce aux ferries, un record."
    cleaned = clean(f"{TITLE}\n\nPublié le 3 mai 2024 à 10h12\n\n{lead}\n\n{PROSE}\n", url=URL)
    assert cleaned.title == TITLE and cleaned.body == f"{lead}\n\n{PROSE}"


def test_a_teaser_card_cut_off_after_the_last_sentence_goes(clean):
    card = "Transports en ville\nDe nouvelles lignes de bus pour les quartiers nord\nLe conseil municipal a v"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{card}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_short_headings_after_the_last_sentence_without_a_headline_stay(clean):
    closing = "Horaires d'été\nLes quais ouverts"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{closing}\n", url=URL)
    assert cleaned.body.endswith(closing)


@pytest.mark.parametrize("url", [
    "https://www.radiosud.ch/les-quais-de-lete-cest-la-fete-123456789",     # elided words glued in the address
    "https://www.radiosud.ch/les-quais-de-l-ete-c-est-la-fete-123456789",   # ... or kept apart
])
def test_a_headline_run_together_with_its_standfirst_is_cut_out_whatever_the_slug_does_with_elisions(clean, url):
    line = ("Sorties – Les quais de l’été, c’est la fête! Dix bars ouvrent sur le port cette année. Notre choix.")
    cleaned = clean(f"{line}\n\n{PROSE}\n\n{LAST}\n", url=url)
    assert cleaned.title == "Les quais de l’été, c’est la fête!"
    assert cleaned.body.startswith("Dix bars ouvrent sur le port cette année. Notre choix.")


@pytest.mark.parametrize("caption", [
    "La digue à Roscoff, mardi matin 4 juin 2019.",
    "Les grues du quai ouest après la visite de la ministre, à Brest (Finistère), le 12 mai 2025.",
])
def test_a_caption_closed_by_its_place_and_date_above_the_text_goes(clean, caption):
    cleaned = clean(f"{TITLE}\n\n{caption}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("line", [
    "La ministre a inauguré le quai ouest à Brest le 12 mai 2025.",       # the date after the verb, no comma
    "« Nous rouvrirons », a dit le maire, le 12 mai 2025.",               # a quotation is the text's
    "Le port a rouvert. Les dockers étaient là, le 12 mai 2025.",          # two sentences
])
def test_a_sentence_of_the_text_dated_at_its_end_stays(clean, line):
    cleaned = clean(f"{TITLE}\n\n{line}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{line}\n\n{PROSE}\n\n{LAST}"


def test_a_dated_line_below_the_lead_and_a_paragraph_stays(clean):
    dated = "Les dockers sur le quai, le 12 mai 2025."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{dated}\n\n{PROSE} Fin.\n", url=URL)
    assert dated in cleaned.body


def test_a_quotation_box_with_its_speakers_line_goes(clean):
    box = "«Nous tiendrons jusqu'au bout. Le port est à nous»\nJeanne Kervella, directrice du port de Brest"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{box}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("below", [
    "Jeanne Kervella, directrice du port, l'a répété lundi.",   # a sentence naming the speaker
    "Selon elle, rien ne change",                              # no name
])
def test_a_quotation_above_a_sentence_stays(clean, below):
    quote = "«Nous tiendrons jusqu'au bout»"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{quote}\n{below}\n\n{LAST}\n", url=URL)
    assert quote in cleaned.body


@pytest.mark.parametrize("caption", [
    "La grue géante du quai ouest, livrée en mai. À voir lors des portes ouvertes. JEANNE KERVELLA",
    "Un dessin d'enfant exposé à la criée, à l'été 2021. MARÉES",
])
def test_a_paragraph_signed_in_capitals_above_the_text_is_a_caption(clean, caption):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{caption}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("closing", [
    "Le port rouvrira lundi, a précisé la directrice. AFP",      # an agency's tag: the text stays, the tag is cut
    "Le port rouvrira lundi, a précisé la directrice. PAUL ROUX",  # the last paragraph's signature: the text stays
])
def test_a_paragraph_closed_by_an_agency_or_the_last_signature_stays(clean, closing):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{closing}\n", url=URL)
    assert "Le port rouvrira lundi, a précisé la directrice." in cleaned.body


@pytest.mark.parametrize("line, rule", [("par Radio 21 Nord", "credit"), ("Par 24 voix contre 3", None)])
def test_a_byline_naming_a_channel_with_its_number(line, rule):
    assert rules.noise_rule(line, "fr") == rule


def test_a_date_line_with_its_abbreviated_update_dates_the_page(clean):
    stamp = "3 mai 2024, 10:12 / Màj. le 3 mai 2024 à 18:40"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{stamp}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}" and cleaned.article.published == "2024-05-03"
