"""Shared fixtures: paths to the bundled seeds and a fresh library per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.library import Library

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_accba6d27c16abaa.txt"


@pytest.fixture
def library(tmp_path) -> Library:
    lib = Library(str(tmp_path / "library.db"))
    yield lib
    lib.close()
