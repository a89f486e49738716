"""'Le syndicat, qui a estimé que la réforme était injuste, appelle à la grève': a cue inside a relative
clause set between commas reports only up to the comma before the main clause's verb."""
import pytest


@pytest.mark.parametrize("passage, content", [
    ("Le syndicat, qui a estimé que la réforme était injuste, appelle à la grève jeudi.",
     "la réforme était injuste"),
    ("Le maire, qui assure que les travaux seront finis en mai, n'a pas donné de date précise.",
     "les travaux seront finis en mai"),
    ("La sénatrice Claire Dubois, qui avait répété en mai que le budget manquait de clarté, "
     "dénonce lundi un texte bâclé.",
     "le budget manquait de clarté"),
    ("L'entreprise, qui affirme avoir respecté toutes les normes, conteste les accusations.",
     "avoir respecté toutes les normes"),
])
def test_relative_cue_stops_before_main_verb(quote_of, passage, content):
    assert quote_of(passage, content).cue is not None


def test_comma_inside_report_without_main_verb_is_kept(quote_of):
    # no verb right after the comma: the report goes on
    quote_of("Le maire, qui a annoncé que les travaux, commencés en mai, seraient finis en juin, a été réélu.",
             "les travaux, commencés en mai, seraient finis en juin")
