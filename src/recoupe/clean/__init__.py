"""Clean: remove scraping noise, keep every sentence, keep the way back to the original."""
from recoupe.clean.cleaned import Cleaned
from recoupe.clean.noise import clean_article

__all__ = ["Cleaned", "clean_article"]
