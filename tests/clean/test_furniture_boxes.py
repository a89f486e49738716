"""Furniture seen with its neighbours: a newsletter box, tags among the closing widgets."""
import pytest

from brest_page import LAST, PROSE, TITLE

BOX = ("Économie\nDu port à l'usine, découvrez chaque semaine les entreprises qui font la région.\n"
       "Radio Sud utilise votre adresse e-mail pour vous adresser la lettre d'information. "
       "Vous pouvez vous désinscrire à tout moment.")


@pytest.mark.parametrize("where", ["before", "after"])
def test_newsletter_box_is_dropped(clean, where):
    body = f"{BOX}\n\n{PROSE}\n\n{LAST}" if where == "before" else f"{PROSE}\n\n{BOX}\n\n{LAST}"
    cleaned = clean(f"{TITLE}\n\n{body}\n")
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
    assert "widget_box" in {rule for _, _, rule in cleaned.removed}


def test_paragraph_above_a_widget_is_kept(clean):
    """Without a short label opening it, the paragraph is prose, not a box."""
    text = f"{TITLE}\n\n{PROSE}\n{LAST}\nVoir les commentaires\n"
    assert clean(text).body == f"{PROSE}\n{LAST}"


@pytest.mark.parametrize("tail", [
    "vie locale\n\nVoir les commentaires\nRéagir",
    "Économie\nPorts et littoral\n\n3 réactions\nlire la charte",
])
def test_tags_among_closing_widgets(clean, tail):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{tail}\n")
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_short_last_line_without_widgets_is_kept(clean):
    text = f"{TITLE}\n\n{PROSE}\n\nAffaire à suivre\n"
    assert clean(text).body == f"{PROSE}\n\nAffaire à suivre"
