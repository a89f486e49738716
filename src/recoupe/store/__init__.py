"""Store: the knowledge base. SQLite by default; nothing else touches SQL."""
from recoupe.store.errors import AmbiguousReference, Candidate, StoreError
from recoupe.store.sqlite import APPLICATION_ID, Store

__all__ = ["APPLICATION_ID", "AmbiguousReference", "Candidate", "Store", "StoreError"]
