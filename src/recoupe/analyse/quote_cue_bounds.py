"""The words of a cue: the reporting verb with its auxiliaries, adverbs, clitics and the
pronoun of the person it was said to ('nous a indiqué', 'm'a confié', 'lui a répondu')."""
from __future__ import annotations

from spacy.tokens import Doc, Token

_CUE_PARTS = ("aux", "aux:tense", "aux:pass", "advmod", "nsubj", "nsubj:pass")


def cue_bounds(doc: Doc, cue: Token, markers: dict[str, list[str]]) -> tuple[int, int]:
    """'a déclaré', 'a-t-il ajouté', 'a également déclaré', 'nous a dit': the verb with its auxiliaries."""
    start = cue.i
    while start > 0 and _cue_part(doc[start - 1], cue, markers):
        start -= 1
    if start > 0 and doc[start].text.startswith("-") and doc[start - 1].pos_ == "AUX":
        start -= 1     # the 'a' of 'a-t-elle avancé', whatever head the parse gave it
    return doc[start].idx, cue.idx + len(cue)


def _cue_part(token: Token, cue: Token, markers: dict[str, list[str]]) -> bool:
    if token.text.startswith("-") and token.lower_ != "-":
        return True   # the clitic of 'a-t-il déclaré', whatever the parse made of it
    if (token.head.i == cue.i or token.i == cue.i - 1) and token.lower_.replace("’", "'") in markers["reflexive"]:
        return True   # the 'se' of 's'est félicité' or 'se disent', parsed as object, expletive or elsewhere
    if token.head.i != cue.i:
        return False
    if _addressee_clitic(token, cue, markers):
        return True   # '« … », nous a indiqué X': the parse often takes the clitic for the subject
    if token.dep_ not in _CUE_PARTS:
        return False
    return not token.dep_.startswith("nsubj") or token.text.startswith("-")


def _addressee_clitic(token: Token, cue: Token, markers: dict[str, list[str]]) -> bool:
    """'m'a confié', 'lui a répondu', 'nous a dit': a dative clitic right before the verb or its
    auxiliary; 'nous'/'vous' only before a third-person verb ('nous avons dit' has its subject)."""
    if token.pos_ != "PRON" or token.lower_.replace("’", "'") not in markers["addressee_clitic"]:
        return False
    if token.lower_ not in markers["subject_or_addressee_clitic"]:
        return True
    finite = next((t for t in (token.nbor(1), cue) if "Fin" in t.morph.get("VerbForm")), None) \
        if token.i + 1 < len(token.doc) else None
    return finite is not None and "3" in finite.morph.get("Person")
