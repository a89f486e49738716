"""Sources named by a relay: an inverted 'a-t-on appris' / 'peut-on lire', a document met earlier,
an outlet relaying a report, and report objects that stop at the next verb (invented passages)."""
import pytest


@pytest.mark.parametrize("passage, content, speaker", [
    ("Les pourparlers reprendront jeudi à Vienne, a-t-on appris de source diplomatique.",
     "Les pourparlers reprendront jeudi à Vienne", "source diplomatique"),
    ("Le directeur quittera ses fonctions en juin, a-t-on appris à bonne source.",
     "Le directeur quittera ses fonctions en juin", "bonne source"),
    ("« Cette réforme est une faute », peut-on lire sur le compte du Syndicat national des infirmiers.",
     "Cette réforme est une faute", "Syndicat national des infirmiers"),
    ("« Nous ne céderons sur rien », peut-on lire dans un communiqué de la Fédération des taxis.",
     "Nous ne céderons sur rien", "Fédération des taxis"),
])
def test_relayed_source_is_the_speaker(quote_of, passage, content, speaker):
    assert speaker in quote_of(passage, content).speaker


def test_a_modal_without_inversion_still_prescribes(parse):
    quotes = parse("Le public pourra lire « Les Nuits du port » à la médiathèque dès lundi.")._.quotes
    assert not quotes


@pytest.mark.parametrize("passage, content", [
    ("La préfecture salue le « sang-froid » des riverains pendant l'évacuation et demande aux "
     "« automobilistes » d'éviter le secteur.", "le « sang-froid » des riverains pendant l'évacuation"),
    ("Le syndicat dénonce une « provocation » du ministère, estiment plusieurs élus locaux.",
     "une « provocation » du ministère"),
])
def test_a_report_object_stops_at_the_next_verb(quote_of, passage, content):
    assert quote_of(passage, content).span.text == content


def test_an_outlet_relaying_a_report_adds_no_quote(parse):
    quotes = parse("Le patron de la brasserie a évoqué « une année noire », rapportent nos confrères.")._.quotes
    assert [(q.span.text, q.speaker) for q in quotes] == [("une année noire", "Le patron de la brasserie")]


def test_a_verbless_opener_before_an_incise_is_left_out(parse):
    quotes = parse("Après quoi, précise la préfecture, « les routes seront rouvertes dans la soirée ».")._.quotes
    assert [q.span.text for q in quotes] == ["les routes seront rouvertes dans la soirée"]


def test_the_text_is_the_document_of_the_last_organisation(parse):
    doc = parse("Le Service des pompiers du Valais a publié un communiqué mardi soir. "
                "« Trois foyers restent actifs sur les hauteurs de Sion », selon le texte.")
    quote = next(q for q in doc._.quotes if q.span.text.startswith("Trois foyers"))
    assert "pompiers" in quote.speaker
