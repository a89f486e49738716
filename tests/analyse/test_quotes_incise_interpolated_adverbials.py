"""An incise whose auxiliary and participle are split by an adverbial phrase ('a pour sa part
déclaré', 'a de son côté estimé', 'a, à son tour, affirmé'): the incise, and the comma that
makes it one, start at the auxiliary. Invented passages."""
import pytest

_OPENING = "Le conseil municipal de Lormes a voté le budget dans la nuit. "
_QUOTE = "Nous ne laisserons pas fermer cette école"


@pytest.mark.parametrize("incise, speaker", [
    ("a pour sa part déclaré Julie Caron, maire de Lormes", "Julie Caron"),
    ("a de son côté estimé Paul Garnier, élu d'opposition", "Paul Garnier"),
    ("a, de son côté, affirmé Paul Garnier", "Paul Garnier"),
    ("ont pour leur part déclaré les parents d'élèves", "les parents d'élèves"),
    ("a à son tour estimé la maire", "la maire"),
])
def test_adverbial_between_auxiliary_and_participle(quote_of, incise, speaker):
    quote = quote_of(_OPENING + f"« {_QUOTE} », {incise}.", _QUOTE)
    assert quote.kind == "direct"
    assert speaker in (quote.speaker or "")


def test_plain_incise_still_found(quote_of):
    quote = quote_of(_OPENING + f"« {_QUOTE} », a déclaré Julie Caron.", _QUOTE)
    assert quote.speaker == "Julie Caron"


@pytest.mark.parametrize("passage", [
    # a noun of its own after the auxiliary: a main clause, not an incise
    "« Les Ombres du port », a pour titre le premier roman de Julie Caron.",
    # the participle describes the title; 'a' has its own object
    "Le film « Les Ombres du port » a reçu un prix, salué par la critique.",
])
def test_no_incise_without_interpolated_adverbial(parse, passage):
    doc = parse(passage)
    assert not [q for q in doc._.quotes if q.speaker and "Caron" in q.speaker and q.kind == "direct"]


def test_preposed_clause_before_interpolated_incise(quote_of):
    quote = quote_of("La route de la corniche sera refaite en mai, a pour sa part assuré le préfet.",
                     "La route de la corniche sera refaite en mai")
    assert quote.speaker == "le préfet"


@pytest.mark.parametrize("passage, speaker", [
    # the subject before the verb keeps the report: the adverbial must not turn it into an incise
    ("Le maire de Lormes, Paul Roux, a de son côté déclaré que la route serait refaite en mai.", "Paul Roux"),
    ("La ministre a pour sa part estimé que le plan était trop coûteux.", "La ministre"),
])
def test_subject_before_interpolated_adverbial(parse, passage, speaker):
    quotes = parse(passage)._.quotes
    assert [q.speaker for q in quotes] == [speaker]
