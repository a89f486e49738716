"""'Le chômage a reculé, selon l'institut, de 2 %': a 'selon' phrase set between commas inside a clause
that resumes after it with a complement frames the whole clause, not only the words before it."""
import pytest


@pytest.mark.parametrize("passage, content, speaker", [
    ("Le chômage a reculé, selon des chiffres publiés mardi par l'Insee, de 2 % en un an.",
     "Le chômage a reculé, selon des chiffres publiés mardi par l'Insee, de 2 % en un an", "Insee"),
    ("Le risque ? La fermeture, selon les syndicats, de trois usines par le groupe avant l'été 2025.",
     "La fermeture, selon les syndicats, de trois usines par le groupe avant l'été 2025", "syndicats"),
    ("Le colis a été livré, d'après le transporteur, à une mauvaise adresse de Lille.",
     "Le colis a été livré, d'après le transporteur, à une mauvaise adresse de Lille", "transporteur"),
])
def test_clause_resumed_after_source_is_reported(quote_of, passage, content, speaker):
    assert speaker in quote_of(passage, content).speaker


def test_source_at_clause_end_keeps_what_precedes(quote_of):
    assert "Insee" in quote_of("Le chômage a reculé de 2 % en un an, selon l'Insee.",
                               "Le chômage a reculé de 2 % en un an").speaker


@pytest.mark.parametrize("passage, narrator", [
    # a new clause, or a participle, after the aside is the narrator's again
    ("Le stade a été évacué, selon la police, et les supporters sont rentrés chez eux.", "supporters"),
    ("Les secousses ont duré une minute, selon un témoin, faisant trembler les vitres.", "vitres"),
    ("Le bilan s'élève à 80 %, selon la région (85 %, selon l'opérateur), contre 90 % prévus.", "prévus"),
])
def test_clause_not_resumed_is_not_reported(parse, passage, narrator):
    assert not any(narrator in q.span.text for q in parse(passage)._.quotes)
