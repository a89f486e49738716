"""Text pasted twice is kept once."""
import pytest

from recoupe.clean.duplicates import leading_copy_end

TITLE = "Pourparlers à Doha sur les otages"
LEAD = "Les négociateurs se sont retrouvés jeudi à Doha pour une troisième journée."
FIRST = ("«Nous avons obtenu des garanties écrites sur la sécurité des convois humanitaires, "
         "y compris dans le nord de la bande côtière.»")
SECOND = ("«Nous avons obtenu des garanties écrites sur la sécurité des convois humanitaires, "
          "notamment dans le nord de la bande côtière», a affirmé la médiatrice Nadia Haddad.")


@pytest.mark.parametrize("separator", ["", " ", "  "])
def test_leading_near_copy_is_found(separator):
    paragraph = FIRST + separator + SECOND
    end = leading_copy_end(paragraph)
    assert paragraph[:end].strip() == FIRST
    assert paragraph[end:].strip() == SECOND


@pytest.mark.parametrize("paragraph", [
    SECOND,
    # two different sentences that share their opening words
    "Les convois passeront par le nord de la bande côtière dès lundi matin, selon l’armée. "
    "Les convois de carburant passeront plus tard, après une inspection complète à Rafah, a-t-elle ajouté.",
    "Il a dit oui. Il a dit oui.",   # too short to be a pasted copy
])
def test_paragraph_without_a_copy_is_left_alone(paragraph):
    assert leading_copy_end(paragraph) is None


def test_first_copy_is_dropped_from_the_clean_text(clean):
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\n{FIRST}{SECOND}\n")
    assert cleaned.body == f"{LEAD}\n\n{SECOND}"
    assert [r for (_, _, r) in cleaned.removed] == ["repeated_passage"]


def test_identical_paragraph_is_kept_once(clean):
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\n{SECOND}\n\n{SECOND}\n")
    assert cleaned.body == f"{LEAD}\n\n{SECOND}"
    assert [r for (_, _, r) in cleaned.removed] == ["repeated_paragraph"]
