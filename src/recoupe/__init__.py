"""recoupe: who said what, according to whom, with which figures, when.

    >>> import recoupe
    >>> doc = recoupe.analyse("Le ministre a déclaré mardi que 40 drones avaient été abattus.",
    ...                       published="2024-03-14")
    >>> store = recoupe.open_store("recoupe.db")

``recoupe.analyse`` is the function: it is bound after the ``recoupe.analyse``
sub-package has been imported (by ``recoupe.api``), so the name keeps meaning the
function for users while ``from recoupe.analyse.x import y`` still works.
"""
from recoupe.api import analyse, ingest, open_store  # noqa: E402
from recoupe.schema import Document  # noqa: E402

__version__ = "0.1.0"
__all__ = ["analyse", "ingest", "open_store", "Document", "__version__"]
