"""Serve: what leaves the store for other programs — the JSON Lines export today, a REST API later."""
