"""Round 34: a spoken sentence filling the paragraph right after a report that quoted words ('…, regrettant
la « suffisance » du maire.⏎« … . »') goes on with that report's speaker, not the next paragraph's. Invented passages."""
from analyse_helpers import found


COUNCIL = ("Le conseil municipal siégeait lundi.\n\n« Il traite le conseil comme un décor », a affirmé le chef de "
           "l'opposition, Marc Ouellet, regrettant la « suffisance » et le « dédain » de l'équipe du maire Paul Tremblay.\n\n")


def test_a_spoken_paragraph_after_a_mixed_report_goes_on_with_it(parse):
    quotes = found(parse, COUNCIL + "« Il n'a aucun respect pour notre conseil et pour les élus de l'opposition. »\n\n"
                                    "La présidente du Parti vert, Julie Roy, a déclaré que le budget était « insincère ».")
    assert quotes["Il n'a aucun respect pour notre conseil et pour les élus de l'opposition."] == "Marc Ouellet"


def test_a_short_quoted_heading_after_it_is_no_continuation(parse):
    quotes = found(parse, COUNCIL + "« Un budget insincère »\n\n"
                                    "La présidente du Parti vert, Julie Roy, a déclaré que le budget était « insincère ».")
    assert quotes.get("Un budget insincère") != "Marc Ouellet"
