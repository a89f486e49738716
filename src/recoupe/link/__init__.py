"""Link: resolution across documents (same entity, same story, syndicated copies). Not built yet: every link today is inside one document (analyse/coref.py)."""
