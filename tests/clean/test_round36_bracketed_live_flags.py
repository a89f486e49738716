"""Round 36: a bracketed flag naming the page a live is the live's headline's own; a section's or a medium's
label in brackets still goes."""
import pytest

LEAD = ("Le conseil municipal de Port-Neuf a siégé jeudi pendant neuf heures, "
        "et a voté le budget du port avant la pause d'été.")


@pytest.mark.parametrize("headline", [
    "[Direct] Suivez la séance des élus de Port-Neuf du 3 juillet",
    "[LIVE] Suivez le vote du budget du port de Port-Neuf",
])
def test_a_bracketed_live_flag_stays_in_the_title(clean, headline):
    assert clean(f"{headline}\n\n{LEAD}\n").title == headline


@pytest.mark.parametrize("kicker", ["[Vie locale]", "[VIDÉO]"])
def test_a_bracketed_section_or_medium_label_goes(clean, kicker):
    headline = "Le conseil municipal de Port-Neuf vote le budget du port"
    assert clean(f"{kicker} {headline}\n\n{LEAD}\n").title == headline
