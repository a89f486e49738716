"""Furniture told by its neighbours: an embedded post over several lines, a newsletter box
amid a paragraph's lines, a comment thread's sign-in notices, a quotation repeated in a box."""
import pytest

TITLE = "Le conseil municipal de Quimperlé adopte son budget"
LEAD = ("Le conseil municipal de Quimperlé a adopté lundi soir son budget pour 2025, "
        "après trois heures de débats animés avec l'opposition.")
LAST = "La prochaine séance est prévue le 14 avril, a précisé la maire, Odile Kerbrat."


def _kept(clean, middle: str) -> str:
    return clean(f"{TITLE}\n\n{LEAD}\n{middle}\n{LAST}\n").body


@pytest.mark.parametrize("post", [
    "#Budget2025 | Le budget primitif est adopté.\nVotes pour : 21\n"
    "Contre : 8 pic.twitter.com/AbC123xYz— Ville de Quimperlé (@VilleQuimperle) March 3, 2025",
    "Séance du conseil ce soir avec @OdileKerbrat.\nOrdre du jour : le budget\n"
    "— Ville de Quimperlé (@VilleQuimperle) 3 mars 2025",
    "Le budget est voté ! #conseilmunicipal\n— Mairie de Quimperlé (@mairie) 3 mars 2025",
])
def test_embedded_post_over_several_lines(clean, post):
    assert _kept(clean, post) == f"{LEAD} {LAST}"   # the paragraph's two parts, joined


def test_sentence_above_a_post_without_a_mark_is_kept(clean):
    """A sentence of prose stops the walk up: only lines up to a hashtag or mention go."""
    post = ("L'opposition a voté contre le texte, jugé trop timide sur le logement social.\n"
            "— Ville de Quimperlé (@VilleQuimperle) 3 mars 2025")
    assert "L'opposition a voté contre" in _kept(clean, post)


@pytest.mark.parametrize("box", [
    "Le Finistère ce soir : notre sélection\nChaque soir, notre rédaction vous propose le meilleur de l'info locale.\n"
    "Inscrivez-vous à notre newsletter du soir, gratuite et sans engagement.",
])
def test_newsletter_box_amid_the_lines_of_a_paragraph(clean, box):
    assert _kept(clean, box) == f"{LEAD} {LAST}"


def test_intertitle_and_sentence_above_a_notice_are_kept(clean):
    """Without words addressing the reader, the two lines above a notice are the article's."""
    middle = ("« Un vote serré »\nLe budget a été adopté par 21 voix contre 8.\n"
              "Radio Ouest utilise votre adresse mail pour ses lettres du matin.")
    body = _kept(clean, middle)
    assert "« Un vote serré »" in body and "21 voix contre 8" in body
