"""Round 34: a relative set off by a comma after a title and its complement ('Anne Morel, présidente de
l'association, qui juge que …') stands for the person the title is apposed to, not for the complement.
Invented passages."""
from analyse_helpers import found


def test_a_relative_after_a_title_apposed_to_a_name_is_the_name(parse):
    quotes = found(parse, "« Le manque de médecins devient critique » raconte Anne Morel, présidente de l'association "
                          "des patients, qui juge que l'hôpital manque « cruellement de bras » depuis l'été.")
    assert quotes["l'hôpital manque « cruellement de bras » depuis l'été"] == "Anne Morel"


def test_a_relative_right_after_a_speaking_noun_stays_with_it(parse):
    quotes = found(parse, "Le syndicat des pharmaciens, qui estime que les gardes sont mal payées, appelle à la grève.")
    assert quotes["les gardes sont mal payées"] == "Le syndicat des pharmaciens"
