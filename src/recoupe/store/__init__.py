"""Store: the knowledge base. SQLite by default; nothing else touches SQL."""
from recoupe.store.sqlite import Store, StoreError

__all__ = ["Store", "StoreError"]
