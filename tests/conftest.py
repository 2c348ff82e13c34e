"""Shared fixtures: paths to the bundled seeds and a fresh library per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dateline.store.library import Library

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_accba6d27c16abaa.txt"


def write_articles(folder: Path, articles: dict[str, str]) -> list[Path]:
    """Write article texts as `<name>.txt` files in `folder` (created), return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, body in articles.items():
        path = folder / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


PG_URL = os.environ.get("DATELINE_TEST_PG")  # set by .ci/run when it started PostgreSQL


def _fresh_postgres(url: str) -> None:
    """Empty the test database: drop and recreate its public schema."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def library(request, tmp_path) -> Library:
    """A fresh library on each engine the store supports (PostgreSQL when CI provides one)."""
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("no PostgreSQL server (DATELINE_TEST_PG unset; .ci/run starts one)")
        _fresh_postgres(PG_URL)
        lib = Library(PG_URL)
    else:
        lib = Library(str(tmp_path / "library.db"))
    yield lib
    lib.close()
