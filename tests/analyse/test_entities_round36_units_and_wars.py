"""A measure symbol is no organisation; the world wars are events under their standard names
(invented passages)."""

from analyse_helpers import types_by_name


def test_measure_symbols_are_no_names(parse):
    doc = parse("Le prix repère passe à 131 euros du mégawattheure (MWh) contre 118 euros/MWh en mai, "
                "selon le régulateur du secteur. Le parc de Kessdorf produit 3 GW.")
    types = types_by_name(doc)
    assert not {"MWh", "GW"} & set(types), types


def test_world_wars_are_events(parse):
    doc = parse("Vernelle n'avait rien vu de tel ni pendant la Grande Guerre ni pendant la Seconde Guerre mondiale.")
    types = types_by_name(doc)
    assert types.get("Seconde Guerre mondiale") == "EVENT", types
    assert types.get("Première Guerre mondiale") == "EVENT", types
