"""recoupe_claims: a plural demonstrative after an unverifiability marker ('n'a pas pu vérifier
ces informations') recalls every report made in its paragraph, not only the sentence before;
a singular one ('cette information') keeps to the statement just before."""
from __future__ import annotations

WIRE = ("Le gouverneur de la province de Varna a déclaré que trois entrepôts avaient été touchés. "
        "Les garde-frontières ont indiqué que deux navires avaient été arraisonnés au large. "
        "Un incendie s'est déclaré dans le port, a précisé la mairie. "
        "Notre agence n'a pas pu vérifier {object} de manière indépendante.")


def _unverified(parse, passage):
    return [c.span.text for c in parse(passage, published="2024-05-06")._.claims if c.status == "unverified"]


def test_a_plural_recall_qualifies_each_report_of_the_paragraph(parse):
    found = _unverified(parse, WIRE.format(object="ces informations"))
    assert any("trois entrepôts avaient été touchés" in f for f in found), found
    assert any("deux navires avaient été arraisonnés" in f for f in found), found
    assert any("Un incendie s'est déclaré dans le port" in f for f in found), found


def test_a_singular_recall_keeps_to_the_statement_before(parse):
    found = _unverified(parse, WIRE.format(object="cette information"))
    assert any("Un incendie s'est déclaré" in f for f in found), found
    assert not any("trois entrepôts" in f or "deux navires" in f for f in found), found


def test_reports_of_an_earlier_paragraph_are_not_recalled(parse):
    passage = ("Le ministère de l'Intérieur a affirmé que quarante migrants avaient été secourus.\n\n"
               "Les routes côtières restent fermées. Les autorités portuaires relèvent des vents violents. "
               "Le journal n'a pas pu confirmer ces chiffres.")
    found = _unverified(parse, passage)
    assert not any("quarante migrants" in f for f in found), found
    assert any("vents violents" in f for f in found), found
