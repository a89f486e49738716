"""Round 33: a present participle after a postposed incise ('« … », a indiqué le ministère, précisant que …')
goes on with the incise's speaker, whichever verb of the quotation the parse hangs it on. Invented passages."""
import pytest

from analyse_helpers import found


@pytest.mark.parametrize("passage, text, speaker", [
    pytest.param("« Deux grues ont été endommagées », a indiqué la capitainerie dans un message, ajoutant "
                 "que l'incident s'est produit dans la nuit.",
                 "l'incident s'est produit dans la nuit", "la capitainerie",
                 id="a-participle-after-the-incise-of-a-quotation-is-the-incise-speaker"),
    pytest.param("Deux grues ont été endommagées, a indiqué la capitainerie dans un message, ajoutant que "
                 "l'incident s'est produit dans la nuit.",
                 "l'incident s'est produit dans la nuit", "la capitainerie", id="the-same-after-an-unmarked-report"),
    pytest.param("« Les quais rouvriront lundi », a assuré la directrice. Le syndicat a réagi dans la soirée, "
                 "estimant que les dockers devaient être indemnisés.",
                 "les dockers devaient être indemnisés", "Le syndicat",
                 id="a-participle-with-its-own-subject-keeps-it"),
])
def test_the_quote_goes_to_its_speaker(parse, passage, text, speaker):
    assert found(parse, passage)[text] == speaker
