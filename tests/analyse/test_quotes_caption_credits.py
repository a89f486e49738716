"""Round 34: a quotation whose line carries a picture's credit in brackets ('« … ». (Photo, AFP)',
'(Illustration Jeanne Roy)') is a caption's, page furniture: no quote, whoever it names. Invented passages."""
from analyse_helpers import found


def test_a_quotation_followed_by_a_photo_credit_is_a_caption(parse):
    quotes = found(parse, "Le verdict est attendu vendredi à Douai.\n\n« L'accusé n'a jamais exprimé le moindre regret "
                          "devant la cour. Il reste fidèle à ses idées ». (Photo, AFP)\n\nLe procès a duré six semaines.")
    assert quotes == {}


def test_a_credit_naming_the_illustrator_is_a_caption_too(parse):
    quotes = found(parse, "Le stade rouvrira en mars.\n\n« Nous avons tout reconstruit en deux ans et la tribune est "
                          "plus grande. » (Illustration Jeanne Roy)\n\nLes travaux ont coûté trois millions.")
    assert quotes == {}


def test_a_quotation_followed_by_a_signature_in_brackets_keeps_its_speaker(parse):
    quotes = found(parse, "Le port rouvre lundi.\n\n« Nous avons réparé les quais en trois semaines. » (Marc Roux, "
                          "directeur du port)\n\nLes bateaux reviendront mardi.")
    assert quotes == {"Nous avons réparé les quais en trois semaines.": "Marc Roux"}
