"""Fixtures of the store tests; the plain helpers are in store_helpers."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterator

import pytest

from recoupe.schema import Document
from store_helpers import make_sample


@pytest.fixture
def sample() -> Callable[..., Document]:
    return make_sample


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can enter and read, outside pytest's private tmp tree."""
    folder = Path(tempfile.mkdtemp(prefix="recoupe-store-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)
