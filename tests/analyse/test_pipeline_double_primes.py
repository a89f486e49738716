"""Double primes printed for quotation marks ("ʺ", "″") open and close a quotation like '"',
(model_text keeps every offset: see test_pipeline)."""
import pytest


@pytest.mark.parametrize("mark", ["\u02ba", "\u2033"])
def test_a_quotation_between_double_primes_is_a_quote(quote_of, mark):
    passage = (f"Le préfet a été clair : {mark}Les routes resteront fermées jusqu'à lundi{mark}, "
               "a-t-il déclaré aux élus du département.")
    quote = quote_of(passage, "Les routes resteront fermées jusqu'à lundi")
    assert "préfet" in quote.speaker
