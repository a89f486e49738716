"""recoupe_claims: a passive confirmation whose demonstrative subject restates the figures
('ce bilan de 12 morts a été confirmé') confirms that subject itself; a bare anaphor ('cette
information a été confirmée') still qualifies the sentence before it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, subject", [
    ("Un porte-parole a parlé de pertes lourdes. Ce bilan de 12 morts et 4 blessés a été confirmé par "
     "un médecin de l'hôpital de Gao.", "Ce bilan de 12 morts et 4 blessés"),
    ("Les syndicats ont évoqué une forte mobilisation. Ce chiffre de 3 000 manifestants a été confirmé "
     "par la préfecture.", "Ce chiffre de 3 000 manifestants"),
])
def test_restated_figures_are_the_confirmed_statement(parse, passage, subject):
    claim = next(c for c in parse(passage)._.claims if c.status == "confirmed")
    assert claim.span.text == subject


def test_bare_anaphor_still_points_back(parse):
    doc = parse("Un collectif a revendiqué l'incendie. Cette information a été confirmée par deux gendarmes.")
    claim = next(c for c in doc._.claims if c.status == "confirmed")
    assert claim.span.end <= len("Un collectif a revendiqué l'incendie.")
