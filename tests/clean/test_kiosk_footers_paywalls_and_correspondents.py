"""Round 25: kiosk footers, image-link tails, inclusive paywalls, reporters' lines, call-ins,
picture captions told by how the picture was obtained, genre labels and reprint source lines
glued after a sentence, a related-article label inside a one-line body. Invented passages."""
import pytest

TITLE = "La digue du port de Kervénan cède après trois jours de tempête"
LEAD = "La digue nord du port de Kervénan a cédé mardi soir sous la poussée des vagues."
TAIL = "Les travaux de réparation doivent commencer avant la fin du mois, selon la mairie."


def _article(line: str) -> str:
    return f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{TAIL}\n"


@pytest.mark.parametrize("noise", [
    "Newspapers in French",
    "Newspapers from France",
    "Newspapers in F",
    "/2024/03/01/65e1f0a2b3c4d_digue-1a2b3c4d.png)",
    "/2023/11/09/080-hl-jroy-1234567-abcdef0123456789.jpg)",
    "Réservé aux abonné·es",
    "La lecture de cet article est réservée aux abonné·e·s",
    "Avec notre correspondante à Quimper, Léna Moalic",
    "De nos envoyés spéciaux à Lorient, Paul Tanguy et Awa Diallo",
    "Kervénan, Lorient et Brest, envoyés spéciaux.",
    "- LÉNA MOALIC @lmoalic",
    "Keystone-SDA ATS",
    "Débat sur les digues. Réagissez à l'entretien avec le maire au +33 0600000000 ou par courriel",
    "Sur cette photo fournie par la capitainerie lundi, des vagues franchissent la digue.",
])
def test_furniture_line_is_removed(clean, noise):
    assert clean(_article(noise)).body == f"{LEAD}\n\n{TAIL}"


@pytest.mark.parametrize("content", [
    "Les abonné·es du club nautique ont été prévenus dès lundi par la capitainerie.",
    "Notre correspondante a pu joindre le maire, qui se trouvait alors sur la digue.",
    "Sur cette digue, les promeneurs étaient encore nombreux dimanche après-midi.",
    "Réagissez vite, a lancé le maire aux pêcheurs réunis sur le quai.",
    "Les journaux de Kervénan, Lorient et Brest ont consacré leur une à la tempête.",
    # a genre word inside a sentence
    "Le maire a accordé un entretien. Enquête ouverte, a-t-il dit.",
])
def test_similar_content_is_kept(clean, content):
    assert clean(_article(content)).body == f"{LEAD}\n\n{content}\n\n{TAIL}"


@pytest.mark.parametrize("paragraph, kept", [
    ("Les pêcheurs ont veillé toute la nuit sur leurs bateaux. Reportage.",
     "Les pêcheurs ont veillé toute la nuit sur leurs bateaux."),
    ("La mairie a lancé une étude, a indiqué l'adjoint au port. » | Par Le Journal avec AFP | mardi 4 mars 2025",
     "La mairie a lancé une étude, a indiqué l'adjoint au port. »"),
    ("La digue avait été réparée en 2019. A lire aussi... Dans le port, trois bateaux ont coulé.",
     "La digue avait été réparée en 2019. Dans le port, trois bateaux ont coulé."),
])
def test_label_glued_to_a_paragraph_is_cut_and_its_sentences_kept(clean, paragraph, kept):
    assert clean(_article(paragraph)).body == f"{LEAD}\n\n{kept}\n\n{TAIL}"


STANDFIRST = "Trois jours de tempête ont eu raison de l'ouvrage, construit il y a quarante ans."


@pytest.mark.parametrize("name, author", [
    ("Léna Moalic-Tanguy", "Léna Moalic-Tanguy"),
    ("- Paul Le Goff", "Paul Le Goff"),
])
def test_name_alone_under_the_standfirst_is_the_byline(clean, name, author):
    cleaned = clean(f"{TITLE}\n\n{STANDFIRST}\n\n{name}\n\n{LEAD}\n\n{TAIL}\n")
    assert cleaned.body == f"{STANDFIRST}\n\n{LEAD}\n\n{TAIL}"
    assert cleaned.article.author == author


@pytest.mark.parametrize("line", ["LE QUAI NORD", "Tempête Ciaran", "Stade Brestois 29"])
def test_heading_or_tag_under_the_standfirst_is_no_byline(clean, line):
    cleaned = clean(f"{TITLE}\n\n{STANDFIRST}\n\n{line}\n\n{LEAD}\n\n{TAIL}\n")
    assert cleaned.article.author is None
    assert all(rule != "byline_name" for _, _, rule in cleaned.removed)


@pytest.mark.parametrize("paragraph, kept", [
    ("LE FIGARO : Le maire a promis une digue plus haute, a-t-il dit mardi.",
     "Le maire a promis une digue plus haute, a-t-il dit mardi."),
    ("Le Figaro : le journal a consacré sa une à la digue, mardi, dans toute la région.",
     "Le Figaro : le journal a consacré sa une à la digue, mardi, dans toute la région."),
])
def test_outlet_in_capitals_before_a_colon_opens_a_reprint(clean, paragraph, kept):
    cleaned = clean(f"{TITLE}\n\nLa digue vue du large, mardi.\n\n{paragraph}\n\n{TAIL}\n")
    assert cleaned.body.split("\n\n")[-2] == kept


def test_sentence_signed_by_an_agency_above_its_credit_line_is_a_caption(clean):
    cleaned = clean(_article("Les vagues ont franchi la digue lundi soir. KEYSTONE\n\nKeystone-ATS"))
    assert cleaned.body == f"{LEAD}\n\n{TAIL}"


def test_last_sentence_signed_by_an_agency_without_a_credit_below_stays(clean):
    paragraph = "La digue sera reconstruite d'ici l'été. AFP"
    assert clean(_article(paragraph)).body.split("\n\n")[1].startswith("La digue sera reconstruite")


@pytest.mark.parametrize("text, published", [
    (f"{TITLE}\n\n{LEAD}\n\nLa mairie a lancé une étude. » | Par Le Journal avec AFP | mardi 4 mars 2025\n", "2025-03-04"),
    (f"{TITLE}\n\n{LEAD}\n\nOct 29, 2024 - 17:37\n\n{TAIL}\n", "2024-10-29"),
])
def test_reprint_source_line_and_english_date_line_date_the_article(clean, text, published):
    assert clean(text).article.published == published
