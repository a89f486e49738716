"""Weights trained by the project, loaded from disk at run time (never downloaded).

``<lang>/ner`` is the entity recogniser of the language's spaCy model updated on the
project's passages; ``training/`` holds each recipe.
"""
