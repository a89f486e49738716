"""Round 34: a present participle after the que-clause of a reporting verb in the present ('X espère que …,
ajoutant que …') goes on with that verb's subject, whichever verb of the clause the parse hangs it on.
Invented passages."""
import pytest

from analyse_helpers import found


@pytest.mark.parametrize("passage, text, speaker", [
    pytest.param("La ministre de la Culture, Hélène Varin, était à Rennes jeudi.\n\nLa ministre espère que "
                 "les discussions engagées entre les éditeurs et les plateformes aboutiront rapidement, ajoutant "
                 "que le gouvernement est en « dialogue constant » avec les deux camps.",
                 "le gouvernement est en « dialogue constant » avec les deux camps", "Hélène Varin",
                 id="a-participle-after-a-present-report-is-its-speaker"),
    pytest.param("Le maire Paul Kervel a affirmé que les travaux du stade commenceront en mars, précisant "
                 "que la facture restera sous les deux millions.",
                 "la facture restera sous les deux millions", "Paul Kervel", id="the-same-after-a-past-report"),
    pytest.param("Le syndicat juge que la direction ment. Les salariés ont voté la grève lundi, estimant "
                 "que leurs primes devaient être rétablies.",
                 "leurs primes devaient être rétablies", "Les salariés",
                 id="a-participle-of-the-narration-keeps-its-own-subject"),
])
def test_the_quote_goes_to_its_speaker(parse, passage, text, speaker):
    assert found(parse, passage)[text] == speaker
