"""Round 33: the name set after a title is who speaks when the title is two coordinated nouns sharing
one holder ('le créateur et animateur de la plateforme, Marc Delvaux') or a bare title whose closing comma
is missing ('le capitaine Joseph Mbuyi, porte-parole de la police a accusé'); the outlet of an opening
'Joint par X,' is no antecedent. Invented passages."""
import pytest

from analyse_helpers import found


@pytest.mark.parametrize("passage, text, speaker", [
    pytest.param("« Le site sera mis à jour chaque semaine », a précisé le créateur et animateur de la "
                 "plateforme, Marc Delvaux, dans un entretien.",
                 "Le site sera mis à jour chaque semaine", "Marc Delvaux", id="a-name-after-two-coordinated-titles"),
    pytest.param("Joint par Radio Kivu, le capitaine Joseph Mbuyi, porte-parole de la police a accusé les "
                 "rebelles d'avoir \"pillé les maisons\".",
                 'les rebelles d\'avoir "pillé les maisons"', "Joseph Mbuyi",
                 id="a-bare-title-after-a-name-without-its-closing-comma"),
    pytest.param("Joint par Radio Kivu, le commandant Paul Mabiala, porte-parole de la garnison a "
                 "également accusé les rebelles d'avoir \"incendié les cases\".",
                 'les rebelles d\'avoir "incendié les cases"', "Paul Mabiala",
                 id="the-same-when-the-parse-hangs-the-comma-on-the-title"),
    pytest.param("Joint par Radio Kivu, le commandant Paul Mabiala, porte-parole de la garnison a "
                 "également accusé les rebelles d'avoir \"incendié les cases\". \"Nos soldats ont riposté\", a-t-il ajouté.",
                 "Nos soldats ont riposté", "Paul Mabiala",
                 id="the-clitic-after-takes-up-the-name-not-the-interviewer"),
])
def test_the_quote_goes_to_its_speaker(parse, passage, text, speaker):
    assert found(parse, passage)[text] == speaker


def test_a_name_after_a_preposition_is_no_apposition(parse):
    quotes = found(parse, "Selon Joseph Mbuyi, porte-parole de la police, les rebelles ont pillé les maisons.")
    assert set(quotes.values()) == {"Joseph Mbuyi"}
