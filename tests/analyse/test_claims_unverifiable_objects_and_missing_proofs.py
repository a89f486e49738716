"""recoupe_claims (round 26): 'difficile de vérifier X' qualifies X; a missing proof qualifies
the statement its sentence names or the content it introduces ('pas d'éléments indiquant que
X'); 'selon ce qui a été confirmé par X' confirms the clause before it, X being the source."""
from __future__ import annotations

import pytest


def _claims(parse, passage, status):
    return [c for c in parse(passage, published="2024-03-05")._.claims if c.status == status]


@pytest.mark.parametrize("passage, statement", [
    ("Il reste difficile de vérifier de manière indépendante le bilan de ces inondations dans la vallée du Lot.",
     "le bilan de ces inondations"),
    ("Il est impossible de confirmer de source indépendante le nombre de blessés dans la vallée.",
     "le nombre de blessés"),
])
def test_hard_to_verify_qualifies_its_object(parse, passage, statement):
    found = _claims(parse, passage, "unverified")
    assert found and statement in found[0].span.text, [c.span.text for c in found]
    assert "indépendante" not in found[0].span.text


def test_missing_proof_qualifies_the_statement_its_sentence_names(parse):
    passage = "Les élus jugent que ceux qui colportaient ces rumeurs n'ont jamais fourni de preuves."
    found = _claims(parse, passage, "no_evidence")
    assert [c.span.text for c in found] == ["ces rumeurs"]


def test_no_element_indicating_that_qualifies_the_content(parse):
    passage = "« Nous n'avons pas d'éléments tangibles montrant que des promeneurs seraient bloqués », dit le garde."
    found = _claims(parse, passage, "no_evidence")
    assert found and "des promeneurs seraient bloqués" in found[0].span.text


def test_according_to_what_was_confirmed_confirms_the_clause_before(parse):
    passage = ("La cour a renvoyé le procès sans entendre les témoins, selon ce qui a été confirmé "
               "par l'avocate de la famille.")
    found = _claims(parse, passage, "confirmed")
    assert found and found[0].span.text.startswith("La cour a renvoyé le procès"), [c.span.text for c in found]
    assert found[0].source and "avocate" in found[0].source
