"""Shared fixtures: paths of the repository, the bundled seeds and a fresh store directory."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_33cfb764012bfcb3.txt"


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def seed_article() -> Path:
    return SEED_ARTICLE


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A store directory that does not exist yet (dipld creates it on first use)."""
    return tmp_path / "store"
