"""Analyse: the spaCy pipeline and recoupe's registered extractors (see pipeline.py)."""
