"""Hearsay the narrator does not vouch for: an inverted incise ('semble-t-il', 'paraît-il',
'dit-on') qualifies its sentence; an unnamed 'certains parlent de …' / 'on évoque …' the
statement after it. Inside a quotation they are the speaker's words, not the article's reserve."""
import pytest


@pytest.mark.parametrize("passage, statement", [
    ("Après sa défaite, le club a semble-t-il renoncé au titre.", "le club a semble-t-il renoncé au titre"),
    ("La direction a, paraît-il, gelé les embauches à Nantes.", "La direction a, paraît-il, gelé les embauches à Nantes"),
    ("Le maire, dit-on, prépare sa succession depuis un an.", "Le maire, dit-on, prépare sa succession"),
])
def test_inverted_hearsay_incise_marks_its_sentence(parse, passage, statement):
    claims = parse(passage)._.claims
    assert [c.status for c in claims] == ["unverified"]
    assert statement in claims[0].span.text


@pytest.mark.parametrize("passage, statement", [
    ("Certains évoquent une baisse de 30 % des ventes, mais il est trop tôt pour conclure.",
     "une baisse de 30 % des ventes"),
    ("D'aucuns parlent d'un remaniement avant l'été.", "un remaniement avant l'été"),
    ("Dans la vallée, on parle de 300 maisons inondées.", "300 maisons inondées"),
])
def test_unnamed_rumour_marks_what_follows(parse, passage, statement):
    claims = parse(passage)._.claims
    assert [(c.span.text, c.status) for c in claims] == [(statement, "unverified")]


@pytest.mark.parametrize("passage", [
    "« On parle de nous dans tout le pays », a dit l'entraîneur Paul Roche.",
    "Le ministre a parlé de réformes et évoqué un calendrier.",
    "Le rapport parle de 300 maisons inondées.",
    "Même si certains évoquent une canicule, les nuits restent fraîches en altitude.",
    "Alors qu'on évoque une fusion, les deux clubs restent rivaux.",
])
def test_named_or_quoted_speech_is_no_rumour(parse, passage):
    assert parse(passage)._.claims == []
